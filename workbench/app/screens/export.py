"""Export the decisions: pick a format and a path; enter returns (format, path), escape None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Input, Label, OptionList
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
# format -> (file extension, what it holds), in the export module's order
FORMATS: dict[str, tuple[str, str]] = {name: _ABOUT[name] for name in export.FORMATS}


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


class ExportScreen(Dialog[tuple[str, str]]):
    """Choose the export format (up/down) and the file path (tab to it); enter exports."""

    BINDINGS = [Binding("enter", "submit", "Export", priority=True, id="dialog.submit")]

    def __init__(self, default_path: str, store_path: str) -> None:
        """`store_path` is the review store's file, which the export must not overwrite."""
        super().__init__(Content("Export"))
        self._default_path = default_path
        self._store_path = store_path

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

    def on_mount(self) -> None:
        formats = self.query_one("#export-format", OptionList)
        formats.highlighted = list(FORMATS).index(format_for(self._default_path))
        self._show_status()

    @property
    def chosen_format(self) -> str:
        """The highlighted format's name."""
        highlighted = self.query_one("#export-format", OptionList).highlighted
        return list(FORMATS)[highlighted or 0]

    @on(OptionList.OptionHighlighted, "#export-format")
    def _format_changed(self) -> None:
        path_input = self.query_one("#export-path", Input)
        path_input.value = with_format(path_input.value, self.chosen_format)

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
        """Return (format, path) when the path can be written; otherwise keep the dialog open."""
        path = self.query_one("#export-path", Input).value
        if export.output_problem(path, self._store_path) is None:
            self.dismiss((self.chosen_format, str(export.output_path(path))))
        else:
            self.query_one("#export-path", Input).focus()
