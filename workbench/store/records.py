"""The records the store hands out: frozen dataclasses read by attribute, never by string key.

    Store.articles()          -> [ArticleRecord]
    Store.candidates(), .candidate(id)  -> CandidateRecord
    Store.candidate_states()  -> [CandidateState] (a named tuple: cheap to make by the ten thousand)
    Store.clusters()          -> [ClusterRecord]
    Store.shared_passages()   -> [PassageRecord]
    Store.claims(), .claim_of(id), the decisions  -> ClaimRecord
    Store.mentions()          -> {claim id: [MentionRecord]}
    Store.progress()          -> Progress
    Store.events(), .history(id), .undo()  -> EventRecord

Values parsed from JSON (a candidate's or a claim's `value`, an event's `before` and `after`) stay JSON:
numbers, strings, lists and dicts. `to_json` gives the dict the exports and `audit --format json` print
(fields in declaration order, as the store always wrote them).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple

JSON = Any
"""A value as JSON holds it: None, bool, int, float, str, list or dict."""


@dataclass(frozen=True)
class ArticleRecord:
    """The current version of an article: its normalised text, where its boilerplate is, its provenance."""

    id: str
    path: str
    title: str
    sha256: str
    text: str
    version: int = 1
    boilerplate: list[list[int]] = field(default_factory=list)  # [start, end] of each non-story line
    dateline: str | None = None
    ingested_at: str = ""
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    family: str | None = None  # the first article id of those it shares passages with (None: its own)
    outlet_inferred: bool = False  # the outlet was taken from the text (load.outlets), not from metadata


@dataclass(frozen=True)
class CandidateRecord:
    """A candidate fact as stored: the analysis's fields, its article version and its review state."""

    id: str
    article: str
    start: int
    end: int
    text: str
    kind: str
    value: JSON
    sentence: list[int]  # [start, end] of the sentence holding it
    unit: str | None = None
    speaker: str | None = None
    hedge: str | None = None
    bounds: list[float | None] | None = None
    variant: str | None = None
    diff: list[list[str]] | None = None  # [op, words] pairs
    key: str | None = None  # quotes: the comparison form of the wording
    attributed_to: str | None = None  # the source the text credits (a quote's speaker)
    version: int = 1
    claim_id: int | None = None
    status: str = "pending"
    stale: bool = False  # kept from an older version of its article because it carries a decision


class CandidateState(NamedTuple):
    """A current candidate in brief: what counting every story's facts reads (output.stories)."""

    id: str
    article: str
    kind: str
    status: str
    text: str
    value: JSON  # a name's value; None for the other kinds


@dataclass(frozen=True)
class ClusterRecord:
    """Mentions the alignment suggests state one fact; `derived` marks a group the app made itself (names
    several articles give), which the store holds no cluster for."""

    id: str
    kind: str
    members: list[str]
    articles: list[str]
    status: str  # "agree" or "conflict"
    independent_sources: int | None = None
    detail: str | None = None
    speakers_differ: bool = False
    origins: list[str] = field(default_factory=list)  # the distinct sources its members are credited to
    story: str | None = None  # the story its members are of (None: stored before stories)
    derived: bool = False


@dataclass(frozen=True)
class PassageRecord:
    """A sentence or paragraph several articles carry near-verbatim."""

    articles: list[str]
    spans: list[tuple[str, int, int]]  # (article id, start, end)
    similarity: float


@dataclass(frozen=True)
class EvidenceRecord:
    """One item of a claim's evidence ledger (store/evidence.py): a mention in the loaded articles (`candidate`),
    an outside address (`address`, the fetched page's `sha256`, `fetched_at` and `title`) or a described source
    (`description`, its `date`); `excerpt` is what the analyst quotes or notes of it."""

    kind: str  # "mention", "address" or "source"
    candidate: str | None = None
    address: str | None = None
    sha256: str | None = None
    fetched_at: str | None = None
    title: str | None = None
    excerpt: str = ""
    description: str | None = None
    date: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {name: value for name, value in asdict(self).items() if value not in (None, "")}


