"""What a reopen reuses instead of analysing again: each article's extraction, kept by its
extract.extraction_key, and what the latest analysis was made from (pipeline.inputs_of) with its warnings.
Both are replaced by each ingestion; neither is evidence, so the audit log does not commit to them."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields

from ..model import Analysis, Candidate, Extraction

_FIELDS = [f.name for f in fields(Candidate)]


def keep(conn: sqlite3.Connection, analysis: Analysis) -> None:
    """Keep the extractions of the analysis's articles: those it made (one that could not be read is
    replaced), those it reused stay, the others go; and its inputs and warnings."""
    stored = {key for (key,) in conn.execute("SELECT key FROM extractions")}
    conn.executemany("DELETE FROM extractions WHERE key = ?", [(key,) for key in stored - analysis.extractions.keys()])
    conn.executemany(
        "INSERT OR REPLACE INTO extractions (key, extraction) VALUES (?, ?)",
        [(key, _dump(found)) for key, found in analysis.extractions.items() if found is not None],
    )
    conn.execute(
        "INSERT OR REPLACE INTO latest_analysis (id, inputs, warnings) VALUES (1, ?, ?)",
        (analysis.inputs, json.dumps(analysis.warnings)),
    )


def _dump(found: Extraction) -> str:
    """JSON naming the candidates' fields once, each candidate a list of their values."""
    names, figures = ([[getattr(c, name) for name in _FIELDS] for c in kept] for kept in (found.names, found.figures))
    data = {"dateline": found.dateline, "fields": _FIELDS, "names": names, "figures": figures, "capped": found.capped}
    return json.dumps(data, separators=(",", ":"))


def extractions(conn: sqlite3.Connection, keys: list[str]) -> dict[str, Extraction]:
    """The extractions kept under these keys; one that cannot be read (the file changed behind the workbench's
    back) is left out, to be made again."""
    wanted = set(keys)
    found: dict[str, Extraction] = {}
    for key, text in conn.execute("SELECT key, extraction FROM extractions"):
        if key in wanted:
            try:
                found[key] = _extraction(json.loads(text))
            except (ValueError, TypeError, KeyError):
                continue
    return found


def _extraction(data: dict) -> Extraction:
    def candidates(rows: list[list]) -> list[Candidate]:
        found = [Candidate(**dict(zip(data["fields"], row, strict=True))) for row in rows]
        for c in found:
            c.sentence = (c.sentence[0], c.sentence[1])
            c.diff = None if c.diff is None else [(op, words) for op, words in c.diff]
        return found

    return Extraction(data["dateline"], candidates(data["names"]), candidates(data["figures"]), data["capped"])


def analysed(conn: sqlite3.Connection, inputs: str) -> list[str] | None:
    """The warnings the latest analysis gave when it was made from `inputs`, else None."""
    row = conn.execute("SELECT warnings FROM latest_analysis WHERE inputs = ?", (inputs,)).fetchone()
    return None if row is None else json.loads(row[0])
