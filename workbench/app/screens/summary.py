"""The outlet × fact matrix (`s`): a row per fact, a column per article; enter jumps to the fact."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Label

from workbench.app.screens.dialog import SCREENS_TCSS
from workbench.app.screens.text import counted, literal
from workbench.app.widgets.matrix_view import FIXED_COLUMNS, MatrixView
from workbench.output.summary import Matrix
from workbench.store.records import Progress

HELP_GROUP = "Summary (s)"
_KEY_NAMES = {"escape": "esc"}


class SummaryScreen(ModalScreen[str]):
    """The rows of a `Matrix` (`workbench.output.summary`), rendered as they show; enter returns the
    candidate id to jump to.

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
        bindings = {b.id: b for b in [*MatrixView.BINDINGS, *cls.BINDINGS] if isinstance(b, Binding)}
        rows = []
        for ids, description in cls.HELP_KEYS:
            keys = [_KEY_NAMES.get(key, key) for key in (bindings[binding_id].key for binding_id in ids)]
            separator = " " if all(len(key) == 1 for key in keys) else " / "
            rows.append((separator.join(keys), description, HELP_GROUP))
        return rows

    def __init__(self, matrix: Matrix, progress: Progress, by_independent: bool = False) -> None:
        super().__init__()
        self._matrix = matrix
        self.by_independent = by_independent
        """Whether the rows are sorted by independent sources (else as built: conflicts first)."""
        self._progress = progress

    def compose(self) -> ComposeResult:
        yield Label(self._header(), id="summary-header")
        yield Label(id="summary-cell")
        yield MatrixView(self._matrix, self._matrix.order(self.by_independent), id="summary-table")
        yield Footer()

    def _header(self) -> Content:
        progress = self._progress
        header = Content.assemble(
            ("Summary", "bold"),
            f"  {counted(len(self._matrix), 'fact')} · ",
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
        return (
            Content.assemble(header, "\n", literal("No candidate facts yet.", "italic")) if not self._matrix else header
        )

    def update(self, progress: Progress) -> None:
        """Show these counts, and the rows' review states as they are now."""
        self._progress = progress
        self.query_one("#summary-header", Label).update(self._header())
        self.table.refresh_rows()

    @property
    def table(self) -> MatrixView:
        """The matrix widget."""
        return self.query_one(MatrixView)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool:
        """Of the two `i` bindings, only the one changing the order applies (and shows in the footer)."""
        return action != "sort" or parameters[0] != self.by_independent

    def action_sort(self, by_independent: bool) -> None:
        """Facts carried by the most independent sources first, or (False) as given: conflicts first."""
        self.by_independent = by_independent
        self.table.show_order(self._matrix.order(by_independent))
        self.refresh_bindings()

    def describe(self, row_index: int, column_index: int) -> Content:
        """The cell under the cursor in full: the source and its value, or the fact itself."""
        row = self.table.row(row_index)
        article_index = column_index - FIXED_COLUMNS
        if not 0 <= article_index < len(self._matrix.articles):
            before, mention, after = row.get("context") or ("", row["fact"], "")
            return Content.assemble(
                (f"{row['kind']} · {row['group']} · {row['review']}: ", "dim"),
                literal(before),
                literal(mention, "bold"),
                literal(after),
            )
        article = self._matrix.articles[article_index]
        value = row["cells"].get(article.id)
        return Content.assemble(
            (f"{article_index + 1} ", "bold"),
            literal(article.id, "italic"),
            " ",
            literal(article.title or "", "dim"),
            ": ",
            literal(value, "bold") if value is not None else Content.styled("no mention", "italic dim"),
        )

    def on_matrix_view_highlighted(self, event: MatrixView.Highlighted) -> None:
        self.query_one("#summary-cell", Label).update(self.describe(event.row, event.column))

    def target(self, row_index: int, column_index: int) -> str:
        """The candidate id a cell stands for: that article's mention, else the fact's first one."""
        row = self.table.row(row_index)
        article_index = column_index - FIXED_COLUMNS
        if 0 <= article_index < len(self._matrix.articles):
            members = row["members"].get(self._matrix.articles[article_index].id)
            if members:
                return members[0]
        return row["first"]

    def action_jump(self) -> None:
        """Select the cell under the cursor (as a click would)."""
        self.table.action_select()

    def on_matrix_view_selected(self, event: MatrixView.Selected) -> None:
        event.stop()
        self.dismiss(self.target(event.row, event.column))

    def action_close(self) -> None:
        """Back to the review without jumping."""
        self.dismiss(None)
