"""What the panes and the inspector show: conflicting sources first, quotes in their own words, a name as one
fact across articles, a wire-copy fact's sources counted once, decisions marked in the gutter, a header that
fits 80 columns, search hit by hit."""

from __future__ import annotations

from tests.app.pilot import shown, sync
from tests.support.small_corpus import ALPHA_12, ALPHA_14, BETA_12, GAMMA_15, cid
from workbench.app import WorkbenchApp
from workbench.app.filters import Filter
from workbench.app.review import Review
from workbench.app.widgets.inspector import fact_content, sources_content
from workbench.app.widgets.progress_header import ProgressHeader
from workbench.store import Store


def test_the_sources_giving_another_value_come_first(small):
    lines = str(sources_content(Review(small), ALPHA_12)[0]).splitlines()
    assert [line[1] for line in lines[1:]] == ["≠", "≠", "=", "="]  # 14 and 15 before the two 12s
    assert lines[3].startswith("▶=")


def test_a_quote_is_shown_in_its_own_words(seeds_db):
    with Store.open(seeds_db) as store:
        review = Review(store)
        quote = next(c for c in review.by_id.values() if c.kind == "quote" and "missing" in c.text)
        shown_fact = str(fact_content(review, quote.id))
    assert "missing" in shown_fact and quote.key not in shown_fact  # not the folded "mising"
    assert "missing person" in quote.value  # the value is the wording as printed


def test_a_name_is_one_fact_across_the_articles_giving_it(seeds_db):
    with Store.open(seeds_db) as store:
        review = Review(store)
    dam = next(c.id for c in review.by_id.values() if c.kind == "entity" and c.value == "Orvano Dam")
    assert len(review.cluster(dam).articles) == len(review.articles) == 5
    assert {review.mention_in(dam, aid) is not None for aid in review.article_ids} == {True}
    review.filter = Filter(single_source_only=True)
    assert not review.visible(dam)


def _gutter_marks(view) -> str:
    return "".join(view.render_line(y).text[1] for y in range(view.line_count))


@sync
async def test_decisions_are_marked_in_the_gutter(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(160, 40)) as pilot:
        alpha = shown(app)["alpha"]
        assert "!" in _gutter_marks(alpha)  # the open 12/14 conflict
        app.review_screen.goto_candidate(cid("alpha", "$1.5 billion"))
        await pilot.press("c")
        app.review_screen.goto_candidate(ALPHA_12)
        await pilot.press("r")
        marks = _gutter_marks(alpha)
        assert "✓" in marks and "✗" in marks


@sync
async def test_the_header_fits_80_columns_with_the_search_status(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"people", "enter")
        line = str(app.query_one(ProgressHeader).render())
        assert "mentions" in line and "≠1 open" in line and line.rstrip().endswith("/people 1/4")


@sync
async def test_next_and_previous_search_hit(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("slash", *"people", "enter")
        assert app.review_screen.current == ALPHA_12
        await pilot.press("ctrl+n")
        assert app.review_screen.current == ALPHA_14
        await pilot.press("ctrl+n", "ctrl+n")
        assert app.review_screen.current == GAMMA_15
        await pilot.press("ctrl+n")  # wraps around
        assert app.review_screen.current == ALPHA_12
        await pilot.press("ctrl+b", "ctrl+b")
        assert app.review_screen.current == BETA_12


def test_a_wire_copy_fact_counts_its_sources_once_and_says_where_its_passage_runs(seeds_db):
    with Store.open(seeds_db) as store:
        review = Review(store)
        figure = next(c.id for c in review.by_id.values() if c.article == "02_meridian_wire" and c.text == "97%")
        shown_sources = str(sources_content(review, figure)[0])
    assert review.passage_of(figure).articles == ["02_meridian_wire", "04_northgate_post"]
    assert "3 articles, 2 independent" in shown_sources and "also in 04_northgate_post" in shown_sources


def test_the_summary_cells_read_as_written(seeds_db):
    with Store.open(seeds_db) as store:
        matrix = Review(store).matrix()
        cells = [value for index in range(len(matrix)) for value in matrix.row(index)["cells"].values()]
    assert "14 people" in cells and "14 person" not in cells


def test_a_name_rows_cells_keep_each_outlets_spelling(seeds_db):
    """The row names the canonical value and its spellings; each outlet's cell is that outlet's spelling."""
    with Store.open(seeds_db) as store:
        review = Review(store)
        matrix = review.matrix()
        rows = [matrix.row(index) for index in range(len(matrix))]
    spelled = [
        (row, {review.by_id[m].text for ids in row["members"].values() for m in ids})
        for row in rows
        if row["kind"] == "entity"
    ]
    row, spellings = next((row, s) for row, s in spelled if len(s) > 1)
    shown = {spelling for cell in row["cells"].values() for spelling in cell.split(" / ")}  # two mentions: "a / b"
    assert shown <= spellings and len(shown) > 1
