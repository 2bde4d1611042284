"""The app reopens a store without analysing the files again when none changed (issue 13, part 3), and
analyses them all again when refreshed."""

from __future__ import annotations

import asyncio
import threading

import workbench.app.app as app_py
from tests.app.pilot import loaded
from workbench.app import WorkbenchApp
from workbench.store import Store


def test_the_app_reopens_unchanged_files_without_extracting_them_unless_refreshed(tmp_path, seeds_copy, extracted):
    async def open_app(refresh: bool = False) -> tuple[int, int]:
        with Store.open(tmp_path / "w.sqlite", analyst="ana") as store:
            app = WorkbenchApp(store, analyze_paths=[str(seeds_copy)], refresh=refresh)
            async with app.run_test(size=(120, 30)) as pilot:
                await loaded(app, pilot)
                return len(app.review_screen.review.article_ids), store.head().count

    articles, events = asyncio.run(open_app())
    assert (articles, len(extracted)) == (5, 5)
    extracted.clear()
    assert asyncio.run(open_app()) == (5, events)
    assert extracted == []
    assert asyncio.run(open_app(refresh=True)) == (5, events)  # the same analysis again: nothing to record
    assert len(extracted) == 5


def test_the_review_is_read_from_the_store_outside_the_event_loop(tmp_path, seeds_copy, monkeypatch):
    readers: list[str] = []

    class Recorded(app_py.Review):
        def __init__(self, store: Store, *options) -> None:
            readers.append(threading.current_thread().name)
            super().__init__(store, *options)

    monkeypatch.setattr(app_py, "Review", Recorded)

    async def open_app() -> None:
        with Store.open(tmp_path / "w.sqlite", analyst="ana") as store:
            app = WorkbenchApp(store, analyze_paths=[str(seeds_copy)])
            async with app.run_test(size=(120, 30)) as pilot:
                await loaded(app, pilot)
                assert isinstance(app.review_screen.review, Recorded)

    asyncio.run(open_app())
    asyncio.run(open_app())  # reopened: nothing analysed, the review read all the same
    assert readers == ["workbench-analysis"] * 2
