"""The review app: articles side by side, the selected fact followed across them, decisions stored first.

`WorkbenchApp(store)` shows what an opened Store holds (tests build it this way, so everything is
loaded before the first paint); `WorkbenchApp(store, analyze_paths=[...])` first analyses those
files in a thread worker behind a progress bar and ingests the result.

The App is the shell: start-up, loading, theme, keymap, saving the view state, help, palette and quit.
The review itself (its keys and actions) is the ReviewScreen's.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import Worker, WorkerState

from workbench.app.bindings import TOOLS, effective_bindings, rating_number
from workbench.app.commands import WorkbenchCommands
from workbench.app.key_order import OrderedKeys
from workbench.app.review import Review, opening_story
from workbench.app.screens.analyst import AnalystScreen
from workbench.app.screens.dialog import SCREENS_TCSS
from workbench.app.screens.help import HelpScreen
from workbench.app.screens.review import ReviewScreen
from workbench.app.screens.summary import SummaryScreen
from workbench.app.screens.text import say
from workbench.app.view_state import SAVE_DELAY, THEME_KEY
from workbench.messages import EXIT_BAD_INPUT
from workbench.pipeline import reanalyze
from workbench.resources import styles_dir
from workbench.settings import Settings
from workbench.store import Store, StoreError


class WorkbenchApp(OrderedKeys):
    """Review the candidate facts of one event's coverage, keyboard first."""

    CSS_PATH = [styles_dir() / "app.tcss", SCREENS_TCSS]  # the screens' too: a first `s` or `?` parses nothing
    TITLE = "Fact Workbench"
    COMMANDS = App.COMMANDS | {WorkbenchCommands}

    def __init__(
        self,
        store: Store,
        analyze_paths: list[str] | None = None,
        *,
        keymap: dict[str, str] | None = None,
        max_bytes: int | None = None,
        announce: str | None = None,
        analyze_options: dict[str, Any] | None = None,
        refresh: bool = False,
        ask_analyst: bool = False,
        settings: Settings | None = None,
        blind: bool = False,
        adjudicate: bool = False,
    ) -> None:
        """`keymap` rebinds keys by binding id; `settings` give the rating scale and the publisher; `announce` is a notification shown once loaded;
        `analyze_options` go to `analyze` (timeout, stored_page). The files are analysed only when the store
        does not hold their analysis, and only those changed are extracted again, unless `refresh`. With
        `ask_analyst` (a visitor of `workbench serve`), the analyst's name is asked first; `blind`: the others' decisions on a
        claim are hidden until the analyst decided it (output/blind.py); `adjudicate`: the analyst settles disputed claims
        (Review.adjudicate)."""
        super().__init__()
        self.theme = "textual-dark"
        self.store = store
        self.settings = settings or Settings()
        self._analyze_paths = analyze_paths
        self._max_bytes = max_bytes
        self._analyze_options = dict(analyze_options or {})
        self._refresh = refresh
        self._announce = announce
        self._ask_analyst = ask_analyst
        self._blind = blind
        self._adjudicate = adjudicate
        self._user_keymap = dict(keymap or {})  # not App._keymap, which set_keymap fills
        self._warnings: list[str] = []
        self._unsaved: dict[str, Any] = {}
        self._save_timer: Timer | None = None
        self._state_error_shown = False
        self.load_error: str | None = None
        """Why loading failed (one line), when it did; the app then exits with return code 2."""
        self._quitting = threading.Event()
        """Set on the way out: the analysis stops at its next step and stores nothing."""
        self._storing = threading.Lock()
        """Held while the analysis is stored: quitting waits for a started ingest (one transaction)."""
        self.review_screen = ReviewScreen(
            store,
            None if analyze_paths else Review(store, self.settings, blind, opening_story(store), adjudicate),
            keep=self._keep,
            ready=self.start,
        )
        """The main screen, which owns the review."""

    def get_default_screen(self) -> Screen:
        return self.review_screen

    def say(self, message: str, *, title: str = "", severity: SeverityLevel = "information") -> None:
        """Notify in literal text (never markup, control characters made visible)."""
        say(self, message, title=title, severity=severity)

    def start(self) -> None:
        """Called once the review screen is up: restore the saved state, or start loading (once the analyst
        is named, when asked)."""
        if self._user_keymap:
            self.set_keymap(self._user_keymap)
        self._restore_theme()
        if self._ask_analyst:
            self.push_screen(AnalystScreen(), self._begin_as)
        else:
            self._begin()

    def _begin_as(self, analyst: str | None) -> None:
        """Review as the analyst the visitor named."""
        if analyst is None:
            return
        self.store.analyst = analyst
        self._announce = announcement(self.store)
        self._begin()

    def _begin(self) -> None:
        if self.review_screen.review is not None:
            self.review_screen.populate()
            self.review_screen.offer_stories()
            self._announce_store()
        else:
            self._load(self._analyze_paths or [])

    def _announce_store(self) -> None:
        if self._announce:
            self.say(self._announce, title="Store")
        try:
            seq = self.store.key_registered_otherwise()
        except StoreError as error:
            self.say(f"{error}: your decisions cannot be stored", severity="error", title="Key")
            return
        if seq is not None:
            self.say(
                f"Your key is not the one this store registered for {self.store.analyst} at seq {seq}: `audit --verify`"
                " will report your decisions as signed with another key",
                severity="warning",
                title="Key",
            )

    def _restore_theme(self) -> None:
        """Use the theme chosen last time (kept in the store), and keep the one chosen from now on."""
        saved = self.store.get_state(THEME_KEY)
        if isinstance(saved, str) and saved in self.available_themes:
            self.theme = saved
        self.theme_changed_signal.subscribe(self, lambda theme: self._keep(THEME_KEY, theme.name))

    # -- loading ---------------------------------------------------------------------------------

    @work(exclusive=True, exit_on_error=False, group="load")
    async def _load(self, paths: list[str]) -> Review:
        """Analyse the files and ingest the result into the store (nothing else uses it meanwhile), then read
        the review from it.

        The analysis runs in a daemon thread of its own, not in the event loop's executor, which the
        loop waits for on the way out: quitting cancels this worker at once and leaves the thread behind
        (it stops at its next step, and stores nothing once the app is quitting)."""
        loop = asyncio.get_running_loop()
        finished: asyncio.Future[Review] = loop.create_future()

        def report(outcome: Review | BaseException) -> None:
            if finished.done():
                return
            if isinstance(outcome, Review):
                finished.set_result(outcome)
            else:
                finished.set_exception(outcome)

        def run() -> None:
            outcome: Review | BaseException
            try:
                outcome = self._analyse_and_store(paths, loop)
            except _Quit:
                return
            except Exception as error:  # reported to the worker, which fails with it
                outcome = error
            if not self._quitting.is_set():
                with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: the app is gone
                    loop.call_soon_threadsafe(report, outcome)

        threading.Thread(target=run, name="workbench-analysis", daemon=True).start()
        return await finished

    def _analyse_and_store(self, paths: list[str], loop: asyncio.AbstractEventLoop) -> Review:
        """In the analysis thread: analyse, then store unless the app is quitting (_Quit when it is); the
        review read from the store (here too, so that the screen stays responsive meanwhile)."""

        def show(stage: str, done: int) -> None:
            if self._quitting.is_set():
                raise _Quit
            self.call_from_thread(self.review_screen.show_loading, stage, done)

        def progress(stage: str, done: int, total: int) -> None:
            show(stage, done)

        options: dict[str, Any] = {} if self._max_bytes is None else {"max_bytes": self._max_bytes}
        options |= self._analyze_options
        kept = None if self._refresh else self.store
        try:
            analysis = reanalyze(paths, kept, progress=progress, warn=self._warnings.append, **options)
        except Exception:
            if self._quitting.is_set():  # e.g. the store, closed on the way out, could not be read
                raise _Quit from None
            raise
        if analysis is not None:  # else the store holds the analysis of these very files
            show("storing", 3)
            with self._storing:
                if self._quitting.is_set():
                    raise _Quit
                self.store.ingest(analysis)
        show("reading", 3)
        return Review(self.store, self.settings, self._blind, opening_story(self.store), self._adjudicate)

    def stop_loading(self) -> None:
        """Stop the analysis on the way out: it stores nothing from now on; an ingest already started is
        one transaction, and is waited for, so the store is never left half-written."""
        self._quitting.set()
        with self._storing:
            pass

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "load":
            return
        if event.state == WorkerState.SUCCESS:
            review = event.worker.result
            assert isinstance(review, Review), "a load that succeeds gives the review"
            self.review_screen.loaded(review)
            self.review_screen.offer_stories()
            self._announce_store()
            for warning in self._warnings:
                self.say(warning, severity="warning", title="Skipped")
        elif event.state == WorkerState.ERROR and event.worker.error is not None:
            self.load_error = load_error(event.worker.error)
            self.exit(return_code=EXIT_BAD_INPUT)

    # -- view state ------------------------------------------------------------------------------

    def _keep(self, key: str, value: Any) -> None:
        """Remember view state (selection, filter, theme) and save it once the keys rest, SAVE_DELAY after
        the last change: a key press never writes to the store."""
        self._unsaved[key] = value
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self._save_view_state)

    def _save_view_state(self, wait: bool = False) -> None:
        """Write the remembered view state. Without `wait`, a store another process is writing to fails at
        once and the state waits for the next change or the exit; a failure is reported once."""
        while self._unsaved:
            key, value = next(iter(self._unsaved.items()))
            try:
                self.store.set_state(key, value, wait=wait)
            except StoreError as error:
                if not self._state_error_shown:
                    self._state_error_shown = True
                    self.say(f"{error} (the selection is not saved yet)", severity="warning")
                return
            del self._unsaved[key]

    def on_unmount(self) -> None:
        """Save what view state is left on the way out, waiting for the store if it must; give the review
        back to the cycle collector (frozen out of it once loaded: review._kept_for_good)."""
        self.stop_loading()
        self._save_view_state(wait=True)
        gc.unfreeze()

    # -- help and quit ---------------------------------------------------------------------------

    def action_help(self) -> None:
        """Show every key and what it does."""
        self.push_screen(HelpScreen(self.key_rows()))

    def key_rows(self) -> list[tuple[str, str, str]]:
        """(keys, description, group) for every review key, with the user's keymap applied (a rating key named by
        its rating on the settings' scale, and left out past its end), then the command palette's and the
        summary's keys."""
        rows = []
        ratings = self.settings.scale.names
        for binding in effective_bindings(self._user_keymap):
            keys = " / ".join(self.get_key_display(replace(binding, key=k.strip())) for k in binding.key.split(","))
            description = binding.description
            if (number := rating_number(binding)) is not None:
                if number > len(ratings):
                    continue
                description = f"Rate: {ratings[number - 1]}"
            rows.append((keys, description, binding.section))
        palette = self.get_key_display(Binding(self.COMMAND_PALETTE_BINDING, ""))
        return [*rows, (palette, "Command palette", TOOLS), *SummaryScreen.help_rows()]

    async def action_quit(self) -> None:
        """Leave the app (every decision is already stored), at once also while the articles load."""
        self.stop_loading()
        self.exit()

    def action_help_quit(self) -> None:
        """ctrl+c: while the articles load, quit; afterwards, say which key quits (Textual's way)."""
        if self.review_screen.review is None:
            self.stop_loading()
            self.exit()
        else:
            super().action_help_quit()


class _Quit(Exception):
    """Raised in the analysis thread when the app is quitting: the analysis stops there."""


def announcement(store: Store) -> str:
    """What the app says once loaded: where the decisions go, and under which name."""
    return f"Decisions are saved in {Path(store.path).resolve()} as {store.analyst}."


def load_error(error: BaseException) -> str:
    """Why loading failed, in one line (a NoArticlesError already names each file and why)."""
    return str(error).splitlines()[0] if str(error) else type(error).__name__
