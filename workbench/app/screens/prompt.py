"""A one-line text prompt (note, edited value, search); enter returns the text, escape None."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input

from workbench.app.screens.dialog import Dialog
from workbench.app.screens.text import literal


class PromptScreen(Dialog[str]):
    """Ask for one line of text, starting from `initial`."""

    BINDINGS = [Binding("enter", "submit", "OK", priority=True, id="dialog.submit")]

    def __init__(self, title: str, initial: str = "") -> None:
        super().__init__(literal(title).truncate(70, ellipsis=True))
        self._initial = initial

    def compose_body(self) -> ComposeResult:
        yield Input(value=self._initial, id="prompt-input")

    def action_submit(self) -> None:
        """Return the text as typed."""
        self.dismiss(self.query_one(Input).value)
