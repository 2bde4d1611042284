"""Rows of the candidates, clusters and corrections tables as dicts, and the changes one event makes to them.

A correction (store/corrections.py) and its undo or redo change such rows; the event records each changed row
before and after ({table: {id: row or null}}), so that undo and redo put them back as they were.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..model import Candidate
from . import audit
from .content import CANDIDATE_FIELDS, CLUSTER_FIELDS

COLUMNS: dict[str, tuple[str, ...]] = {
    "candidates": CANDIDATE_FIELDS,
    "clusters": (*CLUSTER_FIELDS, "story"),  # the story is not part of the audited content
    "corrections": ("id", "action", "article", "target", "data", "stale"),
}
"""The columns an event records of each table's rows."""

Row = dict[str, Any]


def candidate_row(candidate: Candidate, version: int, text: str) -> tuple:
    """The candidate's values in CANDIDATE_FIELDS order, as the candidates table holds them (`text` is its
    article's text, which its sentence is cut from)."""
    c = candidate
    return (
        c.id,
        c.article,
        version,
        c.start,
        c.end,
        c.text,
        c.kind,
        audit.canonical(c.value),
        c.unit,
        c.speaker,
        c.sentence[0],
        c.sentence[1],
        text[c.sentence[0] : c.sentence[1]],
        c.hedge,
        _json(c.bounds),
        c.variant,
        _json(c.diff),
        c.key,
        c.attributed_to,
    )


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(value)


def _quoted(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{column}"' for column in columns)


def get(conn: sqlite3.Connection, table: str, key: str) -> Row | None:
    """The row with this id, or None."""
    columns = COLUMNS[table]
    row = conn.execute(f"SELECT {_quoted(columns)} FROM {table} WHERE id = ?", (key,)).fetchone()
    return None if row is None else dict(zip(columns, row))


def put(conn: sqlite3.Connection, table: str, row: Row) -> None:
    """Insert the row, or update the one with its id (in place: claim memberships keep pointing at it)."""
    columns = COLUMNS[table]
    updates = ", ".join(f'"{column}" = excluded."{column}"' for column in columns[1:])
    conn.execute(
        f"""INSERT INTO {table} ({_quoted(columns)}) VALUES ({", ".join("?" * len(columns))})
            ON CONFLICT (id) DO UPDATE SET {updates}""",
        [row[column] for column in columns],
    )


class RowChange:
    """The rows one event changes: their state before it first changes each, for `sections`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.before: dict[str, dict[str, Row | None]] = {table: {} for table in COLUMNS}

    def touch(self, table: str, key: str) -> None:
        """Remember the row's state before this event first changes it."""
        if key not in self.before[table]:
            self.before[table][key] = get(self.conn, table, key)

    def put(self, table: str, row: Row) -> None:
        """Insert or update a row."""
        self.touch(table, str(row["id"]))
        put(self.conn, table, row)

    def drop(self, table: str, key: str) -> None:
        """Delete a row (a candidate must have left its claim first)."""
        self.touch(table, key)
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (key,))

    def changed(self, table: str) -> bool:
        """Whether a row of the table is not what it was."""
        return any(get(self.conn, table, key) != old for key, old in self.before[table].items())

    def sections(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """({table: {id: row before}}, {table: {id: row now}}) over the rows that changed."""
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for table, rows in self.before.items():
            for key, old in rows.items():
                new = get(self.conn, table, key)
                if new != old:
                    before.setdefault(table, {})[key] = old
                    after.setdefault(table, {})[key] = new
        return before, after
