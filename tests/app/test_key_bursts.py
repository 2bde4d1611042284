"""Keys typed in one burst, with no pause (as a fast typist, a paste without bracketed paste, or a
script sends them), are handled in the order typed: Enter in a dialog submits exactly what was typed
before it, and the keys typed after the one that opens a dialog go into the dialog."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from textual import events
from textual.widgets import Input

from tests.app.pilot import sync, toasts
from workbench.app import WorkbenchApp
from workbench.app.screens import FilterScreen, PromptScreen
from workbench.model import Analysis, Article, Candidate
from workbench.store import Store

NAMED = {" ": "space", "+": "plus", "-": "minus", ".": "full_stop", ",": "comma"}


def burst(app: WorkbenchApp, *keys: str) -> None:
    """Send every key to the app at once, as a terminal does for a burst: no key waits for the one before
    (Pilot.press waits for the app to idle after each). A key is a name ("enter", "ctrl+u") or a
    character; a `Paste` is sent as it is."""
    for key in keys:
        if len(key) == 1:
            event = events.Key(NAMED.get(key, key), key)
        else:
            event = events.Key(key, " " if key == "space" else None)
        app._driver.send_message(event)


async def settle(pilot, turns: int = 20) -> None:
    for _ in range(turns):
        await pilot.pause()


@contextmanager
def one_figure(tmp_path: Path) -> Iterator[Store]:
    """A store holding one article with one figure, 1,500 (value 1500)."""
    text = "The report gives 1,500 here."
    start = text.index("1,500")
    fact = Candidate("odd", start, start + 5, "1,500", "quantity", 1500, (0, len(text)))
    with Store.open(tmp_path / "one.sqlite", analyst="ann") as store:
        store.ingest(Analysis([Article("odd", "odd.txt", "Odd", "0" * 64, text)], [fact], []))
        yield store


def stored_value(app: WorkbenchApp, store: Store):
    claim = store.claim_of(app.review_screen.current)
    return None if claim is None else claim.value


@sync
async def test_edit_value_in_one_burst_from_the_review_stores_what_was_typed(tmp_path):
    with one_figure(tmp_path) as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=(100, 30)) as pilot:
            burst(app, "e", "ctrl+u", *"777", "enter")  # the burst: 4 of 4 tries left 1500
            await settle(pilot)
            assert not isinstance(app.screen, PromptScreen)
            assert stored_value(app, store) == 777


@sync
async def test_enter_right_after_the_digits_submits_all_of_them(tmp_path):
    with one_figure(tmp_path) as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=(100, 30), notifications=True) as pilot:
            await pilot.press("e", "ctrl+u")
            burst(app, *"250", "enter")  # a paste of "250⏎" as the terminal sends it: keys
            await settle(pilot)
            assert stored_value(app, store) == 250
            await pilot.press("e", "ctrl+u")
            burst(app, *"200+", "enter")  # stored 2: Enter ran before "00+" reached the box
            await settle(pilot)
            assert any("“200+” is not a number" in text for text in toasts(app))
            assert stored_value(app, store) == 250 and store.verify().ok


@sync
async def test_a_paste_then_enter_submits_the_paste(tmp_path):
    with one_figure(tmp_path) as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("e", "ctrl+u")
            app._driver.send_message(events.Paste("250"))
            burst(app, "enter")
            await settle(pilot)
            assert stored_value(app, store) == 250


@sync
async def test_a_note_typed_in_one_burst_is_kept_whole(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        note = "checked by phone, twice"
        burst(app, "n", *note, "enter")
        await settle(pilot, 40)
        assert not isinstance(app.screen, PromptScreen)
        claim = small.claim_of(app.review_screen.current)
        assert claim is not None and claim.note == note


@sync
async def test_space_enter_in_the_filter_dialog_ticks_before_applying(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("f")
        assert isinstance(app.screen, FilterScreen)
        burst(app, "space", "enter")  # applied the filter without the tick
        await settle(pilot)
        assert not isinstance(app.screen, FilterScreen)
        assert app.review_screen.review.filter.kinds == {"quantity"}
        burst(app, "f", "down", "space", "enter")  # from the review: open, move, tick, apply
        await settle(pilot)
        assert app.review_screen.review.filter.kinds == {"quantity", "money"}


@sync
async def test_keys_after_the_one_opening_a_prompt_go_into_it(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        burst(app, "slash", *"zebra")
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen) and app.screen.query_one(Input).value == "zebra"
