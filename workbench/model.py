"""The records the analysis core produces: articles, candidate facts and clusters.

Their `to_json` methods produce the stable `analyze` JSON contract; fields may be added, never removed.
CONTRACT is its version number, at the top of the JSON; it goes up when a field's meaning changes
(2: a quote's `value` is its wording as printed, its comparison form is `key`; 3: a plain-text article's
`outlet` may be taken from its text, `outlet_inferred` says so).
Offsets are Python string indices (code points) into the article's normalised text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal

CONTRACT = 3
KINDS: tuple[str, ...] = ("quantity", "money", "percent", "date", "quote", "entity")
Span = tuple[int, int]


@dataclass
class Page:
    """The original web page an article was extracted from, kept so that the extraction can be re-run."""

    body: bytes
    url: str | None = None  # where it was fetched from, after redirects; None for a saved file
    charset: str | None = None  # declared by the HTTP Content-Type header


@dataclass
class Article:
    """One loaded article: its normalised text, where the non-story lines are, and its provenance.

    `outlet`, `published` (ISO date), `url` and `author` come from the page's metadata or a text
    file's front matter; None when unknown. A text file without an outlet there may name it in its text
    (load.outlets): then `outlet_inferred` is true.
    """

    id: str
    path: str
    title: str
    sha256: str
    text: str
    boilerplate: list[Span] = field(default_factory=list)
    dateline: str | None = None  # ISO date (YYYY-MM-DD) the article is dated, when it says
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    family: str | None = None  # origin family: the first article id of those it shares passages with
    outlet_inferred: bool = False  # the outlet was taken from the text, not from metadata
    page: Page | None = field(default=None, repr=False)  # not in to_json

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "sha256": self.sha256,
            "length": len(self.text),
            "boilerplate": [list(span) for span in self.boilerplate],
            "dateline": self.dateline,
            "outlet": self.outlet,
            "published": self.published,
            "url": self.url,
            "author": self.author,
            "family": self.family,
            "outlet_inferred": self.outlet_inferred,
        }


@dataclass
class Candidate:
    """A candidate fact: a span of an article's text with its kind and normalised value."""

    article: str
    start: int
    end: int
    text: str
    kind: str
    value: Any
    sentence: Span
    unit: str | None = None
    speaker: str | None = None
    hedge: str | None = None  # figures: the words making it approximate ("more than", "hundreds of")
    bounds: list[float | None] | None = None  # figures: [low, high] the hedge admits, None for an open end
    variant: str | None = None  # quotes in a cluster: verbatim, minor, truncated, paraphrase or altered
    diff: list[tuple[str, str]] | None = None  # quotes in a cluster: worddiff.word_diff from the reference
    key: str | None = None  # quotes: the comparison form of the wording (quotenorm.normalise_quote)
    attributed_to: str | None = None  # who the text says the fact comes from (quotes: the speaker)

    @property
    def id(self) -> str:
        return f"{self.article}:{self.start}-{self.end}:{self.kind}"

    def __reduce__(self) -> tuple[type[Candidate], tuple[Any, ...]]:
        """Pickled as its fields' values, made again by __init__ (a pool's workers send every candidate back): loads in
        half the time of the instance's dict, and a quarter smaller."""
        return Candidate, _candidate_fields(self)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "speaker": self.speaker,
            "sentence": list(self.sentence),
            "hedge": self.hedge,
            "bounds": self.bounds,
            "variant": self.variant,
            "diff": [list(part) for part in self.diff] if self.diff is not None else None,
            "key": self.key,
            "attributed_to": self.attributed_to,
        }


_candidate_fields = attrgetter(*(f.name for f in fields(Candidate)))


@dataclass
class Cluster:
    """Candidates from several articles (or conflicting ones in one) stating the same fact."""

    id: str
    kind: str
    members: list[str]
    articles: list[str]
    status: Literal["agree", "conflict"]
    independent_sources: int | None = None  # distinct origin families among the members' articles
    detail: str | None = None  # figures: exact, rounded, within-bounds or contradiction
    speakers_differ: bool = False  # quotes: the outlets name different speakers
    origins: list[str] = field(default_factory=list)  # the distinct attributed_to of its members, sorted
    story: str | None = None  # the id of the story its members are of

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "members": list(self.members),
            "articles": list(self.articles),
            "status": self.status,
            "independent_sources": self.independent_sources,
            "detail": self.detail,
            "speakers_differ": self.speakers_differ,
            "origins": list(self.origins),
            "story": self.story,
        }


@dataclass
class SharedPassage:
    """A sentence or paragraph (quotations left out) that several articles carry near-verbatim."""

    spans: list[tuple[str, int, int]]  # (article id, start, end), one or more per article
    similarity: float  # the lowest word-level likeness (0-1) between two of its copies

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(article for article, _, _ in self.spans))

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "spans": [list(span) for span in self.spans],
            "similarity": self.similarity,
        }


@dataclass
class Extraction:
    """What extraction finds in one article on its own (extract.extract_article), before the corpus gives its
    names their canonical values and finds its quotes' speakers: kept so that an unchanged article is not
    extracted again. Its candidates carry the id of the article extracted; a reuse gives them another's."""

    dateline: str | None
    names: list[Candidate]  # outside boilerplate, their values not yet canonical
    figures: list[Candidate]  # figures and dates, outside boilerplate
    capped: list[str]  # the finds that reached extract.limits.MAX_PER_KIND: "names", "figures", "dates"


@dataclass(frozen=True)
class Story:
    """The articles of a folder that cover one event (align.stories): facts are aligned only within one."""

    id: str
    articles: list[str]  # in corpus order

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "articles": list(self.articles)}


@dataclass
class Analysis:
    """The result of `analyze`: what the app, the store, the exports and the tests share.

    Not in to_json: `extractions` (the extraction key of each article -> its Extraction, None when it was
    kept from before, for the store to keep), `inputs` (pipeline.inputs_of the paths analysed, None when
    unknown) and the `warnings` it gave."""

    articles: list[Article]
    candidates: list[Candidate]
    clusters: list[Cluster]
    shared_passages: list[SharedPassage] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    extractions: dict[str, Extraction | None] = field(default_factory=dict, repr=False)
    inputs: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {key: list(value) if isinstance(value, Iterator) else value for key, value in self.json_fields()}

    def json_fields(self) -> list[tuple[str, Any]]:
        """to_json's fields in order, each list an iterator making its records' JSON one at a time (for
        output.json_text to write them so)."""
        return [
            ("contract", CONTRACT),
            ("articles", (a.to_json() for a in self.articles)),
            ("candidates", (c.to_json() for c in self.candidates)),
            ("clusters", (c.to_json() for c in self.clusters)),
            ("shared_passages", (p.to_json() for p in self.shared_passages)),
            ("stories", (story.to_json() for story in self.stories)),
        ]
