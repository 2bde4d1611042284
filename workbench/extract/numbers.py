"""Figures: counts with the noun they count ("nine Lebanese troops"), sums of money, percentages.

Each number (digits or words) is money when a currency sign or word is next to it, a percentage
when "%" or "per cent" follows it, else a count when, across at most a few modifiers ("308 IS
fighters", "two IS-held towns"), the noun it counts follows. Numbers inside dates (lone years such
as "the 2017 elections" included), times, phone numbers and labels ("Resolution 2254") are none of
these, and a bare number with no noun after it ("killed 12") is not a count.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort

from workbench.extract.dates import date_spans
from workbench.extract.hedges import hedge
from workbench.extract.money import money_at
from workbench.extract.numwords import LEAD, NUMBER, SERIAL_LABELS, VAGUE, parse_number
from workbench.extract.sentences import SentenceIndex
from workbench.model import Article, Candidate, Span

_S = r"[^\S\n]+"
_PERCENT = re.compile(rf"[^\S\n]?[%％]|{_S}(?:per{_S}?cent|percent|pct|percentage{_S}points?)\b")
_NUMBER = re.compile(rf"{LEAD}(?:(?P<vague>{VAGUE}){_S}of(?=[^\S\n])|(?P<num>{NUMBER}))")
_COMPOUND = re.compile(
    r"-(?P<unit>year|month|week|day|hour|minute|mile|kilometre|kilometer|km|metre|meter|member|storey|story)"
    r"(?![\w])(?:-old\b)?",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\S\n]+([^\W\d_][\w'’-]*)")
_PHONE = re.compile(r"(?=[0-9+(])(?<![\w+])\+?(?:\(?[0-9]{2,4}\)?[ .-]){2,}[0-9]{2,4}(?!\w)")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "MPs"
_PREVIOUS_WORD = re.compile(r"([\w.]+)[^\S\n]+\Z")
_PARTITIVE = re.compile(rf"{_S}of{_S}(?:the|those|these|its|their|our)(?:{_S}{NUMBER})?(?=[^\S\n])")
_OF_THEM = re.compile(rf"{_S}of{_S}(?:them|those|these)\b")
_MAX_TOKENS = 4

_STOP = frozenset(
    """a an the this that these those their his her its our your my of in on at to for with by from into
    onto after before since during over under between against across near per about than as and or but nor
    while who whom whose which what when where why how if then so is are was were be been being had have
    has will would could should can may might must did do does said says say told tells added according
    including he she they them it we you i me him us another other others each every all both some any
    no not times time percent cent o'clock am pm ago later earlier more less""".split()
)  # fmt: skip
# Plural nouns not ending in -s, nouns whose plural is themselves, and plurals -s stripping gets wrong.
_IRREGULAR = {
    "men": "man", "women": "woman", "people": "person", "children": "child", "feet": "foot", "teeth": "tooth",
    "geese": "goose", "mice": "mouse", "buses": "bus", "gases": "gas", "crises": "crisis", "lives": "life",
    "wives": "wife", "knives": "knife", "halves": "half", "thieves": "thief", "heroes": "hero",
    "series": "series", "species": "species", "police": "police", "personnel": "personnel",
    "staff": "staff", "aircraft": "aircraft", "sheep": "sheep", "cattle": "cattle", "livestock": "livestock",
}  # fmt: skip
_UNIT_ABBREVIATIONS = frozenset("km kg mm cm mph ft lb lbs min mins hr hrs mw kw gw".split())
_ATTACHED_UNIT = re.compile(rf"(?i:(?P<unit>{'|'.join(sorted(_UNIT_ABBREVIATIONS, key=len, reverse=True))}))\b")
_LABELS = frozenset(label.lower() for label in SERIAL_LABELS)
_NOT_PLURAL = frozenset("always perhaps whereas besides towards afterwards news various".split())
# Words before "one" that make it a pronoun or an idiom ("from one place to another", "no one").
_NOT_A_COUNT_AFTER = frozenset(
    "on in at from to for with by into the no any every each which this that said says told".split()
)
_SPEECH = frozenset("said says told added".split())
_MEASURE_PREFIXES = frozenset({"cubic", "square"})


def _plurality(word: str) -> str | None:
    """'plural' for a lower-case plural noun, 'maybe' for a capitalised one ("Syrians", "Hamas")."""
    low = word.lower()
    if low in _IRREGULAR:
        return "plural"
    if _ACRONYM_PLURAL.fullmatch(word):
        return "plural"
    if len(low) <= 3 or not low.endswith("s") or low.endswith(("ss", "us", "ous")) or low in _NOT_PLURAL:
        return None
    if word[0].isupper():
        return None if word.isupper() else "maybe"
    return None if low.endswith("is") else "plural"


def singular(word: str) -> str:
    """The lower-case singular of a counted noun ("families" -> "family", "men" -> "man")."""
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return low[:-2]
    return low[:-1] if low.endswith("s") else low


def _tokens(text: str, pos: int):
    """Up to `_MAX_TOKENS` words after `pos`, separated by spaces only; stops at a stop word."""
    for _ in range(_MAX_TOKENS):
        m = _TOKEN.match(text, pos)
        if m is None:
            return
        word = m[1].rstrip("'’")
        if (word.lower() in _STOP and not word.isupper()) or parse_number(word) is not None:
            return
        yield word, m.start(1) + len(word), word != m[1]
        pos = m.end()


