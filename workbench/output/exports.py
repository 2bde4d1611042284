"""Exports of the analyst's claims: CSV (RFC 4180, formula-safe), JSON, JSON Lines, schema.org ClaimReview."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import secrets
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.display import clean, json_safe
from workbench.extract.aliases import aliases
from workbench.extract.lexicon import ORG_WORDS
from workbench.output.evidence import citation, describe, resolved
from workbench.output.export_options import FORMATS, STATUSES
from workbench.output.origins import one_origin, origins_of
from workbench.settings import Settings

if TYPE_CHECKING:  # the store is not imported with the exports: the commands' parser needs only their names
    from workbench.store import (
        ArticleRecord,
        CandidateRecord,
        ClusterRecord,
        EvidenceRecord,
        MentionRecord,
        Store,
    )

_RATED = ("confirmed", "rejected", "rated")
BOM = "\ufeff"
"""Opens a CSV export with `bom`: spreadsheets then read it as UTF-8 (curly quotes, accents) instead of a
legacy code page."""
CSV_COLUMNS = (
    "claim_id",
    "kind",
    "text",
    "value",
    "unit",
    "speaker",
    "sources",
    "articles",
    "mentions",
    "status",
    "analyst",
    "decided_at",
    "note",
    "independent_sources",
    "detail",
    "origins",
    "one_origin",
    "audit_head",
    "rating",
    "evidence",
    "stale",  # a mention a re-import left on an older version of its article, not yet re-decided
    "decisions",  # each analyst's own decision ("ann: confirmed; bob: rejected")
    "settled_by",  # the adjudicator who settled the claim's dispute, whose verdict its status is
)
_FORMULA_STARTS = ("\t", "\r")  # a cell opening with these runs as a formula as it stands
_FORMULA_SIGNS = "=+-@\uff1d\uff0b\uff0d\uff20"  # = + - @ and fullwidth ＝ ＋ － ＠ (spreadsheets fold them)
# What a spreadsheet skips before a formula sign: whitespace (NBSP and U+3000 included), zero-width
# characters, the word joiner and a BOM.
_SKIPPED_BEFORE_FORMULA = re.compile(r"^[\s\u200b-\u200d\u2060\ufeff]+")


@dataclass(frozen=True)
class ClaimExport:
    """One exported claim: its fields, its sources and each mention with full provenance. `to_json` is the
    object the JSON and JSON Lines exports write (fields in this order)."""

    claim_id: int
    kind: str
    text: str
    value: Any
    unit: str | None
    speaker: str | None
    sources: int
    articles: list[str]
    mentions: list[MentionRecord]
    status: str
    analyst: str | None
    decided_at: str | None
    note: str
    stale: bool
    independent_sources: int
    detail: str | None
    origins: list[str]  # the distinct sources its mentions are credited to ("according to X", a speaker)
    one_origin: str | None  # the source every mention is credited to: one origin, not several confirmations
    audit_head: str  # the audit log's head hash when exported: `workbench audit --verify --expect` checks it
    rating: str | None = None  # the verdict on the settings' scale (None: pending)
    evidence: list[dict[str, Any]] = field(default_factory=list)  # its ledger's items (output.evidence.resolved)
    decisions: dict[str, dict[str, Any]] = field(default_factory=dict)  # {analyst: {status, rating}}, each their own
    settled_by: str | None = None  # the adjudicator whose settlement the status is (None: not settled)

    def to_json(self) -> dict[str, Any]:
        # the fields in order, each mention as its own fields (as dataclasses.asdict, without its deep copies)
        return {**vars(self), "articles": list(self.articles), "mentions": [dict(vars(m)) for m in self.mentions]}


def records(
    store: Store, status: str = "confirmed", settings: Settings | None = None, story: str | None = None
) -> list[ClaimExport]:
    """One record per claim with the given status (see STATUSES), each mention with full provenance
    (its article's id, title, path, sha256, version, outlet, published date, url and author), and its rating
    on the settings' scale (settings.Scale.rating_of: a confirmed claim the top, a rejected one the bottom).

    `independent_sources` counts the origin families among the claim's articles (wire copy counts
    once); `detail` is the figure detail (exact, rounded, within-bounds, contradiction) of the
    suggested cluster holding most of its mentions, or None. `audit_head` is the head hash of the audit log
    in the state of the store read (one state for all of it). With a `story` id (store.stories()), only the
    claims with a mention in that story's articles; ValueError for a story the store does not hold."""
    if status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}")
    with store.reading():
        within = None if story is None else story_articles(store, story)
        head = store.head().hash
        mentions = store.mentions()
        current = {a.id: a for a in store.articles()}
        family = {a.id: a.family or a.id for a in current.values()}
        cluster_of = {m: c for c in store.clusters() for m in c.members}
        claims = store.claims(status if status in ("confirmed", "rejected", "disputed") else None)
        cited = {
            item.candidate: store.candidate(item.candidate)
            for claim in claims
            for item in claim.evidence
            if item.kind == "mention" and item.candidate
        }
    wanted = _RATED if status == "rated" else (*_RATED, "pending", "disputed") if status == "all" else (status,)
    scale = (settings or Settings()).scale
    result = []
    for claim in (c for c in claims if c.status in wanted):
        members = mentions.get(claim.id, [])
        if within is not None and within.isdisjoint(m.article for m in members):
            continue
        articles = list(dict.fromkeys(m.article for m in members))
        result.append(
            ClaimExport(
                claim_id=claim.id,
                kind=claim.kind,
                text=claim.label,
                value=claim.value,
                unit=next((m.unit for m in members if m.unit), None),
                speaker=next((m.speaker for m in members if m.speaker), None),
                sources=len(articles),
                articles=articles,
                mentions=members,
                status=claim.status,
                analyst=claim.analyst,
                decided_at=claim.decided_at,
                note=claim.note,
                stale=claim.stale,
                independent_sources=len({family.get(a, a) for a in articles}),
                detail=_detail([cluster_of.get(m.candidate) for m in members]),
                origins=origins_of(members),
                one_origin=one_origin(members),
                audit_head=head,
                rating=scale.rating_of(claim.status, claim.rating),
                evidence=[_resolved(item, cited.get(item.candidate or ""), current) for item in claim.evidence],
                decisions={name: {"status": d.status, "rating": d.rating} for name, d in claim.decisions.items()},
                settled_by=claim.settlement.adjudicator if claim.settlement else None,
            )
        )
    return result


