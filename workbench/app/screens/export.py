"""Export the decisions or the report: pick a format, a path, which claims and (CSV) a byte order mark; enter
returns an ExportChoice, escape None."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Checkbox, Input, Label, OptionList
from textual.widgets.option_list import Option

from workbench.app.screens.dialog import Dialog
from workbench.app.screens.text import literal
from workbench.output import exports as export

_ABOUT: dict[str, tuple[str, str]] = {
    "csv": (".csv", "one row per claim, for spreadsheets"),
    "json": (".json", "the claims with every mention, one document"),
    "jsonl": (".jsonl", "one claim per line"),
    "claimreview": (".jsonld", "schema.org ClaimReview records"),
}
REPORTS: dict[str, tuple[str, str]] = {
    "report": (".html", "the report: one page to publish or archive"),
    "report-md": (".md", "the report as Markdown"),
}
"""The report formats the dialog offers beside the exports (`workbench report`), by the report's format."""
# format -> (file extension, what it holds), in the export module's order, then the reports
FORMATS: dict[str, tuple[str, str]] = {name: _ABOUT[name] for name in export.FORMATS} | REPORTS
STATUSES: dict[str, str] = {"confirmed": "confirmed", "rejected": "rejected", "rated": "all rated"}
"""Which claims an export holds (exports.STATUSES), as the dialog names them."""


@dataclass(frozen=True)
class ExportChoice:
    """What to write: the format (an export's, or "report" / "report-md"), the file, which claims (an export's
    status, and the story's id when only that story's), and whether a CSV opens with a UTF-8 byte order mark."""

    fmt: str
    path: str
    status: str = "confirmed"
    bom: bool = True
    story: str | None = None

    @property
    def is_report(self) -> bool:
        return self.fmt in REPORTS


def format_for(path: str) -> str:
    """The format a path's extension implies (csv when none does)."""
    for name, (extension, _) in FORMATS.items():
        if path.endswith(extension):
            return name
    return "csv"


def with_format(path: str, fmt: str) -> str:
    """The path with its known export extension swapped for `fmt`'s (unchanged if it has none)."""
    for extension, _ in FORMATS.values():
        if path.endswith(extension):
            return path[: -len(extension)] + FORMATS[fmt][0]
    return path


class ExportScreen(Dialog[ExportChoice]):
    """Choose the format (up/down), then tab to the path, the claims to export (by default only the open story's,
    when a story is open; the report too) and the byte order mark; enter exports. The claims do not apply to the
    report, nor the mark to other formats than CSV."""

    BINDINGS = [Binding("enter", "submit", "Export", priority=True, id="dialog.submit")]

    def __init__(self, default_path: str, store_path: str, story: str | None = None) -> None:
        """`store_path` is the review store's file, which the export must not overwrite; `story` the open story's
        id (None: the store holds one story)."""
        super().__init__(Content("Export"))
        self._default_path = default_path
        self._store_path = store_path
        self._story = story

    def compose_body(self) -> ComposeResult:
        yield Label("Format", classes="field-label")
        yield OptionList(
            *(
                Option(Content.assemble((name.ljust(12), "bold"), Content.styled(blurb, "dim")), id=name)
                for name, (_, blurb) in FORMATS.items()
            ),
            id="export-format",
        )
        yield Label("Path", classes="field-label")
        yield Input(value=self._default_path, id="export-path")
        yield Label("", id="export-status")
        yield Label("Claims", classes="field-label")
        yield OptionList(*(Option(Content(label), id=key) for key, label in STATUSES.items()), id="export-claims")
        if self._story is not None:
            yield Checkbox(f"Only story {self._story} (off: every story)", True, id="export-story")
        yield Checkbox("UTF-8 byte order mark (spreadsheets read curly quotes right)", True, id="export-bom")

    def on_mount(self) -> None:
        formats = self.query_one("#export-format", OptionList)
        formats.highlighted = list(FORMATS).index(format_for(self._default_path))
        self.query_one("#export-claims", OptionList).highlighted = 0
        self._show_status()
        self._show_applicable()

    @property
    def chosen_format(self) -> str:
        """The highlighted format's name."""
        highlighted = self.query_one("#export-format", OptionList).highlighted
        return list(FORMATS)[highlighted or 0]

    @property
    def chosen_status(self) -> str:
        """The highlighted claims' status (exports.STATUSES)."""
        highlighted = self.query_one("#export-claims", OptionList).highlighted
        return list(STATUSES)[highlighted or 0]

    @on(OptionList.OptionHighlighted, "#export-format")
    def _format_changed(self) -> None:
        path_input = self.query_one("#export-path", Input)
        path_input.value = with_format(path_input.value, self.chosen_format)
        self._show_applicable()

    def _show_applicable(self) -> None:
        """Grey out the claims for a report, and the byte order mark for anything but CSV."""
        fmt = self.chosen_format
        self.query_one("#export-claims", OptionList).disabled = fmt in REPORTS
        self.query_one("#export-bom", Checkbox).disabled = fmt != "csv"

    @on(Input.Changed, "#export-path")
    def _show_status(self) -> None:
        path = self.query_one("#export-path", Input).value
        problem = export.output_problem(path, self._store_path)
        status = self.query_one("#export-status", Label)
        status.set_class(problem is not None, "error")
        if problem is not None:
            status.update(literal(f"Cannot export here: {problem}."))
        elif export.output_path(path).exists():
            status.update(literal("The file exists and will be replaced."))
        else:
            status.update(Content(""))

    def action_submit(self) -> None:
        """Return the choice when the path can be written; otherwise keep the dialog open."""
        path = self.query_one("#export-path", Input).value
        if export.output_problem(path, self._store_path) is None:
            bom = self.query_one("#export-bom", Checkbox).value
            only = any(box.value for box in self.query("#export-story").results(Checkbox))
            story = self._story if only else None
            self.dismiss(
                ExportChoice(self.chosen_format, str(export.output_path(path)), self.chosen_status, bom, story)
            )
        else:
            self.query_one("#export-path", Input).focus()
