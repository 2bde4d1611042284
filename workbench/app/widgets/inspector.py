"""The inspector: the selected candidate, the same fact in the other sources, the claim and its audit history.

Everything is built as Content from plain strings, so article text is never read as markup.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.containers import Container
from textual.content import Content
from textual.widgets import Static

from workbench.app.review import Review
from workbench.app.widgets.text_layout import one_line
from workbench.summary import format_value
from workbench.worddiff import word_diff

STATUS_MARKS = {"pending": "·", "confirmed": "✓", "rejected": "✗"}
_STATUS_COLOURS = {"pending": "warning", "confirmed": "success", "rejected": "error"}
_DIFF_STYLES = {"equal": "", "insert": "bold underline $text-success", "delete": "strike $text-error"}


def _field(label: str, value: Content | str) -> Content:
    return Content.assemble((f"{label:<9}", "$text-muted"), value if isinstance(value, Content) else one_line(value))


def _status(status: str) -> Content:
    return Content.styled(f"{STATUS_MARKS[status]} {status}", f"bold $text-{_STATUS_COLOURS[status]}")


def fact_content(review: Review, cid: str) -> Content:
    """The candidate itself: kind, status, text, value, unit or speaker, and its sentence."""
    c = review.by_id[cid]
    lines = [
        Content.assemble((f" {c['kind']} ", "reverse bold"), "  ", _status(c["status"])),
        _field("value", Content.styled(one_line(format_value(c)), "bold")),
    ]
    if one_line(c["text"]).strip("\"'“”‘’,. ").casefold() not in format_value(c).casefold():
        lines.append(_field("text", c["text"]))
    if c.get("unit"):
        lines.append(_field("unit", c["unit"]))
    if c["kind"] == "quote":
        lines.append(_field("speaker", c.get("speaker") or "(not named)"))
    sentence, (s_start, _) = review.sentence(cid), c["sentence"]
    before, after = c["start"] - s_start, c["end"] - s_start
    sentence = Content.assemble(
        one_line(sentence[:before]), (one_line(sentence[before:after]), "bold underline"), one_line(sentence[after:])
    )
    lines += [Content.styled("sentence", "$text-muted"), sentence]
    return Content("\n").join(lines)


def sources_content(review: Review, cid: str) -> Content:
    """The same fact across sources, in corpus order: each mention's source, value and agree/conflict
    mark against the selected one (▶); a quote is shown as a word diff against the first source's."""
    others = review.same_fact(cid)
    cluster = review.cluster(cid)
    if not others:
        return Content("\n").join(
            [Content.styled("Across sources", "bold"), Content.styled("single source: no other mention", "italic")]
        )
    heading = Content.styled("Across sources", "bold")
    if cluster is not None:
        conflict = cluster["status"] == "conflict"
        heading += Content.assemble(
            "  ",
            (f"{'≠ conflict' if conflict else '= agree'}", f"bold $text-{'error' if conflict else 'success'}"),
            (f" ({cluster['id']}, {len(set(cluster['articles']))} sources)", "$text-muted"),
        )
    members = sorted([cid, *others], key=review.reading_order)  # the first source is the reference
    first = review.by_id[members[0]]
    lines = [heading]
    for member in members:
        m = review.by_id[member]
        agree = review.agrees(cid, member)
        mark = Content.styled("=" if agree else "≠", f"bold $text-{'success' if agree else 'error'}")
        pointer = "▶" if member == cid else " "
        line = Content.assemble(pointer, mark, " ", (one_line(m["article"]), "italic"), ": ")
        if m["kind"] == "quote" and member != members[0]:
            line += _diff(first["text"], m["text"])
        else:
            line += one_line(format_value(m))
        lines.append(line + Content.styled(f"  {STATUS_MARKS[m['status']]}", "$text-muted"))
    return Content("\n").join(lines)


def _diff(first: str, other: str) -> Content:
    """`other` as a word diff against `first`: inserted words underlined, dropped ones struck through."""
    parts: list[Content] = []
    for op, words in word_diff(one_line(first), one_line(other)):
        parts.append(Content.styled(words, _DIFF_STYLES[op]) if _DIFF_STYLES[op] else Content(words))
    return Content(" ").join(parts)


