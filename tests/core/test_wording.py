"""Values read as the article writes them (workbench.output.wording)."""

from __future__ import annotations

import pytest

from workbench.output.wording import plural, read_value
from workbench.store.records import CandidateRecord


def _mention(text: str, kind: str, value, unit=None, hedge=None, bounds=None) -> CandidateRecord:
    return CandidateRecord(
        id="a:0-1:" + kind,
        article="a",
        start=0,
        end=len(text),
        text=text,
        kind=kind,
        value=value,
        sentence=[0, len(text)],
        unit=unit,
        hedge=hedge,
        bounds=bounds,
    )


@pytest.mark.parametrize(
    ("mention", "read"),
    [
        (_mention("400 men", "quantity", 400, "man"), "400 men"),
        (_mention("Fourteen people", "quantity", 14, "person"), "14 people"),
        (_mention("three parties", "quantity", 3, "party"), "3 parties"),
        (_mention("six-year", "quantity", 6, "year"), "6 year"),  # written in the singular: kept
        (_mention("one week", "quantity", 1, "week"), "1 week"),
        (
            _mention("More than 48 hours", "quantity", 48, "hour", "More than", [48, None]),
            "48 hours (more than, ≥48)",
        ),
        (
            _mention("hundreds of air strikes", "quantity", 200, "strike", "hundreds", [200, 999]),
            "200 strikes (hundreds, 200–999)",
        ),
        (_mention("up to 5%", "percent", 5, None, "up to", [None, 5]), "5% (up to, ≤5)"),
        (_mention("Wednesday", "date", "wednesday"), "Wednesday (date unknown)"),
        (_mention("this week", "date", "this week"), "This week (date unknown)"),
        (_mention("Wednesday", "date", "2017-08-30"), "2017-08-30"),
        (_mention("August 18", "date", "--08-18"), "--08-18"),
        (_mention("$1.5 billion", "money", 1500000000, "USD"), "1,500,000,000 USD"),
    ],
)
def test_a_value_reads_as_the_article_writes_it(mention, read):
    assert read_value(mention) == read


def test_plurals():
    assert [plural(w) for w in ("man", "child", "bus", "day", "city", "strike")] == [
        "men", "children", "buses", "days", "cities", "strikes"
    ]  # fmt: skip
