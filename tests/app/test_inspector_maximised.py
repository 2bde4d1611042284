"""`m` maximises the inspector: alone on screen under the header, every section in full (nothing cut into a
"… more lines"), scrolled with ↑ ↓ while j / k still move; `m` again puts it back beside the panes."""

from __future__ import annotations

from tests.app.pilot import sync
from workbench.app import WorkbenchApp
from workbench.app.widgets.article_view import ArticleView
from workbench.app.widgets.inspector import Inspector, Section
from workbench.store import Store


def _text(app: WorkbenchApp, section: str) -> str:
    return str(app.query_one(f"#inspector-{section}", Section).render())


@sync
async def test_the_maximised_inspector_shows_everything_at_80x24_and_scrolls(seeds_db):
    with Store.open(seeds_db, analyst="ann") as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("c", "n", *"a note", "enter")  # a claim, a note and its history to show too
            await pilot.pause()
            assert "more line" in _text(app, "sources")  # cut beside the panes at 80x24
            selected = app.review_screen.current
            await pilot.press("m")
            await pilot.pause()
            inspector = app.query_one(Inspector)
            assert app.screen.maximized is inspector and app.focused is inspector
            assert "more line" not in _text(app, "sources") and "a note" in _text(app, "claim")
            assert _text(app, "claim").rstrip().endswith("note “a note”")  # the history's last event, not cut
            assert inspector.max_scroll_y > 0  # taller than the screen: it scrolls
            await pilot.press("down", "down")
            assert inspector.scroll_y > 0 and app.review_screen.current == selected  # ↓ scrolls, not moves
            await pilot.press("j")
            assert app.review_screen.current != selected  # j still moves to the next fact
            await pilot.press("m")
            await pilot.pause()
            assert app.screen.maximized is None and isinstance(app.focused, ArticleView)
            assert "more line" in _text(app, "sources") or "History" not in _text(app, "claim")
