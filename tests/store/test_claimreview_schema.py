"""Every published ClaimReview meets a JSON Schema written for its fields (tests/support/claimreview_schema.py):
on a reviewed store of ../shared/seeds, and with a scale and publisher of the settings file's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from tests.support.claimreview_schema import claimreview_schema
from tests.support.paths import need_shared_seeds
from workbench.output.exports import export
from workbench.pipeline import analyze
from workbench.settings import Settings, load_settings
from workbench.store import EvidenceRecord, Store


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A reviewed store of ../shared/seeds: every verdict on the scale, a dismissed name, pending facts."""
    analysis = analyze([str(need_shared_seeds())])
    db = tmp_path_factory.mktemp("seeds") / "seeds.sqlite"
    scale = Settings().scale
    with Store.open(db, analyst="ann") as store:
        store.ingest(analysis)
        clusters = [c for c in store.clusters() if len(c.members) > 1]
        accepted = next(c for c in clusters if c.status == "agree")
        store.accept_cluster(accepted.id)
        store.add_evidence(accepted.members[0], EvidenceRecord("mention", candidate=accepted.members[-1]))
        store.add_evidence(
            accepted.members[0], EvidenceRecord("source", description="Call to the ministry", date="2017-08-30")
        )
        single = [c.id for c in store.candidates() if c.claim_id is None and c.kind != "entity"]
        quotes = [c.id for c in store.candidates() if c.claim_id is None and c.kind == "quote"]
        store.reject(single[0], scale.bottom)
        for candidate, rating in zip([*quotes[:2], *single[1:]], scale.names):
            store.rate(candidate, rating, scale.status_of(rating))
        store.dismiss(next(c.id for c in store.candidates() if c.kind == "entity" and c.claim_id is None))
    return db


def reviews(db: Path, settings: Settings) -> list[dict]:
    with Store.open(db, readonly=True) as store:
        return json.loads(export(store, "claimreview", "all", settings))


def test_every_claimreview_of_the_reviewed_seeds_meets_the_schema(seeds_store):
    settings = Settings()
    validator = Draft202012Validator(claimreview_schema(settings.scale, settings.review_base_url))
    found = reviews(seeds_store, settings)
    assert {r["reviewRating"]["alternateName"] for r in found} == set(settings.scale.names)
    assert [len(r.get("citation", [])) for r in found].count(2) == 1  # the accepted claim cites its evidence
    for review in found:
        errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(review)]
        assert errors == [], review["url"]
    with Store.open(seeds_store, readonly=True) as store:
        dismissed = {str(c.id) for c in store.claims("dismissed")}
    assert dismissed and not dismissed & {r["identifier"][0]["value"] for r in found}


def test_the_schema_holds_for_a_scale_and_publisher_from_the_settings_file(seeds_store, tmp_path, monkeypatch):
    path = tmp_path / "settings.toml"
    path.write_text(
        '[publisher]\nname = "Lakeport Fact Desk"\nurl = "https://desk.example/"\n'
        '[review]\nbase_url = "https://desk.example/checks/"\n'
        '[ratings]\nscale = ["True", "Half true", "False"]\nother = ["No evidence"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("WORKBENCH_SETTINGS", str(path))
    settings = load_settings()
    found = reviews(seeds_store, settings)
    validator = Draft202012Validator(claimreview_schema(settings.scale, settings.review_base_url))
    assert found and all(validator.is_valid(review) for review in found)
    # confirmed and rejected are the top and the bottom; the ratings between, given on the default scale, are not
    # on this one: they are left out
    assert {r["reviewRating"]["alternateName"] for r in found} == {"True", "False"}


def test_the_schema_refuses_what_google_would_not_list(seeds_store):
    settings = Settings()
    validator = Draft202012Validator(claimreview_schema(settings.scale, settings.review_base_url))
    review = reviews(seeds_store, settings)[0]
    for broken in (
        {k: v for k, v in review.items() if k != "url"},
        {**review, "author": {"@type": "Person", "name": "ann"}},
        {**review, "reviewRating": {**review["reviewRating"], "alternateName": "Confirmed"}},
        {**review, "itemReviewed": {k: v for k, v in review["itemReviewed"].items() if k != "author"}},
    ):
        assert not validator.is_valid(broken)
