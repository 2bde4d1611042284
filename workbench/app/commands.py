"""The command palette's workbench commands: every review action by name, and "Go to article".

The actions, their names and help lines come from the one table of review keys (bindings.REVIEW_BINDINGS).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.dom import DOMNode

from workbench.app.bindings import REVIEW_BINDINGS, ReviewBinding
from workbench.app.screens.text import as_markup
from workbench.display import one_line


class WorkbenchCommands(Provider):
    """Palette commands for the review actions (with their current keys) and for each article.

    Register with `COMMANDS = App.COMMANDS | {WorkbenchCommands}`. The articles are those of the
    `review.articles` of the screen the palette was opened from (none while loading); the actions run
    on that screen (those of "app." bindings on the App).
    """

    def _key_for(self, binding: ReviewBinding) -> str | None:
        """The key currently bound (the user's keymap applied) to the binding on the screen the palette was
        opened from."""
        for active in self.screen.active_bindings.values():
            if active.binding.id == binding.id:
                return self.app.get_key_display(active.binding)
        return None

    def _target(self, action: str) -> tuple[DOMNode, str]:
        """The node an action runs on ("app." ones on the App, the others on the screen) and its name."""
        if action.startswith("app."):
            return self.app, action.removeprefix("app.")
        return self.screen, action

    def _commands(self) -> list[tuple[str, Callable[[], Any], str]]:
        """(command text, callback, help) for the enabled actions, then one per article."""
        commands: list[tuple[str, Callable[[], Any], str]] = []
        for binding in REVIEW_BINDINGS:
            node, action = self._target(binding.action)
            if not binding.command or node.check_action(action, ()) is False:
                continue
            key = self._key_for(binding)
            commands.append(
                (
                    binding.command,
                    partial(self.app.run_action, binding.action, self.screen),
                    f"{key} · {binding.tooltip}" if key else binding.tooltip,
                )
            )
        review = getattr(self.screen, "review", None)  # None while the articles are still loading
        goto: Callable[[str], None] | None = getattr(self.screen, "action_goto_article", None)
        if review is None or goto is None:
            return commands
        for article in review.articles:
            title = one_line(article.title or article.id)
            commands.append((f"Go to article: {title}", partial(goto, article.id), one_line(article.id)))
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
