"""A claim's evidence ledger: the items the analyst cites for its verdict, kept in order.

An item is a mention in the loaded articles (its candidate id), an outside address (fetched: its sha256, fetch
time and title, the page's bytes kept in `pages`) or a described source (a document, an interview, with a date),
each with the analyst's excerpt or words. The items are part of the claim's audited snapshot (`evidence`, left
out when there are none), so adding and removing them are decisions undone and verified like the others.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, fields
from typing import Any

from .records import EvidenceRecord

KINDS = ("mention", "address", "source")
_COLUMNS = tuple(f.name for f in fields(EvidenceRecord))


def items(conn: sqlite3.Connection, claim_id: int) -> list[dict[str, Any]]:
    """The claim's items as their snapshot dicts (every field, None where it does not apply), in order."""
    rows = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM evidence WHERE claim_id = ? ORDER BY id", (claim_id,))
    return [dict(zip(_COLUMNS, row)) for row in rows]


def put(conn: sqlite3.Connection, claim_id: int, wanted: list[dict[str, Any]]) -> None:
    """Make the claim's items exactly `wanted`, in order."""
    conn.execute("DELETE FROM evidence WHERE claim_id = ?", (claim_id,))
    conn.executemany(
        f"INSERT INTO evidence (claim_id, {', '.join(_COLUMNS)}) VALUES (?, {', '.join('?' * len(_COLUMNS))})",
        [(claim_id, *(item.get(column) for column in _COLUMNS)) for item in wanted],
    )


def as_item(record: EvidenceRecord) -> dict[str, Any]:
    """A record as the dict the snapshot and the table hold; ValueError for an item missing what its kind needs."""
    needs = {"mention": ("candidate",), "address": ("address", "sha256"), "source": ("description",)}
    if record.kind not in needs:
        raise ValueError(f"evidence is a {', '.join(KINDS)}, not {record.kind!r}")
    if missing := [name for name in needs[record.kind] if not getattr(record, name)]:
        raise ValueError(f"evidence of kind {record.kind} needs its {' and '.join(missing)}")
    return asdict(record)


def by_claim(conn: sqlite3.Connection, claim_id: int | None = None) -> dict[int, list[EvidenceRecord]]:
    """Every claim's items (or the one claim's), in order."""
    found: dict[int, list[EvidenceRecord]] = {}
    where, params = ("WHERE claim_id = ?", (claim_id,)) if claim_id is not None else ("", ())
    rows = conn.execute(f"SELECT claim_id, {', '.join(_COLUMNS)} FROM evidence {where} ORDER BY claim_id, id", params)
    for claim_id, *values in rows:
        found.setdefault(claim_id, []).append(EvidenceRecord(*values))
    return found
