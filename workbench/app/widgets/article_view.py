"""One article's text on Textual's Line API: only the visible lines are rendered, each kept in an LRU cache.

The text is shown literally (control and escape characters replaced, never parsed as markup) with
boilerplate dimmed, every candidate styled by its kind and review state, search matches marked,
and the current candidate (selected, or followed from another pane) shown reversed with a
gutter arrow; the gutter also marks each line's decisions (✓ confirmed, ✗ rejected, ◆ rated, ⊘ dismissed, ? disputed, ! a
conflict still pending), so states read without colour too, and bars the passages other articles share.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content, Span
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from workbench.app.screens.text import pane_text
from workbench.app.widgets.text_layout import Line, line_of, offset_at_cell, wrap_lines

TextSpan = tuple[int, int]
GUTTER = 3  # a shared-passage bar, the line's decision mark, the cursor arrow
LINE_MARKS = (
    ("!", ("article--conflict", "article--pending")),
    ("?", ("article--disputed",)),
    ("✗", ("article--rejected",)),
    ("✓", ("article--confirmed",)),
    ("◆", ("article--rated",)),
    ("⊘", ("article--dismissed",)),
)
"""The gutter mark of a line holding a candidate with all these classes: the first that applies wins."""
LINE_CACHE_SIZE = 1024
_WRAPS: LRUCache[tuple[str, int], list[Line]] = LRUCache(256)  # shared: articles move between panes


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """An article's wrapped text with styled candidate spans; `cursor` is the candidate it points at."""

    COMPONENT_CLASSES = {
        "article--boilerplate",
        "article--quantity",
        "article--money",
        "article--percent",
        "article--date",
        "article--quote",
        "article--entity",
        "article--pending",
        "article--confirmed",
        "article--rejected",
        "article--rated",
        "article--dismissed",
        "article--disputed",
        "article--conflict",
        "article--match",
        "article--selected",
        "article--followed",
        "article--gutter",
        "article--passage",
    }

    BINDINGS = [
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "scroll_home", "Top", show=False),
        Binding("end", "scroll_end", "Bottom", show=False),
    ]

    class Clicked(Message):
        """The user clicked the view: at `offset` (a string index into the article), or None off the text."""

        def __init__(self, view: ArticleView, offset: int | None) -> None:
            super().__init__()
            self.view = view
            self.offset = offset

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article_id: str | None = None
        self._text = ""
        self._boilerplate: list[TextSpan] = []
        self._spans: list[tuple[int, int, str]] = []
        self._marks: dict[str, tuple[str, ...]] = {}
        self._matches: list[TextSpan] = []
        self._cursor: tuple[int, int, str] | None = None
        self._lines: list[Line] = []
        self._starts: list[int] = []
        self._width = 0
        self._line_spans: list[list[tuple[int, int, tuple[str, ...]]]] = []
        self._line_marks: list[str] = []
        self._passages: list[TextSpan] = []
        self._line_passage: list[bool] = []
        self._cache: LRUCache[int, Strip] = LRUCache(LINE_CACHE_SIZE)
        self._scroll_target: int | None = None
        self._styles: dict[tuple[str, ...], Style] = {}

    # -- content ---------------------------------------------------------------------------------

    def show_article(self, article_id: str, text: str, boilerplate: Sequence[Sequence[int]]) -> None:
        """Show another article (the pane's window moved); wrapped layouts are kept for reuse."""
        if article_id == self.article_id:
            return
        self.article_id = article_id
        self._text = pane_text(text)
        self._boilerplate = [(s, e) for s, e in boilerplate]
        self._spans, self._marks, self._matches, self._cursor, self._passages = [], {}, [], None, []
        self._width = 0
        self._layout()
        self.scroll_to(y=0, animate=False, immediate=True, force=True)

    def set_candidates(self, spans: Iterable[tuple[int, int, str]], marks: dict[str, tuple[str, ...]]) -> None:
        """The candidates to highlight, (start, end, id), and each one's component classes."""
        self._spans = sorted(spans)
        self._marks = marks
        self._index_spans()

    def set_passages(self, passages: list[TextSpan]) -> None:
        """The shared passages (text other articles carry too), marked by a bar in the gutter."""
        if passages != self._passages:
            self._passages = passages
            self._index_spans()

    def set_matches(self, matches: list[TextSpan]) -> None:
        """The search matches to mark."""
        if matches != self._matches:
            self._matches = matches
            self._index_spans()

    def set_cursor(self, candidate: tuple[int, int, str] | None) -> None:
        """Point at a candidate (start, end, id), or at nothing; scroll it into view."""
        old, self._cursor = self._cursor, candidate
        for span in (old, candidate):
            if span is not None:
                self._redraw(span[0], span[1])
        if candidate is not None:
            self.scroll_to_offset(candidate[0])

    @property
    def cursor(self) -> str | None:
        """The id of the candidate the view points at."""
        return self._cursor[2] if self._cursor else None

    @property
    def cursor_line(self) -> int | None:
        """The display line where the cursor's candidate starts."""
        return line_of(self._lines, self._starts, self._cursor[0]) if self._cursor else None

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the line holding `offset` into view (a third of the way down) unless it is visible."""
        if not self._lines:
            self._scroll_target = offset
            return
        self._scroll_target = None
        line = line_of(self._lines, self._starts, offset)
        top, height = round(self.scroll_y), self.scrollable_content_region.height
        if not top <= line < top + height:
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True, force=True)

    @property
    def line_count(self) -> int:
        """How many display lines the article wraps into at the current width."""
        return len(self._lines)

    # -- layout ----------------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._layout()

    def _layout(self) -> None:
        width = max(1, self.scrollable_content_region.width - GUTTER)
        if self.article_id is None or not self.size.width:
            return
        if width != self._width:
            self._width = width
            key = (self._text, width)
            lines = _WRAPS.get(key)
            if lines is None:
                lines = _WRAPS[key] = wrap_lines(self._text, width)
            self._lines = lines
            self._starts = [s for s, _ in self._lines]
            self.virtual_size = Size(self.scrollable_content_region.width, len(self._lines))
            self._index_spans()
            if self._scroll_target is None and self._cursor is not None:  # rewrapped: keep the cursor in view
                self._scroll_target = self._cursor[0]
        if self._scroll_target is not None:
            self.scroll_to_offset(self._scroll_target)

    def _index_spans(self) -> None:
        """For every display line, the styled spans touching it; clears the rendered lines."""
        self._line_spans = [[] for _ in self._lines]
        self._cache.clear()
        self.refresh()
        if not self._lines:
            return
        styled: list[tuple[int, int, tuple[str, ...]]] = [
            (s, e, ("article--boilerplate",)) for s, e in self._boilerplate
        ]
        styled += [(s, e, self._marks[cid]) for s, e, cid in self._spans if self._marks.get(cid)]
        styled += [(s, e, ("article--match",)) for s, e in self._matches]
        for start, end, classes in styled:
            for index in self._line_range(start, end):
                self._line_spans[index].append((start, end, classes))
        self._line_marks = [_line_mark(spans) for spans in self._line_spans]
        self._line_passage = [False] * len(self._lines)
        for start, end in self._passages:
            for index in self._line_range(start, end):
                self._line_passage[index] = True

    def _line_range(self, start: int, end: int) -> range:
        """The display lines showing text[start:end]."""
        first = line_of(self._lines, self._starts, start)
        return range(first, line_of(self._lines, self._starts, max(start, end - 1)) + 1)

    def _redraw(self, start: int, end: int) -> None:
        """Drop the cached lines showing text[start:end] and repaint just those lines."""
        if not self._lines:
            return
        lines = self._line_range(start, end)
        for index in lines:
            self._cache.discard(index)
        self.refresh_lines(lines.start, len(lines))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()
        self._styles.clear()

    def _span_style(self, classes: tuple[str, ...]) -> Style:
        """The combined style of these component classes (get_visual_style drops `reverse`; keep it)."""
        style = self._styles.get(classes)
        if style is None:
            style = self.get_visual_style(*classes, partial=True)
            if any(self.get_component_styles(name).text_style.reverse for name in classes):
                style += Style(reverse=True)
            self._styles[classes] = style
        return style

    def on_focus(self) -> None:
        self._redraw_cursor()

    def on_blur(self) -> None:
        self._redraw_cursor()

    def _redraw_cursor(self) -> None:
        if self._cursor is not None:
            self._redraw(self._cursor[0], self._cursor[1])

    # -- rendering -------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render_text_line(index, width)
            self._cache[index] = strip
        return strip

    def _render_text_line(self, index: int, width: int) -> Strip:
        start, end = self._lines[index]
        base = self.get_visual_style()
        spans = [
            Span(max(s, start) - start, min(e, end) - start, self._span_style(classes))
            for s, e, classes in self._line_spans[index]
        ]
        on_cursor = False
        if self._cursor is not None:
            c_start, c_end, _ = self._cursor
            on_cursor = c_start < end and c_end > start
            if on_cursor:
                role = "article--selected" if self.has_focus else "article--followed"
                spans.append(Span(max(c_start, start) - start, min(c_end, end) - start, self._span_style((role,))))
        content = Content(self._text[start:end], spans, strip_control_codes=False)
        gutter_style = self.get_visual_style("article--gutter").rich_style
        bar = Segment("┃" if self._line_passage[index] else " ", self.get_visual_style("article--passage").rich_style)
        gutter = Segment(f"{self._line_marks[index]}{'▶' if on_cursor else ' '}", gutter_style)
        segments = [bar, gutter, *content.render_segments(base)]
        return Strip(segments).adjust_cell_length(width, base.rich_style)

    # -- mouse -----------------------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        at = None
        if offset is not None and (index := round(self.scroll_y) + offset.y) < len(self._lines):
            at = offset_at_cell(self._text, self._lines[index], offset.x - GUTTER)
        self.post_message(self.Clicked(self, at))


def _line_mark(spans: list[tuple[int, int, tuple[str, ...]]]) -> str:
    """The decision mark for a line holding these styled spans: ! (an open conflict), ✗, ✓, or a space."""
    classes = [set(c) for _, _, c in spans]
    return next((mark for mark, needed in LINE_MARKS if any(c.issuperset(needed) for c in classes)), " ")
