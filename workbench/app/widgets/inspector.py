"""The inspector: the selected candidate, the same fact in the other sources, the claim and its audit history.

Everything is built as Content from plain strings, so article text is never read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.containers import ScrollableContainer
from textual.content import Content
from textual.widgets import Static

from workbench.align.drift import same_person
from workbench.align.worddiff import word_diff
from workbench.app.review import Review
from workbench.app.screens.text import counted
from workbench.display import QUOTE_MARKS, one_line
from workbench.output.evidence import describe
from workbench.output.origins import one_origin, origins_of
from workbench.output.summary import show_value
from workbench.settings import Scale
from workbench.store import AnalystDecision, CandidateRecord, ClaimRecord, EventRecord, Settlement, StoreError

STATUS_MARKS = {"pending": "·", "confirmed": "✓", "rejected": "✗", "rated": "◆", "dismissed": "⊘", "disputed": "?"}
_STATUS_COLOURS = {
    "pending": "warning",
    "confirmed": "success",
    "rejected": "error",
    "rated": "warning",
    "dismissed": "muted",
    "disputed": "error",
}
ORIGINS_NAMED = 8  # a giant cluster may cite hundreds: the line names these many, then counts the rest
_DIFF_STYLES = {"equal": "", "insert": "bold underline $text-success", "delete": "strike $text-error"}


def _field(label: str, value: Content | str) -> Content:
    return Content.assemble((f"{label:<9}", "$text-muted"), value if isinstance(value, Content) else one_line(value))


def _status(status: str) -> Content:
    return Content.styled(f"{STATUS_MARKS[status]} {status}", f"bold $text-{_STATUS_COLOURS[status]}")


def fact_content(review: Review, cid: str, claim: ClaimRecord | None = None) -> Content:
    """The candidate itself: kind, status, value (a quote's own words), text, speaker, its sentence;
    with `claim`, one compact line of the claim's status, value and note (for narrow screens)."""
    c = review.by_id[cid]
    lines = [Content.assemble((f" {c.kind} ", "reverse bold"), "  ", _status(c.status))]
    if claim is not None:
        lines.append(compact_claim(claim, c.value))
    if c.kind == "quote":
        lines += [
            _field("quote", Content.styled(one_line(c.text), "bold")),
            _field("speaker", c.speaker or "(not named)"),
        ]
        if c.variant:
            lines.append(
                _field(
                    "wording",
                    Content.assemble((c.variant, "bold"), (" against the most common wording", "$text-muted")),
                )
            )
    else:
        lines.append(_field("value", Content.styled(one_line(review.shown(cid)), "bold")))
        if one_line(c.text).strip(QUOTE_MARKS + ",. ").casefold() not in review.shown(cid).casefold():
            lines.append(_field("text", c.text))
    sentence, (s_start, _) = review.sentence(cid), c.sentence
    before, after = c.start - s_start, c.end - s_start
    lines.append(
        Content.assemble(
            ("in: ", "$text-muted"),
            one_line(sentence[:before]),
            (one_line(sentence[before:after]), "bold underline"),
            one_line(sentence[after:]),
        )
    )
    return Content("\n").join(lines)


def compact_claim(claim: ClaimRecord, value: Any) -> Content:
    """The claim on one line: status, mentions, a corrected value, the note."""
    parts = [
        Content.styled("claim ", "$text-muted"),
        _status(claim.status),
        Content.styled(f" · {counted(len(claim.members), 'mention')}", "$text-muted"),
    ]
    if claim.value != value:
        parts.append(Content.assemble((" · value ", "$text-muted"), (one_line(_value(claim.value)), "bold")))
    if claim.note:
        parts.append(Content.assemble((" · note ", "$text-muted"), (f"“{one_line(claim.note)}”", "italic")))
    return Content.assemble(*parts)


def sources_content(review: Review, cid: str, limit: int | None = None) -> tuple[Content, int]:
    """The same fact across sources: the cluster's agreement, figure detail and independent sources, the
    shared passage the candidate sits in, then the mentions giving another value (≠) first and those
    agreeing (=) with the selected one (▶), each with its source, value and status; repeats in one
    article are counted, not listed. A quote in a cluster shows its wording class and word diff against
    the most common wording (else a diff against the selected one).

    With `limit`, only that many source lines are formatted (a cluster can hold thousands of mentions);
    returns the content and how many source lines were left out."""
    others = review.same_fact(cid)
    heading = Content.styled("Sources", "bold")
    passage = passage_line(review, cid)
    if not others:
        return Content("\n").join([heading, *passage, Content.styled("single source: no other mention", "italic")]), 0
    cluster = review.cluster(cid)
    if cluster is not None:
        conflict = cluster.status == "conflict"
        verdict = cluster.detail or ("conflict" if conflict else "agree")  # a figure detail says more
        heading += Content.assemble(
            " ",
            (f"{'≠' if conflict else '='} {verdict}", f"bold $text-{'error' if conflict else 'success'}"),
            (
                f" · {counted(len(set(cluster.articles)), 'article')}, {review.independent_sources(cluster)} independent",
                "$text-muted",
            ),
        )
    agree = review.agreeing(cid, [cid, *others])
    members = sorted(agree, key=lambda m: (agree[m], m != cid, review.reading_order(m)))
    origin = origin_line([review.by_id[m] for m in members])
    if origin is not None:
        heading += Content("\n") + origin
    if cluster is not None and cluster.speakers_differ:
        speakers = sorted({s for m in members if (s := review.by_id[m].speaker)})
        heading += Content.assemble("\n", ("speakers differ: ", "bold $text-warning"), one_line(", ".join(speakers)))
    rows: dict[tuple[str, str, str], list[str]] = {}
    for member in members:
        m = review.by_id[member]
        rows.setdefault((m.article, review.shown(member), m.status), []).append(member)
    selected = review.by_id[cid]
    lines = [heading, *passage]
    shown_rows = list(rows.items())[:limit]
    for (article, shown, status), same in shown_rows:
        m = review.by_id[same[0]]
        agrees = agree[same[0]]
        mark = Content.styled("=" if agrees else "≠", f"bold $text-{'success' if agrees else 'error'}")
        pointer = "▶" if cid in same else " "
        line = Content.assemble(pointer, mark, " ", (one_line(article), "italic"), ": ")
        if m.variant:  # the quote's wording against the cluster's most common one
            line += Content.styled(f"[{m.variant}] ", "$text-muted") + _diff_content(m.diff or [])
        elif m.kind == "quote" and cid not in same:
            line += _diff_content(word_diff(one_line(selected.text), one_line(m.text)))
        else:
            line += one_line(shown)
        repeat = f" ×{len(same)}" if len(same) > 1 else ""
        line += credit_content(m, selected)
        lines.append(line + Content.styled(f"{repeat}  {STATUS_MARKS[status]}", "$text-muted"))
    return Content("\n").join(lines), len(rows) - len(shown_rows)


def credit_content(mention: CandidateRecord, selected: CandidateRecord) -> Content:
    """Who a source says the mention comes from, beside its wording: a quote's speaker (≠ when it is another
    person than the selected mention's), a figure's credited source."""
    if mention.kind == "quote":
        speaker = mention.speaker
        if speaker is None:
            return Content.styled(" — (no speaker)", "italic $text-muted")
        if selected.speaker and not same_person(speaker, selected.speaker):
            return Content.assemble(" — ", (f"≠ {one_line(speaker)}", "bold $text-warning"))
        return Content.assemble(" — ", (one_line(speaker), "italic"))
    if mention.attributed_to:
        return Content.assemble((" · per ", "$text-muted"), (one_line(mention.attributed_to), "italic"))
    return Content()


def origin_line(mentions: Sequence[CandidateRecord]) -> Content | None:
    """Where the mentions come from, when the texts say: one source every outlet cites (one origin, not
    several confirmations), or the sources they credit."""
    origins = origins_of(mentions)
    if not origins:
        return None
    single = one_origin(mentions)
    if single is not None:
        outlets = counted(len({m.article for m in mentions}), "outlet")
        return Content.assemble(
            ("one origin: ", "bold $text-warning"), (f"all {outlets} cite ", "$text-muted"), one_line(single)
        )
    credited = sum(1 for m in mentions if m.attributed_to)
    named = ", ".join(origins[:ORIGINS_NAMED]) + (
        f" and {len(origins) - ORIGINS_NAMED} more" if origins[ORIGINS_NAMED:] else ""
    )
    return Content.assemble(
        ("origins: ", "$text-muted"),
        one_line(named),
        (f" ({credited} of {len(mentions)} credited)", "$text-muted"),
    )


def _diff_content(diff: Sequence[Sequence[str]]) -> Content:
    """A word diff: inserted words underlined, dropped ones struck through."""
    parts = [
        Content.styled(one_line(words), _DIFF_STYLES[op]) if _DIFF_STYLES[op] else Content(one_line(words))
        for op, words in diff
    ]
    return Content(" ").join(parts)


def passage_line(review: Review, cid: str) -> list[Content]:
    """Where else the shared passage holding the candidate runs (none when it is in no shared passage)."""
    passage = review.passage_of(cid)
    if passage is None:
        return []
    elsewhere = [a for a in passage.articles if a != review.by_id[cid].article]
    return [
        Content.assemble(
            ("┃ shared text", "bold $text-accent"),
            (f" ({passage.similarity:.0%} alike), also in ", "$text-muted"),
            (one_line(", ".join(elsewhere)), "italic"),
        )
    ]


def claim_content(
    claim: ClaimRecord | None, history: list[EventRecord], scale: Scale | None = None, evidence: Sequence[str] = ()
) -> Content:
    """The claim's status (with each analyst's decision when several decided it), verdict on the scale, value, note,
    members and evidence (one line an item), then the audit history, oldest first."""
    lines = [Content.styled("Claim", "bold")]
    if claim is None:
        lines.append(Content.styled("no decision yet", "italic"))
    else:
        lines += [
            _field("status", _status(claim.status)),
            *([_field("by", _decisions(claim.decisions))] if len(claim.decisions) > 1 else []),
            *([_field("settled", _settled(claim.settlement))] if claim.settlement else []),
            *(
                [_field("verdict", _verdict(claim, scale))]
                if scale and scale.rating_of(claim.status, claim.rating)
                else []
            ),
            _field("value", _value(claim.value)),
            _field("note", claim.note or "—"),
            _field("mentions", str(len(claim.members))),
        ]
        lines += [
            _field("evidence" if i == 0 else "", Content.assemble("▸ ", one_line(e))) for i, e in enumerate(evidence)
        ]
    lines.append(Content.styled("History", "bold"))
    if not history:
        lines.append(Content.styled("nothing recorded", "italic"))
    for event in history:
        lines.append(
            Content.assemble(
                (f"#{event.seq} ", "$text-muted"),
                (event.at[:16].replace("T", " "), "$text-muted"),
                " ",
                (one_line(event.analyst), "italic"),
                " ",
                (event.action, "bold"),
                _change(event),
            )
        )
    return Content("\n").join(lines)


def _decisions(decisions: dict[str, AnalystDecision]) -> Content:
    """Each analyst's own decision, e.g. "ann ✓ confirmed · bob ✗ rejected" (a rating by its name)."""
    parts = [
        Content.assemble((one_line(analyst), "italic"), " ", decision_content(d)) for analyst, d in decisions.items()
    ]
    return Content(" · ").join(parts)


def decision_content(decision: AnalystDecision) -> Content:
    """A decision with its mark, a rating by its name: "✓ confirmed", "◆ Mixed"."""
    status = decision.status
    return Content.styled(
        f"{STATUS_MARKS[status]} {one_line(decision.rating or status)}", f"bold $text-{_STATUS_COLOURS[status]}"
    )


def _settled(settlement: Settlement) -> Content:
    """Who settled the claim, how, and what: "carol ✓ confirmed (ann ✓ confirmed · bob ✗ rejected)"."""
    return Content.assemble(
        (one_line(settlement.adjudicator), "italic"),
        " ",
        decision_content(AnalystDecision(settlement.status, settlement.rating)),
        (" (settled: ", "$text-muted"),
        _decisions(settlement.settled),
        (")", "$text-muted"),
    )


def _verdict(claim: ClaimRecord, scale: Scale) -> Content:
    """The claim's rating and its place on the scale ("Mixed (3 of 5)"; an off-scale one as it is)."""
    rating = scale.rating_of(claim.status, claim.rating) or ""
    value = scale.value_of(rating)
    place = f" ({value} of {len(scale.ordered)})" if value is not None else " (off the scale)"
    return Content.assemble((one_line(rating), "bold"), (place, "$text-muted"))


def _value(value: Any) -> str:
    """A claim's (possibly corrected) value as the panes show values."""
    return show_value(value)


def _change(event: EventRecord) -> str:
    """What a decision changed, e.g. " pending → confirmed" or ` note "…"`."""
    for _, old, new in event.claim_changes():
        if new is None:
            return " (claim removed)"
        status = old.status if old else "pending"
        if (status, old.rating if old else None) != (new.status, new.rating):
            return f" {status} → {new.status}" + (f" ({one_line(new.rating)})" if new.rating else "")
        if old is not None and old.value != new.value:
            return f" value → {one_line(_value(new.value))}"
        if (old.note if old else "") != new.note:
            return f" note “{one_line(new.note)}”"
        if len(old.members if old else []) != len(new.members):
            return f" {counted(len(new.members), 'mention')}"
    return ""


WIDE = 120
MAXIMISED_SOURCES = 500  # source lines a maximised inspector lists (a cluster can hold thousands)


class Section(Static):
    """A fixed-size inspector section: longer content is cut with a "… more" line, so updating it never
    changes its size and needs no layout of the screen (which would cost a full repaint per key)."""

    _full: Content = Content()
    _more = 0

    def show(self, content: Content, more: int = 0) -> None:
        """Display `content`, cut to the section's height (in full in a maximised inspector, which scrolls);
        `more` lines were left out of it (each counted as one line in the "… more" line)."""
        self._full, self._more = content, more
        self.update(self._fitted(), layout=self._maximised)

    @property
    def _maximised(self) -> bool:
        return self.parent is not None and self.parent.has_class("-maximized")

    def on_resize(self) -> None:
        self.update(self._fitted(), layout=False)

    def _fitted(self) -> Content:
        width, height = self.content_region.width, self.content_region.height
        if self._maximised:
            more = Content.styled(f"… {self._more} more lines", "italic $text-muted") if self._more else None
            return self._full if more is None else Content("\n").join([self._full, more])
        if not width or not height:
            return self._full
        rows = [row for line in self._full.split("\n") for row in (line.wrap(width) or [Content()])]
        if len(rows) + self._more <= height:
            return self._full
        hidden = len(rows) - (height - 1) + self._more
        more = Content.styled(f"… {hidden} more line{'s' if hidden > 1 else ''}", "italic $text-muted")
        return Content("\n").join([*rows[: height - 1], more])


class Inspector(ScrollableContainer, can_focus=False):
    """Three sections about the selected candidate: side by side when wide; when narrow, the fact (with
    the claim on one line) and its sources only, shown again on a resize. Maximised (Screen.maximize), the
    sections are one above the other, in full, and the inspector scrolls."""

    ALLOW_MAXIMIZE = True

    _shown: tuple[Review, str | None] | None = None

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < WIDE, "-narrow")
        if self._shown is not None:  # another width class, or room for more source lines
            self.show(*self._shown)

    def compose(self) -> ComposeResult:
        yield Section(id="inspector-fact", markup=False)
        yield Section(id="inspector-sources", markup=False)
        yield Section(id="inspector-claim", markup=False)

    def show(self, review: Review, cid: str | None) -> None:
        """Describe the candidate (reading its claim and history from the store; a short notice in their
        place when the store cannot be read), or say nothing is selected."""
        self._shown = (review, cid)
        if cid is None:
            sections = [(Content.styled("No candidate here (filter or empty article).", "italic"), 0)]
            sections += [(Content(), 0)] * 2
        else:
            try:
                claim = review.claim_of(cid)
                evidence = [describe(entry) for entry in review.evidence(claim)]
                decided = claim_content(claim, review.history(cid), review.settings.scale, evidence)
            except StoreError as error:  # the panes go on from memory; the claim waits for a readable store
                claim = None
                decided = Content.assemble(
                    ("Claim", "bold"), "\n", (f"cannot read it now: {one_line(str(error))}", "italic $text-warning")
                )
            sections = [
                (fact_content(review, cid, claim if self.has_class("-narrow") else None), 0),
                sources_content(
                    review, cid, MAXIMISED_SOURCES if self.has_class("-maximized") else self.app.size.height
                ),
                (decided, 0),
            ]
        for name, (content, more) in zip(("fact", "sources", "claim"), sections):
            self.query_one(f"#inspector-{name}", Section).show(content, more)
