"""Putting an Analysis into the store: idempotent, versioning changed articles, carrying decisions over."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from ..load.files import source_of, stem_of, unique_id
from ..model import Analysis, Article, Candidate
from . import audit, content, corrections, reuse, stories
from .rows import candidate_row


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


# A candidate stored before keeps its row and takes the latest analysis's fields; its span and kind are in its id,
# so they are the same unless the file was changed outside the workbench (then they are restored, not committed).
_FOLLOW = """ON CONFLICT (id) DO UPDATE SET article = excluded.article, version = excluded.version,
                         start = excluded.start, "end" = excluded."end", kind = excluded.kind,
                         text = excluded.text, value = excluded.value, unit = excluded.unit,
                         speaker = excluded.speaker, sentence_start = excluded.sentence_start,
                         sentence_end = excluded.sentence_end, sentence_text = excluded.sentence_text,
                         hedge = excluded.hedge, bounds = excluded.bounds, variant = excluded.variant,
                         diff = excluded.diff, key = excluded.key, attributed_to = excluded.attributed_to"""


def _insert_candidates(
    conn: sqlite3.Connection, article: Article, version: int, candidates: list[Candidate], on_conflict: str = ""
) -> None:
    conn.executemany(
        f"""INSERT INTO candidates (id, article, version, start, "end", text, kind, value, unit, speaker,
                                   sentence_start, sentence_end, sentence_text, hedge, bounds, variant, diff,
                                   key, attributed_to)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) {on_conflict}""",
        [candidate_row(c, version, article.text) for c in candidates],
    )


# What the analysis says about an article besides its text (some of it depends on the articles loaded with it).
# Those the audit log commits to (but the text and its hash, stored apart), then whether the outlet was inferred
# (not committed to: the hashes of a store made before stay as they were).
_ARTICLE_FIELDS = (*(f for f in content.ARTICLE_FIELDS if f not in ("sha256", "text")), "outlet_inferred")


def _article_fields(article: Article) -> tuple:
    return (
        article.path,
        article.title,
        json.dumps([list(span) for span in article.boilerplate]),
        article.dateline,
        article.outlet,
        article.published,
        article.url,
        article.author,
        article.family,
        int(article.outlet_inferred),
    )


def _insert_article(conn: sqlite3.Connection, article: Article, version: int, at: str) -> None:
    conn.execute(
        f"""INSERT INTO articles (id, version, sha256, text, ingested_at, source, {", ".join(_ARTICLE_FIELDS)})
            VALUES (?, ?, ?, ?, ?, ?, {", ".join("?" * len(_ARTICLE_FIELDS))})""",
        (article.id, version, article.sha256, article.text, at, source_of(article.path), *_article_fields(article)),
    )


def _refresh(
    conn: sqlite3.Connection, article: Article, version: int, candidates: list[Candidate], found: set[str]
) -> None:
    """Make an unchanged article's current version what the analysis says: its text (the same, unless the file
    was changed outside the workbench) and fields, and exactly its candidates, whose ids are `found` (the caller
    has checked that none of those gone carries a decision). So a refresh event never commits to a change
    made behind the workbench's back."""
    conn.execute(
        f"""UPDATE articles SET text = ?, {", ".join(f"{field} = ?" for field in _ARTICLE_FIELDS)}
            WHERE id = ? AND version = ?""",
        (article.text, *_article_fields(article), article.id, version),
    )
    stored = conn.execute("SELECT id FROM candidates WHERE article = ? AND version = ?", (article.id, version))
    conn.executemany("DELETE FROM candidates WHERE id = ?", [row for row in stored if row[0] not in found])
    _insert_candidates(conn, article, version, candidates, _FOLLOW)


@dataclass(frozen=True)
class _Event:
    """An audit event an ingestion writes once its rows are all in (the last one commits to the clusters)."""

    action: str
    target: str
    before: dict[str, Any] | None
    after: dict[str, Any]
    refs: frozenset[str] = frozenset()


