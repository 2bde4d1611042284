"""The analyst's corrections of the analysis: a fact the extractor missed, a span, a speaker or attribution,
a mention split out of its cluster or moved to another's.

Each correction is a row of the corrections table (what to do again to each later analysis: `apply`, which
ingest calls) and a change of the stored candidates or clusters, made at once in one audited event: before
and after of every row and claim it changes (store/rows.py), and what the event commits to (the article's
content, the suggestions). A correction that a later analysis leaves nothing to apply to is `stale` until
undone or re-made. Corrections name candidates by id; one whose id a new version of the text moved is
found again by its kind and text, nearest its old offset.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, replace
from typing import Any

from ..align.values import values_agree
from ..extract.dates import find_dates
from ..extract.money import money_at
from ..extract.numbers import singular
from ..extract.numwords import parse_number
from ..extract.quotenorm import normalise_quote
from ..extract.sentences import SentenceIndex
from ..model import KINDS, Analysis, Article, Candidate, Cluster
from . import content
from .claims import ClaimChange, claim_id_of
from .models import placed_with, stored_articles, stored_candidates, stored_clusters
from .records import EventRecord
from .rows import RowChange, candidate_row

ACTIONS = ("mark_fact", "correct_span", "set_speaker", "split", "move")
_FIGURES = ("quantity", "money", "percent")
_FIGURE_WORDS = 8  # the words of a marked figure searched for its number


@dataclass(frozen=True)
class Correction:
    """One stored correction: `target` is the candidate it corrects (mark_fact: the candidate it made)."""

    id: int
    action: str
    article: str
    target: str
    data: dict[str, Any]


def stored(conn: sqlite3.Connection) -> list[Correction]:
    """Every correction, in the order they were made."""
    rows = conn.execute("SELECT id, action, article, target, data FROM corrections ORDER BY id")
    return [Correction(cid, action, article, target, json.loads(data)) for cid, action, article, target, data in rows]


def stale(conn: sqlite3.Connection) -> list[Correction]:
    """The corrections the latest analysis left nothing to apply to, in the order made."""
    ids = {row[0] for row in conn.execute("SELECT id FROM corrections WHERE stale")}
    return [c for c in stored(conn) if c.id in ids]


def let_go(conn: sqlite3.Connection, analyst: str, correction_id: int) -> None:
    """Forget a stale correction: what it corrected is gone from the text (an audited, undoable "let_go")."""
    row = conn.execute("SELECT article FROM corrections WHERE id = ? AND stale", (correction_id,)).fetchone()
    if row is None:
        raise LookupError(f"no stale correction {correction_id}")
    rows = RowChange(conn)
    rows.drop("corrections", str(correction_id))
    record(conn, ClaimChange(conn, analyst), rows, "let_go", row[0])


# -- applying corrections to candidates and clusters ---------------------------------------------------


def _span_of(candidate_id: str) -> tuple[int, int]:
    start, end = candidate_id.rsplit(":", 2)[1].split("-")
    return int(start), int(end)


def _find(candidates: dict[str, Candidate], candidate_id: str, text: str) -> Candidate | None:
    """The candidate with this id, else the one of its article, kind and text nearest its old offset."""
    if candidate_id in candidates:
        return candidates[candidate_id]
    article, _, kind = candidate_id.rsplit(":", 2)
    start = _span_of(candidate_id)[0]
    same = [c for c in candidates.values() if (c.article, c.kind, c.text) == (article, kind, text)]
    return min(same, key=lambda c: abs(c.start - start), default=None)


def _placed(article_text: str, start: int, end: int, text: str) -> tuple[int, int] | None:
    """(start, end) of `text` in the article: where it was, else its occurrence nearest there, else None."""
    if article_text[start:end] == text:
        return start, end
    found = []
    at = article_text.find(text)
    while at >= 0 and text:
        found.append(at)
        at = article_text.find(text, at + 1)
    best = min(found, key=lambda i: abs(i - start), default=None)
    return None if best is None else (best, best + len(text))


_WORD = re.compile(r"\S+")
_AROUND_NUMBER = "$€£¥%,;:()"


def _words_value(kind: str, text: str) -> Any:
    """A quote's value is its words, unquoted; another kind's its text."""
    return text.strip().strip("\"“”'‘’ ,") if kind == "quote" else text.strip()


def _figure(article_text: str, start: int, end: int) -> tuple[int | float, str | None, int, int] | None:
    """The first number the words of text[start:end] make ("$1.5 billion", "fourteen"): (value, the word after
    it, where the number starts and ends), else None."""
    words = list(_WORD.finditer(article_text, start, end))[:_FIGURE_WORDS]
    stripped = [w.group().strip(_AROUND_NUMBER) for w in words]
    for first in range(len(words)):
        for last in range(len(words), first, -1):
            if (number := parse_number(" ".join(stripped[first:last]))) is not None:
                after = stripped[last] if last < len(words) and stripped[last].isalpha() else None
                lead = len(words[first].group()) - len(words[first].group().lstrip(_AROUND_NUMBER))
                return number, after, words[first].start() + lead, words[last - 1].end()
    return None


def _made(article: Article, start: int, end: int, kind: str) -> Candidate:
    """A candidate the analyst made over [start, end) of the article: a figure's value is its number, its unit
    what it counts (a sum's currency), a date's the day the extractor resolves a date there to, as the extractor
    gives them."""
    article_text = article.text
    text = article_text[start:end]
    value: Any = _words_value(kind, text)
    unit = None
    if kind == "date":
        dates = find_dates(article, SentenceIndex(article_text))
        value = next((d.value for d in dates if d.start < end and start < d.end), value)
    found = _figure(article_text, start, end) if kind in _FIGURES else None
    if found is not None:
        value, after, number_start, number_end = found
        if kind == "quantity" and after:
            unit = singular(after)
        elif kind == "money" and (money := money_at(article_text, number_start, number_end)) is not None:
            unit = money[3]
    return Candidate(
        article.id,
        start,
        end,
        text,
        kind,
        value,
        SentenceIndex(article_text).sentence_at(start),
        unit=unit,
        key=normalise_quote(value) if kind == "quote" else None,
    )


class _Facts:
    """One article set's candidates (by id, in order) and clusters while corrections are applied to them."""

    def __init__(self, articles: list[Article], candidates: list[Candidate], clusters: list[Cluster]) -> None:
        self.articles = {a.id: a for a in articles}
        self.candidates = {c.id: c for c in candidates}
        self.clusters = [replace(k, members=list(k.members)) for k in clusters]
        self.touched: set[str] = set()
        """The clusters a correction changed: only their articles and status are judged anew."""

    def apply(self, correction: Correction) -> bool:
        """Apply one correction; False when nothing is there to apply it to (it is stale)."""
        data = correction.data
        if correction.action == "mark_fact":
            start, end = _span_of(correction.target)
            article = self.articles[correction.article]
            placed = _placed(article.text, start, end, data["text"])
            if placed is None:
                return False
            made = _made(article, *placed, data["kind"])
            self.candidates.setdefault(made.id, made)
            beside = _find(self.candidates, data["with"], data["with_text"]) if "with" in data else None
            if beside is not None and not any(made.id in k.members for k in self.clusters):
                self._regroup(made.id, beside.id)  # where the alignment put it when it was marked
            return True
        target = _find(self.candidates, correction.target, data["text"])
        if target is None:
            return False
        if correction.action == "correct_span":
            return self._respan(target, data)
        if correction.action == "set_speaker":
            self.candidates[target.id] = replace(target, speaker=data["speaker"], attributed_to=data["attributed_to"])
            return True
        other = None
        if correction.action == "move":
            other = _find(self.candidates, data["with"], data["with_text"])
            if other is None:
                return False
        self._regroup(target.id, None if other is None else other.id)
        return True

    def _respan(self, target: Candidate, data: dict[str, Any]) -> bool:
        shift = target.start - _span_of(target.id)[0]
        start, end = data["start"] + shift, data["end"] + shift
        text = self.articles[target.article].text
        if text[start:end] != data["new_text"]:
            return False
        new = replace(target, start=start, end=end, text=text[start:end])
        if target.kind == "quote":
            words = _words_value("quote", new.text)
            new = replace(new, value=words, key=normalise_quote(words))
        if not new.sentence[0] <= start < new.sentence[1]:
            new = replace(new, sentence=SentenceIndex(text).sentence_at(start))
        del self.candidates[target.id]
        self.candidates[new.id] = new
        for cluster in self.clusters:
            if target.id in cluster.members:
                cluster.members = [new.id if m == target.id else m for m in cluster.members]
                self.touched.add(cluster.id)
        return True

    def _regroup(self, member: str, beside: str | None) -> None:
        """Take the member out of its cluster; put it in the cluster of `beside` (a new one when it has none)."""
        for cluster in self.clusters:
            if member in cluster.members:
                cluster.members.remove(member)
                self.touched.add(cluster.id)
        if beside is None:
            return
        home = next((k for k in self.clusters if beside in k.members), None)
        if home is None:
            kind = self.candidates[beside].kind
            home = Cluster(f"moved:{beside}", kind, [beside], [], "agree")
            self.clusters.append(home)
        home.members.append(member)
        self.touched.add(home.id)

    def result(self) -> tuple[list[Candidate], list[Cluster]]:
        """The candidates, and the clusters; those a correction changed with their articles and status anew,
        left out when they hold fewer than two mentions."""
        kept = []
        for cluster in self.clusters:
            if cluster.id not in self.touched:
                kept.append(cluster)
                continue
            members = [m for m in cluster.members if m in self.candidates]
            if len(members) < 2:
                continue
            found = [self.candidates[m] for m in members]
            values = [c.key if c.kind == "quote" and c.key is not None else c.value for c in found]
            agree = len(set(map(str, values))) == 1 if cluster.kind == "quote" else values_agree(cluster.kind, values)
            articles = list(dict.fromkeys(c.article for c in found))
            kept.append(replace(cluster, members=members, articles=articles, status="agree" if agree else "conflict"))
        return list(self.candidates.values()), kept


def apply(analysis: Analysis, corrections: list[Correction]) -> tuple[Analysis, list[int]]:
    """The analysis with the corrections of its articles applied in order, and the ids of those that found
    nothing to apply to (stale)."""
    ids = {a.id for a in analysis.articles}
    if not any(c.article in ids for c in corrections):
        return analysis, []
    facts = _Facts(analysis.articles, analysis.candidates, analysis.clusters)
    stale = [c.id for c in corrections if c.article in ids and not facts.apply(c)]
    candidates, clusters = facts.result()
    return replace(analysis, candidates=candidates, clusters=clusters), stale


def mark_stale(conn: sqlite3.Connection, articles: list[str], stale: list[int]) -> None:
    """Flag the corrections of these articles that are stale, and only those."""
    conn.executemany("UPDATE corrections SET stale = 0 WHERE article = ?", [(a,) for a in articles])
    conn.executemany("UPDATE corrections SET stale = 1 WHERE id = ?", [(i,) for i in stale])


# -- making a correction in the store ---------------------------------------------------------------------


def _cluster_row(cluster: Cluster) -> dict[str, Any]:
    row = cluster.to_json()
    for name in ("members", "articles", "origins"):
        row[name] = json.dumps(row[name])
    return {**row, "speakers_differ": int(cluster.speakers_differ)}


def correct(
    conn: sqlite3.Connection, analyst: str, action: str, article: str, target: str, data: dict[str, Any]
) -> EventRecord:
    """Store the correction and apply it to the stored candidates and clusters, in one audited event; a
    correction that finds nothing to apply to raises LookupError."""
    if action not in ACTIONS:
        raise LookupError(f"no correction {action!r}")
    old_clusters = {k.id: k for k in stored_clusters(conn)}
    named = {target, data.get("with")}
    articles = {article, *(_article(m) for k in old_clusters.values() if named & set(k.members) for m in k.members)}
    if "with" in data:  # a move, or a marked fact the alignment puts beside another
        articles.add(_article(data["with"]))
    texts, candidates = stored_candidates(conn, articles)
    facts = _Facts(stored_articles(conn, articles), candidates, list(old_clusters.values()))
    if not facts.apply(Correction(0, action, article, target, data)):
        raise LookupError(f"nothing in {article!r} to apply {action} to")
    new_candidates, new_clusters = facts.result()
    rows = RowChange(conn)
    claims = ClaimChange(conn, analyst)
    made = conn.execute(
        "INSERT INTO corrections (action, article, target, data, stale) VALUES (?, ?, ?, ?, 0)",
        (action, article, target, json.dumps(data)),
    ).lastrowid
    rows.before["corrections"][str(made)] = None
    version = conn.execute("SELECT max(version) FROM articles WHERE id = ?", (article,)).fetchone()[0]
    before = {c.id: c for c in candidates}
    now = {c.id: c for c in new_candidates}
    for c in new_candidates:
        if before.get(c.id) != c:
            rows.put("candidates", dict(zip(content.CANDIDATE_FIELDS, candidate_row(c, version, texts[c.article]))))
    for gone in before.keys() - now.keys():
        replacement = next(
            (c.id for c in new_candidates if c.id not in before and c.article == before[gone].article), None
        )
        claim = claim_id_of(conn, gone)
        if claim is not None:
            claims.add(claim, [replacement] if replacement else [])
            claims.remove(gone)
            label = conn.execute("SELECT label FROM claims WHERE id = ?", (claim,)).fetchone()[0]
            if replacement and label == before[gone].text:  # the claim is still named by the mention's words
                claims.update(claim, label=now[replacement].text)
        rows.drop("candidates", gone)
    kept = {k.id: k for k in new_clusters}
    for cluster in new_clusters:
        if old_clusters.get(cluster.id) != cluster:
            rows.put("clusters", _cluster_row(cluster))
    for gone in old_clusters.keys() - kept.keys():
        rows.drop("clusters", gone)
    return record(conn, claims, rows, action, article if action in ACTIONS[:3] else target)


def record(
    conn: sqlite3.Connection,
    claims: ClaimChange,
    rows: RowChange,
    action: str,
    target: str,
    extra: dict[str, Any] | None = None,
) -> EventRecord:
    """The audit event of a change of rows and claims: their before and after, the content of `target`'s
    article when a candidate changed, the suggestions when a cluster did."""
    before, after = rows.sections()
    if rows.changed("candidates"):  # of one article, the target
        version = conn.execute("SELECT max(version) FROM articles WHERE id = ?", (target,)).fetchone()[0]
        after |= {"version": version, "content": content.commitment(conn, target, version)}
    if rows.changed("clusters"):
        after["suggestions"] = content.suggestions(conn)
    refs = set(before.get("candidates", {})) | set(after.get("candidates", {}))
    event = claims.record(action, target, {**(extra or {}), **after}, always=True, before_extra=before, refs=refs)
    assert event is not None  # always
    return event


def _text_of(conn: sqlite3.Connection, candidate_id: str) -> str:
    row = conn.execute(
        """SELECT c.text FROM candidates c JOIN current_versions v ON v.id = c.article AND v.version = c.version
           WHERE c.id = ?""",
        (candidate_id,),
    ).fetchone()
    if row is None:
        raise LookupError(f"no current candidate {candidate_id!r}")
    return row[0]


def _article(candidate_id: str) -> str:
    return candidate_id.rsplit(":", 2)[0]


def mark_fact(conn: sqlite3.Connection, analyst: str, article: str, start: int, end: int, kind: str) -> str:
    """Make a candidate of `kind` over [start, end) of the article's current text, in the cluster the alignment
    puts it in when its story is aligned again with it (store.models.placed_with); returns its id."""
    found = stored_articles(conn, {article})
    if (
        not found
        or kind not in KINDS
        or not 0 <= start < end <= len(found[0].text)
        or not found[0].text[start:end].strip()
    ):
        raise LookupError(f"no text to mark as {kind} at {start}-{end} of {article!r}")
    made = _made(found[0], start, end, kind)
    if conn.execute("SELECT 1 FROM candidates WHERE id = ?", (made.id,)).fetchone():
        raise LookupError(f"{made.id!r} is already a candidate")
    data = {"text": made.text, "kind": kind}
    if (beside := placed_with(conn, made)) is not None:
        data |= {"with": beside.id, "with_text": beside.text}
    correct(conn, analyst, "mark_fact", article, made.id, data)
    return made.id


def correct_span(conn: sqlite3.Connection, analyst: str, candidate_id: str, start: int, end: int) -> str:
    """Give the candidate the span [start, end) (its claim follows it); returns its new id."""
    text = _text_of(conn, candidate_id)
    article = _article(candidate_id)
    whole = conn.execute("SELECT text FROM articles WHERE id = ? ORDER BY version DESC LIMIT 1", (article,)).fetchone()
    if not 0 <= start < end <= len(whole[0]) or (start, end) == _span_of(candidate_id):
        raise LookupError(f"no other span {start}-{end} for {candidate_id!r}")
    new_text = whole[0][start:end]
    correct(
        conn,
        analyst,
        "correct_span",
        article,
        candidate_id,
        {"text": text, "start": start, "end": end, "new_text": new_text},
    )
    return f"{article}:{start}-{end}:{candidate_id.rsplit(':', 1)[1]}"


def set_speaker(conn: sqlite3.Connection, analyst: str, candidate_id: str, source: str | None) -> str:
    """Credit the candidate to `source` (None: to no one): a quote's speaker and any fact's attribution."""
    data = {"text": _text_of(conn, candidate_id), "attributed_to": source}
    data["speaker"] = source if candidate_id.endswith(":quote") else None
    correct(conn, analyst, "set_speaker", _article(candidate_id), candidate_id, data)
    return candidate_id


def split(conn: sqlite3.Connection, analyst: str, candidate_id: str) -> str:
    """Take the candidate out of its suggested cluster."""
    if not any(candidate_id in k.members for k in stored_clusters(conn)):
        raise LookupError(f"{candidate_id!r} is in no cluster")
    correct(conn, analyst, "split", _article(candidate_id), candidate_id, {"text": _text_of(conn, candidate_id)})
    return candidate_id


def move(conn: sqlite3.Connection, analyst: str, candidate_id: str, beside: str) -> str:
    """Put the candidate in the suggested cluster of `beside` (a candidate of another article)."""
    data = {"text": _text_of(conn, candidate_id), "with": beside, "with_text": _text_of(conn, beside)}
    correct(conn, analyst, "move", _article(candidate_id), candidate_id, data)
    return candidate_id
