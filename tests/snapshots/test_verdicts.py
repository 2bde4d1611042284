"""Snapshots of verdicts: the inspector on a rated claim with its evidence, the timeline view, the export dialog."""

from pathlib import Path

from tests.support.dated import dated_analysis
from tests.support.snapshots import open_app, press
from workbench.store import EvidenceRecord


def test_inspector_with_a_verdict_and_evidence(snap_compare, seeds_app):
    async def rated_with_evidence(pilot) -> None:
        await pilot.pause()
        selected = seeds_app.review_screen.current
        other = seeds_app.review_screen.review.same_fact(selected)[-1]
        seeds_app.store.add_evidence(selected, EvidenceRecord("mention", candidate=other))
        source = EvidenceRecord("source", description="Civil defence briefing", date="2027-08-30", excerpt="14 dead")
        seeds_app.store.add_evidence(selected, source)
        await press(pilot, "3")  # rated Mixed: the inspector shows the claim as stored

    assert snap_compare(seeds_app, terminal_size=(120, 36), run_before=rated_with_evidence)


def test_timeline_view(snap_compare, tmp_path: Path):
    for app in open_app(tmp_path, dated_analysis()):
        assert snap_compare(app, terminal_size=(100, 24), run_before=lambda pilot: press(pilot, "T"))


def test_export_dialog(snap_compare, seeds_app, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    seeds_app.store.path = "workbench.sqlite"  # the dialog's default path (claims.csv), the same on every machine
    assert snap_compare(seeds_app, terminal_size=(120, 36), run_before=lambda pilot: press(pilot, "3", "x"))