def _recommit(
    conn: sqlite3.Connection, article_id: str, version: int, sha256: str, logged: tuple[int, dict] | None
) -> _Event | None:
    """After a refresh, a "refresh" event committing to the article version when it is no longer what the
    log last committed to (its fields or candidates follow the analysis, which depends on the other articles)."""
    now = content.commitment(conn, article_id, version)
    if logged is not None and logged[1] == now:
        return None
    state = {"version": version, "sha256": sha256}
    return _Event("refresh", article_id, state, {**state, "content": now})


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
                key=lambda c: (text[c.sentence[0] : c.sentence[1]] != old.sentence_text, abs(c.start - old.start)),
            )
            matches[old.id] = best.id
            taken.add(best.id)
    return matches


def _new_version(
    conn: sqlite3.Connection,
    article: Article,
    old_version: int,
    candidates: list[Candidate],
    decided: list[_Decided],
    matches: dict[str, str],
) -> tuple[dict[str, str], dict[str, str]]:
    """Replace the article's candidates by the new version's, moving the decided ones in `matches` (old id ->
    new id) and leaving the others stale; return (moved, stale) id mappings."""
    version = old_version + 1
    conn.execute(  # keep the superseded candidates apart under "<id>@v<version>" (cascades to claim membership)
        "UPDATE candidates SET id = id || '@v' || version WHERE article = ? AND version = ?", (article.id, old_version)
    )
    _insert_candidates(conn, article, version, candidates)
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


def _stored_ids(conn: sqlite3.Connection, articles: list[Article]) -> dict[str, str]:
    """Analysis article id -> its id in the store. An article from a source stored before (corpus.source_of)
    has that article's id; one from a new source its file stem, made unique among the ids in the store."""
    rows = conn.execute("SELECT source, id FROM articles ORDER BY rowid").fetchall()
    stored = dict(rows)
    sources = {a.id: source_of(a.path) for a in articles}
    ids = {a.id: stored[sources[a.id]] for a in articles if sources[a.id] in stored}
    taken = {article_id for _, article_id in rows}
    for article in articles:
        if article.id not in ids:
            ids[article.id] = unique_id(stem_of(article.path), taken)
    return ids


def _as_stored(analysis: Analysis, ids: dict[str, str]) -> Analysis:
    """The analysis with its article ids renamed by `ids`, and so its candidate ids, cluster members and
    articles, families, shared passage spans and stories (the objects given are left as they are)."""
    if all(old == new for old, new in ids.items()):
        return analysis

    def member(candidate_id: str) -> str:
        article, span, kind = candidate_id.rsplit(":", 2)
        return f"{ids[article]}:{span}:{kind}"

    return replace(
        analysis,
        articles=[
            replace(a, id=ids[a.id], family=None if a.family is None else ids[a.family]) for a in analysis.articles
        ],
        candidates=[replace(c, article=ids[c.article]) for c in analysis.candidates],
        clusters=[
            replace(k, members=[member(m) for m in k.members], articles=[ids[a] for a in k.articles])
            for k in analysis.clusters
        ],
        shared_passages=[
            replace(p, spans=[(ids[a], start, end) for a, start, end in p.spans]) for p in analysis.shared_passages
        ],
        stories=[replace(s, articles=[ids[a] for a in s.articles]) for s in analysis.stories],
    )


