"""The outlet × fact matrix (`s`): a row per fact, a column per article; enter jumps to the fact."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Label

from workbench.app.screens.dialog import SCREENS_TCSS
from workbench.app.screens.text import counted, literal
from workbench.display import one_line
from workbench.store.records import ArticleRecord, Progress

GROUP_MARKS: dict[str, tuple[str, str]] = {
    "conflict": ("≠", "bold red"),
    "agree": ("=", "green"),
    "single": ("·", "dim"),
}
REVIEW_MARKS: dict[str, tuple[str, str]] = {
    "pending": ("•", ""),
    "confirmed": ("✓", "bold green"),
    "rejected": ("✗", "bold red"),
    "mixed": ("±", "bold yellow"),
}
HELP_GROUP = "Summary (s)"
_KEY_NAMES = {"escape": "esc"}
FACT_WIDTH = 22
CELL_WIDTH = 16
FIXED_COLUMNS = 5  # group mark, review mark, kind, independent sources, fact


def _text(text: str, style: str = "") -> Text:
    """Untrusted text as a literal, single-line Rich Text cell."""
    return Text(one_line(text), style=style, no_wrap=True, overflow="ellipsis", end="")


class SummaryTable(DataTable):
    """The matrix's table: j/k move the cursor down/up, g/G to the first/last fact, as in the review."""

    BINDINGS = [
        Binding("j", "cursor_down", show=False, id="summary.down"),
        Binding("k", "cursor_up", show=False, id="summary.up"),
        Binding("g", "scroll_top", show=False, id="summary.top"),
        Binding("G", "scroll_bottom", show=False, id="summary.bottom"),
    ]


