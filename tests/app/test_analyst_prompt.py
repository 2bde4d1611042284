"""A visitor of `workbench serve` is asked their name before anything else (AnalystScreen), and reviews under
it: a blank name or one with control characters is refused, escape leaves, the decisions carry the name."""

from __future__ import annotations

from tests.app.pilot import first_pending, loaded, sync, toasts
from workbench.app import WorkbenchApp
from workbench.app.screens.analyst import MAX_NAME, AnalystScreen, name_problem


def test_a_name_is_refused_blank_with_control_characters_or_too_long():
    assert name_problem("Dora Voss") is None
    assert "needed" in (name_problem("") or "")
    assert "control" in (name_problem("dora\x1b[2J") or "")
    assert "at most" in (name_problem("d" * (MAX_NAME + 1)) or "")


@sync
async def test_the_visitor_names_themselves_first_and_decides_under_that_name(small):
    app = WorkbenchApp(small, ask_analyst=True)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, AnalystScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AnalystScreen) and any("a name is needed" in t for t in toasts(app))
        await pilot.press(*" dora ", "enter")
        await loaded(app, pilot)
        assert small.analyst == "dora" and any(t.endswith("as dora.") for t in toasts(app))
        first = first_pending(small, small.articles()[0].id)
        await pilot.press("c")
        await pilot.pause()
        assert small.claim_of(first).analyst == "dora"


@sync
async def test_escape_at_the_name_leaves_the_app(small):
    app = WorkbenchApp(small, ask_analyst=True)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not app.is_running
