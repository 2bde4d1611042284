"""Benchmark the review app with App.run_test: first screen, key press to updated screen, the summary, memory.

    python benchmarks/bench_app.py                          # the bundled corpus and a 200-article one
    python benchmarks/bench_app.py --articles 500 --presses 60
    python benchmarks/bench_app.py --folder DIR --store FILE  # a folder of articles, analysed into FILE once
    python benchmarks/bench_app.py --store FILE               # ... and measured again from FILE (kept as is)

Targets: the median key press (next candidate; confirm) to the repainted screen under 50 ms on the bundled
corpus and on a folder given (issue 13: 3,000 articles), under 100 ms on the generated corpus (issue 4); its
95th percentile under 100 ms; the first screen under 1.5 s; the summary (`s`) open in under 200 ms; the
app's memory with the summary open under 1 GB.

A key press is timed from posting its Key event to the app until its action ran and the next screen refresh
rendered the changed regions (Pilot.press is not used: it sleeps 40+ ms on purpose). The first screen is
timed from constructing the app over an opened store (the corpus analysed and stored beforehand, as on
reopening) to its first refresh. The summary is opened once the app has been idle a moment (its matrix is
built after the first screen), then again after the decisions. Each line ends with a floor measured in the
same run: the same key round trip in a minimal Textual app (about one frame). The analysis runs in a child
process, so the memory measured (resident, with the summary open) is the app's.
Exits with status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench_analyze import build_corpus
from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Static

from workbench.app import WorkbenchApp
from workbench.app.screens import SummaryScreen
from workbench.pipeline import analyze
from workbench.resources import seeds_dir
from workbench.store import Store

SIZE = (160, 48)
FIRST_SCREEN_TARGET = 1.5
KEY_TARGET = 0.050  # median: the bundled corpus, and a folder of any size (issue 13: 3,000 articles)
GENERATED_TARGET = 0.100  # median on the generated corpus (issue 4)
P95_TARGET = 0.100
SUMMARY_TARGET = 0.200
MEMORY_TARGET = 1024  # MB
IDLE = 3.0  # seconds the app is left alone after its first screen, as an analyst reads it


class Floor(App[None]):
    """The least a key round trip costs here: a key that changes one line of text."""

    def compose(self) -> ComposeResult:
        yield Static("0", id="count")

    def on_key(self) -> None:
        static = self.query_one(Static)
        static.update(str(int(str(static.render())) + 1))


async def _floor(presses: int) -> float:
    """The median key round trip of the minimal app."""
    app = Floor()
    async with app.run_test(size=SIZE):
        await _refreshed(app)
        count = app.query_one(Static)
        times = [await _timed(app, "x", lambda n=n: str(count.render()) == str(n + 1)) for n in range(max(presses, 20))]
    return statistics.median(times)


@dataclass
class Session:
    """What one run of the app measured: seconds, and MB of memory."""

    first_screen: float
    summary: float
    summary_again: float
    summary_keys: list[float]
    moves: list[float]
    confirms: list[float]
    memory: float


async def _session(store: Store, presses: int) -> Session:
    """Run the app: first screen, summary open, key presses, the summary again; the times and the memory."""
    started = time.perf_counter()
    app = WorkbenchApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await _refreshed(app)
        first_screen = time.perf_counter() - started
        await asyncio.sleep(IDLE)
        summary = await _open_summary(app)
        summary_keys = [await _timed(app, "j", lambda: True) for _ in range(10)]
        await pilot.press("escape")
        review = app.review_screen.review
        assert review is not None
        moves, confirms = [], []
        for _ in range(presses):
            article = review.article_ids[app.review_screen.focus_index]
            following = review.step(article, app.review_screen.current, +1)
            if following == app.review_screen.current:  # the end of the article: on to the next one
                await pilot.press("tab")
                continue
            moves.append(await _timed(app, "j", lambda following=following: app.review_screen.current == following))
            confirms.append(
                await _timed(app, "c", lambda following=following: review.by_id[following].status == "confirmed")
            )
        summary_again = await _open_summary(app)
        memory = _resident_mb()
        await pilot.press("escape")
    return Session(first_screen, summary, summary_again, summary_keys, moves, confirms, memory)


async def _open_summary(app: WorkbenchApp) -> float:
    """Seconds from the `s` key to the summary on screen."""
    start = time.perf_counter()
    app.post_message(events.Key("s", "s"))
    while not isinstance(app.screen, SummaryScreen):
        await asyncio.sleep(0)
    return await _refreshed(app) - start


def _resident_mb() -> float:
    """This process's resident memory now, in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


