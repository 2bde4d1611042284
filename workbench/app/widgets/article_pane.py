"""An article pane: a three-line header (title; position, source and progress; what the pane points at) over the text."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from workbench.app.widgets.article_view import ArticleView
from workbench.display import one_line
from workbench.store.records import ArticleRecord, Progress


class PaneHeader(Static):
    """The pane's header lines (a fixed height, so an update needs no layout)."""

    def show(self, content: Content) -> None:
        """Replace the header's lines, unless they are unchanged."""
        if content != self._shown:
            self._shown = content
            self.update(content, layout=False)

    _shown: Content | None = None


def source_label(article: ArticleRecord) -> str:
    """How a pane names its source: the outlet (marked "?" when taken from the text) and publication date when
    known, else the article id."""
    outlet = f"{article.outlet}?" if article.outlet and article.outlet_inferred else article.outlet
    return ", ".join(part for part in (outlet, article.published) if part) or article.id


def header_content(title: str, source: str, position: str, progress: Progress, status: Content) -> Content:
    """The header's three lines: the title; position, source id and review counts; the status line."""
    counts = Content.assemble(
        (f"✓{progress.confirmed}", "$text-success"),
        " ",
        (f"✗{progress.rejected}", "$text-error"),
        " ",
        (f"·{progress.pending} pending", "$text-muted"),
    )
    meta = Content.assemble((position, "$text-muted"), " ", (one_line(source), "italic"), "  ", counts)
    return Content("\n").join([Content.styled(one_line(title), "bold"), meta, status])


class ArticlePane(Vertical):
    """One article's header and text; which article it shows changes as the window of panes moves."""

    def compose(self) -> ComposeResult:
        yield PaneHeader(markup=False)
        yield ArticleView()

    @property
    def view(self) -> ArticleView:
        """The pane's text view."""
        return self.query_one(ArticleView)

    @property
    def header(self) -> PaneHeader:
        """The pane's header."""
        return self.query_one(PaneHeader)
