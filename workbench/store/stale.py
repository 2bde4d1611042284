"""Decisions a re-import left stale (issue 14 item 4): a claim's mention kept on an older version of its
article because the new text no longer has it. Each is listed with its old text and the new mention most like
it; the analyst re-attaches the decision to that mention ("reattach") or confirms the mention is gone
("gone"), each an audited, undoable decision."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz import fuzz

from .claims import ClaimChange, claim_id_of

ACTIONS = ("reattach", "gone")


@dataclass(frozen=True)
class StaleRecord:
    """A stale mention of a claim, with the current mention most like it (None: none of its kind is left)."""

    candidate: str  # its id on the older version ("<id>@v<version>")
    claim_id: int
    status: str  # its claim's
    kind: str
    article: str
    version: int
    text: str
    sentence: str  # the sentence holding it, in the older version
    start: int  # offsets in that sentence
    end: int
    suggestion: str | None = None  # the current mention to re-attach to
    new_text: str | None = None
    new_sentence: str | None = None
    new_start: int = 0
    new_end: int = 0


_STALE = """
    SELECT c.id, m.claim_id, k.status, c.kind, c.article, c.version, c.text, c.sentence_text,
           c.start - c.sentence_start, c."end" - c.sentence_start
    FROM candidates c JOIN current_versions v ON v.id = c.article AND c.version < v.version
    JOIN claim_members m ON m.candidate_id = c.id JOIN claims k ON k.id = m.claim_id
    ORDER BY v.ord, c.start, c.id
"""
_CURRENT = """
    SELECT c.id, c.text, c.sentence_text, c.start - c.sentence_start, c."end" - c.sentence_start
    FROM candidates c JOIN current_versions v ON v.id = c.article AND c.version = v.version
    WHERE c.article = ? AND c.kind = ? ORDER BY c.start
"""


def stale(conn: sqlite3.Connection) -> list[StaleRecord]:
    """Every stale mention of a claim, in article order, each with the current mention of its article and kind
    most like it: the same words first, then the most alike sentence."""
    found = []
    for row in conn.execute(_STALE).fetchall():
        record = StaleRecord(*row)
        options = conn.execute(_CURRENT, (record.article, record.kind)).fetchall()
        best = max(
            options,
            key=lambda o: (o[1] == record.text, fuzz.ratio(o[2], record.sentence), fuzz.ratio(o[1], record.text)),
            default=None,
        )
        if best is not None:
            new_id, new_text, new_sentence, new_start, new_end = best
            record = replace(
                record,
                suggestion=new_id,
                new_text=new_text,
                new_sentence=new_sentence,
                new_start=new_start,
                new_end=new_end,
            )
        found.append(record)
    return found


def _stale_claim(conn: sqlite3.Connection, candidate_id: str) -> int:
    claim = claim_id_of(conn, candidate_id)
    if claim is None or not candidate_id.rsplit("@v", 1)[-1].isdigit():
        raise LookupError(f"{candidate_id!r} is no stale decision")
    return claim


def reattach(conn: sqlite3.Connection, analyst: str, candidate_id: str, new_id: str) -> int:
    """Put the new mention in the stale one's claim in its place; the claim's label and value follow the new
    mention where they were the old one's (not where the analyst edited them). Returns the claim."""
    claim = _stale_claim(conn, candidate_id)
    if conn.execute("SELECT 1 FROM candidates WHERE id = ?", (new_id,)).fetchone() is None:
        raise LookupError(f"no candidate {new_id!r}")
    change = ClaimChange(conn, analyst)
    change.add(claim, [new_id])
    change.remove(candidate_id)
    old, new = (_words(conn, cid) for cid in (candidate_id, new_id))
    label, value = conn.execute("SELECT label, value FROM claims WHERE id = ?", (claim,)).fetchone()
    follows: dict[str, Any] = {"label": new[0]} if label == old[0] else {}  # it said what the old one said
    if value == old[1]:
        follows["value"] = json.loads(new[1])
    if follows:
        change.update(claim, **follows)
    change.record("reattach", candidate_id)
    return claim


def _words(conn: sqlite3.Connection, candidate_id: str) -> tuple[str, str]:
    """A candidate's text and value (as stored JSON)."""
    return conn.execute("SELECT text, value FROM candidates WHERE id = ?", (candidate_id,)).fetchone()


def gone(conn: sqlite3.Connection, analyst: str, candidate_id: str) -> int | None:
    """Take the stale mention out of its claim: the fact is gone from the new text (a claim left without a
    mention goes); returns the claim when it still exists."""
    claim = _stale_claim(conn, candidate_id)
    change = ClaimChange(conn, analyst)
    change.remove(candidate_id)
    change.record("gone", candidate_id)
    return claim if _exists(conn, claim) else None


def _exists(conn: sqlite3.Connection, claim: int) -> bool:
    return conn.execute("SELECT 1 FROM claims WHERE id = ?", (claim,)).fetchone() is not None
