"""Signed audit events (issue 16 item 7): every event is signed by its analyst's key, made on first use in the
user's config folder; the store registers each analyst's key; check_signatures reports an edited signature, an
event forged in another analyst's name, a changed or replaced key, and checks against keys kept outside."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from tests.support.old_store import SIGNED, back_to_version
from tests.support.small_corpus import ALPHA_12, BETA_12, cid
from workbench.store import Store, StoreError, audit
from workbench.store.keys import KEYS_ENV, key_file, private_key, read_keys_file, shared_form, sign, stored_form
from workbench.store.signatures import SignatureProblem

GAMMA_15 = cid("gamma", "15 people")


def tamper(path, *statements, params=()):
    """Change the file directly, as someone with file access would (the append-only triggers dropped)."""
    with sqlite3.connect(path) as conn:
        for table in ("signatures", "analyst_keys"):
            for change in ("update", "delete"):
                conn.execute(f"DROP TRIGGER IF EXISTS {table}_no_{change}")
        for statement in statements:
            conn.execute(statement, params)


def check(path, trusted=None, source=""):
    with Store.open(path, readonly=True) as opened:
        return opened.check_signatures(trusted, source)


def reasons(result) -> list[tuple[int | None, str]]:
    return [(p.seq, p.reason) for p in result.problems]


@pytest.fixture
def two_analysts(store, db_path):
    """ann's 3 ingests and a confirm (seq 4), then bob's reject (seq 5); closed."""
    store.confirm(ALPHA_12)
    store.close()
    with Store.open(db_path, analyst="bob") as bob:
        bob.reject(GAMMA_15)
    return db_path


def on_another_machine(monkeypatch, tmp_path):
    """Keys from now on in another folder: another machine, where nobody's key is the one they had."""
    monkeypatch.setenv(KEYS_ENV, str(tmp_path / "elsewhere"))


def test_a_key_is_made_on_first_use_private_to_the_user_and_kept(monkeypatch, tmp_path):
    monkeypatch.setenv(KEYS_ENV, str(tmp_path / "keys"))
    made = private_key("ann")
    path = key_file("ann")
    assert path.parent == tmp_path / "keys"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stored_form(private_key("ann").public_key()) == stored_form(made.public_key())
    assert stored_form(private_key("bob").public_key()) != stored_form(made.public_key())
    assert key_file("a/../b").name == "a%2F..%2Fb.pem"  # a name is never a path


def test_the_default_folder_is_in_the_users_config(monkeypatch):
    monkeypatch.delenv(KEYS_ENV, raising=False)
    assert str(key_file("ann")) == os.path.expanduser("~/.config/workbench/keys/ann.pem")


def test_a_private_key_others_may_read_or_that_is_no_key_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv(KEYS_ENV, str(tmp_path))
    private_key("ann")
    key_file("ann").chmod(0o644)
    with pytest.raises(StoreError, match="others may read this private key"):
        private_key("ann")
    key_file("ann").write_text("not a key")
    key_file("ann").chmod(0o600)
    with pytest.raises(StoreError, match="not an unencrypted Ed25519 private key"):
        private_key("ann")


def test_every_event_is_signed_by_its_analyst_and_each_key_registered_at_first_use(two_analysts):
    with Store.open(two_analysts, readonly=True) as opened:
        rows = opened.conn.execute(
            "SELECT a.analyst, s.public_key FROM audit a JOIN signatures s ON s.seq = a.seq ORDER BY a.seq"
        ).fetchall()
        registered = dict(opened.conn.execute("SELECT analyst, seq FROM analyst_keys").fetchall())
    ann, bob = (stored_form(private_key(name).public_key()) for name in ("ann", "bob"))
    assert rows == [("ann", ann)] * 4 + [("bob", bob)]
    assert registered == {"ann": 1, "bob": 5}
    result = check(two_analysts)
    assert (result.ok, result.signed, result.unsigned) == (True, 5, 0)


def test_an_edited_signature_is_reported(two_analysts):
    with sqlite3.connect(two_analysts) as conn:
        borrowed = conn.execute("SELECT signature FROM signatures WHERE seq = 4").fetchone()[0]
    tamper(two_analysts, "UPDATE signatures SET signature = ? WHERE seq = 5", params=(borrowed,))
    assert reasons(check(two_analysts)) == [(5, "bob's signature does not hold")]


def test_an_event_forged_in_another_analysts_name_is_reported(two_analysts, monkeypatch, tmp_path):
    on_another_machine(monkeypatch, tmp_path)  # mallory, writing as bob with the key her machine makes for bob
    with Store.open(two_analysts, analyst="bob") as mallory:
        mallory.confirm(GAMMA_15)
        assert mallory.verify().ok  # the hash chain holds: only the signature tells
    assert reasons(check(two_analysts)) == [
        (
            6,
            "signed with another key than the key registered for bob: their key changed, or someone else wrote in their name",
        )
    ]


def test_an_unsigned_event_in_the_name_of_an_analyst_who_signs_is_reported(two_analysts):
    with sqlite3.connect(two_analysts) as conn:  # the chain extended properly, by someone without ann's key
        audit.append(conn, "ann", "confirm", "claim:9", {"claims": {}}, {"claims": {}})
    result = check(two_analysts)
    assert reasons(result) == [(6, "unsigned, in the name of ann, who signs since seq 1")]
    assert result.unsigned == 0


