"""The app can be quit while it analyses: q or ctrl+c during a long stage ends it at once, cancelling the
load; a store this run created is removed, one that existed keeps everything. `open` without a terminal
refuses in one line instead of spinning."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from textual.widgets import Label
from textual.worker import WorkerState

import workbench.app.app as app_py
from tests.support.paths import SEEDS
from tests.support.small_corpus import make_analysis
from workbench.app import WorkbenchApp, run_app
from workbench.store import Store

STUCK = 30.0
"""How long the slow stage would last: far longer than quitting may take."""


class SlowAnalysis:
    """`reanalyze` stuck in its extracting stage (as on a hostile file) until released or STUCK passes;
    it never checks for cancellation itself."""

    def __init__(self) -> None:
        self.extracting = threading.Event()
        self.release = threading.Event()

    def __call__(self, paths, kept, *, progress=lambda *_: None, **_):
        progress("loading", 0, 3)
        progress("extracting", 1, 3)
        self.extracting.set()
        self.release.wait(STUCK)
        progress("aligning", 2, 3)
        return make_analysis()


@pytest.fixture
def slow(monkeypatch):
    analysis = SlowAnalysis()
    monkeypatch.setattr(app_py, "reanalyze", analysis)
    yield analysis
    analysis.release.set()  # let the abandoned thread end


async def quit_while_extracting(app: WorkbenchApp, slow: SlowAnalysis, key: str) -> float:
    """Run the app, press `key` once it shows "Extracting…"; the seconds from the key to the app's end."""
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(200):
            await pilot.pause(0.01)
            if slow.extracting.is_set() and "Extracting" in str(app.query_one("#loading-stage", Label).render()):
                break
        else:
            raise AssertionError("the analysis never reached its extracting stage")
        started = time.monotonic()
        await pilot.press(key)
    return time.monotonic() - started


@pytest.mark.parametrize("key", ["q", "ctrl+c"])
def test_quitting_while_extracting_ends_the_app_at_once_and_stores_nothing(tmp_path, slow, key):
    with Store.open(tmp_path / "new.sqlite") as store:
        app = WorkbenchApp(store, analyze_paths=[str(SEEDS)])
        started = time.monotonic()
        took = asyncio.run(quit_while_extracting(app, slow, key))  # asyncio.run also waits for the executor
        assert took < 3 and time.monotonic() - started < 10
        assert [w.state for w in app.workers] in ([], [WorkerState.CANCELLED])
        slow.release.set()  # the abandoned analysis finishes: it must not store anything now
        time.sleep(0.2)
        assert store.articles() == [] and app.load_error is None


@pytest.mark.parametrize("existing", [False, True])
def test_open_quit_while_extracting_leaves_no_half_made_store(tmp_path, slow, monkeypatch, existing):
    db = tmp_path / "review.sqlite"
    if existing:
        with Store.open(db, analyst="ann") as store:
            store.ingest(make_analysis())
            before = [a.id for a in store.articles()]

    def run(app: WorkbenchApp) -> None:
        asyncio.run(quit_while_extracting(app, slow, "q"))

    monkeypatch.setattr(WorkbenchApp, "run", run)
    assert run_app([str(SEEDS)], db=str(db), analyst="ann") == 0
    if existing:
        with Store.open(db, analyst="ann") as store:
            assert [a.id for a in store.articles()] == before and store.verify().ok
    else:
        assert list(tmp_path.glob("review.sqlite*")) == []


def test_open_without_a_terminal_refuses_in_one_line(tmp_path):
    db = tmp_path / "review.sqlite"
    command = [sys.executable, "-c", "import sys; from workbench.cli.main import main; sys.exit(main(sys.argv[1:]))"]
    done = subprocess.run(
        [*command, "open", "--db", str(db), str(SEEDS)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=20,
        env=os.environ | {"WORKBENCH_KEYMAP": ""},
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("workbench: error: ") and done.stderr.count("\n") == 1
    assert "terminal" in done.stderr
    assert not Path(db).exists()
