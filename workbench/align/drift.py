"""Quote drift: how each member of a quote cluster words the statement, against its most common wording.

The reference is the wording most members share (quote marks and the punctuation at its ends
aside), the earliest on a tie. Against it a member is `verbatim` (the same words, cased and spelt
alike), `minor` (equal once case, punctuation, hashtags/@ and spelling variants are folded: the
candidates' `key`, `quotenorm.normalise_quote`), `truncated` (one is an unbroken run of the other's
words, at least TRUNCATED_WORDS long: cut short, even inside a word as a page that stops mid-word cuts it,
its opening dropped, or run on; or one's closing words open the other: two cuts of one statement), `altered` (a word or figure changed inside, or the same opening going on to
other words) or `paraphrase` (the same statement in other words). A quote cluster agrees when every member is verbatim, minor or truncated: outlets
quoting more or less of one statement do not contradict each other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher
from itertools import combinations

from workbench.align.worddiff import word_diff
from workbench.display import QUOTE_MARKS
from workbench.extract.quotenorm import normalise_quote
from workbench.model import Candidate

QUOTE_OPENING = 6  # quotes opening with these many identical words are one statement
TRUNCATED_WORDS = 3  # a quote this long, found word for word inside another, is a part of it
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


def _overlap(a: list[str], b: list[str], a_cut: bool, b_cut: bool) -> bool:
    """Whether one quote's closing words open the other, at least QUOTE_OPENING words: two cuts of one statement, one
    starting earlier, the other going on further (a word one outlet writes as two, "a long gunbattle" and "a long gun
    battle", is no other word; the first may stop inside a word where its page cut it short, `_cut_short`: "innova" of
    "innovative", not a whole "school" of "schoolyard")."""
    for x, y, x_cut in ((a, b, a_cut), (b, a, b_cut)):
        head = "".join(y)
        for k in range(min(len(x), len(y)) - 1, QUOTE_OPENING - 1, -1):
            tail = "".join(x[-k:])
            if head.startswith(tail) and (x_cut or _word_ends(y, len(tail))):
                return True
    return False


def _word_ends(words: list[str], length: int) -> bool:
    """Whether the first `length` letters of the words joined end at a word's end."""
    total = 0
    for word in words:
        total += len(word)
        if total >= length:
            return total == length
    return False


_ENDINGS = tuple(QUOTE_MARKS + ".,;:!?…")


def _cut_short(c: Candidate) -> bool:
    """Whether a quote stops with no closing mark or punctuation, as where a page is cut off mid-quote ("“The winds of
    change are he"): its last word may be a piece of a word."""
    return not c.text.rstrip().endswith(_ENDINGS)


def variant(ref: Candidate, c: Candidate) -> str:
    """How `c` words the statement `ref` words: verbatim, minor, truncated, paraphrase or altered."""
    if _wording(c) == _wording(ref):
        return "verbatim"
    ka, kb = key_of(ref), key_of(c)
    if ka == kb:
        return "minor"
    a, b = ka.split(), kb.split()
    if _one_cut_of_other(ref, c) or _overlap(a, b, _cut_short(ref), _cut_short(c)):
        return "truncated"
    shared = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    if shared >= CUT_SHARE * min(len(a), len(b)):
        return "altered"  # its words in order, some changed, added or dropped inside
    opening = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return "altered" if opening >= QUOTE_OPENING else "paraphrase"


_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
ELIDED_PIECE_WORDS = 3  # words each piece of a quote with words left out gives at least
_NEGATIONS = frozenset(
    "no not never nor none nothing nobody without cannot dont doesnt didnt wont isnt arent wasnt".split()
)


