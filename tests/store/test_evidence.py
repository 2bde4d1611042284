"""The evidence ledger: mentions, addresses (fetched from a site on 127.0.0.1, kept with their sha256) and
described sources added and removed as audited decisions with undo, verified, kept on reopen, carried by every
export."""

from __future__ import annotations

import csv
import hashlib
import io
import json

import pytest

from tests.support.local_site import PAGES
from tests.support.small_corpus import cid
from workbench.load.fetch import FetchError
from workbench.output.evidence import fetch_source
from workbench.output.exports import export
from workbench.store import EvidenceRecord, Store, StoreError

A12 = cid("alpha", "12 people")
B12 = cid("beta", "12 people")
G15 = cid("gamma", "15 people")
SOURCE = EvidenceRecord("source", description="Interview with the police spokesman", date="2024-03-16")


def test_each_kind_is_added_and_removed_as_an_audited_decision(store, site):
    store.rate(A12, "Mixed", "rated")
    store.add_evidence(A12, EvidenceRecord("mention", candidate=B12, excerpt="At least 12"))
    item, page = fetch_source(f"{site.base}/news/ferry-fire.html", "212 passengers")
    assert item.sha256 == hashlib.sha256((PAGES / "news.html").read_bytes()).hexdigest()
    assert item.title and item.fetched_at
    store.add_evidence(A12, item, page)
    claim = store.add_evidence(A12, SOURCE)
    assert [e.kind for e in claim.evidence] == ["mention", "address", "source"]
    assert [e.action for e in store.events()[-3:]] == ["add_evidence"] * 3
    kept = store.conn.execute("SELECT body FROM pages WHERE sha256 = ?", (item.sha256,)).fetchone()[0]
    assert kept == page.body
    assert [e.kind for e in store.remove_evidence(A12, 0).evidence] == ["address", "source"]
    assert store.verify().ok
    store.undo()  # the removal
    assert [e.kind for e in store.claim_of(A12).evidence] == ["mention", "address", "source"]
    store.undo()
    store.undo()
    assert [e.kind for e in store.claim_of(A12).evidence] == ["mention"]
    assert store.claim_of(A12).rating == "Mixed"  # the evidence came and went, the verdict stayed
    assert store.verify().ok


def test_evidence_is_kept_on_reopen_and_a_changed_item_fails_verification(store, db_path):
    store.add_evidence(G15, SOURCE)
    store.close()
    with Store.open(db_path, analyst="ann") as reopened:
        assert reopened.claim_of(G15).evidence == [SOURCE]
        assert reopened.verify().ok
        reopened.conn.execute("UPDATE evidence SET date = '2024-03-17'")
        reopened.conn.commit()
        result = reopened.verify()
        assert not result.ok and result.reason == "its evidence differs from the audit log"


def test_an_item_missing_what_its_kind_needs_or_an_unknown_mention_is_refused(store):
    with pytest.raises(StoreError, match="needs its description"):
        store.add_evidence(A12, EvidenceRecord("source"))
    with pytest.raises(StoreError, match="no candidate"):
        store.add_evidence(A12, EvidenceRecord("mention", candidate="nowhere:1-2:date"))
    with pytest.raises(StoreError, match="no evidence item 3"):
        store.remove_evidence(A12, 3)
    assert store.claim_of(A12) is None


def test_an_address_that_cannot_be_fetched_is_one_reason(site):
    with pytest.raises(FetchError, match="404"):
        fetch_source(f"{site.base}/gone.html")


def test_every_export_carries_the_evidence(store, site):
    store.link(A12, [B12])
    store.confirm(A12)
    store.add_evidence(A12, EvidenceRecord("mention", candidate=B12))
    item, page = fetch_source(f"{site.base}/news/ferry-fire.html", "212 passengers")
    store.add_evidence(A12, item, page)
    store.add_evidence(A12, SOURCE)
    [row] = list(csv.DictReader(io.StringIO(export(store, "csv"), newline="")))
    assert row["evidence"].split(" | ")[0] == "mention in beta"
    assert f"<{item.address}> sha256 {item.sha256[:12]} “212 passengers”" in row["evidence"]
    assert row["evidence"].endswith("source: Interview with the police spokesman, 2024-03-16")
    [record] = json.loads(export(store, "json"))
    assert record["evidence"][0] == {
        "kind": "mention",
        "candidate": B12,
        "article": "beta",
        "title": "Beta report",
        "sentence": "At least 12 people died, officials said.",
    }
    assert record["evidence"][1]["sha256"] == item.sha256
    [review] = json.loads(export(store, "claimreview"))
    mention, address, source = review["citation"]
    assert mention == {
        "@type": "CreativeWork",
        "name": "Beta report",
        "identifier": "beta",
        "text": "At least 12 people died, officials said.",
    }
    assert address["url"] == item.address and address["identifier"]["value"] == item.sha256
    assert source == {
        "@type": "CreativeWork",
        "name": "Interview with the police spokesman",
        "datePublished": "2024-03-16",
    }