class SummaryScreen(ModalScreen[str]):
    """The matrix of `workbench.output.summary.summary_rows`; enter returns the candidate id to jump to.

    The cell cursor picks the article: enter on an article's cell jumps to that source's mention,
    anywhere else to the fact's first mention. Modal, so the review keys stay off while it shows.
    """

    CSS_PATH = SCREENS_TCSS
    BINDINGS = [
        Binding("enter", "jump", "Go to fact", priority=True, id="summary.jump"),
        Binding("escape", "close", "Back", id="dialog.cancel"),
        Binding("s", "close", "Back", show=False, id="summary.close"),
        Binding("i", "sort(True)", "Sort by independent sources", id="summary.sort_independent"),
        Binding("i", "sort(False)", "Conflicts first", id="summary.sort_conflicts"),
    ]

    HELP_KEYS: tuple[tuple[tuple[str, ...], str], ...] = (
        (("summary.down", "summary.up", "summary.top", "summary.bottom"), "Down, up, first, last fact"),
        (("summary.sort_independent",), "Sort by independent sources"),
        (("summary.jump",), "Go to the fact"),
        (("dialog.cancel", "summary.close"), "Back to the review"),
    )
    """The help screen's rows for this screen: the ids of the bindings (here and on the table) and what they do."""

    @classmethod
    def help_rows(cls) -> list[tuple[str, str, str]]:
        """(keys, description, group) for the help screen, the keys as the bindings name them ("escape" as
        "esc"): a row of one-character keys reads as one word ("j k g G"), others are separated by " / "."""
        bindings = {b.id: b for b in [*SummaryTable.BINDINGS, *cls.BINDINGS] if isinstance(b, Binding)}
        rows = []
        for ids, description in cls.HELP_KEYS:
            keys = [_KEY_NAMES.get(key, key) for key in (bindings[binding_id].key for binding_id in ids)]
            separator = " " if all(len(key) == 1 for key in keys) else " / "
            rows.append((separator.join(keys), description, HELP_GROUP))
        return rows

    def __init__(
        self,
        articles: list[ArticleRecord],
        rows: list[dict[str, Any]],
        progress: Progress,
        by_independent: bool = False,
    ) -> None:
        super().__init__()
        self._articles = articles
        self._given = rows
        self.by_independent = by_independent
        """Whether the rows are sorted by independent sources (else as given: conflicts first)."""
        self._rows = self._sorted()
        self._progress = progress

    def compose(self) -> ComposeResult:
        yield Label(self._header(), id="summary-header")
        yield Label(id="summary-cell")
        yield SummaryTable(cursor_type="cell", zebra_stripes=True, id="summary-table")
        yield Footer()

    def _header(self) -> Content:
        progress = self._progress
        return Content.assemble(
            ("Summary", "bold"),
            f"  {counted(len(self._rows), 'fact')} · ",
            (f"{progress.pending} pending", "bold"),
            " · ",
            (f"{progress.confirmed} confirmed", "bold $text-success"),
            " · ",
            (f"{progress.rejected} rejected", "bold $text-error"),
            " · ",
            (f"{counted(progress.conflicts_open, 'conflict')} open", "bold $text-warning"),
            "\n",
            Content.styled(
                "≠ conflict = agree · one source │ ✓ confirmed ✗ rejected • pending ± mixed │ ind: independent sources",
                "dim",
            ),
        )

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column(Text(""), width=1, key="group")
        table.add_column(Text(""), width=1, key="review")
        table.add_column(Text("kind"), width=8, key="kind")
        table.add_column(Text("ind"), width=3, key="independent")
        table.add_column(Text("fact"), width=FACT_WIDTH, key="fact")
        for number, article in enumerate(self._articles, 1):
            label = f"{number} {one_line(article.outlet or article.title or article.id)}"
            table.add_column(_text(label), width=CELL_WIDTH, key=article.id)
        table.fixed_columns = FIXED_COLUMNS
        self._fill()
        if not self._rows:
            self.query_one("#summary-header", Label).update(
                Content.assemble(self._header(), "\n", literal("No candidate facts yet.", "italic"))
            )

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for row in self._rows:
            table.add_row(*self._cells(row), key=row["id"])

    def _sorted(self) -> list[dict[str, Any]]:
        if self.by_independent:
            return sorted(self._given, key=lambda row: -row["independent"])
        return self._given

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool:
        """Of the two `i` bindings, only the one changing the order applies (and shows in the footer)."""
        return action != "sort" or parameters[0] != self.by_independent

    def action_sort(self, by_independent: bool) -> None:
        """Facts carried by the most independent sources first, or (False) as given: conflicts first."""
        self.by_independent = by_independent
        self._rows = self._sorted()
        self._fill()
        self.refresh_bindings()

    def _cells(self, row: dict[str, Any]) -> list[Text]:
        cells = [
            _text(*GROUP_MARKS[row["group"]]),
            _text(*REVIEW_MARKS[row["review"]]),
            _text(row["kind"], "dim"),
            Text(str(row["independent"]), justify="right", end=""),
            _text(row["fact"]),
        ]
        for article in self._articles:
            value = row["cells"].get(article.id)
            if value is None:
                cells.append(_text(""))
            elif article.id in row["odd"]:
                cells.append(_text(f"≠ {value}", "bold red"))
            else:
                cells.append(_text(value))
        return cells

    def describe(self, row_index: int, column_index: int) -> Content:
        """The cell under the cursor in full: the source and its value, or the fact itself."""
        row = self._rows[row_index]
        article_index = column_index - FIXED_COLUMNS
        if not 0 <= article_index < len(self._articles):
            before, mention, after = row.get("context") or ("", row["fact"], "")
            return Content.assemble(
                (f"{row['kind']} · {row['group']} · {row['review']}: ", "dim"),
                literal(before),
                literal(mention, "bold"),
                literal(after),
            )
        article = self._articles[article_index]
        value = row["cells"].get(article.id)
        return Content.assemble(
            (f"{article_index + 1} ", "bold"),
            literal(article.id, "italic"),
            " ",
            literal(article.title or "", "dim"),
            ": ",
            literal(value, "bold") if value is not None else Content.styled("no mention", "italic dim"),
        )

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        if self._rows:
            self.query_one("#summary-cell", Label).update(self.describe(event.coordinate.row, event.coordinate.column))

    def target(self, row_index: int, column_index: int) -> str:
        """The candidate id a cell stands for: that article's mention, else the fact's first one."""
        row = self._rows[row_index]
        article_index = column_index - FIXED_COLUMNS
        if 0 <= article_index < len(self._articles):
            members = row["members"].get(self._articles[article_index].id)
            if members:
                return members[0]
        return row["first"]

    def action_jump(self) -> None:
        """Select the cell under the cursor (as a click would)."""
        if self._rows:
            self.query_one(DataTable).action_select_cursor()

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.dismiss(self.target(event.coordinate.row, event.coordinate.column))

    def action_close(self) -> None:
        """Back to the review without jumping."""
        self.dismiss(None)
