"""What an adjudicator weighs on a disputed claim: each analyst's position (their decision, their note, the
evidence they added) side by side, from the claim and its audit history; and the disputed claims in reading
order, which the adjudicator's queue walks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from workbench.store import AnalystDecision, CandidateRecord, ClaimRecord, EventRecord


@dataclass(frozen=True)
class Position:
    """One analyst on a claim: their own decision (None: they took it away, or only wrote), the note they last
    wrote on it ("" for none), the evidence items they added that it still holds, and when they last decided."""

    analyst: str
    decision: AnalystDecision | None
    note: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)
    decided_at: str | None = None


_DECIDING = ("confirm", "reject", "rate", "dismiss", "reset", "accept", "accept_cluster", "undo", "redo")


def positions(claim: ClaimRecord, events: list[EventRecord]) -> list[Position]:
    """Each analyst's position on the claim (the analysts who decided it, then those who only wrote on it, by name;
    the adjudicator's settlement is no position), from its audit events oldest first."""
    key = str(claim.id)
    notes: dict[str, str] = {}
    added: dict[str, list[dict[str, Any]]] = {}
    decided_at: dict[str, str] = {}
    for event in events:
        before, after = event.before.get("claims", {}).get(key), event.after.get("claims", {}).get(key)
        if after is None or event.action == "settle":
            continue
        if event.action == "note":
            notes[event.analyst] = after.get("note", "")
        elif event.action == "add_evidence":
            old = (before or {}).get("evidence", [])
            added.setdefault(event.analyst, []).extend(i for i in after.get("evidence", []) if i not in old)
        elif event.action in _DECIDING:
            decided_at[event.analyst] = event.at
    held = [item.to_json() for item in claim.evidence]
    writers = sorted((notes.keys() | added.keys()) - claim.decisions.keys())
    return [
        Position(
            analyst,
            claim.decisions.get(analyst),
            notes.get(analyst, ""),
            [item for item in held if _trimmed(item) in [_trimmed(i) for i in added.get(analyst, [])]],
            decided_at.get(analyst),
        )
        for analyst in [*claim.decisions, *writers]
    ]


def _trimmed(item: dict[str, Any]) -> dict[str, Any]:
    """An evidence item without its empty fields (a snapshot holds every field, a record's JSON the set ones)."""
    return {name: value for name, value in item.items() if value not in (None, "")}


def disputed_step(
    candidates: Mapping[str, CandidateRecord],
    reading_order: Callable[[str], tuple[int, int]],
    cid: str | None,
    step: int,
) -> str | None:
    """The first mention, in reading order, of the next (`step` +1) or previous (-1) disputed claim from the
    candidate's claim (from the start, or the end, for None or a candidate of no disputed claim); None at either
    end."""
    firsts: dict[int, str] = {}
    for candidate in candidates.values():
        if candidate.status == "disputed" and candidate.claim_id is not None:
            first = firsts.get(candidate.claim_id)
            if first is None or reading_order(candidate.id) < reading_order(first):
                firsts[candidate.claim_id] = candidate.id
    ordered = sorted(firsts.values(), key=reading_order)
    current = candidates[cid] if cid is not None and cid in candidates else None
    here = firsts.get(current.claim_id) if current is not None and current.claim_id is not None else None
    if here is not None:
        index = ordered.index(here) + step
    elif current is not None:  # from where it stands in reading order
        after = [i for i, found in enumerate(ordered) if reading_order(found) > reading_order(current.id)]
        index = (after[0] if after else len(ordered)) if step > 0 else (after[0] if after else len(ordered)) - 1
    else:
        index = 0 if step > 0 else len(ordered) - 1
    return ordered[index] if 0 <= index < len(ordered) else None
