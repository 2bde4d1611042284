"""Front matter: an optional block opening a text file with the article's metadata.

    ---
    title: Ferry fire forces 212 passengers ashore
    outlet: The Lakeport Courier
    author: Mara Lind
    published: 2024-03-15
    url: https://courier.example/news/2024/03/ferry-fire
    ---

The block is not part of the article text: the text (and so every candidate offset) starts after it.
Keys are case-insensitive, `date` stands for `published`, values may be quoted. A block with a line
that is not `key: value` is not front matter and stays in the text.
"""

from __future__ import annotations

import datetime as dt
import re

FIELDS = ("title", "outlet", "author", "published", "url")
_ALIASES = {"date": "published"}
_FENCE = "---"
_MAX_LINES = 30
_LINE = re.compile(r"([A-Za-z][\w-]*)[^\S\n]*:[^\S\n]*(.*)")
_ISO_START = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ]|\Z)")


def iso_date(text: str) -> str | None:
    """The date of an ISO date or date-time ("2024-03-15", "2024-03-15T08:30:00+01:00"), else None."""
    if not _ISO_START.match(text):
        return None
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def split_front_matter(text: str) -> tuple[dict[str, str], str, list[str]]:
    """(metadata, the text after the block, problems); ({}, text, []) when the text opens with no block.

    Problems are one-line notes on values ignored (an unknown key, a published value that is not a date).
    """
    lines = text.split("\n")
    if lines[0].rstrip() != _FENCE:
        return {}, text, []
    end = next((i for i in range(1, min(len(lines), _MAX_LINES + 2)) if lines[i].rstrip() == _FENCE), None)
    if end is None:
        return {}, text, []
    meta: dict[str, str] = {}
    problems: list[str] = []
    for line in lines[1:end]:
        if not line.strip():
            continue
        match = _LINE.fullmatch(line.strip())
        if not match:
            return {}, text, []
        key = _ALIASES.get(match[1].lower(), match[1].lower())
        value = _unquote(match[2].strip())
        if key not in FIELDS:
            problems.append(f"front matter: unknown key {match[1]!r} ignored")
            continue
        if key == "published" and value:
            date = iso_date(value)
            if date is None:
                problems.append(f"front matter: {match[1]} {value!r} is not an ISO date (YYYY-MM-DD); ignored")
                continue
            value = date
        if value:
            meta[key] = value
    return meta, "\n".join(lines[end + 1 :]).lstrip("\n"), problems


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value
