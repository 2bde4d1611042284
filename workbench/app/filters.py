"""Which candidates the review shows: by kind, by review state, conflicts only, single-source only."""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.model import KINDS
from workbench.output.summary import STATES
from workbench.store.records import CandidateRecord, ClusterRecord


@dataclass(frozen=True)
class Filter:
    """A candidate filter; an empty `kinds` or `states` set places no restriction on that field."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    states: frozenset[str] = field(default_factory=frozenset)
    conflicts_only: bool = False
    single_source_only: bool = False

    def __post_init__(self) -> None:
        # All kinds (or all states) selected means the same as none: no restriction.
        for name, universe in (("kinds", KINDS), ("states", STATES)):
            chosen = frozenset(getattr(self, name))
            object.__setattr__(self, name, frozenset() if chosen >= set(universe) else chosen)

    @property
    def active(self) -> bool:
        """Whether the filter hides anything at all."""
        return bool(self.kinds or self.states or self.conflicts_only or self.single_source_only)

    def matches(self, candidate: CandidateRecord, cluster: ClusterRecord | None) -> bool:
        """Whether the candidate (with its cluster, None when it has none) passes the filter."""
        if self.kinds and candidate.kind not in self.kinds:
            return False
        if self.states and candidate.status not in self.states:
            return False
        if self.conflicts_only and (cluster is None or cluster.status != "conflict"):
            return False
        return not (self.single_source_only and cluster is not None and len(set(cluster.articles)) > 1)

    def describe(self) -> str:
        """A short plain-text description for a header, e.g. "quote, date · pending · conflicts"."""
        parts = [
            ", ".join(kind for kind in KINDS if kind in self.kinds),
            ", ".join(state for state in STATES if state in self.states),
            "conflicts only" if self.conflicts_only else "",
            "single-source only" if self.single_source_only else "",
        ]
        return " · ".join(part for part in parts if part) or "everything"
