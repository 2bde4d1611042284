"""Snapshots of a claim two analysts decided differently: disputed in the header, the gutter and the inspector, with
each analyst's decision side by side and the other analyst's note and events."""

from collections.abc import Iterator

import pytest

from tests.support.snapshots import candidate_id, open_app, press, seeds_analysis, select
from workbench.app import WorkbenchApp
from workbench.store import Store

FOURTEEN = candidate_id(seeds_analysis(), "01_harbour_gazette", "14 people")


@pytest.fixture
def disputed_app(tmp_path) -> Iterator[WorkbenchApp]:
    """The demo corpus, where bob rejected the Gazette's "14 people" with a note before the analyst opens it."""
    for app in open_app(tmp_path, seeds_analysis()):
        with Store.open(app.store.path, analyst="bob") as bob:
            bob.reject(FOURTEEN)
            bob.note(FOURTEEN, "the harbour master counts 12")
        app.review_screen.review.refresh()
        yield app


async def confirm_fourteen(pilot) -> None:
    await select(pilot, FOURTEEN)
    await press(pilot, "c")


def test_a_disputed_claim_in_the_inspector(snap_compare, disputed_app):
    assert snap_compare(disputed_app, terminal_size=(120, 36), run_before=confirm_fourteen)
