"""Name groups the analyst corrects: a spelling split off its canonical name into a group of its own.

A split is a decision kept in the store (table name_splits) with its "split_name" audit event; the app groups
names by canonical value except the spellings split off (output.names).
"""

from __future__ import annotations

import sqlite3

from . import audit


def split_name(conn: sqlite3.Connection, analyst: str, name: str, spelling: str) -> bool:
    """Split the spelling off the canonical name (in the caller's write transaction), with its audit event;
    False, and no event, when it is split already."""
    done = conn.execute("INSERT OR IGNORE INTO name_splits (name, spelling) VALUES (?, ?)", (name, spelling))
    if not done.rowcount:
        return False
    audit.append(conn, analyst, "split_name", f"name:{name}", {"split": None}, {"split": spelling})
    return True


def name_splits(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    """Every (canonical name, spelling) split off, as the analysts decided."""
    return {(name, spelling) for name, spelling in conn.execute("SELECT name, spelling FROM name_splits")}
