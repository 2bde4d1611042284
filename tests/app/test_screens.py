"""The review app's secondary screens, driven with Pilot in a small host app (no store needed)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.content import Content
from textual.widgets import Input, Label

from tests.app.screen_host import MARKUP, OPTIONS, SOURCE, UNSET, Host, drive
from workbench.app.commands import WorkbenchCommands
from workbench.app.filters import Filter
from workbench.app.screens import (
    ExportScreen,
    FilterScreen,
    HelpScreen,
    LinkScreen,
    PromptScreen,
    SummaryScreen,
)
from workbench.app.screens.checklist import CheckList
from workbench.app.screens.export import FORMATS, ExportChoice, format_for, with_format
from workbench.app.screens.help import group_rows
from workbench.app.screens.text import as_markup, literal
from workbench.display import one_line
from workbench.output.exports import FORMATS as EXPORT_FORMATS
from workbench.output.summary import Matrix, summary_rows
from workbench.store import ArticleRecord, CandidateRecord, ClusterRecord, Progress

# ---- literal text ----------------------------------------------------------------------------


def test_article_text_is_shown_literally_with_control_characters_made_visible():
    shown = literal(MARKUP)
    assert shown.spans == []
    assert shown.plain.startswith("[bold]not bold[/bold] [link=http://x]y[/link] [$accent]z[/] ")
    assert "\x1b" not in shown.plain and "\x07" not in shown.plain and "\t" not in shown.plain
    assert "␛[31mred␛[0m x␇" in shown.plain


def test_literal_fits_a_width_in_cells():
    assert literal("abcdef", width=4).plain == "abc…"
    assert literal("ab", width=4).plain == "ab  "
    assert literal("数字数字", width=5).cell_length == 5


@given(st.text())
def test_as_markup_parses_back_to_the_same_text(text):
    assert Content.from_markup(as_markup(text)).plain == one_line(text)


# ---- Filter ----------------------------------------------------------------------------------

QUOTE = CandidateRecord("q", "a", 0, 5, "“Go”", "quote", "go", [0, 9], status="pending")
DATE = CandidateRecord("d", "a", 9, 15, "Monday", "date", "2027-08-30", [0, 20], status="confirmed")
CONFLICT = ClusterRecord("K1", "quote", ["q"], ["a", "b"], "conflict")
AGREE = ClusterRecord("K2", "quote", ["q"], ["a", "b"], "agree")
WITHIN_ONE = ClusterRecord("K3", "quote", ["q"], ["a", "a"], "conflict")


def test_an_empty_filter_passes_everything():
    assert not Filter().active
    assert Filter().describe() == "everything"
    assert all(Filter().matches(c, k) for c in (QUOTE, DATE) for k in (None, CONFLICT, AGREE))


def test_filter_by_kind_and_state():
    assert Filter(kinds=frozenset({"quote"})).matches(QUOTE, None)
    assert not Filter(kinds=frozenset({"quote"})).matches(DATE, None)
    assert Filter(states=frozenset({"confirmed"})).matches(DATE, None)
    assert not Filter(states=frozenset({"confirmed"})).matches(QUOTE, None)


def test_every_kind_or_state_ticked_is_no_restriction():
    everything = Filter(
        kinds=frozenset({"quantity", "money", "percent", "date", "quote", "entity"}),
        states=frozenset({"pending", "confirmed", "rejected", "rated", "dismissed", "disputed"}),
    )
    assert everything == Filter() and not everything.active


def test_conflicts_only_and_single_source_only():
    conflicts = Filter(conflicts_only=True)
    assert conflicts.matches(QUOTE, CONFLICT)
    assert not conflicts.matches(QUOTE, AGREE) and not conflicts.matches(QUOTE, None)
    single = Filter(single_source_only=True)
    assert single.matches(QUOTE, None) and single.matches(QUOTE, WITHIN_ONE)
    assert not single.matches(QUOTE, AGREE)
    assert Filter(conflicts_only=True, single_source_only=True).matches(QUOTE, WITHIN_ONE)
    assert Filter(kinds=frozenset({"date", "quote"}), conflicts_only=True).describe() == "date, quote · conflicts only"


# ---- Help ------------------------------------------------------------------------------------

KEYS = [
    ("j", "Next candidate", "Move"),
    ("k", "Previous candidate", "Move"),
    ("c", "Confirm", "Decide"),
    ("?", "Help", ""),
]


def test_help_groups_rows_in_the_order_given():
    assert group_rows(KEYS) == {
        "Move": [("j", "Next candidate"), ("k", "Previous candidate")],
        "Decide": [("c", "Confirm")],
        "Keys": [("?", "Help")],
    }


def test_help_lists_every_key_and_closes_with_question_mark():
    def check(app):
        shown = "\n".join(str(static.render()) for static in app.screen.query(".help-group"))
        for key, description, *_ in KEYS:
            assert key in shown and description in shown

    assert drive(HelpScreen(KEYS), then=check).result is UNSET
    assert drive(HelpScreen(KEYS), "question_mark").result is None
    assert drive(HelpScreen(KEYS), "escape").result is None


# ---- Prompt ----------------------------------------------------------------------------------


def test_prompt_returns_the_edited_text():
    app = drive(PromptScreen("Edit value", "14"), "end", "backspace", "5", "enter")
    assert app.result == "15"


def test_prompt_escape_returns_none_and_its_title_is_literal():
    title = PromptScreen(MARKUP).dialog_title
    assert title.plain == one_line(MARKUP)[:69] + "…" and not title.spans
    assert drive(PromptScreen("Note", "keep"), "x", "escape").result is None


# ---- Link ------------------------------------------------------------------------------------


def test_link_returns_the_suggested_cluster_when_enter_is_pressed_at_once():
    assert drive(LinkScreen(SOURCE, OPTIONS), "enter").result == ["b:5-14:quantity", "c:8-17:quantity"]


def test_link_space_ticks_and_unticks_the_highlighted_mention():
    app = drive(LinkScreen(SOURCE, OPTIONS), "down", "space", "down", "down", "space", "enter")
    assert app.result == ["c:8-17:quantity", "d:2-9:quantity"]


def test_link_typing_filters_and_keeps_hidden_ticks():
    def check(app):
        options = app.screen.query_one(CheckList)
        assert options.option_count == 1
        assert "Gamma" in str(options.get_option_at_index(0).prompt)
        assert "1 of 3 shown · 2 ticked" in str(app.screen.query_one("#link-status", Label).render())

    app = drive(LinkScreen(SOURCE, OPTIONS), "g", "a", "m", then=check)
    assert app.result is UNSET
    # untick Gamma while filtered (tab back to the list), clear the filter, return: Beta stays ticked though hidden
    keys = ("g", "a", "m", "tab", "space", "backspace", "backspace", "backspace", "enter")
    app = drive(LinkScreen(SOURCE, OPTIONS), *keys)
    assert app.result == ["b:5-14:quantity"]


def test_link_shows_markup_in_a_mention_literally_and_escape_cancels():
    def check(app):
        prompt = app.screen.query_one(CheckList).get_option_at_index(2).prompt
        assert "[bold]not bold[/bold]" in prompt.plain

    assert drive(LinkScreen(SOURCE, OPTIONS), then=check).result is UNSET
    assert drive(LinkScreen(SOURCE, OPTIONS), "down", "space", "escape").result is None


def test_link_with_no_options_says_so_and_returns_an_empty_list():
    def check(app):
        assert "No likely mention" in str(app.screen.query_one("#link-status", Label).render())

    assert drive(LinkScreen(SOURCE, []), then=check).result is UNSET
    assert drive(LinkScreen(SOURCE, []), "enter").result == []


# ---- Summary ---------------------------------------------------------------------------------

PROGRESS = Progress(pending=5, confirmed=1, rejected=2, conflicts_open=1)  # what the app passes
ARTICLES = [ArticleRecord("a", "a.txt", "Alpha", "", ""), ArticleRecord("b", "b.txt", MARKUP, "", "")]
CANDIDATES = [
    CandidateRecord("a:1-3:quantity", "a", 1, 3, "14", "quantity", 14, [0, 9], status="pending"),
    CandidateRecord("b:4-6:quantity", "b", 4, 6, "16", "quantity", 16, [0, 20], status="confirmed"),
    CandidateRecord("b:9-12:date", "b", 9, 12, "Monday", "date", "2027-08-30", [0, 20], status="pending"),
]
CLUSTERS = [ClusterRecord("K1", "quantity", ["a:1-3:quantity", "b:4-6:quantity"], ["a", "b"], "conflict")]


def matrix(articles, candidates, clusters) -> Matrix:
    return Matrix(articles, {c.id: c for c in candidates}, clusters)


def summary() -> SummaryScreen:
    return SummaryScreen(matrix(ARTICLES, CANDIDATES, CLUSTERS), PROGRESS)


def test_summary_shows_a_row_per_fact_and_a_column_per_article():
    def check(app):
        table = app.screen.table
        assert table.row_count == 2 and table.column_count == 5 + len(ARTICLES)
        assert "2 facts · 5 pending · 1 confirmed · 2 rejected · 1 conflict open" in str(
            app.screen.query_one("#summary-header", Label).render()
        )

    assert drive(summary(), then=check).result is UNSET


def test_summary_enter_jumps_to_the_mention_in_the_chosen_article():
    # the cursor starts on the first row's first cell: the fact's first mention
    assert drive(summary(), "enter").result == "a:1-3:quantity"
    # six cells right is article b's column
    assert drive(summary(), *["right"] * 6, "enter").result == "b:4-6:quantity"
    # a single-source fact has no mention in a: jump to its only mention
    assert drive(summary(), "down", *["right"] * 5, "enter").result == "b:9-12:date"


def test_summary_spells_out_the_cell_under_the_cursor():
    def check(app):
        shown = app.screen.query_one("#summary-cell", Label).render().plain
        assert shown == f"2 b {one_line(MARKUP)}: 16"

    drive(summary(), *["right"] * 6, then=check)


def test_summary_sorts_by_independent_sources_and_back():
    wire = [replace(ARTICLES[0], family="a"), replace(ARTICLES[1], family="a")]  # b copies a: one source
    articles = [*wire, ArticleRecord("c", "c.txt", "Gamma", "", "")]
    candidates = [*CANDIDATES, replace(CANDIDATES[2], id="c:9-12:date", article="c")]
    clusters = [*CLUSTERS, ClusterRecord("K2", "date", ["b:9-12:date", "c:9-12:date"], ["b", "c"], "agree")]
    rows = summary_rows(articles, candidates, clusters)
    assert [(row["id"], row["independent"]) for row in rows] == [("K1", 1), ("K2", 2)]

    def first_row_has(independent: str):
        def check(app):  # the first row's rendered line: group mark, review mark, kind, independent sources, …
            assert app.screen.table.render_line(1).text.split()[3] == independent

        return check

    drive(SummaryScreen(matrix(articles, candidates, clusters), PROGRESS), "i", then=first_row_has("2"))
    drive(SummaryScreen(matrix(articles, candidates, clusters), PROGRESS), "i", "i", then=first_row_has("1"))


def test_summary_closes_with_escape_or_s():
    assert drive(summary(), "escape").result is None
    assert drive(summary(), "s").result is None


def test_summary_can_show_the_store_progress():
    screen = SummaryScreen(matrix(ARTICLES, [], []), Progress(pending=0, confirmed=7, rejected=1, conflicts_open=0))

    def check(app):
        assert "0 facts · 0 pending · 7 confirmed" in str(app.screen.query_one("#summary-header", Label).render())

    drive(screen, then=check)


# ---- Export ----------------------------------------------------------------------------------


def test_export_offers_the_export_modules_formats_and_the_report():
    assert list(FORMATS) == [*EXPORT_FORMATS, "report", "report-md"]


def test_export_format_follows_the_extension_and_changes_it():
    assert format_for("out/claims.jsonl") == "jsonl" and format_for("claims") == "csv"
    assert with_format("claims.csv", "claimreview") == "claims.jsonld"
    assert with_format("claims", "json") == "claims"


def test_export_returns_the_format_and_path(tmp_path: Path, monkeypatch):
    store = str(tmp_path / "review.sqlite")
    default = str(tmp_path / "claims.csv")
    assert drive(ExportScreen(default, store), "enter").result == ExportChoice("csv", default, "confirmed", bom=True)
    assert drive(ExportScreen(default, store), "down", "enter").result == ExportChoice(
        "json", str(tmp_path / "claims.json")
    )
    monkeypatch.setenv("HOME", str(tmp_path))
    assert drive(ExportScreen("~/claims.csv", store), "enter").result == ExportChoice("csv", default)


def test_export_chooses_the_claims_the_byte_order_mark_and_offers_the_report(tmp_path: Path):
    store = str(tmp_path / "review.sqlite")
    default = str(tmp_path / "claims.csv")
    # tab: the path, then the claims (down twice: all rated), then the byte order mark (space: off)
    chosen = drive(ExportScreen(default, store), "tab", "tab", "down", "down", "tab", "space", "enter").result
    assert chosen == ExportChoice("csv", default, "rated", bom=False)
    assert drive(ExportScreen(default, store), "tab", "tab", "down", "enter").result.status == "rejected"
    report = drive(ExportScreen(default, store), *["down"] * 4, "enter").result
    assert (report.fmt, report.path, report.is_report) == ("report", str(tmp_path / "claims.html"), True)

    def greyed(app):
        assert app.screen.query_one("#export-claims").disabled and app.screen.query_one("#export-bom").disabled

    drive(ExportScreen(str(tmp_path / "report.md"), store), then=greyed)


@pytest.mark.parametrize(("path", "problem"), [("nope/claims.csv", "no folder"), ("review.sqlite", "the review store")])
def test_export_refuses_a_missing_folder_or_the_store(tmp_path: Path, path: str, problem: str):
    def check(app):
        status = app.screen.query_one("#export-status", Label)
        assert problem in str(status.render()) and status.has_class("error")
        assert isinstance(app.focused, Input)

    app = drive(ExportScreen(str(tmp_path / path), str(tmp_path / "review.sqlite")), "enter", then=check)
    assert app.result is UNSET
    assert drive(ExportScreen(str(tmp_path / "c.csv"), str(tmp_path / "review.sqlite")), "escape").result is None


# ---- Filter screen ---------------------------------------------------------------------------


def test_filter_screen_starts_from_the_current_filter():
    current = Filter(kinds=frozenset({"quote"}), conflicts_only=True)
    assert drive(FilterScreen(current), "enter").result == current


def test_filter_screen_ticks_across_groups():
    # quantity is highlighted first; tab to states, down to confirmed; tab to clusters, down to one source
    app = drive(FilterScreen(Filter()), "space", "tab", "down", "space", "tab", "down", "space", "enter")
    assert app.result == Filter(kinds=frozenset({"quantity"}), states=frozenset({"confirmed"}), single_source_only=True)


def test_filter_screen_backspace_shows_everything_and_escape_cancels():
    current = Filter(kinds=frozenset({"quote"}), states=frozenset({"pending"}), conflicts_only=True)
    assert drive(FilterScreen(current), "backspace", "enter").result == Filter()
    assert drive(FilterScreen(current), "escape").result is None


# ---- Command palette -------------------------------------------------------------------------


def test_palette_offers_every_enabled_action_with_its_key_and_each_article():
    async def check(app):
        provider = WorkbenchCommands(app.screen)
        hits = [hit async for hit in provider.discover()]
        texts = [hit.text for hit in hits]
        assert "Confirm candidate" not in texts  # disabled by check_action
        assert "Reject candidate" in texts and "Summary" in texts
        assert texts[-2:] == ["Go to article: Dam gives way", f"Go to article: {one_line(MARKUP)}"]
        assert str(hits[-1].prompt) == f"Go to article: {one_line(MARKUP)}"  # literal, not markup
        found = [hit async for hit in provider.search("dam gives")]
        assert found[0].text == "Go to article: Dam gives way"
        found[0].command()
        assert app.ran == [("goto_article", "a1")]

    async def run():
        app = Host(disabled={"confirm"})
        async with app.run_test() as pilot:
            await pilot.pause()
            await check(app)

    asyncio.run(run())


def test_palette_runs_an_action_by_name():
    async def run():
        app = Host()
        async with app.run_test() as pilot:
            await pilot.press("ctrl+p")
            await pilot.press(*"reject cand")
            await pilot.pause(0.3)
            await pilot.press("enter")
            await pilot.pause()
            assert ("reject",) in app.ran

    asyncio.run(run())


def test_palette_goes_to_an_article_in_the_workbench(seeds_app):
    async def run():
        async with seeds_app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+p", *"article birqat")
            await pilot.pause(0.3)
            await pilot.press("enter")
            await pilot.pause()
            assert seeds_app.review_screen.focus_index == 4
            assert seeds_app.review_screen.current.startswith("05_river_voice:")

    asyncio.run(run())


def test_palette_shows_the_keys_of_the_users_keymap(seeds_app):
    async def run():
        async with seeds_app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            seeds_app.set_keymap({"workbench.confirm": "y"})
            provider = WorkbenchCommands(seeds_app.screen)
            helps = {hit.text: hit.help async for hit in provider.discover()}
            assert helps["Confirm candidate"] == "y · Mark the selected candidate confirmed"
            assert helps["Reject candidate"] == "r · Mark the selected candidate rejected"

    asyncio.run(run())
