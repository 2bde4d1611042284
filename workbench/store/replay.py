"""The claims as the audit log records them, and checking the claims tables against that record.

Every decision and undo event's "after" holds a snapshot of each claim it changed (null once deleted),
so a claim's logged state is its latest snapshot, with its members renamed by the "ingest" events
that came after it (their moved and stale mappings follow decided candidates across article versions).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any

from . import audit, content, evidence, merged, settlements
from .claims import FIELDS, decisions, decisions_of
from .connection import read_transaction

_COMPARED = ("status", *(field for field in FIELDS if field != "status"))


def logged_claims(conn: sqlite3.Connection) -> dict[int, dict[str, Any]]:
    """Claim id -> snapshot (fields, sorted members) of every claim the log says exists now."""
    latest = sorted(
        (seq, int(key), None if snap is None else json.loads(snap))
        for key, seq, snap in conn.execute(
            """WITH latest AS (SELECT c.key, max(a.seq) AS seq FROM audit a, json_each(a.after, '$.claims') c
                               GROUP BY c.key)
               SELECT l.key, l.seq, json_extract(a.after, '$.claims."' || l.key || '"')
               FROM latest l JOIN audit a ON a.seq = l.seq"""
        )
    )
    renames = [
        (seq, {**payload.get("stale", {}), **payload.get("moved", {})})
        for seq, payload in (
            (seq, json.loads(after))
            for seq, after in conn.execute("SELECT seq, after FROM audit WHERE action = 'ingest' ORDER BY seq")
        )
    ]
    claims: dict[int, dict[str, Any]] = {}
    holder: dict[str, int] = {}  # candidate id -> the claim holding it, among the snapshots placed so far
    placed = 0

    def place_until(seq: float) -> None:
        nonlocal placed
        while placed < len(latest) and latest[placed][0] < seq:
            _, claim_id, snap = latest[placed]
            placed += 1
            if snap is not None:
                claims[claim_id] = {**snap, "members": set(snap["members"])}
                holder.update(dict.fromkeys(snap["members"], claim_id))

    for seq, mapping in renames:
        place_until(seq)
        moves = [(old, new, holder.pop(old)) for old, new in mapping.items() if old in holder]
        for old, _, claim_id in moves:
            claims[claim_id]["members"].discard(old)
        for _, new, claim_id in moves:
            claims[claim_id]["members"].add(new)
            holder[new] = claim_id
    place_until(float("inf"))
    for snap in claims.values():
        snap["members"] = sorted(snap["members"])
    return claims


def _difference(stored: dict[str, Any] | None, members: list[str], logged: dict[str, Any] | None) -> str | None:
    """How one claim in the tables (its row, its members) differs from its logged snapshot, or None."""
    if stored is not None and logged is None:
        return "exists in the store but not in the audit log"
    if stored is None and logged is not None:
        return "exists in the audit log but not in the store"
    if stored is not None and logged is not None:
        for field in _COMPARED:
            have, want = stored[field], logged.get(field)
            if field == "value":  # stored as canonical JSON text
                want = audit.canonical(want)
                if have != want:
                    return f"value is {have} in the store but {want} in the audit log"
            elif have != want:
                return f"{field} is {have!r} in the store but {want!r} in the audit log"
    if stored is not None and logged is not None and stored["evidence"] != logged.get("evidence", []):
        return "its evidence differs from the audit log"
    if stored is not None and logged is not None and stored["decisions"] != decisions_of(logged):
        return "its analysts' decisions differ from the audit log"
    if stored is not None and logged is not None and stored["settlement"] != logged.get("settlement"):
        return "its settlement differs from the audit log"
    logged_members = set(logged["members"]) if logged else set()
    if extra := sorted(set(members) - logged_members):
        return f"member {extra[0]!r} is in the store but not in the audit log"
    if missing := sorted(logged_members - set(members)):
        return f"member {missing[0]!r} is in the audit log but not in the store"
    return None


def verify(conn: sqlite3.Connection, expect: str | None = None) -> audit.VerifyResult:
    """Check the audit chain and the chains of the stores merged into this one (store/merged.py); that it holds the event with hash `expect` (an anchor kept before), when given;
    that every stored article version, candidate, cluster and shared passage is what the log commits to
    (content.check); then that
    every claim (fields and members) is as the log records it. Report the first broken event, else the
    missing anchor, else the first article, candidate or cluster that differs, else the lowest claim id that differs.
    Reads one state of the file."""
    with read_transaction(conn):
        chain = audit.verify(conn)
        if not chain.ok:
            return chain
        imported = merged.check(conn)
        if imported.problem is not None:
            return audit.VerifyResult(False, chain.count, reason=imported.problem)
        anchored = None
        if expect is not None:
            anchored = audit.anchor_seq(conn, expect)
            if anchored is None:
                gone = f"the anchor {expect} is in no event: the log was rewritten, cut short or replaced"
                return audit.VerifyResult(False, chain.count, reason=gone)
        articles, difference = content.check(conn)
        if difference is not None:
            return audit.VerifyResult(
                False,
                chain.count,
                reason=difference.reason,
                articles=articles,
                bad_article=difference.article,
                bad_candidate=difference.candidate,
                bad_cluster=difference.cluster,
            )
        logged = logged_claims(conn)
        rows = conn.execute(f"SELECT id, {', '.join(_COMPARED)} FROM claims").fetchall()
        stored = {
            row[0]: dict(zip(_COMPARED, row[1:]))
            | {
                "evidence": evidence.items(conn, row[0]),
                "decisions": decisions(conn, row[0]),
                "settlement": settlements.of(conn, row[0]),
            }
            for row in rows
        }
        members: dict[int, list[str]] = defaultdict(list)
        for claim_id, candidate_id in conn.execute("SELECT claim_id, candidate_id FROM claim_members"):
            members[claim_id].append(candidate_id)
    for claim_id in sorted(stored.keys() | members.keys() | logged.keys()):
        reason = _difference(stored.get(claim_id), members.get(claim_id, []), logged.get(claim_id))
        if reason:
            return audit.VerifyResult(
                False, chain.count, reason=reason, claims=len(stored), bad_claim=claim_id, articles=articles
            )
    return audit.VerifyResult(
        True,
        chain.count,
        claims=len(stored),
        articles=articles,
        anchor_seq=anchored,
        merged_chains=imported.chains,
        merged_events=imported.events,
    )
