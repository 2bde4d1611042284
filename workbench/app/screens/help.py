"""The `?` screen: every key and what it does, grouped."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from workbench.app.screens.dialog import Dialog
from workbench.app.screens.text import literal

KeyRow = tuple[str, str] | tuple[str, str, str]
DEFAULT_GROUP = "Keys"


def group_rows(bindings: Sequence[KeyRow]) -> dict[str, list[tuple[str, str]]]:
    """(key, description[, group]) rows gathered by group (no group: "Keys"), in the order given."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for row in bindings:
        key, description = row[0], row[1]
        group = (row[2] if len(row) > 2 else "") or DEFAULT_GROUP
        groups.setdefault(group, []).append((key, description))
    return groups


def _group_content(title: str, rows: list[tuple[str, str]]) -> Content:
    width = max(literal(key).cell_length for key, _ in rows)
    lines = [literal(title, "bold $text-accent")]
    lines += [
        Content.assemble(literal(key, "bold $text-primary", width=width), "  ", literal(description))
        for key, description in rows
    ]
    return Content("\n").join(lines)


class HelpScreen(Dialog[None]):
    """The key reference: rows of (key, description) or (key, description, group)."""

    BINDINGS = [
        Binding("escape", "cancel", "Close", id="dialog.cancel"),
        Binding("question_mark", "cancel", "Close", show=False, id="help.close"),
        Binding("q", "cancel", "Close", show=False, id="help.quit"),
        Binding("j", "scroll(1)", "Scroll", show=False, id="help.down"),
        Binding("k", "scroll(-1)", "Scroll", show=False, id="help.up"),
    ]

    def __init__(self, bindings: Sequence[KeyRow]) -> None:
        super().__init__(Content("Keys"))
        self._groups = group_rows(bindings)

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="help-scroll"), Grid(id="help-groups"):
            for title, rows in self._groups.items():
                yield Static(_group_content(title, rows), classes="help-group")

    def action_scroll(self, lines: int) -> None:
        """Scroll the key list by `lines` (j down, k up)."""
        self.query_one("#help-scroll", VerticalScroll).scroll_relative(y=lines, animate=False)
