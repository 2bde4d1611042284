"""Who a fact comes from: a name of the article picked from a list, or one typed. Enter returns it ("" for
no one), escape None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from workbench.app.screens.dialog import Dialog
from workbench.app.screens.text import literal


class SourceScreen(Dialog[str]):
    """Type a name (the list keeps the names holding what is typed) or go down to the list and pick one."""

    DEFAULT_CSS = """
    SourceScreen #dialog { max-width: 80; }
    SourceScreen #source-names { height: auto; max-height: 12; border: none; padding: 0; }
    """
    BINDINGS = [
        Binding("enter", "submit", "Set", priority=True, id="dialog.submit"),
        Binding("down", "app.focus_next", "To the list", show=False, id="source.list"),
    ]

    def __init__(self, title: Content, current: str | None, names: list[str]) -> None:
        super().__init__(title)
        self._current = current or ""
        self._names = names

    def compose_body(self) -> ComposeResult:
        yield Label("Type a name, or ↓ to pick one of the article's (empty: no one)", classes="hint")
        yield Input(value=self._current, id="source-input")
        yield OptionList(*self._options(""), id="source-names")

    def _options(self, typed: str) -> list[Option]:
        wanted = typed.casefold()
        return [Option(literal(name), id=name) for name in self._names if wanted in name.casefold()]

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        names = self.query_one(OptionList)
        names.clear_options()
        names.add_options(self._options(event.value))

    def action_submit(self) -> None:
        """The picked name when the list has the focus, else what is typed."""
        names = self.query_one(OptionList)
        option = names.highlighted_option if names.has_focus else None
        self.dismiss(option.id if option is not None and option.id else self.query_one(Input).value.strip())
