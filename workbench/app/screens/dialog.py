"""The shape every workbench modal shares: a bordered dialog, a footer of its keys, escape to cancel."""

from __future__ import annotations

from typing import TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer

from workbench.resources import styles_dir

ResultType = TypeVar("ResultType")

SCREENS_TCSS = styles_dir() / "screens.tcss"


class Dialog(ModalScreen[ResultType]):
    """A modal dialog: subclasses give `compose_body`; escape dismisses it with None."""

    CSS_PATH = SCREENS_TCSS
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, title: Content) -> None:
        super().__init__()
        self.dialog_title = title

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = self.dialog_title
            yield from self.compose_body()
        yield Footer()

    def compose_body(self) -> ComposeResult:
        """The dialog's widgets, inside its border."""
        yield from ()

    def action_cancel(self) -> None:
        """Close the dialog without a result."""
        self.dismiss(None)
