"""Anchoring the audit log: `audit --head` prints the head to keep, `audit --verify --expect HASH` checks the log
still holds it (a consistent rewrite, a cut tail or a wiped store fail), and every export carries the head."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3

import pytest

from tests.cli.running import run
from tests.support.old_store import SIGNED, back_to_version
from tests.support.small_corpus import cid
from workbench.cli.main import main
from workbench.store import Store, audit


def head_of(capsys, path):
    code, out, err = run(capsys, "audit", "--db", str(path), "--head")
    assert (code, err) == (0, "")
    match = re.fullmatch(r"([0-9a-f]{64}) (\d+) events\n", out)
    assert match, out
    return match[1], int(match[2])


def rewrite(path, statements, start=1):
    """Run SQL on the log with its triggers dropped, then make every hash from `start` on consistent again,
    the head record included: what someone who knows the hashing could do."""
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("DROP TRIGGER audit_no_delete")
        for statement in statements:
            conn.execute(statement)
        rows = conn.execute("SELECT seq, at, analyst, action, target, before, after FROM audit ORDER BY seq").fetchall()
        prev = audit.GENESIS_HASH
        for seq, at, analyst, action, target, before, after in rows:
            if seq >= start:
                digest = audit.event_hash(seq, at, analyst, action, target, before, after, prev)
                conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
            prev = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()[0]
        conn.execute("DELETE FROM audit_head")
        if rows:
            conn.execute("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)", (rows[-1][0], prev))


def test_head_prints_the_full_last_hash_and_the_event_count(reviewed, capsys):
    with Store.open(reviewed, readonly=True) as opened:
        last = opened.events()[-1]
    assert head_of(capsys, reviewed) == (last.hash, 6)
    code, out, _ = run(capsys, "audit", "--db", str(reviewed), "--head", "--format", "json")
    assert (code, json.loads(out)) == (0, {"head": last.hash, "events": 6})


def test_an_empty_store_has_the_genesis_head(db_path, capsys):
    Store.open(db_path).close()
    assert head_of(capsys, db_path) == ("0" * 64, 0)


def test_expect_passes_while_the_log_still_holds_the_anchor(reviewed, capsys):
    anchor, _ = head_of(capsys, reviewed)
    with Store.open(reviewed, analyst="bob") as opened:  # later work keeps the anchor in the chain
        opened.reject(cid("gamma", "15 people"))
    code, out, err = run(capsys, "audit", "--db", str(reviewed), "--verify", "--expect", anchor.upper())
    assert (code, out, err) == (0, "ok: 7 events, 2 claims; the anchor is seq 6\n", "")
    assert run(capsys, "audit", "--db", str(reviewed), "--expect", anchor)[0] == 0  # --expect implies --verify


def _cut_tail(path):  # the reject cut off, with the claim it made and the head record moved back
    rewrite(
        path,
        [
            "DELETE FROM audit WHERE seq = 6",
            "DELETE FROM claim_members WHERE claim_id = 2",
            "DELETE FROM claims WHERE id = 2",
        ],
        start=6,
    )


def _rewritten(path):  # an event rewritten and every later hash recomputed, the signatures (not to be made again
    # without the analysts' keys; test_signing_commands) dropped
    rewrite(path, ["UPDATE audit SET analyst = 'mallory' WHERE seq = 4"], start=4)
    with sqlite3.connect(path) as conn:
        back_to_version(conn, SIGNED - 1)
    Store.open(path).close()  # the tables made again, empty


def _wiped(path):  # a store that never held anything
    path.unlink()
    Store.open(path).close()


@pytest.mark.parametrize(
    ("change", "events"), [(_cut_tail, 5), (_rewritten, 6), (_wiped, 0)], ids=["cut tail", "rewrite", "wiped"]
)
def test_a_rewritten_cut_or_wiped_log_fails_against_an_anchor_taken_before(reviewed, capsys, change, events):
    anchor, _ = head_of(capsys, reviewed)
    change(reviewed)
    code, out, _ = run(capsys, "audit", "--db", str(reviewed), "--verify")
    assert (code, out.split(",")[0]) == (0, f"ok: {events} events")  # without an anchor, nothing to tell
    code, out, _ = run(capsys, "audit", "--db", str(reviewed), "--verify", "--expect", anchor)
    assert (code, out) == (
        1,
        f"bad: the anchor {anchor} is in no event: the log was rewritten, cut short or replaced\n",
    )


@pytest.mark.parametrize("anchor", ["abc", "g" * 64, "0" * 63])
def test_expect_refuses_what_is_not_a_head_hash(reviewed, capsys, anchor):
    with pytest.raises(SystemExit) as exit_:
        main(["audit", "--db", str(reviewed), "--verify", "--expect", anchor])
    assert exit_.value.code == 2
    assert "not a head hash" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "claimreview"])
def test_every_export_carries_the_head_it_was_made_from(reviewed, capsys, fmt):
    anchor, _ = head_of(capsys, reviewed)
    code, out, _ = run(capsys, "export", "--db", str(reviewed), "--format", fmt, "--status", "all")
    assert code == 0
    if fmt == "csv":
        heads = [row["audit_head"] for row in csv.DictReader(io.StringIO(out, newline=""))]
    elif fmt == "jsonl":
        heads = [json.loads(line)["audit_head"] for line in out.splitlines()]
    else:
        heads = [record["audit_head"] for record in json.loads(out)]
    assert heads == [anchor, anchor]
    assert run(capsys, "audit", "--db", str(reviewed), "--expect", heads[0])[0] == 0


def test_verify_and_head_together_print_the_head_only_after_an_ok(reviewed, capsys):
    anchor, count = head_of(capsys, reviewed)
    code, out, _ = run(capsys, "audit", "--db", str(reviewed), "--verify", "--head")
    assert (code, out) == (0, f"ok: 6 events, 2 claims\n{anchor} {count} events\n")
    with sqlite3.connect(reviewed) as conn:
        conn.execute("UPDATE articles SET url = 'https://evil.example/' WHERE id = 'beta'")
    code, out, _ = run(capsys, "audit", "--db", str(reviewed), "--verify", "--head")
    assert (code, out) == (1, "bad: article beta v1: url differs from what seq 2 commits to\n")
