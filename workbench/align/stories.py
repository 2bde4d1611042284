"""Stories: which articles of a folder cover one event, so that facts are aligned only within a story.

A desk's folder holds several stories; a "$2 million" of one must never join the "$2 million" of another.
Two articles are of one story when the words they share carry enough information: each word weighs what
English word frequencies (the `wordfreq` list) say it tells — "said" nothing, "convoy" some, "Hermel" a lot —
and the shared weight is compared with the smaller article's. Stories are the groups that such pairs join,
directly or through others; a brief that joins none (a few sentences in plain words) goes with the article
it shares the most words with.

The weights come from the language, not from the folder, so a story is found the same whether it is
analysed alone or among a thousand other articles. The threshold is lenient: splitting one story in two
would lose its cross-outlet links, while two related stories left together are aligned as they were before
stories existed; but not so lenient that short articles of a large folder's stories, sharing a few of the
words every disaster story uses ("ferry", "shops", "destroyed") and one rarer word by chance, chain a
tenth of 10,000 generated articles into one story (at 10%; at 15% every story of our folders stays whole, as
they do up to 19%, though 979 of 10,000 generated articles still chain: at 20% none do, but an earlier
development set's real stories stayed whole only up to 19%, and a real story split loses its links).
Only articles that share a rare word (under about ten uses per million words: names,
"spillway", "Powell") are compared: two articles of one event name its places, people and things, while two
stories of one day share many common words ("governor", "destroyed", "Wednesday"), which summed over a short
article chained a large folder's stories into one; and comparing only those keeps the work near-linear. A
pair must share about one rare name's information however short its articles (not "year-old" and "Getty"
alone: a compound the word list lacks tells what its parts do, and photo credits are no story words). Coverage
of an economic figure names few rare things ("Powell", "benchmark"), so a rarer bar would split it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right, insort
from collections import defaultdict
from functools import lru_cache
from itertools import chain, pairwise
from typing import NamedTuple

from workbench.each import Each
from workbench.extract.lexicon import CALENDAR, closed_class, word_frequencies
from workbench.load.credits import credit_spans
from workbench.model import Article, Story
from workbench.unionfind import UnionFind

LONE_SHARE = 0.06  # shared / the smaller's information an article left alone needs with its nearest to join it
SAME_STORY = 0.15  # shared information / the smaller article's, for two articles of one story
TELLS_NOTHING = 5.0  # Zipf frequency from which a word carries no information ("said", "people")
BRIEF = 60.0  # information of a brief (about a dozen rare words): alone, it goes with its nearest article
PLAIN = 1e-3  # frequency (Zipf 6) of the commonest words, which a brief's plain words leave out
SUMMED = 0.5  # information from which a shared word is summed for all pairs at once (the others only bound it)
CROWDED = 100  # articles holding a word under RARE beyond which it only bounds too (its sum would be quadratic)
RARE = 1.0  # information from which a shared word makes two articles worth comparing (Zipf 4: "spillway", "Powell")
SHARED_AT_LEAST = 4.0  # information two articles of one story share at least, however short (about one rare name)
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W\d_]")
_CALENDAR = frozenset(word.lower() for word in CALENDAR)


@lru_cache(maxsize=1 << 17)
def _tells(word: str) -> float:
    """How much a lower-case word tells: TELLS_NOTHING less its Zipf frequency (0 for common words and
    function words). A possessive tells what its word does ("the government's" is no rarer than "government"),
    a number in words nothing ("eighty-three"), a compound the list lacks what its rarest part does ("year-old")."""
    if word.endswith("'s"):
        word = word[:-2]
    if word in _CALENDAR:
        return 0.0  # every story has its days: "Monday", "Nov", "EDT" tell none from another of that week
    parts = word.split("-")
    if all(closed_class(part) for part in parts):
        return 0.0
    frequency = word_frequencies().get(word, 0.0)
    if frequency == 0 and len(parts) > 1:  # a compound the list lacks tells what its rarest part does
        return max(_tells(part) for part in parts if part)  # "year-old", "far-right": nothing; "al-Zour": a lot
    zipf = math.log10(frequency * 1e9) if frequency > 0 else 0.0
    return max(0.0, TELLS_NOTHING - zipf)


def _story_words(article: Article) -> set[str]:
    """The distinct words of the article's story lines (boilerplate and photo credits left out: two stories'
    pictures by one agency share "Getty"), lower case, 3+ letters."""
    text, found, at = article.text, set(), 0
    skipped = sorted([*article.boilerplate, *credit_spans(text)])
    for start, end in [*skipped, (len(text), len(text))]:  # the words between boilerplate lines and credits
        if start > at:
            found.update(_WORD.findall(text, at, start))
        at = max(at, end)
    return {word.lower().replace("’", "'") for word in found if len(word) >= 3}


def _informative(words: set[str]) -> dict[str, float]:
    """The words that tell something, with what each tells."""
    told = ((word, _tells(word)) for word in sorted(words))  # sums in one order
    return {word: information for word, information in told if information > 0}


def _plain(words: set[str], frequencies: dict[str, float]) -> frozenset[str]:
    """The words but for the commonest (Zipf 6 and over: "the", "were", "said"), common ones kept
    ("children", "rescuers"): all a short brief may share."""
    return frozenset(word for word in words if frequencies.get(word, 0.0) < PLAIN)


class StoryWords(NamedTuple):
    """What group_stories reads of one article (story_words)."""

    told: dict[str, float]  # the words that tell something, with what each tells (_informative)
    plain: frozenset[str]  # all its words but the commonest (_plain)


def story_words(article: Article) -> StoryWords:
    """The words of an article's story lines that group_stories compares: on its own, so a pool's task."""
    seen = _story_words(article)
    return StoryWords(_informative(seen), _plain(seen, word_frequencies()))


def _alone(count: int, groups: UnionFind[int]) -> list[int]:
    """The articles that are a story of their own, in order."""
    sizes: dict[int, int] = defaultdict(int)
    for n in range(count):
        sizes[groups.find(n)] += 1
    return [n for n in range(count) if sizes[groups.find(n)] == 1]


def _pair_alone(words: list[dict[str, float]], totals: list[float], groups: UnionFind[int]) -> None:
    """An article left a story of its own joins the one it shares the most with, when that is at least
    LONE_SHARE of the smaller's information (two long reports of one quake that word it differently): of the
    articles it shares a rare word with, the one sharing the largest part (at least SHARED_AT_LEAST) of the
    smaller's information, the later of two alike."""
    alone = _alone(len(words), groups)
    rare = {word for n in alone for word, information in words[n].items() if information >= RARE}
    postings: dict[str, list[int]] = defaultdict(list)  # the articles holding each rare word of those
    for n, article_words in enumerate(words if rare else []):
        for word in article_words.keys() & rare:
            postings[word].append(n)
    for n in alone:
        nearest = (0.0, -1)
        others = {o for word, information in words[n].items() if information >= RARE for o in postings[word]}
        for other in others - {n}:
            shared = _shared(words[n], words[other])  # the same sum either way: both sum the words in order
            if shared >= SHARED_AT_LEAST:
                nearest = max(nearest, (shared / min(totals[n], totals[other]), other))
        if nearest[0] >= LONE_SHARE:
            groups.union(n, nearest[1])


