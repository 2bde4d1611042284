"""Untrusted text as Textual Content shown literally: never markup, control characters made visible."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.widget import Widget

from workbench.display import clean, one_line

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
"""Characters that take no cell (zero-width space, non-joiner, joiner, word joiner, BOM): a word or a
number with one inside looks whole yet does not match what it looks like."""
ZERO_WIDTH_MARK = "◌"
_ZERO_WIDTH_SHOWN = str.maketrans(dict.fromkeys(map(ord, ZERO_WIDTH), ZERO_WIDTH_MARK))


def pane_text(text: str) -> str:
    """An article's text as its pane shows it: `clean(text)` with every zero-width character shown as
    ◌, one character for one, so offsets into the text still hold."""
    return clean(text).translate(_ZERO_WIDTH_SHOWN)


def literal(text: str, style: str = "", width: int | None = None) -> Content:
    """`one_line(text)` as Content shown exactly as written (never parsed as markup).

    With `width`, it is cut (ending in "…") or padded to exactly that many cells.
    """
    content = Content.styled(one_line(text), style) if style else Content(one_line(text))
    return content if width is None else content.truncate(width, ellipsis=True, pad=True)


def counted(number: int, noun: str) -> str:
    """ "1 mention", "2 mentions": the number and the noun, plural unless the number is 1."""
    return f"{number} {noun if number == 1 else noun + 's'}"


def as_markup(text: str) -> str:
    """Markup that Textual parses back to exactly `one_line(text)`, for APIs that only take markup.

    (`textual.markup.escape` leaves tags such as `[$accent]` live; escaping every "[" does not.)
    """
    return one_line(text).replace("[", "\\[")


def say(
    node: Widget | App[Any],
    message: str,
    *,
    title: str = "",
    severity: SeverityLevel = "information",
    timeout: float | None = None,
) -> None:
    """Notify in literal text (never markup, control characters made visible): the app's messages carry
    search queries, file paths and store errors. `timeout`: seconds shown (None: Textual's default)."""
    node.notify(clean(message), title=clean(title), severity=severity, markup=False, timeout=timeout)
