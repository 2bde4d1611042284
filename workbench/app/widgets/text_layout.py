"""Untrusted article text made safe to display, and wrapped into lines by terminal cells.

Both keep string offsets intact: a candidate's (start, end) indexes the displayed text as it does
the stored one, so highlighting never needs an offset map.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import cell_len, get_character_cell_size

Line = tuple[int, int]

_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DISPLAY = str.maketrans(
    {
        **{code: 0x2400 + code for code in range(0x20) if code != 0x0A},  # C0 controls -> ␀..␟ pictures
        0x09: " ",  # a tab is a space: one cell, like the character it replaces
        0x7F: "␡",
        **{code: "\ufffd" for code in range(0x80, 0xA0)},  # C1 controls
        **{ord(ch): "\ufffd" for ch in _BIDI_CONTROLS},  # direction overrides could reorder the line
    }
)
_WORD = re.compile(r"\S+")


def display_text(text: str) -> str:
    """`text` with every control, escape and direction-override character replaced by a visible one.

    Newlines are kept; the result has the same length, so offsets into `text` still hold.
    """
    return text.translate(_DISPLAY)


def one_line(text: str) -> str:
    """`display_text` for a single-line field: newlines become spaces too."""
    return display_text(text).replace("\n", " ")


def wrap_lines(text: str, width: int) -> list[Line]:
    """Word-wrap `text` to `width` cells: the (start, end) offsets of each display line.

    Paragraphs break at newlines; spaces at a wrap point belong to no line; a word wider than
    `width` is cut by cells.
    """
    width = max(1, width)
    lines: list[Line] = []
    start = 0
    for paragraph in text.split("\n"):
        end = start + len(paragraph)
        _wrap_paragraph(text, start, end, width, lines)
        start = end + 1
    return lines


def _wrap_paragraph(text: str, start: int, end: int, width: int, lines: list[Line]) -> None:
    line_start = line_end = None
    used = 0
    for word in _WORD.finditer(text, start, end):
        w_start, w_end = word.span()
        cells = cell_len(word.group())
        if line_start is not None:
            gap = cell_len(text[line_end:w_start])
            if used + gap + cells <= width:
                used += gap + cells
                line_end = w_end
                continue
        if line_start is not None:
            lines.append((line_start, line_end))
        while cells > width:  # a word longer than the line: cut it
            cut = _cut(text, w_start, width)
            lines.append((w_start, cut))
            cells -= cell_len(text[w_start:cut])
            w_start = cut
        line_start, line_end, used = w_start, w_end, cells
    lines.append((start, start) if line_start is None else (line_start, line_end))


def _cut(text: str, start: int, width: int) -> int:
    """The offset after the most characters from `start` that fit `width` cells (at least one)."""
    used = 0
    offset = start
    while offset < len(text):
        size = get_character_cell_size(text[offset])
        if used + size > width and offset > start:
            break
        used += size
        offset += 1
    return offset


def line_of(lines: list[Line], starts: list[int], offset: int) -> int:
    """The index of the display line holding `offset` (`starts` are the lines' start offsets)."""
    return max(0, bisect_right(starts, offset) - 1) if lines else 0


def offset_at_cell(text: str, line: Line, cell: int) -> int | None:
    """The text offset shown at `cell` columns into `line`, or None past its end."""
    used = 0
    for offset in range(line[0], line[1]):
        used += get_character_cell_size(text[offset])
        if used > cell:
            return offset
    return None
