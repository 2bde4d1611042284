"""Pick one of a few answers (e.g. how to accept a conflicting cluster); enter returns its key, escape None."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from workbench.app.screens.dialog import Dialog


class ChoiceScreen(Dialog[str]):
    """A question and its answers, (key, label) pairs, the first highlighted; enter picks one."""

    BINDINGS = [Binding("enter", "submit", "Choose", priority=True, id="dialog.submit")]

    def __init__(self, title: Content, question: Content, answers: list[tuple[str, Content]]) -> None:
        super().__init__(title)
        self._question = question
        self._answers = answers

    def compose_body(self) -> ComposeResult:
        yield Label(self._question, id="choice-question")
        yield OptionList(*(Option(label, id=key) for key, label in self._answers), id="choice-answers")

    def action_submit(self) -> None:
        """Return the highlighted answer's key."""
        option = self.query_one(OptionList).highlighted_option
        self.dismiss(option.id if option is not None else None)