@dataclass(frozen=True)
class AnalystDecision:
    """One analyst's own decision on a claim: its status (confirmed, rejected, rated, dismissed) and rating."""

    status: str
    rating: str | None = None


@dataclass(frozen=True)
class Settlement:
    """An adjudicator's settlement of a disputed claim: the verdict (status, rating) the claim's status is, and
    each analyst's decision it settled."""

    adjudicator: str
    status: str
    rating: str | None
    settled: dict[str, AnalystDecision]


@dataclass(frozen=True)
class ClaimRecord:
    """The analyst's claim: one decided fact and the candidates (`members`) stating it."""

    id: int
    kind: str
    label: str
    value: JSON
    status: str
    note: str
    analyst: str | None
    decided_at: str | None
    members: list[str]
    stale: bool  # whether a member sits on an older version of its article
    rating: str | None = None  # the verdict's name on the settings' scale (None: pending, dismissed, or before ratings)
    evidence: list[EvidenceRecord] = field(default_factory=list)  # its ledger, in the order the items were added
    decisions: dict[str, AnalystDecision] = field(default_factory=dict)  # each analyst's, by name; `status` derives
    settlement: Settlement | None = None  # an adjudicator's, which `status` then is

    def decision_of(self, analyst: str) -> AnalystDecision | None:
        """The analyst's own decision on the claim, or None."""
        return self.decisions.get(analyst)


@dataclass(frozen=True)
class MentionRecord:
    """A claim's member with its full provenance, for the exports."""

    candidate: str
    article: str
    title: str
    path: str
    sha256: str
    version: int
    start: int
    end: int
    text: str
    kind: str
    value: JSON
    unit: str | None
    speaker: str | None
    sentence: str | None  # the sentence's text
    sentence_span: list[int]
    stale: bool
    outlet: str | None
    published: str | None
    url: str | None
    author: str | None
    attributed_to: str | None = None  # the source the text credits (a quote's speaker)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Progress:
    """Review counts: pending mentions, confirmed, rejected, rated (between the top and the bottom of the scale),
    dismissed and disputed ones (claims, as the store counts them), and conflicts with a mention still pending."""

    pending: int = 0
    confirmed: int = 0
    rejected: int = 0
    conflicts_open: int = 0
    rated: int = 0
    dismissed: int = 0
    disputed: int = 0  # claims whose analysts' decisions differ


@dataclass(frozen=True)
class ClaimSnapshot:
    """A claim as an audit event records it (None in its place: the claim did not exist)."""

    kind: str
    label: str
    value: JSON
    status: str
    note: str
    members: list[str]
    analyst: str | None = None
    decided_at: str | None = None
    rating: str | None = None

    @classmethod
    def from_json(cls, snap: dict[str, Any]) -> ClaimSnapshot:
        return cls(
            kind=snap["kind"],
            label=snap["label"],
            value=snap["value"],
            status=snap["status"],
            note=snap["note"],
            members=list(snap["members"]),
            analyst=snap.get("analyst"),
            decided_at=snap.get("decided_at"),
            rating=snap.get("rating"),
        )


@dataclass(frozen=True)
class EventRecord:
    """One audit event. `before`/`after` are its JSON payloads: {"claims": {claim id: snapshot or null}}
    (plus "undoes", "gone") for decisions, {version, sha256, moved, stale} for "ingest"."""

    seq: int
    at: str
    analyst: str
    action: str
    target: str
    before: JSON
    after: JSON
    prev_hash: str
    hash: str

    def claim_changes(self) -> list[tuple[str, ClaimSnapshot | None, ClaimSnapshot | None]]:
        """(claim id, before, after) for each claim the event changed, in the event's order (none for an
        ingestion)."""
        before = (self.before or {}).get("claims") or {}
        after = (self.after or {}).get("claims") or {}
        return [(claim_id, _snapshot(before.get(claim_id)), _snapshot(new)) for claim_id, new in after.items()]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _snapshot(snap: dict[str, Any] | None) -> ClaimSnapshot | None:
    return None if snap is None else ClaimSnapshot.from_json(snap)
