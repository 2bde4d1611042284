"""Each analyst's decision kept as theirs (issue 16 item 1): the claim's status derived from them, undo that puts
back only one's own decision, a decision on a stale view refused (item 2), stores made before migrated."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest

from tests.support.old_store import PER_ANALYST, back_to_version
from tests.support.small_corpus import ALPHA_12, ALPHA_14, GAMMA_15
from workbench.output.exports import records, to_csv
from workbench.store import AnalystDecision, Store
from workbench.store.views import StaleView


@pytest.fixture
def bob(store, db_path):
    with Store.open(db_path, analyst="bob") as opened:
        yield opened


def test_agreeing_decisions_keep_the_verdict_and_differing_ones_make_the_claim_disputed(store, bob):
    store.confirm(ALPHA_12)
    assert bob.confirm(ALPHA_12).status == "confirmed"
    disputed = bob.reject(ALPHA_12)
    assert disputed.status == "disputed" and disputed.rating is None
    assert disputed.decisions == {"ann": AnalystDecision("confirmed"), "bob": AnalystDecision("rejected")}
    assert store.progress().disputed == 1 and [c.id for c in store.claims("disputed")] == [disputed.id]
    assert bob.reset(ALPHA_12).status == "confirmed"  # bob takes his own decision away, ann's stays
    assert store.verify().ok


def test_bobs_decision_is_kept_beside_anns_and_logged(store, bob):
    store.reject(GAMMA_15)
    bob.reject(GAMMA_15)  # agreeing changes no status, but is bob's decision, with its event
    assert store.events()[-1].analyst == "bob"
    assert set(store.claim_of(GAMMA_15).decisions) == {"ann", "bob"}


def test_undo_after_another_analysts_decision_leaves_it_and_their_note(store, bob):
    store.confirm(ALPHA_14)  # ann's decision makes the claim
    bob.reject(ALPHA_14)
    bob.note(ALPHA_14, "bob's note")
    store.undo()
    claim = store.claim_of(ALPHA_14)
    assert claim is not None, "ann's undo deleted the claim bob decided since"
    assert (claim.status, claim.note, claim.decisions) == (
        "rejected",
        "bob's note",
        {"bob": AnalystDecision("rejected")},
    )
    assert store.verify().ok
    store.redo()
    assert store.claim_of(ALPHA_14).status == "disputed" and store.claim_of(ALPHA_14).note == "bob's note"


def test_undo_puts_back_ones_own_note_when_the_other_analyst_only_decided(store, bob):
    store.note(ALPHA_12, "ann's note")
    bob.confirm(ALPHA_12)
    store.undo()
    claim = store.claim_of(ALPHA_12)
    assert (claim.note, claim.status) == ("", "confirmed")
    assert store.verify().ok


def test_undo_with_no_one_else_since_puts_the_claim_back_whole(store):
    store.confirm(ALPHA_14)
    store.undo()
    assert store.claim_of(ALPHA_14) is None


def test_a_decision_on_a_view_someone_else_changed_since_is_refused(store, bob):
    store.mark_viewed()
    bob.confirm(ALPHA_12)
    with pytest.raises(StaleView, match="bob changed this claim since your view") as refused:
        store.reject(ALPHA_12)
    assert refused.value.claim.status == "confirmed"
    assert store.claim_of(ALPHA_12).decisions == {"bob": AnalystDecision("confirmed")}
    store.mark_viewed()  # the fresh view: now ann may decide
    assert store.reject(ALPHA_12).status == "disputed"


def test_ones_own_decisions_and_other_claims_do_not_make_a_view_stale(store, bob):
    store.mark_viewed()
    store.confirm(ALPHA_12)
    bob.confirm(GAMMA_15)
    assert store.reject(ALPHA_12).status == "rejected"


def test_an_old_stores_decisions_become_their_recorded_analysts(store, db_path):
    store.confirm(ALPHA_12)
    store.reject(GAMMA_15)
    store.close()
    with sqlite3.connect(db_path) as conn:
        back_to_version(conn, PER_ANALYST - 1)
    with Store.open(db_path, analyst="bob") as reopened:
        assert reopened.claim_of(ALPHA_12).decisions == {"ann": AnalystDecision("confirmed")}
        assert reopened.verify().ok
        assert reopened.reject(ALPHA_12).status == "disputed"
        assert reopened.verify().ok


def test_exports_take_the_disputed_claims_with_each_analysts_decision(store, bob):
    store.confirm(ALPHA_12)
    bob.reject(ALPHA_12)
    store.confirm(GAMMA_15)
    (disputed,) = records(store, "disputed")
    assert disputed.decisions == {
        "ann": {"status": "confirmed", "rating": None},
        "bob": {"status": "rejected", "rating": None},
    }
    assert [r.status for r in records(store, "all")] == ["disputed", "confirmed"]
    assert [r.text for r in records(store, "confirmed")] == ["15 people"]
    row = next(csv.DictReader(io.StringIO(to_csv([disputed]))))
    assert (row["status"], row["decisions"]) == ("disputed", "ann: confirmed; bob: rejected")


def test_accepting_a_cluster_a_member_of_which_someone_changed_since_the_view_is_refused(store, bob):
    store.mark_viewed()
    bob.reject(GAMMA_15)  # a member of C1
    with pytest.raises(StaleView):
        store.accept_cluster("C1")
    assert store.claim_of(GAMMA_15).decisions.keys() == {"bob"}
