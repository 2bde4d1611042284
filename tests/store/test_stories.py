"""The store keeps each article's story: the latest analysis's stories under the store's article ids, replaced
by each ingest; a store analysed before stories were kept is one story."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from tests.support.old_store import STORIES, back_to_version
from tests.support.small_corpus import make_analysis
from workbench.model import Story
from workbench.store import Store, StoryRecord

TWO = [Story("s1", ["alpha", "beta"]), Story("s2", ["gamma"])]


def test_the_stories_are_kept_and_replaced_by_the_next_ingest(tmp_path):
    with Store.open(tmp_path / "s.sqlite", analyst="ann") as store:
        store.ingest(replace(make_analysis(), stories=TWO))
        assert store.stories() == [StoryRecord("s1", ["alpha", "beta"]), StoryRecord("s2", ["gamma"])]
        store.ingest(replace(make_analysis(), stories=[Story("s1", ["alpha", "beta", "gamma"])]))
        assert store.stories() == [StoryRecord("s1", ["alpha", "beta", "gamma"])]


def test_an_article_the_latest_analysis_left_out_is_in_a_story_of_the_others(tmp_path):
    with Store.open(tmp_path / "s.sqlite", analyst="ann") as store:
        store.ingest(replace(make_analysis(), stories=TWO))
        alone = make_analysis()
        alone = replace(
            alone,
            articles=[a for a in alone.articles if a.id == "alpha"],
            candidates=[c for c in alone.candidates if c.article == "alpha"],
            clusters=[],
            stories=[Story("s1", ["alpha"])],
        )
        store.ingest(alone)
        assert store.stories() == [StoryRecord("s1", ["alpha"]), StoryRecord("other", ["beta", "gamma"])]


def test_a_store_made_before_stories_is_one_story(tmp_path):
    path = tmp_path / "old.sqlite"
    with Store.open(path, analyst="ann") as store:
        store.ingest(replace(make_analysis(), stories=TWO))
    with sqlite3.connect(path) as conn:
        back_to_version(conn, STORIES - 1)
    with Store.open(path, analyst="ann") as store:
        assert store.stories() == [StoryRecord("all", ["alpha", "beta", "gamma"])]
        store.ingest(replace(make_analysis(), stories=TWO))
        assert [s.id for s in store.stories()] == ["s1", "s2"]
