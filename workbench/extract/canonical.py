"""Corpus-wide canonical names: every spelling of one name gets one value.

0. One-word "names" only ever seen starting a sentence or a line, whose word the corpus also writes in
   lower case ("Rain", "Ferries") or which is a frequent English word ("Nearly", "Witnesses") that
   the corpus never capitalises elsewhere (inside a sentence or a longer name), are not names: they
   are removed.
1. Spellings are grouped by folded key, then by vowel skeleton (Deir Ezzor / Deir al-Zour; one
   word also needs its first letter and its syllables, or a one-letter difference), then by
   skeletons one consonant apart (blocked by deletion neighbourhoods, so near-linear).
2. A group's value is its most frequent spelling (ties: the longest, then the first seen).
3. A shorter mention ("Dillon", "Central Command", "Matthias Kolb") joins a longer name that
   contains its words and ends with its last word: the only such name in its article, else the
   nearest preceding (or following) one; with none in the article, the only such person in the
   corpus. Two people sharing a surname stay apart, and a surname alone is not a relative named only as
   another's kin ("his son, Paul Murdaugh", "Maggie Murdaugh, 52, and Paul Murdaugh, 22").
4. Each group gets the type most of its mentions' contexts point to; every mention of a person
   gets `unit = "person"` (the others None), which resolves "he said" in quote attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from workbench.extract.aliases import AliasTable, aliases
from workbench.extract.lexicon import (
    ARTICLES,
    BULLETS,
    CONNECTORS,
    COUNTRY_NAMES_OF_PEOPLE,
    DEMONYMS,
    OPENING_MARKS,
    ORG_WORDS,
    PLACE_PREFIXES,
    PLACE_WORDS,
    TITLES,
    WIRE_AGENCIES,
    countries,
    frequent_word,
    lower_case_words,
    quote_opened,
    regions,
    word_frequencies,
)
from workbench.extract.names import consonants, name_key, skeleton, vowel_pattern
from workbench.load.lines import after_page_date_label
from workbench.model import Article, Candidate
from workbench.unionfind import UnionFind

_MIN_SKELETON = 3  # consonants a skeleton needs before it may join spellings
_JOINERS = CONNECTORS - ARTICLES  # "of", "for": a name after them is another name
_ENGLISH_JOINERS = frozenset({"of", "for"})  # the others are particles of a name ("de", "van", "le", "bin")
# What follows a wire story's place: the agency in brackets, then a dash ("Washington — …", "LONDON (AP) — …",
# "RICHMOND, Va., (Reuters) – …"), or a colon after a news agency ("LONDON (AFP): …"; not "EXCLUSIVE (VIDEO): …").
DATELINE_TAIL = rf"[^\S\n]*(?:,?[^\S\n]*(?:\([^()\n]{{1,30}}\)[^\S\n]*(?:[—–-]|--)|\((?:{WIRE_AGENCIES})\)[^\S\n]*:)|(?:[—–-]|--))[^\S\n]"
_DATELINE_PLACE = re.compile(DATELINE_TAIL)
# What follows the place opening a wire story: its region, its date, then the tail (the agency in brackets, a dash):
# "LONDON, Nov 16 (Reuters) -", "BEIRUT, Lebanon (AP) —", "WASHINGTON —".
WIRE_REGION_AND_DATE = (
    r"(?:,[^\S\n]+[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*){0,2})?(?:,?[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]+[0-9]{1,2})?"
)
WIRE_DATELINE_AFTER = WIRE_REGION_AND_DATE + DATELINE_TAIL
# A wire story's opening before its first word: "LIMA, Peru (AP) — Torrential rain …" opens a sentence.
WIRE_OPENED = re.compile(
    r"[^\S\n]*[A-ZÀ-Þ][\w.'’-]*(?:[^\S\n]+[A-ZÀ-Þ][\w.'’-]*){0,3}" + WIRE_DATELINE_AFTER + r"[^\S\n]*"
)


@dataclass
class _Group:
    spellings: Counter = field(default_factory=Counter)
    first_seen: dict[str, int] = field(default_factory=dict)
    votes: defaultdict[str | None, float] = field(default_factory=lambda: defaultdict(float))
    value: str = ""
    type: str | None = None


NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # "Kenneth McKenzie Jr." is Kenneth McKenzie
_LEGAL_FORMS = frozenset(
    {"inc", "ltd", "corp", "corporation", "incorporated", "limited", "llc", "plc", "co", "gmbh", "ag"}
)  # a company's legal form


def _legal_form(spelling: str) -> bool:
    """Whether a spelling ends in a company's legal form ("Boeing Co.", "Apple Inc"; not a surname after a given
    name: "Zaldy Co")."""
    words = spelling.split()
    return len(words) > 1 and words[-1].strip(".").lower() in _LEGAL_FORMS and not given_name(words[-2])


_ISLAND = frozenset({"island", "islands", "isl"})  # "Leyte Island" is Leyte
_PLACE_DESIGNATORS = frozenset({"strip", "province", "prefecture", "governorate", "oblast"})  # said or left out
# A feature's head word told or left out once the story has named it: "the Patapsco River", "the Patapsco"; "the
# Atlantic Ocean"; and the word before a mountain's or a ship's name: "Mount Marapi", "Marapi"; "MV Dali" (not an
# airport's: "Los Angeles International Airport" is no Los Angeles; nor a storm's: "Hurricane Milton" no Karen Milton)
_FEATURE_HEADS = frozenset({"river", "ocean"})
_FEATURE_OPENERS = frozenset({"mount", "mt", "mv"})
_INITIAL = re.compile(r"[A-Z]\.")
_MIDDLE_INITIAL = re.compile(r"\w[^\S\n]+[A-Z]\.[^\S\n]+\w")  # a person's, between given and family names
_BARE_INITIAL = re.compile(r"[A-Z][a-z]+[^\S\n]+[A-Z][^\S\n]+[A-Z][a-z'’-]+")  # "Rex A Heuermann", no stop


# A hyphenated given name after a family name ("John Lee Ka-chiu", "Chris Tang Ping-keung"): short
# mentions name the family name ("Lee"), so the key leaves the given name out, as it does "Jr.".
_HYPHENATED_GIVEN = re.compile(r"\s[A-Z][a-z]{1,4}-[a-z]{2,5}$")  # "Ho Wai-ho" is "Ho" too


def _a_place(name: str) -> bool:
    """Whether a name is a country's or a country part's ("Kenya", "Texas", "Jordan")."""
    return name in countries() or name in regions() or name in COUNTRY_NAMES_OF_PEOPLE


def _key(c: Candidate) -> str:
    tokens = name_key(c.text).split()
    while len(tokens) > 2 and tokens[-1] in NAME_SUFFIXES:
        tokens.pop()
    if len(tokens) > 1 and _HYPHENATED_GIVEN.search(c.text):
        tokens.pop()
    if len(tokens) > 1 and tokens[-1] in _ISLAND:  # "Leyte Island" is Leyte, "Camotes Islands" the Camotes
        tokens.pop()
    if len(tokens) > 1 and tokens[-1] in _PLACE_DESIGNATORS:  # "Gaza Strip" is Gaza, "West Sumatra Province" too
        tokens.pop()
    # "the Patapsco River" is the Patapsco, "Mount Marapi" Marapi; not "the Jordan River", "Mount Kenya" (a country),
    # nor "Mount Sinai Hospital" (two words are left)
    words = c.text.split()
    if len(tokens) == 2 and tokens[-1] in _FEATURE_HEADS and not _a_place(words[0]):
        tokens.pop()
    if len(tokens) == 2 and tokens[0] in _FEATURE_OPENERS and not _a_place(words[-1]):
        tokens.pop(0)
    if len(tokens) > 2 and (  # "David B. Burritt" is David Burritt, and "Rex A Heuermann" Rex Heuermann
        _MIDDLE_INITIAL.search(c.text) or (_BARE_INITIAL.fullmatch(c.text) and given_name(tokens[0]))
    ):
        tokens = [tokens[0], *(t for t in tokens[1:-1] if len(t) > 1), tokens[-1]]
    if len(tokens) > 1 and tokens[-1] in _LEGAL_FORMS and not given_name(tokens[-2]):  # "Apple Inc." is Apple
        tokens.pop()
    return " ".join(tokens) or c.text.casefold()


SAME_GIVEN_NAME = 60  # rapidfuzz ratio of two spellings of one given name ("Duck-soo", "Do-soo"; "Wai-ho")


def _unglue_holders(entities: dict[str, list[Candidate]], mentions: list[Candidate], keys: dict[int, str]) -> None:
    """Cut a person's name run on from an organisation's ("chief executive of OceanGate Expeditions Stockton Rush")
    into the two, where the corpus writes both apart (the organisation's name alone, the person's as a person's): the
    mentions and the article's lists, the two parts in place of the run."""
    people = {keys[id(c)] for c in mentions if c.unit == "person" and keys[id(c)].count(" ") in (1, 2)}
    alone = set(keys.values())
    for c in list(mentions):
        words = keys[id(c)].split()
        spans = [m.span() for m in re.finditer(r"\S+", c.text)]
        if len(words) < 3 or len(spans) != len(words) or keys[id(c)] in people:
            continue
        cut = next(
            (k for k in range(1, len(words) - 1) if " ".join(words[k:]) in people and " ".join(words[:k]) in alone),
            None,
        )
        if cut is None or " ".join(words[:cut]) in people:
            continue
        at, head_end = spans[cut][0], spans[cut - 1][1]
        head = replace(c, end=c.start + head_end, text=c.text[:head_end], unit=None)
        c.start, c.text, c.unit = c.start + at, c.text[at:], "person"
        keys[id(head)], keys[id(c)] = " ".join(words[:cut]), " ".join(words[cut:])
        for listed in (entities[c.article], mentions):
            listed.insert(listed.index(c), head)


def _keep_distinct_given_names(mentions: list[Candidate], keys: dict[int, str]) -> None:
    """Two people of one family name with different hyphenated given names ("Park Chan-dae", "Park Geun-hye")
    keep their given names in their keys, so that neither is the other (nor is "Park" alone either of them);
    spellings of one given name ("Woo Won-shik", "Woo Won-sik") stay one name."""
    given = {id(c): name_key(m.group()) for c in mentions if (m := _HYPHENATED_GIVEN.search(c.text))}
    spellings: dict[str, set[str]] = defaultdict(set)
    for c in mentions:
        if id(c) in given:
            spellings[keys[id(c)]].add(given[id(c)])
    for key, names in spellings.items():
        if len(names) < 2:
            continue
        people: UnionFind[str] = UnionFind()
        ordered = sorted(names)
        for i, a in enumerate(ordered):
            people.find(a)
            for b in ordered[i + 1 :]:
                if fuzz.ratio(a, b) >= SAME_GIVEN_NAME:
                    people.union(a, b)
        if len({people.find(n) for n in ordered}) > 1:
            for c in mentions:
                if id(c) in given and keys[id(c)] == key:
                    keys[id(c)] = f"{key} {people.find(given[id(c)])}"


def _join_plurals(mentions: list[Candidate], keys: dict[int, str], uf: UnionFind[str], texts: dict[str, str]) -> None:
    """A group's one-word name and its plural are one name ("the Houthis", "Houthi rebels") where the singular
    stands before a plural noun or a group's ("Houthi rebels", "Houthi group": the group's members), not a
    person's name before a verb ("William spoke" is no singular of "Williams")."""
    words = {key for key in keys.values() if " " not in key}
    modifiers = set()
    for c in mentions:
        key = keys[id(c)]
        after = _NOUN_AFTER.match(texts[c.article], c.end) if key + "s" in words else None
        if after and (after[1] in _GROUP_NOUNS or (after[1].endswith("s") and after[1] not in _NOT_PLURAL_NOUNS)):
            modifiers.add(key)
    for one in modifiers:
        if len(one) >= 4:
            uf.union(one, one + "s")


def _join_short_forms(
    mentions: list[Candidate], keys: dict[int, str], uf: UnionFind[str], texts: dict[str, str], tabled: frozenset[str]
) -> None:
    """An organisation's name and its first words, when the corpus writes them alone, are one name ("Signature
    Bank", "Signature"; "JPMorgan Chase Bank", "JPMorgan Chase", "JPMorgan"; "First Republic Bank", "First
    Republic"): the short form is no person's or place's name (no mention says so, no longer name ends with it:
    "Trump" is not the Trump Organization; no wire story's dateline place: "MOSCOW (Reuters)" is no Moscow
    Exchange), not only an everyday word before a noun ("Federal agents" are not the Federal Reserve's), no
    institution's word alone ("Parliament") and holds no place's word, and it opens one organisation's name only
    ("Credit" would open several; "Federal Reserve" is not the "Federal Reserve Bank of New York", whose rest joins
    another name). Of two names of the alias table (`tabled`), neither is the other's short form ("Islamic State" is no
    "Islamic State Khorasan"; "Federal Reserve" is the "Federal Reserve Board", which the table does not name)."""
    evidence: dict[str, set[str | None]] = defaultdict(set)
    named_alone: set[str] = set()  # keys written at least once as no everyday word before a noun
    for c in mentions:
        evidence[keys[id(c)]].add(c.unit)
        text = texts[c.article]
        if _DATELINE_PLACE.match(text, c.end) and not text[text.rfind("\n", 0, c.start) + 1 : c.start].strip():
            evidence[keys[id(c)]].add("place")  # a wire story's opening place ("MOSCOW (Reuters) -")
        if not frequent_word(c.text.lower()) or (
            # an everyday word is a name's short form before no noun ("Federal agents", "Federal law": an adjective),
            # and opening a sentence only if it is not among the commonest ("Signature had $110 billion"; not "Credit
            # tightened across Europe")
            not (
                (after := _NOUN_AFTER.match(text, c.end))
                and after[1] not in _NOT_PLURAL_NOUNS
                and after[1] not in _VERBS_AFTER_A_NAME
                and not after[1].endswith("ed")
            )
            and (c.start > c.sentence[0] or word_frequencies().get(c.text.lower(), 0.0) < SHORT_FORM_OPENING)
        ):
            named_alone.add(keys[id(c)])  # ("Signature had failed", however often "Signature depositors")
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key, units in evidence.items():
        tokens = tuple(key.split())
        if len(tokens) > 1 and "person" not in units and "place" not in units:
            by_first[tokens[0]].append(tokens)
    if not by_first:
        return
    last_words = {key.split()[-1] for key in evidence if " " in key}
    for short in sorted(evidence, key=lambda k: -len(k.split())):  # the longest first: its long names join first
        tokens = tuple(short.split())
        units = evidence[short]
        if units & {"person", "place"} or short not in named_alone or short in last_words or _a_place_key(short):
            continue
        if (len(tokens) == 1 and tokens[0].capitalize() in ORG_WORDS) or any(
            t.capitalize() in PLACE_WORDS for t in tokens
        ):
            continue  # "Parliament" is no short form of "Parliament House", nor "Silicon Valley" of its bank
        longer = {
            uf.find(" ".join(t))
            for t in by_first.get(tokens[0], ())
            if len(t) > len(tokens)
            and t[: len(tokens)] == tokens
            and not set(t[len(tokens) :]) & _JOINERS
            and not (short in tabled and " ".join(t) in tabled)
        }
        if len(longer) == 1:
            uf.union(short, longer.pop())


_NOUN_AFTER = re.compile(r"[^\S\n]+([a-z]{3,})\b")
_GROUP_NOUNS = frozenset("group movement militia government leadership leader spokesman official army".split())


def _a_place_key(key: str) -> bool:
    """Whether a folded name (an alias's too: "U.S." is "united states") is a country's or a country part's, as
    _a_place says of a name as written."""
    return key in _place_keys()


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    return frozenset(name_key(place) for place in (*countries(), *regions(), *COUNTRY_NAMES_OF_PEOPLE))


SHORT_FORM_OPENING = 5e-5  # frequency (per word) under which an everyday word opening a sentence may be a short form
_VERBS_AFTER_A_NAME = frozenset(
    "had is will would could can did said says may might must should went fell rose lost took made sold paid became"
    " began held saw got gave".split()
)  # (and any word in -ed)
_NOT_PLURAL_NOUNS = frozenset(
    "has was is does says goes gets makes takes wins runs plans wants needs puts sees".split()
)


def _alias(text: str, table: AliasTable, known: set[str]) -> str | None:
    """The canonical name of an alias ("ISIS" -> "Islamic State"); a name led by an aliased country
    whose rest the corpus also names alone is that rest ("U.S. Central Command" -> "Central Command")."""
    canonical = table.canonical(text)
    if canonical:
        return canonical
    words = text.split()
    for n in range(1, min(3, len(words) - 2) + 1):
        rest = " ".join(words[n:])
        if table.canonical(" ".join(words[:n])) and (name_key(rest) in known or table.canonical(rest)):
            return table.canonical(rest) or rest
    return None


def _country_led(text: str, table: AliasTable) -> str | None:
    """A name led by an alias of a country, led by the country's own name ("U.S. Senate" -> "United States Senate"):
    what it is known by, its spelling kept."""
    words = text.split()
    for n in range(1, min(3, len(words) - 1) + 1):
        head = table.canonical(" ".join(words[:n]))
        if head and head != " ".join(words[:n]):
            return f"{head} {' '.join(words[n:])}"
    return None


def _one_apart(a: str, b: str) -> bool:
    """Keys whose skeletons differ by one consonant in one word long enough to bear it."""
    ta, tb = skeleton(a).split(), skeleton(b).split()
    if len(ta) != len(tb):
        return False
    diff = [(x, y) for x, y in zip(ta, tb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    shortest = 4 if len(ta) == 1 else 3
    if min(len(x), len(y)) < shortest or Levenshtein.distance(x, y) > 1:
        return False
    # one word: its first letter and its spelling close too ("Khamenei", "Khamenehi"; not "Brent", "Bessent" or
    # "Tripura", "Treasury", whose skeletons are one consonant apart)
    return len(ta) > 1 or (a[0] == b[0] and Levenshtein.distance(a, b) <= 2)


def _bucket(key: str) -> str | None:
    """Keys that may be one name: one skeleton (and, for one word, one first letter)."""
    skel = skeleton(key)
    if consonants(skel) < _MIN_SKELETON:
        return None
    return skel if " " in key else key[0] + skel


def _same_word(a: str, b: str) -> bool:
    """Two one-word keys of one bucket that are one name: same syllables, or one letter apart."""
    return vowel_pattern(a) == vowel_pattern(b) or Levenshtein.distance(a, b) <= 1


def _group_keys(keys: list[str]) -> UnionFind[str]:
    uf: UnionFind[str] = UnionFind()
    buckets: dict[str, list[str]] = defaultdict(list)
    spaced: dict[str, str] = {}  # a name's letters without its spaces: "Samuel-Roger Kamba" is "Samuel Roger Kamba"
    for key in keys:
        uf.find(key)
        uf.union(spaced.setdefault(key.replace(" ", ""), key), key)  # and "Cleveland-Cliffs" is "Cleveland Cliffs"
        bucket = _bucket(key)
        if bucket is not None:
            buckets[bucket].append(key)
    for members in buckets.values():
        if " " in members[0]:  # several words: one skeleton is one name
            for b in members[1:]:
                uf.union(members[0], b)
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if _same_word(a, b):
                    uf.union(a, b)
    neighbours: dict[str, list[str]] = defaultdict(list)  # skeleton less one letter -> keys
    for members in buckets.values():
        skel = skeleton(members[0])
        for i in range(len(skel) + 1):  # i == len: the skeleton itself
            neighbours[skel[:i] + skel[i + 1 :]].append(members[0])
    for similar in neighbours.values():
        for i, a in enumerate(similar):
            for b in similar[i + 1 :]:
                if _one_apart(a, b):
                    uf.union(a, b)
    _join_nicknames(keys, uf)
    return uf


MAX_SAME_SURNAME = 64  # names sharing all but their first word that are compared for a nickname


def _join_nicknames(keys: list[str], uf: UnionFind[str]) -> None:
    """Join names that differ only in a first name and its usual short form ("Bill Krampf", "William Krampf";
    "Bob Good", "Robert Good"), by the `nicknames` package's hand-curated English list."""
    by_rest: dict[str, list[str]] = defaultdict(list)
    for key in dict.fromkeys(keys):
        first, _, rest = key.partition(" ")
        if rest and first.isalpha() and len(first) > 1:
            by_rest[rest].append(key)
    for names in by_rest.values():
        if not 1 < len(names) <= MAX_SAME_SURNAME:
            continue
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if _nickname_of(a.split(" ", 1)[0], b.split(" ", 1)[0]):
                    uf.union(a, b)


@lru_cache(maxsize=4096)
def _nickname_of(a: str, b: str) -> bool:
    """Whether one first name is a usual short form of the other ("bill" of "william")."""
    namer = _nick_namer()
    return b in namer.canonicals_of(a) or a in namer.canonicals_of(b)


@lru_cache(maxsize=4096)
def given_name(word: str) -> bool:
    """Whether a word is an English given name the `nicknames` list knows ("Katy", "Robert")."""
    namer = _nick_namer()
    lower = word.lower()
    return bool(namer.canonicals_of(lower) or namer.nicknames_of(lower))


@lru_cache(maxsize=1)
def _nick_namer():
    from nicknames import NickNamer  # its list is read once, and only when names are grouped

    return NickNamer()


def _is_subname(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short`'s words appear in order in `long`, with the same last word and no other place before; a
    joining word after `long`'s first ("Bank of England") makes it another name unless it is a particle `short`
    keeps too ("Le Pen" of "Marine Le Pen", "von der Leyen")."""
    if len(short) >= len(long) or short[-1] != long[-1]:
        return False
    if any(t in _JOINERS and (t in _ENGLISH_JOINERS or t not in short) for t in long[1:]):
        return False  # not the first word: "Ben Stokes" is named with a given name, no particle
    it = iter(enumerate(long))
    positions = []
    for word in short:
        for i, other in it:
            if other == word:
                positions.append(i)
                break
        else:
            return False
    return not any(t in PLACE_PREFIXES for t in long[: positions[0]])


def _name_shaped(value: str) -> bool:
    """Two to four capitalised words with no organisation, place or nationality word, no acronym ("WHO
    Africa"), no place's first word ("New Delhi", "San Juan") and no English joining word ("Call of Duty", "Lord of
    the Rings": a title): a person's name."""
    words = value.split()
    return (
        2 <= len(words) <= 4
        and not value.isupper()
        and not any(w in _ENGLISH_JOINING for w in words)
        and not any(
            len(w) > 1 and w.isupper() and w.lower() not in NAME_SUFFIXES and not _INITIAL.fullmatch(w) for w in words
        )
        and not any(w in ORG_WORDS or w in PLACE_WORDS for w in words)
        and words[0].lower() not in DEMONYMS
        and words[0].lower() not in PLACE_PREFIXES
    )


_ENGLISH_JOINING = frozenset("of the and for in on at to with a an or".split())  # in titles, never in a person's name
_SAYS_AFTER = re.compile(r"[^\S\n]+(?:said|says|told|added|explained|recalled)\b")


def _drop_ordinary_words(articles: list[Article], entities: dict[str, list[Candidate]]) -> None:
    """Remove one-word "names" seen only at sentence starts whose word the corpus writes in lower case."""
    initial_only: dict[str, bool] = {}
    in_longer: set[str] = set()  # words of longer names: capitalised where capitals mean a name
    keep: set[str] = set()
    said: set[str] = set()  # plurals before a verb of saying: "Landers said" may be a name the list lacks
    for article in articles:
        for c in entities.get(article.id, []):
            word = c.text.lower()
            if " " in word:
                in_longer.update(word.split())
            line_start = article.text.rfind("\n", c.sentence[0], c.start) + 1  # its sentence's start, or a line's after
            opening = article.text[max(c.sentence[0], line_start) : c.start].strip(" \t" + OPENING_MARKS + BULLETS)
            initial = " " not in word and (
                not opening
                or opening.endswith((":", ";"))
                or after_page_date_label(article.text, c.start)
                or WIRE_OPENED.fullmatch(article.text, max(c.sentence[0], line_start), c.start) is not None
                or quote_opened(article.text, c.start)
            )  # "Quake: Death toll", "date 2023-06-03 Rescue operations", `said "Rescue operation is …`
            if c.unit or (len(c.text) > 1 and c.text.isupper()) or _DATELINE_PLACE.match(article.text, c.end):
                keep.add(word)  # the context names it (mayor X, in X, X said), an acronym, a dateline's place
            elif _SAYS_AFTER.match(article.text, c.end):
                # "Tara said she …": a speaker's name ("Witnesses said" is a plural, no name, unless the list knows it)
                (said if word.endswith("s") else keep).add(word)
            initial_only[word] = initial_only.get(word, True) and initial
    suspects = {w for w, only in initial_only.items() if only}
    if not suspects:
        return
    lower: set[str] = set()
    for article in articles:
        lower |= lower_case_words(article.text)
    ordinary = {
        w
        for w in suspects - _AGENCY_NAMES  # "Reuters verified the footage": a news agency, however its word ends
        if w in lower
        or _singular(w) in lower
        or (w not in in_longer and w not in keep and (frequent_word(w) or (w not in said and _derived_word(w))))
    }
    for article in articles:
        found = entities.get(article.id)
        if found:
            found[:] = [c for c in found if c.text.lower() not in ordinary]


_AGENCY_NAMES = frozenset(name.lower() for name in WIRE_AGENCIES.split("|"))
_DERIVING_SUFFIXES = ("ers", "ors", "ists", "er", "ary", "s")  # "searchers", "seismologists", "dearer", "inflationary"
DERIVED_STEM = 4  # letters a word's stem keeps at least


def _derived_word(word: str) -> bool:
    """Whether a word the frequency list lacks is made from a frequent one by an ordinary ending ("searchers" from
    "search", "savers" from "save", "forecasters" from "forecast"): an everyday word too."""
    if word_frequencies().get(word, 0.0) > 0:
        return False  # in the list, and not frequent: a rare word or a name ("vondrasek" is neither made so)
    for suffix in _DERIVING_SUFFIXES:
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) >= DERIVED_STEM and (frequent_word(stem) or frequent_word(stem + "e")):
            return True
    return False


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-2] if word.endswith(("ses", "shes", "ches", "xes")) else word.removesuffix("s")


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NOT_INITIALLED = frozenset("and of the for de on in to &".split())


def _join_acronyms(mentions: list[Candidate], keys: dict[int, str], uf: UnionFind[str], table: AliasTable) -> None:
    """An acronym the corpus spells out is the name it stands for: "CMA" and "Competition and Markets
    Authority", "FTC" and "U.S. Federal Trade Commission" (the initials of the name or of its last words,
    three at least). An acronym in a name gives all its letters ("U.S. Steel" is "USS", not "US"), and a
    two-letter one the alias table knows stands for what the table says ("US" is not "United Steelworkers")."""
    acronyms = {
        bare: keys[id(c)]
        for c in mentions
        if _ACRONYM.fullmatch(bare := c.text.replace(".", "")) and not (len(bare) == 2 and table.canonical(bare))
    }
    if not acronyms:
        return
    for c in mentions:
        words = [w for w in re.split(r"[\s-]+", c.text) if w and w.lower() not in _NOT_INITIALLED]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        initials = "".join(bare if _ACRONYM.fullmatch(bare := w.replace(".", "")) else w[0] for w in words)
        for start in range(len(initials) - 1):
            key = acronyms.get(initials[start:])
            if key and (start == 0 or len(initials) - start >= 3):
                uf.union(key, keys[id(c)])
                break


# A surname's particle written in lower case before it, where the name's mention starts with the surname ("da Silva
# said", "van Gogh's"): the particle is part of the surname, which stands for the full names holding both.
_SURNAME_PARTICLES = frozenset("de da di do dos das du del della der den van von".split())
_PARTICLE_BEFORE = re.compile(rf"(?<![\w’'-])({'|'.join(sorted(_SURNAME_PARTICLES))})[^\S\n]\Z")


def canonicalize_entities(articles: list[Article], entities: dict[str, list[Candidate]]) -> None:
    """Set every entity candidate's `value` to its corpus-wide canonical name ("person" `unit` for people).

    One-word names that the corpus shows to be ordinary words are removed from the lists first.
    """
    _drop_ordinary_words(articles, entities)
    mentions = [c for a in articles for c in entities.get(a.id, [])]
    texts = {a.id: a.text for a in articles}
    keys = {id(c): _key(c) for c in mentions}
    endings = {" ".join(k.split()[-2:]) for k in keys.values() if k.count(" ") > 1}  # "da silva" of longer names
    for c in mentions:  # "da Silva said": Lula da Silva's surname, not Marina Silva's (not "what do Voskuijlen voters
        # want", "the van Okafor rented": no full name ends so)
        particle = (
            _PARTICLE_BEFORE.search(texts[c.article], max(0, c.start - 6), c.start) if " " not in keys[id(c)] else None
        )
        keyed = f"{particle[1]} {keys[id(c)]}" if particle else None
        if keyed in endings:
            keys[id(c)] = keyed
    _keep_distinct_given_names(mentions, keys)
    _unglue_holders(entities, mentions, keys)
    table = aliases()
    aliased: dict[str, str] = {}  # key -> the canonical name of the alias table
    known = set(keys.values())
    for c in mentions:
        canonical = _alias(c.text, table, known)
        if canonical:
            keys[id(c)] = name_key(canonical) or canonical.casefold()
            aliased[keys[id(c)]] = canonical
        elif expanded := _country_led(c.text, table):
            keys[id(c)] = name_key(expanded) or expanded.casefold()  # one key, the group's value from its spellings
    uf = _group_keys(list(dict.fromkeys(keys.values())))
    _join_acronyms(mentions, keys, uf, table)
    _join_plurals(mentions, keys, uf, texts)
    _join_short_forms(mentions, keys, uf, texts, frozenset(aliased))
    groups: dict[str, _Group] = defaultdict(_Group)
    for n, c in enumerate(mentions):
        g = groups[uf.find(keys[id(c)])]
        g.spellings[c.text] += 1
        g.first_seen.setdefault(c.text, n)
        if c.unit:
            g.votes[c.unit] += 1
    named = {uf.find(key): canonical for key, canonical in aliased.items()}
    for root, g in groups.items():
        # a person is named in full ("Ko Wen-je", however often the text says "Ko" alone); a company by its name, not
        # its legal form ("Boeing Co." is Boeing)
        full = [s for s in g.spellings if " " in s and _name_shaped(s) and not _legal_form(s)]
        g.value = named.get(root) or max(
            full or g.spellings, key=lambda s: (not _legal_form(s), g.spellings[s], len(s), -g.first_seen[s])
        )
        if root in named:  # the alias table names organisations and countries
            g.type = None
            continue
        shaped = _name_shaped(g.value)
        if shaped:
            g.votes["person"] += 0.5
        # a tie goes to a person when the name is shaped like one's, else not ("New Zealand, who …" once, "in New
        # Zealand" once: a team is written of as its people)
        g.type = max(g.votes, key=lambda t: (g.votes[t], (t == "person") == shaped)) if g.votes else None

    longer = _Longer(keys.values(), uf)
    knights_of: dict[str, set[str]] = defaultdict(set)  # group root -> the given names "Sir"/"Dame" call it by
    for article in (a for a in articles if "Sir " in a.text or "Dame " in a.text):  # most articles knight no one
        for c in entities.get(article.id, []):
            before = _WORD_BEFORE.search(article.text, max(0, c.start - 20), c.start)
            if before and before[1] in _KNIGHTED and " " in keys[id(c)]:  # "Sir Keir Starmer"
                knights_of[uf.find(keys[id(c)])].add(keys[id(c)].split(" ", 1)[0])
    kinship = _named_as_kin(mentions, keys, uf, texts)
    for article in articles:
        own = entities.get(article.id, [])
        mentions_of: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for o in own:  # by group root, then key: where the article names it (in order)
            mentions_of[uf.find(keys[id(o)])][keys[id(o)]].append(o.start)
        resolved = [
            _fuller(
                _resolve(c, keys, uf, longer, mentions_of, groups, article.text, knights_of, kinship), longer, groups
            )
            for c in own
        ]
        for c, root in zip(own, resolved):
            c.value = groups[root].value
            c.unit = "person" if groups[root].type == "person" else None


MAX_LONGER = 64  # a short name that many longer names could stand for stands for none of them


class _Longer:
    """The groups a short name may abbreviate: those of the multi-word names that contain its words and
    end with its last word (see _is_subname), each short key worked out once."""

    def __init__(self, keys, uf: UnionFind[str]) -> None:
        self.uf = uf
        self.by_last = _longer_names(keys)
        self.by_first: dict[str, set[str]] = defaultdict(set)  # the groups of multi-word names, by their first word
        for tokens in (t for names in self.by_last.values() for t in names):
            self.by_first[tokens[0]].add(uf.find(" ".join(tokens)))
        self._targets: dict[str, set[str]] = {}
        self._subname: dict[tuple[str, str], bool] = {}

    def targets(self, key: str) -> set[str]:
        if key not in self._targets:
            tokens = tuple(key.split())
            names = self.by_last.get(tokens[-1], ()) if tokens else ()
            found: set[str] = set()
            if len(names) <= MAX_LONGER:
                found = {self.uf.find(" ".join(t)) for t in names if _is_subname(tokens, t)}
            self._targets[key] = found - {self.uf.find(key)}
        return self._targets[key]

    def subname(self, short: str, long: str) -> bool:
        if (short, long) not in self._subname:
            self._subname[short, long] = _is_subname(tuple(short.split()), tuple(long.split()))
        return self._subname[short, long]


def _longer_names(keys) -> dict[str, list[tuple[str, ...]]]:
    """Multi-word names by their last word (not a surname keyed with its particle, "da silva": a short form too)."""
    by_last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in dict.fromkeys(keys):
        tokens = tuple(key.split())
        if len(tokens) > 1 and tokens[0] not in _SURNAME_PARTICLES:
            by_last[tokens[-1]].append(tokens)
    return by_last


def _fuller(root: str, longer: _Longer, groups) -> str:
    """A name that is the only fuller name in the corpus less a middle part ("Jarrod Ramos", "Jarrod W. Ramos";
    "Capital Gazette", not "Annapolis Capital Gazette": another first word may be a title glued on), whichever
    an article wrote, and what its last word alone stood for with it."""
    if " " not in root or groups[root].type == "place":
        return root
    first = root.split()[0]
    fuller = [t for t in longer.targets(root) if t.split()[0] == first and groups[t].type != "place"]
    return fuller[0] if len(fuller) == 1 else root


def _given_name_of(
    c: Candidate, key: str, root: str, longer: _Longer, text: str, mentions_of, groups, knights_of, kin_named
) -> str | None:
    """The person a given name alone stands for ("His wife, Maureen, …"): the only one its article names in full with
    that given name ("Maureen McDonnell"); with none there, the only one the corpus names so; else none. Not a place
    named alike ("in Virginia"), nor one a title names ("Prince William" is not "President William Ruto"), though a
    knight is: the one the corpus writes after "Sir" ("Sir Keir" is "Sir Keir Starmer", not Keir Hardie), else as
    any given name."""
    before = _WORD_BEFORE.search(text, max(0, c.start - 20), c.start)
    knighted = before is not None and before[1] in _KNIGHTED  # "Sir Keir": a knight is called by his given name
    if " " in key or groups[root].type not in (None, "person"):
        return None
    listed = knighted or given_name(key)
    if not (listed or _first_name_only(key, longer, groups)) or (not listed and _DESCRIBED_AFTER.match(text, c.end)):
        return None  # (a rare first name with its own description, "Rohit, a 19-year-old student", is someone else)
    if (before and before[1] in TITLES and not knighted) or _PLACED_BEFORE.search(text, max(0, c.start - 12), c.start):
        return None
    knights = {root for root, given in knights_of.items() if key in given} if knighted else set()
    if knights:  # "Sir Keir": the one the corpus knights ("Sir Keir Starmer"), not another Keir named in full
        return knights.pop() if len(knights) == 1 else None
    named = {
        root for root, spelled in mentions_of.items() if any(k.split(" ", 1)[0] == key and " " in k for k in spelled)
    }
    # a rare one only as its article names it, or as kin ("his 19-year-old son Suleman": the one the corpus names as
    # someone's kin, "his son Suleman Dawood"; not "the driver's son Thiago" for a striker the corpus names)
    if not named and not listed and _KIN_WORD_BEFORE.search(text, max(0, c.start - KIN_REACH), c.start):
        named = longer.by_first.get(key, set()) & kin_named
    named = named or (longer.by_first.get(key, set()) if listed else set())
    return named.pop() if len(named) == 1 and groups[next(iter(named))].type == "person" else None


_DESCRIBED_AFTER = re.compile(r",[^\S\n]+(?:an?[^\S\n]|[0-9])")  # "Rohit, a 19-year-old student", "Pham, 52,"
RARE_WORD = 1e-6  # the frequency (Zipf 3) under which a word is no everyday English word: a name alone


def _first_name_only(key: str, longer: _Longer, groups) -> bool:
    """Whether a word the given-name list lacks ("Rohit", "Changpeng", "Tedros") stands alone for the one person the
    corpus names in full with it first ("Rohit Sharma"): the first word of exactly one person's full name, of no other
    name, and the last word of none (no one's family name: "Kohli" is Virat Kohli's, however written)."""
    firsts = longer.by_first.get(key, set())
    return (
        len(firsts) == 1
        and groups[next(iter(firsts))].type == "person"
        and _name_shaped(groups[next(iter(firsts))].value)  # (not "Riyadh Stock Exchange", "Hasina … Institute")
        and key not in longer.by_last
        and not _a_place_key(key)  # (a key is folded: "china", not "China")
        and word_frequencies().get(key, 0.0) < RARE_WORD  # no English word ("Credit tightened": not Credit Suisse)
    )


_WORD_BEFORE = re.compile(r"([A-Z][\w.]*)[^\S\n]+\Z")
_KNIGHTED = frozenset({"Sir", "Dame"})
_PLACED_BEFORE = re.compile(r"\b(?:in|at|near|across|throughout)[^\S\n]+\Z")  # "lives in Virginia": a place


# Kin named in apposition to the one the story is about ("denied killing his wife, Maggie Murdaugh, and son Paul
# Murdaugh"), two given names sharing the surname ("the bodies of Maggie and Paul Murdaugh") or two full names listed
# together ("Maggie Murdaugh, 52, and Paul Murdaugh, 22, were killed"): news copy calls relatives who share a surname
# by their given names, so the surname alone is the other's.
_KIN_WORDS = (
    r"wife|husband|son|daughter|father|mother|brother|sister|stepson|stepdaughter|widow|grandson|granddaughter"
    r"|grandfather|grandmother"
)
# "his wife, X", "his sister and campaign manager X" (a role of hers after "and", not "and the president X", nor "the
# victim's mother and attorney X": two people), "of Maggie and Paul X"
_KIN_BEFORE = re.compile(
    rf"\b(?:(?:{_KIN_WORDS}),?|(?i:his|her|their)(?:[^\S\n]+[a-z-]+){{0,2}}?[^\S\n]+(?:{_KIN_WORDS})[^\S\n]+and"
    r"(?![^\S\n]+(?:the|a|an|his|her)\b)(?:[^\S\n]+[a-z][a-z-]*){1,3}|([A-Z][a-z]+)[^\S\n]+and)[^\S\n]+\Z"
)
KIN_REACH = 48  # characters before a name in which the words naming it as kin stand
_KIN_WORD_BEFORE = re.compile(rf"\b(?:{_KIN_WORDS}),?[^\S\n]+\Z")  # "his son Suleman", "his wife, Maureen"
_KIN_AHEAD = re.compile(rf"\b(?:{_KIN_WORDS})\b")
OWNER_REACH = 40  # characters after "X's" in which a kin word makes X the owner of kin ("Nancy Pelosi's home and … her
# husband"), not of a thing ("Elon Musk's SpaceX")
_LISTED_AGE = r"(?:,[^\S\n]*\d{1,3},?)?[^\S\n]+and[^\S\n]+"  # ", 52, and " between two names listed


def _kin_named_at(text: str, start: int) -> bool:
    """Whether the name at `start` is named as kin: "his wife, X", "of Maggie and Paul X" (not "Sens. Tim Scott and Ron
    X": Scott ends a name)."""
    kin = _KIN_BEFORE.search(text, max(0, start - KIN_REACH), start)
    return kin is not None and (kin[1] is None or (given_name(kin[1]) and not _ends_a_name(text, kin.start(1))))


def _kin_before(text: str, start: int, surname: str) -> bool:
    """Whether the name at `start` (ending with `surname`) is named as kin, or listed with another of its surname."""
    if _kin_named_at(text, start):
        return True
    word = re.escape(surname)
    if re.search(rf"\b{word}{_LISTED_AGE}\Z", text[max(0, start - 40) : start], re.IGNORECASE):
        return True  # the second of two listed
    own = _surname_at(text, start, surname)
    listed = rf"{_LISTED_AGE}(?:[A-Z][\w'’.-]*[^\S\n]+){{1,3}}{word}\b"
    return own is not None and re.match(listed, text[own.end() : own.end() + 60], re.IGNORECASE) is not None


def _surname_at(text: str, start: int, surname: str) -> re.Match[str] | None:
    """The surname ending the name written at `start`."""
    return re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE).search(text, start, start + 60)


def _ends_a_name(text: str, start: int) -> bool:
    """Whether the word at `start` comes after a given name ("Tim Scott"), so that it is a surname."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and given_name(before[1])


def _owner_of_kin(text: str, start: int, surname: str) -> bool:
    """Whether the name at `start` is written as the owner of kin ("President Joe Biden's son", "Nancy Pelosi's home
    and attacked her husband"): not the story's subject (but "Elon Musk's SpaceX" is the subject's)."""
    own = _surname_at(text, start, surname)
    return (
        own is not None
        and text.startswith(("'s", "’s"), own.end())
        and _KIN_AHEAD.search(text, own.end(), own.end() + OWNER_REACH) is not None
    )


class _Kin(NamedTuple):
    """The groups whose full names the corpus writes as kin ("his sister and campaign manager Karina Milei", "Maggie
    and Paul Murdaugh"; two of one surname listed, "Mayor Anna Berg and Judge Olaf Berg", are no one's kin)."""

    only: frozenset[str]  # only so: a surname alone in an article that names no one in full is not theirs
    named: frozenset[str]  # so at least once: whom "his son Suleman" may be, where the article names no Suleman


def _named_as_kin(mentions: list[Candidate], keys: dict[int, str], uf: UnionFind[str], texts: dict[str, str]) -> _Kin:
    """Which groups the corpus names in full as kin, only or at least once (_Kin)."""
    kin: dict[str, list[bool]] = defaultdict(list)
    for c in mentions:
        key = keys[id(c)]
        if " " in key:
            kin[uf.find(key)].append(_kin_named_at(texts[c.article], c.start))
    return _Kin(
        frozenset(r for r, said in kin.items() if all(said)), frozenset(r for r, said in kin.items() if any(said))
    )


def _kin_mentions(
    targets: set[str], key: str, longer: _Longer, mentions_of: dict[str, dict[str, list[int]]], text: str
) -> set[int]:
    """Where an article names, as another's kin (or as a kin's owner), the longer names a surname may stand for, when it
    names one of them otherwise too (the surname alone is that one's)."""
    if len(targets) < 2:
        return set()
    surname = key.rsplit(" ", 1)[-1]
    starts = {
        s for t in targets for other, at in mentions_of.get(t, {}).items() if longer.subname(key, other) for s in at
    }
    kin = {s for s in starts if _kin_before(text, s, surname)}
    if not kin:
        return kin
    # the one whose kin they are must be named as no one's owner ("President Joe Biden's son Hunter Biden": the son is
    # the story's subject, as "her husband, Paul Pelosi" is after "Nancy Pelosi's home"); an owner is not the subject
    owners = {s for s in starts - kin if _owner_of_kin(text, s, surname)}
    return kin | owners if starts - kin - owners else set()


def _resolve(
    c: Candidate, keys, uf: UnionFind[str], longer: _Longer, mentions_of, groups, text: str, knights_of, kinship: _Kin
) -> str:
    """The group root this mention belongs to: its own, or a longer name's it abbreviates: the nearest
    mention before it in the article of such a name, else the first after it; with none in the article,
    the only such person in the corpus (of those it names as anyone's but another's kin: `kinship.only`)."""
    key = keys[id(c)]
    root = uf.find(key)
    targets = longer.targets(key)
    if not targets:
        return _given_name_of(c, key, root, longer, text, mentions_of, groups, knights_of, kinship.named) or root
    before: tuple[int, str] | None = None  # (start, root) of the nearest such mention before c
    first: tuple[int, str] | None = None  # of the first such mention in the article
    kin = _kin_mentions(targets, key, longer, mentions_of, text)
    for target in targets:
        for other, all_starts in mentions_of.get(target, {}).items():
            starts = [s for s in all_starts if s not in kin] if kin else all_starts
            if not starts or not longer.subname(key, other):
                continue
            if first is None or starts[0] < first[0]:
                first = (starts[0], target)
            at = bisect_left(starts, c.start)
            if at and (before is None or starts[at - 1] > before[0]):
                before = (starts[at - 1], target)
    if before or first:
        return (before or first)[1]  # type: ignore[index]
    if groups[root].type not in (None, "person"):
        return root  # a place or organisation ("in Africa") is not short for a person's name ("WHO Africa …")
    targets = {t for t in targets if t not in kinship.only} or targets
    people = [t for t in targets if groups[t].type == "person"]
    return people[0] if len(targets) == 1 and people else root
