"""`workbench analyst --show-key` and what `workbench audit --verify [--keys FILE]` says of the signatures."""

from __future__ import annotations

import sqlite3

from tests.cli.running import run
from tests.cli.test_audit_anchor import rewrite
from tests.support.old_store import SIGNED, back_to_version
from tests.support.small_corpus import cid
from workbench.cli.signing import MAX_SHOWN
from workbench.store import Store
from workbench.store.keys import KEYS_ENV, read_keys_file


def test_analyst_prints_the_name_and_the_public_key_the_store_registers(reviewed, capsys, tmp_path):
    assert run(capsys, "analyst", "--analyst", "ann") == (0, "ann\n", "")
    code, out, err = run(capsys, "analyst", "--analyst", "ann", "--show-key")
    assert (code, err, out.startswith("ssh-ed25519 AAAA"), out.endswith(" ann\n")) == (0, "", True, True)
    keys = tmp_path / "team.keys"
    keys.write_text(out)
    with Store.open(reviewed, readonly=True) as opened:
        registered = opened.conn.execute("SELECT public_key FROM analyst_keys WHERE analyst = 'ann'").fetchone()[0]
    assert read_keys_file(str(keys)) == {"ann": registered}
    assert run(capsys, "audit", "--db", str(reviewed), "--keys", str(keys)) == (
        0,
        f"ok: 6 events, 2 claims; signatures checked against {keys}\n",
        "",
    )


def test_analyst_refuses_a_name_no_keys_file_line_can_hold_and_an_unusable_key(capsys, monkeypatch, tmp_path):
    code, out, err = run(capsys, "analyst", "--analyst", "ann\nbob", "--show-key")
    assert (code, out) == (2, "") and "cannot go in a keys file" in err
    monkeypatch.setenv(KEYS_ENV, str(tmp_path / "keys"))
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / "ann.pem").write_text("-----BEGIN PRIVATE KEY-----\n")
    code, out, err = run(capsys, "analyst", "--analyst", "ann", "--show-key")
    assert (code, out) == (2, "") and err.startswith("workbench: error: ") and "ann.pem: others may read" in err


def test_verify_says_how_many_events_an_old_store_left_unsigned(reviewed, capsys):
    with sqlite3.connect(reviewed) as conn:
        back_to_version(conn, SIGNED - 1)
    Store.open(reviewed).close()  # migrated
    assert run(capsys, "audit", "--db", str(reviewed), "--verify") == (0, "ok: 6 events, 2 claims; 6 unsigned\n", "")


def test_verify_names_each_bad_signature_and_exits_1(reviewed, capsys):
    with sqlite3.connect(reviewed) as conn:
        conn.execute("DROP TRIGGER signatures_no_update")
        conn.execute("UPDATE signatures SET signature = (SELECT signature FROM signatures WHERE seq = 1) WHERE seq > 3")
    code, out, err = run(capsys, "audit", "--db", str(reviewed), "--verify", "--head")
    assert (code, err) == (1, "")
    assert out == "".join(f"bad: seq {seq}: ann's signature does not hold\n" for seq in (4, 5, 6))


def test_a_consistent_rewrite_of_the_chain_is_caught_by_the_signatures_without_an_anchor(reviewed, capsys):
    rewrite(reviewed, ["UPDATE audit SET analyst = 'mallory' WHERE seq = 4"], start=4)
    code, out, _ = run(capsys, "audit", "--db", str(reviewed), "--verify")
    assert (code, out.splitlines()[0]) == (1, "bad: seq 4: mallory's signature does not hold")


def test_verify_says_how_many_more_problems_it_does_not_show(reviewed, capsys):
    with Store.open(reviewed, analyst="ann") as store:
        for _ in range(MAX_SHOWN + 1):
            store.reset(cid("gamma", "15 people"))  # rejected in `reviewed`
            store.reject(cid("gamma", "15 people"))
    with sqlite3.connect(reviewed) as conn:
        conn.execute("DROP TRIGGER signatures_no_update")
        conn.execute("UPDATE signatures SET signature = (SELECT signature FROM signatures WHERE seq = 1) WHERE seq > 6")
    code, out, _ = run(capsys, "audit", "--db", str(reviewed), "--verify")
    lines = out.splitlines()
    assert (code, len(lines)) == (1, MAX_SHOWN + 1)
    assert lines[-1] == f"bad: … and {2 * (MAX_SHOWN + 1) - MAX_SHOWN} more signature problems"


def test_keys_checks_against_the_file_and_a_bad_file_is_one_line(reviewed, capsys, tmp_path):
    keys = tmp_path / "team.keys"
    keys.write_text("")
    assert run(capsys, "audit", "--db", str(reviewed), "--keys", str(keys)) == (
        1,
        f"bad: seq 1: ann signs, and has no key in {keys}\n",
        "",
    )
    keys.write_text("ssh-ed25519 nonsense ann\n")
    assert run(capsys, "audit", "--db", str(reviewed), "--verify", "--keys", str(keys)) == (
        2,
        "",
        f"workbench: error: {keys}: line 1: not `ssh-ed25519 <key> <analyst>`\n",
    )
