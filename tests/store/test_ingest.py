"""Ingestion: idempotent; a changed article becomes a new version, its decisions moved or flagged stale."""

from __future__ import annotations

import sqlite3

import pytest

from tests.support.small_corpus import TEXTS, changed_texts, cid, make_analysis
from workbench.model import Candidate
from workbench.store import ClusterRecord, Store, StoreError

TABLES = ("articles", "candidates", "clusters", "claims", "claim_members", "audit")


def row_counts(path):
    with sqlite3.connect(path) as conn:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def test_first_ingestion_stores_articles_candidates_and_clusters(store):
    analysis = make_analysis()
    assert [a.id for a in store.articles()] == ["alpha", "beta", "gamma"]
    assert store.articles()[0].text == TEXTS["alpha"]
    assert store.articles()[0].version == 1
    stored = {c.id: c for c in store.candidates()}
    assert set(stored) == {c.id for c in analysis.candidates}
    first = analysis.candidates[0]
    assert {k: getattr(stored[first.id], k) for k in first.to_json()} == first.to_json()
    assert (stored[first.id].claim_id, stored[first.id].status, stored[first.id].stale) == (
        None,
        "pending",
        False,
    )
    assert store.clusters() == [ClusterRecord(**c.to_json()) for c in analysis.clusters]
    assert [c.article for c in store.candidates("beta")] == ["beta"] * 3


def test_ingesting_the_same_analysis_twice_adds_nothing(store, db_path):
    before = row_counts(db_path)
    report = store.ingest(make_analysis())
    assert (report.added, report.unchanged, report.new_versions) == (0, 3, 0)
    assert row_counts(db_path) == before


def test_a_changed_article_becomes_a_new_version_with_decisions_moved_or_stale(store):
    store.link(cid("alpha", "12 people"), [cid("beta", "12 people")])
    store.confirm(cid("alpha", "12 people"))
    store.reject(cid("alpha", "14 people"))
    store.note(cid("alpha", "$1.5 billion"), "check the currency")

    report = store.ingest(make_analysis(changed_texts()))

    assert (report.added, report.unchanged, report.new_versions, report.moved, report.stale) == (0, 2, 1, 2, 1)
    alpha = store.articles()[0]
    assert (alpha.version, alpha.text) == (2, changed_texts()["alpha"])
    new12, new_money = cid("alpha", "12 people", changed_texts()), cid("alpha", "$1.5 billion", changed_texts())
    claim = store.claim_of(new12)
    assert (claim.status, sorted(claim.members)) == ("confirmed", sorted([new12, cid("beta", "12 people")]))
    assert store.claim_of(new_money).note == "check the currency"
    stale = [c for c in store.candidates("alpha") if c.stale]
    assert [(c.id, c.text, c.status, c.version) for c in stale] == [
        (cid("alpha", "14 people") + "@v1", "14 people", "rejected", 1)
    ]
    assert store.claims("rejected")[0].stale is True
    current = [c for c in store.candidates("alpha") if not c.stale]
    assert {c.id for c in current} == {c.id for c in make_analysis(changed_texts()).candidates if c.article == "alpha"}
    event = store.events()[-1]
    assert (event.action, event.target, event.before["version"], event.after["version"]) == (
        "ingest",
        "alpha",
        1,
        2,
    )
    assert event.after["moved"] == {cid("alpha", "12 people"): new12, cid("alpha", "$1.5 billion"): new_money}
    assert event.after["stale"] == {cid("alpha", "14 people"): cid("alpha", "14 people") + "@v1"}


def test_decisions_move_when_the_ids_stay_the_same(store):
    store.confirm(cid("alpha", "12 people"))
    report = store.ingest(make_analysis({**TEXTS, "alpha": TEXTS["alpha"] + " More to follow."}))
    assert (report.new_versions, report.moved, report.stale) == (1, 1, 0)
    assert store.claim_of(cid("alpha", "12 people")).status == "confirmed"
    assert not any(c.stale for c in store.candidates())


def test_a_stale_decision_moves_back_when_its_text_returns(store):
    store.reject(cid("alpha", "14 people"))
    store.ingest(make_analysis(changed_texts()))
    report = store.ingest(make_analysis())
    assert (report.moved, report.stale) == (1, 0)
    assert store.candidate(cid("alpha", "14 people")).status == "rejected"
    assert store.articles()[0].version == 3


def test_the_moved_match_prefers_the_same_sentence_then_the_nearest_offset(store):
    text = "Officials counted 12 people. Later 12 people were found. Police said 12 people died in the blast."
    analysis = make_analysis({**TEXTS, "alpha": text})
    third = text.rindex("12 people")
    analysis.candidates = [c for c in analysis.candidates if c.article != "alpha"] + [
        Candidate("alpha", i, i + 9, "12 people", "quantity", 12, (s, e), "person")
        for i, s, e in ((18, 0, 28), (35, 29, 56), (third, 57, len(text)))
    ]
    store.confirm(cid("alpha", "12 people"))  # "Police said 12 people died in the blast." at offset 12
    store.ingest(analysis)
    assert store.claim_of(f"alpha:{third}-{third + 9}:quantity").status == "confirmed"


def test_undo_follows_candidates_across_a_new_version(store):
    store.confirm(cid("alpha", "12 people"))
    store.reject(cid("alpha", "14 people"))
    store.ingest(make_analysis(changed_texts()))
    new12 = cid("alpha", "12 people", changed_texts())
    store.note(new12, "after the update")
    store.undo()
    store.undo()  # the reject, now on the stale candidate
    assert store.candidate(cid("alpha", "14 people") + "@v1").status == "pending"
    store.undo()  # the confirm, made on version 1
    assert store.claims() == []
    assert store.verify().ok


def test_undo_names_candidates_whose_text_has_gone(store):
    a14 = cid("alpha", "14 people")
    store.link(a14, [cid("beta", "12 people")])
    store.unlink(a14)  # a14 undecided: dropped when its text goes
    store.ingest(make_analysis(changed_texts()))
    event = store.undo()
    assert event.after["gone"] == [a14]
    assert store.claim_of(cid("beta", "12 people")).members == [cid("beta", "12 people")]


def test_a_candidate_naming_an_unknown_article_is_refused_and_nothing_is_written(store, db_path):
    before = row_counts(db_path)
    analysis = make_analysis()
    analysis.candidates.append(Candidate("nowhere", 0, 1, "x", "entity", None, (0, 1)))
    with pytest.raises(StoreError, match="names an article not in the analysis"):
        store.ingest(analysis)
    assert row_counts(db_path) == before


def test_ingesting_the_seed_corpus_analysis(tmp_path):
    from workbench.pipeline import analyze
    from workbench.resources import seeds_dir

    analysis = analyze([seeds_dir()])
    with Store.open(tmp_path / "seeds.sqlite", analyst="ann") as store:
        assert store.ingest(analysis).added == len(analysis.articles)
        assert len(store.candidates()) == len(analysis.candidates)
        assert store.clusters() == [ClusterRecord(**c.to_json()) for c in analysis.clusters]
        store.accept_cluster(analysis.clusters[0].id)
        assert store.ingest(analysis).unchanged == len(analysis.articles)
        assert store.progress().confirmed == 1
