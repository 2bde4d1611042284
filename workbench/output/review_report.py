"""The editor's report of a reviewed store (`workbench report`): the outlet × fact matrix, each conflict with
every outlet's sentence, quote drift, shared copy, the timeline, the decisions, the methodology and the audit
head, as one output.document.Document, written as HTML (output.html_report) or Markdown
(output.markdown_report).

The matrix and its conflicts are the summary's rows (output.summary), as the app's summary shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.align.drift import AGREEING
from workbench.display import excerpt
from workbench.output.document import (
    REPORT_FORMATS,
    Block,
    Cell,
    Document,
    Heading,
    Inline,
    Items,
    Paragraph,
    Section,
    Span,
    Table,
)
from workbench.output.document import cell as one_cell
from workbench.output.evidence import describe, resolved
from workbench.output.exports import story_articles
from workbench.output.html_report import to_html
from workbench.output.markdown_report import to_markdown
from workbench.output.origins import one_origin, origins_of
from workbench.output.summary import format_value, show_value, summary_rows
from workbench.output.timeline import Timeline, build_timeline, placed, show_date
from workbench.settings import Scale, Settings
from workbench.store import ArticleRecord, CandidateRecord, ClaimRecord, ClusterRecord, Head, PassageRecord, Store

QUOTE_REACH = 160  # characters of a quote shown in the matrix (Conflicts and Quote drift give it whole)
LABEL_CHARS = 28  # of an outlet or title labelling a source (the Sources table gives the title whole)
SENTENCE_REACH = 240  # characters of a mention's sentence shown either side of it
GROUP_MARKS = {"conflict": "≠", "agree": "="}
REVIEW_MARKS = {
    "pending": "•",
    "confirmed": "✓",
    "rejected": "✗",
    "rated": "◆",
    "dismissed": "⊘",
    "disputed": "?",
    "mixed": "±",
}
_DIFF_STYLES = {"equal": None, "insert": "ins", "delete": "del"}
_SINGLE_KINDS = ("quantity", "money", "percent", "date", "quote")  # names single-source are many and say little


@dataclass(frozen=True)
class ReviewedStore:
    """What the report is made from, read in one state of the store."""

    name: str  # the store file's name, for the command that verifies it
    articles: list[ArticleRecord]
    candidates: list[CandidateRecord]  # the current versions' candidates, in reading order
    clusters: list[ClusterRecord]
    passages: list[PassageRecord]
    claims: list[ClaimRecord]
    head: Head

    @classmethod
    def read(cls, store: Store, story: str | None = None) -> ReviewedStore:
        """The store in one state; of one story's articles and what they state when `story` names one
        (ValueError for a story the store does not hold)."""
        with store.reading():
            within = None if story is None else story_articles(store, story)
            articles = [a for a in store.articles() if within is None or a.id in within]
            candidates = [c for c in store.candidates() if not c.stale and (within is None or c.article in within)]
            shown = {c.id for c in candidates}
            return cls(
                name=Path(store.path).name,
                articles=articles,
                candidates=candidates,
                clusters=[k for k in store.clusters() if within is None or set(k.members) <= shown],
                passages=[p for p in store.shared_passages() if within is None or set(p.articles) <= within],
                claims=[k for k in store.claims() if within is None or shown.intersection(k.members)],
                head=store.head(),
            )


class _Report:
    """The report's sections over one ReviewedStore."""

    def __init__(self, data: ReviewedStore, scale: Scale) -> None:
        self.data = data
        self.scale = scale
        self.labels = {a.id: f"{n} {_short(a.outlet or a.title or a.id)}" for n, a in enumerate(data.articles, 1)}
        self.texts = {a.id: a.text for a in data.articles}
        self.by_id = {c.id: c for c in data.candidates}
        self.clusters = {c.id: c for c in data.clusters}
        self.rows = summary_rows(data.articles, data.candidates, data.clusters)
        self.several = [row for row in self.rows if row["group"] != "single"]

    def label(self, article: str) -> str:
        return self.labels.get(article, article)

    def sentence(self, candidate: CandidateRecord) -> Inline:
        """The mention marked inside its sentence."""
        start, end = candidate.sentence
        before, mention, after = excerpt(
            self.texts[candidate.article], candidate.start, candidate.end, (start, end), SENTENCE_REACH
        )
        return [Span(before), Span(mention, "mark"), Span(after)]

    def fact(self, row: dict[str, Any], reach: int | None = None) -> Inline:
        """A row's fact: a figure or date in its context, a quote as its first source words it (cut at a word
        past `reach` characters, when given)."""
        if row["context"] is None:
            return [Span(_cut(format_value(self.by_id[row["first"]]), reach))]
        before, mention, after = row["context"]
        return [Span(before), Span(mention, "mark"), Span(after)]

    # -- sections ------------------------------------------------------------------------------------

    def document(self) -> Document:
        sections = [
            self.sources(),
            self.matrix(),
            self.conflicts(),
            self.drift(),
            self.shared_copy(),
            self.timeline(),
            self.decisions(),
            self.methodology(),
            self.audit(),
        ]
        return Document(f"Fact comparison: {_counted(len(self.data.articles), 'article')}", self.intro(), sections)

    def intro(self) -> list[Block]:
        conflicts = sum(1 for row in self.several if row["group"] == "conflict")
        decided = [c for c in self.data.claims if c.status in ("confirmed", "rejected")]
        confirmed = sum(1 for c in decided if c.status == "confirmed")
        head = self.data.head
        return [
            Paragraph(
                [
                    Span(f"{_counted(len(self.several), 'fact')} in several sources, "),
                    Span(f"{conflicts} in conflict", "strong"),
                    Span(f"; analysts' claims: {confirmed} confirmed, {len(decided) - confirmed} rejected. "),
                    Span(f"Made from the review store {self.data.name} at audit head "),
                    Span(head.hash[:16], "code"),
                    Span(f" ({_counted(head.count, 'event')}; see "),
                    Span("Audit", href="#audit"),
                    Span(")."),
                ]
            )
        ]

    def sources(self) -> Section:
        family = {a.id: a.family or a.id for a in self.data.articles}
        rows = []
        for article in self.data.articles:
            copies = [self.label(a) for a, f in family.items() if f == family[article.id] and a != article.id]
            dated = article.published or (f"{article.dateline} (dateline)" if article.dateline else "—")
            url = article.url or (article.path if article.path.lower().startswith(("http://", "https://")) else "")
            rows.append(
                [
                    one_cell(self.label(article.id), style="strong"),
                    Cell(
                        [
                            Span(article.title),
                            Span(f" · {article.outlet}" if article.outlet else ""),
                            Span(f"  {article.id}", "code"),
                        ]
                    ),
                    one_cell(dated),
                    one_cell(article.author or "—"),
                    Cell([Span(url, href=url)]) if url else one_cell("—"),
                    one_cell(", ".join(copies) or "—"),
                ]
            )
        table = Table(
            ["source", "title, outlet and id", "published", "author", "address", "shares copy with"], rows, (1, 4)
        )
        return Section("Sources", "sources", [table])

    def matrix(self) -> Section:
        intro = Paragraph(
            [
                Span("Each row is one fact, each column one source. "),
                Span("≠", "strong"),
                Span(" conflict, "),
                Span("=", "strong"),
                Span(" the sources agree; in a conflict a cell marked ≠ gives another value than most sources, "),
                Span("— the source does not report the fact. ind.: independent sources (copy counts once). "),
                Span("Review: ✓ confirmed, ✗ rejected, • pending, ± mixed."),
            ]
        )
        ids = [a.id for a in self.data.articles]
        head = ["", "kind", "fact", "ind.", "review", *(self.label(a) for a in ids)]
        rows = [
            [
                one_cell(GROUP_MARKS[row["group"]], row["group"], "strong"),
                one_cell(row["kind"]),
                Cell(self.fact(row, QUOTE_REACH)),
                one_cell(str(row["independent"])),
                one_cell(f"{REVIEW_MARKS[row['review']]} {row['review']}", row["review"]),
                *(self._matrix_cell(row, a) for a in ids),
            ]
            for row in self.several
        ]
        blocks: list[Block] = [intro]
        blocks.append(Table(head, rows, (2,)) if rows else Paragraph([Span("No fact is in more than one source.")]))
        single = [row for row in self.rows if row["group"] == "single" and row["kind"] in _SINGLE_KINDS]
        if single:
            blocks.append(Heading([Span("Facts in one source only")]))
            blocks.append(
                Table(
                    ["source", "kind", "fact"],
                    [
                        [one_cell(self.label(next(iter(row["cells"])))), one_cell(row["kind"]), Cell(self.fact(row))]
                        for row in single
                    ],
                    (2,),
                )
            )
        return Section("Outlet × fact matrix", "matrix", blocks)

    def _matrix_cell(self, row: dict[str, Any], article: str) -> Cell:
        if article not in row["cells"]:
            return one_cell("—", "absent")
        odd = self.odd(row, article)
        shown = row["cells"][article]
        if row["kind"] == "date":  # a day as people read it, on one line
            values = (self.by_id[cid].value for cid in row["members"][article])
            shown = " / ".join(dict.fromkeys(show_date(v) if placed(v) else str(v) for v in values))
        elif (
            row["kind"] == "quote"
        ):  # the words are in the fact column and under Quote drift: say how this one words it
            variants = {self.by_id[cid].variant or "quoted" for cid in row["members"][article]}
            shown = " / ".join(sorted(variants))
        return one_cell(f"{'≠' if odd else '='}\u00a0{shown}", "odd" if odd else "agree")  # the mark stays by its value

    def odd(self, row: dict[str, Any], article: str) -> bool:
        """Whether the article's mention is off in a conflict: an altered or paraphrased quote (its drift from
        the most common wording), a value other than most sources give (the summary's `odd`)."""
        variants = [self.by_id[cid].variant for cid in row["members"][article]]
        if row["kind"] != "quote" or row["group"] != "conflict" or None in variants:
            return article in row["odd"]
        return any(variant not in AGREEING for variant in variants)

    def conflicts(self) -> Section:
        blocks: list[Block] = []
        for row in self.several:
            if row["group"] != "conflict":
                continue
            cluster = self.clusters[row["id"]]
            members = [self.by_id[cid] for cids in row["members"].values() for cid in cids]
            blocks.append(Heading([Span(f"≠ {row['kind']}: ", "strong"), *self.fact(row)]))
            blocks.append(Paragraph([Span(_cluster_note(cluster, members, row["independent"]))]))
            blocks.append(
                Table(
                    ["", "source", "value", "sentence"],
                    [
                        [
                            one_cell("≠", "odd") if self.odd(row, m.article) else one_cell("=", "agree"),
                            one_cell(self.label(m.article)),
                            one_cell(_value_of(m)),
                            Cell(self.sentence(m)),
                        ]
                        for m in members
                    ],
                    (3,),
                )
            )
        return Section("Conflicts", "conflicts", blocks or [Paragraph([Span("No fact is in conflict.")])])

    def drift(self) -> Section:
        blocks: list[Block] = [
            Paragraph(
                [
                    Span("Each quote against the wording most sources give: words a source adds are "),
                    Span("underlined", "ins"),
                    Span(", words it drops "),
                    Span("struck through", "del"),
                    Span(
                        ". verbatim, minor (case, punctuation, hashtags, spelling) and truncated quotes agree; altered"
                    ),
                    Span(" and paraphrased ones make the fact a conflict."),
                ]
            )
        ]
        drifting = 0
        for row in self.several:
            members = [self.by_id[cid] for cids in row["members"].values() for cid in cids]
            if row["kind"] != "quote" or all(m.variant in (None, "verbatim") for m in members):
                continue
            drifting += 1
            reference = next((m for m in members if m.variant == "verbatim"), members[0])
            blocks.append(Heading([Span(format_value(reference))]))
            blocks.append(
                Table(
                    ["source", "wording", "word diff against the most common wording"],
                    [
                        [
                            one_cell(self.label(m.article)),
                            _wording_cell(m.variant),
                            Cell([Span(words, _DIFF_STYLES.get(op)) for op, words in _spaced(m.diff or [])]),
                        ]
                        for m in members
                    ],
                    (2,),
                )
            )
        if not drifting:
            blocks.append(Paragraph([Span("No quote differs from the wording most sources give.")]))
        return Section("Quote drift", "quote-drift", blocks)

    def shared_copy(self) -> Section:
        family: dict[str, list[str]] = {}
        for article in self.data.articles:
            family.setdefault(article.family or article.id, []).append(article.id)
        groups = [members for members in family.values() if len(members) > 1]
        blocks: list[Block] = [
            Paragraph(
                [
                    Span("Passages (sentences or paragraphs, quotations left out, at least 8 words) that several"),
                    Span(" sources carry near-verbatim: copy from one origin, not independent reporting. Sources"),
                    Span(" linked by shared passages form one family and count as one independent source."),
                ]
            )
        ]
        if not groups:
            blocks.append(Paragraph([Span("No two sources share passages: each counts as an independent source.")]))
            return Section("Shared copy", "shared-copy", blocks)
        blocks.append(Items([[Span("One family: ", "strong"), Span(", ".join(map(self.label, g)))] for g in groups]))
        rows = []
        for passage in self.data.passages:
            first, start, end = passage.spans[0]
            rows.append(
                [
                    one_cell(", ".join(map(self.label, passage.articles))),
                    one_cell(f"{passage.similarity:.0%}"),
                    one_cell(" ".join(self.texts[first][start:end].split())),
                ]
            )
        blocks.append(Table(["sources", "alike", "passage"], rows, (2,)))
        return Section("Shared copy", "shared-copy", blocks)

    def timeline(self) -> Section:
        found: Timeline = build_timeline(self.rows, self.by_id, self.data.articles)
        blocks: list[Block] = [
            Paragraph(
                [
                    Span("Every dated fact on the date its sources give, resolved against each article's date. "),
                    Span("≠", "strong"),
                    Span(" marks a fact the sources date differently."),
                ]
            )
        ]
        rows = []
        for entry in found.dated:
            sources = ", ".join(dict.fromkeys(self.label(m.article) for m in entry.mentions))
            fact = self.sentence(entry.mentions[0])
            if entry.dateline:
                fact = [Span("the article's date: ", "em"), *fact]
            if entry.clashes:
                others = "; ".join(
                    f"{', '.join(map(self.label, articles))}: {show_date(date)}"
                    for date, articles in entry.clashes.items()
                )
                fact = [*fact, Span(f"  dated differently by {others}", "strong")]
            rows.append(
                [
                    one_cell(show_date(entry.date)),
                    one_cell("≠", "conflict", "strong") if entry.clashes else one_cell(""),
                    Cell(fact),
                    one_cell(sources),
                ]
            )
        blocks.append(
            Table(["date", "", "fact", "sources"], rows, (2,)) if rows else Paragraph([Span("No dated facts.")])
        )
        if found.undated:
            blocks.append(Heading([Span("Not placed: dates the articles do not resolve")]))
            blocks.append(
                Paragraph(
                    [
                        Span("A weekday, a relative date or a day without its year in an article that gives no date"),
                        Span(" to count from. They are not guessed; where the alignment links one to a fact other"),
                        Span(" sources date, that date is named."),
                    ]
                )
            )
            blocks.append(
                Table(
                    ["source", "date as written", "fact", "linked to"],
                    [
                        [
                            one_cell(self.label(u.mention.article)),
                            one_cell(u.mention.text),
                            Cell(self.sentence(u.mention)),
                            one_cell(", ".join(map(show_date, u.linked)) or "—"),
                        ]
                        for u in found.undated
                    ],
                    (2,),
                )
            )
        return Section("Timeline", "timeline", blocks)

    def decisions(self) -> Section:
        decided = [c for c in self.data.claims if c.status in ("confirmed", "rejected", "rated")]
        pending = sum(1 for c in self.data.candidates if c.status == "pending")
        dismissed = sum(1 for c in self.data.claims if c.status == "dismissed")
        blocks: list[Block] = [
            Paragraph(
                [
                    Span(f"{_counted(len(decided), 'claim')} decided by the analysts ("),
                    Span(f"✓ confirmed: {self.scale.top}", "strong"),
                    Span(", "),
                    Span(f"✗ rejected: {self.scale.bottom}", "strong"),
                    Span(", "),
                    Span("◆ rated between", "strong"),
                    Span(f"); {_counted(pending, 'candidate fact')} not reviewed"),
                    Span(f", {dismissed} dismissed as not checkable facts." if dismissed else "."),
                ]
            )
        ]
        rows = []
        for claim in decided:
            articles = dict.fromkeys(self.by_id[m].article for m in claim.members if m in self.by_id)
            stale = " (on an older version of its article)" if claim.stale else ""
            evidence = "; ".join(describe(entry) for entry in self.evidence(claim))
            rows.append(
                [
                    one_cell(
                        f"{REVIEW_MARKS[claim.status]} {self.scale.rating_of(claim.status, claim.rating)}", claim.status
                    ),
                    one_cell(claim.kind),
                    Cell(
                        [
                            Span(claim.label),
                            Span(stale, "em"),
                            Span(f" — evidence: {evidence}" if evidence else "", "em"),
                        ]
                    ),
                    one_cell("—" if claim.kind == "quote" else show_value(claim.value)),  # a quote's is its words
                    one_cell(", ".join(map(self.label, articles)) or "—"),
                    one_cell(claim.note or "—"),
                    one_cell(claim.analyst or "—"),
                    one_cell(_when(claim.decided_at)),
                ]
            )
        if rows:
            blocks.append(
                Table(["", "kind", "claim", "value", "sources", "note", "analyst", "decided"], rows, (2, 4, 5), (7,))
            )
        return Section("Decisions", "decisions", blocks)

    def evidence(self, claim: ClaimRecord) -> list[dict[str, Any]]:
        """The claim's evidence items, a mention with its article and sentence (output.evidence.resolved)."""
        entries = []
        for item in claim.evidence:
            mention = self.by_id.get(item.candidate or "")
            article = next((a for a in self.data.articles if mention and a.id == mention.article), None)
            sentence = (
                self.texts[article.id][mention.sentence[0] : mention.sentence[1]] if mention and article else None
            )
            entries.append(resolved(item, article, sentence))
        return entries

    def methodology(self) -> Section:
        return Section("Methodology", "methodology", [Items([[Span(text)] for text in METHODOLOGY])])

    def audit(self) -> Section:
        head = self.data.head
        command = f"workbench audit --db {self.data.name} --verify --expect {head.hash}"
        return Section(
            "Audit",
            "audit",
            [
                Paragraph(
                    [
                        Span(
                            "Every decision and every article the store took in is an event in its hash-chained audit"
                        ),
                        Span(f" log. This report was made at its head ({_counted(head.count, 'event')}):"),
                    ]
                ),
                Paragraph([Span(head.hash, "code")]),
                Paragraph([Span("To check that the store still holds this state:")]),
                Paragraph([Span(command, "code")]),
                Paragraph(
                    [
                        Span("It prints "),
                        Span(
                            f"ok: {head.count} events, {len(self.data.claims)} claims; the anchor is seq {head.count}",
                            "code",
                        ),
                        Span(
                            " while nothing has changed since (later decisions add events and leave the anchor's seq)."
                        ),
                    ]
                ),
            ],
        )