def claim_content(claim: dict[str, Any] | None, history: list[dict[str, Any]]) -> Content:
    """The claim's status, value, note and members, then the audit history, oldest first."""
    lines = [Content.styled("Claim", "bold")]
    if claim is None:
        lines.append(Content.styled("no decision yet", "italic"))
    else:
        lines += [
            _field("status", _status(claim["status"])),
            _field("value", json_value(claim["value"])),
            _field("note", claim["note"] or "—"),
            _field("mentions", str(len(claim["members"]))),
        ]
    lines.append(Content.styled("History", "bold"))
    if not history:
        lines.append(Content.styled("nothing recorded", "italic"))
    for event in history:
        lines.append(
            Content.assemble(
                (f"#{event['seq']} ", "$text-muted"),
                (event["at"][:16].replace("T", " "), "$text-muted"),
                " ",
                (one_line(event["analyst"]), "italic"),
                " ",
                (event["action"], "bold"),
                _change(event),
            )
        )
    return Content("\n").join(lines)


def json_value(value: Any) -> str:
    """A claim value as the analyst would type it."""
    return value if isinstance(value, str) else format_value({"value": value})


def _change(event: dict[str, Any]) -> str:
    """What a decision changed, e.g. " pending → confirmed" or ` note "…"`."""
    before = (event.get("before") or {}).get("claims") or {}
    after = (event.get("after") or {}).get("claims") or {}
    for claim_id, new in after.items():
        old = before.get(claim_id) or {}
        if new is None:
            return " (claim removed)"
        if old.get("status", "pending") != new["status"]:
            return f" {old.get('status', 'pending')} → {new['status']}"
        if old.get("value") != new["value"] and old:
            return f" value → {one_line(json_value(new['value']))}"
        if old.get("note", "") != new["note"]:
            return f" note “{one_line(new['note'])}”"
        if len(old.get("members", [])) != len(new["members"]):
            return f" {len(new['members'])} mentions"
    return ""


WIDE = 120


class Section(Static):
    """A fixed-size inspector section: longer content is cut with a "… more" line, so updating it never
    changes its size and needs no layout of the screen (which would cost a full repaint per key)."""

    _full: Content = Content()

    def show(self, content: Content) -> None:
        """Display `content`, cut to the section's height."""
        self._full = content
        self.update(self._fitted(), layout=False)

    def on_resize(self) -> None:
        self.update(self._fitted(), layout=False)

    def _fitted(self) -> Content:
        width, height = self.content_region.width, self.content_region.height
        if not width or not height:
            return self._full
        lines = self._full.split("\n")
        heights = [max(1, line.get_height(self.styles, width)) for line in lines]
        if sum(heights) <= height:
            return self._full
        kept, used = [], 0
        for line, line_height in zip(lines, heights):
            if used + line_height > height - 1:
                break
            kept.append(line)
            used += line_height
        more = Content.styled(f"… {len(lines) - len(kept)} more lines", "italic $text-muted")
        return Content("\n").join([*kept, more])


class Inspector(Container, can_focus=False):
    """Three sections about the selected candidate: side by side when wide; when narrow, the fact and
    its sources only (the claim's status shows in the fact section)."""

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < WIDE, "-narrow")

    def compose(self) -> ComposeResult:
        yield Section(id="inspector-fact", markup=False)
        yield Section(id="inspector-sources", markup=False)
        yield Section(id="inspector-claim", markup=False)

    def show(self, review: Review, cid: str | None) -> None:
        """Describe the candidate (reading its claim and history from the store), or say nothing is selected."""
        if cid is None:
            sections = [Content.styled("No candidate here (filter or empty article).", "italic"), Content(), Content()]
        else:
            sections = [
                fact_content(review, cid),
                sources_content(review, cid),
                claim_content(review.store.claim_of(cid), review.store.history(cid)),
            ]
        for name, content in zip(("fact", "sources", "claim"), sections):
            self.query_one(f"#inspector-{name}", Section).show(content)
