"""What the audit log commits to besides the decisions: each article version's text, metadata and candidates.

Every event that stores or changes an article version ("ingest" for a new article or version, "refresh" when
a re-analysis changes an unchanged article's fields or candidates, "commit" once for the articles a store
held before it kept such commitments, a correction changing candidates and its undo or redo: store/corrections.py)
carries that version's commitment:

    {"fields": {field: sha256 of canonical(value)} for ARTICLE_FIELDS,
     "candidates": {candidate id: sha256 of canonical([its CANDIDATE_FIELDS values in order])}}

an "ingest" or "refresh" event under after.content (for after.version of its target article), the
"commit" event under after.articles[article id][version]. Values are hashed as the store holds them
(a candidate's value, bounds and diff as their JSON text), so the check reads the rows and hashes them
again. A candidate kept from a superseded version ("<id>@v<version>") is committed under its original
id; a superseded version's undecided candidates are deleted, so only the current version must still
hold every candidate committed to.

The suggested clusters and shared passages (replaced by each ingestion; an export's `detail` comes from
the clusters) are committed to as {"clusters": {cluster id: sha256 of its row}, "shared_passages": sha256 of
their rows in order}, under after.suggestions of the last event an ingestion writes when they changed (a
"suggest" event when it writes none), or of the "commit" event.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from . import audit

ARTICLE_FIELDS = (
    "path",
    "title",
    "sha256",
    "text",
    "boilerplate",
    "dateline",
    "outlet",
    "published",
    "url",
    "author",
    "family",
)
CANDIDATE_FIELDS = (
    "id",
    "article",
    "version",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "unit",
    "speaker",
    "sentence_start",
    "sentence_end",
    "sentence_text",
    "hedge",
    "bounds",
    "variant",
    "diff",
    "key",
    "attributed_to",
)
CLUSTER_FIELDS = (
    "id",
    "kind",
    "members",
    "articles",
    "status",
    "independent_sources",
    "detail",
    "speakers_differ",
    "origins",
)
COMMITTING_ACTIONS = (
    "ingest",
    "refresh",
    "commit",
    "suggest",
    "mark_fact",
    "correct_span",
    "set_speaker",
    "split",
    "move",
    "undo",
    "redo",
)
"""Events that may commit to an article version or the suggestions: a correction, and its undo or redo, does."""
_CANDIDATE_SQL = ", ".join(f'"{field}"' for field in CANDIDATE_FIELDS)


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode


def _digest(value: Any) -> str:
    """sha256 of the canonical JSON of the value (as audit.canonical writes it)."""
    return hashlib.sha256(_CANONICAL(value).encode("utf-8")).hexdigest()


def original_id(candidate_id: str, version: int, current: bool) -> str | None:
    """The id a stored candidate was committed under: a superseded version's rows carry "@v<version>"
    (None when such a row lacks it)."""
    if current:
        return candidate_id
    suffix = f"@v{version}"
    return candidate_id[: -len(suffix)] if candidate_id.endswith(suffix) else None


def _candidate_digest(row: tuple, committed_id: str) -> str:
    """sha256 of the canonical JSON of the row's values in CANDIDATE_FIELDS order, the id as committed."""
    return _digest([committed_id, *row[1:]])


def _article_digests(row: tuple) -> dict[str, str]:
    return {field: _digest(value) for field, value in zip(ARTICLE_FIELDS, row)}


