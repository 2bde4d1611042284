"""Snapshot of the summary: the outlet × fact matrix, conflicts first, with the review progress."""

from tests.support.snapshots import press


def test_summary(snap_compare, seeds_app):
    assert snap_compare(seeds_app, terminal_size=(120, 36), run_before=lambda pilot: press(pilot, "c", "s"))
