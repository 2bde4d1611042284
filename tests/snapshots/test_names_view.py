"""Snapshot of the names view (`N`): every canonical name with its spellings, outlets and counts."""

from tests.support.snapshots import press


def test_names_view_80x24(snap_compare, seeds_app):
    assert snap_compare(seeds_app, terminal_size=(80, 24), run_before=lambda pilot: press(pilot, "N"))


def test_names_view_after_a_group_is_confirmed_160x48(snap_compare, seeds_app):
    assert snap_compare(seeds_app, terminal_size=(160, 48), run_before=lambda pilot: press(pilot, "N", "down", "c"))
