"""The summary's outlet × fact matrix on Textual's Line API: only the visible rows and columns are rendered.

A row per fact, a column per article, behind a header line and five fixed columns (group mark, review
mark, kind, independent sources, fact) that stay put while the article columns scroll sideways. Each
rendered line is kept in an LRU cache; the rows themselves come from a `Matrix`, built as they show.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from workbench.app.screens.text import literal
from workbench.display import one_line
from workbench.output.summary import Matrix

GROUP_MARKS: dict[str, tuple[str, str]] = {
    "conflict": ("≠", "bold ansi_red"),
    "agree": ("=", "ansi_green"),
    "single": ("·", "dim"),
}
REVIEW_MARKS: dict[str, tuple[str, str]] = {
    "pending": ("•", ""),
    "confirmed": ("✓", "bold ansi_green"),
    "rejected": ("✗", "bold ansi_red"),
    "rated": ("◆", "bold ansi_yellow"),
    "dismissed": ("⊘", "dim"),
    "disputed": ("?", "bold ansi_red"),
    "mixed": ("±", "bold ansi_yellow"),
}
FIXED_WIDTHS = (1, 1, 8, 3, 22)  # group mark, review mark, kind, independent sources, fact
FIXED_COLUMNS = len(FIXED_WIDTHS)
CELL_WIDTH = 16
PADDING = 1  # blank cells either side of each column
LINE_CACHE_SIZE = 512


def _width(column: int) -> int:
    return FIXED_WIDTHS[column] if column < FIXED_COLUMNS else CELL_WIDTH


class MatrixView(ScrollView, can_focus=True, inherit_bindings=False):
    """The rows of a `Matrix` in a chosen order, with a cell cursor; enter or a click selects a cell."""

    COMPONENT_CLASSES = {
        "matrix--header",
        "matrix--fixed",
        "matrix--even-row",
        "matrix--cursor",
        "matrix--fixed-cursor",
    }

    DEFAULT_CSS = """
    MatrixView {
        background: $surface;
        color: $foreground;
        &:focus {
            background-tint: $foreground 5%;
            & > .matrix--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .matrix--header {
                background-tint: $foreground 5%;
            }
            & > .matrix--fixed-cursor {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
            }
        }
        &:dark > .matrix--even-row {
            background: $surface-darken-1 40%;
        }
        & > .matrix--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .matrix--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .matrix--fixed {
            background: $secondary-muted;
            color: $foreground;
        }
        & > .matrix--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .matrix--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .matrix--fixed-cursor {
            background: $block-cursor-blurred-background;
            color: $foreground;
        }
    }
    """

    BINDINGS = [
        Binding("up", "cursor(-1, 0)", show=False),
        Binding("down", "cursor(1, 0)", show=False),
        Binding("left", "cursor(0, -1)", show=False),
        Binding("right", "cursor(0, 1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "scroll_top", show=False),
        Binding("end", "scroll_bottom", show=False),
        Binding("j", "cursor(1, 0)", show=False, id="summary.down"),
        Binding("k", "cursor(-1, 0)", show=False, id="summary.up"),
        Binding("g", "scroll_top", show=False, id="summary.top"),
        Binding("G", "scroll_bottom", show=False, id="summary.bottom"),
    ]

    class Highlighted(Message):
        """The cursor moved to (row, column): row a position in the shown order, column counting the fixed ones."""

        def __init__(self, row: int, column: int) -> None:
            super().__init__()
            self.row = row
            self.column = column

    class Selected(Highlighted):
        """The cell at (row, column) was chosen (enter or a click)."""

    def __init__(self, matrix: Matrix, order: list[int], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.matrix = matrix
        self.order = order
        """The matrix's entry indexes, in the order shown."""
        self.cursor = (0, 0)
        self._labels = [literal(""), literal(""), literal("kind"), literal("ind"), literal("fact")]
        """The column headers made so far (an article's when its column first shows)."""
        self._fixed_width = sum(width + 2 * PADDING for width in FIXED_WIDTHS)
        self._cache: LRUCache[tuple[Any, ...], Strip] = LRUCache(LINE_CACHE_SIZE)

    @property
    def row_count(self) -> int:
        return len(self.order)

    @property
    def column_count(self) -> int:
        return FIXED_COLUMNS + len(self.matrix.articles)

    def label(self, column: int) -> Content:
        """A column's header: an article's number and outlet (else title, else id)."""
        while len(self._labels) <= column:
            number = len(self._labels) - FIXED_COLUMNS + 1
            article = self.matrix.articles[number - 1]
            self._labels.append(literal(f"{number} {one_line(article.outlet or article.title or article.id)}"))
        return self._labels[column]

    def row(self, position: int) -> dict[str, Any]:
        """The row shown at `position`."""
        return self.matrix.row(self.order[position])

    def show_order(self, order: list[int]) -> None:
        """Show the rows in another order; the cursor stays on the same place."""
        self.order = order
        self.refresh_rows()

    def refresh_rows(self) -> None:
        """Render the rows again (their order or review states changed)."""
        self._cache.clear()
        self.refresh()
        if self.row_count:
            self.post_message(self.Highlighted(*self.cursor))

    # -- layout ----------------------------------------------------------------------------------

    def on_mount(self) -> None:
        width = self._fixed_width + (self.column_count - FIXED_COLUMNS) * (CELL_WIDTH + 2 * PADDING)
        self.virtual_size = Size(width, self.row_count + 1)
        if self.row_count:
            self.post_message(self.Highlighted(*self.cursor))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    # -- the cursor ------------------------------------------------------------------------------

    def move_cursor(self, row: int, column: int) -> None:
        """Put the cursor on a cell (clamped to the matrix), scroll it into view, say so."""
        if not self.row_count:
            return
        row = min(max(row, 0), self.row_count - 1)
        column = min(max(column, 0), self.column_count - 1)
        old, self.cursor = self.cursor, (row, column)
        for line in {old[0], row}:
            self.refresh_lines(line - round(self.scroll_y) + 1)
        self._scroll_to_cursor()
        if old != self.cursor:
            self.post_message(self.Highlighted(row, column))

    def _scroll_to_cursor(self) -> None:
        row, column = self.cursor
        rows = max(1, self.scrollable_content_region.height - 1)
        y = round(self.scroll_y)
        if row < y:
            y = row
        elif row >= y + rows:
            y = row - rows + 1
        x = round(self.scroll_x)
        if column >= FIXED_COLUMNS:
            room = max(1, self.scrollable_content_region.width - self._fixed_width)
            step = CELL_WIDTH + 2 * PADDING
            left = (column - FIXED_COLUMNS) * step
            if left < x:
                x = left
            elif left + step > x + room:
                x = left + step - room
        self.scroll_to(x=x, y=y, animate=False, immediate=True, force=True)

    def action_cursor(self, rows: int, columns: int) -> None:
        self.move_cursor(self.cursor[0] + rows, self.cursor[1] + columns)

    def action_page(self, pages: int) -> None:
        self.move_cursor(self.cursor[0] + pages * max(1, self.scrollable_content_region.height - 1), self.cursor[1])

    def action_scroll_top(self) -> None:
        self.move_cursor(0, self.cursor[1])

    def action_scroll_bottom(self) -> None:
        self.move_cursor(self.row_count - 1, self.cursor[1])

    def action_select(self) -> None:
        if self.row_count:
            self.post_message(self.Selected(*self.cursor))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        row = round(self.scroll_y) + offset.y - 1
        if offset.x < self._fixed_width:
            edges = [sum(w + 2 * PADDING for w in FIXED_WIDTHS[: i + 1]) for i in range(FIXED_COLUMNS)]
            column = next(i for i, edge in enumerate(edges) if offset.x < edge)
        else:
            column = FIXED_COLUMNS + (round(self.scroll_x) + offset.x - self._fixed_width) // (CELL_WIDTH + 2 * PADDING)
        if row < self.row_count and column < self.column_count:
            self.move_cursor(row, column)
            self.action_select()

    # -- rendering -------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        x = round(self.scroll_x)
        position = None if y == 0 else round(self.scroll_y) + y - 1
        if position is not None and position >= self.row_count:
            return Strip.blank(width, self.rich_style)
        cursor_column = self.cursor[1] if position == self.cursor[0] else None
        key = (position, x, width, cursor_column, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._cache[key] = self._render_row(position, x, width, cursor_column)
        return strip

    def _render_row(self, position: int | None, x: int, width: int, cursor_column: int | None) -> Strip:
        """The header (position None) or a row: its fixed cells, then the article cells from `x` on."""
        step = CELL_WIDTH + 2 * PADDING
        room = max(0, width - self._fixed_width)
        first = FIXED_COLUMNS + x // step
        columns = [*range(FIXED_COLUMNS), *range(first, min(self.column_count, first + room // step + 2))]
        if position is None:
            cells = [self.label(c) for c in columns]
            row_style = fixed_style = self._style("matrix--header")
        else:
            cells = self._cells(self.row(position), columns)
            row_style = Style() if position % 2 else self._style("matrix--even-row")
            fixed_style = self._style("matrix--fixed")
        styled = [
            self._styled(cell, c, fixed_style if c < FIXED_COLUMNS else row_style, c == cursor_column)
            for c, cell in zip(columns, cells)
        ]
        base = self.get_visual_style()
        fixed = Content.assemble(*styled[:FIXED_COLUMNS]).render_segments(base)
        scrolled = Strip(Content.assemble(*styled[FIXED_COLUMNS:]).render_segments(base)).crop(
            x % step, x % step + room
        )
        fill = base + Style(background=row_style.background)
        return Strip([*fixed, *scrolled]).adjust_cell_length(width, fill.rich_style).simplify()

    def _styled(self, cell: Content, column: int, style: Style, cursor: bool) -> Content:
        """A cell cut or padded to its column, its row's style under it, the cursor's colours over it."""
        width = _width(column)
        if column == 3 and cell.cell_length < width:  # independent sources: a number, right-aligned
            cell = cell.pad_left(width - cell.cell_length)
        shown = cell.truncate(width, ellipsis=True, pad=True).pad(PADDING, PADDING).stylize_before(style)
        if cursor:
            cursor_style = self._style("matrix--fixed-cursor" if column < FIXED_COLUMNS else "matrix--cursor")
            shown = shown.stylize(cursor_style)
        return shown

    def _style(self, name: str) -> Style:
        return self.get_visual_style(name)

    def _cells(self, row: dict[str, Any], columns: list[int]) -> list[Content]:
        """A row's cells in these columns: marks, kind, independent sources, the fact, an article's value."""
        fixed = [
            literal(*GROUP_MARKS[row["group"]]),
            literal(*REVIEW_MARKS[row["review"]]),
            literal(row["kind"], "dim"),
            literal(str(row["independent"])),
            literal(row["fact"]),
        ]
        return [fixed[c] if c < FIXED_COLUMNS else self._value(row, c) for c in columns]

    def _value(self, row: dict[str, Any], column: int) -> Content:
        article = self.matrix.articles[column - FIXED_COLUMNS].id
        value = row["cells"].get(article)
        if value is None:
            return literal("")
        return literal(f"≠ {value}", "bold ansi_red") if article in row["odd"] else literal(value)
