"""Snapshots of verdicts: the inspector on a rated claim, the timeline view, the export dialog."""

from pathlib import Path

from tests.support.dated import dated_analysis
from tests.support.snapshots import open_app, press


def test_inspector_with_a_verdict(snap_compare, seeds_app):
    assert snap_compare(seeds_app, terminal_size=(120, 36), run_before=lambda pilot: press(pilot, "3"))


def test_timeline_view(snap_compare, tmp_path: Path):
    for app in open_app(tmp_path, dated_analysis()):
        assert snap_compare(app, terminal_size=(100, 24), run_before=lambda pilot: press(pilot, "T"))


def test_export_dialog(snap_compare, seeds_app, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    seeds_app.store.path = "workbench.sqlite"  # the dialog's default path (claims.csv), the same on every machine
    assert snap_compare(seeds_app, terminal_size=(120, 36), run_before=lambda pilot: press(pilot, "3", "x"))
