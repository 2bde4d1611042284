"""The review screen's adjudication (issue 16 item 5, `open --adjudicate`): the screen opens on the disputed claims,
a verdict on a disputed or settled claim settles it (Store.settle) and moves on to the next disputed claim, and
`A` shows each analyst's position side by side (screens/adjudicate.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from workbench.app.filters import Filter
from workbench.app.screens.adjudicate import AdjudicateScreen, Verdict
from workbench.store import StoreError

if TYPE_CHECKING:
    from workbench.app.screens.review import ReviewScreen

DISPUTED = Filter(states=frozenset({"disputed"}))


class Adjudicator:
    """The adjudication of one review screen."""

    def __init__(self, screen: ReviewScreen) -> None:
        self.screen = screen

    def start(self) -> None:
        """Show the disputed claims only, on the first of them (the filter is not kept for the next opening)."""
        screen = self.screen
        review = screen.review_now
        review.filter = DISPUTED
        first = review.queue_step(None, +1)
        if first is None:
            screen.say("No claim is disputed: nothing to adjudicate.", title="Adjudication")
        else:
            screen.place(first)

    def verdict(self, cid: str, status: str, rating: str | None, own: Callable[[], Any]) -> None:
        """Settle the candidate's claim when adjudicating a disputed or settled one, else decide it as one's own
        (`own`, the store call)."""
        screen = self.screen
        try:
            settles = screen.review_now.settles(cid)
        except StoreError as error:
            screen.say(str(error), title="Not saved", severity="error")
            return
        if settles:
            self._settle(cid, (status, rating))
        else:
            screen.decide(own, [cid])

    def show(self) -> None:
        """Each analyst's position on the selected claim side by side; a verdict key there settles it."""
        screen = self.screen
        if not (cid := screen.selected_or_say()):
            return
        try:
            claim, positions = screen.review_now.positions(cid)
        except StoreError as error:
            screen.say(str(error), title="Not read", severity="error")
            return
        if claim is None or (claim.status != "disputed" and claim.settlement is None):
            screen.say("This claim is not disputed: there is nothing to settle.")
            return

        def chosen(verdict: Verdict | None) -> None:
            if verdict is not None:
                self._settle(cid, verdict)

        screen.app.push_screen(AdjudicateScreen(claim, positions, screen.review_now.settings.scale), chosen)

    def _settle(self, cid: str, verdict: Verdict) -> None:
        """Settle the claim, say so, and go on to the next disputed claim."""
        screen = self.screen
        status, rating = verdict
        if not screen.decide(lambda: screen.store.settle(cid, status, rating), [cid]):
            return
        following = screen.review_now.queue_step(cid, +1) or screen.review_now.queue_step(None, +1)
        settled = status if rating in (None, status) else f"{status} ({rating})"
        if following is None:  # the claim just settled, shown with every other (its filter put away)
            screen.say(f"Settled: {settled}. No disputed claim is left.", title="Adjudication")
            screen.goto_candidate(cid)
        else:
            screen.say(f"Settled: {settled}. On to the next disputed claim (u undoes).", title="Adjudication")
            screen.goto_candidate(following)
