"""Merging stores that analysts kept apart into one (`workbench merge A B -o C`).

Every input is checked first (its audit chain, content, claims and signatures: replay.verify and
signatures.check) and must hold the same articles in the same versions (each current article's sha256) and
register no other key for an analyst than the others do. The output starts as a copy of the first input, whose
chain goes on; each other input's claims are matched to its claims by their mentions (article, version, span
and kind, never row ids): a claim whose mentions no claim holds is made anew (its label, value and note with it),
claims holding the same mentions are joined, as a link joins them. Every analyst's decision is kept, the
disagreements become disputed; the same analyst deciding one claim differently in two stores: the decision made
later wins (by the time of their last event on the claim). Notes that differ are joined, evidence items put
together, a settlement taken when the claim has none or when it was made later. One "merge" event in the
merging analyst's name records every claim it changed and names each input with its head and event count; each
other input's chain is kept whole beside it with its signatures and keys (store/merged.py), so that
`audit --verify` checks it too.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import audit, evidence, replay, settlements, signatures
from .claims import ClaimChange, decisions
from .connection import StoreError, open_database
from .decisions import join_claims
from .reads import claims as read_claims
from .records import ClaimRecord, EventRecord

Identity = tuple[str, int, int, int, str]
"""What a mention is from one store to another: its article, the article's version, its span and its kind."""


class MergeError(StoreError):
    """An input that cannot be merged: one line naming the file and the reason."""


@dataclass(frozen=True)
class Chain:
    """An audit chain to keep: its name, head, events (EVENT_COLUMNS, public key, signature) and keys."""

    name: str
    head: str
    events: list[tuple]
    keys: list[tuple[str, str, int]]  # (analyst, public key, seq of the event registering it)


@dataclass
class MergeInput:
    """What one input store holds for the merge, read in one state of the file."""

    path: str
    head: audit.Head
    articles: dict[str, str]  # current article id -> sha256
    keys: dict[str, str]  # analyst -> public key, as the store (or a chain merged into it) registers it
    claims: list[ClaimRecord]
    mentions: dict[str, Identity]  # candidate id -> identity
    decided_at: dict[tuple[int, str], str]  # (claim, analyst) -> time of the analyst's last event on it
    settled_at: dict[int, str]  # claim -> time of its last "settle" event
    pages: list[tuple]  # the evidence pages (address, sha256, url, charset, body, stored_at)
    chains: list[Chain] = field(default_factory=list)  # its own chain, then those merged into it before


@dataclass(frozen=True)
class MergeReport:
    """The merged store: the event recording the merge, its claims, the disputed ones, the events kept."""

    event: EventRecord
    claims: int
    disputed: int
    imported: int


def read_input(path: str) -> MergeInput:
    """Read and check one input (MergeError naming it when it fails to verify)."""
    db = open_database(path, readonly=True)
    try:
        conn = db.conn
        checked = replay.verify(conn)
        if not checked.ok:
            raise MergeError(f"{path}: its audit log does not verify ({_said(checked)}): not merged")
        signed = signatures.check(conn)
        if not signed.ok:
            problem = signed.problems[0]
            where = f"seq {problem.seq}: " if problem.seq is not None else ""
            raise MergeError(f"{path}: a signature does not verify ({where}{problem.reason}): not merged")
        return _read(conn, path)
    finally:
        db.conn.close()


def _said(result: audit.VerifyResult) -> str:
    for label, value in (
        ("seq", result.bad_seq),
        ("claim", result.bad_claim),
        ("article", result.bad_article),
        ("candidate", result.bad_candidate),
        ("cluster", result.bad_cluster),
    ):
        if value is not None:
            return f"{label} {value}: {result.reason}"
    return str(result.reason)


