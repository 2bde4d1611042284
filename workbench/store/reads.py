"""Queries the app and the exports read: articles, candidates, clusters, claims, mentions, progress, history."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection
from typing import Any

from ..model import Page
from . import audit, evidence, settlements
from .records import (
    AnalystDecision,
    ArticleRecord,
    CandidateRecord,
    CandidateState,
    ClaimRecord,
    ClusterRecord,
    EventRecord,
    MentionRecord,
    PassageRecord,
    Progress,
)

_CANDIDATE = """
    SELECT c.id, c.article, c.start, c."end", c.text, c.kind, c.value, c.unit, c.speaker,
           c.sentence_start, c.sentence_end, c.version, m.claim_id, coalesce(k.status, 'pending'),
           c.version < v.version, c.hedge, c.bounds, c.variant, c.diff, c.key, c.attributed_to
    FROM candidates c JOIN current_versions v ON v.id = c.article
    LEFT JOIN claim_members m ON m.candidate_id = c.id
    LEFT JOIN claims k ON k.id = m.claim_id
"""


def _within(condition: str, within: Collection[str] | None) -> tuple[str, tuple[str, ...]]:
    """The WHERE clause keeping the rows of the articles `within` (every row: None) and its parameter:
    `condition` tests an article id against `{within}`, those articles as a JSON list."""
    if within is None:
        return "", ()
    return f"WHERE {condition.format(within='(SELECT value FROM json_each(?))')}", (json.dumps(sorted(within)),)


def articles(conn: sqlite3.Connection, within: Collection[str] | None = None) -> list[ArticleRecord]:
    """The current version of each article (or of those `within`), in ingestion order."""
    where, params = _within("a.id IN {within}", within)
    rows = conn.execute(
        f"""SELECT a.id, a.path, a.title, a.sha256, a.text, a.version, a.boilerplate, a.dateline, a.ingested_at,
                   a.outlet, a.published, a.url, a.author, a.family, a.outlet_inferred
            FROM articles a JOIN current_versions v USING (id, version) {where} ORDER BY v.ord""",
        params,
    )
    return [
        ArticleRecord(
            id=aid,
            path=path,
            title=title,
            sha256=sha,
            text=text,
            version=version,
            boilerplate=json.loads(boilerplate),
            dateline=dateline,
            ingested_at=ingested_at,
            outlet=outlet,
            published=published,
            url=url,
            author=author,
            family=family,
            outlet_inferred=bool(inferred),
        )
        for (
            aid,
            path,
            title,
            sha,
            text,
            version,
            boilerplate,
            dateline,
            ingested_at,
            outlet,
            published,
            url,
            author,
            family,
            inferred,
        ) in rows
    ]


def page(conn: sqlite3.Connection, address: str) -> Page | None:
    """The web page kept for the current version of the article read from `address`, or None."""
    row = conn.execute(
        """SELECT p.body, p.url, p.charset FROM pages p
           JOIN articles a ON a.path = p.address AND a.sha256 = p.sha256
           JOIN current_versions v ON v.id = a.id AND v.version = a.version
           WHERE p.address = ? ORDER BY v.ord LIMIT 1""",
        (address,),
    ).fetchone()
    return Page(body=row[0], url=row[1], charset=row[2]) if row else None


def _candidates(rows: list[tuple]) -> list[CandidateRecord]:
    """Candidate rows as records, their JSON columns (value, bounds, diff) parsed in one go for all the rows: a
    parse for each cost more than making the records (30,000 candidates: 0.2 of 0.5 s)."""
    parsed = json.loads("[" + ",".join(f"[{row[6]},{row[16] or 'null'},{row[18] or 'null'}]" for row in rows) + "]")
    return [
        CandidateRecord(
            id=cid,
            article=article,
            start=start,
            end=end,
            text=text,
            kind=kind,
            value=value,
            unit=unit,
            speaker=speaker,
            sentence=[s_start, s_end],
            hedge=hedge,
            bounds=bounds,
            variant=variant,
            diff=diff,
            key=key,
            attributed_to=attributed_to,
            version=version,
            claim_id=claim_id,
            status=status,
            stale=bool(stale),
        )
        for (
            cid,
            article,
            start,
            end,
            text,
            kind,
            _,
            unit,
            speaker,
            s_start,
            s_end,
            version,
            claim_id,
            status,
            stale,
            hedge,
            _,
            variant,
            _,
            key,
            attributed_to,
        ), (value, bounds, diff) in zip(rows, parsed, strict=True)
    ]


def candidates(
    conn: sqlite3.Connection, article_id: str | None = None, within: Collection[str] | None = None
) -> list[CandidateRecord]:
    """Current-version candidates, then (stale=True) those kept from older versions because they
    carry a decision; by article in ingestion order, then offset. Of one article, or of those `within`."""
    where, params = (
        ("WHERE c.article = ?", (article_id,)) if article_id is not None else _within("c.article IN {within}", within)
    )
    rows = conn.execute(f'{_CANDIDATE} {where} ORDER BY v.ord, c.version < v.version, c.start, c."end", c.kind', params)
    return _candidates(rows.fetchall())


def candidate_states(conn: sqlite3.Connection, within: Collection[str] | None = None) -> list[CandidateState]:
    """Each current candidate in brief (none kept stale; of the articles `within`), in no order: at a fraction
    of `candidates`' cost, with its review status and a name's value (one JSON parse for them all)."""
    where, params = _within("c.article IN {within}", within)
    rows = conn.execute(
        f"""SELECT c.id, c.article, c.kind, coalesce(k.status, 'pending'), c.text,
                   CASE WHEN c.kind = 'entity' THEN c.value END
            FROM candidates c JOIN current_versions v ON v.id = c.article AND v.version = c.version
            LEFT JOIN claim_members m ON m.candidate_id = c.id
            LEFT JOIN claims k ON k.id = m.claim_id {where}""",
        params,
    ).fetchall()
    values = json.loads("[" + ",".join(row[5] or "null" for row in rows) + "]")
    return [
        CandidateState(cid, article, kind, status, text, value)
        for (cid, article, kind, status, text, _), value in zip(rows, values, strict=True)
    ]


def candidate(conn: sqlite3.Connection, candidate_id: str) -> CandidateRecord | None:
    """One candidate as in `candidates`, or None."""
    row = conn.execute(f"{_CANDIDATE} WHERE c.id = ?", (candidate_id,)).fetchone()
    return _candidates([row])[0] if row else None


def clusters(conn: sqlite3.Connection, within: Collection[str] | None = None) -> list[ClusterRecord]:
    """The suggested clusters of the latest ingested analysis (those with a member in an article `within`)."""
    where, params = _within("EXISTS (SELECT 1 FROM json_each(articles) WHERE value IN {within})", within)
    rows = conn.execute(
        f"""SELECT id, kind, members, articles, status, independent_sources, detail, speakers_differ, origins, story
            FROM clusters {where} ORDER BY rowid""",
        params,
    )
    return [
        ClusterRecord(
            id=cid,
            kind=kind,
            members=json.loads(members),
            articles=json.loads(arts),
            status=status,
            independent_sources=independent,
            detail=detail,
            speakers_differ=bool(differ),
            origins=json.loads(origins),
            story=story,
        )
        for cid, kind, members, arts, status, independent, detail, differ, origins, story in rows
    ]


def shared_passages(conn: sqlite3.Connection, within: Collection[str] | None = None) -> list[PassageRecord]:
    """The passages several articles carry near-verbatim, from the latest ingested analysis (those in an
    article `within`)."""
    rows = conn.execute("SELECT spans, similarity FROM shared_passages ORDER BY id")
    wanted = None if within is None else set(within)
    result = []
    for spans_text, similarity in rows:
        spans = json.loads(spans_text)
        articles = list(dict.fromkeys(article for article, _, _ in spans))
        if wanted is None or not wanted.isdisjoint(articles):
            result.append(PassageRecord(articles=articles, spans=spans, similarity=similarity))
    return result


def claims(conn: sqlite3.Connection, status: str | None = None, claim_id: int | None = None) -> list[ClaimRecord]:
    """Claims (all, by status, or one id) with their member ids and whether any member is stale."""
    conditions: list[str] = []
    params: list[Any] = []
    for column, wanted in (("k.status", status), ("k.id", claim_id)):
        if wanted is not None:
            conditions.append(f"{column} = ?")
            params.append(wanted)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    rows = conn.execute(
        f"""SELECT k.id, k.kind, k.label, k.value, k.status, k.note, k.analyst, k.decided_at, k.rating
            FROM claims k {where} ORDER BY k.id""",
        params,
    ).fetchall()
    members: dict[int, list[str]] = defaultdict(list)
    stale: set[int] = set()
    # Each member's article versions looked up, not joined with current_versions: the view is made whole for each
    # read (5 ms at 3,000 articles, for one claim on each key).
    for claim, member, is_stale, _ in conn.execute(
        f"""SELECT m.claim_id, m.candidate_id,
                   c.version < (SELECT max(a.version) FROM articles a WHERE a.id = c.article),
                   (SELECT min(a.rowid) FROM articles a WHERE a.id = c.article) AS ord
            FROM claim_members m JOIN claims k ON k.id = m.claim_id JOIN candidates c ON c.id = m.candidate_id
            {where} ORDER BY m.claim_id, ord, c.start, c.id""",
        params,
    ):
        members[claim].append(member)
        if is_stale:
            stale.add(claim)
    ledger = evidence.by_claim(conn, claim_id)
    settled = settlements.by_claim(conn, claim_id)
    decided: dict[int, dict[str, AnalystDecision]] = defaultdict(dict)
    for cid, analyst, status_, rating_ in conn.execute(
        f"""SELECT d.claim_id, d.analyst, d.status, d.rating FROM analyst_decisions d
            JOIN claims k ON k.id = d.claim_id {where} ORDER BY d.claim_id, d.analyst""",
        params,
    ):
        decided[cid][analyst] = AnalystDecision(status_, rating_)
    return [
        ClaimRecord(
            id=cid,
            kind=kind,
            label=label,
            value=json.loads(value),
            status=state,
            note=note,
            analyst=analyst,
            decided_at=decided_at,
            members=members[cid],
            stale=cid in stale,
            rating=rating,
            evidence=ledger.get(cid, []),
            decisions=decided[cid],
            settlement=settled.get(cid),
        )
        for cid, kind, label, value, state, note, analyst, decided_at, rating in rows
    ]


def cluster_members(conn: sqlite3.Connection, cluster_id: str) -> list[str]:
    """The suggested cluster's member ids (none for an unknown cluster)."""
    row = conn.execute("SELECT members FROM clusters WHERE id = ?", (cluster_id,)).fetchone()
    return json.loads(row[0]) if row else []