def story_articles(store: Store, story: str) -> set[str]:
    """The articles of the store's story with that id; ValueError naming the stories there are when none has it."""
    stories = store.stories()
    found = next((s for s in stories if s.id == story), None)
    if found is None:
        raise ValueError(f"no story {story!r} in the store (its stories: {', '.join(s.id for s in stories)})")
    return set(found.articles)


def _resolved(
    item: EvidenceRecord, candidate: CandidateRecord | None, articles: dict[str, ArticleRecord]
) -> dict[str, Any]:
    """An evidence item with its mention's article and sentence (when the article's current version holds it)."""
    article = articles.get(candidate.article) if candidate is not None else None
    if candidate is None or article is None or candidate.version != article.version:
        return resolved(item, article)
    return resolved(item, article, article.text[candidate.sentence[0] : candidate.sentence[1]])


def _detail(clusters: list[ClusterRecord | None]) -> str | None:
    """The detail of the cluster most of a claim's mentions are in (None when none is)."""
    counts = Counter(c.id for c in clusters if c)
    if not counts:
        return None
    chosen = counts.most_common(1)[0][0]
    return next(c.detail for c in clusters if c and c.id == chosen)


def neutralise(cell: str) -> str:
    """Prefix an apostrophe to a cell a spreadsheet would run as a formula: one opening with a tab or a
    carriage return, or with a formula sign (= + - @, or its fullwidth form) after any whitespace,
    zero-width characters or BOM."""
    shown = _SKIPPED_BEFORE_FORMULA.sub("", cell, count=1)
    if cell.startswith(_FORMULA_STARTS) or shown.startswith(tuple(_FORMULA_SIGNS)):
        return "'" + cell
    return cell


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _csv_cell(value: Any) -> str:
    """A CSV cell: control characters shown as their pictures (display.clean: the file is as safe to print
    as to open), then neutralised as a formula."""
    return neutralise(clean(_cell(value)))


