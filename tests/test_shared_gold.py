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


# --- issue 5: shared passages, families, quote variants, independent sources, figure detail ---

VARIANTS = {"verbatim", "minor", "paraphrase", "altered"}
DETAILS = {"exact", "rounded", "within-bounds", "contradiction"}
NUMERIC = {"quantity", "money", "percent"}


def test_shared_passages_are_located(gold, texts):
    passages = gold["shared_passages"]
    assert passages, "issue 5: two articles share a wire paragraph"
    ids = [p["id"] for p in passages]
    assert len(ids) == len(set(ids))
    for p in passages:
        assert p["about"], p["id"]
        arts = p["articles"]
        assert len(arts) >= 2 and len(set(arts)) == len(arts) and set(arts) <= set(texts), p["id"]
        assert set(p["text"]) == set(arts), f"{p['id']}: one locator per article"
        for art in arts:
            loc = p["text"][art]
            assert loc and loc == loc.strip() and "\n" not in loc, (p["id"], art)
            assert len(loc.split()) <= 8, f"{p['id']}: a locator is a few opening words, not the passage"
            assert texts[art].count(loc) == 1, f"{p['id']}: locator {loc!r} not found exactly once in {art}"
            line = _line_of(texts[art], texts[art].find(loc))
            assert line not in gold["articles"][art]["boilerplate_lines"], (p["id"], art, line)


def _families_of(gold: dict) -> dict[str, int]:
    return {art: i for i, fam in enumerate(gold["families"]) for art in fam}


def test_families_partition_the_articles(gold, texts):
    fams = gold["families"]
    members = [art for fam in fams for art in fam]
    assert all(fams), "no empty family"
    assert len(members) == len(set(members)), "an article is in two families"
    assert set(members) == set(texts), "families must cover every article"
    # families are exactly the groups of articles linked by shared passages
    parent = {art: art for art in texts}

    def root(a):
        while parent[a] != a:
            a = parent[a]
        return a

    for p in gold["shared_passages"]:
        for art in p["articles"][1:]:
            parent[root(art)] = root(p["articles"][0])
    components: dict[str, set[str]] = {}
    for art in texts:
        components.setdefault(root(art), set()).add(art)
    assert sorted(map(sorted, components.values())) == sorted(map(sorted, fams))


def test_quote_variants(gold):
    facts = _facts(gold)
    clustered = {m for c in gold["clusters"] for m in c["members"]}
    for f in gold["facts"]:
        if f["kind"] != "quote" or f["id"] not in clustered:
            assert "variant" not in f, f"{f['id']}: variant only on quotes that are in a cluster"
    for c in gold["clusters"]:
        if c["kind"] != "quote":
            continue
        variants = [facts[m].get("variant") for m in c["members"]]
        assert all(v in VARIANTS for v in variants), (c["id"], variants)
        assert "verbatim" in variants, f"{c['id']}: the reference wording is verbatim to itself"
        drift = {"paraphrase", "altered"} & set(variants)
        assert bool(drift) == (c["status"] == "conflict"), (c["id"], c["status"], variants)


def test_independent_sources(gold):
    facts = _facts(gold)
    family = _families_of(gold)
    for c in gold["clusters"]:
        arts = {facts[m]["article"] for m in c["members"]}
        n = c["independent_sources"]
        assert isinstance(n, int) and not isinstance(n, bool), c["id"]
        assert 1 <= n <= len(arts), (c["id"], n, len(arts))
        assert n == len({family[a] for a in arts}), f"{c['id']}: distinct families among its articles"


def test_figure_detail(gold):
    facts = _facts(gold)
    for c in gold["clusters"]:
        if c["kind"] not in NUMERIC:
            assert "detail" not in c, f"{c['id']}: detail only on quantity/money/percent clusters"
            continue
        assert c.get("detail") in DETAILS, c["id"]
        values = {facts[m]["value"] for m in c["members"]}
        assert None not in values, f"{c['id']}: a scored figure needs a value"
        assert (c["detail"] == "exact") == (len(values) == 1), (c["id"], c["detail"], values)
