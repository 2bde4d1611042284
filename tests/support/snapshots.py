"""What the snapshot tests show: frozen analyses of the bundled corpus and two small fixtures, in a store with a
fixed clock.

The analyses are what `workbench analyze --format json` wrote for seeds/, tests/fixtures/markup/ and
tests/fixtures/paraphrase/, kept in tests/fixtures/analysis/ (tests/support/frozen.py reads them back and writes
them again), so a snapshot moves when the app's look changes, not when the extractors do. The store's clock is
fixed and no Input's cursor blinks (tests/conftest.py), so the same keys give the same screen.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path

from textual.pilot import Pilot

from tests.support.frozen import load_frozen
from workbench.app import WorkbenchApp
from workbench.model import Analysis, Story
from workbench.store import Store


@cache
def seeds_analysis() -> Analysis:
    """The bundled demo corpus, as analysed when the frozen analysis was written."""
    return load_frozen("seeds")


@cache
def markup_analysis() -> Analysis:
    """The markup article (markup-like text, escape and control characters), frozen."""
    return load_frozen("markup")


@cache
def paraphrase_analysis() -> Analysis:
    """Two short made-up articles whose quotes of one speaker are a paraphrase of each other, frozen."""
    return load_frozen("paraphrase")


def two_stories_analysis() -> Analysis:
    """The demo corpus and the paraphrase pair as one folder of two stories (both frozen; the pair's cluster ids
    made apart)."""
    seeds, pair = seeds_analysis(), paraphrase_analysis()
    return Analysis(
        articles=[*seeds.articles, *pair.articles],
        candidates=[*seeds.candidates, *pair.candidates],
        clusters=[*seeds.clusters, *(replace(c, id=f"pair-{c.id}") for c in pair.clusters)],
        shared_passages=[*seeds.shared_passages, *pair.shared_passages],
        stories=[Story("s1", [a.id for a in seeds.articles]), Story("s2", [a.id for a in pair.articles])],
    )


def candidate_id(analysis: Analysis, article: str, text: str, kind: str | None = None) -> str:
    """The id of the first candidate in `article` whose text starts with `text` (of that kind, if given)."""
    return next(
        c.id for c in analysis.candidates if c.article == article and c.text.startswith(text) and kind in (None, c.kind)
    )


def open_app(tmp_path: Path, analysis: Analysis) -> Iterator[WorkbenchApp]:
    """The app over a fresh store holding the analysis (the store's clock is the tests' fixed one, see conftest.py)."""
    store = Store.open(tmp_path / "review.db", analyst="analyst")
    store.ingest(analysis)
    try:
        yield WorkbenchApp(store)
    finally:
        store.close()


async def press(pilot: Pilot, *keys: str) -> None:
    """Once the app is up, press the keys and let the screen settle (no cursor blinks: see conftest.py)."""
    await pilot.pause()
    await pilot.press(*keys)
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


async def select(pilot: Pilot, candidate: str) -> None:
    """Once the app is up, select the candidate (as enter in the summary does) and let the screen settle."""
    await pilot.pause()
    pilot.app.review_screen.goto_candidate(candidate)
    await press(pilot)


def speakers_differ_analysis() -> Analysis:
    """The demo corpus with the Herald's copy of Erik Marsk's quote credited to Hanna Marsk instead: one quote
    whose outlets name different speakers."""
    analysis = copy.deepcopy(seeds_analysis())
    cluster = next(
        c
        for c in analysis.clusters
        if c.kind == "quote" and {"Erik Marsk"} == {_speaker(analysis, m) for m in c.members}
    )
    herald = next(c for c in analysis.candidates if c.id in cluster.members and c.article == "03_kessar_herald")
    herald.speaker = herald.attributed_to = "Hanna Marsk"
    cluster.speakers_differ = True
    cluster.origins = ["Erik Marsk", "Hanna Marsk"]
    return analysis


def _speaker(analysis: Analysis, cid: str) -> str | None:
    return next(c.speaker for c in analysis.candidates if c.id == cid)