def decided_by(conn: sqlite3.Connection, analyst: str) -> set[int]:
    """The ids of the claims the analyst has a decision of their own on."""
    return {row[0] for row in conn.execute("SELECT claim_id FROM analyst_decisions WHERE analyst = ?", (analyst,))}


def claim(conn: sqlite3.Connection, claim_id: int | None) -> ClaimRecord | None:
    """One claim as in `claims`, or None."""
    found = claims(conn, claim_id=claim_id) if claim_id is not None else []
    return found[0] if found else None


def claim_of(conn: sqlite3.Connection, candidate_id: str) -> ClaimRecord | None:
    """The claim the candidate belongs to, or None."""
    row = conn.execute("SELECT claim_id FROM claim_members WHERE candidate_id = ?", (candidate_id,)).fetchone()
    return claim(conn, row[0]) if row else None


def mentions(conn: sqlite3.Connection) -> dict[int, list[MentionRecord]]:
    """Claim id -> its members with full provenance (article title, path, sha256, version, outlet, published,
    url and author; sentence text)."""
    rows = conn.execute(
        """SELECT m.claim_id, c.id, c.article, a.title, a.path, a.sha256, c.version, c.start, c."end", c.text,
                  c.kind, c.value, c.unit, c.speaker, c.sentence_start, c.sentence_end, c.sentence_text,
                  c.version < v.version, a.outlet, a.published, a.url, a.author, c.attributed_to
           FROM claim_members m JOIN candidates c ON c.id = m.candidate_id
           JOIN articles a ON a.id = c.article AND a.version = c.version
           JOIN current_versions v ON v.id = c.article
           ORDER BY m.claim_id, v.ord, c.start, c.id"""
    )
    result: dict[int, list[MentionRecord]] = defaultdict(list)
    for (
        claim_id,
        cid,
        article,
        title,
        path,
        sha,
        version,
        start,
        end,
        text,
        kind,
        value,
        unit,
        speaker,
        s_start,
        s_end,
        sentence,
        stale,
        outlet,
        published,
        url,
        author,
        attributed_to,
    ) in rows:
        result[claim_id].append(
            MentionRecord(
                candidate=cid,
                article=article,
                title=title,
                path=path,
                sha256=sha,
                version=version,
                start=start,
                end=end,
                text=text,
                kind=kind,
                value=json.loads(value),
                unit=unit,
                speaker=speaker,
                sentence=sentence,
                sentence_span=[s_start, s_end],
                stale=bool(stale),
                outlet=outlet,
                published=published,
                url=url,
                author=author,
                attributed_to=attributed_to,
            )
        )
    return result


