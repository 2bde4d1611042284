"""The stories of the latest analysis (align.stories): which articles each holds, kept at ingest and read back."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..model import Story

ALL = "all"
OTHER = "other"
"""The ids of the one story of a store analysed before stories were kept, and of the articles no kept story holds."""


@dataclass(frozen=True)
class StoryRecord:
    """A story: its id (s1, s2, ...) and its articles' ids, in ingestion order."""

    id: str
    articles: list[str]


def keep(conn: sqlite3.Connection, stories: list[Story]) -> None:
    """Replace the kept stories by the analysis's (inside the caller's write transaction)."""
    conn.execute("DELETE FROM article_stories")
    conn.executemany(
        "INSERT INTO article_stories (article, story) VALUES (?, ?)",
        [(article, story.id) for story in stories for article in story.articles],
    )


def stories(conn: sqlite3.Connection) -> list[StoryRecord]:
    """The stories of the current articles, in the order of their first article. An article the latest
    analysis did not cover (stored by an earlier open of other files) is with the others left out in one more
    story, `other`; a store that keeps no stories (analysed before they were kept) is one story, `ALL`."""
    rows = conn.execute(
        """SELECT v.id, s.story FROM current_versions v LEFT JOIN article_stories s ON s.article = v.id
           ORDER BY v.ord"""
    ).fetchall()
    if all(story is None for _, story in rows):
        return [StoryRecord(ALL, [article for article, _ in rows])]
    members: dict[str, list[str]] = {}
    for article, story in rows:
        members.setdefault(story or OTHER, []).append(article)
    return [StoryRecord(story, articles) for story, articles in members.items()]
