"""Claim-level changes tracked for one decision: the claims' state before and after, and its audit event.

A claim snapshot is {kind, label, value, status, note, analyst, decided_at, rating, members, evidence, decisions,
settlement} (rating since schema 9: an older event's snapshot has none, read as None; evidence, its ledger's items,
only when it has any; decisions, {analyst: {status, rating}} of each analyst who decided it, only when any: an older
snapshot's are read by `decisions_of`; settlement, an adjudicator's (store/settlements.py), only when settled); an event's
before/after payload is {"claims": {"<claim id>": snapshot or null}} over the claims it changed.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from . import audit, evidence, settlements
from .records import EventRecord

FIELDS = ("kind", "label", "value", "status", "note", "analyst", "decided_at", "rating")
_STAMP = ("analyst", "decided_at")


def snapshot(conn: sqlite3.Connection, claim_id: int) -> dict[str, Any] | None:
    """The claim's fields and sorted member ids, or None when it does not exist."""
    row = conn.execute(f"SELECT {', '.join(FIELDS)} FROM claims WHERE id = ?", (claim_id,)).fetchone()
    if row is None:
        return None
    snap = dict(zip(FIELDS, row))
    snap["value"] = json.loads(snap["value"])
    snap["members"] = members(conn, claim_id)
    if items := evidence.items(conn, claim_id):
        snap["evidence"] = items
    if decided := decisions(conn, claim_id):
        snap["decisions"] = decided
    if settled := settlements.of(conn, claim_id):
        snap["settlement"] = settled
    return snap


def decisions(conn: sqlite3.Connection, claim_id: int) -> dict[str, dict[str, Any]]:
    """Each analyst's decision on the claim: {analyst: {status, rating}}."""
    rows = conn.execute(
        "SELECT analyst, status, rating FROM analyst_decisions WHERE claim_id = ? ORDER BY analyst", (claim_id,)
    )
    return {analyst: {"status": status, "rating": rating} for analyst, status, rating in rows}


