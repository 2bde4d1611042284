"""Evidence for a verdict from outside the articles: an address fetched with the limits pages are read with, and
each item of a ledger told in one line and as a schema.org citation."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from workbench.display import one_line
from workbench.load.fetch import fetch
from workbench.load.files import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from workbench.load.pages import extract_page
from workbench.model import Page

if TYPE_CHECKING:  # the exports import this module, and the commands' parser needs the store only when it runs
    from workbench.store.records import ArticleRecord, EvidenceRecord


def fetch_source(
    address: str, excerpt: str = "", *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[EvidenceRecord, Page]:
    """The address as an evidence item (sha256 of the page's bytes, when it was fetched, its title) and the page
    to keep. Raises load.fetch.FetchError, as for an article's address (time and size limits, redirects)."""
    from workbench.store.records import EvidenceRecord

    page = fetch(address, timeout=timeout, max_bytes=max_bytes)
    fetched_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    title = extract_page(page).title or address
    item = EvidenceRecord(
        "address",
        address=address,
        sha256=hashlib.sha256(page.body).hexdigest(),
        fetched_at=fetched_at,
        title=title,
        excerpt=excerpt,
    )
    return item, page


def resolved(item: EvidenceRecord, article: ArticleRecord | None = None, sentence: str | None = None) -> dict[str, Any]:
    """The item as the exports carry it: its fields, and for a mention its article (id, title, url, outlet,
    published date) and sentence, so that it is cited without the store."""
    entry = item.to_json()
    if item.kind == "mention" and article is not None:
        entry |= {"article": article.id, "title": article.title}
        entry |= {
            k: v for k, v in (("url", article.url), ("outlet", article.outlet), ("published", article.published)) if v
        }
        if sentence:
            entry["sentence"] = " ".join(sentence.split())
    return entry


def describe(entry: dict[str, Any]) -> str:
    """An item (as `resolved` gives it) on one line: "mention in ARTICLE: its sentence", "TITLE <address> sha256
    1a2b3c4d5e6f", "source: DESCRIPTION, DATE"; then the analyst's excerpt in quotes."""
    if entry["kind"] == "mention":
        line = f"mention in {entry.get('outlet') or entry.get('article') or entry.get('candidate')}"
    elif entry["kind"] == "address":
        line = f"{entry.get('title') or entry['address']} <{entry['address']}> sha256 {entry['sha256'][:12]}"
    else:
        line = f"source: {entry.get('description')}" + (f", {entry['date']}" if entry.get("date") else "")
    return one_line(line + (f" “{entry['excerpt']}”" if entry.get("excerpt") else ""))


def citation(entry: dict[str, Any]) -> dict[str, Any]:
    """An item (as `resolved` gives it) as the schema.org CreativeWork a ClaimReview cites: a mention's article
    (its sentence as the text, unless the analyst quoted an excerpt), an address (its title, the sha256 of the page
    as fetched), a described source (with its date)."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if entry["kind"] == "mention":
        work |= {
            "name": entry.get("title") or entry["candidate"],
            "identifier": entry.get("article", entry["candidate"]),
        }
        work |= {key: entry[key] for key in ("url",) if entry.get(key)}
        if entry.get("outlet"):
            work["publisher"] = {"@type": "Organization", "name": entry["outlet"]}
        if entry.get("published"):
            work["datePublished"] = entry["published"]
        text = entry.get("excerpt") or entry.get("sentence")
    elif entry["kind"] == "address":
        work |= {"name": entry.get("title") or entry["address"], "url": entry["address"]}
        work["identifier"] = {"@type": "PropertyValue", "propertyID": "sha256", "value": entry["sha256"]}
        text = entry.get("excerpt")
    else:
        work["name"] = entry.get("description", "")
        if entry.get("date"):
            work["datePublished"] = entry["date"]
        text = entry.get("excerpt")
    if text:
        work["text"] = text
    return work