def progress(conn: sqlite3.Connection) -> Progress:
    """Pending candidates, confirmed, rejected, rated, dismissed and disputed claims, and conflict clusters with a member still pending
    (confirming one side of a conflict leaves it open until every mention is decided)."""
    pending = conn.execute(
        """SELECT count(*) FROM candidates c LEFT JOIN claim_members m ON m.candidate_id = c.id
           LEFT JOIN claims k ON k.id = m.claim_id WHERE coalesce(k.status, 'pending') = 'pending'"""
    ).fetchone()[0]
    by_status = dict(conn.execute("SELECT status, count(*) FROM claims GROUP BY status").fetchall())
    conflicts_open = conn.execute(
        """SELECT count(*) FROM clusters cl WHERE cl.status = 'conflict' AND EXISTS (
               SELECT 1 FROM json_each(cl.members) j JOIN candidates c ON c.id = j.value
               LEFT JOIN claim_members m ON m.candidate_id = c.id LEFT JOIN claims k ON k.id = m.claim_id
               WHERE coalesce(k.status, 'pending') = 'pending')"""
    ).fetchone()[0]
    return Progress(
        pending=pending,
        confirmed=by_status.get("confirmed", 0),
        rejected=by_status.get("rejected", 0),
        conflicts_open=conflicts_open,
        rated=by_status.get("rated", 0),
        dismissed=by_status.get("dismissed", 0),
        disputed=by_status.get("disputed", 0),
    )


def events(conn: sqlite3.Connection, seqs_sql: str = "", params: tuple = ()) -> list[EventRecord]:
    """Audit events, oldest first (optionally only those whose seq is in the given sub-select)."""
    where = f"WHERE seq IN ({seqs_sql})" if seqs_sql else ""
    rows = conn.execute(f"SELECT {audit.EVENT_COLUMNS} FROM audit {where} ORDER BY seq", params)
    return [audit.as_event(row) for row in rows]


def history(conn: sqlite3.Connection, candidate_id: str) -> list[EventRecord]:
    """Events naming the candidate, its claim or any fellow member of that claim, oldest first."""
    refs = [candidate_id]
    row = conn.execute("SELECT claim_id FROM claim_members WHERE candidate_id = ?", (candidate_id,)).fetchone()
    if row:
        refs.append(f"claim:{row[0]}")
        refs.extend(r[0] for r in conn.execute("SELECT candidate_id FROM claim_members WHERE claim_id = ?", row))
    placeholders = ", ".join("?" * len(refs))
    return events(conn, f"SELECT seq FROM audit_refs WHERE ref IN ({placeholders})", tuple(refs))


def get_state(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    """A stored UI state value, or the default."""
    row = conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else default
