"""Fixtures of the app tests: the small corpus and the demo corpus in stores the app opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.paths import SEEDS
from tests.support.small_corpus import make_analysis
from workbench.model import Analysis
from workbench.pipeline import analyze
from workbench.store import Store


@pytest.fixture(scope="module")
def seeds_analysis() -> Analysis:
    """The bundled demo corpus as the pipeline analyses it now."""
    return analyze([SEEDS])


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Store]:
    """A store over the store tests' three hand-made articles (known candidates and clusters)."""
    with Store.open(tmp_path / "small.sqlite", analyst="ann") as store:
        store.ingest(make_analysis())
        yield store


@pytest.fixture
def seeds_db(tmp_path: Path, seeds_analysis: Analysis) -> Path:
    """A store file holding the demo corpus."""
    path = tmp_path / "seeds.sqlite"
    with Store.open(path, analyst="ann") as store:
        store.ingest(seeds_analysis)
    return path
