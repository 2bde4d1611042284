"""Snapshot of the adjudicator's view of a disputed claim (`open --adjudicate`, `A`): each analyst's decision, when,
note and evidence in a column of their own."""

from collections.abc import Iterator

import pytest

from tests.support.snapshots import candidate_id, press, seeds_analysis
from workbench.app import WorkbenchApp
from workbench.store import EvidenceRecord, Store

FOURTEEN = candidate_id(seeds_analysis(), "01_harbour_gazette", "14 people")


@pytest.fixture
def adjudicating_app(tmp_path) -> Iterator[WorkbenchApp]:
    """The demo corpus: alice confirmed the Gazette's "14 people" citing a source, bob rejected it with a note; carol
    adjudicates."""
    path = tmp_path / "review.db"
    with Store.open(path, analyst="alice") as alice:
        alice.ingest(seeds_analysis())
        alice.confirm(FOURTEEN)
        alice.add_evidence(
            FOURTEEN, EvidenceRecord("source", description="Phone call with the harbour master", date="2024-03-16")
        )
    with Store.open(path, analyst="bob") as bob:
        bob.reject(FOURTEEN)
        bob.note(FOURTEEN, "the coastguard's statement says 12")
    with Store.open(path, analyst="carol") as carol:
        yield WorkbenchApp(carol, adjudicate=True)


async def open_positions(pilot) -> None:
    await press(pilot, "A")


def test_each_analysts_position_side_by_side(snap_compare, adjudicating_app):
    assert snap_compare(adjudicating_app, terminal_size=(120, 36), run_before=open_positions)
