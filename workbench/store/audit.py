"""The append-only, hash-chained audit log.

Each event's hash is sha256 over the canonical JSON (sorted keys, no spaces, UTF-8) of
{seq, at, analyst, action, target, before, after, prev_hash}; prev_hash is the previous event's
hash (64 zeros for the first). Editing, deleting or reordering any event breaks the chain, and the
audit_head row (kept by a trigger) catches events cut off the end.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from json.encoder import encode_basestring as _quote  # a str exactly as json.dumps(..., ensure_ascii=False)
from typing import Any

from .records import EventRecord
from .schema import GENESIS_HASH

EVENT_COLUMNS = "seq, at, analyst, action, target, before, after, prev_hash, hash"


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of a check: count events; bad_seq and reason name the first broken event, or bad_article
    ("<id> v<version>") and/or bad_candidate the first stored article version or candidate, or bad_cluster the
    first suggested cluster, that differs from what the log commits to (see content.check), or bad_claim the first claim that differs from the log (see
    replay.verify); claims and articles are how many were compared. With an anchor expected, anchor_seq is
    the event that has its hash (a failure names no seq or claim, only the reason). merged_chains and
    merged_events count the chains of merged stores checked (a failure in one is a reason naming it)."""

    ok: bool
    count: int
    bad_seq: int | None = None
    reason: str | None = None
    claims: int = 0
    bad_claim: int | None = None
    articles: int = 0
    bad_article: str | None = None
    bad_candidate: str | None = None
    anchor_seq: int | None = None
    bad_cluster: str | None = None
    merged_chains: int = 0  # the chains of stores merged into this one, checked too (store/merged.py)
    merged_events: int = 0


@dataclass(frozen=True)
class Head:
    """The last event's hash (64 zeros when there is none) and the number of events: an anchor to keep."""

    hash: str
    count: int


def head(conn: sqlite3.Connection) -> Head:
    """The log's head as the events hold it (the last event; not the audit_head record)."""
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return Head(GENESIS_HASH, 0) if row is None else Head(row[1], row[0])


def anchor_seq(conn: sqlite3.Connection, expected: str) -> int | None:
    """The seq of the event whose hash is `expected` (0 for the genesis hash), or None when no event has it."""
    if expected == GENESIS_HASH:
        return 0
    row = conn.execute("SELECT seq FROM audit WHERE hash = ?", (expected,)).fetchone()
    return None if row is None else row[0]


def canonical(value: Any) -> str:
    """The canonical JSON text hashed and stored for event payloads and values; ValueError for NaN or
    an infinity, which JSON has no way to write."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def now() -> str:
    """The current UTC time as ISO 8601 with milliseconds, e.g. 2026-11-21T05:01:02.123Z."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def event_hash(
    seq: int, at: str, analyst: str, action: str, target: str, before: str, after: str, prev_hash: str
) -> str:
    """sha256 of canonical({seq, at, analyst, action, target, before, after, prev_hash}).

    before and after are passed as their stored canonical JSON text, which is spliced in verbatim:
    the result equals hashing the canonical JSON of the whole event without re-parsing the payloads.
    """
    text = (
        f'{{"action":{_quote(action)},"after":{after},"analyst":{_quote(analyst)},"at":{_quote(at)},'
        f'"before":{before},"prev_hash":{_quote(prev_hash)},"seq":{seq},"target":{_quote(target)}}}'
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def append(
    conn: sqlite3.Connection,
    analyst: str,
    action: str,
    target: str,
    before: Any,
    after: Any,
    refs: Iterable[str] = (),
    at: str | None = None,
) -> EventRecord:
    """Append one event (call inside the write transaction that makes the change); return it.

    refs name what else the event touches (candidate ids, "claim:<id>") for history look-ups.
    """
    head = conn.execute("SELECT seq, hash FROM audit_head").fetchone()
    seq, prev_hash = (head[0] + 1, head[1]) if head else (1, GENESIS_HASH)
    at = at or now()
    before_text, after_text = canonical(before), canonical(after)
    digest = event_hash(seq, at, analyst, action, target, before_text, after_text, prev_hash)
    row = (seq, at, analyst, action, target, before_text, after_text, prev_hash, digest)
    conn.execute(f"INSERT INTO audit ({EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
    conn.executemany(
        "INSERT OR IGNORE INTO audit_refs (ref, seq) VALUES (?, ?)", [(ref, seq) for ref in {target, *refs}]
    )
    return as_event(row)


def as_event(row: tuple) -> EventRecord:
    """An audit row as a record with before/after parsed."""
    seq, at, analyst, action, target, before, after, prev_hash, digest = row
    return EventRecord(
        seq=seq,
        at=at,
        analyst=analyst,
        action=action,
        target=target,
        before=json.loads(before),
        after=json.loads(after),
        prev_hash=prev_hash,
        hash=digest,
    )


def chain(rows: Iterable[tuple]) -> tuple[VerifyResult, str]:
    """Check a chain of events (rows of EVENT_COLUMNS in seq order) in one pass: the first bad seq, and the last
    good event's hash."""
    expected_seq, prev_hash, count = 1, GENESIS_HASH, 0
    for seq, at, analyst, action, target, before, after, stored_prev, digest in rows:
        if seq != expected_seq:
            missing = "missing" if seq > expected_seq else "out of order"
            return VerifyResult(False, count, expected_seq, missing), prev_hash
        if stored_prev != prev_hash:
            return VerifyResult(False, count, seq, "prev_hash mismatch"), prev_hash
        if event_hash(seq, at, analyst, action, target, before, after, stored_prev) != digest:
            return VerifyResult(False, count, seq, "hash mismatch"), prev_hash
        expected_seq, prev_hash, count = seq + 1, digest, count + 1
    return VerifyResult(True, count), prev_hash


def verify(conn: sqlite3.Connection) -> VerifyResult:
    """Check the whole chain in one pass; report the first bad seq."""
    checked, prev_hash = chain(conn.execute(f"SELECT {EVENT_COLUMNS} FROM audit ORDER BY seq"))
    if not checked.ok:
        return checked
    count = checked.count
    head = conn.execute("SELECT seq, hash FROM audit_head").fetchone()
    if head is None and count:
        return VerifyResult(False, count, count, "head record missing")
    if head is not None and (head[0], head[1]) != (count, prev_hash):
        if head[0] > count:
            return VerifyResult(False, count, count + 1, f"missing (the log should end at seq {head[0]})")
        return VerifyResult(False, count, head[0], "head record mismatch")
    return VerifyResult(True, count)