def _place_alone(plain: list[frozenset[str]], totals: list[float], groups: UnionFind[int]) -> None:
    """A brief (under BRIEF information) that shares too little with every other article joins the group
    it shares the most words with, if any: a story of one article would link none of its facts. A longer
    article that shares nothing is a story of its own."""
    alone = [n for n in _alone(len(plain), groups) if totals[n] < BRIEF]
    for n in alone:
        shared = [(len(plain[n] & plain[other]), -other) for other in range(len(plain)) if other != n]
        best = max(shared, default=(0, 0))
        if best[0] > 0:
            groups.union(n, -best[1])


def _summed_up_front(words: list[dict[str, float]]) -> tuple[frozenset[str], frozenset[str]]:
    """The words whose information is summed for all pairs at once, bounding what two articles share before
    they are compared: the rare ones, which propose the pairs, and those from SUMMED held by at most CROWDED
    articles ("ferry" in a folder of ferry stories would make that sum quadratic). Which words these are
    changes what is compared, never what is found: the others still count when a pair is compared. And the
    rare ones held by more than CROWDED articles ("harbour" in 58% of 10,000 generated ones), whose holders
    _close pairs only where the sum may reach what they need."""
    held: dict[str, int] = defaultdict(int)
    for article_words in words:
        for word, information in article_words.items():
            if information >= SUMMED:
                held[word] += 1
    up_front = frozenset(
        word
        for article_words in words
        for word, information in article_words.items()
        if information >= RARE or (information >= SUMMED and held[word] <= CROWDED)
    )
    return up_front, frozenset(word for word in up_front if held[word] > CROWDED)


def _needed(total: float, other: float) -> float:
    """The information two articles of these totals share at least when they are of one story."""
    return max(SAME_STORY * min(total, other), SHARED_AT_LEAST)


def _shared(a: dict[str, float], b: dict[str, float]) -> float:
    """The information two articles' words share, summed in the order of the first's words."""
    return sum([information for word, information in a.items() if word in b])  # a list: faster, the same order


class _Bounds(NamedTuple):
    """What bounds the information articles share, for _close: of the articles up to the last of a range."""

    summed: list[list[tuple[str, float]]]  # each one's words summed up front (_summed_up_front), with their information
    common: frozenset[str]  # the rare words summed up front that more than CROWDED articles hold
    below: list[float]  # what each one's words under SUMMED tell
    crowded: list[float]  # and its words from SUMMED not summed up front
    leasts: list[float]  # what it shares at least with a longer article of its story, less 1e-9
    first: int  # the range's first article


