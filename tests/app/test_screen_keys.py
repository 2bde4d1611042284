"""The screens' keys and what they say: vi keys in the summary and help, a remembered summary order, a filter
reset that applies, spaces in the link filter, the palette and summary keys in help; and boilerplate readable in
light and dark themes, singular counts, the export notification's absolute path."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.widgets import Input

from tests.app.pilot import shown, sync, toasts
from tests.app.screen_host import OPTIONS, SOURCE, drive
from workbench.app import WorkbenchApp
from workbench.app.filters import Filter
from workbench.app.screens import FilterScreen, HelpScreen, LinkScreen, SummaryScreen
from workbench.app.screens.checklist import CheckList
from workbench.app.screens.export import ExportChoice
from workbench.app.widgets.inspector import compact_claim
from workbench.app.widgets.progress_header import header_line
from workbench.app.widgets.text_layout import line_of
from workbench.store import ClaimRecord, Progress, Store


@sync
async def test_summary_moves_with_j_k_g_and_shift_g(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("s")
        table = app.screen.table
        assert table.row_count > 2
        await pilot.press("j", "j")
        assert table.cursor[0] == 2
        await pilot.press("k")
        assert table.cursor[0] == 1
        await pilot.press("G")
        assert table.cursor[0] == table.row_count - 1
        await pilot.press("g")
        assert table.cursor[0] == 0


@sync
async def test_the_summary_keeps_its_order_and_its_footer_says_what_i_does(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("s")
        assert app.screen.active_bindings["i"].binding.description == "Sort by independent sources"
        await pilot.press("i")
        assert app.screen.active_bindings["i"].binding.description == "Conflicts first"
        order = list(app.screen.table.order)
        await pilot.press("escape", "s")
        assert isinstance(app.screen, SummaryScreen) and app.screen.by_independent
        assert app.screen.table.order == order
        assert app.screen.active_bindings["i"].binding.description == "Conflicts first"


@sync
async def test_help_scrolls_with_j_and_k_and_lists_the_palette_and_summary_keys(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown_text = "\n".join(str(static.render()) for static in app.screen.query(".help-group"))
        for wanted in ("^p", "Command palette", "Summary", "Sort by independent sources", "Back to the review"):
            assert wanted in shown_text
        scroll = app.screen.query_one("#help-scroll")
        assert scroll.max_scroll_y > 0
        await pilot.press("j", "j")
        assert scroll.scroll_y == 2
        await pilot.press("k")
        assert scroll.scroll_y == 1


@sync
async def test_show_all_clears_the_filter_and_closes_the_dialog(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("f", "space", "enter")  # only quantities
        assert app.review_screen.review.filter == Filter(kinds=frozenset({"quantity"}))
        await pilot.press("f", "backspace")
        assert not isinstance(app.screen, FilterScreen)
        assert app.review_screen.review.filter == Filter()


def test_link_filter_takes_spaces_and_the_list_ticks_with_space():
    def check(app):
        screen = app.screen
        assert screen.query_one(Input).value == "16 people"
        options = screen.query_one(CheckList)
        assert options.option_count == 1 and "Gamma" in str(options.get_option_at_index(0).prompt)

    drive(LinkScreen(SOURCE, OPTIONS), *"16", "space", *"people", then=check)

    def footer_offers_the_list(app):
        assert app.screen.active_bindings["down"].binding.description == "To the list"

    def footer_offers_tick(app):
        assert app.screen.active_bindings["space"].binding.description == "Tick"

    drive(LinkScreen(SOURCE, OPTIONS), then=footer_offers_the_list)
    drive(LinkScreen(SOURCE, OPTIONS), "down", then=footer_offers_tick)
    # space in the filter box is typed, not a tick; in the list it unticks Beta (pre-ticked)
    assert drive(LinkScreen(SOURCE, OPTIONS), "space", "enter").result == ["b:5-14:quantity", "c:8-17:quantity"]
    assert drive(LinkScreen(SOURCE, OPTIONS), "down", "space", "enter").result == ["c:8-17:quantity"]
    # typing in the list goes on in the filter box
    drive(LinkScreen(SOURCE, OPTIONS), "down", *"16", "space", *"people", then=check)


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def _contrast(a: Color, b: Color) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["textual-light", "textual-dark"])
@sync
async def test_boilerplate_reads_in_light_and_dark_themes(seeds_db, theme):
    with Store.open(seeds_db) as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=(160, 40)) as pilot:
            app.theme = theme
            await pilot.pause()
            view = next(view for view in shown(app).values() if view._boilerplate)
            start, end = view._boilerplate[0]
            strip = view.render_line(line_of(view._lines, view._starts, start) - round(view.scroll_y))
            boilerplate = view._text[start:end].split()[0]
            style = next(segment.style for segment in strip if boilerplate in segment.text)
            foreground, background = Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor)
            if style.dim:  # a terminal draws dim text about halfway to the background
                foreground = foreground.blend(background, 0.5)
            assert _contrast(foreground, background) >= 3.0


def test_a_count_of_one_is_singular():
    claim = ClaimRecord(1, "quantity", "1", 1, "confirmed", "", None, None, ["a:1-3:quantity"], False)
    assert "1 mention" in str(compact_claim(claim, 1)) and "mentions" not in str(compact_claim(claim, 1))
    progress = Progress(pending=1, confirmed=0, rejected=0, conflicts_open=1)
    header = str(header_line(1, progress, [], None, None, compact=False))
    assert "1 article " in header + " " and "1 articles" not in header and "≠1 conflict open" in header
    assert "2 articles" in str(header_line(2, progress, [], None, None, compact=False))


@sync
async def test_the_export_notification_names_the_absolute_path(small, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        app.review_screen._export(ExportChoice("csv", "claims.csv"))
        await pilot.pause()
        assert any(str(tmp_path / "claims.csv") in text for text in toasts(app))
