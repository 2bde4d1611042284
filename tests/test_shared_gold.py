"""Well-formedness of the hand-made gold for ../shared/seeds (tests/gold/shared_seeds.json).

Checks the gold against the article texts only; no extractor is involved.
Skipped when the shared seeds directory is absent.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
GOLD = REPO / "tests" / "gold" / "shared_seeds.json"

KINDS = {"quantity", "money", "percent", "date", "quote", "entity"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {p.stem: _norm(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))}


def _span(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _facts(gold: dict) -> dict[str, dict]:
    return {f["id"]: f for f in gold["facts"]}


def test_top_level_keys(gold):
    assert {"about", "articles", "facts", "clusters", "name_groups", "distinct_names"} <= set(gold)
    assert isinstance(gold["about"], str) and gold["about"]


def test_articles_match_seeds(gold, texts):
    assert set(gold["articles"]) == set(texts)
    for art, meta in gold["articles"].items():
        d = meta["dateline"]
        if d is not None:
            dt.date.fromisoformat(d)
        lines = texts[art].split("\n")
        bp = meta["boilerplate_lines"]
        assert bp == sorted(set(bp)), art
        for n in bp:
            assert isinstance(n, int) and 1 <= n <= len(lines), (art, n)
            assert lines[n - 1].strip(), f"{art}: boilerplate line {n} is empty"


def test_fact_spans(gold, texts):
    ids = [f["id"] for f in gold["facts"]]
    assert len(ids) == len(set(ids)), "duplicate fact ids"
    seen_spans = set()
    for f in gold["facts"]:
        assert f["article"] in texts, f["id"]
        assert f["kind"] in KINDS, f["id"]
        assert f["text"] and f["text"] == f["text"].strip(), f["id"]
        occ = f.get("occurrence", 1)
        assert isinstance(occ, int) and occ >= 1, f["id"]
        text = texts[f["article"]]
        span = _span(text, f["text"], occ)
        assert span is not None, f"{f['id']}: {f['text']!r} not found {occ} time(s)"
        assert "\n" not in f["text"], f["id"]
        line = _line_of(text, span[0])
        assert line not in gold["articles"][f["article"]]["boilerplate_lines"], (
            f"{f['id']} lies in boilerplate line {line}"
        )
        key = (f["article"], f["kind"], span)
        assert key not in seen_spans, f"{f['id']} duplicates another fact"
        seen_spans.add(key)


def test_fact_values(gold):
    for f in gold["facts"]:
        kind, value = f["kind"], f.get("value")
        if kind in {"quantity", "money", "percent"}:
            assert value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)), f["id"]
        if kind == "quantity":
            unit = f.get("unit")
            assert isinstance(unit, str) and unit and unit == unit.lower(), f["id"]
        if kind == "date":
            assert value is None or ISO_DATE.match(value), f["id"]
        if kind in {"quote", "entity"}:
            assert value is None, f["id"]
        if kind == "quote":
            assert len(f["text"].split()) <= 6, f"{f['id']}: quote locator longer than 6 words"
            assert f.get("speaker") is None or (isinstance(f["speaker"], str) and f["speaker"]), f["id"]
            alts = f.get("speaker_alts", [])
            assert isinstance(alts, list) and all(isinstance(a, str) and a for a in alts), f["id"]
            if f.get("speaker") is None:
                assert not alts, f"{f['id']}: alts without a speaker"


def test_weekday_dates_resolve_against_dateline(gold):
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
        assert f["value"] == expected.isoformat(), f["id"]


def test_clusters(gold):
    facts = _facts(gold)
    ids = [c["id"] for c in gold["clusters"]]
    assert len(ids) == len(set(ids))
    used: set[str] = set()
    for c in gold["clusters"]:
        assert c["status"] in {"agree", "conflict"}, c["id"]
        assert len(c["members"]) >= 2, c["id"]
        for m in c["members"]:
            assert m in facts, (c["id"], m)
            assert facts[m]["kind"] == c["kind"], (c["id"], m)
            assert m not in used, f"{m} in two clusters"
            used.add(m)
        arts = {facts[m]["article"] for m in c["members"]}
        if c["kind"] != "quote":
            values = {facts[m]["value"] for m in c["members"]} - {None}
            assert c["status"] == ("conflict" if len(values) > 1 else "agree"), c["id"]
            if len(arts) == 1:
                assert c["status"] == "conflict", f"{c['id']}: single-article cluster must differ"


def test_name_groups(gold):
    facts = _facts(gold)
    ids = [g["id"] for g in gold["name_groups"]]
    assert len(ids) == len(set(ids))
    used: set[str] = set()
    for g in gold["name_groups"]:
        assert g["name"] and g["members"], g["id"]
        for m in g["members"]:
            assert m in facts and facts[m]["kind"] == "entity", (g["id"], m)
            assert m not in used, f"{m} in two name groups"
            used.add(m)
    for pair in gold["distinct_names"]:
        assert len(pair) == 2 and pair[0] != pair[1]
        assert all(p in ids for p in pair), pair



def test_every_entity_fact_is_grouped(gold):
    grouped = {m for g in gold["name_groups"] for m in g["members"]}
    for f in gold["facts"]:
        if f["kind"] == "entity":
            assert f["id"] in grouped, f"{f['id']} ({f['text']}) is in no name group"