def to_csv(recs: list[ClaimExport], bom: bool = False) -> str:
    """RFC 4180 CSV (CRLF, quoted as needed) with a header row, one row per claim; opened by a BOM when `bom`.
    Cells show control characters as their pictures (display.clean; line breaks kept) and never run as formulas."""
    out = io.StringIO()
    if bom:
        out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for rec in recs:
        joined = {
            "evidence": " | ".join(describe(entry) for entry in rec.evidence),
            "articles": ";".join(rec.articles),
            "mentions": ";".join(f"{m.article}:{m.start}-{m.end}" for m in rec.mentions),
            "decisions": "; ".join(f"{name}: {d['rating'] or d['status']}" for name, d in rec.decisions.items()),
        }
        writer.writerow([_csv_cell(joined[c] if c in joined else getattr(rec, c)) for c in CSV_COLUMNS])
    return out.getvalue()


def dump_json(value: Any, indent: int | None = None) -> str:
    """JSON text keeping every string exactly (UTF-8, not \\u-escaped) but for the characters a terminal
    obeys: C0 controls escaped by JSON itself, DEL, C1 and direction controls by display.json_safe."""
    return json_safe(json.dumps(value, ensure_ascii=False, indent=indent))


def to_json(recs: list[ClaimExport]) -> str:
    """The records as one JSON array."""
    return dump_json([rec.to_json() for rec in recs], indent=2) + "\n"


def to_jsonl(recs: list[ClaimExport]) -> str:
    """The records as JSON Lines, one claim a line."""
    return "".join(dump_json(rec.to_json()) + "\n" for rec in recs)


def claim_review(rec: ClaimExport, settings: Settings) -> dict[str, Any]:
    """A rated claim as a schema.org ClaimReview (JSON-LD): its `url` the review base URL and the claim id,
    its author the publisher, the Claim reviewed with its author (the speaker, else the source every mention
    cites, else the outlet first reporting it), the articles it appears in (the earliest one its first
    appearance), the rating on the settings' scale, and the audit head the review was exported at."""
    assert rec.rating is not None, "only rated claims are reviewed"
    scale = settings.scale
    first: dict[str, MentionRecord] = {}
    for mention in rec.mentions:
        first.setdefault(mention.article, mention)
    appearances = [first[a] for a in rec.articles]
    earliest = min(appearances, key=lambda m: (m.published is None, m.published or ""))
    item: dict[str, Any] = {"@type": "Claim", "name": rec.text, "author": _claim_author(rec, earliest)}
    if earliest.published:
        item["datePublished"] = earliest.published
    item["firstAppearance"] = _appearance(earliest)
    item["appearance"] = [_appearance(m) for m in appearances]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": rec.rating}
    if (value := scale.value_of(rec.rating)) is not None:
        rating["ratingValue"] = value
    rating |= {"bestRating": len(scale.ordered), "worstRating": 1}
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": settings.review_url(rec.claim_id),
        "identifier": [
            {"@type": "PropertyValue", "propertyID": "claim", "value": str(rec.claim_id)},
            {"@type": "PropertyValue", "propertyID": "audit_head", "value": rec.audit_head},
        ],
        "claimReviewed": _as_stated(rec),
        "reviewRating": rating,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": settings.publisher_name, "url": settings.publisher_url},
        "datePublished": (rec.decided_at or "")[:10],
    }
    if rec.note:
        review["reviewBody"] = rec.note
    if rec.evidence:
        review["citation"] = [citation(entry) for entry in rec.evidence]
    review["audit_head"] = rec.audit_head
    return review


def speaker_type(name: str) -> str:
    """Organization for a speaker whose name says so ("US Central Command", an alias table's entry), else Person."""
    if any(word in ORG_WORDS for word in name.split()) or aliases().canonical(name) is not None:
        return "Organization"
    return "Person"


def _claim_author(rec: ClaimExport, earliest: MentionRecord) -> dict[str, str]:
    """Who made the claim: the quote's speaker, else the source its mentions are credited to (the one every
    mention cites, else the first), else the publication of the earliest article (its outlet, else its title),
    which states it on its own."""
    if rec.speaker:
        return {"@type": speaker_type(rec.speaker), "name": rec.speaker}
    origin = rec.one_origin or next(iter(rec.origins), None)
    return {"@type": "Organization", "name": origin or earliest.outlet or earliest.title or earliest.article}


