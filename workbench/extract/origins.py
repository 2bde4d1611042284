"""Where a figure or a date comes from: the source its sentence credits it to.

"308 militants, according to Hezbollah", "Hezbollah said 308 ...", "..., the ministry said": the origin is
the name the article gives the source (its canonical value), or an institution named by a common noun
("the health ministry", "police"). A quote's origin is its speaker. Four outlets repeating one party's
figure have one origin between them, not four confirmations.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from workbench.model import Candidate

_VERBS = r"(?:said|says|say|told|reported|reports|announced|announces|estimated|estimates|confirmed|confirms|stated|added|claimed|claims)"
_ACCORDING = re.compile(r"(?=a)\baccording[^\S\n]+to[^\S\n]+", re.IGNORECASE)
_CUE = re.compile(rf"\b{_VERBS}\b")
# An institution named by a common noun, right before a reporting verb or after "according to".
_INSTITUTION = re.compile(
    r"(?i:\b(?<!['’])(?:the[^\S\n]+)?(?:[a-z]+(?:['’]s)?[^\S\n]+){0,2}?(?:ministry|agency|army|military|police|government|department|"
    r"office|authority|authorities|commission|committee|coalition|command|council|court|service|officials?|"
    r"spokes(?:man|woman|person)|observatory|organi[sz]ation|company|bank|board|bureau|force|forces|navy|coastguard))\b"
)
# An institution's people, who speak for the organisation named in their phrase ("Hezbollah officials": Hezbollah), and
# what a news agency is ("the ANI news agency": ANI).
_ITS_PEOPLE = re.compile(r"(?i:officials?|spokes(?:man|woman|person)|news[^\S\n]+agency)\Z")
_WHOSE = re.compile(r"(?i:^(?:a|an)\b|['’]s\b)")  # "a Kabul news agency", "Iran's news agency": of a place
_INDEFINITE_BEFORE = re.compile(r"(?i:\ban?[^\S\n]+)\Z")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near)[^\S\n]+(?:the[^\S\n]+)?\Z")  # "killed in Gaza": a place
_GAP = 40  # characters between a source and its reporting verb ("Hezbollah officials in Beirut said")


def _names_by_article(candidates: list[Candidate]) -> dict[str, tuple[list[int], list[Candidate]]]:
    found: dict[str, list[Candidate]] = {}
    for c in candidates:
        if c.kind == "entity" and c.value:
            found.setdefault(c.article, []).append(c)
    return {a: ([c.start for c in cs], cs) for a, cs in found.items()}


def _a_places_agency(text: str, m: re.Match[str]) -> bool:
    """Whether an institution's phrase is a news agency of the place it names ("a Kabul news agency", "Iran's news
    agency"), not one of that name ("the ANI news agency")."""
    return m.group().lower().endswith("agency") and bool(
        _WHOSE.search(m.group()) or _INDEFINITE_BEFORE.search(text, max(0, m.start() - 4), m.start())
    )


def _subject(
    text: str, names: tuple[list[int], list[Candidate]] | None, start: int, end: int, first: bool = False
) -> str | None:
    """Who text[start:end] names right before a reporting verb (or, `first`, right after it): the nearest name that is
    no place ("killed in Gaza, the health ministry said": the ministry; "Ann Lee, the fire chief, said": Ann Lee, the
    chief's phrase being no institution; "…, said 40 people died in Gaza": no one) or institution; a name inside an
    institution's phrase gives the institution ("the Gaza health ministry"), unless the phrase names its people
    ("Hezbollah officials": Hezbollah)."""
    found: list[tuple[int, int, int, str]] = []  # (end, length, priority, source)
    if names is not None:
        starts, cands = names
        for c in cands[bisect_left(starts, start) : bisect_left(starts, end)]:
            if c.end <= end and not _PLACE_BEFORE.search(text, max(start, c.start - 12), c.start):
                found.append((c.end, c.end - c.start, 0, str(c.value)))
    for m in _INSTITUTION.finditer(text, start, end):
        named = [f for f in found if m.start() <= f[0] - f[1] and f[0] <= m.end()]
        if named and _ITS_PEOPLE.search(m.group()) and not _a_places_agency(text, m):
            continue  # "Hezbollah officials", "the ANI news agency": the name speaks (not "a Kabul news agency")
        found = [f for f in found if f not in named]
        found.append((m.end(), m.end() - m.start(), 1, " ".join(m.group().lower().split())))
    if not found:
        return None
    return (min(found, key=lambda f: f[0] - f[1]) if first else max(found))[3]


def source_of(c: Candidate, text: str, names: tuple[list[int], list[Candidate]] | None) -> str | None:
    """The source `c`'s sentence credits, or None when it names none."""
    return _first_source(_sentence_sources(text, (c.sentence[0], c.sentence[1]), names), c)


def _first_source(sources: tuple[str | None, list[tuple[int, str | None]]], c: Candidate) -> str | None:
    according, cues = sources
    if according:
        return according
    return next((source for at, source in cues if source and not c.start <= at < c.end), None)


def _sentence_sources(
    text: str, sentence: tuple[int, int], names: tuple[list[int], list[Candidate]] | None
) -> tuple[str | None, list[tuple[int, str | None]]]:
    """The sentence's source after "according to", and (start, source) at each reporting verb in it."""
    lo, hi = sentence
    for m in _ACCORDING.finditer(text, lo, hi):
        after = min(hi, m.end() + _GAP)
        source = _subject(text, names, m.end(), after, first=True)
        if source:
            return source, []
    cues = []
    for m in _CUE.finditer(text, lo, hi):
        before = max(lo, m.start() - _GAP)
        source = _subject(text, names, before, m.start())
        if source is None and text[lo : m.start()].rstrip().endswith(","):  # "..., said the ministry"
            source = _subject(text, names, m.end(), min(hi, m.end() + _GAP), first=True)
        cues.append((m.start(), source))
    return None, cues


def attribute(candidates: list[Candidate], texts: dict[str, str]) -> None:
    """Set `attributed_to` on every figure and date (quotes have theirs: the speaker)."""
    names = _names_by_article(candidates)
    by_sentence: dict[tuple[str, tuple[int, int]], tuple[str | None, list[tuple[int, str | None]]]] = {}
    for c in candidates:
        if c.kind not in ("quote", "entity"):
            key = (c.article, (c.sentence[0], c.sentence[1]))
            if key not in by_sentence:
                by_sentence[key] = _sentence_sources(texts[c.article], key[1], names.get(c.article))
            c.attributed_to = _first_source(by_sentence[key], c)
