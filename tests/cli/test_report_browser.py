"""The report of a reviewed store of ../shared/seeds in a real browser: headless Chromium loads the page, and
the DOM it builds holds the matrix and the conflicts; a screenshot at 1280 px wide. Skipped when Chromium or
../shared/seeds is absent."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from tests.cli.running import run
from tests.support.browser import chromium, dump_dom, screenshot
from tests.support.paths import need_shared_seeds
from tests.support.report_page import ReportPage
from workbench.pipeline import analyze
from workbench.store import Store


@pytest.fixture
def seeds_report(tmp_path: Path, capsys) -> Path:
    """The HTML report of a reviewed store of ../shared/seeds: a cluster accepted, a conflicting figure
    rejected with a note."""
    chromium()
    analysis = analyze([str(need_shared_seeds())])
    db = tmp_path / "seeds.sqlite"
    with Store.open(db, analyst="ann") as store:
        store.ingest(analysis)
        agreeing = next(c for c in store.clusters() if c.status == "agree" and c.kind == "quantity")
        store.accept_cluster(agreeing.id)
        conflict = next(c for c in store.clusters() if c.status == "conflict" and c.kind == "quantity")
        store.reject(conflict.members[0])
        store.note(conflict.members[0], "Not in the other sources.")
    target = tmp_path / "report.html"
    assert run(capsys, "report", "--db", str(db), "-o", str(target)) == (0, "", "")
    return target


def test_chromium_builds_the_matrix_and_the_conflicts(seeds_report, tmp_path):
    dom = ReportPage(dump_dom(seeds_report, tmp_path / "profile"))
    head, *rows = dom.rows("matrix")
    assert [c.text for c in head][:5] == ["", "kind", "fact", "ind.", "review"] and len(head) == 5 + 5  # 5 sources
    conflicts = [row for row in rows if row[0].text == "≠"]
    assert conflicts and all(row[0].tone == "conflict" for row in conflicts)
    assert any(cell.tone == "odd" and cell.text.startswith("≠ ") for row in conflicts for cell in row[5:])
    agreeing = [row for row in rows if row[0].text == "="]
    assert agreeing and all(cell.text.startswith("= ") for row in agreeing for cell in row[5:] if cell.tone == "agree")
    figure = next(row for row in conflicts if row[1].text == "quantity")
    assert figure[4].text == "± mixed"  # the rejected mention beside pending ones
    sentences = dom.rows("conflicts")[1:]
    assert len(sentences) >= 2 and all("mark" in row[3].tags and row[3].text.strip() for row in sentences)
    decided = [[c.text for c in row] for row in dom.rows("decisions")[1:]]
    assert any(row[0] == "✗ Inaccurate" and row[5] == "Not in the other sources." for row in decided)
    assert not [tag for tag, _ in dom.elements if tag in ("script", "img", "link", "iframe")]


def test_a_screenshot_at_1280_pixels_wide(seeds_report, tmp_path):
    shot = screenshot(seeds_report, tmp_path / "report.png", tmp_path / "profile")
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1280, 2000)
