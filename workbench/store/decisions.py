"""The analyst's decisions on candidates and claims (undo and redo: store/undo.py).

Each function runs inside the caller's write transaction, changes claims through a ClaimChange
and appends its audit event; it returns the id of the claim the decision left the candidate in.
Unknown ids raise LookupError. A decision that changes nothing writes no event.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from . import evidence
from .claims import ClaimChange, claim_id_of, decisions, derived, members
from .records import EvidenceRecord

DECISIONS = (
    "confirm",
    "reject",
    "reset",
    "link",
    "unlink",
    "note",
    "edit_value",
    "accept_cluster",
    "accept",
    "rate",
    "dismiss",
    "add_evidence",
    "remove_evidence",
    "settle",
)
VERDICT_STATUSES = ("confirmed", "rejected", "rated")
"""The statuses a rating gives its claim (settings.Scale.status_of: the top, the bottom, any other)."""


def _candidate(conn: sqlite3.Connection, candidate_id: str) -> tuple[str, str, Any]:
    row = conn.execute("SELECT kind, text, value FROM candidates WHERE id = ?", (candidate_id,)).fetchone()
    if row is None:
        raise LookupError(f"no candidate {candidate_id!r}")
    return row[0], row[1], json.loads(row[2])


def _claim_for(change: ClaimChange, candidate_id: str, value_from: list[str] | None = None) -> int:
    """The candidate's claim; a candidate with none gets a one-member pending claim (label = its text).

    A new quote claim made for several candidates (`value_from`) takes their most common wording as its
    value: the wording of the cluster's reference (the members that word it are `verbatim`), else the
    value most of them give.
    """
    claim = claim_id_of(change.conn, candidate_id)
    if claim is None:
        kind, text, value = _candidate(change.conn, candidate_id)
        if kind == "quote" and value_from:
            value = _most_common_value(change.conn, value_from, value)
        claim = change.create(kind, text, value)
        change.add(claim, [candidate_id])
    return claim


def _most_common_value(conn: sqlite3.Connection, candidate_ids: list[str], default: Any) -> Any:
    """The value of the first `verbatim` candidate, else the one most give (the first on a tie)."""
    for candidate_id in candidate_ids:
        row = conn.execute("SELECT variant, value FROM candidates WHERE id = ?", (candidate_id,)).fetchone()
        if row and row[0] == "verbatim":
            return json.loads(row[1])
    values = [json.dumps(_candidate(conn, i)[2], sort_keys=True) for i in candidate_ids]
    if not values:
        return default
    counts = Counter(values)
    return json.loads(max(values, key=lambda v: counts[v]))


def _decide(conn: sqlite3.Connection, analyst: str, action: str, candidate_id: str, **fields: Any) -> int:
    """Set the claim's fields; a `status` (with its `rating`) is the analyst's own decision (ClaimChange.decide)."""
    change = ClaimChange(conn, analyst)
    claim = _claim_for(change, candidate_id)
    if "status" in fields:
        change.decide(claim, analyst, fields.pop("status"), fields.pop("rating"))
    if fields:
        change.update(claim, **fields)
    change.record(action, candidate_id)
    return claim


def confirm(conn: sqlite3.Connection, analyst: str, candidate_id: str, rating: str | None = None) -> int:
    """Confirm the candidate's claim (creating a one-member claim when it has none), with the scale's top as
    its rating when given."""
    return _decide(conn, analyst, "confirm", candidate_id, status="confirmed", rating=rating)


def reject(conn: sqlite3.Connection, analyst: str, candidate_id: str, rating: str | None = None) -> int:
    """Reject the candidate's claim (creating a one-member claim when it has none), with the scale's bottom as
    its rating when given."""
    return _decide(conn, analyst, "reject", candidate_id, status="rejected", rating=rating)


def rate(conn: sqlite3.Connection, analyst: str, candidate_id: str, rating: str, status: str) -> int:
    """Give the candidate's claim a rating and the status it implies (one of VERDICT_STATUSES)."""
    if status not in VERDICT_STATUSES or not rating:
        raise ValueError(f"a rating needs a name and a status among {', '.join(VERDICT_STATUSES)}")
    return _decide(conn, analyst, "rate", candidate_id, status=status, rating=rating)


def dismiss(conn: sqlite3.Connection, analyst: str, candidate_id: str) -> int:
    """Dismiss the candidate's claim: not a checkable fact (an extraction error, a name); it has no rating."""
    return _decide(conn, analyst, "dismiss", candidate_id, status="dismissed", rating=None)


def settle(conn: sqlite3.Connection, analyst: str, candidate_id: str, status: str, rating: str | None) -> int:
    """Settle the candidate's disputed claim as its adjudicator: its status is then this verdict (one of
    VERDICT_STATUSES, or dismissed), while each analyst's own decision stays; the settlement names the decisions
    it settled. A settled claim may be settled again; one that is not disputed is refused (ValueError)."""
    if status not in (*VERDICT_STATUSES, "dismissed") or (status == "rated" and not rating):
        raise ValueError(f"a settlement is {', '.join(VERDICT_STATUSES)} or dismissed, a rating with its name")
    claim = claim_id_of(conn, candidate_id)
    if claim is None:
        _candidate(conn, candidate_id)
        raise ValueError(f"{candidate_id!r} is not disputed: no analyst decided it")
    decided = decisions(conn, claim)
    settled = conn.execute("SELECT 1 FROM settlements WHERE claim_id = ?", (claim,)).fetchone()
    if not settled and derived(decided)[0] != "disputed":
        raise ValueError(f"the claim of {candidate_id!r} is not disputed: there is nothing to settle")
    change = ClaimChange(conn, analyst)
    change.settle(claim, {"adjudicator": analyst, "status": status, "rating": rating, "settled": decided})
    change.record("settle", candidate_id)
    return claim


