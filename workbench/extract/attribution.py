"""Who said a quotation, as the text says it.

In order: an attribution right after the quote (`"…," Dillon said` / `"…," said Ryan Dillon, a
spokesman` / `"…," he told AFP`), one before it in its sentence (`Dillon said: "…"`, `Nasrallah
claimed that fighters had "…"`, `According to Dillon, "…"`), else the speaker of the quote that
goes on in the next paragraph (for a quote left open), else of the quote it continues (the previous
quote of its paragraph, or of the paragraph before when it opens its own). A named person resolves to the
canonical name; `he`/`she` to the nearest person named before; an organisation behind a statement
to its name ("a statement from US Central Command said"); any other speaker to the words that name
it ("Syria's main opposition group").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from workbench.extract.sentences import SentenceIndex
from workbench.model import Candidate

_VERBS = r"""said|says|say|saying|told|tells|telling|added|adds|adding|wrote|writes|writing|tweeted|
tweets|posted|stated|declared|declares|warned|warns|claimed|insisted|insists|announced|explained|
noted|stressed|asserted|argued|argues|acknowledged|admitted|admits|confirmed|denied|urged|urges|
vowed|pledged|promised|replied|responded|described|describes|recalled|concluded|remarked|
countered|cautioned|predicted|maintained|voiced|[Aa]ccording\s+to""".replace("\n", "")
_VERB = re.compile(rf"(?<![\w-])(?:{_VERBS})\b")
_LEAD = re.compile(r"^[\s,;:—–-]*")
_PRONOUNS = frozenset("he she it they we you i one this that".split())
_CONTRACTION = re.compile(r"['’](?:s|d|ll|ve|re|m)$")
_NOT_A_SUBJECT = frozenset("which that who whom and but as while when with after before because if so then".split())
_AUXILIARIES = frozenset(
    "has have had also was were is are will would had been later then previously earlier again once too".split()
)
_DETERMINERS = frozenset("the a an".split())
# Words that, before "from/of/at ... <Name>", make the name the speaker ("a statement from X").
_CONTAINERS = frozenset(
    """statement spokesman spokeswoman spokesperson official officials source sources representative
    communique announcement release report post tweet message letter joint written press""".split()
)
_LINKS = frozenset("from of for at by in".split())
_MAX_PHRASE_WORDS = 15
_MAX_NAMED_WORDS = 8


@dataclass
class Quote:
    """A quote-marked span: its offsets, whether it closes, and its line (paragraph)."""

    start: int
    end: int
    closed: bool
    line_start: int
    line_end: int


class _Speakers:
    """One article's text, quote marks and entity mentions, to resolve speaker phrases against."""

    def __init__(self, text: str, index: SentenceIndex, marks: list[Quote], entities: list[Candidate]) -> None:
        self.text = text
        self.index = index
        self.marks = marks
        self.mentions = sorted(
            (e for e in entities if not any(q.start <= e.start < q.end for q in marks)), key=lambda e: e.start
        )
        self.starts = [e.start for e in self.mentions]

    def masked(self, start: int, end: int) -> str:
        """text[start:end] with quoted spans blanked (their words attribute nothing)."""
        chars = list(self.text[start:end])
        for q in self.marks:
            for i in range(max(q.start, start), min(q.end, end)):
                chars[i - start] = " "
        return "".join(chars)

    def in_span(self, start: int, end: int) -> list[Candidate]:
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return [e for e in self.mentions[lo:hi] if e.end <= end]

    def person_before(self, pos: int) -> str | None:
        for e in reversed(self.mentions[: bisect_left(self.starts, pos)]):
            if e.unit == "person":
                return e.value
        return None

    def resolve(self, start: int, end: int, nearest_clause: bool = False) -> str | None:
        """The speaker named by the phrase text[start:end] (a subject before its verb: `nearest_clause`)."""
        phrase = self.text[start:end]
        start += len(phrase) - len(phrase.lstrip(" ,;:—–-"))
        phrase = self.text[start:end].strip()
        if not phrase:
            return None
        clauses = [c for c in re.finditer(r"[^,]+", phrase) if c.group().strip()]
        if not clauses:
            return None
        clause = clauses[-1] if nearest_clause else clauses[0]
        first = _CONTRACTION.sub("", clause.group().split()[0]).lower()
        if first in _PRONOUNS:
            return self.person_before(start + clause.start()) if first in ("he", "she") else None
        people = [e for e in self.in_span(start, end) if e.unit == "person"]
        if people:
            return people[0].value
        return self._named_by(start + clause.start(), start + clause.end())

    def _named_by(self, start: int, end: int) -> str | None:
        """The organisation or the words naming the speaker in a short noun phrase."""
        words = list(re.finditer(r"\S+", self.text[start:end]))
        while words and words[-1].group().lower() in _AUXILIARIES:
            words.pop()
        while words and words[0].group().lower() in _DETERMINERS:
            words.pop(0)
        if not words or len(words) > _MAX_NAMED_WORDS:
            return None
        head_start, head_end = start + words[0].start(), start + words[-1].end()
        for e in self.in_span(head_start, head_end):
            before = self.text[head_start : e.start].lower().split()
            possessive = self.text.startswith(("'s", "’s"), e.end)
            if not possessive and all(w in _CONTAINERS or w in _LINKS or w in _DETERMINERS for w in before):
                return e.value
        return self.text[head_start:head_end]

    def after(self, q: Quote) -> str | None:
        """The attribution right after a quote, in its sentence: `"…," Dillon said`."""
        if not q.closed:
            return None
        next_mark = min((m.start for m in self.marks if m.start >= q.end), default=q.line_end)
        stop = min(self.index.sentence_at(q.end - 1)[1], next_mark, q.line_end)
        segment = self.text[q.end : stop]
        lead = _LEAD.match(segment).end()
        verb = _VERB.search(segment, lead)
        if not verb:
            return None
        if verb.start() == lead:  # `"…," said Ryan Dillon, a spokesman`
            rest = q.end + verb.end()
            comma = self.text.find(",", rest, stop)
            return self.resolve(rest, comma if comma >= 0 else stop)
        words = segment[lead : verb.start()].split()
        if len(words) > _MAX_PHRASE_WORDS or words[0].lower() in _NOT_A_SUBJECT:
            return None
        return self.resolve(q.end + lead, q.end + verb.start())

    def before(self, q: Quote) -> str | None:
        """An attribution earlier in the quote's sentence: `Dillon said: "…"`, the verb nearest first."""
        sentence_start = max(self.index.sentence_at(q.start)[0], q.line_start)
        prefix = self.masked(sentence_start, q.start)
        verbs = list(_VERB.finditer(prefix))
        for n in range(len(verbs) - 1, -1, -1):
            verb = verbs[n]
            if verb.group()[0] in "Aa" and verb.group().lower().startswith("according"):
                comma = self.text.find(",", sentence_start + verb.end(), q.start)  # `According to X, "…"`
                speaker = self.resolve(sentence_start + verb.end(), comma if comma >= 0 else q.start)
            else:
                verb_start = sentence_start + verb.start()
                # the subject follows any earlier verb or quote: `"…", Dillon said, adding, "…"`
                bounds = [sentence_start + verbs[n - 1].end()] if n else []
                bounds += [m.end for m in self.marks if sentence_start < m.end <= verb_start]
                speaker = self.resolve(max(bounds, default=sentence_start), verb_start, nearest_clause=True)
            if speaker:
                return speaker
        return None


def attribute(
    text: str, index: SentenceIndex, marks: list[Quote], quotes: list[Quote], entities: list[Candidate]
) -> list[str | None]:
    """The speaker of each quote in `quotes` (all quote-marked spans are `marks`), or None."""
    speakers = _Speakers(text, index, marks, entities)
    found = [speakers.after(q) or speakers.before(q) for q in quotes]
    # a quote left open at its paragraph's end: the next paragraph's quote goes on and may name the speaker
    for n in range(len(quotes) - 2, -1, -1):
        if found[n] is None and not quotes[n].closed and _continues(text, quotes[n + 1], quotes[n]):
            found[n] = found[n + 1]
    for n in range(1, len(quotes)):
        if found[n] is None and _continues(text, quotes[n], quotes[n - 1]):
            found[n] = found[n - 1]
    return found


def _continues(text: str, q: Quote, previous: Quote) -> bool:
    """Whether `q` goes on from `previous`: in the same paragraph, or opening the next one."""
    if previous.line_start == q.line_start:
        return True
    opens_paragraph = not text[q.line_start : q.start].strip()
    return opens_paragraph and not text[previous.line_end : q.line_start].strip()
