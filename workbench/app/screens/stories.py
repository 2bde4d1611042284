"""The story list (`L`, and the first screen when the folder holds several stories): each story with its title,
articles, outlets, facts and open conflicts; enter opens the story's articles side by side."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, OptionList
from textual.widgets.option_list import Option

from workbench.app.screens.dialog import SCREENS_TCSS
from workbench.app.screens.text import counted
from workbench.display import one_line
from workbench.output.stories import StoryRow

OUTLETS_SHOWN = 4  # outlets named on a story's line; the rest counted


class StoryListScreen(ModalScreen[str]):
    """The stories as a list (output.stories rows), the open one highlighted: enter returns the story id to
    open, escape or `L` goes back to the open story, `q` quits."""

    CSS_PATH = SCREENS_TCSS
    BINDINGS = [
        Binding("enter", "open", "Open story", priority=True, id="stories.open"),
        Binding("escape", "close", "Back", id="dialog.cancel"),
        Binding("L", "close", "Back", show=False, id="stories.close"),
        Binding("q", "app.quit", "Quit", id="stories.quit"),
    ]

    def __init__(self, rows: list[StoryRow], open_story: str | None = None) -> None:
        super().__init__()
        self._rows = rows
        self._open_story = open_story

    def compose(self) -> ComposeResult:
        rows = self._rows
        articles = sum(len(row.story.articles) for row in rows)
        conflicts = sum(row.conflicts for row in rows)
        yield Label(
            Content.assemble(
                ("Stories", "bold"),
                f"  {len(rows)} {'story' if len(rows) == 1 else 'stories'} · {counted(articles, 'article')} · ",
                (f"≠ {counted(conflicts, 'open conflict')}", "bold $text-error" if conflicts else "$text-muted"),
                " · facts are compared within a story",
            ),
            id="stories-header",
        )
        yield OptionList(*(self._option(row) for row in rows), id="stories-list")
        yield Footer()

    def _option(self, row: StoryRow) -> Option:
        story = row.story
        outlets = ", ".join(row.outlets[:OUTLETS_SHOWN])
        more = f" and {len(row.outlets) - OUTLETS_SHOWN} more" if len(row.outlets) > OUTLETS_SHOWN else ""
        heading = Content.assemble((story.id.ljust(6), "bold"), (one_line(row.title), "bold"))
        details = Content.assemble(
            "      ",
            f"{counted(len(story.articles), 'article')} · {counted(row.facts, 'fact')} · ",
            (f"≠ {counted(row.conflicts, 'open conflict')}", "$text-error" if row.conflicts else "$text-muted"),
        )
        sources = Content.assemble("      ", (one_line(outlets) + more, "italic"))
        return Option(Content("\n").join([heading, details, sources]), id=story.id)

    def on_mount(self) -> None:
        ids = [row.story.id for row in self._rows]
        options = self.query_one(OptionList)
        options.highlighted = ids.index(self._open_story) if self._open_story in ids else 0
        options.focus()

    def action_open(self) -> None:
        """Open the highlighted story."""
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.dismiss(self._rows[options.highlighted].story.id)

    def action_close(self) -> None:
        """Back to the open story."""
        self.dismiss(None)
