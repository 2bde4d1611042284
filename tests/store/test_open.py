"""Opening a store: schema version and pragmas, forward migration, and bad files refused untouched."""

from __future__ import annotations

import os

import pytest

from tests.support.small_corpus import BAD_FILES, cid, fingerprint, make_read_only
from workbench.store import Store, StoreError, connection, schema


def test_a_new_store_is_versioned_in_wal_mode_with_foreign_keys_and_a_busy_timeout(db_path):
    with Store.open(db_path) as store:
        pragma = lambda name: store.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("user_version") == schema.SCHEMA_VERSION
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 5000
        assert store.path == str(db_path)


def test_reopening_keeps_everything(store, db_path):
    store.confirm(cid("alpha", "12 people"))
    claims, events = store.claims(), store.events()
    store.close()
    with Store.open(db_path) as again:
        assert (again.claims(), again.events()) == (claims, events)


def test_an_older_store_is_migrated_forward_keeping_its_data(store, db_path, monkeypatch):
    store.confirm(cid("alpha", "12 people"))
    store.close()
    step = ["CREATE TABLE later_feature (x INTEGER)"]
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, step])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setattr(connection, "SCHEMA_VERSION", schema.SCHEMA_VERSION)
    with Store.open(db_path) as migrated:
        assert migrated.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert "later_feature" in migrated.db.table_names()
        assert migrated.claim_of(cid("alpha", "12 people")).status == "confirmed"


def test_a_read_only_open_never_creates_the_file(tmp_path):
    missing = tmp_path / "missing.sqlite"
    with pytest.raises(StoreError, match=r"missing\.sqlite: no such file"):
        Store.open(missing, readonly=True)
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_open_leaves_the_file_unmodified(store, db_path):
    store.confirm(cid("alpha", "12 people"))
    store.close()
    before = fingerprint(db_path)
    with Store.open(db_path, readonly=True) as reader:
        assert reader.verify().ok and reader.claims()
    assert fingerprint(db_path) == before


@pytest.mark.parametrize("readonly", [False, True], ids=["writable", "read-only"])
@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_files_are_refused_with_one_line_and_left_unmodified(tmp_path, kind, readonly):
    make, message = BAD_FILES[kind]
    path = tmp_path / "bad.sqlite"
    make(path)
    before = fingerprint(path)
    with pytest.raises(StoreError) as raised:
        Store.open(path, readonly=readonly)
    assert str(raised.value).startswith(f"{path}: {message}")
    assert "\n" not in str(raised.value)
    assert fingerprint(path) == before


def test_a_read_only_file_is_refused_for_writing_but_readable(tmp_path):
    path = tmp_path / "locked.sqlite"
    make_read_only(path)
    before = fingerprint(path)
    with pytest.raises(StoreError, match=r"locked\.sqlite: read-only file"):
        Store.open(path)
    with Store.open(path, readonly=True) as reader:
        assert len(reader.articles()) == 3
    assert fingerprint(path) == before


@pytest.mark.parametrize("readonly", [False, True])
def test_a_missing_folder_or_a_folder_is_refused(tmp_path, readonly):
    with pytest.raises(StoreError, match="folder does not exist"):
        Store.open(tmp_path / "nowhere" / "x.sqlite", readonly=readonly)
    with pytest.raises(StoreError, match="is a directory"):
        Store.open(tmp_path, readonly=readonly)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_file_becomes_a_store(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    with Store.open(path) as store:
        assert store.articles() == []
    assert os.path.getsize(path) > 0
