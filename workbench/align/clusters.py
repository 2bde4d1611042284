"""Alignment: candidates from different articles (or conflicting ones in one) that state the same fact.

Candidates are blocked by kind and, for quantities, by the class of the counted noun
(militants/fighters/men are one class), so scoring never runs across the whole corpus. A figure,
sum or date is described by the words of its sentence, weighted by how rare they are in the corpus
(IDF) and how near they stand to it; two candidates state the same fact when those descriptions are
close (cosine), with a lower bar when their values agree. A date dates what its sentence tells of:
one day is in many facts of one event's coverage, so two mentions of a day are one fact only when
their sentences tell of the same event (or read alike), and never when they name different people.
Quotes are compared by their
comparison form (`key`) with rapidfuzz, and one that is an unbroken part of another is that statement. Only candidates that share a word are ever compared (an inverted index), and
identical descriptions are scored once. Linked candidates form clusters (union-find).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from workbench.align.drift import QUOTE_OPENING, agrees, key_of, part_of
from workbench.align.values import same_day, values_agree
from workbench.extract.numwords import NUMBER
from workbench.model import Article, Candidate, Cluster
from workbench.unionfind import UnionFind

ALIGNED_KINDS = ("quantity", "money", "percent", "date", "quote")

# Counted nouns that name the same kind of thing in news copy.
_NOUN_CLASSES = {
    "combatant": "militant fighter man jihadist extremist insurgent terrorist gunman rebel",
    "soldier": "soldier troop serviceman servicemember marine",
    "person": "person people civilian resident evacuee passenger refugee inhabitant individual",
    "relative": "relative family dependant dependent woman child",
    "vehicle": "bus vehicle truck lorry car coach minibus",
    "casualty": "casualty victim death fatality",
    "home": "home house building dwelling household",
    "boat": "boat vessel ship ferry",
    "aircraft": "aircraft plane jet warplane helicopter drone",
    "strike": "strike airstrike raid",
}
NOUN_CLASS = {noun: name for name, nouns in _NOUN_CLASSES.items() for noun in nouns.split()}

# Words that report the same event in news copy, folded to one so that outlets' wording can meet.
_EVENT_WORDS = {
    "die": "kill killed die died dead death deaths drown drowned lost perish perished toll fatal",
    "missing": "missing unaccounted disappeared",
    "hurt": "injure injured injuries injury hurt wound wounded",
    "evacuate": "evacuate evacuated evacuation evacuee evacuees flee fled displaced relocate relocated move moved leave left transfer transferred",
    "rescue": "rescue rescued save saved pull pulled lift lifted airlift airlifted",
    "hospital": "hospital hospitalised hospitalized treat treated treatment clinic",
    "cost": "cost costs spend spent paid pay price",
    "fund": "fund funds funding budget aid grant",
    "build": "build built construct constructed completed",
    "strike": "strike strikes struck bomb bombed bombing airstrike airstrikes hit",
    "statement": "statement statements spokesman spokeswoman spokesperson",
    "meet": "meet meeting session debate convene convened",
    "bus": "bus buses bused bussed busses coach coaches",
    "capture": "capture captured seize seized abduct abducted kidnap kidnapped",
    "fail": "fail failed failure burst collapse collapsed break broke breach breached gave",
    "destroy": "destroy destroyed damage damaged wreck wrecked ruin ruined flatten flattened gone",
}
_EVENT = {word: head for head, words in _EVENT_WORDS.items() for word in words.split()}
_EVENT_HEADS = frozenset(_EVENT_WORDS)
EVENT_REACH = 2  # content words either side of a figure that say what event it counts
EVENT_BONUS = 0.15  # added to the similarity of two figures next to the same event

_BARE_NUMBER = re.compile(NUMBER, re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_STOPWORDS = frozenset(
    """a an the and or but of in on at to from for with by as is are was were be been being that this
    these those it its their they them he she his her we our us you your i not no nor so than then there
    which who whom whose what when where while has have had do does did will would can could should
    may might must also into over after before about up out said says say told according more most
    some all any each other such very just only one two three four five six seven eight nine ten
    least nearly almost around some than less""".split()
)
_SUFFIXES = ("ings", "ing", "ies", "es", "ed", "s")

# How much a context word counts by its distance (in words) from the candidate: the verb and
# nouns next to a figure say what it counts; the rest of the sentence only sets the scene.
_PROXIMITY = ((3, 1.0), (6, 0.6))
_FAR = 0.15
LINK = {"quantity": 0.2, "money": 0.2, "percent": 0.2, "date": 0.2}  # cosine needed, values differing
LINK_SAME_VALUE = {"quantity": 0.12, "money": 0.12, "percent": 0.12, "date": 0.12}  # values agreeing
LINK_DISTINCT_VALUE = (
    0.0  # the same distinctive value and unit in two articles: any shared word (similarity above this) is enough
)
NEWS_WINDOW = 7  # days either side of a dateline in which one day dates many happenings of the event
LINK_DATE_CONFLICT = 0.75  # dates that disagree must be described almost alike
MAGNITUDE_BONUS = 0.2  # added to the similarity of two figures of close magnitude
MAGNITUDE_RATIO = 1.5  # two figures this close (larger / smaller) are of close magnitude
QUOTE_REORDERED = 85  # rapidfuzz token_sort_ratio of one statement, words reordered or respelt
QUOTE_CONTAINED = 90  # token_set_ratio when one quote holds the other (at least QUOTE_CONTAINED_WORDS long)
QUOTE_CONTAINED_WORDS = 8
MIN_CONTEXT_WORDS = 2  # a figure or date with fewer words around it (a bare dateline) is not aligned
_MAX_POSTING = 300  # a word in more descriptions than this is too common to propose pairs


def _stem(word: str) -> str:
    if word in _EVENT:
        return _EVENT[word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word in _EVENT:
        return _EVENT[word]
    if len(word) > 3 and word[-1] == word[-2]:  # bussed -> buss -> bus
        word = word[:-1]
    return _EVENT.get(word, word)


def _words(text: str) -> list[str]:
    return [w for w in (m.group().lower() for m in _TOKEN.finditer(text)) if w not in _STOPWORDS]


def noun_class(unit: str | None) -> str:
    """The class of a counted noun: its synonym group, else the noun itself."""
    if not unit:
        return ""
    head = unit.split()[-1]
    return NOUN_CLASS.get(head, head)


def _block_key(candidate: Candidate) -> tuple[str, str]:
    if candidate.kind == "quantity":
        return candidate.kind, noun_class(candidate.unit)
    if candidate.kind == "money":
        return candidate.kind, candidate.unit or ""
    return candidate.kind, ""


@dataclass(frozen=True)
class _Description:
    key: str  # identical keys are the same description
    weights: dict[str, float]
    norm: float
    events: frozenset[str] = frozenset()  # the events named right next to the candidate ("killed")
    told: frozenset[str] = frozenset()  # a date's: the events its whole sentence tells of
    people: frozenset[str] = frozenset()  # a date's: the people its sentence names (who did what it dates)


def _describe(
    candidate: Candidate, text: str, idf: dict[str, float], default_idf: float, people: frozenset[str] = frozenset()
) -> _Description:
    start, end = candidate.sentence
    before = [_stem(w) for w in _words(text[start : max(start, candidate.start)])]
    after = [_stem(w) for w in _words(text[min(end, candidate.end) : end])]
    weights: dict[str, float] = defaultdict(float)
    for side in (reversed(before), after):
        for distance, word in enumerate(side):
            weight = idf.get(word, default_idf) * _proximity(distance)
            weights[word] = max(weights[word], weight)
    if len(weights) < MIN_CONTEXT_WORDS:
        return _Description("", {}, 0.0)
    events = frozenset(w for w in [*before[-EVENT_REACH:], *after[:EVENT_REACH]] if w in _EVENT_HEADS)
    told = frozenset(w for w in [*before, *after] if w in _EVENT_HEADS) if candidate.kind == "date" else frozenset()
    key = " ".join(f"{w}:{v:.3f}" for w, v in sorted(weights.items())) + "|" + "|".join(sorted(people))
    norm = math.sqrt(sum(v * v for v in weights.values()))
    return _Description(key, dict(weights), norm, events, told, people)


def _proximity(distance: int) -> float:
    for limit, weight in _PROXIMITY:
        if distance < limit:
            return weight
    return _FAR


def _cosine(a: _Description, b: _Description) -> float:
    if len(a.weights) > len(b.weights):
        a, b = b, a
    dot = sum(v * b.weights.get(w, 0.0) for w, v in a.weights.items())
    return dot / (a.norm * b.norm) if a.norm and b.norm else 0.0


def _idf(articles: list[Article]) -> tuple[dict[str, float], float]:
    """Inverse document frequency of stemmed words over the articles, smoothed.

    The articles are about one event, so the words that say what a figure counts ("killed",
    "evacuated") are in most of them: a word in every article still keeps some weight.
    """
    df: Counter[str] = Counter()
    for article in articles:
        df.update({_stem(w) for w in _words(article.text)})
    n = len(articles)
    return {w: math.log(1 + n / c) for w, c in df.items()}, math.log(1 + n)


def _sharing_pairs(descriptions: list[_Description]) -> Iterator[tuple[int, int]]:
    """Pairs of descriptions that share at least one word that is not too common."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(descriptions):
        for word in d.weights:
            postings[word].append(i)
    seen: set[tuple[int, int]] = set()
    for ids in postings.values():
        if len(ids) > _MAX_POSTING:
            continue
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                if (ids[x], ids[y]) not in seen:
                    seen.add((ids[x], ids[y]))
                    yield ids[x], ids[y]


