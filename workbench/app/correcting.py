"""The review screen's corrections (issue 14): mark a missed fact, grow or shrink a span, set who a fact comes
from, split a mention out of its cluster or move it to another's, redo. Each is one store correction; the
screen shows it once the store holds it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.content import Content

from workbench.app.screens.choice import ChoiceScreen
from workbench.app.screens.link import option_label
from workbench.app.screens.mark import MarkScreen
from workbench.app.screens.source import SourceScreen
from workbench.app.screens.stale import Stale, StaleScreen
from workbench.app.screens.text import literal, say
from workbench.app.selection import by_word, word_at
from workbench.store import Correction, StoreError

if TYPE_CHECKING:
    from workbench.app.screens.review import ReviewScreen

STALE_NOTICE_SECONDS = 20
"""How long the notice of stale decisions stays on opening: it is easily missed after a long load."""


class Corrector:
    """The correction actions of one review screen."""

    def __init__(self, screen: ReviewScreen) -> None:
        self.screen = screen

    def _correct(self, call: Callable[[], str], done: str) -> None:
        """Run one store correction; on success select the candidate it returns and say `done`."""
        screen = self.screen
        try:
            corrected = screen.review_now.correct(call)
        except StoreError as error:
            screen.say(str(error), title="Not corrected", severity="error")
            return
        screen.reviewed_anew(corrected)
        screen.say(done)

    def mark_fact(self) -> None:
        """Open the selection mode in the focused article, starting at the selected fact (else its first word)."""
        screen = self.screen
        review = screen.review_now
        article = review.articles[screen.focus_index]
        selected = review.by_id.get(screen.current or "")
        span = (selected.start, selected.end) if selected else word_at(article.text, 0)
        kind = selected.kind if selected else "quantity"

        def marked(choice: tuple[int, int, str] | None) -> None:
            if choice is not None:
                start, end, chosen = choice
                self._correct(
                    lambda: screen.store.mark_fact(article.id, start, end, chosen),
                    f"Marked “{article.text[start:end]}” as a {chosen}.",
                )

        screen.app.push_screen(MarkScreen(article.text, span, kind, screen.paint_selection), marked)

    def respan(self, step: int) -> None:
        """Extend (1) or shrink (-1) the selected fact's span by a word."""
        screen = self.screen
        if not (cid := screen.selected_or_say()):
            return
        c = screen.review_now.by_id[cid]
        text = screen.review_now.articles[screen.focus_index].text
        start, end = by_word(text, c.start, c.end, step)
        if (start, end) == (c.start, c.end):
            screen.say("The span cannot change that way.", severity="warning")
            return
        self._correct(lambda: screen.store.correct_span(cid, start, end), f"Span: “{text[start:end]}”.")

    def set_source(self) -> None:
        """Set who the selected fact comes from: a quote's speaker, any fact's attribution."""
        screen = self.screen
        if not (cid := screen.selected_or_say()):
            return
        c = screen.review_now.by_id[cid]
        current = c.speaker if c.kind == "quote" else c.attributed_to
        title = Content.assemble("Who says ", literal(c.text, "bold").truncate(40, ellipsis=True), "?")

        def chosen(name: str | None) -> None:
            if name is not None:
                self._correct(
                    lambda: screen.store.set_speaker(cid, name or None),
                    f"Credited to {name}." if name else "Credited to no one.",
                )

        screen.app.push_screen(SourceScreen(title, current, screen.review_now.names(c.article)), chosen)

    def split(self) -> None:
        """Take the selected mention out of its suggested cluster."""
        screen = self.screen
        if not (cid := screen.selected_or_say()):
            return
        cluster = screen.review_now.cluster(cid)
        if cluster is None or cluster.derived:
            screen.say("This mention is in no suggested cluster.", severity="warning")
            return
        self._correct(lambda: screen.store.split(cid), "Split out of its cluster.")

    def move(self) -> None:
        """Choose a mention of another article; the selected one joins its cluster."""
        screen = self.screen
        if not (cid := screen.selected_or_say()):
            return
        review = screen.review_now
        options = review.link_options(cid)
        if not options:
            screen.say("No mention of this kind in another article.", severity="warning")
            return
        answers = [(o["candidate_id"], option_label(o)) for o in options]
        title = Content.assemble("Move ", literal(review.by_id[cid].text, "bold").truncate(40, ellipsis=True))

        def chosen(beside: str | None) -> None:
            if beside is not None:
                self._correct(lambda: screen.store.move(cid, beside), "Moved into that mention's cluster.")

        screen.app.push_screen(ChoiceScreen(title, Content("Into the cluster of:"), answers), chosen)

    def stale(self) -> None:
        """List the decisions and corrections a re-import left stale, to re-attach or let go."""
        screen = self.screen
        try:
            records = self._stale()
        except StoreError as error:
            screen.say(str(error), title="Not read", severity="error")
            return

        def decide(action: str, record: Stale) -> list[Stale] | None:
            store = screen.store
            try:
                if isinstance(record, Correction):
                    store.let_go(record.id)
                elif action == "reattach":
                    screen.review_now.correct(lambda: store.reattach(record.candidate, record.suggestion or ""))
                else:
                    screen.review_now.correct(lambda: store.gone(record.candidate))
                left = self._stale()
            except StoreError as error:
                screen.say(str(error), title="Not saved", severity="error")
                return None
            screen.reviewed_anew(screen.current)
            return left

        def went(cid: str | None) -> None:
            if cid is not None:
                screen.goto_candidate(cid)

        screen.app.push_screen(StaleScreen(records, decide), went)

    def _stale(self) -> list[Stale]:
        """The stale decisions, then the stale corrections; raises StoreError."""
        store = self.screen.store
        return [*store.stale_decisions(), *store.stale_corrections()]

    def announce_stale(self) -> None:
        """Say, on opening, how many decisions a re-import left stale (nothing when none)."""
        screen = self.screen
        count = len(self._stale())
        if count:
            say(
                screen,
                f"A re-import left {count} stale (decisions or corrections whose text changed or is gone): ! lists them.",
                title="Stale decisions",
                severity="warning",
                timeout=STALE_NOTICE_SECONDS,
            )
