"""The names view's list on Textual's Line API: a fixed number of lines per name group, and only the lines on
screen are made, so opening it costs the same for twenty names as for twenty thousand."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

LINES_PER_GROUP = 3


class NameList(ScrollView, can_focus=True, inherit_bindings=False):
    """`count` items of LINES_PER_GROUP lines each, made by `lines(index)` when first shown; a cursor item."""

    DEFAULT_CSS = """
    NameList {
        background: $surface;
        & > .names--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: bold;
        }
    }
    """
    COMPONENT_CLASSES = {"names--cursor"}
    BINDINGS = [
        Binding("up,k", "cursor(-1)", show=False),
        Binding("down,j", "cursor(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "cursor(-1000000000)", show=False),
        Binding("end", "cursor(1000000000)", show=False),
        Binding("enter", "select", "Go to it", show=False),
    ]

    class Selected(Message):
        """The item `index` was chosen (enter or a click)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, lines: Callable[[int], list[Content]], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._make = lines
        self._lines: dict[int, list[Content]] = {}
        self.count = 0
        self.cursor = 0

    def show(self, count: int, cursor: int) -> None:
        """Show `count` items (made again as they come into view), the cursor on item `cursor`."""
        self.count = count
        self._lines.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, count * LINES_PER_GROUP)
        self.move_cursor(cursor)
        self.refresh()

    def move_cursor(self, index: int) -> None:
        """Put the cursor on an item (clamped) and scroll it into view."""
        self.cursor = min(max(index, 0), max(self.count - 1, 0))
        top, rows = self.cursor * LINES_PER_GROUP, max(LINES_PER_GROUP, self.scrollable_content_region.height)
        y = round(self.scroll_y)
        y = top if top < y else top + LINES_PER_GROUP - rows if top + LINES_PER_GROUP > y + rows else y
        self.scroll_to(y=y, animate=False, immediate=True, force=True)
        self.refresh()

    def action_cursor(self, step: int) -> None:
        self.move_cursor(self.cursor + step)

    def action_page(self, pages: int) -> None:
        per_page = max(1, self.scrollable_content_region.height // LINES_PER_GROUP)
        self.move_cursor(self.cursor + pages * per_page)

    def action_select(self) -> None:
        if self.count:
            self.post_message(self.Selected(self.cursor))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None:
            index = (round(self.scroll_y) + offset.y) // LINES_PER_GROUP
            if index < self.count:
                self.move_cursor(index)
                self.action_select()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index, part = divmod(round(self.scroll_y) + y, LINES_PER_GROUP)
        if index >= self.count:
            return Strip.blank(width, self.rich_style)
        lines = self._lines.get(index)
        if lines is None:
            lines = self._lines[index] = self._make(index)
        line = (lines[part] if part < len(lines) else Content()).truncate(width, ellipsis=True, pad=True)
        if index == self.cursor:
            line = line.stylize(self.get_visual_style("names--cursor"))
        return Strip(line.render_segments(self.get_visual_style())).adjust_cell_length(width, self.rich_style)