def _similarity(kind: str, a: _Description, b: _Description) -> float:
    if a.people and b.people and not a.people & b.people:
        return 0.0  # what Michel Aoun did on Wednesday is not what Joseph Aoun did that day
    if a.events and b.events and not a.events & b.events:
        return 0.0  # "14 killed" and "23 missing" count different things
    if a.events & b.events or a.told & b.told:  # both say what the figure counts (or the date dates), alike
        return min(1.0, _cosine(a, b) + EVENT_BONUS)
    return _cosine(a, b)


def same_statement(a: str, b: str) -> bool:
    """Whether two normalised quotes report one statement: reworded or reordered a little, run on
    or cut short (one an unbroken part of the other), or the same opening with another ending (an
    altered quote is still that quote)."""
    return _held(a, b) is not None or _held(b, a) is not None or _alike(a, b)


def _alike(a: str, b: str) -> bool:
    """Two normalised quotes of one statement, neither a part of the other: the same opening, or
    the same words reordered or respelt a little."""
    wa, wb = a.split(), b.split()
    if min(len(wa), len(wb)) >= QUOTE_OPENING and wa[:QUOTE_OPENING] == wb[:QUOTE_OPENING]:
        return True
    return fuzz.token_sort_ratio(a, b) >= QUOTE_REORDERED


