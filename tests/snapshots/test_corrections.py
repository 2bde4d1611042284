"""Snapshots of the corrections (issue 14): the selection mode marking a missed fact over the panes, and the
stale view listing a decision a re-import left stale, old and new text side by side, and a correction."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.small_corpus import changed_texts, cid, make_analysis
from tests.support.snapshots import press
from workbench.app import WorkbenchApp
from workbench.store import Store


def test_selection_mode(snap_compare, seeds_app):
    # from the selected fact, the end three words on, the kind once on: quantity -> money
    assert snap_compare(
        seeds_app, terminal_size=(80, 24), run_before=lambda pilot: press(pilot, "v", "l", "l", "l", "tab")
    )


@pytest.fixture
def stale_app(tmp_path: Path) -> Iterator[WorkbenchApp]:
    """The app over the small corpus after a re-import that took the confirmed "14 people", credited to the
    mayor, out of alpha: a stale decision and a stale correction."""
    with Store.open(tmp_path / "review.db", analyst="analyst") as store:
        store.ingest(make_analysis())
        store.confirm(cid("alpha", "14 people"))
        store.set_speaker(cid("alpha", "14 people"), "the mayor")
        store.ingest(make_analysis(changed_texts()))
        yield WorkbenchApp(store)


def test_stale_view(snap_compare, stale_app):
    assert snap_compare(stale_app, terminal_size=(100, 24), run_before=lambda pilot: press(pilot, "exclamation_mark"))
