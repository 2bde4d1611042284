"""Putting an Analysis into the store: idempotent, versioning changed articles, carrying decisions over."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from ..model import Analysis, Article, Candidate
from . import audit


@dataclass(frozen=True)
class IngestReport:
    """What an ingestion did: articles added / unchanged / given a new version, and decided candidates
    moved onto the new version or left stale on the old one."""

    added: int = 0
    unchanged: int = 0
    new_versions: int = 0
    moved: int = 0
    stale: int = 0


@dataclass(frozen=True)
class _Decided:
    id: str
    kind: str
    text: str
    start: int
    sentence_text: str
    version: int


# A candidate stored before keeps its row; its annotations follow the latest analysis.
_ANNOTATIONS_FOLLOW = """ON CONFLICT (id) DO UPDATE SET hedge = excluded.hedge, bounds = excluded.bounds,
                         variant = excluded.variant, diff = excluded.diff"""


def _insert_candidates(
    conn: sqlite3.Connection, article: Article, version: int, candidates: list[Candidate], on_conflict: str = ""
) -> None:
    conn.executemany(
        f"""INSERT INTO candidates (id, article, version, start, "end", text, kind, value, unit, speaker,
                                   sentence_start, sentence_end, sentence_text, hedge, bounds, variant, diff)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) {on_conflict}""",
        [
            (c.id, c.article, version, c.start, c.end, c.text, c.kind, audit.canonical(c.value), c.unit, c.speaker,
             c.sentence[0], c.sentence[1], article.text[c.sentence[0]:c.sentence[1]], c.hedge, _json(c.bounds),
             c.variant, _json(c.diff))
            for c in candidates
        ],
    )


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(value)


def _insert_article(conn: sqlite3.Connection, article: Article, version: int, at: str) -> None:
    conn.execute(
        """INSERT INTO articles (id, version, path, title, sha256, text, boilerplate, dateline, ingested_at,
                                 outlet, published, url, author, family)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (article.id, version, article.path, article.title, article.sha256, article.text,
         json.dumps([list(span) for span in article.boilerplate]), article.dateline, at,
         article.outlet, article.published, article.url, article.author, article.family),
    )