def test_an_analyst_whose_key_changed_is_reported_once_per_key(two_analysts, monkeypatch, tmp_path):
    key_file("ann").unlink()  # ann's new key pair, on the same machine
    with Store.open(two_analysts, analyst="ann") as ann:
        ann.confirm(GAMMA_15)
        ann.reject(BETA_12)
    found = reasons(check(two_analysts))
    assert [seq for seq, _ in found] == [6] and "key registered for ann" in found[0][1]


def test_a_replaced_registered_key_is_reported(two_analysts, monkeypatch, tmp_path):
    on_another_machine(monkeypatch, tmp_path)
    mallory = stored_form(private_key("bob").public_key())
    tamper(two_analysts, "UPDATE analyst_keys SET public_key = ? WHERE analyst = 'bob'", params=(mallory,))
    result = check(two_analysts)
    assert result.problems[0] == SignatureProblem(
        None, "bob", "bob's registered key is not the one that signed seq 5, which registered it: replaced"
    )
    assert [p.seq for p in result.problems] == [None, 5]


def test_a_deleted_registration_is_reported(two_analysts):
    tamper(two_analysts, "DELETE FROM analyst_keys WHERE analyst = 'bob'")
    assert reasons(check(two_analysts)) == [(5, "bob has no registered key")]


def test_a_store_signed_anew_is_caught_by_keys_kept_outside(two_analysts, monkeypatch, tmp_path):
    team = {name: stored_form(private_key(name).public_key()) for name in ("ann", "bob")}
    on_another_machine(monkeypatch, tmp_path)  # mallory re-signs every event of the store with her own keys
    with sqlite3.connect(two_analysts) as conn:
        events = conn.execute("SELECT seq, analyst, hash FROM audit").fetchall()
    tamper(two_analysts, "DELETE FROM signatures", "DELETE FROM analyst_keys")
    with sqlite3.connect(two_analysts) as conn:
        for seq, analyst, digest in events:
            key = private_key(analyst)
            conn.execute(
                "INSERT INTO signatures VALUES (?, ?, ?)", (seq, stored_form(key.public_key()), sign(key, digest))
            )
            conn.execute(
                "INSERT OR IGNORE INTO analyst_keys VALUES (?, ?, ?)", (analyst, stored_form(key.public_key()), seq)
            )
    assert check(two_analysts).ok  # consistent in itself
    found = reasons(check(two_analysts, team, "team.keys"))
    assert found == [
        (
            1,
            "signed with another key than the key team.keys gives for ann: their key changed, or someone else wrote in their name",
        ),
        (
            5,
            "signed with another key than the key team.keys gives for bob: their key changed, or someone else wrote in their name",
        ),
    ]


def test_against_keys_kept_outside_an_analyst_who_signs_without_a_key_there_is_reported(two_analysts):
    team = {"ann": stored_form(private_key("ann").public_key())}
    assert check(two_analysts, team, "team.keys").problems == [
        SignatureProblem(5, "bob", "bob signs, and has no key in team.keys")
    ]
    team["bob"] = stored_form(private_key("bob").public_key())
    assert check(two_analysts, team, "team.keys").ok


def test_an_old_store_keeps_its_events_unsigned_and_valid_and_signs_from_then_on(two_analysts):
    with sqlite3.connect(two_analysts) as conn:
        back_to_version(conn, SIGNED - 1)
    with Store.open(two_analysts, analyst="ann") as migrated:
        assert migrated.verify().ok
        assert check_of(migrated) == (True, 0, 5)
        migrated.reset(ALPHA_12)
        assert check_of(migrated) == (True, 1, 5)


def check_of(store: Store) -> tuple[bool, int, int]:
    result = store.check_signatures()
    return result.ok, result.signed, result.unsigned


def test_a_keys_file_is_read_and_a_bad_one_named_with_its_line(tmp_path):
    ann = private_key("ann").public_key()
    good = tmp_path / "team.keys"
    good.write_text(
        f"# the desk\n\n{shared_form(ann, 'ann')}\n{shared_form(private_key('Bo Lind').public_key(), 'Bo Lind')}\n"
    )
    assert read_keys_file(str(good))["ann"] == stored_form(ann)
    assert set(read_keys_file(str(good))) == {"ann", "Bo Lind"}
    bad = tmp_path / "bad.keys"
    for text, reason in [
        (f"{shared_form(ann, 'ann')}\nssh-rsa AAAA bob\n", "line 2: not `ssh-ed25519 <key> <analyst>`"),
        (shared_form(ann, "").rstrip() + "\n", "line 1: not `ssh-ed25519 <key> <analyst>`"),
        (
            f"{shared_form(ann, 'ann')}\n{shared_form(private_key('x').public_key(), 'ann')}\n",
            "line 2: a second key for ann",
        ),
    ]:
        bad.write_text(text)
        with pytest.raises(StoreError) as caught:
            read_keys_file(str(bad))
        assert str(caught.value) == f"{bad}: {reason}"
    bad.write_bytes(b"\xff\xfe")
    with pytest.raises(StoreError, match="not UTF-8 text"):
        read_keys_file(str(bad))
