"""Shared passages, origin families, quote variants, independent sources and figure detail scored
against the hand-made gold files."""

from __future__ import annotations

import json
from functools import cache

import pytest

from tests.gold.goldscore import load_gold, match
from tests.gold.goldscore_sources import describe_sources, score_sources, top_cluster
from tests.support.paths import SEEDS, SEEDS_GOLD, SHARED_GOLD, need_shared_seeds
from workbench.align.figures import figure_detail
from workbench.pipeline import analyze

CORPORA = ["seeds", "shared"]


@cache
def _analysis(corpus: str):
    return analyze([SEEDS if corpus == "seeds" else need_shared_seeds()])


@cache
def _scored(corpus: str):
    return score_sources(_analysis(corpus), SEEDS_GOLD if corpus == "seeds" else SHARED_GOLD)


@pytest.mark.parametrize("corpus", CORPORA)
def test_every_gold_shared_passage_is_found(corpus):
    s = _scored(corpus)
    assert s.passages_missed == [], describe_sources(s)


@pytest.mark.parametrize("corpus", CORPORA)
def test_no_passage_between_articles_sharing_only_stock_phrases(corpus):
    s = _scored(corpus)
    assert s.passages_spurious == [], describe_sources(s)


@pytest.mark.parametrize("corpus", CORPORA)
def test_families(corpus):
    s = _scored(corpus)
    assert s.families == s.gold_families, describe_sources(s)


@pytest.mark.parametrize("corpus", CORPORA)
def test_quote_variants(corpus):
    s = _scored(corpus)
    assert s.variants_wrong == [], describe_sources(s)


@pytest.mark.parametrize("corpus", CORPORA)
def test_independent_sources_over_the_gold_members(corpus):
    s = _scored(corpus)
    assert s.independence_of_gold_members_wrong == [], describe_sources(s)


@pytest.mark.parametrize("corpus", CORPORA)
def test_independent_sources(corpus):
    s = _scored(corpus)
    assert s.independence_wrong == [], describe_sources(s)


@pytest.mark.parametrize("corpus", CORPORA)
def test_figure_detail(corpus):
    s = _scored(corpus)
    assert s.detail_wrong == [], describe_sources(s)


def test_the_convoy_is_a_contradiction_and_would_be_a_rounding_without_the_400():
    analysis = _analysis("shared")
    gold, facts = load_gold(SHARED_GOLD, {a.id: a.text for a in analysis.articles})
    convoy = next(c for c in gold["clusters"] if "convoy" in c["about"] and c.get("detail") == "contradiction")
    matched = {m: match(facts[m], analysis.candidates) for m in convoy["members"]}
    cluster = top_cluster(convoy, matched, analysis.clusters)
    members = [c for c in analysis.candidates if c.id in cluster.members]
    assert sorted(c.value for c in members) == [300, 308, 308, 308, 400]
    assert cluster.detail == "contradiction"
    assert figure_detail([c for c in members if c.value != 400]) == "rounded"


def test_the_analysis_json_carries_the_issue_5_keys():
    data = json.loads(json.dumps(_analysis("seeds").to_json()))
    ids = {a["id"] for a in data["articles"]}
    [passage] = data["shared_passages"]
    assert set(passage) == {"articles", "spans", "similarity"} and 0 < passage["similarity"] <= 1
    assert {span[0] for span in passage["spans"]} == set(passage["articles"]) <= ids
    assert all(a["family"] in ids for a in data["articles"])
    quotes = {m for c in data["clusters"] if c["kind"] == "quote" for m in c["members"]}
    for c in data["clusters"]:
        assert 1 <= c["independent_sources"] <= len(c["articles"])
        assert (c["detail"] is not None) == (c["kind"] in ("quantity", "money", "percent"))
        assert isinstance(c["speakers_differ"], bool)
    for c in data["candidates"]:
        assert (c["variant"] is not None) == (c["id"] in quotes)
        assert (c["diff"] is not None) == (c["id"] in quotes)
        if c["diff"]:
            assert all(op in ("equal", "delete", "insert") and isinstance(words, str) for op, words in c["diff"])
        if c["bounds"] is not None:
            low, high = c["bounds"]
            assert c["hedge"] and (low is None or low <= c["value"]) and (high is None or c["value"] <= high)
