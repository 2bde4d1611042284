"""A report as plain blocks: what it says is built once (output.review_report) and written as HTML
(output.html_report) or Markdown (output.markdown_report). Every text here is the text to show, unescaped:
each writer escapes it for its format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

REPORT_FORMATS = ("html", "md")  # what `workbench report` writes

STYLES = ("strong", "em", "code", "mark", "ins", "del")
"""A span's emphasis: bold, italic, code (hashes, commands), a mention in its sentence, words a quote adds or drops."""
TONES = ("agree", "conflict", "odd", "absent", "pending", "confirmed", "rejected", "rated", "dismissed", "disputed")
"""A table cell's tone: its colour in HTML, beside the symbol its text carries (readable without colour)."""


@dataclass(frozen=True)
class Span:
    """A run of text with one emphasis (None: plain) and, for a link, its address (http(s) only is linked)."""

    text: str
    style: str | None = None
    href: str | None = None


Inline = list[Span]


@dataclass(frozen=True)
class Cell:
    content: Inline
    tone: str | None = None


@dataclass(frozen=True)
class Table:
    head: list[str]
    rows: list[list[Cell]]
    wide: tuple[int, ...] = ()  # the columns that take the spare width (a fact, a sentence)
    whole: tuple[int, ...] = ()  # the columns kept on one line (a time)


@dataclass(frozen=True)
class Paragraph:
    content: Inline


@dataclass(frozen=True)
class Items:
    """A bulleted list."""

    items: list[Inline]


@dataclass(frozen=True)
class Heading:
    """A heading inside a section (one level below the section's title)."""

    content: Inline


Block = Table | Paragraph | Items | Heading


@dataclass(frozen=True)
class Section:
    title: str
    anchor: str  # the fragment id the contents link to: lower-case letters and hyphens
    blocks: list[Block] = field(default_factory=list)


@dataclass(frozen=True)
class Document:
    title: str
    intro: list[Block]
    sections: list[Section]


def cell(text: str, tone: str | None = None, style: str | None = None) -> Cell:
    """A table cell of one span."""
    return Cell([Span(text, style)], tone)


_FRAGMENT = re.compile(r"#[a-z0-9-]+")


def link_target(href: str | None) -> str | None:
    """Where a link may point: an http(s) address (`http_address`) or a fragment of the report itself."""
    if href is not None and _FRAGMENT.fullmatch(href):
        return href
    return http_address(href)


def http_address(url: str | None) -> str | None:
    """`url` when it is an http(s) address fit for an href (no spaces, controls or other unprintable
    characters), else None: a `javascript:` or `data:` address is never a link."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    return url if all(ch.isprintable() and not ch.isspace() for ch in url) else None
