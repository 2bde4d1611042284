"""The selection mode that marks a fact the extractor missed: over the panes, a bar of what is selected;
the focused pane shows the selection as its cursor. Enter returns (start, end, kind), escape None."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Label

from workbench.app.screens.text import literal
from workbench.app.selection import by_line, by_word, start_by_word
from workbench.model import KINDS

Span = tuple[int, int]


class MarkScreen(ModalScreen[tuple[int, int, str]]):
    """Grow or shrink the selection a word or a line at a time, choose its kind, and mark it."""

    DEFAULT_CSS = """
    MarkScreen { background: transparent; align: left bottom; }
    MarkScreen #mark-bar { width: 100%; height: auto; padding: 0 1; background: $accent 30%; }
    """
    BINDINGS = [
        Binding("enter", "submit", "Mark", priority=True, id="mark.submit"),
        Binding("escape", "cancel", "Cancel", id="mark.cancel"),
        Binding("tab", "kind(1)", "Kind", priority=True, id="mark.kind"),
        Binding("shift+tab", "kind(-1)", "Kind back", show=False, priority=True, id="mark.kind_back"),
        Binding("right,l", "end(1)", "Word+", id="mark.word_more"),
        Binding("left,h", "end(-1)", "Word−", id="mark.word_less"),
        Binding("down,j", "line(1)", "Line+", id="mark.line_more"),
        Binding("up,k", "line(-1)", "Line−", id="mark.line_less"),
        Binding("shift+left,H", "start(-1)", "Start←", id="mark.start_back"),
        Binding("shift+right,L", "start(1)", "Start→", id="mark.start_on"),
    ]

    def __init__(self, text: str, span: Span, kind: str, paint: Callable[[Span | None], None]) -> None:
        """`text` is the article's, `span` where the selection starts; `paint` shows a selection in the pane
        (None: the selection ends)."""
        super().__init__()
        self._text = text
        self._span = span
        self._kind = kind if kind in KINDS else KINDS[0]
        self._paint = paint

    def compose(self) -> ComposeResult:
        yield Label(id="mark-bar")
        yield Footer()

    def on_mount(self) -> None:
        self._show()

    def _show(self) -> None:
        start, end = self._span
        self._paint(self._span)
        self.query_one("#mark-bar", Label).update(
            Content.assemble(
                ("Mark a missed fact ", "bold"),
                ("[", "dim"),
                (self._kind, "bold $text-accent"),
                ("] ", "dim"),
                literal(self._text[start:end], "underline").truncate(200, ellipsis=True),
            )
        )

    def _move(self, span: Span) -> None:
        self._span = span
        self._show()

    def action_end(self, step: int) -> None:
        """Move the selection's end a word on or back."""
        self._move(by_word(self._text, *self._span, step))

    def action_line(self, step: int) -> None:
        """Move the selection's end a line on or back."""
        self._move(by_line(self._text, *self._span, step))

    def action_start(self, step: int) -> None:
        """Move the selection's start a word on or back."""
        self._move(start_by_word(self._text, *self._span, step))

    def action_kind(self, step: int) -> None:
        """The next (or previous) kind."""
        self._kind = KINDS[(KINDS.index(self._kind) + step) % len(KINDS)]
        self._show()

    def action_submit(self) -> None:
        """Mark the selection as a fact of the chosen kind."""
        self._paint(None)
        self.dismiss((*self._span, self._kind))

    def action_cancel(self) -> None:
        """Leave the selection mode without marking anything."""
        self._paint(None)
        self.dismiss(None)