def _insert_page(conn: sqlite3.Connection, article: Article, at: str) -> None:
    """Keep the web page the article came from (once per address and content)."""
    if article.page is not None:
        page = article.page
        conn.execute(
            """INSERT OR IGNORE INTO pages (address, sha256, url, charset, body, stored_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            (article.path, article.sha256, page.url, page.charset, page.body, at),
        )


def _decided(conn: sqlite3.Connection, article_id: str) -> list[_Decided]:
    """The article's candidates that belong to a claim, current version first."""
    rows = conn.execute(
        """SELECT c.id, c.kind, c.text, c.start, c.sentence_text, c.version
           FROM candidates c JOIN claim_members m ON m.candidate_id = c.id
           WHERE c.article = ? ORDER BY c.version DESC, c.start, c.id""",
        (article_id,),
    )
    return [_Decided(*row) for row in rows]


def _match(decided: list[_Decided], new: list[Candidate], text: str) -> dict[str, str]:
    """Old candidate id -> new candidate id for the decided facts still there: same kind and text,
    preferring the same sentence text, then the nearest offset; each new candidate taken once."""
    by_key: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for candidate in new:
        by_key[candidate.kind, candidate.text].append(candidate)
    matches: dict[str, str] = {}
    taken: set[str] = set()
    for old in decided:
        options = [c for c in by_key[old.kind, old.text] if c.id not in taken]
        if options:
            best = min(
                options,
                key=lambda c: (text[c.sentence[0]:c.sentence[1]] != old.sentence_text, abs(c.start - old.start)),
            )
            matches[old.id] = best.id
            taken.add(best.id)
    return matches


def _new_version(
    conn: sqlite3.Connection, article: Article, old_version: int, candidates: list[Candidate]
) -> tuple[dict[str, str], dict[str, str]]:
    """Replace the article's candidates by the new version's; return (moved, stale) id mappings."""
    version = old_version + 1
    decided = _decided(conn, article.id)
    conn.execute(  # keep the superseded candidates apart under "<id>@v<version>" (cascades to claim membership)
        "UPDATE candidates SET id = id || '@v' || version WHERE article = ? AND version = ?", (article.id, old_version)
    )
    _insert_candidates(conn, article, version, candidates)
    matches = _match(decided, candidates, article.text)
    moved: dict[str, str] = {}
    stale: dict[str, str] = {}
    for old in decided:
        kept_as = f"{old.id}@v{old.version}" if old.version == old_version else old.id
        if old.id in matches:
            moved[old.id] = matches[old.id]
            conn.execute("UPDATE claim_members SET candidate_id = ? WHERE candidate_id = ?", (matches[old.id], kept_as))
        else:
            stale[old.id] = kept_as
    conn.execute(
        """DELETE FROM candidates WHERE article = ? AND version < ?
           AND id NOT IN (SELECT candidate_id FROM claim_members)""",
        (article.id, version),
    )
    return moved, stale


def ingest(conn: sqlite3.Connection, analyst: str, analysis: Analysis) -> IngestReport:
    """Store the analysis (inside the caller's write transaction).

    An article seen before with the same sha256 is unchanged (only candidates not stored yet are added);
    one whose sha256 differs becomes a new version and its decisions move or go stale (audited as
    "ingest" events). The suggested clusters, shared passages, families and the candidates' cluster
    annotations (variant, diff, hedge, bounds) are the analysis's.
    """
    articles = {a.id: a for a in analysis.articles}
    by_article: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in analysis.candidates:
        if candidate.article not in articles:
            raise LookupError(f"candidate {candidate.id!r} names an article not in the analysis")
        by_article[candidate.article].append(candidate)
    counts = dict.fromkeys(("added", "unchanged", "new_versions", "moved", "stale"), 0)
    at = audit.now()
    for article in articles.values():
        current = conn.execute(
            "SELECT version, sha256 FROM articles WHERE id = ? ORDER BY version DESC LIMIT 1", (article.id,)
        ).fetchone()
        candidates = by_article[article.id]
        _insert_page(conn, article, at)
        if current and current[1] == article.sha256:
            counts["unchanged"] += 1
            _insert_candidates(conn, article, current[0], candidates, _ANNOTATIONS_FOLLOW)
            conn.execute("UPDATE articles SET family = ? WHERE id = ? AND version = ?",
                         (article.family, article.id, current[0]))
            continue
        version = current[0] + 1 if current else 1
        _insert_article(conn, article, version, at)
        before = {"version": current[0], "sha256": current[1]} if current else None
        after = {"version": version, "sha256": article.sha256}
        if current:
            moved, stale = _new_version(conn, article, current[0], candidates)
            counts["new_versions"] += 1
            counts["moved"] += len(moved)
            counts["stale"] += len(stale)
            after |= {"moved": moved, "stale": stale}
            refs = {*moved, *moved.values(), *stale.values()}
        else:
            _insert_candidates(conn, article, version, candidates)
            counts["added"] += 1
            refs = set()
        audit.append(conn, analyst, "ingest", article.id, before, after, refs, at)
    conn.execute("DELETE FROM clusters")
    conn.executemany(
        """INSERT INTO clusters (id, kind, members, articles, status, independent_sources, detail, speakers_differ)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        [(c.id, c.kind, json.dumps(c.members), json.dumps(c.articles), c.status, c.independent_sources, c.detail,
          c.speakers_differ) for c in analysis.clusters],
    )
    conn.execute("DELETE FROM shared_passages")
    conn.executemany(
        "INSERT INTO shared_passages (spans, similarity) VALUES (?, ?)",
        [(json.dumps([list(span) for span in p.spans]), p.similarity) for p in analysis.shared_passages],
    )
    return IngestReport(**counts)
