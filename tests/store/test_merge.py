"""Merging stores analysts kept apart (issue 16 item 6): claims matched by their mentions, every analyst's decision
kept and the disagreements disputed, the inputs' chains verified first and kept, the merge recorded in the chain."""

from __future__ import annotations

import sqlite3

import pytest

from tests.support.small_corpus import ALPHA_12, ALPHA_14, BETA_12, GAMMA_15, changed_texts, make_analysis
from workbench.store import AnalystDecision, Store
from workbench.store.merge import MergeError, merge_stores


def _store(path, analyst, texts=None):
    opened = Store.open(path, analyst=analyst)
    opened.ingest(make_analysis(texts) if texts else make_analysis())
    return opened


@pytest.fixture
def apart(tmp_path):
    """ann's store and bob's, of the same articles, each reviewed alone."""
    with _store(tmp_path / "ann.sqlite", "ann") as ann:
        ann.confirm(ALPHA_12)
        ann.reject(ALPHA_14)
        ann.note(ALPHA_14, "the mayor misspoke")
    with _store(tmp_path / "bob.sqlite", "bob") as bob:
        bob.reject(ALPHA_12)  # ann confirmed it: disputed
        bob.reject(ALPHA_14)  # alike
        bob.note(ALPHA_14, "contradicted by the police")
        bob.link(GAMMA_15, [BETA_12])  # a claim ann's store has not
        bob.confirm(GAMMA_15)
    return tmp_path


def test_merged_claims_keep_every_analysts_decision_and_the_disagreements_are_disputed(apart):
    out = apart / "merged.sqlite"
    report = merge_stores([str(apart / "ann.sqlite"), str(apart / "bob.sqlite")], str(out), "carol")
    assert (report.claims, report.disputed) == (3, 1)
    with Store.open(out, analyst="carol", readonly=True) as merged:
        disputed = merged.claim_of(ALPHA_12)
        assert disputed.status == "disputed"
        assert disputed.decisions == {"ann": AnalystDecision("confirmed"), "bob": AnalystDecision("rejected")}
        alike = merged.claim_of(ALPHA_14)
        assert alike.status == "rejected" and alike.note == "the mayor misspoke\ncontradicted by the police"
        linked = merged.claim_of(GAMMA_15)
        assert set(linked.members) == {BETA_12, GAMMA_15} and linked.status == "confirmed"
        result = merged.verify()
        assert result.ok and (result.merged_chains, result.merged_events) == (1, report.imported)
        assert merged.check_signatures().ok
        event = merged.events()[-1]
        assert (event.analyst, event.action) == ("carol", "merge")
        heads = [(i["path"], i["head"]) for i in event.after["inputs"]]
    with Store.open(apart / "ann.sqlite", readonly=True) as ann, Store.open(apart / "bob.sqlite", readonly=True) as bob:
        assert heads == [(str(apart / "ann.sqlite"), ann.head().hash), (str(apart / "bob.sqlite"), bob.head().hash)]
        assert report.imported == bob.head().count


def test_the_same_analysts_later_decision_wins(apart):
    with Store.open(apart / "bob.sqlite", analyst="ann") as ann_on_bobs:
        ann_on_bobs.reject(ALPHA_12)  # later than her confirm in her own store
    merge_stores([str(apart / "ann.sqlite"), str(apart / "bob.sqlite")], str(apart / "m.sqlite"), "carol")
    with Store.open(apart / "m.sqlite", readonly=True) as merged:
        claim = merged.claim_of(ALPHA_12)
        assert claim.decisions["ann"] == AnalystDecision("rejected") and claim.status == "rejected"


def test_an_edited_event_in_a_merged_chain_fails_verify(apart):
    out = apart / "merged.sqlite"
    merge_stores([str(apart / "ann.sqlite"), str(apart / "bob.sqlite")], str(out), "carol")
    conn = sqlite3.connect(out)
    conn.execute("DROP TRIGGER merged_events_no_update")
    conn.execute("UPDATE merged_events SET analyst = 'mallory' WHERE seq = 2")
    conn.commit()
    conn.close()
    with Store.open(out, readonly=True) as merged:
        result = merged.verify()
    assert not result.ok and result.reason == f"merged chain {apart / 'bob.sqlite'}: seq 2: hash mismatch"


