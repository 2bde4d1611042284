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
    """Keep the analysis's extractions (those of earlier analyses go) and its inputs and warnings."""
    stored = {key for (key,) in conn.execute("SELECT key FROM extractions")}
    conn.executemany("DELETE FROM extractions WHERE key = ?", [(key,) for key in stored - analysis.extractions.keys()])
    conn.executemany(
        "INSERT INTO extractions (key, extraction) VALUES (?, ?)",
        [(key, _dump(found)) for key, found in analysis.extractions.items() if key not in stored],
    )
    conn.execute(
        "INSERT OR REPLACE INTO latest_analysis (id, inputs, warnings) VALUES (1, ?, ?)",
        (analysis.inputs, json.dumps(analysis.warnings)),
    )


def _dump(found: Extraction) -> str:
    def candidates(kept: list[Candidate]) -> list[dict]:
        return [{name: getattr(c, name) for name in _FIELDS} for c in kept]

    names, figures = candidates(found.names), candidates(found.figures)
    return json.dumps({"dateline": found.dateline, "names": names, "figures": figures, "capped": found.capped})


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
    return Extraction(
        dateline=data["dateline"],
        names=[_candidate(c) for c in data["names"]],
        figures=[_candidate(c) for c in data["figures"]],
        capped=data["capped"],
    )


def _candidate(data: dict) -> Candidate:
    diff = data["diff"]
    return Candidate(
        **data | {"sentence": tuple(data["sentence"]), "diff": None if diff is None else [tuple(op) for op in diff]}
    )


def analysed(conn: sqlite3.Connection, inputs: str) -> list[str] | None:
    """The warnings the latest analysis gave when it was made from `inputs`, else None."""
    row = conn.execute("SELECT warnings FROM latest_analysis WHERE inputs = ?", (inputs,)).fetchone()
    return None if row is None else json.loads(row[0])
