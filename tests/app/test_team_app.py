"""Several analysts on one store in the app (issue 16): another's decision appears without a key press, a decision on
a view someone changed since is refused with the fresh state, and blind review hides the others' work."""

from __future__ import annotations

import asyncio

import pytest

from tests.app.pilot import header_text, sync
from tests.support.small_corpus import ALPHA_12
from workbench.app import WorkbenchApp
from workbench.app.screens import review as review_screen
from workbench.app.screens.prompt import PromptScreen
from workbench.store import Store


def claim_text(app: WorkbenchApp) -> str:
    """The inspector's claim section, its wrapped lines joined."""
    return " ".join(str(app.review_screen.query_one("#inspector-claim").render()).split())


async def until(pilot, done, seconds: float = 5.0) -> None:
    """Let the app run (its poll timer included) until `done()` holds, for at most `seconds`."""
    for _ in range(int(seconds / 0.05)):
        if done():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app never showed the change")


@sync
async def test_a_decision_in_one_app_appears_in_the_other_without_a_key(small):
    """Two apps, one store: ann's confirm shows in bob's panes, header and inspector; bob's reject then makes the
    claim disputed in ann's, with each analyst's decision side by side."""
    with Store.open(small.path, analyst="bob") as bob_store:
        ann, bob = WorkbenchApp(small), WorkbenchApp(bob_store)
        async with ann.run_test(size=(120, 36)) as ann_pilot, bob.run_test(size=(120, 36)) as bob_pilot:
            assert ann.review_screen.current == bob.review_screen.current == ALPHA_12
            await ann_pilot.press("c")
            await until(bob_pilot, lambda: bob.review_screen.review.by_id[ALPHA_12].status == "confirmed")
            await until(bob_pilot, lambda: "✓ confirmed" in claim_text(bob))
            assert "✓1" in header_text(bob, "alpha")
            await bob_pilot.press("r")
            await until(ann_pilot, lambda: ann.review_screen.review.by_id[ALPHA_12].status == "disputed")
            await until(ann_pilot, lambda: "ann ✓ confirmed · bob ✗ rejected" in claim_text(ann))
            assert "?1" in str(ann.review_screen.query_one("#progress").render())  # disputed, compact


@sync
async def test_a_decision_on_a_view_changed_since_is_refused_with_the_fresh_state(small, monkeypatch):
    monkeypatch.setattr(review_screen, "POLL_SECONDS", 60)  # no poll: ann's view stays the one she loaded
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 36)) as pilot:
        with Store.open(small.path, analyst="bob") as bob:
            bob.confirm(ALPHA_12)
        await pilot.press("r")
        await pilot.pause()
        assert any("bob changed this claim since your view" in n.message for n in app._notifications)
        assert small.claim_of(ALPHA_12).decisions.keys() == {"bob"}, "ann's reject was applied over bob's confirm"
        assert app.review_screen.review.by_id[ALPHA_12].status == "confirmed"  # the fresh state is shown
        await pilot.press("r")  # on the fresh view, her decision is taken
        assert small.claim_of(ALPHA_12).status == "disputed"


@pytest.mark.parametrize("blind", [True, False])
@sync
async def test_blind_review_shows_nothing_of_the_others_until_one_decides(small, blind):
    with Store.open(small.path, analyst="bob") as bob:
        bob.reject(ALPHA_12)
        bob.note(ALPHA_12, "bob thinks it is 14")
    app = WorkbenchApp(small, blind=blind)
    async with app.run_test(size=(120, 36)) as pilot:
        review = app.review_screen.review
        app.review_screen.goto_candidate(ALPHA_12)
        seen = (review.by_id[ALPHA_12].status, "bob" in claim_text(app), "14" in claim_text(app))
        assert seen == (("pending", False, False) if blind else ("rejected", True, True))
        await pilot.press("n")  # blind, the hidden note is not replaced unseen: decide first
        assert isinstance(app.screen, PromptScreen) is not blind
        if not blind:
            await pilot.press("escape")
        await pilot.press("c")
        await asyncio.sleep(0)
        assert review.by_id[ALPHA_12].status == "disputed"
        assert "bob thinks it is 14" in claim_text(app) and "bob ✗ rejected" in claim_text(app)
