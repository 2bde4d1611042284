"""The lines of a text that hold a sign: a cheap first pass before a costly pattern is run on them."""

from __future__ import annotations

import re

from workbench.model import Span

# A page's date label opening its first line: "date 2023-10-29 Paris : …", "Published: 2024-03-15 …".
PAGE_DATE_LABEL = re.compile(r"\s*(?i:date|published|posted|updated)\s*:?\s+\d{4}-\d{2}-\d{2}\b")


LABEL_REACH = 48  # characters a page's date label takes at most, its spaces around it included


def after_page_date_label(text: str, pos: int) -> bool:
    """Whether all that stands before `pos` on its line is a page's date label: `pos` opens the page's first sentence
    ("date 2023-06-03 Rescue operations continued …"). Reads LABEL_REACH characters back at most (a line may be long)."""
    before = text[max(0, pos - 3) : pos].rstrip()
    if not before or not before[-1].isdigit():
        return False  # a label ends with its date's digits (the cheap look first: most words follow no digit)
    lo = max(0, pos - LABEL_REACH)
    line_start = text.rfind("\n", lo, pos) + 1
    if line_start == 0 and lo > 0:
        return False  # the line starts further back than any label reaches
    before = text[line_start:pos]
    return bool(before.strip()) and PAGE_DATE_LABEL.fullmatch(before.rstrip()) is not None


def sign_lines(text: str, sign: re.Pattern[str], lo: int = 0, hi: int | None = None) -> list[Span]:
    """The lines of text[lo:hi] where `sign` (which matches no line break) matches, each once and in order,
    their line break included (cut at lo and hi). A line's first sign is all that is searched for in it."""
    hi = len(text) if hi is None else hi
    lines: list[Span] = []
    at = lo
    while (m := sign.search(text, at, hi)) is not None:
        end = text.find("\n", m.end(), hi)
        lines.append((max(lo, text.rfind("\n", 0, m.start()) + 1), hi if end < 0 else end + 1))
        if end < 0:
            break
        at = end + 1
    return lines


Gate = tuple["str | re.Pattern[str]", ...]
"""What every match of a costly pattern holds, lower-cased: one of its words or a match of one of its patterns."""
_FOLDED_APART = ("ı", "İ", "ſ")  # letters (?i) matches to i or s that lower() turns into none of them


def folded(text: str, lo: int, hi: int) -> str | None:
    """text[lo:hi] lower-cased, for gates' words; None when it holds a letter that lower() would hide from them."""
    window = text[lo:hi]
    return None if any(letter in window for letter in _FOLDED_APART) else window.lower()


def opens(gate: Gate, text: str, low: str | None, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] may hold a match of a pattern `gate` guards: one of its words is in `low` (the
    window `folded`; None opens every gate), or one of its patterns (in lower case: they stand for any case)
    matches in `low` (in the window when None)."""
    return any(
        (low is None or item in low)
        if isinstance(item, str)
        else (item.search(text, lo, hi) if low is None else item.search(low)) is not None
        for item in gate
    )