def _held(short: str, long: str) -> tuple[int, int] | None:
    """Where (word offsets) the longer quote holds the shorter one: word for word (4+ words), or nearly
    (token_set_ratio, QUOTE_CONTAINED_WORDS+ words); None when it does not."""
    ws, wl = short.split(), long.split()
    if len(ws) >= len(wl) or short == long:
        return None
    if part_of(short, long):
        at = f" {long} ".index(f" {short} ")
        first = long[:at].count(" ") + (1 if at else 0)
        return first, first + len(ws)
    if len(ws) >= QUOTE_CONTAINED_WORDS and fuzz.token_set_ratio(short, long) >= QUOTE_CONTAINED:
        blocks = [b for b in SequenceMatcher(None, ws, wl, autojunk=False).get_matching_blocks() if b.size]
        if blocks:
            return blocks[0].b, blocks[-1].b + blocks[-1].size
    return None


def _statements_held(held: list[tuple[int, int, int]], articles_of) -> list[int]:
    """Of the quotes a longer one holds, (key id, start, end) each, those it links to. Parts that overlap
    in it are one statement; parts apart are one statement told in pieces unless an article quotes them
    as separate quotes: then the longer links to the part it holds most of, and to the others only where
    no article holds both (a quote running two statements together does not join their clusters)."""
    groups: list[tuple[int, int, list[int]]] = []  # (start, end, key ids), by start
    for key_id, start, end in sorted(held, key=lambda h: (h[1], -h[2])):
        if groups and start < groups[-1][1]:
            g_start, g_end, ids = groups[-1]
            groups[-1] = (g_start, max(g_end, end), [*ids, key_id])
        else:
            groups.append((start, end, [key_id]))
    linked: list[int] = []
    taken: set[str] = set()
    for _, _, ids in sorted(groups, key=lambda g: g[0] - g[1]):  # the largest part first
        articles = {a for key_id in ids for a in articles_of(key_id)}
        if not articles & taken:
            linked += ids
            taken |= articles
    return linked


