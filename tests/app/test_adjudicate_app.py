"""Adjudication in the app (`open --adjudicate`, issue 16 item 5): it opens on the disputed claims, the queue walks
only them, `A` shows each analyst's decision, note and evidence side by side, a verdict settles the claim (an
audited decision naming what it settled) and goes on to the next disputed one; undo makes it disputed again."""

from __future__ import annotations

import pytest

from tests.app.pilot import sync
from tests.support.small_corpus import ALPHA_12, ALPHA_14, BETA_12, GAMMA_15
from workbench.app import WorkbenchApp
from workbench.app.screens.adjudicate import AdjudicateScreen
from workbench.store import AnalystDecision, Store


@pytest.fixture
def carol(small):
    """ALPHA_12 and GAMMA_15 disputed between ann and bob (bob's note on ALPHA_12), ALPHA_14 confirmed by both,
    BETA_12 pending; carol adjudicates."""
    small.confirm(ALPHA_12)
    small.reject(GAMMA_15)
    small.confirm(ALPHA_14)
    with Store.open(small.path, analyst="bob") as bob:
        bob.reject(ALPHA_12)
        bob.note(ALPHA_12, "the mayor counts 14")
        bob.confirm(GAMMA_15)
        bob.confirm(ALPHA_14)
    with Store.open(small.path, analyst="carol") as store:
        yield store


def columns(screen: AdjudicateScreen) -> list[str]:
    return [" ".join(str(column.render()).split()) for column in screen.query(".position")]


@sync
async def test_the_adjudicator_settles_the_disputed_claims_one_after_the_other(carol):
    app = WorkbenchApp(carol, adjudicate=True)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.review_screen
        review = screen.review
        assert screen.current == ALPHA_12 and review.filter.states == {"disputed"}
        assert not review.visible(ALPHA_14) and not review.visible(BETA_12)
        await pilot.press("right_square_bracket")
        assert screen.current == GAMMA_15  # the queue walks the disputed claims only
        await pilot.press("left_square_bracket")
        assert screen.current == ALPHA_12
        await pilot.press("A")
        assert isinstance(app.screen, AdjudicateScreen)
        ann, bob = columns(app.screen)
        assert ann.startswith("ann ✓ confirmed") and bob.startswith("bob ✗ rejected")
        assert "the mayor counts 14" in bob and "the mayor counts 14" not in ann
        await pilot.press("r")  # settle it: rejected
        assert not isinstance(app.screen, AdjudicateScreen)
        settled = carol.claim_of(ALPHA_12)
        assert (settled.status, settled.settlement.adjudicator) == ("rejected", "carol")
        assert settled.decisions == {"ann": AnalystDecision("confirmed"), "bob": AnalystDecision("rejected")}
        event = carol.events()[-1]
        assert (event.analyst, event.action) == ("carol", "settle")
        assert event.after["claims"][str(settled.id)]["settlement"]["settled"].keys() == {"ann", "bob"}
        assert screen.current == GAMMA_15  # on to the next disputed claim
        await pilot.press("c")  # a verdict key on the review screen settles too
        assert carol.claim_of(GAMMA_15).settlement.status == "confirmed"
        assert carol.progress().disputed == 0
        assert screen.current == GAMMA_15 and not review.filter.active  # none left: every claim shown again
        assert "carol" not in carol.claim_of(GAMMA_15).decisions  # a settlement is no decision of hers
        await pilot.press("u")
        assert carol.claim_of(GAMMA_15).status == "disputed" and carol.claim_of(GAMMA_15).settlement is None
        assert carol.verify().ok


@sync
async def test_without_adjudicate_a_verdict_is_ones_own_decision_and_A_is_off(carol):
    app = WorkbenchApp(carol)
    async with app.run_test(size=(120, 36)) as pilot:
        app.review_screen.goto_candidate(ALPHA_12)
        await pilot.press("A")
        assert not isinstance(app.screen, AdjudicateScreen)
        await pilot.press("c")
        claim = carol.claim_of(ALPHA_12)
        assert claim.settlement is None and claim.decisions["carol"] == AnalystDecision("confirmed")
        assert claim.status == "disputed"