def ingest(conn: sqlite3.Connection, analyst: str, analysis: Analysis) -> IngestReport:
    """Store the analysis (inside the caller's write transaction).

    Articles are known by their source (_stored_ids), so the analysis is stored under the store's ids.
    An article seen before with the same sha256 is unchanged: its fields and candidates become the
    analysis's (which depend on the articles loaded with it), those gone deleted (a "refresh" event when
    that changes what the log commits to), unless one of them carries a decision. Then, as when the sha256
    differs, the article gets a new version and its decisions move or go stale (audited as "ingest" events).
    Each new article or version's event commits to its text, metadata and candidates (store.content).
    The suggested clusters and shared passages are the analysis's; so are the extractions and inputs kept
    for the next reopen (store.reuse). The analyst's corrections are made again to the analysis first
    (store.corrections); those it leaves nothing to apply to are flagged stale.
    """
    known = {a.id for a in analysis.articles}
    for candidate in analysis.candidates:
        if candidate.article not in known:
            raise LookupError(f"candidate {candidate.id!r} names an article not in the analysis")
    analysis, stale_corrections = corrections.apply(
        _as_stored(analysis, _stored_ids(conn, analysis.articles)), corrections.stored(conn)
    )
    corrections.mark_stale(conn, [a.id for a in analysis.articles], stale_corrections)
    by_article: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in analysis.candidates:
        by_article[candidate.article].append(candidate)
    counts = dict.fromkeys(("added", "unchanged", "new_versions", "moved", "stale"), 0)
    at = audit.now()
    committed = content.committed(conn)
    events: list[_Event] = []
    for article in analysis.articles:
        current = conn.execute(
            "SELECT version, sha256 FROM articles WHERE id = ? ORDER BY version DESC LIMIT 1", (article.id,)
        ).fetchone()
        candidates = by_article[article.id]
        _insert_page(conn, article, at)
        if current is None:
            _insert_article(conn, article, 1, at)
            _insert_candidates(conn, article, 1, candidates)
            counts["added"] += 1
            after = {"version": 1, "sha256": article.sha256, "content": content.commitment(conn, article.id, 1)}
            events.append(_Event("ingest", article.id, None, after))
            continue
        decided = _decided(conn, article.id)
        if current[1] == article.sha256:  # the same text: a decided candidate is the one with its id
            found = {c.id for c in candidates}
            on_current = [d.id for d in decided if d.version == current[0]]
            if all(cid in found for cid in on_current):
                _refresh(conn, article, current[0], candidates, found)
                counts["unchanged"] += 1
                refreshed = _recommit(conn, article.id, current[0], current[1], committed.get((article.id, current[0])))
                events.extend([refreshed] if refreshed else [])
                continue
            matches = {cid: cid for cid in on_current if cid in found}
        else:
            matches = _match(decided, candidates, article.text)
        _insert_article(conn, article, current[0] + 1, at)
        moved, stale = _new_version(conn, article, current[0], candidates, decided, matches)
        counts["new_versions"] += 1
        counts["moved"] += len(moved)
        counts["stale"] += len(stale)
        before = {"version": current[0], "sha256": current[1]}
        after = {
            "version": current[0] + 1,
            "sha256": article.sha256,
            "moved": moved,
            "stale": stale,
            "content": content.commitment(conn, article.id, current[0] + 1),
        }
        events.append(
            _Event("ingest", article.id, before, after, frozenset({*moved, *moved.values(), *stale.values()}))
        )
    conn.execute("DELETE FROM clusters")
    conn.executemany(
        """INSERT INTO clusters (id, kind, members, articles, status, independent_sources, detail, speakers_differ,
                                 origins, story)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                c.id,
                c.kind,
                json.dumps(c.members),
                json.dumps(c.articles),
                c.status,
                c.independent_sources,
                c.detail,
                c.speakers_differ,
                json.dumps(c.origins),
                c.story,
            )
            for c in analysis.clusters
        ],
    )
    conn.execute("DELETE FROM shared_passages")
    conn.executemany(
        "INSERT INTO shared_passages (spans, similarity) VALUES (?, ?)",
        [(json.dumps([list(span) for span in p.spans]), p.similarity) for p in analysis.shared_passages],
    )
    suggested = content.suggestions(conn)
    logged = content.committed_suggestions(conn)
    if (logged[1] != suggested) if logged else not content.none_suggested(suggested):
        if not events:
            events.append(_Event("suggest", "clusters", None, {}))
        last = events[-1]
        events[-1] = replace(last, after={**last.after, "suggestions": suggested})
    for event in events:
        audit.append(conn, analyst, event.action, event.target, event.before, event.after, event.refs, at)
    stories.keep(conn, analysis.stories)
    reuse.keep(conn, analysis)
    return IngestReport(**counts)
