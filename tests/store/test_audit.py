"""The audit log: event fields, the hash chain, append-only triggers, tamper detection."""

from __future__ import annotations

import getpass
import hashlib
import json
import re
import sqlite3

import pytest

from tests.support.small_corpus import cid, make_analysis
from workbench.store import Store

CHAIN_FIELDS = ("seq", "at", "analyst", "action", "target", "before", "after", "prev_hash")


@pytest.fixture
def logged(store):
    """A store with a few decisions after the ingestion events (10 events in all)."""
    for fragment in ("12 people", "14 people", "$1.5 billion"):
        store.confirm(cid("alpha", fragment))
    store.link(cid("alpha", "12 people"), [cid("beta", "12 people")])
    store.note(cid("beta", "12 people"), "Zoë's check ✓")
    store.reject(cid("gamma", "15 people"))
    store.undo()
    assert len(store.events()) == 10
    return store


def tamper(path, *statements):
    """Run SQL on the file with the append-only triggers dropped, as an attacker with file access would."""
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("DROP TRIGGER audit_no_delete")
        for statement in statements:
            conn.execute(statement)


def test_events_carry_the_documented_fields_and_chain(logged):
    events = logged.events()
    assert [e.seq for e in events] == list(range(1, 11))
    previous = "0" * 64
    for event in events:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", event.at)
        assert event.analyst == "ann"
        assert event.prev_hash == previous
        payload = json.dumps(
            {k: getattr(event, k) for k in CHAIN_FIELDS}, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        )
        assert event.hash == hashlib.sha256(payload.encode("utf-8")).hexdigest()
        previous = event.hash
    assert logged.verify().ok and logged.verify().count == 10


def test_analyst_comes_from_the_argument_then_the_environment_then_the_os_user(db_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_ANALYST", "env-analyst")
    with Store.open(db_path, analyst="arg-analyst") as store:
        assert store.analyst == "arg-analyst"
    with Store.open(db_path) as store:
        assert store.analyst == "env-analyst"
        store.ingest(make_analysis())
        assert {e.analyst for e in store.events()} == {"env-analyst"}
    monkeypatch.delenv("WORKBENCH_ANALYST")
    with Store.open(db_path) as store:
        assert store.analyst == getpass.getuser()


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit SET analyst = 'mallory' WHERE seq = 2", "DELETE FROM audit WHERE seq = 2", "DELETE FROM audit"],
)
def test_the_database_refuses_to_change_or_delete_events(logged, db_path, statement):
    events = logged.events()
    with sqlite3.connect(db_path) as conn, pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute(statement)
    assert logged.events() == events


@pytest.mark.parametrize(
    ("statements", "bad_seq", "reason"),
    [
        (["UPDATE audit SET after = replace(after, 'confirmed', 'rejected') WHERE seq = 5"], 5, "hash mismatch"),
        (["UPDATE audit SET analyst = 'mallory' WHERE seq = 7"], 7, "hash mismatch"),
        (["UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 1"], 1, "hash mismatch"),
        (["DELETE FROM audit WHERE seq = 6"], 6, "missing"),
        (["DELETE FROM audit WHERE seq = 10"], 10, "missing"),
        (["DELETE FROM audit WHERE seq >= 9", "DELETE FROM audit_head"], 8, "head record missing"),
        (
            [
                "UPDATE audit SET seq = -1 WHERE seq = 4",
                "UPDATE audit SET seq = 4 WHERE seq = 5",
                "UPDATE audit SET seq = 5 WHERE seq = -1",
            ],
            4,
            "prev_hash mismatch",
        ),
    ],
    ids=["edited payload", "edited analyst", "edited time", "deleted middle", "deleted last", "cut tail", "reordered"],
)
def test_verify_names_the_first_bad_event(logged, db_path, statements, bad_seq, reason):
    tamper(db_path, *statements)
    result = logged.verify()
    assert (result.ok, result.bad_seq) == (False, bad_seq)
    assert result.reason.startswith(reason)


def test_verify_catches_an_edit_whose_hash_was_recomputed(logged, db_path):
    event = logged.events()[4]
    forged = {**event.to_json(), "analyst": "mallory"}
    payload = json.dumps(
        {k: forged[k] for k in CHAIN_FIELDS}, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    tamper(
        db_path,
        f"UPDATE audit SET analyst = 'mallory', hash = '{hashlib.sha256(payload.encode()).hexdigest()}' WHERE seq = 5",
    )
    result = logged.verify()
    assert (result.ok, result.bad_seq, result.reason) == (False, 6, "prev_hash mismatch")
