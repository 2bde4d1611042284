"""Helpers for driving the review app with Pilot: running async tests, what is on screen, waiting for a load."""

from __future__ import annotations

import asyncio
import functools

from textual.widgets._toast import Toast

from workbench.app import WorkbenchApp
from workbench.app.widgets.article_view import ArticleView
from workbench.app.widgets.pane_window import PaneWindow
from workbench.store import Store


def sync(test):
    """Run an async test with asyncio.run (pytest keeps seeing its fixtures through functools.wraps)."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        asyncio.run(test(*args, **kwargs))

    return run


def shown(app: WorkbenchApp) -> dict[str, ArticleView]:
    """The article views on screen, by the article they show."""
    return {pane.view.article_id: pane.view for _, pane in app.query_one(PaneWindow).shown()}


def header_text(app: WorkbenchApp, article_id: str) -> str:
    for _, pane in app.query_one(PaneWindow).shown():
        if pane.view.article_id == article_id:
            return str(pane.header.render())
    raise AssertionError(f"{article_id} is not shown")


async def loaded(app: WorkbenchApp, pilot) -> None:
    """Wait for the load worker, then for the panes it mounts to take the focus (a few turns later)."""
    await app.workers.wait_for_complete()
    for _ in range(50):
        await pilot.pause()
        if isinstance(app.focused, ArticleView):
            return
    raise AssertionError("the panes never took the focus")


def first_pending(store: Store, article_id: str) -> str:
    return next(c.id for c in store.candidates(article_id) if c.status == "pending")


def toasts(app: WorkbenchApp) -> list[str]:
    """The text of every notification on screen."""
    return [toast.render().plain for toast in app.screen.query(Toast)]
