"""Undo and redo of the analyst's decisions and corrections, each an audited event.

Undo puts back what the analyst's last decision or correction not yet undone found (its event's `before`:
claims, and the candidate, cluster and correction rows a correction changed); redo puts back what the last
undo not yet redone found, as long as the analyst has decided nothing since. A redo is itself undoable.

A claim another analyst has changed since is not put back whole: only the analyst's own decision on it is, and
each field (note, value, evidence, settlement) they have not changed since; its members and the others' decisions
stay.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from . import evidence
from .claims import ClaimChange, claim_id_of, decisions_of, snapshot
from .corrections import ACTIONS, record
from .decisions import DECISIONS
from .records import EventRecord
from .rows import RowChange
from .stale import ACTIONS as STALE_ACTIONS

FRESH = (*DECISIONS, *ACTIONS, *STALE_ACTIONS, "let_go")
"""What the analyst decides or corrects anew: undoable, and the end of what can be redone."""
UNDOABLE = (*FRESH, "redo")


Found = tuple[int, str, str, str]
"""An event to put back: its seq, target, before and after payloads (JSON text)."""


def _last_undoable(conn: sqlite3.Connection, analyst: str) -> Found | None:
    placeholders = ", ".join("?" * len(UNDOABLE))
    return conn.execute(
        f"""SELECT seq, target, before, after FROM audit
            WHERE analyst = ? AND action IN ({placeholders})
              AND seq NOT IN (SELECT json_extract(after, '$.undoes') FROM audit
                              WHERE action = 'undo' AND json_extract(after, '$.undoes') IS NOT NULL)
            ORDER BY seq DESC LIMIT 1""",
        (analyst, *UNDOABLE),
    ).fetchone()


def _last_redoable(conn: sqlite3.Connection, analyst: str) -> Found | None:
    """The analyst's last undo not yet redone, unless a decision or correction of theirs came after it."""
    row = conn.execute(
        """SELECT seq, target, before, after FROM audit WHERE analyst = ? AND action = 'undo'
             AND seq NOT IN (SELECT json_extract(after, '$.redoes') FROM audit
                             WHERE action = 'redo' AND json_extract(after, '$.redoes') IS NOT NULL)
           ORDER BY seq DESC LIMIT 1""",
        (analyst,),
    ).fetchone()
    fresh = (*DECISIONS, *ACTIONS)
    if (
        row is None
        or conn.execute(
            f"SELECT 1 FROM audit WHERE analyst = ? AND seq > ? AND action IN ({', '.join('?' * len(fresh))})",
            (analyst, row[0], *fresh),
        ).fetchone()
    ):
        return None
    return row


def _renames_since(conn: sqlite3.Connection, seq: int) -> list[tuple[str, dict[str, str]]]:
    """For each re-ingestion after `seq`: its article and where each decided candidate went."""
    renames = []
    rows = conn.execute("SELECT target, after FROM audit WHERE action = 'ingest' AND seq > ? ORDER BY seq", (seq,))
    for target, after in rows:
        payload = json.loads(after)
        renames.append((target, {**payload.get("stale", {}), **payload.get("moved", {})}))
    return renames


def _reanalysed_since(conn: sqlite3.Connection, seq: int) -> bool:
    """Whether an ingestion after `seq` changed the stored candidates or clusters (which a correction's rows
    then no longer describe)."""
    return (
        conn.execute(
            "SELECT 1 FROM audit WHERE seq > ? AND action IN ('ingest', 'refresh', 'suggest', 'commit')", (seq,)
        ).fetchone()
        is not None
    )


def _changed_by_others(conn: sqlite3.Connection, analyst: str, seq: int, claim_id: int) -> bool:
    """Whether another analyst's event after `seq` changed the claim."""
    row = conn.execute(
        """SELECT 1 FROM audit_refs r JOIN audit a ON a.seq = r.seq
           WHERE r.ref = ? AND r.seq > ? AND a.analyst != ? LIMIT 1""",
        (f"claim:{claim_id}", seq, analyst),
    ).fetchone()
    return row is not None


