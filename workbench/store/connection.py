"""Opening the SQLite file safely, turning SQLite failures into one-line errors, read and write transactions."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from .schema import SCHEMA_VERSION, migrate

BUSY_TIMEOUT_MS = 15_000

_REASONS = {
    "file is not a database": "not a SQLite database",
    "database disk image is malformed": "corrupt database (disk image is malformed)",
    "attempt to write a readonly database": "read-only file",
    "unable to open database file": "cannot open the file",
    "database is locked": "database is locked by another process",
}


class StoreError(Exception):
    """A store failure; its message is one line naming the file: "<path>: <reason>"."""


def reason(exc: BaseException) -> str:
    """A short human reason for a SQLite or OS failure."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    text = str(exc)
    return _REASONS.get(text, text.splitlines()[0] if text else type(exc).__name__)


@contextlib.contextmanager
def guarded(path: str) -> Iterator[None]:
    """Re-raise SQLite and OS errors as StoreError("<path>: <reason>")."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"{path}: {reason(exc)}") from exc


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE (waits up to the busy timeout for other writers) ... COMMIT, or ROLLBACK on error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextlib.contextmanager
def busy_timeout(conn: sqlite3.Connection, milliseconds: int) -> Iterator[None]:
    """Wait at most `milliseconds` for another process's lock inside the block (BUSY_TIMEOUT_MS after it)."""
    conn.execute(f"PRAGMA busy_timeout = {milliseconds}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


@contextlib.contextmanager
def read_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN ... ROLLBACK: several SELECTs see one state of the file (inside an open transaction, that one)."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("ROLLBACK")


def _is_read_only(path: Path) -> bool:
    # Root may write anywhere: a file with no write bit is read-only by intent, so treat it so.
    return not os.access(path, os.W_OK) or not (path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _check_path(path: Path, readonly: bool) -> str | None:
    """Why the path cannot be opened, or None."""
    if not path.parent.is_dir():
        return "folder does not exist"
    if path.is_dir():
        return "is a directory"
    if not path.exists():
        return "no such file" if readonly else None
    if not os.access(path, os.R_OK):
        return "permission denied"
    if not readonly and _is_read_only(path):
        return "read-only file"
    return None


def readonly_uri(path: Path) -> str:
    """The SQLite URI a read-only open uses: `mode=ro`, and `immutable=1` when no -wal is beside the file.

    A reader of a WAL store creates its -wal and -shm files (it cannot remove them on closing), and on
    read-only media cannot. With no -wal, no writer has the file open and every change is in it: read as
    immutable, it needs neither. With a -wal (a writer has it open, or one was killed), the reader needs
    the changes in it, so it opens as an ordinary read-only reader beside the writer's files."""
    resolved = path.resolve()
    uri = "file:" + urllib.parse.quote(str(resolved)) + "?mode=ro"
    if not resolved.with_name(resolved.name + "-wal").exists():
        uri += "&immutable=1"
    return uri


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        return sqlite3.connect(readonly_uri(path), uri=True, check_same_thread=False)
    return sqlite3.connect(path, check_same_thread=False)


def _check_schema(db: sqlite_utils.Database, readonly: bool) -> str | None:
    """Why this database is not a store this code can use, or None. Reads only."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    check = db.execute("PRAGMA quick_check(1)").fetchone()[0]
    if check != "ok":
        detail = next((line for line in check.splitlines() if not line.startswith("***")), check)
        return f"corrupt database ({detail})"
    if version > SCHEMA_VERSION:
        return f"schema version {version} is newer than this workbench supports ({SCHEMA_VERSION})"
    if version == 0 and (readonly or db.table_names()):
        return "not a workbench store"
    if version < SCHEMA_VERSION and readonly:
        return f"schema version {version} is older; open it once for writing to migrate it"
    return None


def open_database(path: str | os.PathLike[str], readonly: bool) -> sqlite_utils.Database:
    """Open (and, when writable, create and migrate) the store file; raises StoreError.

    Nothing is written before the file is known to be a store this code can use.
    """
    name = os.fspath(path)
    file = Path(name)
    problem = _check_path(file, readonly)
    if problem:
        raise StoreError(f"{name}: {problem}")
    with guarded(name):
        conn = _connect(file, readonly)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
            problem = _check_schema(db, readonly)
            if problem:
                raise StoreError(f"{name}: {problem}")
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                with write_transaction(conn):
                    migrate(conn)
        except BaseException:
            conn.close()
            raise
    return db
