"""The app's work per key and per decision does not grow with the corpus: progress is kept up to date by each
decision (and always equals a recount), the summary renders only the rows and columns it shows, the inspector
formats only the source lines that fit."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.app.pilot import sync
from workbench.app import WorkbenchApp
from workbench.app.review import Review
from workbench.app.screens import SummaryScreen
from workbench.app.screens import names as names_screen
from workbench.app.widgets.inspector import Section, sources_content
from workbench.app.widgets.matrix_view import FIXED_COLUMNS, MatrixView
from workbench.app.widgets.name_list import LINES_PER_GROUP, NameList
from workbench.model import Analysis
from workbench.output.queue import ReviewQueue
from workbench.output.summary import Matrix
from workbench.pipeline import analyze
from workbench.store import Progress, Store, StoreError


def recount(review: Review) -> Progress:
    """The progress counted afresh over every candidate and cluster in memory."""
    states = Counter(c.status for c in review.by_id.values())
    conflicts_open = sum(
        1
        for cluster in review.clusters.values()
        if cluster.status == "conflict"
        and any(review.by_id[m].status == "pending" for m in cluster.members if m in review.by_id)
    )
    return Progress(states["pending"], states["confirmed"], states["rejected"], conflicts_open)


@pytest.fixture(scope="module")
def seeds_file(seeds_analysis: Analysis) -> Iterator[Path]:
    """The demo corpus in a store file, copied by each example that decides on it."""
    folder = Path(tempfile.mkdtemp())
    with Store.open(folder / "seeds.sqlite", analyst="ann") as store:
        store.ingest(seeds_analysis)
    yield folder / "seeds.sqlite"
    shutil.rmtree(folder)


DECISIONS = st.lists(
    st.tuples(st.sampled_from(["confirm", "reject", "reset", "accept", "link", "undo"]), st.integers(0, 10**6)),
    min_size=1,
    max_size=12,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(decisions=DECISIONS)
def test_progress_after_every_decision_equals_a_recount(seeds_file, tmp_path, decisions):
    db = tmp_path / f"{abs(hash(tuple(decisions)))}.sqlite"
    shutil.copy(seeds_file, db)
    with Store.open(db, analyst="ann") as store:
        review = Review(store)
        matrix = review.matrix()
        for _ in range(len(matrix)):  # every row built before the decisions: each must be kept up to date
            matrix.row(_)
        clustered = sorted(cid for cid in review.by_id if review.cluster(cid) is not None)
        for action, pick in decisions:
            cid = clustered[pick % len(clustered)]
            cluster = review.cluster(cid)
            assert cluster is not None
            others = [m for m in cluster.members if review.by_id[m].article != review.by_id[cid].article][:2]
            calls = {
                "confirm": lambda cid=cid: store.confirm(cid),
                "reject": lambda cid=cid: store.reject(cid),
                "reset": lambda cid=cid: store.reset(cid),
                "accept": lambda cid=cid, cluster=cluster: (
                    store.accept(cluster.members) if cluster.derived else store.accept_cluster(cluster.id)
                ),
                "link": lambda cid=cid, others=others: store.link(cid, others),
            }
            try:
                if action == "undo":
                    review.undo()
                else:
                    review.decide(calls[action], [cid, *cluster.members])
            except StoreError:  # e.g. a link to nothing, a reset of an undecided fact: nothing changed
                pass
            assert review.progress == recount(review)
            assert review.queue_progress() == ReviewQueue(review.by_id, review.cluster, review.reading_order).progress()
            assert review.progress.conflicts_open == store.progress().conflicts_open
            stored = {c.id: (c.status, c.claim_id) for c in store.candidates() if not c.stale}
            assert {cid: (c.status, c.claim_id) for cid, c in review.by_id.items()} == stored
            fresh = Matrix(review.articles, review.by_id, list(review.clusters.values()))
            assert [matrix.row(i)["counts"] for i in range(len(matrix))] == [
                fresh.row(i)["counts"] for i in range(len(fresh))
            ]


SYLLABLES = ["ka", "lo", "mi", "ra", "ve", "tu", "sa", "ne", "do", "ri"]


def _name(number: int, salt: int) -> str:
    """A made-up name word, one of a thousand."""
    return "".join(SYLLABLES[(number // 10**k * (7 if k == 0 else 1) + salt) % 10] for k in range(3)).capitalize()


@pytest.fixture(scope="module")
def wide_file() -> Iterator[Path]:
    """A store of 300 short articles, each naming people of its own: hundreds of rows and 300 article
    columns in the summary; and every article gives a figure and a quote, so two clusters of 300 mentions."""
    folder = Path(tempfile.mkdtemp())
    texts = folder / "texts"
    texts.mkdir()
    for i in range(300):
        (texts / f"a{i:03d}.txt").write_text(
            f"Storm hits the coast\n\n{_name(i, 1)} {_name(i, 2)}, the mayor of {_name(i, 3)}, said {1000 + i} "
            f'people were moved from Skarvik as Storm Halvard hit. "We are ready," said {_name(i, 4)} {_name(i, 5)}.\n',
            encoding="utf-8",
        )
    with Store.open(folder / "wide.sqlite", analyst="ann") as store:
        store.ingest(analyze([str(texts)]))
    yield folder / "wide.sqlite"
    shutil.rmtree(folder)


@sync
async def test_the_summary_renders_only_the_rows_and_columns_it_shows(wide_file, tmp_path, monkeypatch):
    rendered: list[int | None] = []
    cells: list[int] = []
    render_row, value = MatrixView._render_row, MatrixView._value

    def counting_row(view, position, *args):
        rendered.append(position)
        return render_row(view, position, *args)

    def counting_value(view, row, column):
        cells.append(column)
        return value(view, row, column)

    monkeypatch.setattr(MatrixView, "_render_row", counting_row)
    monkeypatch.setattr(MatrixView, "_value", counting_value)
    shutil.copy(wide_file, tmp_path / "wide.sqlite")
    with Store.open(tmp_path / "wide.sqlite", analyst="ann") as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.press("s")
            await pilot.pause()
            assert isinstance(app.screen, SummaryScreen)
            table = app.screen.table
            assert table.row_count > 300 and table.column_count == FIXED_COLUMNS + 300
            shown = table.scrollable_content_region
            rows = {p for p in rendered if p is not None}
            # the rows on screen (below the header), one more drawn before the scroll bar took a line
            assert set(range(shown.height - 1)) <= rows <= set(range(shown.height))
            columns = set(cells)
            assert len(columns) <= shown.width // 18 + 1  # an article column is 18 cells wide with its padding
            rendered.clear()
            await pilot.press("pagedown")
            await pilot.pause()
            assert 0 < len({p for p in rendered if p is not None}) < 2 * shown.height


def test_the_inspector_formats_only_the_source_lines_that_fit(wide_file, tmp_path):
    shutil.copy(wide_file, tmp_path / "wide.sqlite")
    with Store.open(tmp_path / "wide.sqlite", analyst="ann") as store:
        review = Review(store)
        big = max(review.clusters.values(), key=lambda cluster: len(cluster.members))
        assert len(big.members) >= 300
        everything, none_left = sources_content(review, big.members[0])
        content, left = sources_content(review, big.members[0], 10)
        assert none_left == 0 and left == len(everything.split("\n")) - len(content.split("\n")) > 250
        assert len(content.split("\n")) <= 10 + 3  # the heading, its origin line, a shared passage

        async def shown() -> str:
            app = WorkbenchApp(store)
            async with app.run_test(size=(160, 48)) as pilot:
                app.review_screen.goto_candidate(big.members[0])
                await pilot.pause()
                section = app.query_one("#inspector-sources", Section)
                return str(section.render())

        lines = asyncio.run(shown()).splitlines()
        assert lines[-1].startswith("… ") and lines[-1].endswith(" more lines")
        assert int(lines[-1].split()[1]) >= len(everything.split("\n")) - len(lines)


@pytest.fixture
def wide_store(wide_file: Path, tmp_path: Path) -> Iterator[Store]:
    """A copy of the wide store, opened."""
    shutil.copy(wide_file, tmp_path / "wide.sqlite")
    with Store.open(tmp_path / "wide.sqlite", analyst="ann") as store:
        yield store


@sync
async def test_the_names_view_makes_only_the_groups_it_shows(wide_store, monkeypatch):
    made: list[str] = []
    make = names_screen.group_lines
    monkeypatch.setattr(names_screen, "group_lines", lambda review, group: made.append(group.id) or make(review, group))
    app = WorkbenchApp(wide_store)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("N")
        await pilot.pause()
        assert len(app.screen._groups) > 300  # the 300 articles' own names
        shown = app.screen.query_one(NameList).scrollable_content_region.height // LINES_PER_GROUP
        assert 0 < len(set(made)) <= shown + 1
