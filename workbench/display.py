"""Untrusted text made safe to show in a terminal: the one place the report and the app both use.

Every control character (C0 but newline, DEL, C1; ESC starts terminal escape sequences) and every
bidirectional control (which can reorder what is shown) is replaced by a visible stand-in, one
character for one, so offsets into the text still hold. No Textual here.
"""

from __future__ import annotations

import re

QUOTE_MARKS = "\"'“”‘’„«»‹›"
"""The quotation marks that may open or close a quote, straight and typographic."""

_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_TABLE: dict[int, str | int] = {
    **{code: 0x2400 + code for code in range(0x20) if code != 0x0A},  # C0 controls -> ␀..␟ pictures
    0x09: " ",  # a tab is a space: one cell, like the character it replaces
    0x7F: "␡",
    **{code: "\ufffd" for code in range(0x80, 0xA0)},  # C1 controls
    **{ord(ch): "\ufffd" for ch in _BIDI_CONTROLS},  # direction controls could reorder the line
    0x2028: " ",  # line and paragraph separators: a space, as a newline is on one line
    0x2029: " ",
}
_STAND_INS = str.maketrans(_TABLE)


def clean(text: str) -> str:
    """`text` with every control, escape and direction-control character replaced by a visible one.

    Newlines are kept; the result has the same length, so offsets into `text` still hold.
    """
    return text.translate(_STAND_INS)


def one_line(text: str) -> str:
    """`clean(text)` for a single-line field: newlines become spaces too (the length is kept)."""
    return clean(text).replace("\n", " ")


_SPACE = re.compile(r"\s")


def excerpt(text: str, start: int, end: int, sentence: tuple[int, int], reach: int = 45) -> tuple[str, str, str]:
    """(before, mention, after): text[start:end] with up to `reach` characters of its sentence either
    side, cut at spaces, on one line; '…' marks where the sentence goes on."""
    s_start, s_end = sentence
    left, right = max(s_start, start - reach), min(s_end, end + reach)
    if left > s_start:  # begin at a word, not inside one (a break just before the window counts)
        space = _SPACE.search(text, left - 1, start)
        left = space.end() if space else left
    if right < s_end:  # end at a break (one just after the window counts)
        breaks = [m.start() for m in _SPACE.finditer(text, end, right + 1)]
        right = breaks[-1] if breaks else right
    before = ("…" if left > s_start else "") + one_line(text[left:start]).lstrip()
    after = one_line(text[end:right]).rstrip() + ("…" if right < s_end else "")
    return before, one_line(text[start:end]), after


_JSON_ESCAPES = {chr(code): f"\\u{code:04x}" for code in _TABLE if code >= 0x20}
_JSON_UNSAFE = re.compile("[" + "".join(re.escape(char) for char in _JSON_ESCAPES) + "]")


def json_safe(json_text: str) -> str:
    """JSON text (from json.dumps) with every character `clean` would replace written as a \\u escape.

    json.dumps escapes C0 controls but leaves DEL, C1 controls, direction controls and line separators
    raw; escaped, they reach no terminal and the decoded text is still exactly the original."""
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], json_text)  # one scan in C (translate: per char)
