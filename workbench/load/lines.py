"""The lines of a text that hold a sign: a cheap first pass before a costly pattern is run on them."""

from __future__ import annotations

import re

from workbench.model import Span


def sign_lines(text: str, sign: re.Pattern[str], lo: int = 0, hi: int | None = None) -> list[Span]:
    """The lines of text[lo:hi] where `sign` matches, each once and in order, their line break included
    (cut at lo and hi)."""
    hi = len(text) if hi is None else hi
    lines: list[Span] = []
    for m in sign.finditer(text, lo, hi):
        if lines and m.start() < lines[-1][1]:
            continue
        start = max(lo, text.rfind("\n", 0, m.start()) + 1)
        end = text.find("\n", m.end(), hi)
        lines.append((start, hi if end < 0 else end + 1))
    return lines
