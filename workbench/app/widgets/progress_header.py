"""The top line: review progress over the whole corpus, and the active filter and search."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from workbench.app.widgets.text_layout import one_line


class ProgressHeader(Static):
    """One line: the app name, how many candidates are pending / confirmed / rejected, conflicts open."""

    def show(self, articles: int, progress: dict[str, int], filtered: str | None, search: str | None) -> None:
        """Redraw with these counts; `filtered` and `search` describe what narrows the view, if anything."""
        parts = [
            Content.styled("Fact Workbench", "bold"),
            Content(f"{articles} articles"),
            Content.styled(f"·{progress['pending']} pending", "$text-warning"),
            Content.styled(f"✓{progress['confirmed']} confirmed", "$text-success"),
            Content.styled(f"✗{progress['rejected']} rejected", "$text-error"),
            Content.styled(f"≠{progress['conflicts_open']} conflicts open", "bold $text-error"),
        ]
        if filtered:
            parts.append(Content.styled(f"filter: {one_line(filtered)}", "italic"))
        if search:
            parts.append(Content.styled(f"search: {one_line(search)}", "italic"))
        self.update(Content("  ").join(parts))
