"""The store's current articles, candidates and clusters as the analysis's model objects, for the corrections
(store/corrections.py); and where the alignment puts a fact the analyst marked, aligning its story again."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

from ..align.clusters import align
from ..model import Article, Candidate, Cluster


def stored_candidates(conn: sqlite3.Connection, articles: set[str]) -> tuple[dict[str, str], list[Candidate]]:
    """The current text and candidates of these articles, as model Candidates."""
    texts: dict[str, str] = {}
    found: list[Candidate] = []
    for article in sorted(articles):
        row = conn.execute(
            "SELECT text, version FROM articles WHERE id = ? ORDER BY version DESC LIMIT 1", (article,)
        ).fetchone()
        if row is None:
            raise LookupError(f"no article {article!r}")
        texts[article] = row[0]
        for r in conn.execute(
            """SELECT article, start, "end", text, kind, value, sentence_start, sentence_end, unit, speaker, hedge,
                      bounds, variant, diff, key, attributed_to FROM candidates WHERE article = ? AND version = ?""",
            (article, row[1]),
        ):
            diff = None if r[13] is None else json.loads(r[13])
            found.append(
                Candidate(
                    article=r[0],
                    start=r[1],
                    end=r[2],
                    text=r[3],
                    kind=r[4],
                    value=json.loads(r[5]),
                    sentence=(r[6], r[7]),
                    unit=r[8],
                    speaker=r[9],
                    hedge=r[10],
                    bounds=None if r[11] is None else json.loads(r[11]),
                    variant=r[12],
                    diff=None if diff is None else [(op, words) for op, words in diff],
                    key=r[14],
                    attributed_to=r[15],
                )
            )
    return texts, found


def stored_clusters(conn: sqlite3.Connection) -> list[Cluster]:
    """The suggested clusters, as model Clusters."""
    rows = conn.execute(
        """SELECT id, kind, members, articles, status, independent_sources, detail, speakers_differ, origins, story
           FROM clusters ORDER BY rowid"""
    )
    return [
        Cluster(i, kind, json.loads(m), json.loads(a), status, n, detail, bool(sd), json.loads(o), story)
        for i, kind, m, a, status, n, detail, sd, o, story in rows
    ]


def stored_articles(conn: sqlite3.Connection, ids: set[str]) -> list[Article]:
    """The current version of these articles, in ingestion order, as model Articles."""
    rows = conn.execute(
        """SELECT a.id, a.path, a.title, a.sha256, a.text, a.boilerplate, a.dateline, a.outlet, a.published, a.url,
                  a.author, a.family FROM articles a JOIN current_versions v USING (id, version) ORDER BY v.ord"""
    )
    return [
        Article(i, path, title, sha, text, [tuple(b) for b in json.loads(bp)], *rest)
        for i, path, title, sha, text, bp, *rest in rows
        if i in ids
    ]


def _story_articles(conn: sqlite3.Connection, article: str) -> set[str]:
    """The articles of the story the article's clusters are of (all articles when it is in none)."""
    clusters = stored_clusters(conn)
    stories = Counter(k.story for k in clusters if article in k.articles)
    if not stories:
        return {row[0] for row in conn.execute("SELECT id FROM current_versions")}
    story = stories.most_common(1)[0][0]
    return {article, *(a for k in clusters if k.story == story for a in k.articles)}


def placed_with(conn: sqlite3.Connection, made: Candidate) -> Candidate | None:
    """A candidate of another article the alignment puts in one cluster with `made` (a fact the analyst marked)
    when its story is aligned again with it, else None. Only the story's candidates of its kind and its names
    (what tells facts apart) are aligned."""
    ids = _story_articles(conn, made.article)
    _, candidates = stored_candidates(conn, ids)
    kept = [c for c in candidates if c.kind in (made.kind, "entity") and c.id != made.id]
    for cluster in align([*kept, made], stored_articles(conn, ids)):
        if made.id in cluster.members:
            by_id = {c.id: c for c in kept}
            return next((by_id[m] for m in cluster.members if m in by_id and by_id[m].article != made.article), None)
    return None