def commitment(conn: sqlite3.Connection, article_id: str, version: int) -> dict[str, Any]:
    """What an event commits to for one stored article version (the current one: every candidate is its own)."""
    row = conn.execute(
        f"SELECT {', '.join(ARTICLE_FIELDS)} FROM articles WHERE id = ? AND version = ?", (article_id, version)
    ).fetchone()
    current = conn.execute("SELECT max(version) FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    candidates = {}
    for candidate in conn.execute(
        f"SELECT {_CANDIDATE_SQL} FROM candidates WHERE article = ? AND version = ?", (article_id, version)
    ):
        committed_id = original_id(candidate[0], version, version == current) or candidate[0]
        candidates[committed_id] = _candidate_digest(candidate, committed_id)
    return {"fields": _article_digests(row), "candidates": dict(sorted(candidates.items()))}


def suggestions(conn: sqlite3.Connection) -> dict[str, Any]:
    """What an event commits to for the stored clusters and shared passages."""
    clusters = {
        row[0]: _digest(dict(zip(CLUSTER_FIELDS, row)))
        for row in conn.execute(f"SELECT {', '.join(CLUSTER_FIELDS)} FROM clusters")
    }
    passages = conn.execute("SELECT spans, similarity FROM shared_passages ORDER BY id").fetchall()
    return {"clusters": dict(sorted(clusters.items())), "shared_passages": _digest([list(row) for row in passages])}


def none_suggested(commitment: dict[str, Any]) -> bool:
    """Whether a suggestions commitment is of no cluster and no shared passage (which needs no event)."""
    return commitment == {"clusters": {}, "shared_passages": _digest([])}


def committed_suggestions(conn: sqlite3.Connection) -> tuple[int, dict[str, Any]] | None:
    """(seq, commitment) of the latest event committing to the clusters and shared passages, or None."""
    placeholders = ", ".join("?" * len(COMMITTING_ACTIONS))
    for seq, payload in conn.execute(
        f"""SELECT seq, json_extract(after, '$.suggestions') FROM audit
            WHERE action IN ({placeholders}) AND json_type(after, '$.suggestions') = 'object' ORDER BY seq DESC""",
        COMMITTING_ACTIONS,
    ):
        content = json.loads(payload)
        if isinstance(content.get("clusters"), dict) and isinstance(content.get("shared_passages"), str):
            return seq, content
    return None


def committed(conn: sqlite3.Connection) -> dict[tuple[str, int], tuple[int, dict[str, Any]]]:
    """(article id, version) -> (seq, commitment) of the latest event committing to that article version."""
    found: dict[tuple[str, int], tuple[int, dict[str, Any]]] = {}
    placeholders = ", ".join("?" * len(COMMITTING_ACTIONS))
    for seq, action, target, after in conn.execute(
        f"SELECT seq, action, target, after FROM audit WHERE action IN ({placeholders}) ORDER BY seq",
        COMMITTING_ACTIONS,
    ):
        payload = json.loads(after)
        if not isinstance(payload, dict):
            continue
        if action == "commit" and isinstance(payload.get("articles"), dict):
            for article_id, versions in payload["articles"].items():
                for version, content in versions.items() if isinstance(versions, dict) else ():
                    if version.isdigit() and _well_formed(content):
                        found[article_id, int(version)] = (seq, content)
        elif isinstance(payload.get("version"), int) and _well_formed(payload.get("content")):
            found[target, payload["version"]] = (seq, payload["content"])
    return found


def _well_formed(content: Any) -> bool:
    """Whether a logged commitment has the form this module writes (one that has not is no commitment)."""
    return (
        isinstance(content, dict)
        and isinstance(content.get("fields"), dict)
        and isinstance(content.get("candidates"), dict)
    )


def commit_all(conn: sqlite3.Connection, analyst: str = "workbench") -> None:
    """One "commit" event for every stored article version (none when there is none): how a store made
    before the ingest events carried commitments comes under the check from now on."""
    versions: dict[str, dict[str, Any]] = defaultdict(dict)
    for article_id, version in conn.execute("SELECT id, version FROM articles ORDER BY rowid"):
        versions[article_id][str(version)] = commitment(conn, article_id, version)
    if versions:
        after = {"articles": versions, "suggestions": suggestions(conn)}
        audit.append(conn, analyst, "commit", "articles", None, after)


@dataclass(frozen=True)
class Difference:
    """The first stored article version, candidate or cluster (or the shared passages: all three None) that
    differs from what the log commits to."""

    article: str | None
    candidate: str | None
    reason: str
    cluster: str | None = None


def check_suggestions(conn: sqlite3.Connection) -> Difference | None:
    """The first cluster (by id) that differs from the log's latest commitment, else the shared passages
    when they do, else None. A store with nothing suggested needs no commitment."""
    now = suggestions(conn)
    logged = committed_suggestions(conn)
    if logged is None:
        if none_suggested(now):
            return None
        return Difference(None, None, "no audit event commits to the suggested clusters and shared passages")
    seq, content = logged
    for cluster_id in sorted(now["clusters"].keys() | content["clusters"].keys()):
        have, want = now["clusters"].get(cluster_id), content["clusters"].get(cluster_id)
        if have != want:
            if want is None:
                reason = f"no audit event commits to it (seq {seq} does not)"
            elif have is None:
                reason = f"seq {seq} commits to it but it is not in the store"
            else:
                reason = f"differs from what seq {seq} commits to"
            return Difference(None, None, reason, cluster_id)
    if now["shared_passages"] != content["shared_passages"]:
        return Difference(None, None, f"the shared passages differ from what seq {seq} commits to")
    return None


def check(conn: sqlite3.Connection) -> tuple[int, Difference | None]:
    """Compare every stored article version and candidate with its latest commitment in the log, in
    ingestion order, then the clusters and shared passages; return how many article versions were compared
    and the first difference, or None."""
    logged = committed(conn)
    articles = conn.execute(f"SELECT id, version, {', '.join(ARTICLE_FIELDS)} FROM articles ORDER BY rowid").fetchall()
    current: dict[str, int] = {}
    for article_id, version, *_ in articles:
        current[article_id] = max(current.get(article_id, 0), version)
    by_version: dict[tuple[str, int], list[tuple]] = defaultdict(list)
    for row in conn.execute(f"SELECT {_CANDIDATE_SQL} FROM candidates ORDER BY start, id"):
        by_version[row[1], row[2]].append(row)
    stored = {(article_id, version) for article_id, version, *_ in articles}
    if orphans := sorted(by_version.keys() - stored):
        return len(articles), Difference(None, by_version[orphans[0]][0][0], "belongs to no stored article version")
    for article_id, version, *fields in articles:
        name = f"{article_id} v{version}"
        if (article_id, version) not in logged:
            return len(articles), Difference(name, None, "no audit event commits to it")
        seq, content = logged[article_id, version]
        for field, digest in _article_digests(tuple(fields)).items():
            if content["fields"].get(field) != digest:
                return len(articles), Difference(name, None, f"{field} differs from what seq {seq} commits to")
        is_current = version == current[article_id]
        seen = set()
        for row in by_version.get((article_id, version), []):
            committed_id = original_id(row[0], version, is_current)
            if committed_id is None or committed_id not in content["candidates"]:
                return len(articles), Difference(name, row[0], f"no audit event commits to it (seq {seq} does not)")
            if _candidate_digest(row, committed_id) != content["candidates"][committed_id]:
                return len(articles), Difference(name, row[0], f"differs from what seq {seq} commits to")
            seen.add(committed_id)
        if is_current and (missing := sorted(content["candidates"].keys() - seen)):
            return len(articles), Difference(name, missing[0], f"seq {seq} commits to it but it is not in the store")
    if gone := sorted(logged.keys() - stored):
        article_id, version = gone[0]
        seq = logged[article_id, version][0]
        return len(articles), Difference(
            f"{article_id} v{version}", None, f"seq {seq} commits to it but it is not in the store"
        )
    return len(articles), check_suggestions(conn)