def _plural_head(text: str, pos: int) -> tuple[int, str] | None:
    """(end, unit) of the plural noun counted by a number after `pos` ("cubic metres" -> "cubic metre")."""
    fallback = None
    previous = ""
    for i, (word, end, possessive) in enumerate(_tokens(text, pos)):
        kind = _plurality(word)
        if kind == "plural" or (i == 0 and word.lower() in _UNIT_ABBREVIATIONS):
            unit = singular(word)
            return end, f"{previous} {unit}" if previous in _MEASURE_PREFIXES else unit
        if fallback is not None:
            break
        if kind == "maybe":
            fallback = (end, singular(word))
        if possessive:
            break
        previous = word.lower()
    return fallback


def _singular_head(text: str, pos: int) -> tuple[int, str] | None:
    """(end, unit) of the noun counted by "one": the last of the words after it, less trailing participles."""
    words = []
    for word, end, possessive in _tokens(text, pos):
        words.append((end, word.lower()))
        if possessive:
            break
    while words and words[-1][1].endswith(("ed", "ing", "ly")):
        words.pop()
    return words[-1] if words else None


def _previous_word(text: str, pos: int) -> str:
    m = _PREVIOUS_WORD.search(text, max(0, pos - 30), pos)
    return m[1].lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = _TOKEN.match(text, pos)
    return m[1].lower() if m else ""


def _count(text: str, m: re.Match[str]) -> tuple[int, int | float, str] | None:
    """(end, value, unit) of the count starting at match `m`, or None when it counts nothing.

    "two of the five spillway gates" is a count of gates that ends after "two".
    """
    number = m["vague"] or m["num"]
    value = parse_number(number)
    previous = _previous_word(text, m.start())
    if value is None or previous in _LABELS:
        return None
    if m["num"]:
        unit = _COMPOUND.match(text, m.end()) or _ATTACHED_UNIT.match(text, m.end())
        if unit:
            return unit.end(), value, unit["unit"].lower()
        partitive = _PARTITIVE.match(text, m.end()) if value != 1 else None
        if partitive:
            head = _plural_head(text, partitive.end())
            return head and (m.end(), value, head[1])
    if value == 1:
        if previous in _NOT_A_COUNT_AFTER:
            return None
        head = _singular_head(text, m.end())
        if head is None or _next_word(text, head[0]) in _SPEECH:  # "one official said"
            return None
        return head[0], value, head[1]
    head = _plural_head(text, m.end())
    return head and (head[0], value, head[1])


def _referring(text: str, m: re.Match[str], index: SentenceIndex, counts: list[Candidate]):
    """(end, value, unit) of a number standing for a noun counted just before it: "two of them" (this
    sentence or the one before, same paragraph) or a clause opened by a number (", nine belonged")."""
    value = parse_number(m["num"]) if m["num"] else None
    if value is None or value == 1:
        return None
    sentence_start = index.sentence_at(m.start())[0]
    if _OF_THEM.match(text, m.end()):
        previous_start = index.sentence_at(sentence_start - 1)[0] if sentence_start > 0 else 0
        floor = max(previous_start, text.rfind("\n", 0, m.start()) + 1)
    else:
        before = m.start()
        while before > sentence_start and text[before - 1] in " \t":
            before -= 1
        if not (before == sentence_start or text[before - 1] in ",;:") or _TOKEN.match(text, m.end()) is None:
            return None
        floor = sentence_start
    for c in reversed(counts):
        if c.start < floor:
            break
        if c.end <= m.start():
            return m.end(), value, c.unit
    return None


class _Taken:
    """Sorted, disjoint spans already claimed; answers overlap queries in O(log n)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans: list[Span] = sorted(spans)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.spans, (end,)) - 1  # last span starting before `end`
        return i >= 0 and self.spans[i][1] > start

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))


def _figure(text: str, m: re.Match[str], index: SentenceIndex, counts: list[Candidate]):
    """(kind, start, end, value, unit) of the figure made by the number matched by `m`, or None."""
    if m["num"]:
        money = money_at(text, m.start(), m.end())
        if money:
            return "money", *money
        percent = _PERCENT.match(text, m.end())
        if percent:
            value = parse_number(m["num"])
            return None if value is None else ("percent", m.start(), percent.end(), value, None)
    count = _count(text, m) or _referring(text, m, index, counts)
    return count and ("quantity", m.start(), *count)


def find_numbers(article: Article, index: SentenceIndex) -> list[Candidate]:
    """Quantity, money and percent candidates in `article`, in text order, with their hedge and bounds."""
    text = article.text
    taken = _Taken(date_spans(text))
    for phone in _PHONE.finditer(text):
        if not taken.overlaps(*phone.span()):
            taken.add(*phone.span())
    result: list[Candidate] = []
    counts: list[Candidate] = []
    for m in _NUMBER.finditer(text):
        figure = None if taken.overlaps(*m.span()) else _figure(text, m, index, counts)
        if figure is None or taken.overlaps(figure[1], figure[2]):
            continue
        kind, start, end, value, unit = figure
        taken.add(start, end)
        sentence = index.sentence_at(start)
        candidate = Candidate(article.id, start, end, text[start:end], kind, value, sentence, unit)
        hedged = hedge(text, start, candidate.text, value)
        if hedged:
            candidate.hedge, candidate.bounds = hedged
        result.append(candidate)
        if kind == "quantity":
            counts.append(result[-1])
    return result
