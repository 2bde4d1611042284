"""The row of article panes: as many as fit side by side, a window that slides over the articles.

Only the visible panes exist (at most MAX_PANES), so a corpus of hundreds of articles costs no more
to show or update than five; a pane shows whichever article the window puts there.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message

from workbench.app.widgets.article_pane import ArticlePane

MIN_PANE_WIDTH = 40
MAX_PANES = 6


def panes_that_fit(width: int, articles: int) -> int:
    """How many panes of at least MIN_PANE_WIDTH columns fit `width` (one at least, no more than articles)."""
    return max(1, min(width // MIN_PANE_WIDTH, articles, MAX_PANES))


class PaneWindow(Horizontal):
    """Side-by-side panes over a list of `articles`; `first` is the article shown in the leftmost pane."""

    class Moved(Message):
        """The window now shows other articles (it slid, or the number of panes changed)."""

    def __init__(self, articles: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.articles = articles
        self.first = 0
        self.count = 0  # set by the first resize

    def compose(self) -> ComposeResult:
        for _ in range(min(self.articles, MAX_PANES)):
            yield ArticlePane()

    @property
    def panes(self) -> list[ArticlePane]:
        """The panes on screen, left to right."""
        return list(self.query_children(ArticlePane))[: self.count]

    def shown(self) -> list[tuple[int, ArticlePane]]:
        """(article index, pane) for every visible pane."""
        return [(self.first + k, pane) for k, pane in enumerate(self.panes)]

    def pane_of(self, article_index: int) -> ArticlePane | None:
        """The pane showing that article, if it is in view."""
        k = article_index - self.first
        return self.panes[k] if 0 <= k < self.count else None

    def reveal(self, article_index: int) -> bool:
        """Slide the window the least so the article is in view; whether it moved."""
        first = self.first
        if article_index < first:
            first = article_index
        elif article_index >= first + self.count:
            first = article_index - self.count + 1
        first = max(0, min(first, self.articles - self.count))
        moved, self.first = first != self.first, first
        return moved

    def on_resize(self, event: events.Resize) -> None:
        count = panes_that_fit(event.size.width, self.articles)
        if count != self.count:
            self.count = count
            for k, pane in enumerate(self.query_children(ArticlePane)):
                pane.display = k < count
            self.first = max(0, min(self.first, self.articles - count))
            self.post_message(self.Moved())
