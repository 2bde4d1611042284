"""Candidate facts: figures, money, percentages, dates, quotes with speakers, and names.

`extract(articles)` runs every extractor over a corpus. Entities are found first and given
corpus-wide canonical names, because quote speakers resolve to them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Any

from workbench.extract.dates import find_dateline, find_dates
from workbench.extract.entities import canonicalize_entities, find_entities
from workbench.extract.limits import MAX_PER_KIND
from workbench.extract.numbers import find_numbers
from workbench.extract.origins import attribute
from workbench.extract.quotes import find_quotes
from workbench.extract.sentences import SentenceIndex
from workbench.model import Article, Candidate, Span


def _outside(spans: list[Span], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that overlap none of the (sorted, disjoint) spans."""
    starts = [s for s, _ in spans]
    kept = []
    for c in candidates:
        i = bisect_right(starts, c.end - 1) - 1  # last span starting before the candidate ends
        if i >= 0 and spans[i][1] > c.start:
            continue
        kept.append(c)
    return kept


# Invisible format characters (bidi marks and embeddings, zero-width spaces and joiners, word joiner, BOM,
# soft hyphen) between two digits: "200\u200f0 homes" reads as 2000 on screen, and must not give "0 homes".
_GLUED = re.compile(
    r"[0-9][.,]?[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]+[.,]?[0-9]"
)
_FIGURES = frozenset({"quantity", "money", "percent", "date"})


def _unglued(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less the figures and dates that end or start where format characters join two
    digits: no figure rather than a wrong one."""
    joins = [(m.start() + 1, m.end() - 1) for m in _GLUED.finditer(text)]
    if not joins:
        return candidates
    starts = [lo for lo, _ in joins]

    def glued(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset <= joins[i][1]

    return [c for c in candidates if c.kind not in _FIGURES or not (glued(c.start) or glued(c.end))]


def _note_capped(
    article: Article, what: str, found: list[Candidate], warn: Callable[[str], None], stopped: bool = False
) -> None:
    if stopped or len(found) >= MAX_PER_KIND:
        warn(
            f"{article.path}: more {what} than one article may give ({MAX_PER_KIND:,}); the rest was not searched for {what}"
        )


def _names(article: Article) -> tuple[str | None, list[Candidate], list[str]]:
    """An article's dateline, its names outside boilerplate, and the warnings finding them gave."""
    warnings: list[str] = []
    article.dateline = article.published or find_dateline(article.text)
    names = find_entities(article, SentenceIndex(article.text))
    _note_capped(article, "names", names, warnings.append)
    return article.dateline, _outside(article.boilerplate, names), warnings


def _facts(job: tuple[Article, list[Candidate]]) -> tuple[list[Candidate], list[str]]:
    """An article's figures, dates and quotes outside boilerplate (its names given, canonical), and the
    warnings finding them gave."""
    article, names = job
    warnings: list[str] = []
    index = SentenceIndex(article.text)
    stopped: list[int] = []
    figures, dates = find_numbers(article, index, stopped), find_dates(article, index)
    quotes = find_quotes(article, index, names)
    for what, found in (("figures", figures), ("dates", dates), ("quotes", quotes)):
        _note_capped(article, what, found, warnings.append, bool(stopped) and what == "figures")
    return _outside(article.boilerplate, _unglued(article.text, figures + dates + quotes)), warnings


Each = Callable[[Callable[[Any], Any], list[Any]], Iterable[Any]]  # map, or a process pool's map


def extract(
    articles: list[Article], warn: Callable[[str], None] = lambda message: None, each: Each = map
) -> list[Candidate]:
    """All candidate facts of the corpus, by article then offset; none inside boilerplate.

    Sets each article's `dateline`: its published date when known, else the date its text gives, if any.
    An article with more than extract.limits.MAX_PER_KIND of one extractor's finds gets a `warn`ing
    naming it: the rest of it was not searched for them. `each` maps the work on one article over the
    articles, in order (a process pool's map: the same result on several cores).
    """
    entities: dict[str, list[Candidate]] = {}
    for article, (dateline, names, warnings) in zip(articles, each(_names, articles)):
        article.dateline = dateline
        entities[article.id] = names
        for message in warnings:
            warn(message)
    canonicalize_entities(articles, entities)
    result: list[Candidate] = []
    for article, (found, warnings) in zip(articles, each(_facts, [(a, entities[a.id]) for a in articles])):
        for message in warnings:
            warn(message)
        result.extend(found)
        result.extend(entities[article.id])
    result.sort(key=lambda c: (c.article, c.start, c.end, c.kind))
    attribute(result, {a.id: a.text for a in articles})
    return result
