"""Web pages as articles: the main text and the metadata, extracted with trafilatura.

The text keeps the page's paragraphs (one per line, a blank line between) and opens with the headline;
navigation, banners, comment forms and link lists are left out. trafilatura is imported on first use,
so that analysing text files does not pay for it. Extraction favours recall: a stray line of page
furniture is less harm to a fact-checker than a lost paragraph, and the boilerplate pass marks the
lines that several pages share.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from workbench.load.frontmatter import iso_date
from workbench.model import Page

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# Labels browsers read as windows-1252 (the WHATWG Encoding Standard).
_AS_CP1252 = {"ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "cp819"}
_NOT_HONOURED = {"utf-7", "utf-32", "utf-32-le", "utf-32-be"}  # labels no browser decodes with
_DATE_SEARCH = {"extensive_search": False, "original_date": True}  # metadata only, never a date in the text


@dataclass(frozen=True)
class Extracted:
    """What a page gives: its main text ("" when none was found) and its metadata (None when unknown)."""

    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date
    url: str | None = None


def charset_of(page: Page) -> str:
    """The page's encoding: a byte-order mark, else the HTTP header, else a <meta> tag, else UTF-8
    when the bytes are valid UTF-8, else windows-1252."""
    body = page.body
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    found = _META_CHARSET.search(body[:4096])
    for label, in_meta in ((page.charset, False), (found and found[1].decode("ascii"), True)):
        if label and (known := _known(label, in_meta)):
            return known
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def _known(label: str, in_meta: bool = False) -> str | None:
    """The codec a charset label names, as browsers read it (the WHATWG Encoding Standard): None for a
    label they do not honour (UTF-7, UTF-32, codecs that are not text encodings); a <meta> tag that
    says UTF-16 is UTF-8, since a page whose bytes can hold that tag is not UTF-16."""
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_HONOURED:
        return None
    if in_meta and info.name.startswith("utf-16"):
        return "utf-8"
    return info.name


def decode_page(page: Page) -> str:
    """The page's markup as text (undecodable bytes replaced)."""
    return page.body.decode(charset_of(page), errors="replace")


def extract_page(page: Page) -> Extracted:
    """The main text and metadata of the page; the text is "" when the page has no article text."""
    import trafilatura  # slow to import: only when a page is read

    doc = trafilatura.bare_extraction(
        decode_page(page),
        url=page.url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        date_extraction_params=_DATE_SEARCH,
    )
    if doc is None or isinstance(doc, dict):  # as_dict=False (the default) gives a Document
        return Extracted(text="")
    title = _clean(doc.title)
    lines = [line.strip() for line in (doc.text or "").split("\n") if line.strip()]
    if not lines:
        return Extracted(text="")
    if title and lines[0] != title:
        lines.insert(0, title)
    return Extracted(
        text="\n\n".join(lines) + "\n",
        title=title or lines[0],
        outlet=_clean(doc.sitename),
        author=_clean(doc.author),
        published=iso_date(doc.date or ""),
        url=_clean(doc.url) or page.url,
    )


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None
