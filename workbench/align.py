"""Alignment: candidates from different articles (or conflicting ones in one) that state the same fact.

Candidates are blocked by kind and, for quantities, by the class of the counted noun
(militants/fighters/men are one class), so fuzzy scoring never runs across the whole corpus.
Inside a block, identical contexts are scored once, and only contexts that share a rare word are
compared (an inverted index), with rapidfuzz. Linked candidates form clusters (union-find).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from workbench.model import Article, Candidate, Cluster

ALIGNED_KINDS = ("quantity", "money", "percent", "date", "quote")

# Counted nouns that name the same kind of thing in news copy.
_NOUN_CLASSES = {
    "combatant": "militant fighter man jihadist extremist insurgent terrorist gunman rebel member",
    "soldier": "soldier troop serviceman servicemember marine",
    "person": "person people civilian resident evacuee passenger refugee inhabitant individual",
    "relative": "relative family dependant dependent woman child",
    "vehicle": "bus vehicle truck lorry car coach minibus ambulance",
    "casualty": "casualty victim death fatality dead",
    "injured": "injured wounded injury",
    "home": "home house building dwelling",
    "boat": "boat vessel ship ferry",
    "aircraft": "aircraft plane jet warplane helicopter drone",
    "strike": "strike airstrike raid",
}
NOUN_CLASS = {noun: name for name, nouns in _NOUN_CLASSES.items() for noun in nouns.split()}

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_STOPWORDS = frozenset(
    """a an the and or but of in on at to from for with by as is are was were be been being that this
    these those it its their they them he she his her we our us you your i not no nor so than then there
    which who whom whose what when where while has have had do does did will would can could should
    may might must also into over after before about up out said says say told according more most
    some all any each other such very just only one two three four five six seven eight nine ten""".split()
)
_SUFFIXES = ("ings", "ing", "ies", "ied", "es", "ed", "s")

# Context similarity (0-100) needed to link two candidates; a lower bar when their values agree.
LINK_THRESHOLD = {"quantity": 52, "money": 55, "percent": 55, "date": 60}
SAME_VALUE_THRESHOLD = {"quantity": 38, "money": 40, "percent": 40, "date": 45}
QUOTE_THRESHOLD = 72
_MAX_POSTING = 400  # a word in more contexts than this is too common to propose pairs


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    # bussed -> buss -> bus; doubled final consonants fold
    if len(word) > 3 and word[-1] == word[-2]:
        word = word[:-1]
    return word


def _tokens(text: str) -> list[str]:
    return [_stem(t) for t in (m.group().lower() for m in _TOKEN.finditer(text)) if t not in _STOPWORDS]


def noun_class(unit: str | None) -> str:
    """The class of a counted noun: its synonym group, else the noun itself."""
    if not unit:
        return ""
    head = unit.split()[-1]
    return NOUN_CLASS.get(head, head)


def _context(candidate: Candidate, text: str) -> str:
    """The candidate's sentence without the candidate itself, as stemmed content words."""
    start, end = candidate.sentence
    before = text[start : max(start, candidate.start)]
    after = text[min(end, candidate.end) : end]
    return " ".join(sorted(set(_tokens(before + " " + after))))


def _block_key(candidate: Candidate) -> tuple[str, str]:
    if candidate.kind == "quantity":
        return candidate.kind, noun_class(candidate.unit)
    if candidate.kind == "money":
        return candidate.kind, candidate.unit or ""
    return candidate.kind, ""


def _comparison(candidate: Candidate, text: str) -> str:
    if candidate.kind == "quote":
        return " ".join(_tokens(str(candidate.value or candidate.text)))
    return _context(candidate, text)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _candidate_pairs(strings: list[str]) -> Iterable[tuple[int, int]]:
    """Pairs of strings that share at least one word that is not too common (an inverted index)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(strings):
        for token in set(s.split()):
            postings[token].append(i)
    seen: set[tuple[int, int]] = set()
    for ids in postings.values():
        if len(ids) > _MAX_POSTING:
            continue
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                pair = (ids[x], ids[y])
                if pair not in seen:
                    seen.add(pair)
                    yield pair


def _linked(kind: str, a: Candidate, b: Candidate, score: float) -> bool:
    if kind == "quote":
        return score >= QUOTE_THRESHOLD
    bar = SAME_VALUE_THRESHOLD[kind] if a.value == b.value else LINK_THRESHOLD[kind]
    return score >= bar


def _score(kind: str, a: str, b: str) -> float:
    if kind == "quote":
        # one outlet may truncate or extend a quote: judge by the shorter one's words
        return max(fuzz.ratio(a, b), fuzz.partial_ratio(a, b) if min(len(a), len(b)) >= 40 else 0)
    return fuzz.token_set_ratio(a, b)


def _link_block(kind: str, members: list[Candidate], texts: dict[str, str], uf: _UnionFind, index: dict[str, int]) -> None:
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for c in members:
        groups[_comparison(c, texts[c.article])].append(c)
    strings = list(groups)
    for same in groups.values():  # identical contexts: the same sentence, maybe another figure
        for other in same[1:]:
            uf.union(index[same[0].id], index[other.id])
    for i, j in _candidate_pairs(strings):
        score = _score(kind, strings[i], strings[j])
        if score < min(QUOTE_THRESHOLD, *SAME_VALUE_THRESHOLD.values()):
            continue
        for a in groups[strings[i]]:
            for b in groups[strings[j]]:
                if _linked(kind, a, b, score):
                    uf.union(index[a.id], index[b.id])


def _status(members: list[Candidate]) -> str:
    values = {repr(m.value) for m in members}
    return "agree" if len(values) == 1 else "conflict"


def align(candidates: list[Candidate], articles: list[Article]) -> list[Cluster]:
    """Clusters of candidates stating the same fact, in a stable order (by kind, then first member)."""
    texts = {a.id: a.text for a in articles}
    aligned = [c for c in candidates if c.kind in ALIGNED_KINDS]
    index = {c.id: i for i, c in enumerate(aligned)}
    uf = _UnionFind(len(aligned))
    blocks: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in aligned:
        blocks[_block_key(c)].append(c)
    for (kind, _), members in blocks.items():
        _link_block(kind, members, texts, uf, index)
    components: dict[int, list[Candidate]] = defaultdict(list)
    for c in aligned:
        components[uf.find(index[c.id])].append(c)
    clusters = []
    for members in components.values():
        articles_of = list(dict.fromkeys(m.article for m in members))
        status = _status(members)
        if len(members) < 2 or (len(articles_of) < 2 and status == "agree"):
            continue
        clusters.append((members, articles_of, status))
    clusters.sort(key=lambda item: (ALIGNED_KINDS.index(item[0][0].kind), item[0][0].article, item[0][0].start))
    return [
        Cluster(
            id=f"k{n}",
            kind=members[0].kind,
            members=[m.id for m in members],
            articles=articles_of,
            status=status,
        )
        for n, (members, articles_of, status) in enumerate(clusters, 1)
    ]
