"""Candidate facts: figures, money, percentages, dates, quotes with speakers, and names.

`extract(articles)` runs every extractor over a corpus. Entities are found first and given
corpus-wide canonical names, because quote speakers resolve to them.
"""

from __future__ import annotations

from bisect import bisect_right

from workbench.extract.dates import find_dateline, find_dates
from workbench.extract.entities import canonicalize_entities, find_entities
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


def extract(articles: list[Article]) -> list[Candidate]:
    """All candidate facts of the corpus, by article then offset; none inside boilerplate.

    Sets each article's `dateline`: its published date when known, else the date its text gives, if any.
    """
    indexes = {a.id: SentenceIndex(a.text) for a in articles}
    entities: dict[str, list[Candidate]] = {}
    for article in articles:
        article.dateline = article.published or find_dateline(article.text)
        entities[article.id] = _outside(article.boilerplate, find_entities(article, indexes[article.id]))
    canonicalize_entities(articles, entities)
    result: list[Candidate] = []
    for article in articles:
        index = indexes[article.id]
        found = (
            find_numbers(article, index)
            + find_dates(article, index)
            + find_quotes(article, index, entities[article.id])
        )
        result.extend(_outside(article.boilerplate, found))
        result.extend(entities[article.id])
    result.sort(key=lambda c: (c.article, c.start, c.end, c.kind))
    attribute(result, {a.id: a.text for a in articles})
    return result
