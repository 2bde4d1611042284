"""Snapshots of the main screen on the bundled demo corpus: two panes at 80×24, more at 160×48."""


def test_main_screen_80x24(snap_compare, seeds_app):
    assert snap_compare(seeds_app, terminal_size=(80, 24))


def test_main_screen_160x48(snap_compare, seeds_app):
    assert snap_compare(seeds_app, terminal_size=(160, 48))
