"""Decisions made on a view of the store that is no longer current: several analysts (or windows) share one
store, and a decision is refused when someone else changed its claim after the view the decision was made on."""

from __future__ import annotations

import sqlite3

from .connection import StoreError
from .reads import claim_of
from .records import ClaimRecord


class StaleView(StoreError):
    """A decision refused because another analyst changed the claim since the caller's view; `claim` is its
    state now (None: no claim holds the candidate any more)."""

    def __init__(self, message: str, claim: ClaimRecord | None):
        super().__init__(message)
        self.claim = claim


def check_fresh(conn: sqlite3.Connection, path: str, about: list[str], viewed: int, own: set[int]) -> None:
    """Raise StaleView when an event after seq `viewed`, not among `own`, touched any of the candidates
    `about` (or their claims); call inside the write transaction the decision is made in."""
    if not about:
        return
    marks = ", ".join("?" * len(about))
    rows = conn.execute(
        f"""SELECT DISTINCT a.seq, a.analyst FROM audit_refs r JOIN audit a ON a.seq = r.seq
            WHERE r.ref IN ({marks}) AND r.seq > ? ORDER BY a.seq""",
        (*about, viewed),
    ).fetchall()
    others = [analyst for seq, analyst in rows if seq not in own]
    if others:
        claim = claim_of(conn, about[0])
        now = claim.status if claim is not None else "pending"
        raise StaleView(
            f"{path}: {others[-1]} changed this claim since your view (now {now}); your decision was not applied",
            claim,
        )


def touched_since(conn: sqlite3.Connection, seq: int) -> set[str]:
    """What the events after `seq` touched: candidate ids, "claim:<id>" and article ids (their audit refs)."""
    return {row[0] for row in conn.execute("SELECT DISTINCT ref FROM audit_refs WHERE seq > ?", (seq,))}
