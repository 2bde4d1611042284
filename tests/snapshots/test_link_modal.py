"""Snapshot of the link modal: the likely same-fact mentions, best first, the suggested cluster ticked."""

from tests.support.snapshots import press


def test_link_modal(snap_compare, seeds_app):
    assert snap_compare(seeds_app, terminal_size=(100, 30), run_before=lambda pilot: press(pilot, "l"))


def test_link_modal_filtered_by_typing(snap_compare, seeds_app):
    assert snap_compare(seeds_app, terminal_size=(100, 30), run_before=lambda pilot: press(pilot, "l", "1", "6"))
