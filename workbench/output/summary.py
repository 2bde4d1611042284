"""The outlet × fact matrix: one row per fact, one cell per article holding that source's value.

Pure data (no Textual): the app's summary screen renders these rows, tests check them directly.
Rows come conflicts first, then facts several sources agree on, then single-source facts.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from workbench.display import QUOTE_MARKS, excerpt
from workbench.output.names import spelling
from workbench.store.records import ArticleRecord, CandidateRecord, ClusterRecord

STATES: tuple[str, ...] = ("pending", "confirmed", "rejected", "rated", "dismissed", "disputed")
_GROUP_ORDER = {"conflict": 0, "agree": 1, "single": 2}
KEPT_ROWS = 4096  # built rows a Matrix keeps: a few screens' worth, whatever the corpus
CONTEXT_CHARS = 30  # of the sentence either side of a row's first mention: the mention still shows at 80 columns


def show_value(value: Any) -> str:
    """A normalised value (a claim's, a candidate's) as one short line of text, without unit; "" for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{int(value):,}" if value.is_integer() else f"{value:,}"
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def format_value(candidate: CandidateRecord) -> str:
    """The candidate's normalised value as one short line of text, with its unit or speaker; a quote's own words."""
    quote = candidate.kind == "quote"  # a quote shows its own words as printed
    shown = candidate.text if candidate.value is None or quote else show_value(candidate.value)
    if quote:
        speaker = candidate.speaker
        quoted = f"“{shown.strip(' ' + QUOTE_MARKS)}”"
        return f"{quoted} — {speaker}" if speaker else quoted
    if candidate.kind == "entity":  # its unit says only whether it names a person
        return shown
    unit = candidate.unit or ("%" if candidate.kind == "percent" else None)
    if not unit:
        return shown
    return f"{shown}{unit}" if unit == "%" else f"{shown} {unit}"


def _comparable(candidate: CandidateRecord) -> tuple[str, Any, str | None]:
    """A key equal for two candidates stating the same value (their wording when they have no value):
    the value's type, the value (a list or object as sorted JSON), the unit."""
    value = candidate.value
    if value is None:
        value = " ".join(str(candidate.text).casefold().strip(" ,.;:" + QUOTE_MARKS).split())
    if isinstance(value, list | dict):
        value = json.dumps(value, sort_keys=True, default=str)
    return type(value).__name__, value, candidate.unit


def _review(counts: Counter[str]) -> str:
    """One word for a row's review state: a single state when all members share it, else mixed."""
    present = [state for state in STATES if counts[state]]
    return present[0] if len(present) == 1 else "mixed"


def _odd(by_article: dict[str, list[CandidateRecord]]) -> list[str]:
    """The articles stating a value other than the one most sources give (all, when no value leads)."""
    votes = Counter(value for found in by_article.values() for value in {_comparable(c) for c in found})
    ranked = votes.most_common(2)
    leader = ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None
    return sorted(article for article, found in by_article.items() if any(_comparable(c) != leader for c in found))


def _context(candidate: CandidateRecord, text: str) -> list[str] | None:
    """[before, mention, after] of a figure's or date's first mention in its sentence; None for a quote."""
    if candidate.kind == "quote":
        return None
    start, end = candidate.sentence
    return list(excerpt(text, candidate.start, candidate.end, (start, end), CONTEXT_CHARS))


def _fact(members: list[CandidateRecord]) -> str:
    """What a row names: its first mention's text; a name's canonical value with its other spellings, most
    used first ("Deir ez-Zor: Deir al-Zor, Deir Ezzor")."""
    first = members[0]
    if first.kind != "entity" or not isinstance(first.value, str):
        return first.text
    spellings = Counter(spelling(c) for c in members)
    others = [text for text, _ in spellings.most_common() if text != first.value]
    return f"{first.value}: {', '.join(others)}" if others else first.value


def _row(
    entry: Entry,
    members: list[CandidateRecord],
    family: dict[str, str],
    texts: dict[str, str],
    shown: Callable[[CandidateRecord], str],
) -> dict[str, Any]:
    """Build one matrix row from its entry and member candidates (in reading order), values as `shown` gives."""
    by_article: dict[str, list[CandidateRecord]] = {}
    for candidate in members:
        by_article.setdefault(candidate.article, []).append(candidate)
    counts: Counter[str] = Counter(c.status for c in members)
    return {
        "id": entry.id,
        "kind": entry.kind,
        "group": entry.group,
        "fact": _fact(members),
        "context": _context(members[0], texts[members[0].article]),
        "first": members[0].id,
        "cells": {article: " / ".join(dict.fromkeys(shown(c) for c in found)) for article, found in by_article.items()},
        "members": {article: [c.id for c in found] for article, found in by_article.items()},
        "odd": _odd(by_article) if entry.group == "conflict" else [],
        "independent": entry.independent,
        "counts": {state: counts[state] for state in STATES},
        "review": _review(counts),
    }


class Entry(NamedTuple):
    """What orders a matrix row, kept for every row: the rest of the row is built when it is shown."""

    id: str
    kind: str
    group: str
    members: list[str]  # candidate ids in reading order
    articles: int  # how many articles mention the fact
    independent: int  # how many origin families those articles belong to


