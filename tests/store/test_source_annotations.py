"""The store keeps the analysis's source annotations: families, shared passages, independent sources, figure detail,
quote variants and diffs; a version 2 store is migrated forward."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from tests.support.paths import SEEDS
from tests.support.small_corpus import make_analysis
from workbench.pipeline import analyze
from workbench.store import PassageRecord, Store, schema


@pytest.fixture(scope="module")
def seeds():
    return analyze([SEEDS])


def test_ingest_keeps_what_the_analysis_says_of_the_sources(tmp_path, seeds):
    expected = seeds.to_json()
    with Store.open(tmp_path / "s.sqlite") as store:
        store.ingest(seeds)
        assert [a.family for a in store.articles()] == [a["family"] for a in expected["articles"]]
        assert store.shared_passages() == [PassageRecord(**p) for p in expected["shared_passages"]] != []
        keys = ("id", "members", "status", "independent_sources", "detail", "speakers_differ")
        assert [{k: getattr(c, k) for k in keys} for c in store.clusters()] == [
            {k: c[k] for k in keys} for c in expected["clusters"]
        ]
        stored = {c.id: c for c in store.candidates()}
        for candidate in expected["candidates"]:
            assert {k: getattr(stored[candidate["id"]], k) for k in candidate} == candidate
        assert {c.variant for c in stored.values()} >= {"verbatim", "minor", "altered"}


def test_ingesting_again_updates_the_annotations_of_unchanged_articles(tmp_path):
    analysis = make_analysis()
    quote = next(c for c in analysis.candidates if c.kind == "quote")
    with Store.open(tmp_path / "s.sqlite") as store:
        store.ingest(analysis)
        assert store.candidate(quote.id).variant is None
        quote.variant, quote.diff = "minor", [("equal", "We are"), ("insert", "so")]
        analysis.articles[0] = replace(analysis.articles[0], family="beta")
        store.ingest(analysis)
        assert store.candidate(quote.id).variant == "minor"
        assert store.candidate(quote.id).diff == [["equal", "We are"], ["insert", "so"]]
        assert store.articles()[0].family == "beta" and store.articles()[0].version == 1


def test_a_version_2_store_is_migrated(tmp_path):
    path = tmp_path / "v2.sqlite"
    with sqlite3.connect(path) as conn:
        for statement in schema.MIGRATIONS[0] + schema.MIGRATIONS[1]:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO clusters (id, kind, members, articles, status) VALUES ('k1', 'date', '[]', '[]', 'agree')"
        )
        conn.execute("PRAGMA user_version = 2")
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        [cluster] = store.clusters()
        assert (cluster.independent_sources, cluster.detail, cluster.speakers_differ) == (None, None, False)
        assert store.shared_passages() == []
        store.ingest(make_analysis())
        assert len(store.clusters()) == 3