def _read(conn: sqlite3.Connection, path: str) -> MergeInput:
    articles = dict(
        conn.execute(
            """SELECT a.id, a.sha256 FROM articles a JOIN current_versions v ON v.id = a.id AND v.version = a.version"""
        ).fetchall()
    )
    mentions = {
        row[0]: (row[1], row[2], row[3], row[4], row[5])
        for row in conn.execute('SELECT id, article, version, start, "end", kind FROM candidates')
    }
    decided_at = {
        (int(ref.removeprefix("claim:")), analyst): at
        for ref, analyst, at in conn.execute(
            """SELECT r.ref, a.analyst, max(a.at) FROM audit_refs r JOIN audit a ON a.seq = r.seq
               WHERE r.ref LIKE 'claim:%' GROUP BY r.ref, a.analyst"""
        )
    }
    settled_at = {
        int(ref.removeprefix("claim:")): at
        for ref, at in conn.execute(
            """SELECT r.ref, max(a.at) FROM audit_refs r JOIN audit a ON a.seq = r.seq
               WHERE r.ref LIKE 'claim:%' AND a.action = 'settle' GROUP BY r.ref"""
        )
    }
    head = audit.head(conn)
    own = Chain(
        path,
        head.hash,
        conn.execute(
            f"""SELECT {", ".join("a." + c for c in audit.EVENT_COLUMNS.split(", "))}, s.public_key, s.signature
                FROM audit a LEFT JOIN signatures s ON s.seq = a.seq ORDER BY a.seq"""
        ).fetchall(),
        conn.execute("SELECT analyst, public_key, seq FROM analyst_keys ORDER BY analyst").fetchall(),
    )
    chains = [own]
    for source, name, chain_head in conn.execute("SELECT source, name, head FROM merged_chains ORDER BY source"):
        chains.append(
            Chain(
                name,
                chain_head,
                conn.execute(
                    f"SELECT {audit.EVENT_COLUMNS}, public_key, signature FROM merged_events WHERE source = ? ORDER BY seq",
                    (source,),
                ).fetchall(),
                conn.execute(
                    "SELECT analyst, public_key, seq FROM merged_keys WHERE source = ? ORDER BY analyst", (source,)
                ).fetchall(),
            )
        )
    keys: dict[str, str] = {}
    for chain in chains:
        for analyst, key, _ in chain.keys:
            if keys.setdefault(analyst, key) != key:
                raise MergeError(f"{path}: it holds two keys for {analyst}: not merged")
    pages = conn.execute(
        """SELECT p.address, p.sha256, p.url, p.charset, p.body, p.stored_at FROM pages p
           JOIN evidence e ON e.address = p.address AND e.sha256 = p.sha256"""
    ).fetchall()
    return MergeInput(path, head, articles, keys, read_claims(conn), mentions, decided_at, settled_at, pages, chains)


def check_compatible(inputs: list[MergeInput]) -> None:
    """The inputs hold the same article versions and no two keys for one analyst; else MergeError naming the
    input that differs from the first and why."""
    first = inputs[0]
    keys = dict(first.keys)
    for other in inputs[1:]:
        for article in sorted(first.articles.keys() | other.articles.keys()):
            if article not in other.articles:
                raise MergeError(f"{other.path}: it has no article {article}, which {first.path} holds: not merged")
            if article not in first.articles:
                raise MergeError(f"{other.path}: it holds article {article}, which {first.path} has not: not merged")
            if first.articles[article] != other.articles[article]:
                raise MergeError(
                    f"{other.path}: article {article} is another version than in {first.path} (sha256 differs):"
                    " not merged"
                )
        for analyst, key in sorted(other.keys.items()):
            if keys.setdefault(analyst, key) != key:
                raise MergeError(
                    f"{other.path}: {analyst}'s public key is not the one {first.path} registers: not merged"
                )


def take_in(conn: sqlite3.Connection, analyst: str, base: MergeInput, others: list[MergeInput]) -> MergeReport:
    """Take the other inputs' claims, decisions and chains into this store (a copy of `base`); inside the write
    transaction. One "merge" event records it."""
    here = {identity: cid for cid, identity in base.mentions.items()}
    change = ClaimChange(conn, analyst)
    when: dict[tuple[int, str], str] = dict(base.decided_at)
    settled_when: dict[int, str] = dict(base.settled_at)
    for other in others:
        for claim in other.claims:
            _take_claim(change, here, other, claim, when, settled_when)
        conn.executemany(
            "INSERT OR IGNORE INTO pages (address, sha256, url, charset, body, stored_at) VALUES (?, ?, ?, ?, ?, ?)",
            other.pages,
        )
    chains = [chain for other in others for chain in other.chains]
    inputs = [{"path": base.path, "head": base.head.hash, "events": base.head.count}] + [
        {"path": chain.name, "head": chain.head, "events": len(chain.events)} for chain in chains
    ]
    event = change.record("merge", "merge", extra={"inputs": inputs}, always=True)
    assert event is not None  # always=True
    _keep_chains(conn, chains, event.seq)
    merged = read_claims(conn)
    return MergeReport(
        event, len(merged), sum(c.status == "disputed" for c in merged), sum(len(c.events) for c in chains)
    )


