"""The story list's rows, kept between openings of the list (`L`): read in full once; then, while no other
analyst changed the store, only the open story's row is read again (the analyst's own decisions are on its facts
alone); once another did (the store's data_version moved), every row again."""

from __future__ import annotations

from workbench.output.stories import StoryRow, story_rows
from workbench.store import Store, StoryRecord


class StoryRows:
    """The rows of the store's stories, for the story list."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._rows: list[StoryRow] | None = None
        self._version: int | None = None

    def rows(self, open_story: StoryRecord | None) -> list[StoryRow]:
        """Every story's row, up to date; `open_story`: the story reviewed (None: every article)."""
        version = self.store.data_version()
        if self._rows is None or version != self._version or open_story is None:
            self._rows, self._version = story_rows(self.store), version
            return self._rows
        [fresh] = story_rows(self.store, open_story)
        self._rows = [fresh if row.story.id == open_story.id else row for row in self._rows]
        return self._rows
