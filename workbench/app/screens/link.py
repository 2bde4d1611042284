"""Link a candidate to its likely mentions in the other articles (best first, the suggestion ticked)."""

from __future__ import annotations

from typing import Any

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, Label

from workbench.app.screens.checklist import CheckList
from workbench.app.screens.dialog import Dialog
from workbench.app.screens.text import literal
from workbench.display import one_line
from workbench.output.summary import format_value, show_value
from workbench.store.records import CandidateRecord

MARKS: dict[str, tuple[str, str]] = {
    "agree": ("=", "bold $text-success"),
    "conflict": ("≠", "bold $text-error"),
}


def _value_text(option: dict[str, Any]) -> str:
    value = option.get("value")
    return one_line(option.get("text", "") if value is None else show_value(value))


def option_matches(option: dict[str, Any], query: str) -> bool:
    """Whether `query` occurs (ignoring case) in the option's title, source, text, value or mark."""
    fields = [str(option.get(name) or "") for name in ("title", "article", "text", "mark")]
    haystack = one_line(" ".join([*fields, _value_text(option)]))
    return query.casefold() in haystack.casefold()


def option_label(option: dict[str, Any]) -> Content:
    """One line: the agree/conflict mark, the score (how likely the same fact), the source, the value
    (another value than the source's in the conflict style) and the mention's text."""
    glyph, style = MARKS.get(option.get("mark", ""), ("?", "bold"))
    conflict = option.get("mark") == "conflict"
    score = option.get("score")
    shown_score = f"{score:4.0%}" if isinstance(score, (int, float)) else ""
    return Content.assemble(
        (glyph, style),
        " ",
        Content.styled(shown_score, "dim").truncate(4, pad=True),
        " ",
        literal(option.get("title") or option["article"], "bold", width=18),
        " ",
        literal(
            f"≠ {_value_text(option)}" if conflict else _value_text(option),
            style if conflict else "$text-accent",
            width=16,
        ),
        " ",
        literal(option.get("text", "")),
    )


class FilterBox(Input):
    """The link dialog's filter: ↓ goes on to the list below (shown in the footer)."""

    BINDINGS = [Binding("down", "app.focus_next", "To the list", id="link.list")]


class LinkScreen(Dialog[list[str]]):
    """Tick the mentions that state the same fact: typing (spaces too) goes to the filter box, which has
    the focus first; ↓ or tab to the list, where space ticks; enter returns the ticked ids."""

    BINDINGS = [
        Binding("enter", "submit", "Link ticked", priority=True, id="dialog.submit"),
    ]

    def __init__(self, source: CandidateRecord, options: list[dict[str, Any]]) -> None:
        """`source` is the candidate to link; `options` are Review.link_options' dicts, best first."""
        super().__init__(Content.assemble("Link ", literal(source.text, "bold").truncate(40, ellipsis=True), " to…"))
        self._source = source
        self._options = options
        self._query = ""

    def compose_body(self) -> ComposeResult:
        yield Label(
            Content.assemble(
                literal(self._source.kind, "dim"),
                " ",
                literal(format_value(self._source), "$text-accent"),
                "  ",
                literal(self._source.article, "dim"),
            ),
            id="link-source",
        )
        with Horizontal(id="link-filter"):
            yield Label(Content.styled("Filter ", "dim"))
            yield FilterBox(
                placeholder="type to filter · ↓ to the list, space ticks", compact=True, select_on_focus=False
            )
        yield CheckList(
            ticked=(o["candidate_id"] for o in self._options if o.get("preselected")),
            id="link-options",
        )
        yield Label(id="link-status")

    def on_mount(self) -> None:
        self._refresh_options()
        self.query_one(Input).focus()

    @property
    def chosen(self) -> list[str]:
        """The ticked candidate ids, best first."""
        ticked = self.query_one(CheckList).ticked
        return [o["candidate_id"] for o in self._options if o["candidate_id"] in ticked]

    def _visible(self) -> list[dict[str, Any]]:
        return [o for o in self._options if option_matches(o, self._query)]

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        self._query = event.value
        self._refresh_options()

    def _refresh_options(self) -> None:
        """Show the options matching the typed filter (ticks on hidden ones are kept)."""
        self.query_one(CheckList).show((o["candidate_id"], option_label(o)) for o in self._visible())
        self._show_status()

    @on(CheckList.Changed)
    def _show_status(self) -> None:
        visible = len(self._visible())
        ticked = len(self.chosen)
        if not self._options:
            text = "No likely mention of this fact in the other articles."
        elif not visible:
            text = f"Nothing matches · {ticked} ticked"
        else:
            text = f"{visible} of {len(self._options)} shown · {ticked} ticked · % how likely the same fact"
        self.query_one("#link-status", Label).update(Content(text))

    def on_key(self, event: events.Key) -> None:
        """A printable key (but space, which ticks) or backspace pressed in the list goes to the filter box."""
        box = self.query_one(Input)
        if box.has_focus:
            return
        if event.key == "backspace":
            box.value = box.value[:-1]
        elif event.is_printable and event.character and event.character != " ":
            box.value += event.character
        else:
            return
        event.stop()
        event.prevent_default()
        self.set_focus(box)  # at once, so the keys already queued go to the box
        box.cursor_position = len(box.value)

    def action_submit(self) -> None:
        """Return the ticked mentions (an empty list when none is ticked)."""
        self.dismiss(self.chosen)
