"""A small hand-made Analysis (three articles, their facts, three clusters) for the store, cli and app tests."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

from workbench.model import Analysis, Article, Candidate, Cluster
from workbench.store import Store, schema

TEXTS = {
    "alpha": (
        "Police said 12 people died in the blast. The mayor said 14 people died. "
        '"We are heartbroken," said Jane Doe. Damage reached $1.5 billion.'
    ),
    "beta": 'At least 12 people died, officials said. Damage was put at $1.5 billion. "We are heartbroken," Jane Doe said.',
    "gamma": "Rescuers said 15 people died. Someone wrote =SUM(A1) on a wall.",
}

# (article, text of the fact, kind, value, unit, speaker)
FACTS = [
    ("alpha", "12 people", "quantity", 12, "person", None),
    ("alpha", "14 people", "quantity", 14, "person", None),
    ("alpha", '"We are heartbroken,"', "quote", None, None, "Jane Doe"),
    ("alpha", "$1.5 billion", "money", 1_500_000_000, None, None),
    ("beta", "12 people", "quantity", 12, "person", None),
    ("beta", "$1.5 billion", "money", 1_500_000_000, None, None),
    ("beta", '"We are heartbroken,"', "quote", None, None, "Jane Doe"),
    ("gamma", "15 people", "quantity", 15, "person", None),
    ("gamma", "=SUM(A1)", "entity", "=SUM(A1)", None, None),
]

# (cluster id, kind, members as (article, fact text), status)
CLUSTERS = [
    (
        "C1",
        "quantity",
        [("alpha", "12 people"), ("alpha", "14 people"), ("beta", "12 people"), ("gamma", "15 people")],
        "conflict",
    ),
    ("C2", "money", [("alpha", "$1.5 billion"), ("beta", "$1.5 billion")], "agree"),
    ("C3", "quote", [("alpha", '"We are heartbroken,"'), ("beta", '"We are heartbroken,"')], "agree"),
]


def _sentence(text: str, offset: int) -> tuple[int, int]:
    start = 0
    for gap in re.finditer(r"(?<=[.!?])\s+", text):
        if gap.start() > offset:
            return start, gap.start()
        start = gap.end()
    return start, len(text)


def _candidates(texts: dict[str, str]) -> list[Candidate]:
    found = []
    for article, fragment, kind, value, unit, speaker in FACTS:
        start = texts[article].find(fragment)
        if start >= 0:
            found.append(
                Candidate(
                    article,
                    start,
                    start + len(fragment),
                    fragment,
                    kind,
                    value,
                    _sentence(texts[article], start),
                    unit,
                    speaker,
                )
            )
    return found


def cid(article: str, fragment: str, texts: dict[str, str] = TEXTS) -> str:
    """The candidate id of a fact (by its article and text) in the given texts."""
    return next(c.id for c in _candidates(texts) if c.article == article and c.text == fragment)


def make_analysis(texts: dict[str, str] = TEXTS) -> Analysis:
    """An Analysis of the texts: each FACT found in its article becomes a candidate."""
    articles = [
        Article(name, f"corpus/{name}.txt", f"{name.title()} report", hashlib.sha256(text.encode()).hexdigest(), text)
        for name, text in texts.items()
    ]
    candidates = _candidates(texts)
    ids = {(c.article, c.text): c.id for c in candidates}
    clusters = [
        Cluster(cluster_id, kind, [ids[m] for m in members if m in ids], sorted({a for a, _ in members}), status)
        for cluster_id, kind, members, status in CLUSTERS
    ]
    return Analysis(articles, candidates, clusters)


ALPHA_12, ALPHA_14, BETA_12 = cid("alpha", "12 people"), cid("alpha", "14 people"), cid("beta", "12 people")
GAMMA_15 = cid("gamma", "15 people")


def changed_texts() -> dict[str, str]:
    """TEXTS with alpha edited: a sentence inserted before everything, the "14 people" sentence removed."""
    alpha = "Updated at noon. " + TEXTS["alpha"].replace("The mayor said 14 people died. ", "")
    return {**TEXTS, "alpha": alpha}


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _not_sqlite(path: Path) -> None:
    path.write_text("claim_id,kind\n1,quantity\n" * 200)


def _corrupt(path: Path) -> None:
    with Store.open(path) as created:
        created.ingest(make_analysis())
    data = bytearray(path.read_bytes())
    for page in range(4096, len(data), 4096):
        data[page : page + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE something_else (x)")


def make_read_only(path: Path) -> None:
    with Store.open(path) as created:
        created.ingest(make_analysis())
    path.chmod(0o444)


BAD_FILES = {
    "not sqlite": (_not_sqlite, "not a SQLite database"),
    "corrupt": (_corrupt, "corrupt database"),
    "newer schema": (_newer, f"schema version {schema.SCHEMA_VERSION + 1} is newer than this workbench supports"),
    "another app's database": (_foreign, "not a workbench store"),
}


def write_notes(db: str, analyst: str, count: int, start_file: str | None = None) -> None:
    """Worker for the multi-process tests: `count` note decisions cycling over the candidates,
    printing each note's text once its call has returned (that is, once it is committed)."""
    import time

    deadline = time.monotonic() + 30
    while start_file and not Path(start_file).exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    with Store.open(db, analyst=analyst) as opened:
        ids = [c.id for c in opened.candidates()]
        for i in range(count):
            text = f"{analyst}-{i}"
            opened.note(ids[i % len(ids)], text)
            print(text, flush=True)