METHODOLOGY = (
    "Facts found: each article is searched for candidate facts: figures with what they count, money, percentages,"
    " dates, quotes with their speakers, and names (titles stripped, spellings and aliases of one name folded into"
    " one). Relative dates and weekdays resolve against the article's publication date, else the date at the top of"
    " its text; without either they stay unresolved.",
    "Facts linked: mentions in several sources that state one fact are lined up as one fact (a cluster). Its"
    " sources agree or conflict; a figure's detail is exact, rounded (a round figure within 5% of the others),"
    ' within-bounds (a hedge such as "more than" admits the others) or a contradiction. A quote is compared with'
    " the wording most sources give: verbatim, minor, truncated (outlets quoting more or less of one statement do"
    " not contradict each other), altered or paraphrase (a conflict).",
    "Independent: sources that carry the same passages near-verbatim (wire copy) form one family, and a fact's"
    " independent sources count the distinct families among its sources: copy counts once.",
    'Origin: the source a text credits a mention to ("according to Hezbollah", "the ministry said", a quote\'s'
    " speaker). When every outlet repeats one party's figure, the fact has one origin, not several confirmations.",
    "Decisions: the candidates and their alignment are suggestions; an analyst confirmed or rejected the claims"
    " listed under Decisions, each decision recorded in the store's tamper-evident audit log.",
)


