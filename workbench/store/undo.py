"""Undo and redo of the analyst's decisions and corrections, each an audited event.

Undo puts back what the analyst's last decision or correction not yet undone found (its event's `before`:
claims, and the candidate, cluster and correction rows a correction changed); redo puts back what the last
undo not yet redone found, as long as the analyst has decided nothing since. A redo is itself undoable.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .claims import ClaimChange, claim_id_of
from .corrections import ACTIONS, record
from .decisions import DECISIONS
from .records import EventRecord
from .rows import RowChange
from .stale import ACTIONS as STALE_ACTIONS

FRESH = (*DECISIONS, *ACTIONS, *STALE_ACTIONS, "let_go")
"""What the analyst decides or corrects anew: undoable, and the end of what can be redone."""
UNDOABLE = (*FRESH, "redo")


def _last_undoable(conn: sqlite3.Connection, analyst: str) -> tuple[int, str, str] | None:
    placeholders = ", ".join("?" * len(UNDOABLE))
    return conn.execute(
        f"""SELECT seq, target, before FROM audit
            WHERE analyst = ? AND action IN ({placeholders})
              AND seq NOT IN (SELECT json_extract(after, '$.undoes') FROM audit
                              WHERE action = 'undo' AND json_extract(after, '$.undoes') IS NOT NULL)
            ORDER BY seq DESC LIMIT 1""",
        (analyst, *UNDOABLE),
    ).fetchone()


def _last_redoable(conn: sqlite3.Connection, analyst: str) -> tuple[int, str, str] | None:
    """The analyst's last undo not yet redone, unless a decision or correction of theirs came after it."""
    row = conn.execute(
        """SELECT seq, target, before FROM audit WHERE analyst = ? AND action = 'undo'
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


def _article_of(candidate_id: str) -> str:
    return candidate_id.rsplit(":", 2)[0]


def _put_back(
    conn: sqlite3.Connection, analyst: str, found: tuple[int, str, str], action: str, field: str
) -> EventRecord:
    """Put back the state an event found (its `before`) in a new event `action` (after[field] = its seq).

    Candidates renamed by later re-ingestions are followed; ones whose text has since gone are listed under
    "gone" instead of being restored. A correction made before the articles were analysed again is not put
    back (LookupError): the analysis replaced the rows it changed.
    """
    seq, target, before_text = found
    before: dict[str, Any] = json.loads(before_text)
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
