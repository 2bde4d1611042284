"""Untrusted article text made safe to show on one line: literal, never markup, no control characters."""

from __future__ import annotations

import re

from textual.content import Content

# C0 controls, DEL, C1 controls, and the bidirectional overrides that can reorder what is shown.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_WHITESPACE = re.compile(r"[ \t\n\r\f\v\u2028\u2029\x85]+")


def _picture(match: re.Match[str]) -> str:
    """A visible stand-in for a control character: its Unicode control picture, or U+FFFD."""
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def one_line(text: str) -> str:
    """Whitespace runs collapsed to one space, control characters replaced by visible symbols."""
    return _CONTROL.sub(_picture, _WHITESPACE.sub(" ", text).strip())


def literal(text: str, style: str = "", width: int | None = None) -> Content:
    """`one_line(text)` as Content shown exactly as written (never parsed as markup).

    With `width`, it is cut (ending in "…") or padded to exactly that many cells.
    """
    content = Content.styled(one_line(text), style) if style else Content(one_line(text))
    return content if width is None else content.truncate(width, ellipsis=True, pad=True)


def as_markup(text: str) -> str:
    """Markup that Textual parses back to exactly `one_line(text)`, for APIs that only take markup.

    (`textual.markup.escape` leaves tags such as `[$accent]` live; escaping every "[" does not.)
    """
    return one_line(text).replace("[", "\\[")
