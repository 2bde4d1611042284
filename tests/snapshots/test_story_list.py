"""Snapshots of the story list, the first screen of a folder of two stories (the demo corpus and the paraphrase
pair, frozen): each story's headline, articles, facts, open conflicts and outlets; at 80x24 the lines are cut."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.snapshots import open_app, press, two_stories_analysis
from workbench.app import WorkbenchApp


@pytest.fixture
def two_stories_app(tmp_path: Path) -> Iterator[WorkbenchApp]:
    yield from open_app(tmp_path, two_stories_analysis())


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_story_list(snap_compare, two_stories_app, size):
    assert snap_compare(two_stories_app, terminal_size=size, run_before=lambda pilot: press(pilot))
