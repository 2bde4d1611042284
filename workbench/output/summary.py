"""The outlet × fact matrix: one row per fact, one cell per article holding that source's value.

Pure data (no Textual): the app's summary screen renders these rows, tests check them directly.
Rows come conflicts first, then facts several sources agree on, then single-source facts.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from workbench.display import QUOTE_MARKS, excerpt
from workbench.store.records import ArticleRecord, CandidateRecord, ClusterRecord

STATES: tuple[str, ...] = ("pending", "confirmed", "rejected")
_GROUP_ORDER = {"conflict": 0, "agree": 1, "single": 2}
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


def _comparable(candidate: CandidateRecord) -> str:
    """A key equal for two candidates stating the same value (their wording when they have no value)."""
    value = candidate.value
    if value is None:
        value = " ".join(str(candidate.text).casefold().strip(" ,.;:" + QUOTE_MARKS).split())
    return json.dumps([value, candidate.unit], sort_keys=True, default=str)


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


def _row(
    row_id: str,
    kind: str,
    group: str,
    members: list[CandidateRecord],
    family: dict[str, str],
    texts: dict[str, str],
) -> dict[str, Any]:
    """Build one matrix row from its member candidates (already in reading order)."""
    by_article: dict[str, list[CandidateRecord]] = {}
    for candidate in members:
        by_article.setdefault(candidate.article, []).append(candidate)
    counts: Counter[str] = Counter(c.status for c in members)
    return {
        "id": row_id,
        "kind": kind,
        "group": group,
        "fact": members[0].text,
        "context": _context(members[0], texts[members[0].article]),
        "first": members[0].id,
        "cells": {
            article: " / ".join(dict.fromkeys(format_value(c) for c in found)) for article, found in by_article.items()
        },
        "members": {article: [c.id for c in found] for article, found in by_article.items()},
        "odd": _odd(by_article) if group == "conflict" else [],
        "independent": len({family[article] for article in by_article}),
        "counts": {state: counts[state] for state in STATES},
        "review": _review(counts),
    }


def summary_rows(
    articles: list[ArticleRecord],
    candidates: list[CandidateRecord],
    clusters: list[ClusterRecord],
) -> list[dict[str, Any]]:
    """The outlet × fact matrix rows: conflicts first, then agreeing facts, then single-source ones.

    Each row: id (cluster id, or candidate id for an unclustered candidate), kind, group
    ("conflict" | "agree" | "single"), fact (the first mention's text), context ([before, mention,
    after] in its sentence, when the fact is no quote), first (the candidate id to
    jump to), cells {article id: displayed value}, members {article id: [candidate ids]}, odd
    (conflicts only: the article ids stating a value other than the one most sources give, or
    every article when no value leads), independent (how many origin families its articles belong to:
    wire copy counts once), counts
    {pending, confirmed, rejected} and review (one of those states, or "mixed").
    Within a group, facts covered by more articles come first, then in reading order.
    """
    article_order = {article.id: index for index, article in enumerate(articles)}
    family = {article.id: article.family or article.id for article in articles}
    texts = {article.id: article.text for article in articles}
    by_id = {c.id: c for c in candidates if c.article in article_order}

    def reading_order(candidate: CandidateRecord) -> tuple[int, int]:
        return article_order[candidate.article], candidate.start

    rows: list[dict[str, Any]] = []
    clustered: set[str] = set()
    for cluster in clusters:
        members = sorted((by_id[m] for m in cluster.members if m in by_id), key=reading_order)
        if not members:
            continue
        clustered.update(c.id for c in members)
        several = len({c.article for c in members}) > 1
        group = "conflict" if cluster.status == "conflict" else "agree" if several else "single"
        rows.append(_row(cluster.id, cluster.kind, group, members, family, texts))
    for candidate in sorted(by_id.values(), key=reading_order):
        if candidate.id not in clustered:
            rows.append(_row(candidate.id, candidate.kind, "single", [candidate], family, texts))

    first_seen = {row["id"]: reading_order(by_id[row["first"]]) for row in rows}
    rows.sort(key=lambda row: (_GROUP_ORDER[row["group"]], -len(row["cells"]), first_seen[row["id"]]))
    return rows