def _link_quotes(members: list[Candidate], uf: UnionFind[int], index: dict[str, int]) -> None:
    """Link the quotes of one statement. Quotes of one comparison form link; two forms link when they
    are alike, or one holds the other, each longer quote linking only to the statement it holds most of."""
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for c in members:
        groups[key_of(c)].append(c)
    keys = [k for k in groups if k]

    def link(ga: list[Candidate], gb: list[Candidate]) -> None:
        for a, b in ((a, b) for a in _distinct(ga) for b in _distinct(gb)):
            ia, ib = index[a.id], index[b.id]
            if uf.find(ia) != uf.find(ib) and _linked("quote", a, b, 1.0):
                uf.union(ia, ib)

    for k in keys:
        same = groups[k]
        for other in same[1:]:
            if _linked("quote", same[0], other, 1.0):
                uf.union(index[same[0].id], index[other.id])
    descriptions = [_Description(k, {w: 1.0 for w in _words(k)}, 1.0) for k in keys]
    held_by: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for i, j in _sharing_pairs(descriptions):
        a, b = keys[i], keys[j]
        if (at := _held(a, b)) is not None:
            held_by[j].append((i, *at))
        elif (at := _held(b, a)) is not None:
            held_by[i].append((j, *at))
        elif _alike(a, b):
            link(groups[a], groups[b])
    for long_id, held in held_by.items():
        for short_id in _statements_held(held, lambda i: {c.article for c in groups[keys[i]]}):
            link(groups[keys[long_id]], groups[keys[short_id]])


def _news_days(articles: list[Article]) -> list[dt.date]:
    """The days the articles are dated."""
    days = []
    for a in articles:
        try:
            days.append(dt.date.fromisoformat(a.dateline or ""))
        except ValueError:
            continue
    return days


def _distinctive(c: Candidate, news_days: Iterable[dt.date] = ()) -> bool:
    """A value unlikely to recur by chance: a figure of 12 or more, a year, a month, or a day
    more than NEWS_WINDOW days from every dateline.

    A day near the news is not: coverage of one event spans a few days, so one day dates many happenings.
    """
    if c.kind == "date":
        if not (isinstance(c.value, str) and c.value[:1].isdigit()):
            return False
        if len(c.value) < len("YYYY-MM-DD"):
            return True
        try:
            day = dt.date.fromisoformat(c.value)
        except ValueError:
            return False
        return all(abs((day - d).days) > NEWS_WINDOW for d in news_days)
    return isinstance(c.value, (int, float)) and (c.value >= 12 or not float(c.value).is_integer())


