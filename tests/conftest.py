"""What every test gets, and the fixtures more than one test folder uses.

Every test runs with its own HOME (an empty folder, where the analysts' keys are made), without WORKBENCH_KEYMAP,
WORKBENCH_ANALYST, WORKBENCH_KEYS, WORKBENCH_SETTINGS or XDG_CONFIG_HOME from the environment, with the store's clock fixed (one second per event from 2027-09-01 09:00:00 UTC) and with
no blinking cursor in any Input, so that what a test sees does not depend on the machine, the user or the time.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from textual.widgets import Input

import workbench.extract as extract_py
from tests.support.local_site import PROXY_VARIABLES, serve_site
from tests.support.paths import SEEDS
from tests.support.small_corpus import make_analysis
from tests.support.snapshots import markup_analysis, open_app, paraphrase_analysis, seeds_analysis
from workbench.app import WorkbenchApp
from workbench.store import Store

CLOCK_START = datetime(2027, 9, 1, 9, 0, 0, tzinfo=UTC)


def fixed_clock() -> Iterator[str]:
    """Audit times one second apart from CLOCK_START, in the form workbench.store.audit.now gives."""
    for tick in itertools.count():
        yield (CLOCK_START + timedelta(seconds=tick)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """HOME, the workbench's environment variables, the store's clock and the cursor blink, as the module says."""
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("WORKBENCH_KEYMAP", raising=False)
    monkeypatch.delenv("WORKBENCH_ANALYST", raising=False)
    monkeypatch.delenv("WORKBENCH_KEYS", raising=False)
    monkeypatch.delenv("WORKBENCH_SETTINGS", raising=False)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    ticks = fixed_clock()
    monkeypatch.setattr("workbench.store.audit.now", lambda: next(ticks))
    start_input = Input.__init__

    def still_input(self: Input, *args, **kwargs) -> None:
        start_input(self, *args, **kwargs)
        self.cursor_blink = False

    monkeypatch.setattr(Input, "__init__", still_input)


# -- the small hand-made corpus in a store (tests/support/small_corpus.py) ---------------------------


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "review.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A store at db_path holding the small corpus, analyst "ann"."""
    with Store.open(db_path, analyst="ann") as opened:
        opened.ingest(make_analysis())
        yield opened


# -- reopening: a corpus folder the test may change, and which files get extracted -------------------


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A copy of the demo corpus (its articles) that the test may change."""
    copy = tmp_path / "articles"
    shutil.copytree(SEEDS, copy, ignore=shutil.ignore_patterns("*.json"))
    return copy


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of each file extracted (extract.extract_article) from now on, in order."""
    names: list[str] = []
    real = extract_py.extract_article

    def counted(article, index):
        names.append(Path(article.path).name)
        return real(article, index)

    monkeypatch.setattr(extract_py, "extract_article", counted)
    return names


# -- a website on 127.0.0.1 (tests/support/local_site.py) -------------------------------------------


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch):
    """A fixture website on 127.0.0.1, reached without any proxy; its base address is site.base."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "*")
    with serve_site() as served:
        yield served


# -- the app over the corpora the snapshots show (tests/support/snapshots.py) ---------------------


@pytest.fixture
def seeds_app(tmp_path: Path) -> Iterator[WorkbenchApp]:
    """The app over a fresh store holding the gold-marked demo corpus."""
    yield from open_app(tmp_path, seeds_analysis())


@pytest.fixture
def markup_app(tmp_path: Path) -> Iterator[WorkbenchApp]:
    """The app over a fresh store holding the markup article."""
    yield from open_app(tmp_path, markup_analysis())


@pytest.fixture
def paraphrase_app(tmp_path: Path) -> Iterator[WorkbenchApp]:
    """The app over a fresh store holding the paraphrase pair."""
    yield from open_app(tmp_path, paraphrase_analysis())
