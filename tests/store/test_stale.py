"""Decisions a re-import leaves stale (issue 14 item 4): listed with old and new text, re-attached or
confirmed gone (audited, undoable), marked stale in every export until then."""

from __future__ import annotations

import csv
import io
import json

from tests.support.small_corpus import changed_texts, cid, make_analysis
from workbench.output.exports import export
from workbench.store import Store

A12, A14 = cid("alpha", "12 people"), cid("alpha", "14 people")
NEW_A12 = cid("alpha", "12 people", changed_texts())


def stale_after_reimport(store: Store) -> None:
    store.confirm(A14)
    store.ingest(make_analysis(changed_texts()))  # "The mayor said 14 people died." is gone


def test_a_stale_decision_is_listed_with_its_old_text_and_the_new_mention_most_like_it(store, db_path):
    stale_after_reimport(store)
    with Store.open(db_path) as again:
        [record] = again.stale_decisions()
    assert (record.candidate, record.status, record.text) == (f"{A14}@v1", "confirmed", "14 people")
    assert record.sentence == "The mayor said 14 people died."
    assert record.sentence[record.start : record.end] == "14 people"
    assert (record.suggestion, record.new_text) == (NEW_A12, "12 people")
    assert record.new_sentence[record.new_start : record.new_end] == "12 people"


def test_every_export_marks_a_stale_claim_until_it_is_re_decided(store):
    """CSV, JSON and JSON Lines mark it; ClaimReview, which publishes verdicts, leaves it out until then."""
    stale_after_reimport(store)
    assert json.loads(export(store, "json"))[0]["stale"] is True
    assert json.loads(export(store, "jsonl"))["stale"] is True
    assert [row["stale"] for row in csv.DictReader(io.StringIO(export(store, "csv")))] == ["true"]
    assert json.loads(export(store, "claimreview")) == []  # a stale claim is not published (issue 15)
    store.reattach(f"{A14}@v1", NEW_A12)
    assert json.loads(export(store, "json"))[0]["stale"] is False
    assert [row["stale"] for row in csv.DictReader(io.StringIO(export(store, "csv")))] == ["false"]
    assert "stale" not in json.loads(export(store, "claimreview"))[0]


def test_a_stale_decision_is_re_attached_then_undone_and_redone(store, db_path):
    stale_after_reimport(store)
    claim = store.reattach(f"{A14}@v1", NEW_A12)
    assert (claim.members, claim.status, claim.stale) == ([NEW_A12], "confirmed", False)
    assert (claim.label, claim.value) == ("12 people", 12)  # they were the old mention's: they follow
    with Store.open(db_path, analyst="ann") as again:
        assert again.stale_decisions() == [] and again.candidate(NEW_A12).status == "confirmed"
        assert again.verify().ok and again.events()[-1].action == "reattach"
        again.undo()
        assert [r.candidate for r in again.stale_decisions()] == [f"{A14}@v1"]
        again.redo()
        assert again.stale_decisions() == [] and again.verify().ok


def test_a_re_attached_claim_keeps_the_value_the_analyst_edited(store):
    stale_after_reimport(store)
    store.edit_value(f"{A14}@v1", 13)
    claim = store.reattach(f"{A14}@v1", NEW_A12)
    assert (claim.label, claim.value) == ("12 people", 13)


def test_a_stale_decision_is_confirmed_gone(store, db_path):
    stale_after_reimport(store)
    assert store.gone(f"{A14}@v1") is None  # its claim had no other mention
    with Store.open(db_path) as again:
        assert again.stale_decisions() == [] and again.claims() == [] and again.verify().ok
        assert again.events()[-1].action == "gone"
