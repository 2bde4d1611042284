"""A conflict stays open until every mention in it is decided; accepting only the agreeing mentions."""

from __future__ import annotations

import pytest

from tests.support.small_corpus import cid
from workbench.store import StoreError

A12, A14, B12, G15 = (
    cid("alpha", "12 people"),
    cid("alpha", "14 people"),
    cid("beta", "12 people"),
    cid("gamma", "15 people"),
)


def test_confirming_one_mention_of_a_conflict_leaves_it_open(store):
    store.confirm(A12)
    assert store.progress().conflicts_open == 1


def test_a_conflict_closes_once_every_mention_is_decided(store):
    for member in (A12, B12):
        store.confirm(member)
    for member in (A14, G15):
        store.reject(member)
    assert store.progress().conflicts_open == 0


def test_accepting_only_the_agreeing_mentions_makes_one_confirmed_claim_of_them(store):
    claim = store.accept_cluster("C1", only=[A12, B12])
    assert claim.status == "confirmed" and sorted(claim.members) == sorted([A12, B12])
    assert store.candidate(A14).status == store.candidate(G15).status == "pending"
    assert store.progress().conflicts_open == 1
    store.undo()
    assert store.claims() == []


def test_accepting_a_candidate_outside_the_cluster_is_refused(store):
    with pytest.raises(StoreError, match="not a member of cluster 'C1'"):
        store.accept_cluster("C1", only=[A12, cid("alpha", "$1.5 billion")])
    assert store.claims() == []
