"""A candidate's value read as the article writes it: "400 men" (not "400 man"), a hedged figure with its
hedge and bounds, a date the article does not resolve said to be unknown ("Wednesday (date unknown)")."""

from __future__ import annotations

import re

from workbench.output.summary import format_value, show_value
from workbench.store.records import CandidateRecord

IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children", "foot": "feet"}
FIGURES = frozenset({"quantity", "money", "percent"})
_RESOLVED_DATE = re.compile(r"^-{0,2}\d")  # 2017-08-30, 2017-07, 2014, --08-18


def plural(word: str) -> str:
    """The English plural of a unit word ("man" -> "men", "party" -> "parties", "strike" -> "strikes")."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def written_unit(candidate: CandidateRecord) -> str | None:
    """The unit as the text writes it: its plural when the mention's last word is that plural, else as stored."""
    unit = candidate.unit
    if candidate.kind != "quantity" or not unit:
        return unit
    *head, last = unit.split()
    words = re.findall(r"[\w-]+", candidate.text.casefold())
    if words and words[-1] == plural(last.casefold()):
        return " ".join([*head, plural(last)])
    return unit


def _bounds(bounds: list[float | None]) -> str:
    low, high = (show_value(b) if b is not None else None for b in bounds)
    if low is not None and high is not None:
        return f"{low}–{high}"
    return f"≥{low}" if low is not None else f"≤{high}"


def read_value(candidate: CandidateRecord) -> str:
    """The value as one line, as the article writes it (format_value for what needs no reading)."""
    if candidate.kind == "date" and isinstance(candidate.value, str) and not _RESOLVED_DATE.match(candidate.value):
        written = candidate.value[:1].upper() + candidate.value[1:]
        return f"{written} (date unknown)"
    if candidate.kind != "quantity" or candidate.value is None:
        shown = format_value(candidate)
    else:
        unit = written_unit(candidate)
        shown = f"{show_value(candidate.value)} {unit}" if unit else show_value(candidate.value)
    if candidate.kind in FIGURES and candidate.hedge and candidate.bounds:
        return f"{shown} ({candidate.hedge.casefold()}, {_bounds(candidate.bounds)})"
    return shown


def cell_value(candidate: CandidateRecord) -> str:
    """A summary cell's value: as read_value, but a name as the outlet spells it (the row gives the canonical
    name and every spelling)."""
    if candidate.kind == "entity":
        return " ".join(candidate.text.split())
    return read_value(candidate)
