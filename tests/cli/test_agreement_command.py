"""`workbench agreement`: each analyst's latest decision on each claim, from the audit log; Cohen's kappa and
Krippendorff's alpha per kind and overall, and the disagreements. The figures of the store below, by hand:
ann and bob decide 4 claims, (confirmed, rejected), (rejected, confirmed) and twice (confirmed, confirmed); each
confirms 3 and rejects 1, so p_o = 2/4, p_e = (3*3 + 1*1)/16 = 10/16 and kappa = (0.5 - 0.625) / 0.375 = -1/3;
the coincidences are o_cc = 4, o_cr = o_rc = 2, n_c = 6, n_r = 2, n = 8, and alpha = 1 - 7 * 4 / 24 = -1/6."""

from __future__ import annotations

import json

import pytest

from tests.cli.running import run
from tests.support.small_corpus import ALPHA_12, ALPHA_14, BETA_12, GAMMA_15
from workbench.store import Store


@pytest.fixture
def two_reviews(store, db_path):
    for decide, candidate in ((store.confirm, ALPHA_12), (store.reject, GAMMA_15), (store.confirm, ALPHA_14)):
        decide(candidate)
    store.confirm(BETA_12)
    store.note(ALPHA_12, "a note is no decision")
    store.close()
    with Store.open(db_path, analyst="bob") as bob:
        bob.reject(ALPHA_12)
        bob.confirm(GAMMA_15)
        bob.reset(ALPHA_14)  # his own decision, after ann's, is what counts: he confirms it again
        bob.confirm(ALPHA_14)
        bob.reject(BETA_12)
        bob.confirm(BETA_12)
    return db_path


def test_kappa_alpha_and_the_disagreements_as_json(two_reviews, capsys):
    code, out, err = run(capsys, "agreement", "--db", str(two_reviews), "--format", "json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["analysts"] == ["ann", "bob"]
    assert [k["kind"] for k in report["kinds"]] == ["quantity", "all"]
    overall = report["kinds"][-1]
    assert (overall["claims"], overall["alike"]) == (4, 2)
    assert overall["alpha"] == pytest.approx(-1 / 6)
    assert overall["kappa"] == [{"analysts": ["ann", "bob"], "claims": 4, "kappa": pytest.approx(-1 / 3)}]
    assert [(d["label"], d["decisions"]) for d in report["disagreements"]] == [
        ("12 people", {"ann": "confirmed", "bob": "rejected"}),
        ("15 people", {"ann": "rejected", "bob": "confirmed"}),
    ]


def test_the_table_for_people(two_reviews, capsys):
    code, out, _ = run(capsys, "agreement", "--db", str(two_reviews))
    lines = out.splitlines()
    assert code == 0 and lines[0] == "analysts: ann, bob"
    assert lines[2].split() == ["kind", "claims", "alike", "alpha", "kappa", "ann/bob", "rated", "ordinal"]
    # confirm and reject are the scale's two ends: with no rating between them, ordinal and nominal alpha agree
    assert lines[4].split() == ["all", "4", "2", "-0.167", "-0.333", "(4)", "4", "-0.167"]
    assert "disagreements: 2" in lines and any("12 people: ann confirmed, bob rejected" in line for line in lines)


def test_a_third_analyst_joins_alpha_and_makes_two_more_pairs(two_reviews, capsys):
    with Store.open(two_reviews, analyst="cy") as cy:
        cy.confirm(ALPHA_12)  # bob's reject stands before it: an event, and cy's decision
        cy.note(BETA_12, "a note is no decision")
    report = json.loads(run(capsys, "agreement", "--db", str(two_reviews), "--format", "json")[1])
    overall = report["kinds"][-1]
    assert [p["analysts"] for p in overall["kappa"]] == [["ann", "bob"], ["ann", "cy"], ["bob", "cy"]]
    assert [p["claims"] for p in overall["kappa"]] == [4, 1, 1]
    assert report["disagreements"][0]["decisions"] == {"ann": "confirmed", "bob": "rejected", "cy": "confirmed"}


def test_a_store_of_one_analyst_has_nothing_to_compare(store, db_path, capsys):
    store.confirm(ALPHA_12)
    store.close()
    assert run(capsys, "agreement", "--db", str(db_path)) == (0, "no claim decided by two analysts or more\n", "")


def test_ordinal_alpha_of_the_verdicts_on_the_rating_scale(store, db_path, capsys):
    # The default scale, best first: Accurate, Mostly accurate, Mixed, Misleading, Inaccurate. Verdicts: one claim
    # (Accurate, Mostly accurate), one (Inaccurate, Inaccurate), one (Mixed, Mixed); n = 6, the counts along the
    # scale 1, 1, 2, 0, 2. The only disagreement is one step apart: delta = (1 + 1 - 1)^2 = 1, D_o = 2 / 6; the
    # expected pairs, each way, sum to 2 * (1 + 2*6.25 + 2*20.25 + 2*2.25 + 2*12.25 + 4*4) = 198, D_e = 198 / 30;
    # alpha = 1 - 10 / 198 = 94 / 99. Nominal: only the rejected claim has two confirmed-or-rejected decisions.
    store.confirm(ALPHA_12, "Accurate")
    store.reject(ALPHA_14, "Inaccurate")
    store.rate(GAMMA_15, "Mixed", "rated")
    store.close()
    with Store.open(db_path, analyst="bob") as bob:
        bob.rate(ALPHA_12, "Mostly accurate", "rated")
        bob.reject(ALPHA_14, "Inaccurate")
        bob.rate(GAMMA_15, "Mixed", "rated")
    report = json.loads(run(capsys, "agreement", "--db", str(db_path), "--format", "json")[1])
    overall = report["kinds"][-1]
    assert (overall["rated"], overall["ordinal_alpha"]) == (3, pytest.approx(94 / 99))
    assert (overall["claims"], overall["alpha"]) == (1, None)
    [apart] = report["disagreements"]  # the verdicts a step apart
    assert (apart["label"], apart["verdicts"]) == ("12 people", {"ann": "Accurate", "bob": "Mostly accurate"})
    table = run(capsys, "agreement", "--db", str(db_path))[1]
    assert "claim 1 (quantity) 12 people: ann confirmed, bob Mostly accurate" in table
