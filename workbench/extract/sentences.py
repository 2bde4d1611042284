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

from workbench.model import Span

# Lower-case or title-case abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt maj capt sgt adm gov sen rep rev st jr sr no vs etc inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.g i.e a.m p.m""".split()
)
MAX_SENTENCE = 1000  # characters; real sentences are well under 400
# A boundary starts at the first mark of a run (a run of 100,000 dots is tried once, not at every dot).
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
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
    return not (len(word) == 1 and word.isalpha())  # an initial: "J. Smith"


def sentence_spans(text: str) -> list[Span]:
    """Split `text` into sentence spans (start, end), leading and trailing spaces excluded."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=16)
def _sentence_spans(text: str) -> tuple[Span, ...]:
    """The spans, kept for a while: extraction asks first, shared passages next."""
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for match in _BOUNDARY.finditer(text, line.start(), line.end()):
            if not _ends_sentence(text, line.start(), match.start()):
                continue
            spans.extend(_pieces(text, start, match.end()))
            start = match.end()
        spans.extend(_pieces(text, start, line.end()))
    return tuple(_strip(text, s, e) for s, e in spans if text[s:e].strip())


def _pieces(text: str, start: int, end: int) -> list[Span]:
    """The span, cut at spaces into pieces of at most MAX_SENTENCE characters when it is longer."""
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut + 1 if cut >= 0 else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class SentenceIndex:
    """Finds the sentence holding an offset in O(log n)."""

    def __init__(self, text: str) -> None:
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]

    def sentence_at(self, offset: int) -> Span:
        """The sentence span containing `offset` (or the nearest one before it)."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return self.spans[0] if self.spans else (0, 0)
        return self.spans[i]
