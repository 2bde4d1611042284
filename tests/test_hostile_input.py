"""Hostile input under the limits (issue 11): dates at the calendar's ends, text that would make a stage
quadratic, format characters inside numbers. Never a traceback, never a wrong figure; the other articles
still open.
"""

from __future__ import annotations

import json

import pytest

from workbench.cli.main import main
from workbench.extract import extract
from workbench.load.files import load_articles

GOOD = "Ferry fire\n\nAt least 14 people were killed on Monday, the mayor said.\n"


def _article(tmp_path, name: str, published: str, body: str):
    path = tmp_path / name
    path.write_text(f"---\npublished: {published}\n---\n{body}", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "published, body",
    [
        ("9999-12-31", "The ferry sails tomorrow, on Friday, next month and next year."),
        ("9999-12-30", "The council will meet next Sunday."),
        ("0001-01-01", "The fire started yesterday, last Sunday, on Monday, last month and last year."),
        ("0001-01-02", "It burned on Sunday and on Tuesday."),
    ],
)
def test_a_dateline_at_the_end_of_the_calendar_is_no_traceback(tmp_path, capsys, published, body):
    bad = _article(tmp_path, "edge.txt", published, f"Edge of time\n\n{body}\n")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    assert main(["analyze", "--format", "json", str(bad), str(good)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in out["articles"]] == ["edge", "good"]
    dates = [c["value"] for c in out["candidates"] if c["article"] == "edge" and c["kind"] == "date"]
    assert all(len(v) in (4, 7, 10) and "0000" not in v and not v.startswith("10000") for v in dates), dates


def test_dates_past_the_calendar_give_no_value_rather_than_a_wrong_one(tmp_path):
    path = _article(
        tmp_path, "late.txt", "9999-12-31", "Late\n\nIt happened yesterday and happens tomorrow, next month.\n"
    )
    [article] = load_articles([path])
    values = {c.text: c.value for c in extract([article]) if c.kind == "date"}
    assert values == {"yesterday": "9999-12-30"}  # "tomorrow" and "next month" would be in the year 10000