def _put_back_own(
    claims: ClaimChange, claim_id: int, before: dict[str, Any] | None, after: dict[str, Any] | None
) -> None:
    """Put back the analyst's own decision on a claim others changed since, and each field the event changed
    that they have not (the event found `before` and left `after`); a claim gone since stays gone."""
    now = snapshot(claims.conn, claim_id)
    if now is None or after is None:
        return
    if before is None:  # the event made the claim: put back a fresh one's note, evidence and decision
        before = {**after, "note": "", "evidence": [], "decisions": {}}
    kept = {f: before[f] for f in ("kind", "label", "value", "note") if now[f] == after[f] != before[f]}
    if kept:
        claims.update(claim_id, **kept)
    if now.get("evidence", []) == after.get("evidence", []) != before.get("evidence", []):
        claims.touch(claim_id)
        evidence.put(claims.conn, claim_id, before.get("evidence", []))
    if now.get("settlement") == after.get("settlement") != before.get("settlement"):
        claims.settle(claim_id, before.get("settlement"))
    own = decisions_of(before).get(claims.analyst)
    claims.decide(claim_id, claims.analyst, own["status"] if own else "pending", own["rating"] if own else None)


def _article_of(candidate_id: str) -> str:
    return candidate_id.rsplit(":", 2)[0]


def _put_back(conn: sqlite3.Connection, analyst: str, found: Found, action: str, field: str) -> EventRecord:
    """Put back the state an event found (its `before`) in a new event `action` (after[field] = its seq).

    Candidates renamed by later re-ingestions are followed; ones whose text has since gone are listed under
    "gone" instead of being restored. A correction made before the articles were analysed again is not put
    back (LookupError): the analysis replaced the rows it changed.
    """
    seq, target, before_text, after_text = found
    before: dict[str, Any] = json.loads(before_text)
    after: dict[str, Any] = json.loads(after_text)
    if ("candidates" in before or "clusters" in before) and _reanalysed_since(conn, seq):
        raise LookupError(
            f"the change of seq {seq} was made before the articles were analysed again: correct them anew instead"
        )
    renames = _renames_since(conn, seq)
    gone: list[str] = []

    def follow(candidate_id: str) -> str | None:
        for article, mapping in renames:
            if _article_of(candidate_id) == article:
                if candidate_id not in mapping:
                    gone.append(candidate_id)
                    return None
                candidate_id = mapping[candidate_id]
        return candidate_id

    rows = RowChange(conn)
    claims = ClaimChange(conn, analyst)
    candidates = before.get("candidates", {})
    for row in candidates.values():
        if row is not None:
            rows.put("candidates", row)
    for claim_id, snap in before["claims"].items():
        if _changed_by_others(conn, analyst, seq, int(claim_id)):
            _put_back_own(claims, int(claim_id), snap, after["claims"].get(claim_id))
            continue
        if snap is not None:
            snap = {**snap, "members": [m for m in map(follow, snap["members"]) if m is not None]}
        claims.restore(int(claim_id), snap)
    for table in ("clusters", "corrections"):
        for row_id, row in before.get(table, {}).items():
            if row is None:
                rows.drop(table, row_id)
            else:
                rows.put(table, row)
    for row_id, row in candidates.items():
        if row is None:
            if claim_id_of(conn, row_id) is not None:
                claims.remove(row_id)
            rows.drop("candidates", row_id)
    extra = {field: seq, **({"gone": gone} if gone else {})}
    return record(conn, claims, rows, action, target, extra)


def undo(conn: sqlite3.Connection, analyst: str) -> EventRecord | None:
    """Reverse the analyst's last decision or correction not yet undone by writing an "undo" event
    (after.undoes = its seq); None when none is left."""
    last = _last_undoable(conn, analyst)
    return None if last is None else _put_back(conn, analyst, last, "undo", "undoes")


def redo(conn: sqlite3.Connection, analyst: str) -> EventRecord | None:
    """Reverse the analyst's last undo not yet redone by writing a "redo" event (after.redoes = its seq); None
    when there is none, or when the analyst decided or corrected something after it."""
    last = _last_redoable(conn, analyst)
    return None if last is None else _put_back(conn, analyst, last, "redo", "redoes")