def _elided(c: Candidate, long: str) -> bool:
    """Whether a quote that marks words left out ("showed no remorse at any stage ... and must bear") gives, piece by
    piece and in order, runs of the other quote's words: the same statement, cut (each piece ELIDED_PIECE_WORDS
    long at least). A quote with no ellipsis is one piece, found without normalising it (asked of every pair)."""
    words = quoted_words(c)
    if _ELLIPSIS.search(words) is None:
        return False
    pieces = [normalise_quote(p) for p in _ELLIPSIS.split(words)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2:
        return False
    at = None
    padded = f" {long} "
    for piece in pieces:
        if len(piece.split()) < ELIDED_PIECE_WORDS:
            return False
        found = padded.find(f" {piece} ", at or 0)
        if found < 0 or (at is not None and _NEGATIONS & set(padded[at:found].split())):
            return False  # "has ... plans" for "has no plans": a word left out that turns the meaning
        at = found + len(piece) + 1
    return True


def _one_cut_of_other(x: Candidate, y: Candidate) -> bool:
    """Whether one quote is the other cut: a run of its words, a run cut short inside its last word where a page
    stops, or its words with some left out at an ellipsis."""
    a, b, cut_a, cut_b = key_of(x), key_of(y), _cut_short(x), _cut_short(y)
    return (
        part_of(a, b)
        or part_of(b, a)
        or (cut_a and _cut_mid_word(a, b))
        or (cut_b and _cut_mid_word(b, a))
        or _elided(x, b)
        or _elided(y, a)
    )


def _cut_mid_word(short: str, long: str) -> bool:
    """Whether `short` is a run of `long`'s words cut inside its last word, as a page that stops mid-word cuts a
    quote ("the winds of change are he" of "the winds of change are here")."""
    words = short.split()
    if len(words) <= TRUNCATED_WORDS:
        return False
    head, last = " ".join(words[:-1]), words[-1]
    at = f" {long} ".find(f" {head} ")
    if at < 0:
        return False
    following = f" {long} "[at + len(head) + 2 :].split()
    return bool(following) and following[0].startswith(last) and following[0] != last


def _told_alike(x: Candidate, y: Candidate) -> bool:
    """Whether two quotes can both be parts of one telling: one holds the other, they share no run of TRUNCATED_WORDS
    words (pieces apart), or one runs on where the other begins."""
    a, b = key_of(x), key_of(y)
    if a == b or _one_cut_of_other(x, y):
        return True
    wa, wb = a.split(), b.split()
    run = SequenceMatcher(None, wa, wb, autojunk=False).find_longest_match(0, len(wa), 0, len(wb))
    if run.size < TRUNCATED_WORDS:
        return True
    return (
        (run.a + run.size == len(wa) and run.b == 0)
        or (run.b + run.size == len(wb) and run.a == 0)
        or _overlap(wa, wb, _cut_short(x), _cut_short(y))
    )


def _variants(members: list[Candidate]) -> dict[str, tuple[str, Candidate]]:
    """Each distinct text's variant and the member it is measured against: the reference; for a part of
    a member that agrees with it (or a cut overlapping it), that member (one outlet quoting in two pieces what another
    quotes whole: each piece is `truncated`, not a paraphrase of the other); and for two members that
    agree with the reference but go on from it differently ("Stone's insistence" and "Stone insisted"),
    the less common is `altered` against the other."""
    told: dict[tuple[int, int], str] = {}

    def versus(x: Candidate, y: Candidate) -> str:
        """variant(x, y), worked out once per pair of members (the passes below ask again)."""
        pair = (id(x), id(y))
        if pair not in told:
            told[pair] = variant(x, y)
        return told[pair]

    ref = reference(members)
    distinct = list({c.text: c for c in members}.values())
    found = {c.text: (versus(ref, c), ref) for c in distinct}
    changed = True
    while changed:
        changed = False
        agreeing = [c for c in distinct if found[c.text][0] in AGREEING]
        for c in distinct:
            if found[c.text][0] in AGREEING:
                continue
            holder = next((h for h in agreeing if versus(h, c) == "truncated"), None)
            if holder is not None:
                found[c.text] = ("truncated", holder)
                changed = True
    counts = Counter(key_of(c) for c in members)
    agreeing = [c for c in distinct if found[c.text][0] in AGREEING]
    kept: list[Candidate] = []
    for c in sorted(agreeing, key=lambda c: -counts[key_of(c)]):  # sorted keeps the earliest of equals
        other = next((k for k in kept if not _told_alike(k, c) and not _pieces_of_one(k, c, agreeing, versus)), None)
        if other is None:
            kept.append(c)
        else:
            found[c.text] = ("altered", other)
    return found


def _pieces_of_one(
    a: Candidate, b: Candidate, agreeing: list[Candidate], versus: Callable[[Candidate, Candidate], str]
) -> bool:
    """Whether a longer agreeing member holds both quotes (or runs on into them): two pieces of one telling, however
    alike a phrase they share ("I will always accept …" and "… I will always be ambitious"); `versus` is `variant`
    (remembered)."""
    ka, kb = key_of(a), key_of(b)
    longest = max(len(ka.split()), len(kb.split()))
    return any(
        len(kh.split()) > longest and versus(h, a) == "truncated" and versus(h, b) == "truncated"
        for h in agreeing
        if (kh := key_of(h)) not in (ka, kb)
    )


def classify(members: list[Candidate]) -> None:
    """Set `variant` and `diff` (words against the reference, or the member it is a part of) on each
    quote of one cluster."""
    found = _variants(members)
    for c in members:
        c.variant, against = found[c.text]
        c.diff = word_diff(quoted_words(against), quoted_words(c))


def agrees(members: list[Candidate]) -> bool:
    """Whether a quote cluster agrees: every member verbatim, minor or truncated against the reference
    or against a member that is."""
    return all(v in AGREEING for v, _ in _variants(members).values())


def same_person(a: str, b: str) -> bool:
    """One name holds the other's words: "Marsk" and "Erik Marsk" may be one speaker."""
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    return wa <= wb or wb <= wa


def speakers_differ(members: list[Candidate]) -> bool:
    """Whether the outlets attribute the quote to different speakers (unattributed members aside)."""
    speakers = {c.speaker for c in members if c.speaker}
    return any(not same_person(a, b) for a, b in combinations(sorted(speakers), 2))
