"""Article text wrapped into lines by terminal cells, by string offsets.

Made displayable with `workbench.display.clean` first (which keeps offsets), a candidate's
(start, end) indexes the displayed text as it does the stored one, so highlighting never needs an
offset map.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import cell_len, get_character_cell_size

Line = tuple[int, int]

_WORD = re.compile(r"\S+")


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
    line_start: int | None = None
    line_end = used = 0
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
