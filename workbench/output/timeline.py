"""The timeline: every dated fact on the date its mentions resolve to, with the articles reporting it, and a
mark where outlets date one event differently. Mentions that resolve to no date (a weekday or "this week" in an
article with no date to count from, a day without its year) are listed apart, never guessed.

Pure data (no Textual), from the summary's rows (output.summary): a row is one fact, a cluster or a single
mention, so the outlets that the alignment says report one event stay together.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from workbench.store.records import ArticleRecord, CandidateRecord

_PLACED = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")  # YYYY, YYYY-MM, YYYY-MM-DD (extract/dates.py)
HEADER_CHARS = 25  # a line holding no more than this besides its date is a header line ("Posted", a time)


@dataclass(frozen=True)
class Dated:
    """One fact on one date: the mentions giving that date, in reading order, and the other dates outlets
    give the same fact that cannot be this one ({date: article ids}; empty when none clash)."""

    date: str
    row: str  # the summary row: the cluster's id, or the single mention's
    mentions: list[CandidateRecord]
    clashes: dict[str, list[str]]
    dateline: bool = False  # the first mention dates its article (a header line), not a happening


@dataclass(frozen=True)
class Undated:
    """A date mention that resolves to no date, and the dates its fact is given elsewhere (the alignment's
    cluster; it is not placed on them)."""

    mention: CandidateRecord
    linked: list[str]


@dataclass(frozen=True)
class Timeline:
    dated: list[Dated]  # by date (a year before its months, a month before its days), then more outlets first
    undated: list[Undated]  # in reading order


def placed(value: Any) -> bool:
    """Whether a date candidate's value is a date the timeline can place (a year, a month or a day)."""
    return isinstance(value, str) and _PLACED.fullmatch(value) is not None


def clash(a: str, b: str) -> bool:
    """Whether two placed dates cannot be one day: neither is the other's year or month."""
    return not (a.startswith(b) or b.startswith(a))


def show_date(value: str) -> str:
    """A placed date for people, kept on one line (no-break spaces): "Mon 28 Aug 2017", "Aug 2017", "2017"."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        shown = dt.date(*parts).strftime("%a %d %b %Y")
    elif len(parts) == 2:
        shown = dt.date(parts[0], parts[1], 1).strftime("%b %Y")
    else:
        shown = value
    return shown.replace(" 0", " ").replace(" ", "\u00a0")


def dates_article(mention: CandidateRecord, article: ArticleRecord) -> bool:
    """Whether the mention is its article's own date: the article's dateline, on a line of its own (no more
    than HEADER_CHARS besides it: "Posted", a time, a weekday)."""
    if mention.value != article.dateline:
        return False
    text = article.text
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line.strip()) - (mention.end - mention.start) <= HEADER_CHARS


def build_timeline(
    rows: Sequence[dict[str, Any]], by_id: dict[str, CandidateRecord], articles: Sequence[ArticleRecord]
) -> Timeline:
    """The timeline of the summary rows of kind "date" (summary_rows), their candidates looked up in `by_id`
    (in reading order)."""
    by_article = {a.id: a for a in articles}
    dated: list[tuple[tuple[str, int, int], Dated]] = []
    undated: list[Undated] = []
    order = {cid: index for index, cid in enumerate(by_id)}
    for row in rows:
        if row["kind"] != "date":
            continue
        mentions = [by_id[cid] for cids in row["members"].values() for cid in cids]
        by_date: dict[str, list[CandidateRecord]] = {}
        for mention in mentions:
            if placed(mention.value):
                by_date.setdefault(mention.value, []).append(mention)
        for mention in mentions:
            if not placed(mention.value):
                undated.append(Undated(mention, sorted(by_date)))
        for date, same in by_date.items():
            clashes = {
                other: sorted({m.article for m in found}) for other, found in by_date.items() if clash(date, other)
            }
            outlets = len({m.article for m in same})
            header = dates_article(same[0], by_article[same[0].article])
            dated.append(((date, -outlets, order[same[0].id]), Dated(date, row["id"], same, clashes, header)))
    dated.sort(key=lambda pair: pair[0])
    undated.sort(key=lambda entry: order[entry.mention.id])
    return Timeline([entry for _, entry in dated], undated)
