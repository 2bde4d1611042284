"""The review queue's order and counts (workbench.output.queue) on hand-made records."""

from __future__ import annotations

from workbench.output.queue import RankProgress, ReviewQueue
from workbench.store.records import CandidateRecord, ClusterRecord


def _candidate(article: str, start: int, kind: str = "quantity", status: str = "pending") -> CandidateRecord:
    return CandidateRecord(
        id=f"{article}:{start}-{start + 2}:{kind}",
        article=article,
        start=start,
        end=start + 2,
        text="12",
        kind=kind,
        value=12,
        sentence=[0, 10],
        status=status,
    )


A1, A2, A3, A4 = (_candidate("a", s) for s in (0, 10, 20, 30))
B1, B2 = _candidate("b", 0), _candidate("b", 10)
NAME_A, NAME_B = _candidate("a", 40, "entity"), _candidate("b", 40, "entity")
CONFLICT = ClusterRecord("c1", "quantity", [A3.id, B2.id], ["a", "b"], "conflict")
SHARED = ClusterRecord("c2", "quantity", [A2.id, B1.id], ["a", "b"], "agree")
NAMES = ClusterRecord("name:X", "entity", [NAME_A.id, NAME_B.id], ["a", "b"], "agree", derived=True)


def _queue(*replaced: CandidateRecord) -> tuple[ReviewQueue, dict[str, CandidateRecord]]:
    candidates = {c.id: c for c in (A1, A2, A3, A4, B1, B2, NAME_A, NAME_B)}
    candidates.update({c.id: c for c in replaced})
    clusters = {m: cluster for cluster in (CONFLICT, SHARED, NAMES) for m in cluster.members}

    def order(cid: str) -> tuple[int, int]:
        return ord(candidates[cid].article), candidates[cid].start

    return ReviewQueue(candidates, clusters.get, order), candidates


def test_conflicts_come_first_then_shared_facts_then_single_source_never_names():
    queue, _ = _queue()
    stops = [queue.first()]
    while (following := queue.step(stops[-1], +1)) is not None:
        stops.append(following)
    assert stops == [A3.id, A2.id, A1.id, A4.id]  # one stop per fact: B1 and B2 are in A2's and A3's
    assert [queue.rank(cid) for cid in stops] == ["conflicts", "shared facts", "single-source", "single-source"]
    assert queue.step(A1.id, -1) == A2.id and queue.step(A3.id, -1) is None
    assert queue.rank(NAME_A.id) is None and queue.step(NAME_A.id, +1) == A3.id


def test_a_fact_is_done_when_none_of_its_mentions_is_pending_and_done_facts_are_skipped():
    queue, candidates = _queue()
    assert queue.progress() == [RankProgress("conflicts", 0, 1), RankProgress("shared facts", 0, 1),
                                RankProgress("single-source", 0, 2)]  # fmt: skip
    decided = {c.id: c for c in (_candidate("a", 20, status="confirmed"), _candidate("a", 0, status="rejected"))}
    for cid, new in decided.items():
        queue.count(candidates[cid], -1)
        candidates[cid] = new
        queue.count(new, +1)
    assert queue.progress()[0] == RankProgress("conflicts", 0, 1)  # B2 still pending
    assert queue.progress()[2] == RankProgress("single-source", 1, 2)
    assert queue.first() == B2.id  # the conflict's first pending mention
    assert queue.step(A2.id, +1) == A4.id  # A1 is done


def test_a_fact_s_place_in_its_rank():
    queue, _ = _queue()
    assert queue.place(B2.id) == ("conflicts", 1, 1) and queue.place(A2.id) == ("shared facts", 1, 1)
    assert queue.place(A4.id) == ("single-source", 2, 2) and queue.place(NAME_B.id) is None
