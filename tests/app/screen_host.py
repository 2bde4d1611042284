"""A bare host app for driving one of the review app's screens with Pilot (no store needed), and the link
screen's example mention and options."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from workbench.app.bindings import REVIEW_BINDINGS
from workbench.app.commands import WorkbenchCommands
from workbench.store import ArticleRecord, CandidateRecord

UNSET = object()
PALETTE_ACTIONS = {b.action for b in REVIEW_BINDINGS if b.command}
MARKUP = "[bold]not bold[/bold] [link=http://x]y[/link] [$accent]z[/] \x1b[31mred\x1b[0m\tx\x07"


class HostScreen(Screen):
    """The screen the palette is opened from: a review screen's articles and actions, recorded in the app."""

    def __init__(self, disabled: set[str]) -> None:
        super().__init__()
        self.disabled = set(disabled)
        articles = [
            ArticleRecord("a1", "a1.txt", "Dam gives way", "", ""),
            ArticleRecord("a2", "a2.txt", MARKUP, "", ""),
        ]
        self.review = SimpleNamespace(articles=articles)

    def compose(self) -> ComposeResult:
        yield Static("host")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action not in self.disabled

    def action_goto_article(self, article_id: str) -> None:
        self.app.ran.append(("goto_article", article_id))

    def __getattr__(self, name: str):
        if name.startswith("action_") and name[len("action_") :] in PALETTE_ACTIONS:
            return lambda: self.app.ran.append((name[len("action_") :],))
        raise AttributeError(name)


class Host(App):
    """A bare app that shows one screen and keeps what it was dismissed with."""

    COMMANDS = App.COMMANDS | {WorkbenchCommands}

    def __init__(self, screen=None, disabled: set[str] = frozenset()) -> None:
        super().__init__()
        self.first_screen = screen
        self.result: Any = UNSET
        self.ran: list[tuple[str, ...]] = []
        self.disabled = set(disabled)

    def get_default_screen(self) -> Screen:
        return HostScreen(self.disabled)

    def on_mount(self) -> None:
        if self.first_screen is not None:
            self.push_screen(self.first_screen, self.keep)

    def keep(self, result: Any) -> None:
        self.result = result


def drive(screen, *keys: str, size=(100, 30), then=None):
    """Show `screen` in a Host, press `keys`, run `then(app)` (sync or async); return the app."""

    async def run() -> Host:
        app = Host(screen)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for key in keys:
                await pilot.press(key)
            await pilot.pause()
            if then is not None:
                outcome = then(app)
                if asyncio.iscoroutine(outcome):
                    await outcome
        return app

    return asyncio.run(run())


SOURCE = CandidateRecord("a:1-9:quantity", "a", 1, 9, "14 people", "quantity", 14, [0, 20], unit="person")
OPTIONS = [
    {
        "candidate_id": "b:5-14:quantity",
        "article": "b",
        "title": "Beta Wire",
        "text": "14 people",
        "value": 14,
        "mark": "agree",
        "score": 0.92,
        "preselected": True,
    },
    {
        "candidate_id": "c:8-17:quantity",
        "article": "c",
        "title": "Gamma Post",
        "text": "16 people",
        "value": 16,
        "mark": "conflict",
        "score": 0.81,
        "preselected": True,
    },
    {
        "candidate_id": "d:2-9:quantity",
        "article": "d",
        "title": "Delta",
        "text": MARKUP,
        "value": 3,
        "mark": "conflict",
        "score": 0.2,
        "preselected": False,
    },
]