def _take_claim(
    change: ClaimChange,
    here: dict[Identity, str],
    other: MergeInput,
    claim: ClaimRecord,
    when: dict[tuple[int, str], str],
    settled_when: dict[int, str],
) -> None:
    """One claim of another input into this store (see the module)."""
    conn = change.conn
    members = []
    for member in claim.members:
        if (found := here.get(other.mentions[member])) is None:
            raise MergeError(f"{other.path}: claim {claim.id} holds {member}, a mention the first store has not")
        members.append(found)
    existing = conn.execute(
        f"SELECT count(*) FROM claim_members WHERE candidate_id IN ({', '.join('?' * len(members))})", members
    ).fetchone()[0]
    target = join_claims(change, members)
    current = conn.execute("SELECT note FROM claims WHERE id = ?", (target,)).fetchone()[0]
    if not existing:
        change.update(target, label=claim.label, value=claim.value, note=claim.note)
    elif claim.note and claim.note not in current.split("\n"):
        change.update(target, note="\n".join(n for n in (current, claim.note) if n))
    items = evidence.items(conn, target)
    for item in claim.evidence:
        taken = asdict(item)
        if item.candidate and item.candidate in other.mentions:
            taken["candidate"] = here.get(other.mentions[item.candidate], item.candidate)
        if taken not in items:
            items.append(taken)
    change.touch(target)
    evidence.put(conn, target, items)
    mine = decisions(conn, target)
    for name, decided in claim.decisions.items():
        at = other.decided_at.get((claim.id, name), "")
        theirs = {"status": decided.status, "rating": decided.rating}
        if mine.get(name) != theirs and (name not in mine or at > when.get((target, name), "")):
            change.decide(target, name, decided.status, decided.rating)
            when[target, name] = at
    if claim.settlement is not None:
        at = other.settled_at.get(claim.id, "")
        if settlements.of(conn, target) is None or at > settled_when.get(target, ""):
            settled = claim.settlement
            change.settle(
                target,
                {
                    "adjudicator": settled.adjudicator,
                    "status": settled.status,
                    "rating": settled.rating,
                    "settled": {a: {"status": d.status, "rating": d.rating} for a, d in settled.settled.items()},
                },
            )
            settled_when[target] = at


def _keep_chains(conn: sqlite3.Connection, chains: list[Chain], seq: int) -> None:
    """Keep each chain whole beside this store's, as merged by the event `seq`."""
    (last,) = conn.execute("SELECT coalesce(max(source), 0) FROM merged_chains").fetchone()
    for source, chain in enumerate(chains, last + 1):
        conn.execute(
            "INSERT INTO merged_chains (source, name, head, events, seq) VALUES (?, ?, ?, ?, ?)",
            (source, chain.name, chain.head, len(chain.events), seq),
        )
        conn.executemany(
            f"INSERT INTO merged_events (source, {audit.EVENT_COLUMNS}, public_key, signature)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(source, *row) for row in chain.events],
        )
        conn.executemany(
            "INSERT INTO merged_keys (source, analyst, public_key, seq) VALUES (?, ?, ?, ?)",
            [(source, *key) for key in chain.keys],
        )


def merge_stores(paths: list[str], output: str, analyst: str, force: bool = False) -> MergeReport:
    """Merge the stores at `paths` into a new store at `output` (see the module), written through a temporary
    file in its folder; MergeError naming the file and the reason when an input cannot be merged, or when
    `output` exists and not `force`."""
    from .store import Store  # the Store appends and signs the merge event; it needs this module's callers

    target = Path(output)
    if target.exists() and not force:
        raise MergeError(f"{output}: exists (--force to replace it)")
    if not target.parent.is_dir():
        raise MergeError(f"{output}: folder does not exist")
    if any(os.path.realpath(path) == os.path.realpath(output) for path in paths):
        raise MergeError(f"{output}: is one of the stores to merge")
    inputs = [read_input(path) for path in paths]
    check_compatible(inputs)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".merging")
        os.close(handle)
    except OSError as exc:
        raise MergeError(f"{output}: {exc.strerror or exc}") from exc
    try:
        _copy(paths[0], temporary)
        with Store.open(temporary, analyst) as merged:
            report = merged.merge_in(inputs[0], inputs[1:])
        os.replace(temporary, target)
    except OSError as exc:
        raise MergeError(f"{output}: {exc.strerror or exc}") from exc
    finally:
        for leftover in (temporary, temporary + "-wal", temporary + "-shm"):
            if os.path.exists(leftover):
                os.unlink(leftover)
    return report


def _copy(source: str, destination: str) -> None:
    """The store at `source` copied, as one state of it, to `destination` (SQLite's backup)."""
    db = open_database(source, readonly=True)
    try:
        copy = sqlite3.connect(destination)
        try:
            db.conn.backup(copy)
        finally:
            copy.close()
    finally:
        db.conn.close()
