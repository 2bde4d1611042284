"""Shared passages: sentences that two or more articles carry near-verbatim, and the origin families
of articles they make.

Each story sentence (boilerplate lines left out) is reduced to its lower-case words with its
quotations cut out and its digits folded to 0, so that a figure an outlet changed in wire copy
still matches. A reduction of fewer than MIN_WORDS words ("officials said", "according to the
ministry") is never a passage. Equal reductions are grouped at once; different ones are compared
(rapidfuzz ratio at least SIMILAR) only when they share one of their ANCHORS lowest-hashing word
trigrams (a bottom-k sketch), and then only with a few representatives of that trigram, so the work
grows with the number of sentences, not its square. Consecutive sentences of one paragraph shared by
the same articles merge into one passage; articles linked by passages form one family.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import NamedTuple
from zlib import crc32

from rapidfuzz import fuzz

from workbench.extract.sentences import sentence_spans
from workbench.model import Article, Candidate, SharedPassage, Span
from workbench.unionfind import UnionFind

MIN_WORDS = 8  # words a sentence keeps, quotations cut out, to be a passage
SIMILAR = 90  # rapidfuzz ratio (0-100) of two reductions that are one passage
ANCHORS = 4  # trigrams per sentence that propose comparisons
REPRESENTATIVES = 8  # sentences per trigram that later sentences are compared with

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")


class _Sentence(NamedTuple):  # a tuple, cheap to make: a quarter of a million at 10,000 articles
    article: str
    number: int  # its place among the article's sentences
    start: int
    end: int


def _cut(start: int, end: int, holes: list[Span], first: int) -> Iterator[Span]:
    """The parts of [start, end) outside the sorted, disjoint spans `holes` from holes[first] on."""
    for hole_start, hole_end in holes[first:]:
        if hole_start >= end:
            break
        if hole_start > start:
            yield start, hole_start
        start = max(start, hole_end)
    if start < end:
        yield start, end


def sentence_reductions(article: Article, quotes: list[Span]) -> list[tuple[int, int, int, str]]:
    """The article's story sentences (their index among its sentences, start, end) with their reductions,
    those too short left out; `quotes` are the sorted spans of its quotations."""
    text, boilerplate = article.text, article.boilerplate
    found = []
    b = q = 0
    for i, (start, end) in enumerate(sentence_spans(text)):
        while b < len(boilerplate) and boilerplate[b][1] <= start:
            b += 1
        if b < len(boilerplate) and boilerplate[b][0] < end:
            continue
        while q < len(quotes) and quotes[q][1] <= start:
            q += 1
        words = [w for s, e in _cut(start, end, quotes, q) for w in _WORD.findall(text, s, e)]
        if len(words) >= MIN_WORDS:
            found.append((i, start, end, _DIGITS.sub("0", " ".join(words).lower())))
    return found


def quote_spans(candidates: list[Candidate]) -> dict[str, list[Span]]:
    """The sorted spans of each article's quotations, by article id."""
    quotes: dict[str, list[Span]] = defaultdict(list)
    for c in candidates:
        if c.kind == "quote":
            quotes[c.article].append((c.start, c.end))
    return {article: sorted(spans) for article, spans in quotes.items()}


def _anchors(reduced: str) -> list[int]:
    words = reduced.encode().split()  # a reduction's words are apart by one space: split the same in UTF-8
    trigrams = set(map(b" ".join, zip(words, words[1:], words[2:])))
    return sorted(map(crc32, trigrams))[:ANCHORS]


class _Groups(UnionFind[int]):
    """Union-find over reductions, with the lowest likeness of the links that joined each group."""

    def __init__(self, n: int) -> None:
        super().__init__(range(n))
        self.similarity = [1.0] * n

    def union(self, a: int, b: int, similarity: float = 1.0) -> int:
        ra, rb = self.find(a), self.find(b)
        root = super().union(a, b)
        self.similarity[root] = min(self.similarity[ra], self.similarity[rb], similarity)
        return root


def _link_near_duplicates(reductions: list[str], groups: _Groups) -> None:
    representatives: dict[int, list[int]] = defaultdict(list)
    for k, reduced in enumerate(reductions):
        for anchor in _anchors(reduced):
            reps = representatives[anchor]
            root = groups.find(k)  # the same until a union, after which the loop ends
            for r in reps:
                if groups.find(r) == root:
                    break
                ratio = fuzz.ratio(reductions[r], reduced, score_cutoff=SIMILAR)
                if ratio:
                    groups.union(r, k, ratio / 100)
                    break
            else:
                if len(reps) < REPRESENTATIVES:
                    reps.append(k)


