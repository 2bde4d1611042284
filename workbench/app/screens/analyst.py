"""The name a visitor of `workbench serve` reviews under, asked before anything else: each is an analyst."""

from __future__ import annotations

from textual.widgets import Input

from workbench.app.screens.prompt import PromptScreen
from workbench.app.screens.text import say
from workbench.display import one_line

MAX_NAME = 64


def name_problem(name: str) -> str | None:
    """Why `name` (stripped) cannot be an analyst's name, or None."""
    if not name:
        return "a name is needed: your decisions are recorded under it"
    if one_line(name) != name:
        return "a name without control characters, please"
    if len(name) > MAX_NAME:
        return f"at most {MAX_NAME} characters, please"
    return None


class AnalystScreen(PromptScreen):
    """Ask the visitor's name; enter returns it (stripped) once it can be one, escape leaves the app."""

    def __init__(self) -> None:
        super().__init__("Your name (your decisions are recorded under it)")

    def on_mount(self) -> None:
        # Served, the app starts blurred (the browser tab has not said it has the focus), when Textual gives a
        # new screen no focus: the box would not get the keys typed.
        self.query_one("#prompt-input", Input).focus()

    def action_submit(self) -> None:
        name = self.query_one("#prompt-input", Input).value.strip()
        problem = name_problem(name)
        if problem:
            say(self.app, problem, severity="warning")
        else:
            self.dismiss(name)

    def action_cancel(self) -> None:
        self.app.exit()
