"""Snapshots of decisions: a confirmed and a rejected candidate, marks and inspector included."""

from tests.support.snapshots import press


def test_confirmed_candidate(snap_compare, seeds_app):
    assert snap_compare(seeds_app, terminal_size=(120, 36), run_before=lambda pilot: press(pilot, "c"))


def test_rejected_candidate(snap_compare, seeds_app):
    assert snap_compare(seeds_app, terminal_size=(120, 36), run_before=lambda pilot: press(pilot, "j", "r"))
