"""The review queue: the facts that matter first, across all articles.

Open conflicts, then facts several outlets state, then single-source figures, dates and quotes; names are
reviewed apart (as name groups) and are never in it. A fact is an alignment cluster, or a mention no cluster
holds. The order is made once; what is still pending is counted as candidates come and go (`count`), so the
progress and each step cost no recount of the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

from workbench.store.records import CandidateRecord, ClusterRecord

RANKS: tuple[str, ...] = ("conflicts", "shared facts", "single-source")
CONFLICT, SHARED, SINGLE = range(len(RANKS))
OUT_OF_QUEUE = frozenset({"entity"})  # names: their own view (name groups)


class RankProgress(NamedTuple):
    """One rank of the queue: its name, how many of its facts are done (no mention pending), how many in all."""

    rank: str
    done: int
    total: int


def rank_of(cluster: ClusterRecord | None) -> int:
    """A fact's rank: an open conflict, a fact several articles state, or a single-source one."""
    if cluster is None:
        return SINGLE
    if cluster.status == "conflict":
        return CONFLICT
    return SHARED if len(set(cluster.articles)) > 1 else SINGLE


class ReviewQueue:
    """The queue over a review's candidates and clusters, in rank then reading order.

    `candidates` are those in memory (by id), `cluster_of` gives a candidate's cluster, `reading_order` a
    candidate's sort key. Each candidate is counted in with `count(candidate, +1)` and out with -1."""

    def __init__(
        self,
        candidates: Mapping[str, CandidateRecord],
        cluster_of: Callable[[str], ClusterRecord | None],
        reading_order: Callable[[str], tuple[int, int]],
    ) -> None:
        self._cluster_of = cluster_of
        self._reading_order = reading_order
        members: dict[str, list[str]] = {}
        ranks: dict[str, int] = {}
        for cid, candidate in candidates.items():
            if candidate.kind in OUT_OF_QUEUE:
                continue
            cluster = cluster_of(cid)
            fact = cid if cluster is None else cluster.id
            members.setdefault(fact, []).append(cid)
            ranks[fact] = rank_of(cluster)
        for found in members.values():
            found.sort(key=reading_order)
        self._facts = sorted(members, key=lambda fact: (ranks[fact], reading_order(members[fact][0])))
        self._members = members
        self._rank = ranks
        self._position = {fact: i for i, fact in enumerate(self._facts)}
        self._pending: dict[str, int] = dict.fromkeys(self._facts, 0)
        self._open = [0] * len(RANKS)
        self._total = [0] * len(RANKS)
        for fact in self._facts:
            self._total[ranks[fact]] += 1
        self._rank_start = [sum(self._total[:r]) for r in range(len(RANKS))]
        self._candidates = candidates
        for candidate in candidates.values():
            self.count(candidate, +1)

    def fact_of(self, cid: str) -> str | None:
        """The queue's fact holding the candidate, None for one out of the queue (a name)."""
        cluster = self._cluster_of(cid)
        fact = cid if cluster is None else cluster.id
        return fact if fact in self._position else None

    def count(self, candidate: CandidateRecord, sign: int) -> None:
        """Count a candidate in (+1) or out (-1) of its fact's pending mentions."""
        if candidate.status != "pending" or candidate.kind in OUT_OF_QUEUE:
            return
        fact = self.fact_of(candidate.id)
        if fact is None:
            return
        before = self._pending[fact]
        self._pending[fact] = before + sign
        self._open[self._rank[fact]] += (before + sign > 0) - (before > 0)

    def progress(self) -> list[RankProgress]:
        """Done and total facts of each rank, highest first."""
        return [RankProgress(RANKS[r], self._total[r] - self._open[r], self._total[r]) for r in range(len(RANKS))]

    def rank(self, cid: str) -> str | None:
        """The name of the rank the candidate's fact has, None out of the queue."""
        fact = self.fact_of(cid)
        return None if fact is None else RANKS[self._rank[fact]]

    def place(self, cid: str) -> tuple[str, int, int] | None:
        """Where the candidate's fact stands in the queue: its rank's name, its place in that rank (from 1) and
        how many facts the rank holds; None out of the queue."""
        fact = self.fact_of(cid)
        if fact is None:
            return None
        rank = self._rank[fact]
        return RANKS[rank], self._position[fact] - self._rank_start[rank] + 1, self._total[rank]

    def first(self) -> str | None:
        """The first pending mention of the first fact with one pending, None when all are done."""
        return self.step(None, +1)

    def step(self, cid: str | None, step: int) -> str | None:
        """The first pending mention of the next (`step` +1) or previous (-1) fact with a pending mention, from
        the candidate's fact (from the start, or the end, for None or a name); None at either end."""
        fact = None if cid is None else self.fact_of(cid)
        index = self._position[fact] + step if fact is not None else 0 if step > 0 else len(self._facts) - 1
        while 0 <= index < len(self._facts):
            found = self._facts[index]
            if self._pending[found] > 0:
                return self._landing(found)
            index += step
        return None

    def _landing(self, fact: str) -> str:
        """The fact's first pending mention in reading order."""
        members = [m for m in self._members[fact] if m in self._candidates]
        return next((m for m in members if self._candidates[m].status == "pending"), members[0])
