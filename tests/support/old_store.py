"""Taking a store made now back to an older schema version, for the migration tests: the tables and
columns that the versions after it add are dropped (what each test drops of earlier versions is its own)."""

from __future__ import annotations

import sqlite3


def back_to_version(conn: sqlite3.Connection, version: int) -> None:
    """Undo the schema of versions 7 to 9 where `version` is older, and set the version."""
    if version < 9:
        conn.execute("DROP TABLE corrections")
    if version < 8:
        conn.execute("ALTER TABLE clusters DROP COLUMN story")
    if version < 7:
        conn.executescript("DROP TABLE extractions; DROP TABLE latest_analysis")
    conn.execute(f"PRAGMA user_version = {version}")
