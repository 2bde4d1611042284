"""The names view (`N`): a name group confirmed or rejected at one key (a decision per mention, undone by `u`),
a spelling split off into a group of its own; each checked by reopening the store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import OptionList

from tests.app.pilot import sync
from workbench.app import WorkbenchApp
from workbench.app.review import Review
from workbench.app.screens.choice import ChoiceScreen
from workbench.app.screens.names import NamesScreen
from workbench.app.widgets.name_list import NameList
from workbench.store import Store


@pytest.fixture
def app(seeds_db: Path) -> Iterator[WorkbenchApp]:
    with Store.open(seeds_db, analyst="ann") as store:
        yield WorkbenchApp(store)


async def _open_names(app: WorkbenchApp, pilot, name: str) -> NamesScreen:
    """Open the names view and highlight the group called `name`."""
    await pilot.pause()
    await pilot.press("N")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, NamesScreen)
    titles = [group.title for group in screen._groups]
    screen.query_one(NameList).move_cursor(titles.index(name))
    await pilot.pause()
    return screen


@sync
async def test_a_name_group_is_confirmed_at_one_key_and_undone_mention_by_mention(app: WorkbenchApp, seeds_db: Path):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_names(app, pilot, "Orvano Dam")
        members = screen.group.members
        assert len(members) > 2
        await pilot.press("c")
        await pilot.pause()
        assert "✓8 ✗0 ·0" in screen.query_one(NameList).render_line(3).text  # the second group's first line
        await pilot.press("escape", "u")
        await pilot.pause()
    with Store.open(seeds_db) as reopened:
        states = [reopened.candidate(m).status for m in members]
        decisions = [e for e in reopened.events() if e.action in ("confirm", "undo")]
    assert states == ["confirmed"] * (len(members) - 1) + ["pending"]
    assert [e.action for e in decisions] == ["confirm"] * len(members) + ["undo"]


@sync
async def test_a_name_group_is_rejected_at_one_key(app: WorkbenchApp, seeds_db: Path):
    async with app.run_test(size=(80, 24)) as pilot:
        members = (await _open_names(app, pilot, "Jamiyat al-Sahil")).group.members
        await pilot.press("r")
        await pilot.pause()
    with Store.open(seeds_db) as reopened:
        assert {reopened.candidate(m).status for m in members} == {"rejected"}


@sync
async def test_a_spelling_is_split_off_into_its_own_group_and_kept_on_reopening(app: WorkbenchApp, seeds_db: Path):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_names(app, pilot, "Erik Marsk")
        assert dict(screen.group.spellings) == {"Erik Marsk": 4, "Marsk": 2}
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        app.screen.query_one(OptionList).highlighted = 1  # "Marsk ×2"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert dict(screen.group.spellings) == {"Erik Marsk": 4}  # the highlight stays on the group
    with Store.open(seeds_db) as reopened:
        assert reopened.name_splits() == {("Erik Marsk", "Marsk")}
        assert [e.action for e in reopened.events()][-1] == "split_name" and reopened.verify().ok
        groups = {g.title: g for g in Review(reopened).name_groups()}
    assert groups["Marsk"].split == "Marsk" and groups["Marsk"].name == "Erik Marsk"
    assert dict(groups["Marsk"].spellings) == {"Marsk": 2} and dict(groups["Erik Marsk"].spellings) == {"Erik Marsk": 4}
