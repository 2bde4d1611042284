"""Sentence spans: where each sentence of an article starts and ends.

Sentences never cross a paragraph break (a blank line) or a line break: scraped articles put one
paragraph on a line, and headlines, captions and bylines have no final full stop. A run of text with
no sentence end longer than MAX_SENTENCE characters (a hostile file, a page with no punctuation) is cut
at spaces into pieces of at most that length, so that every stage's work per sentence stays bounded.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from workbench.extract.lexicon import TITLES
from workbench.model import Span

# Lower-case or title-case abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt maj capt sgt adm gov sen rep rev st jr sr no vs etc inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.g i.e a.m p.m""".split()
)
# Capitalised little words that open a sentence and never follow an initial in a name ("J. The" is no name).
_OPENERS = frozenset(
    """The An In On At It He She They We This That These Those His Her Their Its But And Or So Yet If When
    While After Before As For From With By Then There Here What Who Why How""".split()
)
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")  # "g.s" of "G.S. Malik", "j.k" of "J.K. Rowling" (read lower-cased)
# What stands before a place's dotted letters: a capitalised word ("Washington D.C."), "the", "in", "to" …
_PLACE_BEFORE = re.compile(r"(?:\b(?:the|in|to|from|of|at|across|near)|(?<=[a-z,][^\S\n])[A-Z][a-z]+)[^\S\n]+\Z")
_NEXT_WORD = re.compile(r"[\"'”’)\]]*\s+[\"'“‘(\[]?([A-Z][a-z]*)\b")
MAX_SENTENCE = 1000  # characters; real sentences are well under 400
# A longer text is read a window at a time, so that an extractor stops soon after its bound
# (extract.limits.MAX_PER_KIND) instead of reading 5 MB first; an ordinary article is one window.
WINDOW = 200_000  # characters
# A boundary starts at the first mark of a run (a run of 100,000 dots is tried once, not at every dot). The
# pattern opens with the mark itself (the lookbehind then sees it and the one before): re scans for marks alone.
_BOUNDARY = re.compile(
    r"[.!?…](?<![.!?…][.!?…])[.!?…]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]{0,2}[A-Z0-9])"
)  # `''The`: two marks typed for one
_LINE = re.compile(r"[^\n]+")


def _ends_sentence(text: str, line_start: int, stop: int) -> bool:
    """Whether the punctuation at `stop` closes a sentence rather than an abbreviation or initial."""
    if text[stop] != ".":
        return True
    word_start = stop
    while word_start > line_start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:stop].lstrip("\"'“‘(").lower()
    if word in _ABBREVIATIONS:
        return False
    initials = _INITIALS.fullmatch(word) is not None
    place = _PLACE_BEFORE.search(text, line_start, word_start) if initials else None
    if place and place.group().strip() not in TITLES:  # not "said Commissioner G.S. Malik": a title, then initials
        return True  # "flew to Washington D.C. Police said", "the U.A.E. Investors …": a place's letters end one
    if (len(word) == 1 and word.isalpha()) or initials:
        # an initial ("J. Smith", "G.S. Malik"), unless a little word opens a sentence next
        following = _NEXT_WORD.match(text, stop + 1)
        # "announced on X. In response, he …"; not "A. A. Milne", whose next word is an initial too
        return following is not None and following[1] in _OPENERS and not text.startswith(".", following.end(1))
    return True


def sentence_spans(text: str) -> list[Span]:
    """Split `text` into sentence spans (start, end), leading and trailing spaces excluded."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=64)  # a story's articles (the largest hold a few dozen), split once each
def _sentence_spans(text: str) -> tuple[Span, ...]:
    """The spans, kept for a while: extraction asks first, shared passages next."""
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        start, line_start, line_end = line.start(), line.start(), line.end()
        for match in _BOUNDARY.finditer(text, line_start, line_end):
            stop = match.start()
            if text[stop] == "." and not _ends_sentence(text, line_start, stop):
                continue
            _add_pieces(spans, text, start, match.end())
            start = match.end()
        _add_pieces(spans, text, start, line_end)
    return tuple(spans)


def _add_pieces(spans: list[Span], text: str, start: int, end: int) -> None:
    """Add the span without its outer spaces (none when blank), cut at spaces into pieces of at most
    MAX_SENTENCE characters when it is longer."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut + 1 if cut >= 0 else start + MAX_SENTENCE
        _add_stripped(spans, text, start, cut)
        start = cut
    _add_stripped(spans, text, start, end)


def _add_stripped(spans: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        start += len(piece) - len(piece.lstrip())
        spans.append((start, start + len(stripped)))


class SentenceIndex:
    """Finds the sentence holding an offset in O(log n)."""

    def __init__(self, text: str) -> None:
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]
        self._length = len(text)

    def windows(self) -> list[Span]:
        """The text in pieces of about WINDOW characters, cut where sentences start (a fact does not
        cross sentences); an ordinary article is one piece."""
        cuts = [0]
        for start in self._starts:
            if start - cuts[-1] >= WINDOW:
                cuts.append(start)
        return list(zip(cuts, [*cuts[1:], self._length]))

    def sentence_at(self, offset: int) -> Span:
        """The sentence span containing `offset` (or the nearest one before it)."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return self.spans[0] if self.spans else (0, 0)
        return self.spans[i]
