"""Taking a store made now back to an older schema version, for the migration tests: the tables and
columns that the versions after it add are dropped (what each test drops of earlier versions is its own)."""

from __future__ import annotations

import sqlite3

from workbench.store.schema import MIGRATIONS


def version_creating(table: str) -> int:
    """The schema version whose migration step creates the table (found in MIGRATIONS, so reordered steps
    need no change here)."""
    create = f"CREATE TABLE {table} "
    return next(i + 1 for i, steps in enumerate(MIGRATIONS) if any(isinstance(s, str) and create in s for s in steps))


SIGNED = version_creating("signatures")
"""The schema version that signs the audit events."""
CORRECTED = version_creating("corrections")
"""The schema version that keeps the analyst's corrections."""


def back_to_version(conn: sqlite3.Connection, version: int) -> None:
    """Undo the schema of versions 7 and 8, the signatures, corrections and name splits where `version` is
    older, and set the version."""
    if version < version_creating("name_splits"):  # the same step adds articles.outlet_inferred
        conn.executescript("DROP TABLE name_splits; ALTER TABLE articles DROP COLUMN outlet_inferred")
    if version < CORRECTED:
        conn.execute("DROP TABLE corrections")
    if version < SIGNED:
        conn.executescript("DROP TABLE signatures; DROP TABLE analyst_keys")
    if version < 8:
        conn.execute("ALTER TABLE clusters DROP COLUMN story")
    if version < 7:
        conn.executescript("DROP TABLE extractions; DROP TABLE latest_analysis")
    conn.execute(f"PRAGMA user_version = {version}")
