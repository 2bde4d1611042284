"""An adjudicator's settlement of a disputed claim: the verdict the claim's status then is, and the analysts'
decisions it settled (each analyst's own decision stays kept). Part of the claim's audited snapshot, as
{adjudicator, status, rating, settled: {analyst: {status, rating}}}; the decision itself is decisions.settle.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .records import AnalystDecision, Settlement


def of(conn: sqlite3.Connection, claim_id: int) -> dict[str, Any] | None:
    """The claim's settlement as its snapshot holds it, or None."""
    row = conn.execute(
        "SELECT adjudicator, status, rating, settled FROM settlements WHERE claim_id = ?", (claim_id,)
    ).fetchone()
    if row is None:
        return None
    adjudicator, status, rating, settled = row
    return {"adjudicator": adjudicator, "status": status, "rating": rating, "settled": json.loads(settled)}


def put(conn: sqlite3.Connection, claim_id: int, settled: dict[str, Any] | None) -> None:
    """Set the claim's settlement (None: take it away)."""
    conn.execute("DELETE FROM settlements WHERE claim_id = ?", (claim_id,))
    if settled is not None:
        conn.execute(
            "INSERT INTO settlements (claim_id, adjudicator, status, rating, settled) VALUES (?, ?, ?, ?, ?)",
            (
                claim_id,
                settled["adjudicator"],
                settled["status"],
                settled["rating"],
                json.dumps(settled["settled"], sort_keys=True),
            ),
        )


def by_claim(conn: sqlite3.Connection, claim_id: int | None = None) -> dict[int, Settlement]:
    """Every settlement (or the one claim's), by claim id."""
    where, params = ("WHERE claim_id = ?", (claim_id,)) if claim_id is not None else ("", ())
    return {
        claim_id: Settlement(
            adjudicator,
            status,
            rating,
            {a: AnalystDecision(d["status"], d["rating"]) for a, d in sorted(json.loads(settled).items())},
        )
        for claim_id, adjudicator, status, rating, settled in conn.execute(
            f"SELECT claim_id, adjudicator, status, rating, settled FROM settlements {where}", params
        )
    }
