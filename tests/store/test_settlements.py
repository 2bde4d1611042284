"""Adjudication (issue 16 item 5): an adjudicator settles a disputed claim with an audited, signed decision naming
what it settled; the claim's status is the settlement while each analyst's decision stays; undo restores disputed."""

from __future__ import annotations

import pytest

from tests.support.small_corpus import ALPHA_12, ALPHA_14
from workbench.output.agreement import agreement
from workbench.output.exports import records
from workbench.store import AnalystDecision, Settlement, Store, StoreError


@pytest.fixture
def disputed(store, db_path):
    """ALPHA_12 confirmed by ann and rejected by bob (with his note); ALPHA_14 confirmed by both."""
    store.confirm(ALPHA_12)
    store.confirm(ALPHA_14)
    with Store.open(db_path, analyst="bob") as bob:
        bob.reject(ALPHA_12)
        bob.note(ALPHA_12, "the ministry says 14")
        bob.confirm(ALPHA_14)
    with Store.open(db_path, analyst="carol") as carol:
        yield carol


def test_a_settlement_is_the_claims_status_and_names_the_decisions_it_settled(disputed):
    settled = disputed.settle(ALPHA_12, "rejected", "Inaccurate")
    assert (settled.status, settled.rating) == ("rejected", "Inaccurate")
    assert settled.decisions == {"ann": AnalystDecision("confirmed"), "bob": AnalystDecision("rejected")}
    assert settled.settlement == Settlement(
        "carol", "rejected", "Inaccurate", {"ann": AnalystDecision("confirmed"), "bob": AnalystDecision("rejected")}
    )
    event = disputed.events()[-1]
    assert (event.analyst, event.action, event.target) == ("carol", "settle", ALPHA_12)
    named = event.after["claims"][str(settled.id)]["settlement"]
    assert named["settled"] == {
        "ann": {"status": "confirmed", "rating": None},
        "bob": {"status": "rejected", "rating": None},
    }
    assert disputed.progress().disputed == 0
    assert disputed.verify().ok and disputed.check_signatures().ok
    assert disputed.check_signatures().signed == len(disputed.events())


def test_undo_of_a_settlement_makes_the_claim_disputed_again(disputed):
    disputed.settle(ALPHA_12, "confirmed", "Accurate")
    disputed.undo()
    claim = disputed.claim_of(ALPHA_12)
    assert (claim.status, claim.settlement) == ("disputed", None)
    assert set(claim.decisions) == {"ann", "bob"} and claim.note == "the ministry says 14"
    assert disputed.verify().ok
    disputed.redo()
    assert disputed.claim_of(ALPHA_12).status == "confirmed"


def test_an_undisputed_claim_is_not_settled(disputed):
    with pytest.raises(StoreError, match="not disputed"):
        disputed.settle(ALPHA_14, "rejected", "Inaccurate")
    assert disputed.claim_of(ALPHA_14).settlement is None


def test_an_analysts_later_decision_leaves_the_settlement_and_agreement_counts_only_the_analysts(disputed, db_path):
    disputed.settle(ALPHA_12, "confirmed", "Accurate")
    with Store.open(db_path, analyst="bob") as bob:
        assert bob.reset(ALPHA_12).status == "confirmed"  # bob takes his decision away: still settled
        bob.reject(ALPHA_12)
    report = agreement(disputed)
    assert report.analysts == ["ann", "bob"]  # carol settled, she decided nothing of her own
    assert [d.decisions for d in report.disagreements] == [{"ann": "confirmed", "bob": "rejected"}]
    [exported] = [r for r in records(disputed, "confirmed") if r.text == "12 people"]
    assert exported.decisions == {
        "ann": {"status": "confirmed", "rating": None},
        "bob": {"status": "rejected", "rating": None},
    }
    assert exported.settled_by == "carol"


def test_a_settlement_edited_behind_the_workbenchs_back_is_caught(disputed):
    disputed.settle(ALPHA_12, "confirmed", "Accurate")
    disputed.conn.execute("UPDATE settlements SET status = 'rejected'")
    disputed.conn.commit()
    result = disputed.verify()
    assert not result.ok and result.reason == "its settlement differs from the audit log"