def note(conn: sqlite3.Connection, analyst: str, candidate_id: str, text: str) -> int:
    """Set the free-text note of the candidate's claim ("" clears it)."""
    return _decide(conn, analyst, "note", candidate_id, note=text)


def edit_value(conn: sqlite3.Connection, analyst: str, candidate_id: str, value: Any) -> int:
    """Set the analyst's corrected normalised value (any JSON value) of the candidate's claim."""
    return _decide(conn, analyst, "edit_value", candidate_id, value=value)


def add_evidence(conn: sqlite3.Connection, analyst: str, candidate_id: str, item: EvidenceRecord) -> int:
    """Add an item to the evidence of the candidate's claim (a candidate with none gets a one-member pending
    claim); ValueError for an item missing what its kind needs."""
    if item.kind == "mention" and item.candidate:
        _candidate(conn, item.candidate)
    change = ClaimChange(conn, analyst)
    claim = _claim_for(change, candidate_id)
    change.touch(claim)
    evidence.put(conn, claim, [*evidence.items(conn, claim), evidence.as_item(item)])
    change.record("add_evidence", candidate_id)
    return claim


def remove_evidence(conn: sqlite3.Connection, analyst: str, candidate_id: str, index: int) -> int:
    """Remove the claim's evidence item at `index` (in the ledger's order); LookupError when there is none."""
    claim = claim_id_of(conn, candidate_id)
    items = evidence.items(conn, claim) if claim is not None else []
    if claim is None or not 0 <= index < len(items):
        raise LookupError(f"no evidence item {index} on the claim of {candidate_id!r}")
    change = ClaimChange(conn, analyst)
    change.touch(claim)
    evidence.put(conn, claim, items[:index] + items[index + 1 :])
    change.record("remove_evidence", candidate_id)
    return claim


def reset(conn: sqlite3.Connection, analyst: str, candidate_id: str) -> int | None:
    """Put the candidate's claim back to pending; a candidate with no claim is already pending."""
    _candidate(conn, candidate_id)
    if claim_id_of(conn, candidate_id) is None:
        return None
    return _decide(conn, analyst, "reset", candidate_id, status="pending", rating=None)


def join_claims(change: ClaimChange, candidate_ids: list[str]) -> int:
    """Put the candidates, and every claim they are in, into one claim: the first one's claim, else the
    first claim among the others, else a new one. It keeps its fields; distinct notes are joined."""
    ids = list(dict.fromkeys(candidate_ids))
    for candidate_id in ids:
        _candidate(change.conn, candidate_id)
    found = list(dict.fromkeys(c for c in (claim_id_of(change.conn, i) for i in ids) if c is not None))
    target = found[0] if found else _claim_for(change, ids[0], ids)
    notes = [change.conn.execute("SELECT note FROM claims WHERE id = ?", (c,)).fetchone()[0] for c in found]
    notes = list(dict.fromkeys(n for n in notes if n))
    for other in found[1:]:
        change.add(target, members(change.conn, other))
    change.add(target, ids)
    if len(notes) > 1:
        change.update(target, note="\n".join(notes))
    return target


def link(conn: sqlite3.Connection, analyst: str, candidate_id: str, others: list[str]) -> int:
    """Make the candidate and the others one claim, merging the claims they are in."""
    change = ClaimChange(conn, analyst)
    claim = join_claims(change, [candidate_id, *others])
    change.record("link", candidate_id)
    return claim


def unlink(conn: sqlite3.Connection, analyst: str, candidate_id: str) -> int | None:
    """Take the candidate out of its claim (it becomes pending); returns the claim it left, None if gone."""
    _candidate(conn, candidate_id)
    claim = claim_id_of(conn, candidate_id)
    change = ClaimChange(conn, analyst)
    change.remove(candidate_id)
    change.record("unlink", candidate_id)
    return claim if claim is not None and members(conn, claim) else None


def accept_cluster(conn: sqlite3.Connection, analyst: str, cluster_id: str, only: list[str] | None = None) -> int:
    """Make the suggested cluster's members (or `only` those of them) one claim and confirm it."""
    row = conn.execute("SELECT members FROM clusters WHERE id = ?", (cluster_id,)).fetchone()
    members = json.loads(row[0]) if row else []
    if only is not None:
        if outside := [m for m in only if m not in members]:
            raise LookupError(f"{outside[0]!r} is not a member of cluster {cluster_id!r}")
        members = [m for m in members if m in only]
    if not members:
        raise LookupError(f"no cluster {cluster_id!r} with members")
    return _accept(conn, analyst, members, "accept_cluster", f"cluster:{cluster_id}")


def accept(conn: sqlite3.Connection, analyst: str, candidate_ids: list[str]) -> int:
    """Make the candidates (e.g. a group the app derived, which no stored cluster holds) one claim and confirm it."""
    if not candidate_ids:
        raise LookupError("no candidates to accept")
    return _accept(conn, analyst, candidate_ids, "accept", candidate_ids[0])


def _accept(conn: sqlite3.Connection, analyst: str, members: list[str], action: str, target: str) -> int:
    change = ClaimChange(conn, analyst)
    claim = join_claims(change, members)
    change.decide(claim, analyst, "confirmed", None)
    change.record(action, target)
    return claim
