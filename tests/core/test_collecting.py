"""An analysis collects garbage less often while it runs (pipeline.COLLECT_EVERY), and leaves the collector
as it found it, however it ends."""

from __future__ import annotations

import gc

import pytest

from workbench import pipeline
from workbench.load.files import NoArticlesError
from workbench.pipeline import analyze
from workbench.resources import seeds_dir


def test_an_analysis_collects_less_often_and_restores_the_collector_after(tmp_path):
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    analyze([seeds_dir()], workers=1, progress=lambda stage, done, total: seen.append(gc.get_threshold()))
    assert seen and all(threshold[0] == pipeline.COLLECT_EVERY for threshold in seen)
    assert gc.get_threshold() == before
    with pytest.raises(NoArticlesError):
        analyze([tmp_path])  # nothing usable in an empty folder
    assert gc.get_threshold() == before