def _linked(kind: str, a: Candidate, b: Candidate, similarity: float, distinctive=_distinctive) -> bool:
    if a.article == b.article and a.sentence == b.sentence:
        return False  # two figures in one sentence are two facts
    if kind == "quote":
        return similarity == 1.0
    if a.value == b.value and a.unit == b.unit and distinctive(a) and a.article != b.article:
        return similarity > LINK_DISTINCT_VALUE
    if a.value == b.value or (kind == "date" and same_day(a.value, b.value)):
        return similarity >= LINK_SAME_VALUE[kind]
    if _anaphoric(a) or _anaphoric(b):
        return False  # "two of them": a part of a count, not another count of the same thing
    if kind == "date":
        return similarity >= LINK_DATE_CONFLICT
    return similarity + (MAGNITUDE_BONUS if _close_magnitude(a.value, b.value) else 0.0) >= LINK[kind]


def _anaphoric(c: Candidate) -> bool:
    """A count that is only a number ("two" of them): it points back to an earlier count."""
    return c.kind == "quantity" and _BARE_NUMBER.fullmatch(c.text) is not None


def _close_magnitude(a: object, b: object) -> bool:
    """Two sizeable figures within a factor of 1.5: in coverage of one event, likely one figure reported twice."""
    if not (isinstance(a, (int, float)) and isinstance(b, (int, float))) or min(a, b) < 20:
        return False
    return max(a, b) / min(a, b) <= MAGNITUDE_RATIO


def _link_block(
    kind: str, members: list[Candidate], describe, distinctive, uf: UnionFind[int], index: dict[str, int]
) -> None:
    groups: dict[str, list[Candidate]] = defaultdict(list)
    descriptions: dict[str, _Description] = {}
    for c in members:
        d = describe(c)
        if not d.weights:
            continue
        groups[d.key].append(c)
        descriptions[d.key] = d
    keys = list(groups)
    for same in groups.values():  # the same description: the same sentence, perhaps another figure
        for other in same[1:]:
            if _linked(kind, same[0], other, 1.0, distinctive):
                uf.union(index[same[0].id], index[other.id])
    ds = [descriptions[k] for k in keys]
    for i, j in _sharing_pairs(ds):
        similarity = _similarity(kind, ds[i], ds[j])
        for a, b in _pairs_to_try(kind, groups[keys[i]], groups[keys[j]], similarity):
            ia, ib = index[a.id], index[b.id]
            if uf.find(ia) != uf.find(ib) and _linked(kind, a, b, similarity, distinctive):
                uf.union(ia, ib)


def _distinct(members: list[Candidate]) -> list[Candidate]:
    """Per value, members from two articles at most: the others of a group link the same way."""
    kept: dict[str, list[Candidate]] = defaultdict(list)
    for c in members:
        same = kept[key_of(c) if c.kind == "quote" else repr(c.value)]
        if len(same) < 2 and all(k.article != c.article for k in same):
            same.append(c)
    return [c for same in kept.values() for c in same]


def _pairs_to_try(
    kind: str, ga: list[Candidate], gb: list[Candidate], similarity: float
) -> Iterator[tuple[Candidate, Candidate]]:
    """The member pairs of two description groups worth testing, found without a full cross product.

    The members of one group are already linked with each other, so one linking pair merges two
    groups; what has to be found is whether any pair links at this similarity.
    """
    if kind in ("quote", "date"):  # few distinct values in a group
        yield from ((a, b) for a in _distinct(ga) for b in _distinct(gb))
        return
    if similarity >= LINK[kind]:  # any two figures link: try a few from different articles
        yield from ((a, b) for a in _distinct(ga)[:3] for b in _distinct(gb)[:3])
    by_value: dict[object, list[Candidate]] = defaultdict(list)
    for b in gb:
        if len(by_value[b.value]) < 3:
            by_value[b.value].append(b)
    for a in _distinct(ga):
        yield from ((a, b) for b in by_value.get(a.value, ()))
    if similarity + MAGNITUDE_BONUS >= LINK[kind]:  # figures of close magnitude may link
        numeric = sorted((b.value, n, b) for n, b in enumerate(gb) if isinstance(b.value, (int, float)))
        values = [v for v, _, _ in numeric]
        for a in _distinct(ga):
            if isinstance(a.value, (int, float)) and a.value > 0:
                at = bisect_left(values, a.value / MAGNITUDE_RATIO)
                yield from ((a, b) for _, _, b in numeric[at : at + 3])