class Matrix:
    """The outlet × fact matrix over candidates that can change their review state (the app's, kept up
    to date in place): the rows' order and sizes are computed once; a row (see `summary_rows`) is built
    when first asked for and kept, its review counts recounted once `changed` names one of its members.
    A cell holds each value as `shown` gives it (format_value; the app reads them as written)."""

    def __init__(
        self,
        articles: list[ArticleRecord],
        candidates: Mapping[str, CandidateRecord],
        clusters: Iterable[ClusterRecord],
        shown: Callable[[CandidateRecord], str] = format_value,
    ) -> None:
        self.articles = articles
        self._candidates = candidates
        self._shown = shown
        article_order = {article.id: index for index, article in enumerate(articles)}
        self._family = {article.id: article.family or article.id for article in articles}
        self._texts = {article.id: article.text for article in articles}
        now = dict(candidates)  # one step, so another thread may build the matrix while candidates change
        reading_order = {cid: (article_order[c.article], c.start) for cid, c in now.items()}
        first_seen: dict[str, tuple[int, int]] = {}
        entries: list[Entry] = []
        clustered: set[str] = set()
        for cluster in clusters:
            members = sorted((m for m in cluster.members if m in reading_order), key=reading_order.__getitem__)
            if members:
                clustered.update(members)
                entries.append(self._entry(now, cluster.id, cluster.kind, cluster.status, members))
                first_seen[cluster.id] = reading_order[members[0]]
        for cid in sorted(reading_order.keys() - clustered, key=reading_order.__getitem__):
            entries.append(self._entry(now, cid, now[cid].kind, "agree", [cid]))
            first_seen[cid] = reading_order[cid]
        entries.sort(key=lambda entry: (_GROUP_ORDER[entry.group], -entry.articles, first_seen[entry.id]))
        self.entries = entries
        """The rows' entries: conflicts first, then agreeing facts, then single-source ones; within a
        group, facts covered by more articles first, then in reading order."""
        self._row_of = {cid: index for index, entry in enumerate(self.entries) for cid in entry.members}
        self._built: dict[int, dict[str, Any]] = {}
        self._changed: set[int] = set()
        self._by_independent: list[int] | None = None

    def _entry(
        self, candidates: Mapping[str, CandidateRecord], row_id: str, kind: str, status: str, members: list[str]
    ) -> Entry:
        articles = {candidates[m].article for m in members}
        group = "conflict" if status == "conflict" else "agree" if len(articles) > 1 else "single"
        return Entry(row_id, kind, group, members, len(articles), len({self._family[a] for a in articles}))

    def __len__(self) -> int:
        return len(self.entries)

    def row(self, index: int) -> dict[str, Any]:
        """The row of entry `index`, built now unless kept from before (its review counts brought up to
        date when a member's state changed since)."""
        row = self._built.get(index)
        entry = self.entries[index]
        if row is None:
            if len(self._built) >= KEPT_ROWS:
                del self._built[next(iter(self._built))]  # the longest kept
            members = [self._candidates[m] for m in entry.members]
            row = self._built[index] = _row(entry, members, self._family, self._texts, self._shown)
        elif index in self._changed:
            counts = Counter(self._candidates[m].status for m in entry.members)
            row = self._built[index] = row | {"counts": {s: counts[s] for s in STATES}, "review": _review(counts)}
        self._changed.discard(index)
        return row

    def order(self, by_independent: bool) -> list[int]:
        """Entry indexes in display order: as built (conflicts first), or by independent sources, most first."""
        if not by_independent:
            return list(range(len(self.entries)))
        if self._by_independent is None:
            self._by_independent = sorted(range(len(self.entries)), key=lambda i: -self.entries[i].independent)
        return self._by_independent

    def changed(self, candidate_ids: Iterable[str]) -> None:
        """These candidates' review states may have changed: their rows' counts are recounted when next shown."""
        self._changed.update(index for cid in candidate_ids if (index := self._row_of.get(cid)) is not None)


def summary_rows(
    articles: list[ArticleRecord],
    candidates: list[CandidateRecord],
    clusters: list[ClusterRecord],
) -> list[dict[str, Any]]:
    """The outlet × fact matrix rows: conflicts first, then agreeing facts, then single-source ones.

    Each row: id (cluster id, or candidate id for an unclustered candidate), kind, group
    ("conflict" | "agree" | "single"), fact (the first mention's text; a name's value and its other
    spellings), context ([before, mention,
    after] in its sentence, when the fact is no quote), first (the candidate id to
    jump to), cells {article id: displayed value}, members {article id: [candidate ids]}, odd
    (conflicts only: the article ids stating a value other than the one most sources give, or
    every article when no value leads), independent (how many origin families its articles belong to:
    wire copy counts once), counts
    {pending, confirmed, rejected, rated, dismissed} and review (one of those states, or "mixed").
    Within a group, facts covered by more articles come first, then in reading order.
    """
    known = {article.id for article in articles}
    matrix = Matrix(articles, {c.id: c for c in candidates if c.article in known}, clusters)
    return [matrix.row(index) for index in range(len(matrix))]
