"""Taking a store made now back to an older schema version, for the migration tests: the tables and
columns that the versions after it add are dropped (what each test drops of earlier versions is its own)."""

from __future__ import annotations

import sqlite3

from workbench.store.schema import MIGRATIONS

SIGNED = next(n for n, steps in enumerate(MIGRATIONS, 1) if "CREATE TABLE signatures" in str(steps))
"""The schema version that signs the audit events (found by its step, so that merged steps may move)."""
CORRECTED = next(n for n, steps in enumerate(MIGRATIONS, 1) if "CREATE TABLE corrections" in str(steps))
"""The schema version that keeps the analyst's corrections."""


def back_to_version(conn: sqlite3.Connection, version: int) -> None:
    """Undo the schema of versions 7, 8, SIGNED and CORRECTED where `version` is older, and set the version."""
    if version < CORRECTED:
        conn.execute("DROP TABLE corrections")
    if version < SIGNED:
        conn.executescript("DROP TABLE signatures; DROP TABLE analyst_keys")
    if version < 8:
        conn.execute("ALTER TABLE clusters DROP COLUMN story")
    if version < 7:
        conn.executescript("DROP TABLE extractions; DROP TABLE latest_analysis")
    conn.execute(f"PRAGMA user_version = {version}")
