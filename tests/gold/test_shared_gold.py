"""Well-formedness of the hand-made gold for ../shared/seeds (tests/gold/shared_seeds.json).

Checks the gold against the article texts only; no extractor is involved. The checks every gold file
must pass are in tests/gold/goldcheck.py; the rules below are this corpus's own.
Skipped when the shared seeds directory is absent.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.gold import goldcheck
from tests.support.paths import SHARED_GOLD, SHARED_SEEDS

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

pytestmark = pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds not present")


@pytest.fixture(scope="module")
def gold() -> dict:
    return goldcheck.read_gold(SHARED_GOLD)


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return goldcheck.read_texts(SHARED_SEEDS)


@pytest.mark.parametrize("check", goldcheck.CHECKS, ids=lambda check: check.__name__)
def test_gold(check: goldcheck.Check, gold: dict, texts: dict[str, str]) -> None:
    check(gold, texts)


# --- third-party text: the gold quotes only a few words of it ---


def test_quote_locators_are_short(gold: dict) -> None:
    for f in gold["facts"]:
        if f["kind"] == "quote":
            assert len(f["text"].split()) <= 6, f"{f['id']}: quote locator longer than 6 words"


def test_passage_locators_are_short(gold: dict) -> None:
    for p in gold["shared_passages"]:
        for art, loc in p["text"].items():
            assert len(loc.split()) <= 8, f"{p['id']} ({art}): a locator is a few opening words, not the passage"


def test_weekday_dates_resolve_against_dateline(gold: dict) -> None:
    """A bare weekday (or 'yesterday') resolves to the latest such day on or before the dateline."""
    for f in gold["facts"]:
        if f["kind"] != "date":
            continue
        word = f["text"].lower()
        if word not in WEEKDAYS and word != "yesterday":
            continue
        dateline = gold["articles"][f["article"]]["dateline"]
        if dateline is None:
            assert f["value"] is None, f"{f['id']}: undated article cannot resolve {f['text']!r}"
            continue
        d = dt.date.fromisoformat(dateline)
        if word == "yesterday":
            expected = d - dt.timedelta(days=1)
        else:
            expected = d - dt.timedelta(days=(d.weekday() - WEEKDAYS.index(word)) % 7)
        assert f["value"] == expected.isoformat(), f"{f['id']}: {f['text']!r} is {expected} from the dateline"
