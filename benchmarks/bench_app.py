"""Benchmark the review app with App.run_test: time to the first screen, and key press to updated screen.

    python benchmarks/bench_app.py                    # the bundled corpus and a 200-article one
    python benchmarks/bench_app.py --articles 500 --presses 60

Targets (issue 4): the median key press (next candidate; confirm) to the repainted screen under
50 ms on the bundled corpus and under 100 ms on 200 articles; the first screen under 1.5 s.
A key press is timed from posting its Key event to the app until its action ran and the next
screen refresh rendered the changed regions (Pilot.press is not used: it sleeps 40+ ms on purpose).
The first screen is timed from constructing the app over an opened store (the corpus analysed and
stored beforehand, as on reopening) to its first refresh.
Exits with status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_analyze import build_corpus
from textual import events

from workbench.app import WorkbenchApp
from workbench.pipeline import analyze
from workbench.resources import seeds_dir
from workbench.store import Store

SIZE = (160, 48)
FIRST_SCREEN_TARGET = 1.5


async def _press_times(store: Store, presses: int) -> tuple[float, list[float], list[float]]:
    """(seconds to the first screen, next-candidate times, confirm times)."""
    started = time.perf_counter()
    app = WorkbenchApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await _refreshed(app)
        first_screen = time.perf_counter() - started
        await pilot.pause()
        review = app.review_screen.review
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
    return first_screen, moves, confirms


async def _refreshed(app: WorkbenchApp) -> float:
    """Wait for the next screen refresh (the changed regions rendered); the time then."""
    done: asyncio.Future[float] = asyncio.get_running_loop().create_future()
    app.call_after_refresh(lambda: done.set_result(time.perf_counter()))
    return await done


async def _timed(app: WorkbenchApp, key: str, handled: Callable[[], bool]) -> float:
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


def measure(name: str, paths: list[str], presses: int, target: float) -> bool:
    """Analyse and store the corpus, run the app on it, print the medians; whether the targets hold."""
    with tempfile.TemporaryDirectory() as tmp:
        analysis = analyze(paths)
        with Store.open(Path(tmp) / "bench.sqlite", analyst="bench") as store:
            store.ingest(analysis)
            first_screen, moves, confirms = asyncio.run(_press_times(store, presses))
    move, confirm = statistics.median(moves), statistics.median(confirms)
    ok = move < target and confirm < target and first_screen < FIRST_SCREEN_TARGET
    print(
        f"{name:<22} {len(analysis.articles):>4} articles {len(analysis.candidates):>6} candidates | "
        f"first screen {first_screen * 1000:6.0f} ms | next candidate median {move * 1000:5.1f} ms "
        f"(max {max(moves) * 1000:5.1f}) | confirm median {confirm * 1000:5.1f} ms (max {max(confirms) * 1000:5.1f}) "
        f"| target {target * 1000:.0f} ms: {'ok' if ok else 'MISSED'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200, help="size of the generated corpus")
    parser.add_argument("--presses", type=int, default=40, help="key presses of each kind timed per corpus")
    args = parser.parse_args()
    ok = measure("bundled seeds", [str(seeds_dir())], args.presses, 0.050)
    with tempfile.TemporaryDirectory() as tmp:
        build_corpus(Path(tmp), args.articles)
        ok &= measure(f"generated ({args.articles})", [tmp], args.presses, 0.100)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
