"""verify() checks the claims tables against the audit log, through re-ingestions; conflicts stay open until decided."""

from __future__ import annotations

import sqlite3

import pytest

from tests.support.small_corpus import changed_texts, cid, make_analysis
from workbench.cli.main import main
from workbench.store import Store

A12, A14, B12, G15 = (
    cid("alpha", "12 people"),
    cid("alpha", "14 people"),
    cid("beta", "12 people"),
    cid("gamma", "15 people"),
)
CHANGED = changed_texts()


def tamper(path, sql, *params):
    """Change the file directly, as someone with file access would, writing no audit event."""
    with sqlite3.connect(path) as conn:
        conn.execute(sql, params)


@pytest.fixture
def reviewed(store):
    """Claim 1: A12 + B12 confirmed; claim 2: G15 rejected with a note."""
    store.link(A12, [B12])
    store.confirm(A12)
    store.reject(G15)
    store.note(G15, "one source")
    assert [c.id for c in store.claims()] == [1, 2]
    return store


def test_a_reviewed_and_reingested_store_verifies(reviewed):
    reviewed.confirm(A14)
    reviewed.edit_value(A12, 13)
    reviewed.unlink(B12)
    reviewed.undo()
    report = reviewed.ingest(make_analysis(CHANGED))  # A12 moves to the new version, A14 is left stale
    assert (report.moved, report.stale) == (1, 1)
    moved = cid("alpha", "12 people", CHANGED)
    reviewed.reject(moved)
    reviewed.reset(f"{A14}@v1")
    reviewed.undo()  # the reset: A14's claim is confirmed again
    reviewed.ingest(make_analysis())  # alpha changes back: a second version step
    reviewed.undo()  # the reject of the moved candidate, followed to its new id
    result = reviewed.verify()
    assert (result.ok, result.count, result.claims) == (True, len(reviewed.events()), len(reviewed.claims()))


@pytest.mark.parametrize(
    ("statement", "params", "claim", "reason"),
    [
        (
            "UPDATE claims SET status = 'rejected', value = '99' WHERE id = 1",
            (),
            1,
            "status is 'rejected' in the store but 'confirmed' in the audit log",
        ),
        ("UPDATE claims SET value = '99' WHERE id = 1", (), 1, "value is 99 in the store but 12 in the audit log"),
        (
            "UPDATE claims SET note = '' WHERE id = 2",
            (),
            2,
            "note is '' in the store but 'one source' in the audit log",
        ),
        (
            "UPDATE claims SET label = '13 people' WHERE id = 1",
            (),
            1,
            "label is '13 people' in the store but '12 people' in the audit log",
        ),
        (
            "UPDATE claims SET analyst = 'mallory' WHERE id = 2",
            (),
            2,
            "analyst is 'mallory' in the store but 'ann' in the audit log",
        ),
        (
            "DELETE FROM claim_members WHERE candidate_id = ?",
            (B12,),
            1,
            f"member {B12!r} is in the audit log but not in the store",
        ),
        (
            "INSERT INTO claim_members (candidate_id, claim_id) VALUES (?, 2)",
            (A14,),
            2,
            f"member {A14!r} is in the store but not in the audit log",
        ),
        (
            "UPDATE claim_members SET claim_id = 1 WHERE candidate_id = ?",
            (G15,),
            1,
            f"member {G15!r} is in the store but not in the audit log",
        ),
        ("DELETE FROM claims WHERE id = 2", (), 2, "exists in the audit log but not in the store"),
        (
            "INSERT INTO claims (id, kind, label, value, status) VALUES (7, 'quantity', '9 people', '9', 'confirmed')",
            (),
            7,
            "exists in the store but not in the audit log",
        ),
    ],
    ids=[
        "status and value",
        "value",
        "note",
        "label",
        "analyst",
        "member removed",
        "member added",
        "member moved",
        "claim deleted",
        "claim added",
    ],
)
def test_a_direct_change_names_the_first_claim_that_differs(reviewed, db_path, statement, params, claim, reason):
    tamper(db_path, statement, *params)
    result = reviewed.verify()
    assert (result.ok, result.bad_seq, result.bad_claim, result.reason) == (False, None, claim, reason)
    assert result.count == len(reviewed.events())


@pytest.mark.parametrize(
    ("statement", "params", "reason"),
    [
        (
            "UPDATE claims SET status = 'pending' WHERE id = 1",
            (),
            "status is 'pending' in the store but 'confirmed' in the audit log",
        ),
        # the ingestion then sees A12 undecided and leaves it behind, while the log still holds it in claim 1
        (
            "DELETE FROM claim_members WHERE candidate_id = ?",
            (A12,),
            f"member {A12!r} is in the audit log but not in the store",
        ),
    ],
    ids=["status", "member removed"],
)
def test_a_direct_change_is_still_caught_after_a_reingestion(reviewed, db_path, statement, params, reason):
    tamper(db_path, statement, *params)
    reviewed.ingest(make_analysis(CHANGED))
    result = reviewed.verify()
    assert (result.ok, result.bad_claim, result.reason) == (False, 1, reason)


def test_verify_reads_the_log_and_the_claims_from_one_state_of_the_file(reviewed, db_path):
    """A decision committed by another process while verify runs is either wholly seen or not at all."""
    with Store.open(db_path, analyst="bob") as other:

        def decide_meanwhile(sql: str) -> None:
            if "FROM claims" in sql and other.claim_of(A14) is None:
                other.confirm(A14)

        reviewed.conn.set_trace_callback(decide_meanwhile)
        try:
            result = reviewed.verify()
        finally:
            reviewed.conn.set_trace_callback(None)
        assert other.claim_of(A14) is not None
    assert (result.ok, result.claims) == (True, 2)
    assert reviewed.verify().claims == 3


def test_audit_verify_on_the_command_line_reports_the_changed_claim(reviewed, db_path, capsys):
    reviewed.close()
    tamper(db_path, "UPDATE claims SET status = 'rejected', value = '99' WHERE id = 1")
    assert main(["audit", "--db", str(db_path), "--verify"]) == 1
    assert capsys.readouterr() == (
        "bad: claim 1: status is 'rejected' in the store but 'confirmed' in the audit log\n",
        "",
    )


def test_a_conflict_closes_when_its_cluster_is_accepted_and_reopens_on_undo(store):
    store.confirm(A12)
    assert store.progress().conflicts_open == 1
    store.accept_cluster("C1")
    assert store.progress().conflicts_open == 0
    store.undo()
    assert store.progress().conflicts_open == 1
