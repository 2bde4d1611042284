"""The command palette's workbench commands: every review action by name, and "Go to article"."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from workbench.app.screens.text import as_markup
from workbench.display import one_line

# App action name -> (command shown in the palette, what it does).
ACTIONS: dict[str, tuple[str, str]] = {
    "next_candidate": ("Next candidate", "Select the next candidate in the focused article"),
    "prev_candidate": ("Previous candidate", "Select the previous candidate in the focused article"),
    "next_pane": ("Next article", "Move to the next article pane"),
    "prev_pane": ("Previous article", "Move to the previous article pane"),
    "confirm": ("Confirm candidate", "Mark the selected candidate confirmed"),
    "reject": ("Reject candidate", "Mark the selected candidate rejected"),
    "reset": ("Back to pending", "Undecide the selected candidate"),
    "link": ("Link to other articles…", "Choose the same-fact mentions in the other articles"),
    "accept_cluster": ("Accept suggested cluster", "Link the suggested cluster as one claim and confirm it"),
    "undo": ("Undo", "Undo the last decision"),
    "note": ("Note…", "Write a note on the selected claim"),
    "edit_value": ("Edit value…", "Correct the selected candidate's normalised value"),
    "search": ("Search articles…", "Find text in the articles"),
    "filter": ("Filter candidates…", "Show only some kinds, states, conflicts or single-source facts"),
    "summary": ("Summary", "The outlet × fact matrix, conflicts first"),
    "export": ("Export…", "Write the decisions as CSV, JSON, JSONL or ClaimReview"),
    "help": ("Keys", "Every key and what it does"),
    "quit": ("Quit", "Leave the workbench (every decision is already saved)"),
}


class WorkbenchCommands(Provider):
    """Palette commands for the review actions (with their current keys) and for each article.

    Register with `COMMANDS = App.COMMANDS | {WorkbenchCommands}`. The articles are those of the
    app's `review.articles` (dicts with id and title); actions run with `app.run_action(name)`.
    """

    def _key_for(self, action: str) -> str | None:
        """The key currently bound to `action` on the screen the palette was opened from."""
        for active in self.screen.active_bindings.values():
            if active.binding.action.removeprefix("app.") == action:
                return self.app.get_key_display(active.binding)
        return None

    def _commands(self) -> list[tuple[str, Callable[[], Any], str]]:
        """(command text, callback, help) for the enabled actions, then one per article."""
        commands = []
        for action, (title, description) in ACTIONS.items():
            if self.app.check_action(action, ()) is False:
                continue
            key = self._key_for(action)
            commands.append(
                (title, partial(self.app.run_action, action), f"{key} · {description}" if key else description)
            )
        review = getattr(self.app, "review", None)  # None while the articles are still loading
        for article in review.articles if review is not None else []:
            title = one_line(article.get("title") or article["id"])
            commands.append(
                (
                    f"Go to article: {title}",
                    partial(self.app.action_goto_article, article["id"]),
                    one_line(article["id"]),
                )
            )
        return commands

    async def discover(self) -> Hits:
        for text, callback, help_text in self._commands():
            yield DiscoveryHit(Content(text), callback, text=text, help=as_markup(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, callback, help_text in self._commands():
            score, offsets = matcher.fuzzy_search.match(matcher.query, text)
            if score > 0:
                display = Content(text)
                for offset in offsets:
                    display = display.stylize(matcher.match_style, offset, offset + 1)
                yield Hit(score, display, callback, text=text, help=as_markup(help_text))