def _close(bounds: _Bounds) -> list[list[int]]:
    """For each article of the range bounds.first to the last, the earlier articles it shares a rare word with that
    may share enough, whatever the words not summed up front tell (rounding aside): on its own, so a pool's task.

    An article that shares with n only common rare words (bounds.common: "harbour", held by 5,801 of 10,000 generated
    articles), none of its other words summed up front, shares at most what n's common words tell beside what the
    rest may: it may be close only when it or n needs no more than that from the words summed up front (its least
    less what the rest tells at most). So a common word's holders are taken by what they need: of the 16.8 million
    sums "harbour" made, 266,000."""
    summed_words, common, below, crowded = bounds.summed, bounds.common, bounds.below, bounds.crowded
    leasts = bounds.leasts
    needs = [least - rest - crowd for least, rest, crowd in zip(leasts, below, crowded)]
    postings: dict[str, list[int]] = defaultdict(list)  # the articles before n holding each word summed up front
    by_need: dict[str, list[tuple[float, int]]] = defaultdict(list)  # but a common word's, by what they need
    holding: dict[str, set[int]] = defaultdict(set)  # and as a set

    def post(n: int) -> None:
        for word, _ in summed_words[n]:
            if word in common:
                insort(by_need[word], (needs[n], n))
                holding[word].add(n)
            else:
                postings[word].append(n)

    for n in range(bounds.first):
        post(n)
    found = []
    for n in range(bounds.first, len(summed_words)):
        # per earlier article sharing a rare word with n (its rare words first), the words summed up front it shares
        summed: dict[int, float] = defaultdict(float)
        for word, information in summed_words[n]:
            if information >= RARE and word not in common:
                for holder in postings[word]:
                    summed[holder] += information
        mine = {word: information for word, information in summed_words[n] if word in common}
        if mine:
            most = sum(mine.values())
            reach = (most if needs[n] > most else math.inf, math.inf)
            for word in mine:
                for _, holder in by_need[word][: bisect_right(by_need[word], reach)]:
                    summed.setdefault(holder, 0.0)
            for word, information in summed_words[n]:
                if information < RARE:
                    for held in mine:
                        for holder in holding[held].intersection(postings[word]):
                            summed.setdefault(holder, 0.0)
            for word, information in mine.items():
                for holder in summed.keys() & holding[word]:
                    summed[holder] += information
        for word, information in summed_words[n]:
            if information < RARE:
                for holder in summed.keys() & postings[word]:
                    summed[holder] += information
        post(n)
        rest, crowd, least = below[n], crowded[n], leasts[n]
        # min and _needed inline (1.8 million pairs at 10,000 articles)
        found.append(
            [
                o
                for o, bound in summed.items()
                if bound + (rest if rest <= below[o] else below[o]) + (crowd if crowd <= crowded[o] else crowded[o])
                >= (least if least <= leasts[o] else leasts[o])
            ]
        )
    return found


PARTS = 2  # ranges of articles whose pairs worth comparing are found apart (in a pool, at once)


def group_stories(articles: list[Article], read: list[StoryWords] | None = None, each: Each = map) -> list[Story]:
    """The stories of a corpus, in the order of their first article; ids s1, s2, ... `read`: the articles'
    story_words, when already read (in a pool). `each` maps _close over PARTS ranges of the articles (a process
    pool's map: the same stories)."""
    if len(articles) == 1:  # one story, whatever its words (a 5 MB file has many)
        return [Story(id="s1", articles=[articles[0].id])]
    read = read or [story_words(a) for a in articles]
    words = [article_words.told for article_words in read]
    totals = [sum(w.values()) for w in words]
    up_front, common = _summed_up_front(words)
    below = [sum(i for i in w.values() if i < SUMMED) for w in words]  # what the words not summed up front tell
    crowded = [sum(i for word, i in w.items() if i >= SUMMED and word not in up_front) for w in words]  # and these
    # _needed of a pair is min(leasts) + 1e-9: max(min(x, y), c) is min(max(x, c), max(y, c)), and the 1e-9 less
    # (rounding aside) keeps the order of the values it is taken from
    leasts = [max(SAME_STORY * total, SHARED_AT_LEAST) - 1e-9 for total in totals]
    summed = [[(word, i) for word, i in w.items() if word in up_front] for w in words]
    # the sums for article n grow with n: ranges of about equal work end at n = len * sqrt(k / PARTS)
    ends = [round(len(words) * math.sqrt(k / PARTS)) for k in range(PARTS + 1)]
    parts = [
        _Bounds(summed[:end], common, below, crowded, leasts, start) for start, end in pairwise(ends) if end > start
    ]
    groups: UnionFind[int] = UnionFind(range(len(articles)))
    for n, close in enumerate(chain.from_iterable(each(_close, parts))):
        total = totals[n]
        for other in sorted(close):
            if groups.find(other) == groups.find(n):
                continue  # of one story already: one event's thousand articles are not compared in pairs
            if _shared(words[n], words[other]) >= _needed(total, totals[other]):
                groups.union(other, n)
    _pair_alone(words, totals, groups)
    _place_alone([article_words.plain for article_words in read], totals, groups)
    members: dict[int, list[str]] = defaultdict(list)  # filled in corpus order: stories by first article
    for n, article in enumerate(articles):
        members[groups.find(n)].append(article.id)
    return [Story(id=f"s{k}", articles=ids) for k, ids in enumerate(members.values(), 1)]
