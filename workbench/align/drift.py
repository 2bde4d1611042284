"""Quote drift: how each member of a quote cluster words the statement, against its most common wording.

The reference is the wording most members share (quote marks and the punctuation at its ends
aside), the earliest on a tie. Against it a member is `verbatim` (the same words, cased and spelt
alike), `minor` (equal once case, punctuation, hashtags/@ and spelling variants are folded: the
candidates' `key`, `quotenorm.normalise_quote`), `truncated` (one is an unbroken run of the other's
words, at least TRUNCATED_WORDS long: cut short, its opening dropped, or run on), `altered` (a word or
figure changed inside, or the same opening going on to other words) or `paraphrase` (the same statement
in other words). A quote cluster agrees when every member is verbatim, minor or truncated: outlets
quoting more or less of one statement do not contradict each other.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from itertools import combinations

from workbench.align.worddiff import word_diff
from workbench.display import QUOTE_MARKS
from workbench.extract.quotenorm import normalise_quote
from workbench.model import Candidate

QUOTE_OPENING = 6  # quotes opening with these many identical words are one statement
TRUNCATED_WORDS = 4  # a quote this long, found word for word inside another, is a part of it
AGREEING = frozenset(("verbatim", "minor", "truncated"))
CUT_SHARE = 0.8  # two quotes sharing this share of the shorter one's words, in order, word one statement

_ARTICLES = frozenset(("a", "an", "the"))
_EDGES = QUOTE_MARKS + " \t.,;:!?…—–-"
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


def quoted_words(c: Candidate) -> str:
    """A quote candidate's words without the marks (and punctuation) at its ends."""
    return c.text.strip(_EDGES)


def _wording(c: Candidate) -> str:
    return " ".join(quoted_words(c).translate(_STRAIGHT).split())


def reference(members: list[Candidate]) -> Candidate:
    """The member with the cluster's most common wording: of the comparison form (`key`) most members
    share (the longest on a tie: the fullest telling, which the others are parts of), the member whose
    exact wording most of those share; the earliest on a tie."""
    keys = [key_of(c) for c in members]
    key_counts = Counter(keys)
    best = max(key_counts, key=lambda k: (key_counts[k], len(k.split())))  # max keeps the first of equals
    same = [c for c, k in zip(members, keys) if k == best]
    wordings = [_wording(c) for c in same]
    counts = Counter(wordings)
    return same[max(range(len(same)), key=lambda i: counts[wordings[i]])]


def key_of(c: Candidate) -> str:
    """The comparison form of a quote's wording: its `key`, else made from its text."""
    return c.key if c.key is not None else normalise_quote(quoted_words(c))


def part_of(short: str, long: str) -> bool:
    """Whether the comparison form `short` is an unbroken run of `long`'s words, TRUNCATED_WORDS or more, or
    all of `long` but an article ("motion to vacate" in "a motion to vacate")."""
    if f" {short} " not in f" {long} ":
        return False
    if len(short.split()) >= TRUNCATED_WORDS:
        return True
    rest = f" {long} ".replace(f" {short} ", " ", 1).split()
    return bool(rest) and all(word in _ARTICLES for word in rest)


def variant(ref: Candidate, c: Candidate) -> str:
    """How `c` words the statement `ref` words: verbatim, minor, truncated, paraphrase or altered."""
    if _wording(c) == _wording(ref):
        return "verbatim"
    ka, kb = key_of(ref), key_of(c)
    if ka == kb:
        return "minor"
    if part_of(kb, ka) or part_of(ka, kb):
        return "truncated"
    a, b = ka.split(), kb.split()
    shared = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    if shared >= CUT_SHARE * min(len(a), len(b)):
        return "altered"  # its words in order, some changed, added or dropped inside
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


def agrees(members: list[Candidate]) -> bool:
    """Whether a quote cluster agrees: every member verbatim, minor or truncated against the reference."""
    ref = reference(members)
    return all(variant(ref, c) in AGREEING for c in {c.text: c for c in members}.values())


def same_person(a: str, b: str) -> bool:
    """One name holds the other's words: "Marsk" and "Erik Marsk" may be one speaker."""
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    return wa <= wb or wb <= wa


def speakers_differ(members: list[Candidate]) -> bool:
    """Whether the outlets attribute the quote to different speakers (unattributed members aside)."""
    speakers = {c.speaker for c in members if c.speaker}
    return any(not same_person(a, b) for a, b in combinations(sorted(speakers), 2))
