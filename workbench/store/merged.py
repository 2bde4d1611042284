"""The audit chains of the stores merged into this one (store/merge.py), and their check.

Each merged chain is kept whole (table merged_events: every event with its signature and the key that made it),
with its store's analysts' keys (merged_keys) and its name, head and event count (merged_chains) as the "merge"
event of this store's own chain (its seq) records them in its `inputs`. `check` recomputes each chain, holds its
head to the one the merge event commits to, and checks its signatures against its store's keys and this store's.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from . import audit
from .keys import signature_holds


@dataclass(frozen=True)
class MergedCheck:
    """How many chains and events were checked, and the first problem found (None: all hold)."""

    chains: int
    events: int
    problem: str | None = None


def check(conn: sqlite3.Connection) -> MergedCheck:
    """Check every merged chain (see the module); the first problem as one sentence naming the chain."""
    chains = conn.execute("SELECT source, name, head, events, seq FROM merged_chains ORDER BY source").fetchall()
    registered = dict(conn.execute("SELECT analyst, public_key FROM analyst_keys").fetchall())
    events = 0
    for source, name, head, count, seq in chains:
        problem = _chain_problem(conn, source, name, head, count, seq, registered)
        if problem is not None:
            return MergedCheck(len(chains), events, f"merged chain {name}: {problem}")
        events += count
    return MergedCheck(len(chains), events)


def _chain_problem(
    conn: sqlite3.Connection, source: int, name: str, head: str, count: int, seq: int, registered: dict[str, str]
) -> str | None:
    row = conn.execute("SELECT after FROM audit WHERE seq = ? AND action = 'merge'", (seq,)).fetchone()
    inputs = json.loads(row[0]).get("inputs", []) if row else []
    if {"path": name, "head": head, "events": count} not in [
        {key: item.get(key) for key in ("path", "head", "events")} for item in inputs
    ]:
        return f"seq {seq} of this store's log does not record it with head {head}"
    rows = conn.execute(
        f"SELECT {audit.EVENT_COLUMNS}, public_key, signature FROM merged_events WHERE source = ? ORDER BY seq",
        (source,),
    ).fetchall()
    chain, last = audit.chain(row[:9] for row in rows)
    if not chain.ok:
        return f"seq {chain.bad_seq}: {chain.reason}"
    if (chain.count, last) != (count, head):
        return f"its events end at seq {chain.count}, not at the head the merge recorded"
    keys = {
        analyst: (key, since)
        for analyst, key, since in conn.execute(
            "SELECT analyst, public_key, seq FROM merged_keys WHERE source = ?", (source,)
        )
    }
    for analyst, (key, _) in keys.items():
        if registered.get(analyst, key) != key:
            return f"{analyst}'s key in it is not the one this store registers for {analyst}"
    for number, _, analyst, *_, digest, public, signature in rows:
        key, since = keys.get(analyst, (None, None))
        if signature is None:
            if since is not None and number > since:
                return f"seq {number}: unsigned, in the name of {analyst}, who signs since seq {since}"
        elif not signature_holds(public, signature, digest):
            return f"seq {number}: {analyst}'s signature does not hold"
        elif public != key:
            return f"seq {number}: signed with another key than the one its store registered for {analyst}"
    return None
