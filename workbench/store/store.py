"""Store: the review store's one entry point (see the package docstring for the API)."""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from typing import Any

import sqlite_utils

from ..model import Analysis, Extraction, Page
from . import audit, decisions, reads, replay, reuse
from .connection import (
    BUSY_TIMEOUT_MS,
    StoreError,
    busy_timeout,
    guarded,
    open_database,
    read_transaction,
    write_transaction,
)
from .ingest import IngestReport, ingest
from .records import (
    ArticleRecord,
    CandidateRecord,
    ClaimRecord,
    ClusterRecord,
    EventRecord,
    EvidenceRecord,
    MentionRecord,
    PassageRecord,
    Progress,
)


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
            return change(self.conn, *args)

    def _decide(self, decision: Callable[..., int | None], *args: Any) -> Any:
        return self._write(lambda conn: reads.claim(conn, decision(conn, self.analyst, *args)))

    # --- ingestion -----------------------------------------------------------------------------

    def ingest(self, analysis: Analysis) -> IngestReport:
        """Store an analysis in one transaction; see workbench.store.ingest.ingest."""
        return self._write(ingest, self.analyst, analysis)

    # --- reads -----------------------------------------------------------------------------------

    def articles(self) -> list[ArticleRecord]:
        """Current version of each article, in ingestion order."""
        return self._read(reads.articles)

    def page(self, address: str) -> Page | None:
        """The web page kept for the current version of the article read from `address`, or None."""
        return self._read(reads.page, address)

    def candidates(self, article_id: str | None = None) -> list[CandidateRecord]:
        """Current-version candidates plus stale ones; contract fields + claim_id, status, stale, version."""
        return self._read(reads.candidates, article_id)

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

    def clusters(self) -> list[ClusterRecord]:
        """The suggested clusters from the latest analysis."""
        return self._read(reads.clusters)

    def shared_passages(self) -> list[PassageRecord]:
        """The passages several articles carry near-verbatim: {articles, spans [[article, start, end]], similarity}."""
        return self._read(reads.shared_passages)

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
        return self._decide(decisions.link, candidate_id, list(other_candidate_ids))

    def unlink(self, candidate_id: str) -> ClaimRecord | None:
        """Take the candidate out of its claim; returns the claim it left (None if that is now gone)."""
        return self._decide(decisions.unlink, candidate_id)

    def note(self, candidate_id: str, text: str) -> ClaimRecord:
        """Set the note of the candidate's claim."""
        return self._decide(decisions.note, candidate_id, text)

    def edit_value(self, candidate_id: str, value: Any) -> ClaimRecord:
        """Set the corrected normalised value of the candidate's claim."""
        return self._decide(decisions.edit_value, candidate_id, value)

    def accept_cluster(self, cluster_id: str, only: list[str] | None = None) -> ClaimRecord:
        """One confirmed claim from the suggested cluster's members (or `only` those of them)."""
        return self._decide(decisions.accept_cluster, cluster_id, None if only is None else list(only))

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

    def undo(self) -> EventRecord | None:
        """Reverse this analyst's last not-yet-undone decision; returns the reversing event or None."""
        return self._write(decisions.undo, self.analyst)

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
