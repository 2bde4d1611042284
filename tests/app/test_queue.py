"""The review queue in the app: the review starts on an open conflict, `]` visits every open conflict, then the
facts several outlets state, then single-source ones, never a name; `[` walks back; the header counts the
queue's facts done per rank, and a decision moves the count."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.app.pilot import header_text, sync
from workbench.app import WorkbenchApp
from workbench.app.widgets.progress_header import ProgressHeader
from workbench.output.queue import RANKS
from workbench.store import Store


@pytest.fixture
def app(seeds_db) -> Iterator[WorkbenchApp]:
    with Store.open(seeds_db, analyst="ann") as store:
        yield WorkbenchApp(store)


@sync
async def test_the_review_starts_on_a_conflict_and_brackets_walk_the_queue_in_rank_order(app):
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        screen, review = app.review_screen, app.review_screen.review
        assert review is not None and screen.current is not None
        assert review.in_conflict(screen.current)
        conflicts = review.progress.conflicts_open
        status = header_text(app, review.by_id[screen.current].article).splitlines()[-1]
        assert status.endswith(f"· ≠1/{conflicts}")  # the fact's place in the queue: the first conflict
        visited = [screen.current]
        for _ in range(len(review.by_id)):
            await pilot.press("right_square_bracket")
            if screen.current == visited[-1]:
                break  # the end of the queue: nothing pending further on
            visited.append(screen.current)
        ranks = [review.queue.rank(cid) for cid in visited]
        assert ranks == sorted(ranks, key=RANKS.index)  # conflicts, then shared facts, then single-source
        assert set(ranks) == set(RANKS)
        assert all(review.by_id[cid].kind != "entity" for cid in visited)
        conflicts = {review.cluster_of[cid] for cid in visited if review.in_conflict(cid)}
        open_conflicts = {c.id for c in review.clusters.values() if c.status == "conflict"}
        assert conflicts == open_conflicts and len(conflicts) == review.progress.conflicts_open
        clustered = {review.cluster_of.get(cid, cid) for cid in visited}
        assert len(clustered) == len(visited)  # one stop per fact
        single = [c for c in review.by_id.values() if c.kind != "entity" and review.cluster(c.id) is None]
        assert {c.id for c in single} <= set(visited)
        await pilot.press("left_square_bracket")
        assert screen.current == visited[-2]


@sync
async def test_the_header_counts_the_facts_done_per_rank_and_a_decision_moves_it(app):
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        conflicts = app.review_screen.review.progress.conflicts_open
        review = app.review_screen.review
        line = str(app.query_one(ProgressHeader).render())
        assert f"conflicts 0/{conflicts}" in line and "shared facts 0/" in line and "single-source 0/" in line
        cluster = review.cluster(app.review_screen.current)
        for member in cluster.members:  # decide every mention of the first conflict
            app.review_screen.goto_candidate(member)
            await pilot.press("r")
        await pilot.pause()
        assert f"conflicts 1/{conflicts}" in str(app.query_one(ProgressHeader).render())
        await pilot.press("u")
        await pilot.pause()
        assert f"conflicts 0/{conflicts}" in str(app.query_one(ProgressHeader).render())