async def _refreshed(app: App) -> float:
    """Wait for the next screen refresh (the changed regions rendered); the time then."""
    done: asyncio.Future[float] = asyncio.get_running_loop().create_future()
    app.call_after_refresh(lambda: done.set_result(time.perf_counter()))
    return await done


async def _timed(app: App, key: str, handled: Callable[[], bool]) -> float:
    """Seconds from a key press reaching the app to the screen showing its effect.

    The key goes the way a terminal's does (app, focused widget, bindings); once `handled()` says
    its action ran, the time is taken after the following screen refresh.
    """
    start = time.perf_counter()
    app.post_message(events.Key(key, key))
    while not handled():
        if time.perf_counter() - start > 5:
            raise RuntimeError(f"the {key!r} key was not handled")
        await asyncio.sleep(0)
    return await _refreshed(app) - start


def _ingest(paths: list[str], db: str) -> None:
    """Analyse the articles and store them (run in a child process)."""
    with Store.open(Path(db), analyst="bench") as store:
        store.ingest(analyze(paths))


def _p95(times: list[float]) -> float:
    return sorted(times)[round(0.95 * (len(times) - 1))]


def measure(name: str, db: Path, presses: int, target: float) -> bool:
    """Run the app over a copy of the store `db`, print the figures; whether the targets hold."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.sqlite"
        shutil.copy(db, copy)
        with Store.open(copy, analyst="bench") as store:
            articles, candidates = len(store.articles()), len(store.candidates())
            run = asyncio.run(_session(store, presses))
    floor = asyncio.run(_floor(presses))
    move, confirm = statistics.median(run.moves), statistics.median(run.confirms)
    move_p95, confirm_p95 = _p95(run.moves), _p95(run.confirms)
    ok = (
        max(move, confirm) < target
        and max(move_p95, confirm_p95) < P95_TARGET
        and run.first_screen < FIRST_SCREEN_TARGET
        and max(run.summary, run.summary_again) < SUMMARY_TARGET
        and run.memory < MEMORY_TARGET
    )
    ms = 1000
    print(
        f"{name:<22} {articles:>5} articles {candidates:>6} candidates | first screen {run.first_screen * ms:5.0f} ms"
        f" | next candidate median {move * ms:5.1f} ms (p95 {move_p95 * ms:5.1f}, max {max(run.moves) * ms:5.1f})"
        f" | confirm median {confirm * ms:5.1f} ms (p95 {confirm_p95 * ms:5.1f}, max {max(run.confirms) * ms:5.1f})"
        f" | summary open {run.summary * ms:4.0f} ms, after the decisions {run.summary_again * ms:4.0f} ms,"
        f" j there {statistics.median(run.summary_keys) * ms:4.1f} ms | memory {run.memory:5.0f} MB"
        f" | floor {floor * ms:4.1f} ms | target {target * ms:.0f} ms: {'ok' if ok else 'MISSED'}"
    )
    return ok


def stored(paths: list[str], db: Path) -> Path:
    """The store `db` holding the analysis of `paths` (made in a child process)."""
    child = multiprocessing.get_context("spawn").Process(target=_ingest, args=(paths, str(db)))
    child.start()
    child.join()
    if child.exitcode:
        raise SystemExit(f"analysing {paths} failed")
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200, help="size of the generated corpus")
    parser.add_argument("--presses", type=int, default=40, help="key presses of each kind timed per corpus")
    parser.add_argument("--folder", help="measure this folder of articles instead of the bundled and generated ones")
    parser.add_argument("--store", help="the store to analyse --folder into, or to measure as it is without it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.folder or args.store:
            db = Path(args.store or Path(tmp) / "folder.sqlite")
            if args.folder:
                db.unlink(missing_ok=True)
                stored([args.folder], db)
            return 0 if measure(Path(args.folder or db).name, db, args.presses, KEY_TARGET) else 1
        ok = measure("bundled seeds", stored([str(seeds_dir())], Path(tmp) / "seeds.sqlite"), args.presses, KEY_TARGET)
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        build_corpus(corpus, args.articles)
        generated = stored([str(corpus)], Path(tmp) / "generated.sqlite")
        ok &= measure(f"generated ({args.articles})", generated, args.presses, GENERATED_TARGET)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
