"""The evidence ledger of the selected claim (`E`): its items, `delete` removing the highlighted one; and what to
add, a mention in the articles (chosen next in the link list), an outside address (fetched) or a described source.
Enter returns an EvidenceRequest, escape None."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from workbench.app.screens.dialog import Dialog
from workbench.app.screens.text import literal

KINDS: dict[str, str] = {
    "mention": "a mention in the articles (chosen in the link list next)",
    "address": "an outside address, fetched and kept with its sha256",
    "source": "a described source: a document, an interview",
}
_HINTS: dict[str, tuple[str, str]] = {
    "mention": ("(nothing to type: enter opens the list)", ""),
    "address": ("https://…", "the excerpt you rely on"),
    "source": ("what the source is", "its date (YYYY-MM-DD)"),
}


@dataclass(frozen=True)
class EvidenceRequest:
    """What the analyst asked for: `kind` "mention", "address" (`text` the address, `note` the excerpt), "source"
    (`text` what it is, `note` its date) or "remove" (`index` the item's place in the ledger)."""

    kind: str
    text: str = ""
    note: str = ""
    index: int = -1


class EvidenceScreen(Dialog[EvidenceRequest]):
    """The claim's items (one line each) and the form to add one. Up/down choose the kind, tab goes to the two
    fields and the items; enter adds, delete removes the highlighted item."""

    BINDINGS = [
        Binding("enter", "submit", "Add", priority=True, id="dialog.submit"),
        Binding("delete", "remove", "Remove item", id="evidence.remove"),
    ]

    def __init__(self, items: list[str]) -> None:
        super().__init__(Content("Evidence"))
        self._items = items

    def compose_body(self) -> ComposeResult:
        yield Label("Add", classes="field-label")
        yield OptionList(*(Option(Content(about), id=kind) for kind, about in KINDS.items()), id="evidence-kind")
        yield Input(id="evidence-text")
        yield Input(id="evidence-note")
        yield Label(f"Evidence of this claim ({len(self._items)})", classes="field-label")
        if self._items:
            yield OptionList(*(Option(literal(item)) for item in self._items), id="evidence-items")
        else:
            yield Label(Content.styled("none yet", "italic"), classes="hint")

    def on_mount(self) -> None:
        self.query_one("#evidence-kind", OptionList).highlighted = 0
        for items in self.query(OptionList).filter("#evidence-items"):
            items.highlighted = 0
        self._show_hints()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "evidence-kind":
            self._show_hints()

    @property
    def chosen_kind(self) -> str:
        highlighted = self.query_one("#evidence-kind", OptionList).highlighted
        return list(KINDS)[highlighted or 0]

    def _show_hints(self) -> None:
        text_hint, note_hint = _HINTS[self.chosen_kind]
        self.query_one("#evidence-text", Input).placeholder = text_hint
        note = self.query_one("#evidence-note", Input)
        note.placeholder = note_hint
        note.display = bool(note_hint)

    def action_submit(self) -> None:
        """Return what to add; an address or a source needs its text (the field gets the focus until it has it)."""
        kind = self.chosen_kind
        text = self.query_one("#evidence-text", Input).value.strip()
        if kind != "mention" and not text:
            self.query_one("#evidence-text", Input).focus()
            return
        note = self.query_one("#evidence-note", Input).value.strip()
        self.dismiss(EvidenceRequest(kind, text if kind != "mention" else "", note if kind != "mention" else ""))

    def action_remove(self) -> None:
        """Remove the highlighted item of the ledger."""
        items = self.query(OptionList).filter("#evidence-items")
        if items and (index := items.first(OptionList).highlighted) is not None:
            self.dismiss(EvidenceRequest("remove", index=index))
