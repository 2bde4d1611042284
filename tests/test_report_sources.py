"""The `analyze --format table` report shows shared passages, independent sources, figure detail,
hedges and quote variants."""

from __future__ import annotations

from rich.console import Console

from workbench.analysis import analyze
from workbench.report import print_report
from workbench.resources import seeds_dir


def test_report_tells_independence_detail_hedges_and_drift():
    console = Console(width=200, record=True, color_system=None)
    print_report(analyze([seeds_dir()]), console)
    out = " ".join(console.export_text().split())
    assert "Passages several articles share" in out and "02_meridian_wire" in out and "The Orvano Dam, built in 1968" in out
    assert "1 independent source; within-bounds" in out  # "more than 60" treated in hospital, 63 in the wire
    assert "(more than)" in out
    assert "until the end of the week,” [altered]" in out
    assert "3 independent sources; contradiction" in out
