"""Snapshot of the help screen: every key, grouped, fitting an 80×24 terminal."""

from tests.support.snapshots import press


def test_help_screen(snap_compare, seeds_app):
    assert snap_compare(seeds_app, terminal_size=(80, 24), run_before=lambda pilot: press(pilot, "question_mark"))
