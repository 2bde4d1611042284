"""Corrections by keyboard (issue 14 item 2): each one stored (checked by reopening the store), undone and
redone."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from textual.widgets import OptionList

from tests.app.pilot import sync, toasts
from tests.support.small_corpus import ALPHA_12, ALPHA_14, BETA_12, GAMMA_15, TEXTS, changed_texts, cid, make_analysis
from workbench.app import WorkbenchApp
from workbench.app.screens import LinkScreen
from workbench.app.screens.mark import MarkScreen
from workbench.app.screens.source import SourceScreen
from workbench.app.screens.stale import StaleScreen
from workbench.output.exports import export
from workbench.store import Store

QUOTE = cid("alpha", '"We are heartbroken,"')
DAMAGE = TEXTS["beta"].index("Damage was put")
MARKED = f"beta:{DAMAGE}-{DAMAGE + len('Damage was put')}:money"


def small_store(tmp_path: Path) -> Path:
    path = tmp_path / "small.sqlite"
    with Store.open(path, analyst="ann") as store:
        store.ingest(make_analysis())
    return path


@contextlib.asynccontextmanager
async def app_on(path: Path, selected: str | None = None) -> AsyncIterator[tuple[WorkbenchApp, Any]]:
    """The app over the store at `path` at 120x30 with notifications, with `selected` selected; the store is
    closed after."""
    with Store.open(path, analyst="ann") as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=(120, 30), notifications=True) as pilot:
            if selected:
                await select(app, pilot, selected)
            yield app, pilot


async def select(app: WorkbenchApp, pilot, cid_: str) -> None:
    app.review_screen.goto_candidate(cid_)
    await pilot.pause()


@sync
async def test_a_missed_fact_is_marked_by_keyboard_then_offered_in_another_articles_link_dialog(tmp_path):
    path = small_store(tmp_path)
    async with app_on(path) as (app, pilot):
        await pilot.press("tab")  # beta
        assert app.review_screen.review_now.article_ids[app.review_screen.focus_index] == "beta"
        app.review_screen.current = None  # start from the article's first word, not a fact
        await pilot.press("v")
        assert isinstance(app.screen, MarkScreen)
        for _ in TEXTS["beta"][:DAMAGE].split():
            await pilot.press("L")  # the start a word on, to "Damage"
        await pilot.press("l", "l")  # "Damage was put"
        await pilot.press("tab")  # quantity -> money
        assert app.review_screen.query_one("#panes").query("ArticleView")  # the panes stay under the bar
        await pilot.press("enter")
        await pilot.pause()
        assert app.review_screen.current == MARKED
        await select(app, pilot, cid("alpha", "$1.5 billion"))
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, LinkScreen)
        assert MARKED in [o["candidate_id"] for o in app.screen._options]
    with Store.open(path) as again:
        assert again.candidate(MARKED).text == "Damage was put" and again.verify().ok


@sync
async def test_a_span_is_extended_then_undone_and_redone(tmp_path):
    path = small_store(tmp_path)
    extended = ALPHA_12.replace("12-21", "12-26")
    async with app_on(path, ALPHA_12) as (app, pilot):
        await pilot.press("plus")
        await pilot.pause()
        assert app.review_screen.current == extended
        await pilot.press("u")
        await pilot.pause()
        assert ALPHA_12 in app.review_screen.review_now.by_id
        await pilot.press("U")
        await pilot.pause()
        assert extended in app.review_screen.review_now.by_id
    with Store.open(path) as again:
        assert again.candidate(extended).text == "12 people died"
        assert [e.action for e in again.events()[-3:]] == ["correct_span", "undo", "redo"]


@sync
async def test_a_speaker_is_corrected_from_the_dialog_and_the_export_carries_it(tmp_path):
    path = small_store(tmp_path)
    async with app_on(path, QUOTE) as (app, pilot):
        await pilot.press("c", "S")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        await pilot.press("ctrl+a", "ctrl+k", *"John Roe", "enter")
        await pilot.pause()
        assert app.review_screen.review_now.by_id[QUOTE].speaker == "John Roe"
    with Store.open(path) as again:
        assert json.loads(export(again, "json"))[0]["speaker"] == "John Roe"


@sync
async def test_a_mention_is_split_out_of_its_cluster_undone_and_redone(tmp_path):
    path = small_store(tmp_path)
    async with app_on(path, GAMMA_15) as (app, pilot):
        await pilot.press("X")
        await pilot.pause()
        assert app.review_screen.review_now.cluster(GAMMA_15) is None
        await pilot.press("u")
        await pilot.pause()
        assert app.review_screen.review_now.cluster(GAMMA_15) is not None
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert app.review_screen.review_now.cluster(GAMMA_15) is None
    with Store.open(path) as again:
        assert GAMMA_15 not in again.clusters()[0].members and BETA_12 in again.clusters()[0].members


@sync
async def test_a_reimport_leaves_a_stale_decision_the_app_announces_lists_and_re_attaches(tmp_path):
    path = small_store(tmp_path)
    with Store.open(path, analyst="ann") as store:
        store.confirm(ALPHA_14)
        store.set_speaker(ALPHA_14, "the mayor")
        store.ingest(make_analysis(changed_texts()))  # "The mayor said 14 people died." is gone
    new_12 = cid("alpha", "12 people", changed_texts())
    async with app_on(path) as (app, pilot):
        await pilot.pause()
        assert any("A re-import left 2 stale" in toast for toast in toasts(app))
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert isinstance(app.screen, StaleScreen)
        shown = app.screen.query_one(OptionList).get_option_at_index(0).prompt
        assert "The mayor said 14 people died." in str(shown) and "12 people" in str(shown)
        corrected = str(app.screen.query_one(OptionList).get_option_at_index(1).prompt)
        assert "“14 people” credited to the mayor — nothing left to apply it to" in corrected
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.query_one(OptionList).option_count == 1  # the correction is left
        await pilot.press("a")  # a correction is not re-attached
        assert app.screen.query_one(OptionList).option_count == 1
        await pilot.press("g")
        await pilot.pause()
        assert app.screen.query_one(OptionList).option_count == 0
        assert app.review_screen.review_now.by_id[new_12].status == "confirmed"
        await pilot.press("escape", "u", "u")  # the let-go, then the re-attachment
        await pilot.pause()
        assert app.review_screen.review_now.by_id[new_12].status == "pending"
        await pilot.press("ctrl+r")
        await pilot.pause()
    with Store.open(path) as again:
        assert again.stale_decisions() == [] and again.candidate(new_12).status == "confirmed"
        assert [e.action for e in again.events()[-5:]] == ["reattach", "let_go", "undo", "undo", "redo"]
        assert [c.target for c in again.stale_corrections()] == [ALPHA_14]  # its let-go still undone