def decisions_of(snap: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A snapshot's decisions; one made before they were kept per analyst holds its analyst's, as migrated."""
    if "decisions" in snap:
        return snap["decisions"]
    if snap["status"] == "pending" or snap.get("analyst") is None:
        return {}
    return {snap["analyst"]: {"status": snap["status"], "rating": snap.get("rating")}}


def derived(decided: dict[str, dict[str, Any]]) -> tuple[str, str | None]:
    """A claim's status and rating from its analysts' decisions: pending without any, the verdict they all give,
    else `disputed` (until an adjudicator settles it: ClaimChange.derive)."""
    verdicts = {(d["status"], d["rating"]) for d in decided.values()}
    if not verdicts:
        return "pending", None
    return verdicts.pop() if len(verdicts) == 1 else ("disputed", None)


def members(conn: sqlite3.Connection, claim_id: int) -> list[str]:
    """The claim's member candidate ids, sorted."""
    rows = conn.execute("SELECT candidate_id FROM claim_members WHERE claim_id = ? ORDER BY candidate_id", (claim_id,))
    return [r[0] for r in rows]


def claim_id_of(conn: sqlite3.Connection, candidate_id: str) -> int | None:
    """The id of the claim the candidate belongs to, or None."""
    row = conn.execute("SELECT claim_id FROM claim_members WHERE candidate_id = ?", (candidate_id,)).fetchone()
    return row[0] if row else None


def _content(snap: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if snap is None else {k: v for k, v in snap.items() if k not in _STAMP}


class ClaimChange:
    """The claims one decision touches; `record` writes the audit event for what actually changed."""

    def __init__(self, conn: sqlite3.Connection, analyst: str):
        self.conn = conn
        self.analyst = analyst
        self.before: dict[int, dict[str, Any] | None] = {}

    def touch(self, claim_id: int) -> None:
        """Remember the claim's state before this decision first changes it."""
        if claim_id not in self.before:
            self.before[claim_id] = snapshot(self.conn, claim_id)

    def create(self, kind: str, label: str, value: Any, claim_id: int | None = None) -> int:
        """A new pending claim with no members (members are added next)."""
        cur = self.conn.execute(
            "INSERT INTO claims (id, kind, label, value) VALUES (?, ?, ?, ?)",
            (claim_id, kind, label, audit.canonical(value)),
        )
        created = cur.lastrowid
        assert created is not None  # an INSERT sets it
        self.before.setdefault(created, None)
        return created

    def update(self, claim_id: int, **fields: Any) -> None:
        """Set claim fields (value is any JSON value)."""
        self.touch(claim_id)
        if "value" in fields:
            fields["value"] = audit.canonical(fields["value"])
        assignments = ", ".join(f"{name} = ?" for name in fields)
        self.conn.execute(f"UPDATE claims SET {assignments} WHERE id = ?", (*fields.values(), claim_id))

    def decide(self, claim_id: int, analyst: str, status: str, rating: str | None) -> None:
        """Set the analyst's decision on the claim (`pending`: take it away) and the status it derives."""
        self.touch(claim_id)
        if status == "pending":
            self.conn.execute("DELETE FROM analyst_decisions WHERE claim_id = ? AND analyst = ?", (claim_id, analyst))
        else:
            self.conn.execute(
                "INSERT OR REPLACE INTO analyst_decisions (claim_id, analyst, status, rating) VALUES (?, ?, ?, ?)",
                (claim_id, analyst, status, rating),
            )
        self.derive(claim_id)

    def derive(self, claim_id: int) -> None:
        """Set the claim's status and rating: its settlement's, else what its analysts' decisions give."""
        settled = settlements.of(self.conn, claim_id)
        status, rating = (settled["status"], settled["rating"]) if settled else derived(decisions(self.conn, claim_id))
        self.update(claim_id, status=status, rating=rating)

    def settle(self, claim_id: int, settled: dict[str, Any] | None) -> None:
        """Set the claim's settlement (None: take it away) and the status it gives."""
        self.touch(claim_id)
        settlements.put(self.conn, claim_id, settled)
        self.derive(claim_id)

    def add(self, claim_id: int, candidate_ids: list[str]) -> None:
        """Make the candidates members of the claim, taking each out of any claim it was in."""
        self.touch(claim_id)
        for candidate_id in candidate_ids:
            old = claim_id_of(self.conn, candidate_id)
            if old == claim_id:
                continue
            if old is not None:
                self.touch(old)
            self.conn.execute(
                "INSERT OR REPLACE INTO claim_members (candidate_id, claim_id) VALUES (?, ?)", (candidate_id, claim_id)
            )

    def remove(self, candidate_id: str) -> None:
        """Take the candidate out of its claim (a claim left empty is deleted by `record`)."""
        old = claim_id_of(self.conn, candidate_id)
        if old is not None:
            self.touch(old)
            self.conn.execute("DELETE FROM claim_members WHERE candidate_id = ?", (candidate_id,))

    def restore(self, claim_id: int, snap: dict[str, Any] | None) -> None:
        """Put the claim back to a snapshot (None: delete it), taking its members from other claims."""
        self.touch(claim_id)
        if snap is None:
            self.conn.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
            return
        if snapshot(self.conn, claim_id) is None:
            self.create(snap["kind"], snap["label"], snap["value"], claim_id)
        self.update(claim_id, **{name: snap.get(name) for name in FIELDS if name not in _STAMP})
        self.conn.execute("DELETE FROM analyst_decisions WHERE claim_id = ?", (claim_id,))
        settlements.put(self.conn, claim_id, snap.get("settlement"))
        for analyst, decided in decisions_of(snap).items():
            self.decide(claim_id, analyst, decided["status"], decided["rating"])
        for candidate_id in set(members(self.conn, claim_id)) - set(snap["members"]):
            self.remove(candidate_id)
        self.add(claim_id, snap["members"])
        evidence.put(self.conn, claim_id, snap.get("evidence", []))

    def record(
        self,
        action: str,
        target: str,
        extra: dict[str, Any] | None = None,
        always: bool = False,
        before_extra: dict[str, Any] | None = None,
        refs: set[str] | None = None,
    ) -> EventRecord | None:
        """Delete emptied claims, stamp changed claims with analyst and time, append the audit event (its
        before and after payloads also hold `before_extra` and `extra`, its refs also `refs`).

        Returns the event, or None when the decision changed nothing and `always` is false
        (then no event is written).
        """
        now: dict[int, dict[str, Any] | None] = {}
        for claim_id in self.before:
            snap = snapshot(self.conn, claim_id)
            if snap is not None and not snap["members"]:
                self.conn.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
                snap = None
            now[claim_id] = snap
        changed = [c for c, old in self.before.items() if _content(old) != _content(now[c])]
        if not changed and not always:
            return None
        at = audit.now()
        stamped = {c: snap for c in changed if (snap := now[c]) is not None}
        self.conn.executemany(
            "UPDATE claims SET analyst = ?, decided_at = ? WHERE id = ?", [(self.analyst, at, c) for c in stamped]
        )
        for snap in stamped.values():
            snap |= {"analyst": self.analyst, "decided_at": at}
        before = {str(c): self.before[c] for c in changed}
        after = {str(c): now[c] for c in changed}
        refs = {f"claim:{c}" for c in changed} | (refs or set())
        for snap in (*before.values(), *after.values()):
            refs.update(snap["members"] if snap else ())
        payload = {"claims": before, **(before_extra or {})}
        return audit.append(
            self.conn, self.analyst, action, target, payload, {"claims": after, **(extra or {})}, refs, at
        )