def _sentence_groups(
    articles: list[Article], sentences: dict[str, list[tuple[int, int, int, str]]]
) -> list[tuple[list[_Sentence], float]]:
    """Groups of near-identical sentences found in two or more articles, with their lowest likeness (of each
    article's sentence_reductions, by id)."""
    by_reduction: dict[str, list[_Sentence]] = defaultdict(list)
    for article in articles:
        for i, start, end, reduced in sentences[article.id]:
            by_reduction[reduced].append(_Sentence(article.id, i, start, end))
    reductions = list(by_reduction)
    groups = _Groups(len(reductions))
    _link_near_duplicates(reductions, groups)
    members: dict[int, list[_Sentence]] = defaultdict(list)
    for k, reduced in enumerate(reductions):
        members[groups.find(k)].extend(by_reduction[reduced])
    shared = [(root, sentences) for root, sentences in members.items() if len({s.article for s in sentences}) >= 2]
    return [
        (sorted(sentences, key=lambda s: (s.article, s.number)), groups.similarity[root]) for root, sentences in shared
    ]


def _merge_paragraphs(
    groups: list[tuple[list[_Sentence], float]], texts: dict[str, str]
) -> list[tuple[list[_Sentence], list[_Sentence], float]]:
    """Runs of groups whose sentences follow each other in one paragraph of every article alike,
    as (first sentences, last sentences, lowest likeness)."""
    group_of = {(s.article, s.number): g for g, (sentences, _) in enumerate(groups) for s in sentences}

    def successor(g: int) -> int | None:
        sentences = groups[g][0]
        following = {group_of.get((s.article, s.number + 1)) for s in sentences}
        h = following.pop() if len(following) == 1 else None
        if h is None:
            return None
        same_paragraphs = all("\n" not in texts[s.article][s.end : t.start] for s, t in zip(sentences, groups[h][0]))
        return h if len(groups[h][0]) == len(sentences) and same_paragraphs else None

    successors = {g: successor(g) for g in range(len(groups))}
    followed = {h for h in successors.values() if h is not None}
    runs = []
    for g in range(len(groups)):
        if g in followed:
            continue
        last, similarity = g, groups[g][1]
        while (after := successors[last]) is not None:  # sentence indices grow along a run: it ends
            last = after
            similarity = min(similarity, groups[last][1])
        runs.append((groups[g][0], groups[last][0], similarity))
    return runs


def find_shared_passages(
    articles: list[Article],
    candidates: list[Candidate],
    reductions: dict[str, list[tuple[int, int, int, str]]] | None = None,
) -> list[SharedPassage]:
    """The passages two or more articles share, in the order of their first copy. `reductions` are what
    sentence_reductions gives of each article (by id), when known: else they are worked out here."""
    if len(articles) < 2:
        return []  # nothing to share
    if reductions is None:
        quotes = quote_spans(candidates)
        reductions = {a.id: sentence_reductions(a, quotes.get(a.id, [])) for a in articles}
    texts = {a.id: a.text for a in articles}
    order = {a.id: n for n, a in enumerate(articles)}
    passages = [
        SharedPassage(
            spans=sorted(((f.article, f.start, e.end) for f, e in zip(first, last)), key=lambda s: (order[s[0]], s[1])),
            similarity=round(similarity, 3),
        )
        for first, last, similarity in _merge_paragraphs(_sentence_groups(articles, reductions), texts)
    ]
    passages.sort(key=lambda p: (order[p.spans[0][0]], p.spans[0][1]))
    return passages


def assign_families(articles: list[Article], passages: list[SharedPassage]) -> None:
    """Set each article's `family`: the id of the first article (in corpus order) of those that
    share passages with it, directly or through others; its own id when it shares none."""
    position = {a.id: n for n, a in enumerate(articles)}
    groups: UnionFind[int] = UnionFind(range(len(articles)))  # by corpus position: the first one roots
    for passage in passages:
        first, *others = (position[a] for a in passage.articles)
        for other in others:
            groups.union(first, other)
    for article in articles:
        article.family = articles[groups.find(position[article.id])].id
