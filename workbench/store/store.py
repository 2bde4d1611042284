"""Store: the review store's one entry point (see the package docstring for the API)."""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterator
from typing import Any

import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..model import Analysis, Extraction, Page
from . import (
    audit,
    corrections,
    decisions,
    keys,
    merge,
    names,
    reads,
    replay,
    reuse,
    signatures,
    stale,
    stories,
    undo,
    views,
)
from .connection import (
    BUSY_TIMEOUT_MS,
    StoreError,
    busy_timeout,
    guarded,
    open_database,
    read_transaction,
    write_transaction,
)
from .corrections import Correction
from .ingest import IngestReport, ingest
from .records import (
    ArticleRecord,
    CandidateRecord,
    CandidateState,
    ClaimRecord,
    ClusterRecord,
    EventRecord,
    EvidenceRecord,
    MentionRecord,
    PassageRecord,
    Progress,
)
from .stale import StaleRecord
from .stories import StoryRecord


def default_analyst() -> str:
    """$WORKBENCH_ANALYST, else the OS user name."""
    if os.environ.get("WORKBENCH_ANALYST"):
        return os.environ["WORKBENCH_ANALYST"]
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


class Store:
    """An open review store file. Every write method commits before it returns.

    Safe to share between threads of one process (calls are serialised); other processes may
    open the same file at the same time.
    """

    def __init__(self, db: sqlite_utils.Database, path: str, analyst: str, readonly: bool):
        self.db = db
        self.conn = db.conn
        self.path = path
        self.analyst = analyst
        self.readonly = readonly
        self._lock = threading.RLock()
        self._keys: dict[str, Ed25519PrivateKey] = {}
        self.viewed: int | None = None
        self._written: set[int] = set()

    @classmethod
    def open(cls, path: str | os.PathLike[str], analyst: str | None = None, readonly: bool = False) -> Store:
        """Open the store file; when writable, create it and migrate its schema. Raises StoreError."""
        name = os.fspath(path)
        return cls(open_database(name, readonly), name, analyst or default_analyst(), readonly)

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            with self._lock, guarded(self.path):
                yield
        except (LookupError, ValueError) as exc:  # an unknown id; a value JSON cannot hold (NaN)
            raise StoreError(f"{self.path}: {exc.args[0]}") from exc

    def _read(self, query: Callable[..., Any], *args: Any) -> Any:
        with self._guard():
            return query(self.conn, *args)

    def _write(self, change: Callable[..., Any], *args: Any) -> Any:
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        with self._guard(), write_transaction(self.conn):
            last = audit.head(self.conn).count
            result = change(self.conn, *args)
            signatures.sign_since(self.conn, last, self.analyst, self._key)
            self._written.update(range(last + 1, audit.head(self.conn).count + 1))
            return result

    def _key(self) -> Ed25519PrivateKey:
        """The analyst's private key (made on first use; raises keys.KeyFileError)."""
        if self.analyst not in self._keys:
            self._keys[self.analyst] = keys.private_key(self.analyst)
        return self._keys[self.analyst]

    def _decide(self, decision: Callable[..., int | None], *args: Any, about: list[str] | None = None) -> Any:
        """Make the decision on the candidates `about` (default: the first argument, a candidate id or a list of
        them), refused (views.StaleView) when someone else changed them since the view `mark_viewed` recorded."""
        if about is None:
            about = [args[0]] if isinstance(args[0], str) else list(args[0] or [])

        def decide(conn: sqlite3.Connection) -> ClaimRecord | None:
            if self.viewed is not None:
                views.check_fresh(conn, self.path, about, self.viewed, self._written)
            return reads.claim(conn, decision(conn, self.analyst, *args))

        return self._write(decide)

    def mark_viewed(self) -> None:
        """Record that the caller shows the store as it is now: a decision on a claim someone else changes after
        this is refused (views.StaleView) until the caller marks its view again. Call it before reading the view."""
        self.viewed = self.head().count

    def touched_since(self, seq: int) -> set[str]:
        """The candidate ids, "claim:<id>" and article ids the audit events after `seq` touched."""
        return self._read(views.touched_since, seq)

    def decided_by(self, analyst: str) -> set[int]:
        """The ids of the claims the analyst has a decision of their own on."""
        return self._read(reads.decided_by, analyst)

    def data_version(self) -> int:
        """A number that changes when another connection commits to the file (SQLite's PRAGMA data_version):
        one cheap query to poll for other analysts' decisions."""
        return self._read(lambda conn: conn.execute("PRAGMA data_version").fetchone()[0])

    # --- ingestion -----------------------------------------------------------------------------

    def ingest(self, analysis: Analysis) -> IngestReport:
        """Store an analysis in one transaction; see workbench.store.ingest.ingest."""
        return self._write(ingest, self.analyst, analysis)

    # --- reads -----------------------------------------------------------------------------------

    def articles(self, within: Collection[str] | None = None) -> list[ArticleRecord]:
        """Current version of each article (or of those `within`, e.g. a story's), in ingestion order."""
        return self._read(reads.articles, within)

    def page(self, address: str) -> Page | None:
        """The web page kept for the current version of the article read from `address`, or None."""
        return self._read(reads.page, address)

    def candidates(self, article_id: str | None = None, within: Collection[str] | None = None) -> list[CandidateRecord]:
        """Current-version candidates plus stale ones (of one article, or of those `within`); contract fields +
        claim_id, status, stale, version."""
        return self._read(reads.candidates, article_id, within)

    def candidate_states(self, within: Collection[str] | None = None) -> list[CandidateState]:
        """Each current candidate in brief (of the articles `within`), in no order (reads.candidate_states)."""
        return self._read(reads.candidate_states, within)

    def candidate(self, candidate_id: str) -> CandidateRecord | None:
        """One candidate as in `candidates`, or None."""
        return self._read(reads.candidate, candidate_id)

    def extractions(self, keys: list[str]) -> dict[str, Extraction]:
        """The extractions the latest ingestion kept under these keys (extract.extraction_key)."""
        return self._read(reuse.extractions, keys)

    def analysed(self, inputs: str) -> list[str] | None:
        """The warnings of the analysis the store holds when it was made from `inputs` (pipeline.inputs_of):
        then it need not be made again; else None."""
        return self._read(reuse.analysed, inputs)

    def clusters(self, within: Collection[str] | None = None) -> list[ClusterRecord]:
        """The suggested clusters from the latest analysis (those with a member in an article `within`)."""
        return self._read(reads.clusters, within)

    def stories(self) -> list[StoryRecord]:
        """The stories of the current articles (store/stories.py)."""
        return self._read(stories.stories)

    def shared_passages(self, within: Collection[str] | None = None) -> list[PassageRecord]:
        """The passages several articles carry near-verbatim: {articles, spans [[article, start, end]], similarity}
        (those in an article `within`)."""
        return self._read(reads.shared_passages, within)

    def claims(self, status: str | None = None) -> list[ClaimRecord]:
        """Claims, optionally only those with the given status."""
        return self._read(reads.claims, status)

    def claim_of(self, candidate_id: str) -> ClaimRecord | None:
        """The candidate's claim, or None."""
        return self._read(reads.claim_of, candidate_id)

    def mentions(self) -> dict[int, list[MentionRecord]]:
        """Claim id -> members with full provenance (for exports)."""
        return self._read(reads.mentions)

    def progress(self) -> Progress:
        """{"pending", "confirmed", "rejected", "conflicts_open"} counts."""
        return self._read(reads.progress)

    def history(self, candidate_id: str) -> list[EventRecord]:
        """Audit events touching the candidate, its claim or that claim's members, oldest first."""
        return self._read(reads.history, candidate_id)

    def events(self) -> list[EventRecord]:
        """The whole audit log, oldest first."""
        return self._read(reads.events)

    def verify(self, expect: str | None = None) -> audit.VerifyResult:
        """Check the audit chain, that it holds the anchor `expect` (a head hash kept before) when given, that
        the articles and candidates are what the log commits to, then that the claims are as it records them."""
        return self._read(replay.verify, expect)

    def check_signatures(self, trusted: dict[str, str] | None = None, source: str = "") -> signatures.SignatureCheck:
        """Check every audit event's signature against the keys the store registered, or against `trusted`
        ({analyst: public key}, from the keys file `source`; see keys.read_keys_file)."""
        return self._read(signatures.check, trusted, source)

    def key_registered_otherwise(self) -> int | None:
        """The seq at which the store registered another public key for this analyst than their own (their key
        changed, or another person wrote under their name), or None; raises StoreError when their key cannot be
        read or made."""
        with self._guard():
            public = keys.stored_form(self._key().public_key())
        return self._read(signatures.registered_otherwise, self.analyst, public)

    def head(self) -> audit.Head:
        """The audit log's head: its last event's hash (64 zeros when empty) and the event count."""
        return self._read(audit.head)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Store]:
        """Reads inside the block see one state of the file (an export and the head hash it carries)."""
        with self._guard(), read_transaction(self.conn):
            yield self

    # --- decisions: one transaction each, data change + audit event ------------------------------

    def confirm(self, candidate_id: str, rating: str | None = None) -> ClaimRecord:
        """Confirm the candidate's claim (a candidate with none gets a one-member claim); `rating`: the scale's top."""
        return self._decide(decisions.confirm, candidate_id, rating)

    def reject(self, candidate_id: str, rating: str | None = None) -> ClaimRecord:
        """Reject the candidate's claim (a candidate with none gets a one-member claim); `rating`: the scale's bottom."""
        return self._decide(decisions.reject, candidate_id, rating)

    def rate(self, candidate_id: str, rating: str, status: str) -> ClaimRecord:
        """Give the candidate's claim a rating and the status it implies (settings.Scale.status_of)."""
        return self._decide(decisions.rate, candidate_id, rating, status)

    def dismiss(self, candidate_id: str) -> ClaimRecord:
        """Dismiss the candidate's claim: not a checkable fact; kept out of ratings and exports."""
        return self._decide(decisions.dismiss, candidate_id)

    def reset(self, candidate_id: str) -> ClaimRecord | None:
        """Back to pending; None when the candidate has no claim."""
        return self._decide(decisions.reset, candidate_id)

    def link(self, candidate_id: str, other_candidate_ids: list[str]) -> ClaimRecord:
        """Put the candidates in one claim, merging the claims they are in."""
        others = list(other_candidate_ids)
        return self._decide(decisions.link, candidate_id, others, about=[candidate_id, *others])

    def unlink(self, candidate_id: str) -> ClaimRecord | None:
        """Take the candidate out of its claim; returns the claim it left (None if that is now gone)."""
        return self._decide(decisions.unlink, candidate_id)

    def settle(self, candidate_id: str, status: str, rating: str | None = None) -> ClaimRecord:
        """Settle the candidate's disputed (or settled) claim as its adjudicator: its status is then `status` (with
        `rating`), each analyst's decision kept; the "settle" event names the decisions it settled."""
        return self._decide(decisions.settle, candidate_id, status, rating)

    def note(self, candidate_id: str, text: str) -> ClaimRecord:
        """Set the note of the candidate's claim."""
        return self._decide(decisions.note, candidate_id, text)

    def edit_value(self, candidate_id: str, value: Any) -> ClaimRecord:
        """Set the corrected normalised value of the candidate's claim."""
        return self._decide(decisions.edit_value, candidate_id, value)

    def accept_cluster(self, cluster_id: str, only: list[str] | None = None) -> ClaimRecord:
        """One confirmed claim from the suggested cluster's members (or `only` those of them)."""
        chosen = None if only is None else list(only)
        about = chosen if chosen is not None else self._read(reads.cluster_members, cluster_id)
        return self._decide(decisions.accept_cluster, cluster_id, chosen, about=about)

    def accept(self, candidate_ids: list[str]) -> ClaimRecord:
        """One confirmed claim of these candidates, in one transaction and one audit event (one undo)."""
        return self._decide(decisions.accept, list(candidate_ids))

    def add_evidence(self, candidate_id: str, item: EvidenceRecord, page: Page | None = None) -> ClaimRecord:
        """Add an item to the evidence of the candidate's claim (a candidate with none gets a one-member claim);
        an address's fetched `page` is kept in the store under its address and sha256."""

        def add(conn: sqlite3.Connection) -> int:
            if page is not None and item.address and item.sha256:
                conn.execute(
                    """INSERT OR IGNORE INTO pages (address, sha256, url, charset, body, stored_at)
                       VALUES (?, ?, ?, ?, ?, ?)""",
                    (item.address, item.sha256, page.url, page.charset, page.body, item.fetched_at or audit.now()),
                )
            return decisions.add_evidence(conn, self.analyst, candidate_id, item)

        return self._write(lambda conn: reads.claim(conn, add(conn)))

    def remove_evidence(self, candidate_id: str, index: int) -> ClaimRecord:
        """Remove the item at `index` from the evidence of the candidate's claim."""
        return self._decide(decisions.remove_evidence, candidate_id, index)

    def merge_in(self, base: merge.MergeInput, others: list[merge.MergeInput]) -> merge.MergeReport:
        """Take the other stores' claims, decisions and audit chains into this one, a copy of `base`, in one
        "merge" event (store/merge.py; `merge.merge_stores` makes the copy and calls this)."""
        return self._write(merge.take_in, self.analyst, base, others)

    def undo(self) -> EventRecord | None:
        """Reverse this analyst's last decision or correction not yet undone; returns the reversing event or None."""
        return self._write(undo.undo, self.analyst)

    def redo(self) -> EventRecord | None:
        """Reverse this analyst's last undo not yet redone, unless they decided since; the event or None."""
        return self._write(undo.redo, self.analyst)

    # --- stale decisions (store.stale) -----------------------------------------------------------

    def stale_decisions(self) -> list[StaleRecord]:
        """The claims' mentions a re-import left on an older version, each with the new mention most like it."""
        return self._read(stale.stale)

    def reattach(self, candidate_id: str, new_id: str) -> ClaimRecord:
        """Put the new mention in the stale mention's claim in its place."""
        return self._decide(stale.reattach, candidate_id, new_id)

    def gone(self, candidate_id: str) -> ClaimRecord | None:
        """Confirm the stale mention is gone: it leaves its claim (the claim, or None when it went with it)."""
        return self._decide(stale.gone, candidate_id)

    # --- corrections: one transaction each, the change + its audit event (store.corrections) -----

    def mark_fact(self, article_id: str, start: int, end: int, kind: str) -> str:
        """A candidate of `kind` over [start, end) of the article's text that the extractor missed; its id."""
        return self._write(corrections.mark_fact, self.analyst, article_id, start, end, kind)

    def correct_span(self, candidate_id: str, start: int, end: int) -> str:
        """Give the candidate another span (its claim follows it); its new id."""
        return self._write(corrections.correct_span, self.analyst, candidate_id, start, end)

    def set_speaker(self, candidate_id: str, source: str | None) -> str:
        """Credit the candidate to `source`: a quote's speaker and any fact's attribution (None: no one)."""
        return self._write(corrections.set_speaker, self.analyst, candidate_id, source)

    def split(self, candidate_id: str) -> str:
        """Take the candidate out of its suggested cluster."""
        return self._write(corrections.split, self.analyst, candidate_id)

    def move(self, candidate_id: str, beside: str) -> str:
        """Put the candidate in the suggested cluster of `beside`, a candidate of another article."""
        return self._write(corrections.move, self.analyst, candidate_id, beside)

    def corrections_made(self) -> list[Correction]:
        """Every correction in the order made; see `stale_corrections` for those the latest analysis left
        nothing to apply to."""
        return self._read(corrections.stored)

    def stale_corrections(self) -> list[Correction]:
        """The corrections the latest analysis left nothing to apply to."""
        return self._read(corrections.stale)

    def let_go(self, correction_id: int) -> None:
        """Forget a stale correction (what it corrected is gone), in one audited, undoable event."""
        self._write(corrections.let_go, self.analyst, correction_id)

    def split_name(self, name: str, spelling: str) -> bool:
        """Split a spelling off its canonical name into a group of its own (audited; False when it was already)."""
        return bool(self._write(names.split_name, self.analyst, name, spelling))

    def name_splits(self) -> set[tuple[str, str]]:
        """Every (canonical name, spelling) split off."""
        return set(self._read(names.name_splits))

    # --- UI state (persisted, not audited) -------------------------------------------------------

    def get_state(self, key: str, default: Any = None) -> Any:
        """A small JSON value stored under key, or default."""
        return self._read(reads.get_state, key, default)

    def set_state(self, key: str, value: Any, wait: bool = True) -> None:
        """Store a small JSON value under key. With wait=False, raise StoreError at once instead of waiting
        (up to the busy timeout) while another process writes."""

        def write(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, audit.canonical(value)))

        with self._guard(), busy_timeout(self.conn, BUSY_TIMEOUT_MS if wait else 0):
            self._write(write)