def _components(aligned: list[Candidate], uf: UnionFind[int], index: dict[str, int]) -> Iterable[list[Candidate]]:
    components: dict[int, list[Candidate]] = defaultdict(list)
    for c in aligned:
        components[uf.find(index[c.id])].append(c)
    return components.values()


# A name that only says who reported a fact ("…, engineer John Carver said"; "according to Mayor Brandt").
# Narrower than extract.attribution's verbs on purpose: "Michel Aoun declared victory" is a deed, not a report.
_ATTRIBUTES_AFTER = re.compile(r"\s*,?\s*(?:said|says|told|added|wrote)\b")
_ATTRIBUTES_BEFORE = re.compile(r"\b(?:according to|said|says|told)\s+(?:[\w.’'-]+\s+){0,3}$", re.IGNORECASE)


def _people_by_sentence(
    candidates: list[Candidate], texts: dict[str, str]
) -> dict[tuple[str, tuple[int, int]], frozenset[str]]:
    """The canonical names of the people each sentence names as doing something (not only reporting
    it), by (article, sentence span)."""
    found: dict[tuple[str, tuple[int, int]], set[str]] = defaultdict(set)
    for c in candidates:
        if c.kind == "entity" and c.unit == "person" and c.value:
            text = texts[c.article]
            if _ATTRIBUTES_AFTER.match(text, c.end) or _ATTRIBUTES_BEFORE.search(text, max(0, c.start - 60), c.start):
                continue
            found[(c.article, tuple(c.sentence))].add(str(c.value))
    return {k: frozenset(v) for k, v in found.items()}


def align(candidates: list[Candidate], articles: list[Article]) -> list[Cluster]:
    """Clusters of candidates stating the same fact, in a stable order (by kind, then first member)."""
    texts = {a.id: a.text for a in articles}
    idf, default_idf = _idf(articles)
    people = _people_by_sentence(candidates, texts)
    news_days = _news_days(articles)

    def describe(c: Candidate) -> _Description:
        named = people.get((c.article, tuple(c.sentence)), frozenset()) if c.kind == "date" else frozenset()
        return _describe(c, texts[c.article], idf, default_idf, named)

    aligned = [c for c in candidates if c.kind in ALIGNED_KINDS]
    index = {c.id: i for i, c in enumerate(aligned)}
    uf: UnionFind[int] = UnionFind(range(len(aligned)))
    blocks: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in aligned:
        blocks[_block_key(c)].append(c)
    for (kind, _), members in blocks.items():
        if kind == "quote":
            _link_quotes(members, uf, index)
        else:
            _link_block(kind, members, describe, lambda c: _distinctive(c, news_days), uf, index)
    found = []
    for members in _components(aligned, uf, index):
        articles_of = list(dict.fromkeys(m.article for m in members))
        if members[0].kind == "quote":
            status = "agree" if agrees(members) else "conflict"
        else:
            status = "agree" if values_agree(members[0].kind, [m.value for m in members]) else "conflict"
        if len(members) < 2 or (len(articles_of) < 2 and status == "agree"):
            continue
        found.append((members, articles_of, status))
    found.sort(key=lambda item: (ALIGNED_KINDS.index(item[0][0].kind), item[0][0].article, item[0][0].start))
    return [
        Cluster(id=f"k{n}", kind=members[0].kind, members=[m.id for m in members], articles=arts, status=status)
        for n, (members, arts, status) in enumerate(found, 1)
    ]
