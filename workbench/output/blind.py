"""Blind double review (`workbench open --blind`): what an analyst sees of a claim before deciding it themselves.

Until the analyst has a decision of their own on a claim, its status shows as pending and the other analysts'
decisions, notes, evidence and events on it are hidden; once they have decided it, everything shows.
"""

from __future__ import annotations

from dataclasses import replace

from workbench.store import CandidateRecord, ClaimRecord, EventRecord


def blind_candidate(candidate: CandidateRecord, mine: set[int]) -> CandidateRecord:
    """The candidate as pending unless its claim is among `mine` (the claims the analyst decided)."""
    if candidate.claim_id is None or candidate.claim_id in mine or candidate.status == "pending":
        return candidate
    return replace(candidate, status="pending")


def blind_claim(claim: ClaimRecord | None, analyst: str) -> ClaimRecord | None:
    """The claim with nothing of the others' work unless the analyst decided it: pending, no note, rating,
    evidence or decisions (its members and value stay: they are the fact, not a verdict)."""
    if claim is None or analyst in claim.decisions:
        return claim
    return replace(
        claim, status="pending", note="", rating=None, analyst=None, decided_at=None, evidence=[], decisions={}
    )


def blind_history(events: list[EventRecord], analyst: str, claim: ClaimRecord | None) -> list[EventRecord]:
    """The claim's events, only the analyst's own (and those no analyst decided: ingestions) until they decided it."""
    if claim is not None and analyst in claim.decisions:
        return events
    return [e for e in events if e.analyst == analyst or not e.claim_changes()]
