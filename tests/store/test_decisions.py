"""Decisions: each writes its change and its audit event together; undo reverses any kind of decision."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import asdict

import pytest

from tests.support.small_corpus import cid
from workbench.store import Progress, Store, StoreError
from workbench.store.connection import BUSY_TIMEOUT_MS

A12 = cid("alpha", "12 people")
A14 = cid("alpha", "14 people")
B12 = cid("beta", "12 people")
G15 = cid("gamma", "15 people")


def decisions(store):
    return [e for e in store.events() if e.action != "ingest"]


def last_event(store):
    return store.events()[-1]


def test_confirm_creates_a_one_member_claim_and_its_event(store):
    claim = store.confirm(A12)
    assert claim.status == "confirmed"
    assert claim.members == [A12]
    assert (claim.label, claim.value, claim.kind) == ("12 people", 12, "quantity")
    assert (claim.analyst, claim.decided_at) == ("ann", last_event(store).at)
    event = last_event(store)
    assert (event.action, event.target, event.analyst) == ("confirm", A12, "ann")
    assert event.before == {"claims": {str(claim.id): None}}
    assert event.after["claims"][str(claim.id)]["status"] == "confirmed"
    assert store.candidate(A12).status == "confirmed"


@pytest.mark.parametrize(
    ("method", "args", "field", "expected"),
    [
        ("reject", (), "status", "rejected"),
        ("note", ("two sources disagree",), "note", "two sources disagree"),
        ("edit_value", (13,), "value", 13),
    ],
)
def test_each_decision_changes_the_claim_and_writes_one_event(store, method, args, field, expected):
    store.confirm(A12)
    claim = getattr(store, method)(A12, *args)
    assert getattr(claim, field) == expected
    event = last_event(store)
    assert (event.action, event.target) == (method, A12)
    assert event.after["claims"][str(claim.id)][field] == expected
    assert len(decisions(store)) == 2


def test_reset_returns_a_claim_to_pending(store):
    store.reject(A12)
    assert store.reset(A12).status == "pending"
    assert last_event(store).action == "reset"
    assert store.reset(B12) is None  # no claim: already pending, nothing written
    assert len(decisions(store)) == 2


def test_decision_on_a_member_decides_the_whole_claim(store):
    store.link(A12, [B12])
    claim = store.confirm(B12)
    assert claim.members == [A12, B12]
    assert store.claim_of(A12).status == "confirmed"


def test_link_merges_claims_and_joins_notes(store):
    store.note(A12, "police figure")
    store.note(G15, "rescuers")
    claim = store.link(A12, [B12, G15])
    assert sorted(claim.members) == sorted([A12, B12, G15])
    assert claim.note == "police figure\nrescuers"
    assert len(store.claims()) == 1
    event = last_event(store)
    assert event.action == "link"
    assert sorted(event.before["claims"]) == sorted(event.after["claims"])
    assert None in event.after["claims"].values()  # the merged-away claim is gone


def test_unlink_leaves_the_rest_of_the_claim(store):
    store.link(A12, [B12, G15])
    left = store.unlink(G15)
    assert sorted(left.members) == sorted([A12, B12])
    assert store.claim_of(G15) is None
    assert store.candidate(G15).status == "pending"
    store.unlink(B12)
    assert store.unlink(A12) is None and store.claims() == []


def test_accept_cluster_confirms_one_claim_of_its_members(store):
    cluster = store.clusters()[1]
    claim = store.accept_cluster(cluster.id)
    assert claim.status == "confirmed"
    assert sorted(claim.members) == sorted(cluster.members)
    assert last_event(store).target == f"cluster:{cluster.id}"


def test_accept_confirms_the_candidates_as_one_claim_in_one_event(store):
    store.note(G15, "gamma's note")
    claim = store.accept([A12, G15])
    assert claim.status == "confirmed" and sorted(claim.members) == sorted([A12, G15])
    assert claim.note == "gamma's note"
    assert [e.action for e in decisions(store)] == ["note", "accept"] and last_event(store).target == A12
    assert store.verify().ok
    store.undo()
    assert store.claim_of(A12) is None and store.claim_of(G15).status == "pending"


def test_a_decision_that_changes_nothing_writes_no_event(store):
    store.confirm(A12)
    store.confirm(A12)
    assert len(decisions(store)) == 1


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.confirm("nope:1-2:quantity"),
        lambda s: s.link(A12, ["nope:1-2:quantity"]),
        lambda s: s.note("nope", "x"),
        lambda s: s.accept_cluster("no-such-cluster"),
        lambda s: s.accept([A12, "nope:1-2:quantity"]),
    ],
)
def test_unknown_ids_raise_store_error_and_write_nothing(store, call):
    with pytest.raises(StoreError, match=r"review\.sqlite: no (candidate|cluster)"):
        call(store)
    assert decisions(store) == [] and store.claims() == []


@pytest.mark.parametrize("value", [float("nan"), float("inf"), [1, float("-inf")]])
def test_a_value_json_cannot_hold_is_refused_and_nothing_is_written(store, value):
    store.confirm(A12)
    with pytest.raises(StoreError, match=r"review\.sqlite: Out of range float values are not JSON compliant"):
        store.edit_value(A12, value)
    assert store.claim_of(A12).value == 12 and last_event(store).action == "confirm"
    assert store.verify().ok


def state(store):
    return sorted((c.id, c.status, c.note, c.value, tuple(c.members)) for c in store.claims())


DECISION_CALLS = {
    "confirm": lambda s: s.confirm(G15),
    "reject": lambda s: s.reject(A12),
    "reset": lambda s: s.reset(A12),
    "link": lambda s: s.link(A12, [G15]),
    "unlink": lambda s: s.unlink(B12),
    "note": lambda s: s.note(A12, "new note"),
    "edit_value": lambda s: s.edit_value(A12, 99),
    "accept_cluster": lambda s: s.accept_cluster("C1"),
    "accept": lambda s: s.accept([B12, G15]),
}


@pytest.mark.parametrize("action", DECISION_CALLS)
def test_undo_reverses_each_kind_of_decision(store, action):
    store.link(A12, [B12])
    store.note(A12, "old note")
    store.confirm(A12)
    before = state(store)
    DECISION_CALLS[action](store)
    assert state(store) != before
    event = store.undo()
    assert state(store) == before
    assert event.action == "undo"
    assert event.after["undoes"] == decisions(store)[-2].seq
    assert decisions(store)[-2].action == action


def test_repeated_undo_walks_back_and_never_rewrites_history(store):
    snapshots = [state(store)]
    for call in (lambda: store.confirm(A12), lambda: store.link(A12, [B12]), lambda: store.note(B12, "n")):
        call()
        snapshots.append(state(store))
    logged = store.events()
    for expected in reversed(snapshots[:-1]):
        store.undo()
        assert state(store) == expected
    assert store.undo() is None
    assert store.events()[: len(logged)] == logged
    assert [e.action for e in store.events()[len(logged) :]] == ["undo"] * 3
    assert store.verify().ok


def test_undo_after_a_new_decision_undoes_that_one_first(store):
    store.confirm(A12)
    store.reject(B12)
    store.undo()  # the reject
    store.note(G15, "later")
    store.undo()  # the note
    assert store.claim_of(G15) is None
    assert store.claim_of(A12).status == "confirmed"
    store.undo()  # the confirm
    assert store.claims() == []


def test_undo_only_reverses_the_analysts_own_decisions(store, db_path):
    store.confirm(A12)
    with Store.open(db_path, analyst="bob") as bob:
        bob.reject(B12)
        assert bob.undo().target == B12
        assert bob.undo() is None
    assert store.claim_of(A12).status == "confirmed"


def test_history_lists_events_touching_the_candidate_or_its_claim_members(store):
    store.note(B12, "from beta")
    store.confirm(A12)
    store.link(A12, [B12])
    store.confirm(G15)
    actions = [(e.action, e.target) for e in store.history(A12)]
    assert actions == [("note", B12), ("confirm", A12), ("link", A12)]
    assert [e.seq for e in store.history(A12)] == sorted(e.seq for e in store.history(A12))


def test_progress_counts_pending_candidates_decided_claims_and_open_conflicts(store):
    total = len(store.candidates())
    assert store.progress() == Progress(pending=total, confirmed=0, rejected=0, conflicts_open=1)
    store.link(A12, [B12])
    store.confirm(A12)
    store.reject(G15)
    assert store.progress() == Progress(pending=total - 3, confirmed=1, rejected=1, conflicts_open=1)
    store.reject(A14)  # the conflict's last pending mention
    assert store.progress() == Progress(pending=total - 4, confirmed=1, rejected=2, conflicts_open=0)


def test_ui_state_is_persisted_and_not_audited(store, db_path):
    store.set_state("selection", {"article": "beta", "candidate": B12})
    events = len(store.events())
    with Store.open(db_path) as again:
        assert again.get_state("selection") == {"article": "beta", "candidate": B12}
        assert again.get_state("missing", 7) == 7
        assert len(again.events()) == events


def test_ui_state_can_be_saved_without_waiting_for_another_writer(store, db_path):
    other = sqlite3.connect(db_path)
    other.execute("BEGIN IMMEDIATE")
    started = time.perf_counter()
    with pytest.raises(StoreError, match=r"review\.sqlite: database is locked"):
        store.set_state("selection", "x", wait=False)
    assert time.perf_counter() - started < 1
    other.rollback()
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS  # waiting again after
    store.set_state("selection", "y", wait=False)
    assert store.get_state("selection") == "y"


def test_decisions_are_committed_when_the_method_returns(store, db_path):
    store.confirm(A12)
    with Store.open(db_path, readonly=True) as reader:
        assert reader.claim_of(A12).status == "confirmed"
        with pytest.raises(StoreError, match="read-only"):
            reader.confirm(B12)


@pytest.mark.parametrize("action", DECISION_CALLS)
def test_the_event_records_the_claims_exactly_as_stored(store, action):
    store.link(A12, [B12])
    DECISION_CALLS[action](store)
    stored = {str(c.id): c for c in store.claims()}
    for key, snap in last_event(store).after["claims"].items():
        if snap is None:
            assert key not in stored
        else:
            claim = stored[key]
            decided = {name: asdict(d) for name, d in claim.decisions.items()}
            fields = {k: getattr(claim, k) for k in snap if k not in ("members", "decisions")}
            assert snap == {**fields, "members": sorted(claim.members), **({"decisions": decided} if decided else {})}
