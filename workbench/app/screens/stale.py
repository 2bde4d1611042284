"""What a re-import left stale. The decisions, old and new text side by side: `a` re-attaches one to the new
mention most like it, `g` confirms it is gone, enter goes to the new mention (dismissed with its id). Then the
corrections it left nothing to apply to: `g` lets one go."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from workbench.app.screens.dialog import Dialog
from workbench.app.screens.text import literal
from workbench.display import excerpt
from workbench.store import Correction, StaleRecord

Stale = StaleRecord | Correction
Decide = Callable[[str, Stale], list[Stale] | None]
"""Re-attach ("reattach") or let go ("gone") one stale decision or correction in the store; what is left
stale, or None when the store refused (it says why)."""

MAX_WIDTH = 160
MARKS = {"confirmed": "✓", "rejected": "✗", "pending": "·"}
CORRECTED = {
    "mark_fact": "marked as a {kind}",
    "correct_span": "given the span “{new_text}”",
    "set_speaker": "credited to {attributed_to}",
    "split": "split out of its cluster",
    "move": "moved beside “{with_text}”",
}
"""What each correction did, filled in from its data."""


def _side(label: str, sentence: str | None, start: int, end: int, width: int) -> Content:
    """One side: its label, then the mention in its sentence (cut to `width` cells)."""
    if sentence is None:
        return Content.assemble((label, "dim"), literal("nothing of its kind is left", "italic")).truncate(
            width, pad=True
        )
    before, mention, after = excerpt(sentence, start, end, (0, len(sentence)), reach=max(10, width // 3))
    return Content.assemble(
        (label, "dim"), literal(before), literal(mention, "bold underline"), literal(after)
    ).truncate(width, ellipsis=True, pad=True)


def _correction_row(correction: Correction, width: int) -> Content:
    """Two lines: the correction, then what it did and that nothing is left to do it to."""
    head = Content.assemble(("✎ correction ", "bold"), literal(f"{correction.action} · {correction.article}", "dim"))
    filled = {"attributed_to": "no one", **{k: v for k, v in correction.data.items() if v is not None}}
    did = CORRECTED[correction.action].format_map(filled)
    body = Content.assemble(
        literal(f"“{correction.data['text']}” {did}"), (" — nothing left to apply it to", "italic")
    ).truncate(width, ellipsis=True)
    return Content.assemble(head, "\n", body)


def row(record: Stale, width: int) -> Content:
    """Two lines: the decision, then its old mention beside the new one (a correction: what it did)."""
    if isinstance(record, Correction):
        return _correction_row(record, width)
    half = max(16, (width - 3) // 2)
    head = Content.assemble(
        (f"{MARKS.get(record.status, '?')} {record.status} ", "bold"),
        literal(f"{record.kind} · {record.article} · claim {record.claim_id}", "dim"),
    )
    old = _side(f"v{record.version}: ", record.sentence, record.start, record.end, half)
    new = _side("now: ", record.new_sentence, record.new_start, record.new_end, half)
    return Content.assemble(head, "\n", old, (" │ ", "dim"), new)


class StaleScreen(Dialog[str]):
    """The stale decisions and corrections, one an entry; the store does each re-decision at once (`decide`)."""

    DEFAULT_CSS = """
    StaleScreen #stale-list { height: auto; max-height: 20; border: none; padding: 0; }
    """
    BINDINGS = [
        Binding("a", "decide('reattach')", "Re-attach", id="stale.reattach"),
        Binding("g", "decide('gone')", "Gone", id="stale.gone"),
        Binding("enter", "submit", "Go to", priority=True, id="dialog.submit"),
    ]

    def __init__(self, records: list[Stale], decide: Decide) -> None:
        super().__init__(Content("Stale after re-import"))
        self._records = records
        self._decide = decide

    def compose_body(self) -> ComposeResult:
        yield Label(id="stale-count", classes="hint")
        yield OptionList(id="stale-list")

    def on_mount(self) -> None:
        self.query_one("#dialog").styles.max_width = MAX_WIDTH  # wider than the dialogs' usual 110
        self._show()
        self.call_after_refresh(self._show)  # again, at the width the list was given

    def _show(self) -> None:
        count = len(self._records)
        hint = (
            f"Stale: {count} (decisions or corrections whose text changed or is gone)" if count else "Nothing is stale."
        )
        self.query_one("#stale-count", Label).update(Content(hint))
        options = self.query_one(OptionList)
        highlighted = options.highlighted or 0
        width = options.scrollable_content_region.width or MAX_WIDTH
        options.clear_options()
        options.add_options([Option(row(r, width)) for r in self._records])
        if self._records:
            options.highlighted = min(highlighted, count - 1)

    def _current(self) -> Stale | None:
        index = self.query_one(OptionList).highlighted
        return None if index is None or not self._records else self._records[index]

    def action_decide(self, action: str) -> None:
        """Re-attach the highlighted decision to the new mention, or confirm what it was about is gone."""
        record = self._current()
        if record is None or (action == "reattach" and not isinstance(record, StaleRecord)):
            return
        left = self._decide(action, record)
        if left is not None:
            self._records = left
            self._show()

    def action_submit(self) -> None:
        """Go to the new mention of the highlighted decision."""
        record = self._current()
        self.dismiss(record.suggestion if isinstance(record, StaleRecord) else None)