def test_a_store_whose_chain_was_tampered_with_is_refused(apart):
    conn = sqlite3.connect(apart / "bob.sqlite")
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET analyst = 'ann' WHERE seq = (SELECT max(seq) FROM audit)")
    conn.commit()
    conn.close()
    out = apart / "merged.sqlite"
    with pytest.raises(MergeError, match=r"bob\.sqlite: its audit log does not verify \(seq \d+: hash mismatch\)"):
        merge_stores([str(apart / "ann.sqlite"), str(apart / "bob.sqlite")], str(out), "carol")
    assert not out.exists()


def test_a_store_of_other_article_versions_is_refused(apart):
    with _store(apart / "cy.sqlite", "cy", changed_texts()) as cy:
        cy.confirm(GAMMA_15)
    with pytest.raises(MergeError, match=r"cy\.sqlite: article alpha is another version than in .*ann\.sqlite"):
        merge_stores([str(apart / "ann.sqlite"), str(apart / "cy.sqlite")], str(apart / "m.sqlite"), "carol")


def test_another_key_for_one_analyst_is_refused(apart, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_KEYS", str(tmp_path / "other-keys"))
    with _store(apart / "bob2.sqlite", "bob") as other_bob:  # bob's name, another key
        other_bob.confirm(ALPHA_12)
    with pytest.raises(MergeError, match=r"bob2\.sqlite: bob's public key is not the one .*bob\.sqlite registers"):
        merge_stores([str(apart / "bob.sqlite"), str(apart / "bob2.sqlite")], str(apart / "m.sqlite"), "carol")


def test_an_existing_output_is_kept_without_force(apart):
    out = apart / "merged.sqlite"
    out.write_bytes(b"keep me")
    stores = [str(apart / "ann.sqlite"), str(apart / "bob.sqlite")]
    with pytest.raises(MergeError, match="exists"):
        merge_stores(stores, str(out), "carol")
    assert out.read_bytes() == b"keep me"
    merge_stores(stores, str(out), "carol", force=True)
    with Store.open(out, readonly=True) as merged:
        assert merged.verify().ok


def test_a_merged_store_merges_again_and_keeps_the_chains_it_holds(apart):
    stores = [str(apart / "ann.sqlite"), str(apart / "bob.sqlite")]
    merge_stores(stores, str(apart / "m1.sqlite"), "carol")
    with _store(apart / "cy.sqlite", "cy") as cy:
        cy.confirm(ALPHA_12)
    merge_stores([str(apart / "cy.sqlite"), str(apart / "m1.sqlite")], str(apart / "m2.sqlite"), "carol")
    with Store.open(apart / "m2.sqlite", readonly=True) as merged:
        result = merged.verify()
        assert result.ok and result.merged_chains == 2  # m1's own chain, and bob's it kept
        assert set(merged.claim_of(ALPHA_12).decisions) == {"ann", "bob", "cy"}


def test_a_store_with_an_edited_signature_is_refused(apart):
    conn = sqlite3.connect(apart / "bob.sqlite")
    conn.execute("DROP TRIGGER signatures_no_update")
    conn.execute(
        "UPDATE signatures SET signature = (SELECT signature FROM signatures WHERE seq = 1)"
        " WHERE seq = (SELECT max(seq) FROM signatures)"
    )
    conn.commit()
    conn.close()
    with pytest.raises(
        MergeError, match=r"bob\.sqlite: a signature does not verify \(seq \d+: bob's signature does not hold\)"
    ):
        merge_stores([str(apart / "ann.sqlite"), str(apart / "bob.sqlite")], str(apart / "m.sqlite"), "carol")
