"""A span of an article's text grown or shrunk a word or a line at a time: the selection that marks a missed
fact, and a fact's corrected span. No Textual here."""

from __future__ import annotations

import re

_WORD = re.compile(r"\S+")


def word_at(text: str, offset: int) -> tuple[int, int]:
    """The word holding `offset`, else the next one, else the last (0, 0 in a text without words)."""
    words = [m.span() for m in _WORD.finditer(text)]
    return next((w for w in words if w[1] > offset), words[-1] if words else (0, 0))


def by_word(text: str, start: int, end: int, step: int) -> tuple[int, int]:
    """The span with its end moved `step` words on (negative: back, keeping its first word)."""
    ends = [m.end() for m in _WORD.finditer(text) if m.end() > start]
    if step > 0:
        later = [e for e in ends if e > end]
        return start, later[min(step, len(later)) - 1] if later else end
    earlier = [e for e in ends if e < end]
    return start, earlier[max(step, -len(earlier))] if earlier else end


def start_by_word(text: str, start: int, end: int, step: int) -> tuple[int, int]:
    """The span with its start moved `step` words on (negative: back); moved past the end, it is that word."""
    words = [m.span() for m in _WORD.finditer(text)]
    here = next((i for i, (s, e) in enumerate(words) if e > start), len(words) - 1)
    to = min(max(here + step, 0), len(words) - 1) if words else -1
    if to < 0:
        return start, end
    new_start, word_end = words[to]
    return new_start, max(end, word_end) if new_start < end else word_end


def by_line(text: str, start: int, end: int, step: int) -> tuple[int, int]:
    """The span with its end moved to the end of the next line (negative: of the line before, past its start)."""
    if step > 0:
        stop = text.find("\n", end + 1)
        return start, len(text) if stop < 0 else stop
    stop = text.rfind("\n", start, end - 1)
    return start, stop if stop > start else end