def _as_stated(rec: ClaimExport) -> str:
    """The claim as its first source states it: the sentence holding the first mention (else the fact's words)."""
    sentences = [m.sentence for m in rec.mentions if m.sentence]
    return " ".join(sentences[0].split()) if sentences else rec.text


def _appearance(mention: MentionRecord) -> dict[str, Any]:
    """The article a claim appears in, as a schema.org CreativeWork: its URL, outlet, date and author when known."""
    work: dict[str, Any] = {"@type": "CreativeWork", "identifier": mention.article, "name": mention.title}
    if mention.url:
        work["url"] = mention.url
    if mention.outlet:
        work["publisher"] = {"@type": "Organization", "name": mention.outlet}
    if mention.published:
        work["datePublished"] = mention.published
    if mention.author:
        work["author"] = {"@type": "Person", "name": mention.author}
    return work


def to_claimreview(recs: list[ClaimExport], settings: Settings | None = None) -> str:
    """A JSON array of ClaimReview objects, one per rated claim none of whose mentions is stale (a review
    of a fact its article no longer states is not published) and whose rating is on the settings' scale (one
    given on a scale since changed is not)."""
    settings = settings or Settings()
    names = settings.scale.names
    reviews = [claim_review(rec, settings) for rec in recs if rec.rating in names and not rec.stale]
    return dump_json(reviews, indent=2) + "\n"


def export(
    store: Store,
    fmt: str = "csv",
    status: str = "confirmed",
    settings: Settings | None = None,
    bom: bool = False,
    story: str | None = None,
) -> str:
    """The store's claims with the given status (of one story: `story`, see records) as text in the given format
    (ratings and ClaimReview's publisher from `settings`, by default Settings()); a CSV opened by a BOM when `bom`."""
    recs = records(store, status, settings, story) if fmt in FORMATS else []
    if fmt == "csv":
        return to_csv(recs, bom)
    if fmt == "claimreview":
        return to_claimreview(recs, settings)
    if fmt in FORMATS:
        return (to_json if fmt == "json" else to_jsonl)(recs)
    raise ValueError(f"format must be one of {', '.join(FORMATS)}")


def output_path(path: str) -> Path:
    """The file an export given `path` goes to: `~` expanded, as every check and write here does."""
    return Path(path).expanduser()


def output_problem(path: str, store_path: str, overwrite: bool = True) -> str | None:
    """Why an export must not be written to `path`, or None: no path, a folder, a missing folder, the
    store at `store_path` itself (or its -wal, -shm or -journal file, which the export would corrupt),
    something other than a regular file (a FIFO would block, a device is no export), or, unless
    `overwrite`, an existing file."""
    if not path.strip():
        return "no file path given"
    target = output_path(path)
    if target.is_dir():
        return "it is a folder"
    if not target.parent.is_dir():
        return f"no folder {target.parent}"
    store = output_path(store_path).resolve()
    if target.resolve() in {store, *(store.with_name(store.name + end) for end in ("-wal", "-shm", "-journal"))}:
        return "it is the review store"
    if target.exists() and store.exists() and os.path.samefile(target, store):
        return "it is the review store"
    if target.exists() and not target.is_file():
        return f"not a regular file ({_file_kind(target.stat().st_mode)})"
    if target.exists() and not overwrite:
        return "the file exists (--force overwrites it)"
    return None


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a plain file"


def write_file(text: str, path: str) -> Path:
    """Write an export's text to `path` (`~` expanded; through a symbolic link, the file it names) as
    UTF-8, line ends as they are; the file written. Raises OSError.

    The text goes to a new file beside the target, which then replaces it (os.replace): a failure
    (a full disk) leaves the previous file as it was, and no reader sees half an export."""
    target = Path(os.path.realpath(output_path(path)))
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None  # a new file: as open() would make it (0o666 less the umask)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(descriptor, "w", encoding="utf-8", newline="") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return output_path(path)