def _cluster_note(cluster: ClusterRecord, members: list[CandidateRecord], independent: int) -> str:
    """The cluster's sources and how many are independent, its figure detail, origins and speakers, in one line."""
    parts = [f"{_counted(len(cluster.articles), 'source')}, {independent} independent"]
    if cluster.detail:
        parts.append(cluster.detail)
    single = one_origin(members)
    if single is not None:
        parts.append(f"one origin: all cite {single}")
    elif origins := origins_of(members):
        parts.append(f"origins: {', '.join(origins)}")
    if cluster.speakers_differ:
        parts.append("the sources name different speakers")
    return "; ".join(parts)


def _wording_cell(variant: str | None) -> Cell:
    """A quote's wording class, marked = when it agrees with the most common wording, ≠ when not."""
    if variant is None:
        return one_cell("—")
    return one_cell(f"= {variant}", "agree") if variant in AGREEING else one_cell(f"≠ {variant}", "odd")


def _value_of(mention: CandidateRecord) -> str:
    """What a mention says, beside its sentence: a figure's or date's value, a quote's speaker and wording class."""
    if mention.kind != "quote":
        return format_value(mention)
    return f"{mention.speaker or 'speaker not named'}: {mention.variant or 'quoted'}"


def _spaced(diff: list[list[str]]) -> list[tuple[str, str]]:
    """A word diff's parts with the spaces between them, as plain parts."""
    result: list[tuple[str, str]] = []
    for op, words in diff:
        if result:
            result.append(("equal", " "))
        result.append((op, words))
    return result


def _short(title: str) -> str:
    """An outlet or title cut at a word to about LABEL_CHARS characters: a column's label."""
    return _cut(title, LABEL_CHARS)


def _cut(text: str, reach: int | None) -> str:
    """`text` cut at the last word that starts within `reach` characters ("…" where it goes on)."""
    if reach is None or len(text) <= reach:
        return text
    cut = text.rfind(" ", 0, reach)
    return text[: cut if cut > 0 else reach].rstrip(" ,;:-") + "…"


def _when(at: str | None) -> str:
    """An audit time (ISO 8601 UTC) to the minute: "2027-09-01 09:00 UTC"."""
    return f"{at[:10]} {at[11:16]} UTC" if at else "—"


def _counted(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


_WRITERS = {"html": to_html, "md": to_markdown}


def report(store: Store, fmt: str = "html", settings: Settings | None = None, story: str | None = None) -> str:
    """The report of the store (of one story: `story`, an id of store.stories()) as HTML or Markdown text
    (verdicts named on the settings' scale)."""
    if fmt not in _WRITERS:
        raise ValueError(f"format must be one of {', '.join(REPORT_FORMATS)}")
    return _WRITERS[fmt](_Report(ReviewedStore.read(store, story), (settings or Settings()).scale).document())
