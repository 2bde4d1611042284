"""Quote drift: how each member of a quote cluster words the statement, against its most common wording.

The reference is the wording most members share (quote marks and the punctuation at its ends
aside), the earliest on a tie. Against it a member is `verbatim` (the same words, cased and spelt
alike), `minor` (equal once case, punctuation, hashtags/@ and spelling variants are folded:
`quotenorm.normalise_quote`), `altered` (cut short or run on, or the same opening going on to other
words) or `paraphrase` (the same statement in other words).
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from itertools import combinations

from workbench.align.clusters import QUOTE_OPENING
from workbench.align.worddiff import word_diff
from workbench.display import QUOTE_MARKS
from workbench.extract.quotenorm import normalise_quote
from workbench.model import Candidate

CUT_SHARE = 0.8  # a quote holding this share of a shorter one's words, in order, extends it
CUT_WORDS = 3  # ... when it has at least these many words more

_EDGES = QUOTE_MARKS + " \t.,;:!?…—–-"
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


def quoted_words(c: Candidate) -> str:
    """A quote candidate's words without the marks (and punctuation) at its ends."""
    return c.text.strip(_EDGES)


def _wording(c: Candidate) -> str:
    return " ".join(quoted_words(c).translate(_STRAIGHT).split())


def reference(members: list[Candidate]) -> Candidate:
    """The member with the most common wording, the earliest on a tie."""
    wordings = [_wording(c) for c in members]
    counts = Counter(wordings)
    return members[max(range(len(members)), key=lambda i: counts[wordings[i]])]  # max keeps the first of equals


def variant(ref: Candidate, c: Candidate) -> str:
    """How `c` words the statement `ref` words: verbatim, minor, paraphrase or altered."""
    if _wording(c) == _wording(ref):
        return "verbatim"
    a, b = normalise_quote(quoted_words(ref)).split(), normalise_quote(quoted_words(c)).split()
    if a == b:
        return "minor"
    shared = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    if shared >= CUT_SHARE * min(len(a), len(b)) and max(len(a), len(b)) - shared >= CUT_WORDS:
        return "altered"  # cut short or run on
    opening = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return "altered" if opening >= QUOTE_OPENING else "paraphrase"


def classify(members: list[Candidate]) -> None:
    """Set `variant` and `diff` (words against the reference) on each quote of one cluster."""
    ref = reference(members)
    by_text: dict[str, tuple[str, list[tuple[str, str]]]] = {}  # copies of one text are classed once
    for c in members:
        if c.text not in by_text:
            by_text[c.text] = variant(ref, c), word_diff(quoted_words(ref), quoted_words(c))
        c.variant, c.diff = by_text[c.text]


def _same_person(a: str, b: str) -> bool:
    """One name holds the other's words: "Marsk" and "Erik Marsk" may be one speaker."""
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    return wa <= wb or wb <= wa


def speakers_differ(members: list[Candidate]) -> bool:
    """Whether the outlets attribute the quote to different speakers (unattributed members aside)."""
    speakers = {c.speaker for c in members if c.speaker}
    return any(not _same_person(a, b) for a, b in combinations(sorted(speakers), 2))
