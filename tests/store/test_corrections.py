"""The analyst's corrections (issue 14 item 2): each one stored, audited, kept on reopen and on re-analysis,
undone and redone; the audit log still verifies after each."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.support.small_corpus import TEXTS, changed_texts, cid, make_analysis
from workbench.model import Analysis, Article
from workbench.output.exports import export
from workbench.store import Store, StoreError

A12, A14, B12, G15 = (
    cid("alpha", "12 people"),
    cid("alpha", "14 people"),
    cid("beta", "12 people"),
    cid("gamma", "15 people"),
)
QUOTE = cid("alpha", '"We are heartbroken,"')
DAMAGE = TEXTS["alpha"].index("Damage")
MISSED = f"alpha:{DAMAGE}-{DAMAGE + 6}:entity"
DIED = TEXTS["alpha"].index("12 people")
A12_DIED = f"alpha:{DIED}-{DIED + len('12 people died')}:quantity"


def verifies(store: Store) -> bool:
    result = store.verify()
    return result.ok and result.count == len(store.events())


def reopened(db_path: Path) -> Store:
    return Store.open(db_path, analyst="ann")


def members(store: Store) -> list[list[str]]:
    return [c.members for c in store.clusters()]


def test_a_marked_fact_is_a_candidate_kept_on_reopen_and_on_re_analysis(store, db_path):
    assert store.mark_fact("alpha", DAMAGE, DAMAGE + 6, "entity") == MISSED
    assert store.events()[-1].action == "mark_fact" and verifies(store)
    with reopened(db_path) as again:
        marked = again.candidate(MISSED)
        assert (marked.text, marked.kind, marked.sentence) == ("Damage", "entity", [DAMAGE, len(TEXTS["alpha"])])
        again.ingest(make_analysis())
        assert again.candidate(MISSED) is not None and verifies(again)
        assert again.stale_corrections() == []


def test_a_marked_figure_takes_its_number_and_what_it_counts_and_can_be_decided(store):
    start = TEXTS["beta"].index("12 people")
    made = store.mark_fact("beta", start, start + 2, "percent")
    assert (store.candidate(made).value, store.candidate(made).unit) == (12, None)
    assert store.confirm(made).status == "confirmed" and verifies(store)
    start = TEXTS["beta"].index("At least")
    counted = store.candidate(store.mark_fact("beta", start, start + len("At least 12 people"), "quantity"))
    assert (counted.value, counted.unit) == (12, "person")


def test_a_span_is_extended_its_claim_following_and_the_export_carries_it(store, db_path):
    store.confirm(A12)
    assert store.correct_span(A12, DIED, DIED + len("12 people died")) == A12_DIED
    with reopened(db_path) as again:
        assert again.candidate(A12) is None
        assert again.candidate(A12_DIED).status == "confirmed"
        assert A12_DIED in members(again)[0] and verifies(again)
        exported = json.loads(export(again, "json"))[0]
        assert (exported["text"], exported["mentions"][0]["text"]) == ("12 people died", "12 people died")


def test_a_speaker_is_corrected_and_the_exports_carry_it(store, db_path):
    store.confirm(QUOTE)
    store.set_speaker(QUOTE, "John Roe")
    with reopened(db_path) as again:
        quote = again.candidate(QUOTE)
        assert (quote.speaker, quote.attributed_to) == ("John Roe", "John Roe") and verifies(again)
        assert json.loads(export(again, "json"))[0]["speaker"] == "John Roe"
        assert "John Roe" in export(again, "csv")
        assert json.loads(export(again, "claimreview"))[0]["itemReviewed"]["author"]["name"] == "John Roe"


def test_an_attribution_is_set_on_a_figure_without_a_speaker(store):
    store.set_speaker(G15, "the rescuers")
    assert (store.candidate(G15).attributed_to, store.candidate(G15).speaker) == ("the rescuers", None)


def test_a_mention_is_split_out_of_its_cluster_and_moved_into_another(store, db_path):
    store.split(G15)
    with reopened(db_path) as again:
        assert G15 not in members(again)[0] and verifies(again)
    store.move(A14, cid("beta", "$1.5 billion"))
    money = next(c for c in store.clusters() if c.kind == "money")
    assert A14 in money.members and money.status == "conflict" and verifies(store)
    quantities = next(c for c in store.clusters() if c.kind == "quantity")
    assert quantities.members == [A12, B12] and quantities.status == "agree"


def test_a_split_cluster_left_with_one_mention_goes(store):
    store.split(cid("alpha", "$1.5 billion"))
    assert [c.kind for c in store.clusters()] == ["quantity", "quote"] and verifies(store)


def test_each_correction_is_undone_and_redone(store, db_path):
    store.confirm(A12)
    decided = (store.candidates(), members(store))
    store.mark_fact("alpha", DAMAGE, DAMAGE + 6, "entity")
    store.correct_span(A12, DIED, DIED + len("12 people died"))
    store.set_speaker(QUOTE, "John Roe")
    store.split(G15)
    corrected = (store.candidates(), members(store))
    for _ in range(4):
        assert store.undo() is not None and verifies(store)
    assert (store.candidates(), members(store)) == decided
    assert store.corrections_made() == []
    for _ in range(4):
        assert store.redo() is not None and verifies(store)
    assert store.redo() is None
    with reopened(db_path) as again:
        assert (again.candidates(), members(again)) == corrected
        assert [e.action for e in again.events()[-8:]] == ["undo"] * 4 + ["redo"] * 4


def test_a_redo_is_undone_and_a_new_decision_ends_the_redos(store):
    store.set_speaker(QUOTE, "John Roe")
    store.undo()
    store.redo()
    assert store.undo().after["undoes"] == store.events()[-2].seq
    assert store.candidate(QUOTE).speaker == "Jane Doe"
    store.confirm(G15)
    assert store.redo() is None


def test_corrections_follow_a_new_version_of_the_text_or_go_stale(store, db_path):
    store.set_speaker(QUOTE, "John Roe")
    store.mark_fact("alpha", DAMAGE, DAMAGE + 6, "entity")
    store.set_speaker(A14, "the mayor")
    store.ingest(make_analysis(changed_texts()))  # "14 people" is gone, the rest moved by 17 characters
    moved_quote = cid("alpha", '"We are heartbroken,"', changed_texts())
    with reopened(db_path) as again:
        assert again.candidate(moved_quote).speaker == "John Roe"
        assert any(c.text == "Damage" and not c.stale for c in again.candidates("alpha"))
        [stale] = again.stale_corrections()
        assert (stale.action, stale.target, stale.data["attributed_to"]) == ("set_speaker", A14, "the mayor")
        assert verifies(again)
        again.let_go(stale.id)
        assert again.stale_corrections() == [] and again.events()[-1].action == "let_go" and verifies(again)
        again.undo()
        assert [c.target for c in again.stale_corrections()] == [A14]


def test_a_marked_fact_joins_the_cluster_the_alignment_puts_it_in_and_keeps_it_on_re_analysis(db_path):
    missed = make_analysis()  # the extractor missed beta's "$1.5 billion": alpha's is a single source
    beta_money, alpha_money = cid("beta", "$1.5 billion"), cid("alpha", "$1.5 billion")
    missed.candidates = [
        replace(c, unit="USD") if c.kind == "money" else c for c in missed.candidates if c.id != beta_money
    ]  # a sum's unit is its currency, as the extractor gives it
    missed.clusters = [k for k in missed.clusters if k.kind != "money"]
    with Store.open(db_path, analyst="ann") as store:
        store.ingest(missed)
        start = TEXTS["beta"].index("$1.5 billion")
        assert store.mark_fact("beta", start, start + len("$1.5 billion"), "money") == beta_money
        assert store.candidate(beta_money).value == 1_500_000_000
        assert [sorted(c.members) for c in store.clusters() if c.kind == "money"] == [[alpha_money, beta_money]]
        assert verifies(store)
        store.ingest(missed)
        assert [sorted(c.members) for c in store.clusters() if c.kind == "money"] == [[alpha_money, beta_money]]
        assert verifies(store)


def test_a_correction_made_before_a_re_analysis_that_changed_the_text_is_not_undone(store):
    store.set_speaker(QUOTE, "John Roe")
    store.ingest(make_analysis())  # the same text: nothing analysed anew
    assert store.undo().after["undoes"] and store.candidate(QUOTE).speaker == "Jane Doe"
    store.redo()
    store.ingest(make_analysis(changed_texts()))
    with pytest.raises(StoreError, match="analysed again"):
        store.undo()
    assert verifies(store)


def test_a_marked_date_takes_the_day_the_extractor_resolves_it_to(db_path):
    text = "Officials said on Tuesday that 40 people were evacuated."
    article = Article("alpha", "corpus/alpha.txt", "Alpha", "0" * 64, text, dateline="2024-05-02")  # a Thursday
    analysis = Analysis([article], [], [])
    with Store.open(db_path, analyst="ann") as store:
        store.ingest(analysis)
        start = text.index("Tuesday")
        assert store.candidate(store.mark_fact("alpha", start, start + 7, "date")).value == "2024-04-30"
