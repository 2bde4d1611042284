"""The top line: review progress over the whole corpus, and the active filter and search.

Pending, confirmed and rejected count mentions (as the pane headers do); a narrow screen gets a
compact form, so the filter and search status are never cut off.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from workbench.app.screens.text import counted
from workbench.display import one_line
from workbench.output.queue import RANKS, RankProgress
from workbench.store.records import Progress

Search = tuple[str, int, int]  # query, current hit (1-based, 0 for none), hits


class ProgressHeader(Static):
    """One line: the app name, how many mentions are pending / confirmed / rejected (rated and dismissed, and
    disputed, once there are any), conflicts open."""

    _shown: tuple[int, Progress, list[RankProgress], str | None, Search | None, str | None] | None = None

    def show(
        self,
        articles: int,
        progress: Progress,
        queue: list[RankProgress],
        filtered: str | None,
        search: Search | None,
        story: str | None = None,
    ) -> None:
        """Redraw with these counts and the queue's; `filtered` and `search` describe what narrows the view, `story`
        names the open story (None: the store holds one)."""
        self._shown = (articles, progress, queue, filtered, search, story)
        self.update(self._line(), layout=False)

    def on_resize(self) -> None:
        if self._shown is not None:
            self.update(self._line(), layout=False)

    def _line(self) -> Content:
        if self._shown is None:
            return Content()
        wide = header_line(*self._shown, compact=False)
        width = self.content_region.width
        return wide if not width or wide.cell_length <= width else header_line(*self._shown, compact=True)


RANK_MARKS = dict(zip(RANKS, ("≠", "=", "1:"), strict=True))
"""The queue's ranks in short: conflicts, shared facts, single-source."""


def queue_line(queue: list[RankProgress], compact: bool) -> Content:
    """The review queue's facts done of each rank, e.g. "conflicts 1/4 · shared facts 12/40 · single-source 3/30";
    compact: "≠1/4 =12/40 1:3/30"."""
    if compact:
        return Content(" ").join(Content(f"{RANK_MARKS[r.rank]}{r.done}/{r.total}") for r in queue)
    return Content(" · ").join(Content(f"{r.rank} {r.done}/{r.total}") for r in queue)


def header_line(
    articles: int,
    progress: Progress,
    queue: list[RankProgress],
    filtered: str | None,
    search: Search | None,
    story: str | None = None,
    *,
    compact: bool,
) -> Content:
    """The header's parts, spelt out or (`compact`) in short; the open story's id first when there are several."""
    pending, confirmed, rejected, conflicts = (
        progress.pending,
        progress.confirmed,
        progress.rejected,
        progress.conflicts_open,
    )
    if compact:
        parts = [
            Content.assemble(
                (f"·{pending}", "$text-warning"),
                " ",
                (f"✓{confirmed}", "$text-success"),
                " ",
                (f"✗{rejected}", "$text-error"),
                " mentions",
            ),
            Content.styled(f"≠{conflicts} open", "bold $text-error"),
        ]
        if story:
            parts.insert(0, Content.styled(one_line(story), "bold"))
    else:
        parts = [
            Content.styled("Fact Workbench", "bold"),
            Content(f"story {one_line(story)} · " if story else "") + Content(counted(articles, "article")),
            Content.assemble(
                "mentions: ",
                (f"·{pending} pending", "$text-warning"),
                " ",
                (f"✓{confirmed} confirmed", "$text-success"),
                " ",
                (f"✗{rejected} rejected", "$text-error"),
            ),
            Content.styled(f"≠{counted(conflicts, 'conflict')} open", "bold $text-error"),
        ]
    if progress.rated or progress.dismissed:  # verdicts between the top and the bottom, dismissals
        mark = "◆{} ⊘{}" if compact else "◆{} rated ⊘{} dismissed"
        parts.insert(len(parts) - 1, Content.styled(mark.format(progress.rated, progress.dismissed), "$text-warning"))
    if progress.disputed:  # analysts decided these differently
        mark = "?{}" if compact else "?{} disputed"
        parts.insert(len(parts) - 1, Content.styled(mark.format(progress.disputed), "bold $text-error"))
    if queue:
        parts.append(Content.assemble(("queue " if compact else "queue: ", "$text-muted"), queue_line(queue, compact)))
    if filtered:
        parts.append(Content.styled(f"filter: {one_line(filtered)}", "italic"))
    if search:
        query, hit, hits = search
        where = f"{hit}/{hits}" if hits else "no hit"
        parts.append(
            Content.styled(
                f"/{one_line(query)} {where}" if compact else f"search “{one_line(query)}” {where}", "italic"
            )
        )
    return Content("  ").join(parts)
