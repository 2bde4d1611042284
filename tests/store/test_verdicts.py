"""Verdicts: a rating on the settings' scale and dismissal, each an audited decision with undo; what the
exports carry of them; a store made before ratings migrated with its claims as they were."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

from tests.support.old_store import VERDICTS, back_to_version
from tests.support.small_corpus import changed_texts, cid, make_analysis
from workbench.output.exports import BOM, export, records, speaker_type
from workbench.settings import Settings
from workbench.store import Progress, Store, schema

A12 = cid("alpha", "12 people")
A14 = cid("alpha", "14 people")
B12 = cid("beta", "12 people")
G15 = cid("gamma", "15 people")
NAME = cid("gamma", "=SUM(A1)")
SCALE = Settings().scale


def rate(store: Store, candidate: str, rating: str):
    return store.rate(candidate, rating, SCALE.status_of(rating))


def test_a_rating_sets_the_claims_verdict_and_status_in_one_audited_decision(store):
    claim = rate(store, A12, "Mixed")
    assert (claim.status, claim.rating) == ("rated", "Mixed")
    event = store.events()[-1]
    assert (event.action, event.target) == ("rate", A12)
    assert event.after["claims"][str(claim.id)]["rating"] == "Mixed"
    assert store.candidate(A12).status == "rated"
    assert rate(store, A12, "Accurate").status == "confirmed"
    assert rate(store, A12, "Inaccurate").status == "rejected"
    assert store.verify().ok


def test_confirm_and_reject_are_the_top_and_the_bottom_and_reset_clears_the_rating(store):
    assert store.confirm(A12, SCALE.top).rating == "Accurate"
    assert store.reject(A12, SCALE.bottom).rating == "Inaccurate"
    rate(store, A12, "Misleading")
    assert store.confirm(A12).rating is None  # confirmed without one: the scale's top, as exports read it
    assert store.reset(A12).rating is None
    assert store.verify().ok


def test_dismissing_is_its_own_decision_without_a_rating(store):
    rate(store, NAME, "Mixed")
    claim = store.dismiss(NAME)
    assert (claim.status, claim.rating) == ("dismissed", None)
    assert store.events()[-1].action == "dismiss"
    assert store.progress() == Progress(pending=8, conflicts_open=1, dismissed=1)
    assert store.verify().ok


def test_undo_walks_back_ratings_and_dismissals(store):
    rate(store, A12, "Mixed")
    rate(store, A12, "Misleading")
    store.dismiss(G15)
    store.undo()
    assert store.candidate(G15).status == "pending"
    store.undo()
    claim = store.claim_of(A12)
    assert (claim.status, claim.rating) == ("rated", "Mixed")
    store.undo()
    assert store.claim_of(A12) is None
    assert store.verify().ok


def test_verdicts_are_kept_on_reopen(store, db_path):
    rate(store, A12, "Mostly accurate")
    store.dismiss(NAME)
    store.close()
    with Store.open(db_path, analyst="ann") as reopened:
        assert (reopened.claim_of(A12).rating, reopened.candidate(A12).status) == ("Mostly accurate", "rated")
        assert reopened.candidate(NAME).status == "dismissed"
        assert reopened.verify().ok


def reviewed(store: Store) -> Store:
    store.link(A12, [B12])
    rate(store, A12, "Mixed")
    store.reject(A14)  # rejected before ratings: the bottom
    rate(store, G15, "Unverifiable")
    store.dismiss(NAME)
    store.note(cid("alpha", "$1.5 billion"), "pending")
    return store


def test_exports_carry_the_rating_and_leave_dismissed_claims_out(store):
    reviewed(store)
    by_status = {
        status: {r.rating for r in records(store, status)} for status in ("confirmed", "rejected", "rated", "all")
    }
    assert by_status == {
        "confirmed": set(),
        "rejected": {"Inaccurate"},
        "rated": {"Mixed", "Inaccurate", "Unverifiable"},
        "all": {"Mixed", "Inaccurate", "Unverifiable", None},
    }
    table = list(csv.DictReader(io.StringIO(export(store, "csv", "rated"), newline="")))
    assert {row["rating"] for row in table} == {"Mixed", "Inaccurate", "Unverifiable"}
    assert {r["rating"] for r in json.loads(export(store, "json", "all"))} == {
        "Mixed",
        "Inaccurate",
        "Unverifiable",
        None,
    }
    assert NAME not in {m["candidate"] for r in json.loads(export(store, "json", "all")) for m in r["mentions"]}


def test_claimreview_rates_on_the_scale_and_publishes_only_rated_current_claims(store):
    reviewed(store)
    reviews = {r["identifier"][0]["value"]: r for r in json.loads(export(store, "claimreview", "all"))}
    ratings = {key: r["reviewRating"] for key, r in reviews.items()}
    mixed, bottom, unverifiable = (str(store.claim_of(c).id) for c in (A12, A14, G15))
    assert set(ratings) == {mixed, bottom, unverifiable}  # neither the pending nor the dismissed claim
    assert ratings[mixed] == {
        "@type": "Rating",
        "alternateName": "Mixed",
        "ratingValue": 3,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert ratings[bottom]["ratingValue"] == 1
    assert "ratingValue" not in ratings[unverifiable]  # off the scale
    store.ingest(make_analysis(changed_texts()))  # alpha loses "14 people": its claim is stale
    assert store.claim_of(f"{A14}@v1").stale
    reviews = json.loads(export(store, "claimreview", "all"))
    assert {r["reviewRating"]["alternateName"] for r in reviews} == {"Mixed", "Unverifiable"}


def test_claimreview_takes_the_publisher_and_review_address_from_the_settings(store):
    rate(store, A12, "Misleading")
    settings = Settings("Lakeport Fact Desk", "https://desk.example/", "https://desk.example/checks/")
    [review] = json.loads(export(store, "claimreview", "rated", settings))
    assert review["url"] == f"https://desk.example/checks/{store.claim_of(A12).id}"
    assert review["author"] == {"@type": "Organization", "name": "Lakeport Fact Desk", "url": "https://desk.example/"}
    assert review["itemReviewed"]["firstAppearance"]["identifier"] == "alpha"


def test_a_csv_opens_with_a_bom_only_when_asked(store):
    rate(store, A12, "Mixed")
    assert export(store, "csv", "rated", bom=True).startswith(BOM + "claim_id,")
    assert export(store, "csv", "rated").startswith("claim_id,")


def test_a_store_made_before_ratings_is_migrated_with_its_claims_and_their_ids(db_path):
    with Store.open(db_path, analyst="ann") as store:
        store.ingest(make_analysis())
        store.link(A12, [B12])
        store.confirm(A12)
        store.reject(G15)
        gone = store.confirm(A14).id
        store.unlink(A14)  # its claim is deleted: the counter is above every id left
        before = store.claims()
    with sqlite3.connect(db_path) as conn:
        back_to_version(conn, VERDICTS - 1)
    with Store.open(db_path, analyst="ann") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert store.claims() == before
        assert store.verify().ok
        assert store.confirm(cid("alpha", "$1.5 billion")).id > gone  # no id is given out twice
        store.undo()
        store.undo()  # the unlink: its claim comes back under its own id
        assert store.claim_of(A14).id == gone
        rate(store, A14, "Mixed")
        assert store.verify().ok


def test_a_claims_author_is_an_organisation_when_its_name_says_so():
    assert [speaker_type(n) for n in ("US Central Command", "ISIS", "Hanna Marsk")] == [
        "Organization",
        "Organization",
        "Person",
    ]
