"""The app names sources by outlet and date, and `workbench open` reuses the pages the store keeps."""

from __future__ import annotations

import asyncio

import workbench.app as app_module
import workbench.cli.main as cli_main
from tests.app.pilot import loaded
from tests.support.local_site import PAGES
from workbench.app import WorkbenchApp
from workbench.app.screens import SummaryScreen
from workbench.app.widgets.pane_window import PaneWindow
from workbench.cli.main import main
from workbench.store import Store


def _headers(app: WorkbenchApp) -> dict[str, str]:
    return {pane.view.article_id: str(pane.header.render()) for _, pane in app.query_one(PaneWindow).shown()}


def test_pane_headers_and_summary_columns_name_the_outlet(tmp_path):
    async def review() -> None:
        with Store.open(tmp_path / "w.sqlite", analyst="ana") as store:
            app = WorkbenchApp(store, analyze_paths=[str(PAGES / "news.html"), str(PAGES / "bare.html")])
            async with app.run_test(size=(160, 40)) as pilot:
                await loaded(app, pilot)  # the panes mount a few turns after the worker ends
                headers = _headers(app)
                assert "The Lakeport Courier, 2024-03-15" in headers["news"].splitlines()[1]
                assert "bare" in headers["bare"].splitlines()[1]  # no metadata: the article id
                await pilot.press("s")
                await pilot.pause()
                assert isinstance(app.screen, SummaryScreen)
                labels = [app.screen.table.label(column).plain for column in (5, 6)]
                assert labels == ["1 The Lakeport Courier", "2 Council approves new cycle lanes"]

    asyncio.run(review())


def test_open_reuses_the_stored_page_unless_refreshed(site, tmp_path):
    address = f"{site.base}/news/ferry-fire.html"

    async def load(db, **options) -> None:
        with Store.open(db, analyst="ana") as store:
            options = {"stored_page": store.page, **options}
            app = WorkbenchApp(store, analyze_paths=[address], analyze_options=options)
            async with app.run_test(size=(120, 30)):
                await app.workers.wait_for_complete()

    db = tmp_path / "w.sqlite"
    asyncio.run(load(db))
    asyncio.run(load(db))
    assert site.hits["/news/ferry-fire.html"] == 1
    asyncio.run(load(db, stored_page=None))
    assert site.hits["/news/ferry-fire.html"] == 2


def test_cli_open_passes_refresh_and_timeout_to_the_app(monkeypatch, tmp_path):
    seen: list[dict] = []

    class Recorder:
        def __init__(self, store, **kwargs):
            seen.append(kwargs["analyze_options"] | {"store": store})
            self.load_error, self.return_code = None, 0

        def run(self) -> None:
            pass

    monkeypatch.setattr(app_module, "WorkbenchApp", Recorder)
    monkeypatch.setattr(cli_main, "_terminal_missing", lambda: None)  # as in a terminal
    db = str(tmp_path / "w.sqlite")
    assert main(["open", "--db", db, "--timeout", "3", "https://news.example/a"]) == 0
    assert main(["open", "--db", db, "--refresh", "https://news.example/a"]) == 0
    first, refreshed = seen
    assert first["timeout"] == 3.0 and first["stored_page"] == first["store"].page
    assert refreshed["stored_page"] is None and refreshed["timeout"] == 20.0
