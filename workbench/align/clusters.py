"""Alignment: candidates that state the same fact, in different articles or restated in one.

Candidates are blocked by kind and, for quantities, by the class of the counted noun
(militants/fighters/men are one class), so scoring never runs across the whole corpus. A figure,
sum or date is described by the words of its sentence, weighted by how rare they are in the corpus
(IDF) and how near they stand to it; two candidates state the same fact when those descriptions are
close (cosine), with a lower bar when their values agree. Two outlets' mentions of one day are one date
with any likeness, unless their sentences name different people acting (what Michel Aoun did on
Wednesday is not what Joseph Aoun did), the day is said of different parts of it ("early Friday",
"Friday night") or one dates a photo (its caption). The date a page gives of itself
("Published …") is no date of what it reports and is not aligned.
A figure counts its noun in a frame: the role its words give it (killed, injured, missing, rescued,
aboard, arrested, without power …), the past year, place and people its clause names; figures of other
roles or frames never link, nor do figures more than FAR_APART-fold apart, and the same count of one
noun (or its class) links across articles whatever its size. Quotes are compared by their comparison
form (`key`) with rapidfuzz; one that is an unbroken part of another, or gives 8+ of its words word for
word, is that statement. Only candidates that share a word are ever compared (an inverted index), and
identical descriptions are scored once. Linked candidates form clusters (union-find) that keep one value
per article, and whose peoples, roles and days stay compatible however links chain.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations
from typing import Literal

from rapidfuzz import fuzz

from workbench.align.drift import QUOTE_OPENING, agrees, key_of, part_of, same_person
from workbench.align.frames import (
    BEYOND_THE_OFFICIAL,
    DEATH_WORDS,
    NO_FRAME,
    Frame,
    disjoint,
    figure_frame,
    other_frames,
    party_spots,
    people_by_sentence,
    person_spans,
    place_spots,
)
from workbench.align.values import (
    WEEKDAYS,
    date_parts,
    dates_compatible,
    days_match,
    month_and_day,
    months_match,
    story_weekdays,
    values_agree,
    weekday_fits,
    year_and_month,
)
from workbench.extract import Each
from workbench.extract.dates import MONTH_NAMES, MONTHS_AHEAD, page_date_spans, relative_value
from workbench.extract.lexicon import DEMONYMS, closed_class
from workbench.extract.numbers import AT_A_PLACE, CHANGE_AFTER, ELIDED_BEFORE, OF_A_FATE, OF_THEM, singular
from workbench.extract.numwords import NUMBER, VAGUE, parse_number
from workbench.extract.units import measure_of, measured
from workbench.load.credits import credit_spans
from workbench.model import Article, Candidate, Cluster
from workbench.unionfind import UnionFind

ALIGNED_KINDS = ("quantity", "money", "percent", "date", "quote")

# Counted nouns that name the same kind of thing in news copy.
_NOUN_CLASSES = {
    "combatant": "militant fighter man jihadist extremist insurgent terrorist gunman rebel",
    "soldier": "soldier troop serviceman servicemember marine",  # + "service member" below
    "person": "person people civilian resident evacuee passenger refugee inhabitant individual survivor crew seafarer "
    "mariner crewman seaman",
    "relative": "relative family dependant dependent woman child kid son daughter",
    "vehicle": "bus vehicle truck lorry car coach minibus ev van minivan pickup carriage",  # (a freight wagon: another)
    "ambulance": "ambulance",  # (not a truck: "20 ambulances carrying wounded", "20 trucks carrying fuel")
    "casualty": "casualty victim death fatality life body injury martyr",  # "four injuries": four people hurt
    "home": "home house building dwelling household tower block",  # "eight blocks" of flats, "eight towers"
    "boat": "boat vessel ship ferry",
    "aircraft": "aircraft plane jet warplane helicopter drone",
    "device": "device machine computer pc laptop",
    "vote": "vote ballot",
    "country": "country nation",  # "20 countries that use the euro", "the 20-nation euro zone"
    "strike": "strike airstrike raid",
    "attack": "attack explosion blast bombing",
    "arrest": "arrest arrestee detainee",  # "25 arrests" count the people arrested
    "officer": "officer police policeman policewoman constable cop gendarme trooper",
    "charge": "charge count felony offence offense accusation",  # "34 charges", "34 counts", "34 felony counts"
    "aide": "aide assistant staffer",
    "rate move": "cut hike move",  # "four more rate cuts", "four additional quarter-point moves"
    "crash": "crash collision accident incident",  # "11 incidents" NHTSA looked into, "11 Autopilot-related crashes"
    "port": "port terminal harbour harbor",  # "14 ports", "14 major shipping terminals"
    "title": "title crown slam major",  # "24 Grand Slam titles", "24 Slams", "24 majors"
    "job": "job position role post layoff payroll",  # "12,000 jobs", "12,000 positions", "12,000 roles" (and the workers)
    "seat": "seat mp mep mla constituency",  # "121 seats", "121 MPs"; "650 seats", "650 constituencies"
    "company": "company firm brand business corporation enterprise maker manufacturer retailer startup",
    # "strikes on 14 sites", "14 locations" (not "three power stations" of them); a business's: "84 branches", "84
    # locations"; "1,000 stores" (not "offices", often a government's, nor "outlets", often news outlets)
    "site": "site location spot venue branch store",
    "storey": "storey story storied",  # "seven-storey", "seven-story", "seven-storied" (not "six floors" gutted)
}
NOUN_CLASS = {noun: name for name, nouns in _NOUN_CLASSES.items() for noun in nouns.split()}
NOUN_CLASS.update({"service member": "soldier", "family member": "relative", "crew member": "person"})
_CLASS_NAMES = frozenset(NOUN_CLASS.values())

# Words that report the same event in news copy, folded to one so that outlets' wording can meet.
_EVENT_WORDS = {
    "die": "kill killed die died dead death deaths drown drowned lost perish perished toll fatal fatality fatalities "
    "martyr martyred martyring "
    "life lives body bodies",
    "missing": "missing unaccounted disappeared",
    "hurt": "injure injured injuries injury hurt wound wounded",
    "evacuate": "evacuate evacuated evacuation evacuee evacuees flee fled displaced relocate relocated move moved transfer transferred",
    "rescue": "rescue rescued save saved pull pulled lift lifted airlift airlifted",
    "hospital": "hospital hospitalised hospitalized treat treated treatment clinic surgery surgeries",
    "cost": "cost costs spend spent paid pay price fine fined fines penalty penalties settlement settle settled",
    "fund": "fund funds funding budget aid grant",
    "build": "build built construct constructed completed",
    "strike": "strike strikes struck bomb bombed bombing airstrike airstrikes hit",
    "statement": "statement statements spokesman spokeswoman spokesperson",
    "meet": "meet meeting session debate convene convened conference conferences briefing briefings",
    "bus": "bus buses bused bussed busses coach coaches",
    "capture": "capture captured seize seized abduct abducted kidnap kidnapped",
    "fail": "fail failed failure burst collapse collapsed break broke breach breached gave",
    "destroy": "destroy destroyed wreck wrecked ruin ruined flatten flattened gone raze razed",
    "damage": "damage damaged",  # "465 houses destroyed and a further 135 damaged": two counts
    "power": "power electricity outage outages blackout blackouts",
    "shelter": "shelter shelters sheltered sheltering",
}
# Words that say what a figure counts, but not what a date dates: the people aboard (or bused), trapped or held, and
# nouns that are themselves the event ("142 survivors" were rescued).
_ROLE_WORDS = {
    "aboard": "aboard onboard board carry carrying carried loaded bus",
    "trapped": "trap trapped buried stranded",
    "arrest": "arrest arrested detain detained detention jail jailed",
    "rescue": "survive survived survivor survivors",
    "identify": "identify identified identification unidentified identity identities",
    "handover": "handover handed",  # "31 bodies have been handed over to families"
}
# What happened to the people a figure counts: two counts of one fate in one story and frame are one count.
FATES = frozenset(
    {
        "die",
        "missing",
        "hurt",
        "evacuate",
        "rescue",
        "hospital",
        "capture",
        "aboard",
        "trapped",
        "arrest",
        "identify",
        "handover",
    }
)
_EVENT = {word: head for head, words in _EVENT_WORDS.items() for word in words.split()}
_EVENT_HEADS = frozenset(_EVENT_WORDS)
_ROLE_HEADS = _EVENT_HEADS | frozenset(_ROLE_WORDS)
EVENT_REACH = 2  # content words either side of a figure that say what event it counts
EVENT_BONUS = 0.15  # added to the similarity of two figures next to the same event
NEAR = 3  # content words either side of a figure compared without weights
# How much the share of those words counts against the weighted cosine: less for a date, whose neighbours
# ("on", "late", "said") tell less of what it dates than a figure's tell of what it counts.
NEAR_WEIGHT = {"quantity": 0.7, "money": 0.7, "percent": 0.7, "date": 0.5}

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
# Endings a word loses, and what stands for them: "rallied", "rallies", "rallying" and "rally" are one word.
_SUFFIXES = (("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"), ("es", ""), ("ed", ""), ("s", ""))
_POSSESSIVE = ("'s", "’s")

# How much a context word counts by its distance (in words) from the candidate: the verb and
# nouns next to a figure say what it counts; the rest of the sentence only sets the scene.
_PROXIMITY = ((3, 1.0), (6, 0.6))
_FAR = 0.15
LINK = {"quantity": 0.25, "money": 0.25, "percent": 0.25, "date": 0.2}  # cosine needed, values differing
LINK_SAME_VALUE = {"quantity": 0.12, "money": 0.12, "percent": 0.12, "date": 0.12}  # values agreeing
LINK_DISTINCT_VALUE = 0.0  # the same distinctive value and unit in two articles link unless set apart (_same_figures)
AHEAD = 62  # days after its dateline a story's day of the month with no year may be (a vote next month)
NEWS_WINDOW = 7  # days either side of a dateline in which one day dates many happenings of the event
LINK_DATE_CONFLICT = 0.75  # dates that disagree must be described almost alike
# Two outlets' mentions of one of the story's days must share a little more than a word or two of scene: coverage
# dates many happenings on those days (measured on 35 stories, a likeness under this joins more days of other
# happenings than of one; 0.03, 0.05 and 0.08 tried, 0.05 best; exempting sentences that share a name undid the gain).
LINK_SAME_DAY = 0.05
MAGNITUDE_BONUS = 0.2  # added to the similarity of two figures of close magnitude
MEASURE_RATIO = 1.25  # two times or lengths this close may be one figure given twice
PERCENT_RATIO = 1.1  # two percentages this close (5.3% and 5.5%) are of close magnitude
MAGNITUDE_RATIO = 1.5  # two figures this close (larger / smaller) are of close magnitude
FAR_APART = 5.0  # two figures further apart than this (larger / smaller) are never one fact differently told
# Two shares of SIZEABLE_SHARE % or more further apart than this are two shares (the Yes and the No vote, the turnout),
# not one misreported: outlets' shares of one thing differ by a rounding, a revision or a misprint.
SHARE_FAR_APART = 1.4
SIZEABLE_SHARE = 10
SUM_FAR_APART = 2.0  # two sums further apart than this are two sums (estimates of one sum differ less: "$2 billion", "$3.5 billion")
QUOTE_REORDERED = 85  # rapidfuzz token_sort_ratio of one statement, words reordered or respelt
QUOTE_CONTAINED = 90  # token_set_ratio when one quote holds the other (at least QUOTE_CONTAINED_WORDS long)
QUOTE_CONTAINED_WORDS = 8
QUOTE_PHRASE_WORDS = 4  # a part of a quote shorter than this links to it only when no two speakers are named
QUOTE_RUN = 8  # words one quote gives word for word inside another: parts of one statement, however each goes on
# One speaker's statement told in other words by two outlets (a translation, a paraphrase in quote marks): most of the
# shorter quote's words in the longer (token_set_ratio) and much of their order kept (token_sort_ratio), at least
# QUOTE_PARAPHRASE_WORDS words each ("We cannot have long-term sustainable growth with high inflation", "High inflation
# makes long-term sustainable growth impossible").
QUOTE_PARAPHRASE_SET = 80
QUOTE_PARALLEL_SET = 85  # above which two quotes opening alike are still one statement in other words
QUOTE_PARAPHRASE_SORT = 60
QUOTE_PARAPHRASE_WORDS = 6
QUOTE_GAPPED_WORDS = 5  # a quote this long whose every word another gives in order, QUOTE_GAP more words at most
QUOTE_SWAPPED = 2  # words of a part another outlet may give changed ("no one" for "nobody"): _held_told_otherwise
QUOTE_GAP = 2  # between them, is a part of it with a word or two dropped ("no [current] connection with …")
QUOTE_STATEMENT_WORDS = 10  # a quote this long is a statement: a phrase quoted inside two does not make them one…
QUOTE_SHARED_RUN = 6  # …unless they share this many words in a row (one passage told otherwise, as translations do)
MIN_CONTEXT_WORDS = 2  # a figure or date with fewer words around it (a bare dateline) is not aligned
_MAX_POSTING = 300  # a word in more descriptions than this is too common to propose pairs


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    if word in _EVENT:
        return _EVENT[word]
    for suffix, kept in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 - len(kept):
            word = word[: -len(suffix)] + kept
            break
    if word in _EVENT:
        return _EVENT[word]
    if len(word) > 3 and word[-1] == word[-2]:  # bussed -> buss -> bus
        word = word[:-1]
    return _EVENT.get(word, word)


_ROLE = {_stem(word): head for head, words in _ROLE_WORDS.items() for word in words.split()}


def _role(stem: str) -> str:
    """The event a stemmed word next to a figure names, if any (else the word)."""
    return _ROLE.get(stem, stem)


def _tokens(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """The content words of text[start:end], stemmed, with their offsets."""
    found = []
    for m in _TOKEN.finditer(text, start, end):
        stem = _content_stem(m.group())
        if stem is not None:
            found.append((m.start(), m.end(), stem))
    return tuple(found)


@lru_cache(maxsize=1 << 16)  # asked for every word of every figure's sentence: each spelling worked out once
def _content_stem(word: str) -> str | None:
    """The stem of a word as written, None for a stopword."""
    plain = _plain(word.lower())  # "December’s gain" is December's; "it’s" is a stopword
    return None if plain in _STOPWORDS else _stem(plain)


def _plain(word: str) -> str:
    """A lower-case word less its possessive ending."""
    return word[:-2] if word.endswith(_POSSESSIVE) else word


def _words(text: str) -> list[str]:
    return [w for w in map(str.lower, _TOKEN.findall(text)) if w not in _STOPWORDS]


def _peoples_named(c: Candidate) -> frozenset[str]:
    """Whose people a count's own words say it counts: "two Indonesian workers" are not "19 Filipino workers"."""
    if c.kind != "quantity":
        return frozenset()
    return frozenset(people for w in _words(c.text) if (people := _people_of(w)))


# Words for believers, movements and regions, whose plural names the same people by another word ("30 Islamist
# fighters", "30 jihadists"): only a nationality's plural ("15 Filipinos") says whose people a count counts.
_NOT_NATIONS = frozenset(
    "islamist jihadist christian muslim jewish arab african asian european western eastern sunni shia shiite alawite"
    " druze yazidi".split()
)


def _people_of(word: str) -> str | None:
    """The people a lower-case word names: a demonym ("filipino"), or a nationality's plural ("filipinos")."""
    if word in DEMONYMS:
        return word
    single = word.removesuffix("s")
    return single if single != word and single in DEMONYMS and single not in _NOT_NATIONS else None


def noun_class(unit: str | None) -> str:
    """The class of a counted noun: its synonym group, else the noun itself."""
    if not unit:
        return ""
    if unit in NOUN_CLASS:
        return NOUN_CLASS[unit]
    if measure_of(unit):
        return measure_of(unit)  # type: ignore[return-value]
    head = unit.split()[-1]
    return NOUN_CLASS.get(head, head)


# Classes and nouns that count people: outlets count one group of people with different nouns ("13
# Americans", "13 service members", "13 troops"; "12,000 jobs" cut, "12,000 workers" laid off), so they are
# compared with each other.
_HUMAN_CLASSES = frozenset(
    {"combatant", "soldier", "person", "relative", "casualty", "arrest", "officer", "vote", "job"}
)
_HUMAN_NOUNS = frozenset(
    """child adult student pupil worker officer policeman miner pilgrim protester demonstrator journalist doctor
    nurse teacher patient survivor prisoner detainee hostage migrant worshipper spectator fan employee
    member citizen national tourist customer case visitor occupant crew firefighter rescuer suspect thief robber burglar attacker
    assailant perpetrator accomplice defendant inmate lawmaker legislator senator voter delegate official
    player athlete sailor fisherman guard helper maid caregiver labourer laborer police attendee supporter
    participant campaigner demonstrator counter-demonstrator protester protestor marcher activist climber hiker
    trekker mountaineer runner swimmer diver skier cyclist driver rider motorist pedestrian shopper commuter villager
    farmer herder resident tenant homeowner parent boy girl teenager teen youth kid baby infant toddler birth medic
    paramedic responder contractor researcher scientist guest pupil staff staffer attendant crewmember justice judge
    returnee westerner machinist mechanic technician engineer pilot craftsman tradesman dockworker docker longshoreman
    autoworker steelworker electrician welder plumber carpenter stevedore screenwriter controller captive abductee
    mourner immigrant asylum-seeker seeker monk nun priest islander worshiper parishioner churchgoer congregant
    foreigner expatriate expat deputy juror traveller traveler camper force personnel respondent""".split()
)


def _counts_people(c: Candidate) -> bool:
    """Whether a quantity counts people: a person noun, or a capitalised one ("13 Americans", "Afghans")."""
    cls = noun_class(c.unit)
    words = (c.unit or "").split()
    if cls in _HUMAN_CLASSES or (words and words[-1] in _HUMAN_NOUNS):
        return True
    return cls not in _CLASS_NAMES and _demonym(c)


def _demonym(c: Candidate) -> bool:
    """A count of a people, its noun a capitalised demonym ("13 Americans", "90 Afghans", "12 Iraqis", "15 Filipinos")."""
    words = c.text.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    return words[-1].endswith(("ans", "ese", "is")) or _people_of(words[-1].lower()) is not None


def _noun_class_of(c: Candidate) -> str:
    return "person" if c.kind == "quantity" and _demonym(c) else _class_by_noun_before(c) or noun_class(c.unit)


def _class_by_noun_before(c: Candidate) -> str | None:
    """The class a noun takes from the noun before it ("12 ambulance cars" are ambulances, "two life terms" and "two
    prison terms" sentences), else None (not "two passenger buses", "eight police vehicles", "two terms" of office)."""
    words = c.text.lower().split()
    by_before = _CLASS_BY_NOUN_BEFORE.get(noun_class(c.unit))
    if by_before is None or len(words) < 3:
        return None
    before = singular(words[-2])
    return by_before.get(before) or by_before.get(NOUN_CLASS.get(before, ""))


_CLASS_BY_NOUN_BEFORE = {
    "vehicle": {"ambulance": "ambulance"},
    "term": dict.fromkeys(("life", "prison", "jail"), "sentence"),
}


def _block_key(candidate: Candidate) -> tuple[str, str]:
    if candidate.kind == "quantity":
        if _counts_people(candidate):
            return candidate.kind, "people"
        return candidate.kind, _class_by_noun_before(candidate) or noun_class(candidate.unit)
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
    frame: Frame = NO_FRAME  # a figure's past years, places and peoples
    near: frozenset[str] = frozenset()  # the words right next to it, unweighted


def _describe(
    candidate: Candidate,
    text: str,
    sentence_tokens: Callable[[str, int, int], tuple[tuple[int, int, str], ...]],
    idf: dict[str, float],
    default_idf: float,
    people: frozenset[str] = frozenset(),
    frame: Frame = NO_FRAME,
) -> _Description:
    tokens = sentence_tokens(candidate.article, candidate.sentence[0], candidate.sentence[1])
    before_tokens = [t for t in tokens if t[1] <= candidate.start]
    after_tokens = [t for t in tokens if t[0] >= candidate.end]
    before = [stem for _, _, stem in before_tokens]
    after = [stem for _, _, stem in after_tokens]
    weights: dict[str, float] = defaultdict(float)
    for side in (reversed(before), after):
        for distance, word in enumerate(side):
            weight = idf.get(word, default_idf) * _proximity(distance)
            weights[word] = max(weights[word], weight)
    if candidate.kind == "date":
        events = frozenset(  # one happening's words are one ("killed 12", "wounded 30": the day of one attack)
            _HAPPENING.get(w, w) for w in [*before[-EVENT_REACH:], *after[:EVENT_REACH]] if w in _EVENT_HEADS
        )
    else:
        roles = _roles(text, candidate, before_tokens, after_tokens)
        # (the dead identified or handed over after it are counted as such, whatever their noun: "31 bodies handed
        # over"; not "identified 24 fatalities": the toll confirmed)
        aftermath = roles & _AFTERMATH and _aftermath(candidate, text)
        events = roles | (frozenset() if aftermath else _unit_role(candidate.unit)) | _measured(candidate, text)
        if _ALL_BEFORE.search(text, max(0, candidate.start - 8), candidate.start):
            # "evacuated all 367 passengers", "all 162 people on board were killed": the whole group, what befell it
            # and the count of those there ("367 passengers on board"); not those of another fate ("30 injured")
            events = events | {"aboard"}
        else:
            events = _aboard_as_place(events)
    if len(weights) < MIN_CONTEXT_WORDS:  # too few words to compare; what it counts is still known
        return _Description("", {}, 0.0, events, frozenset(), people, frame)
    told = frozenset(w for w in [*before, *after] if w in _EVENT_HEADS) if candidate.kind == "date" else frozenset()
    key = " ".join([f"{w}:{v:.3f}" for w, v in sorted(weights.items())]) + "|" + "|".join(sorted(people))
    key += "".join("|" + "|".join(sorted(part)) for part in (*frame, events))
    norm = math.sqrt(sum(v * v for v in weights.values()))
    near = frozenset([*before[-NEAR:], *after[:NEAR]])
    return _Description(key, dict(weights), norm, events, told, people, frame, near)


# Words between a figure and the word that says what happened to what it counts ("217 reported dead").
# Words between a figure's noun and its role that leave the role the figure's ("270 still reported missing").
_ROLE_SKIP = frozenset(
    _stem(word)
    for word in "reported reportedly confirmed officially feared believed presumed thought known declared listed "
    "counted now still also yet later far received without among".split()
)


# A toll the figure states: "the death toll stood at 225", "the toll rose to 61" (no full stop or clause between).
# Narrower than extract.numbers' toll (a "number", "count" or "turnout" too): a toll is of the dead.
_DEATH_TOLL_BEFORE = re.compile(
    r"(?i:\btoll\b)[^.;:!?\n]{0,40}?\b(?i:at|to|of|reach(?:ed|es)?|hits?|tops?|topped|pass(?:ed|es)?)(?:[^\S\n]+(?i:at[^\S\n]+least|more[^\S\n]+than|"
    r"nearly|almost|about|around|some|over))?(?:[^\S\n]+[0-9][0-9,.]*[^\S\n]+(?i:from|to))?[^\S\n]+\Z"
)  # (also the value a toll was changed from: "revised the toll to 275 from 288")
# A tally whose words say what befell those it counts: "the number of persons rescued remains at 104".
_TALLY_OF = re.compile(
    r"(?i:\bnumber[^\S\n]+of[^\S\n]+((?:[a-z]+[^\S\n]+){0,5}?[a-z]+)[^\S\n]+"
    r"(?:remains?|remained|stands?|stood|is|was|rose|risen|reached|climbed|hit|increased)"
    r"(?:[^\S\n]+(?:at|to))?(?:[^\S\n]+(?:at[^\S\n]+least|more[^\S\n]+than|about|nearly|almost|some))?)[^\S\n]+\Z"
)
TALLY_REACH = 120  # characters before a figure in which its tally may be named
_CLAUSE_MARK = re.compile(r"[;:.!?()\[\]]|,\s")
# An aside between commas right after a count, that tells who are among those counted: "150 people, mostly young
# adults, died", "At least 43 people, including 26 women and three children, were killed".
_ASIDE_AFTER = re.compile(
    r"[^\S\n]*(?P<mark>,|[—–]|--)[^\S\n]*(?i:mostly|mainly|largely|including|among[^\S\n]+them"
    r"|(?:many|most|all|some)[^\S\n]+of[^\S\n]+(?:them|whom))\b[^,.;:!?()—–\n]{1,60}(?P=mark)"
)  # (also "— mostly young adults —", ", most of whom were in their twenties,")
_CONDITION_AFTER = re.compile(
    r"(?:[^\S\n]+(?:are|were|is|was|remain|remains|remained)(?:[^\S\n]+still)?)?[^\S\n]+in[^\S\n]+(?:a[^\S\n]+)?"
    r"(?:critical|serious|grave|stable|fair)[^\S\n]+condition\b"
)
# Where the people a figure counts were, between it and its fate: "17 people on the airliner were injured".
_WHERE_AFTER = re.compile(r"[^\S\n]+(?:on|in|at|aboard|inside)(?:[^\S\n]+(?:the|a|an|board))*[^\S\n]+[A-Za-z]")
PLACE_WORDS_AFTER = 4  # words of the place after a figure ("on board a Coast Guard aircraft") read past to its role
ROLE_WORDS_AFTER = 3  # other words after a figure read for its role
_AND = re.compile(r"\band\b")
# Words that may stand between a role and its figure ("killing at least 55", "a toll of 61"); any other
# ("a hospital after two explosions") says the word before is not what the figure counts.
_ROLE_GAP = frozenset(
    "at least more than nearly almost about around some roughly over up to as many an estimated of a another the all".split()
)


def _roles(
    text: str, c: Candidate, before: list[tuple[int, int, str]], after: list[tuple[int, int, str]]
) -> frozenset[str]:
    """The events a figure counts: the word right before it ("killing 217") and the first word after
    its noun phrase ("217 people died", "217 reported dead"), in its clause. A word further on, or past
    a comma or a semicolon, tells of something else ("a 7.1 magnitude quake kills 149": the quake kills,
    not the magnitude; "45 dead; 142 survivors": the survivors did not die)."""
    if tally := _TALLY_OF.search(text, max(c.sentence[0], c.start - TALLY_REACH), c.start):
        said = {
            role for _, _, stem in _tokens(text, tally.start(1), tally.end(1)) if (role := _role(stem)) in _ROLE_HEADS
        }
        if len(said) == 1:  # "the number of persons rescued remains at 104": those rescued, whatever follows (not
            return frozenset(said)  # "the number of people killed or injured": no one role)
    roles = set()
    toll = _DEATH_TOLL_BEFORE.search(text, max(c.sentence[0], c.start - 60), c.start)
    if toll:
        roles.add(_EVENT["toll"])  # "the death toll stood at 225", "the toll rose to 61", "Toll Hits 279"
    if (
        not toll  # the toll's verb ("hits", "passes") is no role of its own
        and before
        and _role(before[-1][2]) in _ROLE_HEADS
        and not _CLAUSE_MARK.search(text, before[-1][1], c.start)
        and _ROLE_GAP.issuperset(text[before[-1][1] : c.start].lower().split())
    ):
        roles.add(_role(before[-1][2]))
    # a fate between the figure and its noun: "900 injured people", "20 missing fishermen" (not the noun itself:
    # _unit_role reads "142 survivors")
    inside = _tokens(text, c.start, c.end)[:-1]
    roles.update(role for _, _, word in inside if (role := _role(word)) in _ROLE_HEADS)
    if _CONDITION_AFTER.match(text, c.end):
        roles.add(_EVENT["injured"])  # "of which three are in critical condition": the injured
    if subset := _of_a_fate(c, text):  # "19 of those injured", "three of the dead", "82 injured, 19 of them seriously"
        roles.add(subset)
    elif group := _FATE_GROUP_BEFORE.search(text, max(c.sentence[0], c.start - 40), c.start):
        # "The dead included 19 foreigners", "Among the injured were", "The victims included"
        fate = group["fate"] or group["among"]
        if fate.lower() != "victims" or not _WOUNDS.search(text, *c.sentence):
            roles.add(_fate_role(fate))
    edge, joined = c.end, False
    aside = None if _OF_THE_BEFORE.search(text, max(0, c.start - 12), c.start) else _ASIDE_AFTER.match(text, c.end)
    if aside:  # "150 people, mostly young adults, died": the verb past the aside (not "Of the 300 passengers, …, 12
        # died": a whole, what befell the 12)
        edge, after = aside.end(), [t for t in after if t[0] >= aside.end()]
    # "17 people on the airliner were injured", "Five people on board a Coast Guard aircraft died"
    placed = PLACE_WORDS_AFTER if _WHERE_AFTER.match(text, c.end) else 0
    words_left = ROLE_WORDS_AFTER  # words read after the figure, the place's aside
    for start, end, word in after:
        if not words_left or _CLAUSE_MARK.search(text, edge, start) or _another_figure(text, edge, start):
            break  # (past another figure, the words are its: "175 passengers and six crew members -- 176 had died")
        if placed and _role(word) not in _ROLE_HEADS and _place_word(text, edge, start, end):
            # the place's words: its capitalised name read for free, then the noun that ends it ("a Coast Guard
            # aircraft"), one word as any other
            if text[start].isupper():
                placed -= 1
            else:
                placed, words_left = 0, words_left - 1
            edge = end
            continue
        words_left -= 1
        if not joined and _AND.search(text, edge, start):
            if _role(word) in _ROLE_HEADS:
                break  # "killed 13 and wounded 18": the other verb has its own figure
            joined = True  # "11 children and a teacher were rescued": the role of both comes after the other
        elif _role(word) in _ROLE_HEADS:
            roles.add(_role(word))
        elif word not in _ROLE_SKIP:
            break
        edge = end
    if (
        roles
        and not roles & _CASUALTY_FATES
        and (finite := _FINITE_ROLE.match(text, c.end))
        and (role := _role(_stem(finite[1].lower()))) in _CASUALTY_FATES
    ):
        # "17 people evacuated from the plane were injured": the injured, not the evacuated (but "the 12 people killed
        # in the blast were buried" stay the killed: what befell them first is the harm)
        return frozenset({role})
    if roles & _RUIN and _EITHER_RUIN.search(text, max(c.sentence[0], c.start - RUIN_REACH), c.end + RUIN_REACH):
        roles |= _RUIN  # "destroyed or badly damaged 212 homes": both, as "200 homes destroyed" and "… damaged" count
    if aftermath := _aftermath(c, text):
        return frozenset({aftermath})
    return frozenset(roles)


_NAMED_NUMBER = re.compile(r"[A-Z][\w-]*[^\S\n]+\Z")  # "Route 66", "Flight 202": a name's number, no figure
_NUMBER_RUN = re.compile(r"\d[\d,.:]*")


def _another_figure(text: str, start: int, end: int) -> bool:
    """Whether a figure stands in text[start:end] (not a number in a name: "Nine people on Route 66 were killed")."""
    return any(
        not _NAMED_NUMBER.search(text, max(0, m.start() - 20), m.start())
        for m in _NUMBER_RUN.finditer(text, start, end)
    )


def _aftermath(c: Candidate, text: str) -> str | None:
    """What is done with the dead a count counts, where its words say so after it or name their identities before it:
    "the bodies of 39 people have been identified", "Six bodies remain unidentified", "31 bodies handed over", "the
    identities of six bodies remain unknown" (not "identified 24 fatalities": the toll confirmed; not "39 of the 128
    dead have been identified": the 128 are the dead; not "14 bodies that have not yet been identified")."""
    if not _counts_people(c) or _OF_THE_BEFORE.search(text, max(0, c.start - 12), c.start):
        return None  # (a count of people or of the dead: not "a sentence of 20 years handed down")
    if after := _AFTERMATH_AFTER.match(text, c.end):
        return "handover" if after["handover"] else "identify"
    return "identify" if _IDENTITIES_OF.search(text, max(0, c.start - 24), c.start) else None


_RUIN = frozenset({"destroy", "damage"})
_EITHER_RUIN = re.compile(r"(?i:destroy|damag)\w*[^\S\n]+or[^\S\n]+(?:\w+[^\S\n]+)?(?i:destroy|damag)\w*")
RUIN_REACH = 40  # characters either side of a count in which "destroyed or damaged" tells what befell it
_AFTERMATH = frozenset({"identify", "handover"})  # what is done with the dead, which a count of them may count
# "39 people have been identified", "six bodies remain unidentified" (not "14 bodies that have not yet been
# identified": a relative clause on the bodies recovered, the toll)
_AFTERMATH_AFTER = re.compile(
    r"(?:(?!\b(?:that|which|who|whose)\b)[^.;:\n]){0,40}?\b(?:(?:un)?identified(?![^\S\n]+(?:as\b|(?!(?:and|or|so|yet|by|but|in|at|on|after|through|from)\b)[a-z]))"
    r"|(?P<handover>handed))\b"
)  # (not "three people had been identified as suspects": named; nor "killed by unidentified gunmen": a description)
_IDENTITIES_OF = re.compile(r"\b(?i:identit(?:y|ies))[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\Z")
_OF_THE_BEFORE = re.compile(r"\b(?i:of)[^\S\n]+(?i:the|those)[^\S\n]+\Z")
_BADLY = r"(?:seriously|critically|severely|gravely)"
_OF_THEM_BADLY = re.compile(rf"[^\S\n]+of[^\S\n]+them[^\S\n]+{_BADLY}\b")
# "19 people were seriously injured", "19 seriously wounded"
_BADLY_HURT_AFTER = re.compile(
    rf"(?:[^\S\n]+people)?(?:[^\S\n]+(?:were|was|are|have[^\S\n]+been|had[^\S\n]+been))?[^\S\n]+{_BADLY}"
    r"[^\S\n]+(?:injured|wounded|hurt|burned|burnt)\b"
)


def _of_a_fate(c: Candidate, text: str) -> str | None:
    """The fate of the group a bare number of people is some of, its words right after it: "19 of those injured",
    "three of the dead", "82 people were injured, 19 of them seriously" (not "82 buildings damaged, 19 of them
    severely": no people)."""
    if _BARE_NUMBER.fullmatch(c.text) is None:
        return None
    if group := OF_A_FATE.match(text, c.end):
        return _fate_role(group["fate"])
    return _EVENT["injured"] if _OF_THEM_BADLY.match(text, c.end) and _counts_people(c) else None


def _some_of_a_fate(c: Candidate, text: str) -> str:
    """The fate of those a count of people is some of ("" if none): "19 of those injured", "19 of them seriously",
    "19 people were in critical condition", "19 were seriously injured" (the badly hurt among all the injured)."""
    if fate := _of_a_fate(c, text):
        return fate
    badly = _CONDITION_AFTER.match(text, c.end) or _BADLY_HURT_AFTER.match(text, c.end)
    return _EVENT["injured"] if badly and _counts_people(c) else ""


def _membership(c: Candidate, text: str) -> bool:
    """Whether a count is a standing body's size by its members ("the 193-nation General Assembly", "the 27-member
    bloc")."""
    return _MEMBERSHIP.fullmatch(c.text) is not None and _STANDING_BODY.match(text, c.end) is not None


def _subset_apart(a: _Fact, b: _Fact) -> bool:
    """Whether some of those of one fate and another count are two facts: a count of all of that fate ("19 of those
    injured" and "Nineteen people were injured"), or another value ("19 of those injured", "31 injured"); but "one
    was in critical condition" is another outlet's "one was hospitalized"."""
    if bool(a.subset) == bool(b.subset):
        return False
    some, other = (a, b) if a.subset else (b, a)
    return not _same_value(a, b) or some.subset in _figure_roles(other)


def _fate_role(word: str) -> str:
    """The event a word naming a group of one fate says befell it ("the injured"; "the deceased", "the victims": the
    dead)."""
    word = word.lower()
    return _EVENT["dead"] if word in ("deceased", "victims") else _role(_stem(word))


# Words of wounds in a sentence: its "victims" were hurt, not (only) killed ("Among the victims were four officers,
# who were treated for gunshot wounds")
_WOUNDS = re.compile(r"\b(?i:wound\w*|injur\w*|hurt|treated|hospital\w*)")


# The group of one fate a sentence says a figure is of, right before it: "The dead included 19 foreigners", "Among the
# injured were 12 children".
_FATE_GROUP_BEFORE = re.compile(
    r"\b(?i:(?:the|those)[^\S\n]+(?P<fate>dead|killed|injured|wounded|deceased|missing|victims)[^\S\n]+"
    r"(?:include|includes|included|were|are)"
    r"|among[^\S\n]+the[^\S\n]+(?P<among>dead|killed|injured|wounded|deceased|missing|victims)[^\S\n]+(?:were|are))"
    r"(?:[^\S\n]+(?i:at[^\S\n]+least|about|some|nearly))?[^\S\n]+\Z"
)


# A participle after a figure's noun ends before the verb that says what befell those it counts: "17 people evacuated
# from the plane were injured" (the participle and up to six words of its phrase, no clause mark, then the verb).
_FINITE_ROLE = re.compile(
    r"(?:[^\S\n]+(?:who|that)[^\S\n]+(?:were|was|(?:had|have)[^\S\n]+been))?[^\S\n]+[a-z]+ed"
    r"(?:[^\S\n]+(?!(?:and|or|but|while|as)\b)[A-Za-z][\w’'-]*){1,6}?[^\S\n]+"
    r"(?:were|are|was|is|(?:have|has|had)[^\S\n]+been)[^\S\n]+(?:[a-z]+ly[^\S\n]+)?([a-z]+)\b"
)


# What may stand before a place's words: "on", "in", "at", "aboard", articles, "of", "board"
_PLACE_GAP = re.compile(r"[^\S\n]+(?:(?:on|in|at|aboard|inside|the|a|an|of|board)[^\S\n]+)*\Z")
_VERB_SHAPED = re.compile(r"[a-z]+(?:ed|ing)")


def _place_word(text: str, edge: int, start: int, end: int) -> bool:
    """Whether a word after a figure's "on"/"in"/"at" is a word of the place it names ("on board a Coast Guard
    aircraft"): a noun (no verb: "60 doctors at the city hospital treated the injured" is no role of the doctors; no
    day: "30 in Kabul on Tuesday after the blast killed 4"), nothing but _PLACE_GAP's words before it."""
    word = text[start:end]
    return (
        _PLACE_GAP.fullmatch(text, edge, start) is not None
        and _VERB_SHAPED.fullmatch(word) is None
        and word.lower() not in _DAY_WORDS
    )


_DAY_WORDS = frozenset(WEEKDAYS) | {"today", "yesterday", "tonight"}


_CASUALTY_FATES = frozenset({"die", "hurt", "missing"})
_ALL_BEFORE = re.compile(r"\b(?i:all)[^\S\n]+\Z")


def _aboard_as_place(roles: frozenset[str]) -> frozenset[str]:
    """A figure's roles less "aboard" where a casualty is told: "claimed the lives of three crew members on board" says
    where they died, not a count of those aboard (all "379 on board were evacuated" are those aboard)."""
    return roles - {"aboard"} if "aboard" in roles and roles & _CASUALTY_FATES else roles


def _unit_role(unit: str | None) -> frozenset[str]:
    """The event a figure's noun itself names: "142 survivors" were rescued, "12 deaths" died (not "50 buses": a count
    of buses is none of people aboard)."""
    head = _role(_stem(unit.rsplit(" ", 1)[-1])) if unit else ""
    return frozenset([head]) if head in _ROLE_HEADS and head != "aboard" else frozenset()


# What a measure measures, named before it: "winds of up to 220 km/h", "a wind speed of 200 km/h", "gusts of 240 km/h".
_MEASURED_BEFORE = re.compile(
    r"\b([A-Za-z][a-z]{2,})[^\S\n]+of(?:[^\S\n]+(?:up[^\S\n]+to|about|around|nearly|almost|more[^\S\n]+than|over|some))?[^\S\n]+\Z"
)
_SPEEDS_AND_HEAT = frozenset({"km/h", "mph", "knot", "m/s", "degree"})
_GENERIC_MEASURES = frozenset("speed speeds velocity rate rates length distance level levels a an the".split())
_WORD_BEFORE = re.compile(r"\b([a-z]{3,})[^\S\n]+\Z")


# A length's extent, where its words say: a height ("nearly 3,000 meters, about 10,000 feet, high", "an ash column 5 km
# into the sky", "the 2,891-metre Mount Marapi", "a height of 2,891 m") is no distance ("within 3 km of the peak", "3km
# from the crater"), however equal in metres.
_HEIGHT_AFTER = re.compile(
    r"(?:,[^.;:\n]{1,25}?,|,)?[^\S\n]+(?:high|tall|in[^\S\n]+height|above[^\S\n]+sea[^\S\n]+level"
    r"|into[^\S\n]+the[^\S\n]+(?:air|sky|atmosphere))\b(?![-‐])"
)
# What a length in metres or feet right before stands as high as: "the 2,891-metre Mount Marapi", "a 200-metre building"
# (not "a 12-km mountain road").
_TALL_THING_AFTER = re.compile(
    r"(?:[^\S\n]*\([^()\n]{1,20}\))?[^\S\n]+(?:Mount|Mt\.?|mountain|volcano|peak|summit|tower|skyscraper|building)\b"
)
_HEIGHT_BEFORE = re.compile(
    r"\b(?:(?:height|altitude|elevation)[^\S\n]+of|as[^\S\n]+(?:high|tall)[^\S\n]+as)"
    r"(?:[^\S\n]+(?:about|nearly|some|around|more[^\S\n]+than))?[^\S\n]+\Z"
)
_HEIGHT_UNITS = frozenset({"metre", "meter", "foot", "ft"})
_DISTANCE_BEFORE = re.compile(
    r"\b(?:within|radius[^\S\n]+of|distance[^\S\n]+of)(?:[^\S\n]+(?:about|nearly|some|around))?[^\S\n]+\Z"
)
_DISTANCE_AFTER = re.compile(
    r"(?:[^\S\n]*\([^()\n]{1,20}\))?[^\S\n]+(?:from|away|radius|of[^\S\n]+the[^\S\n]+(?:peak|crater|summit|epicent(?:re|er)))\b"
)


# A length converted in brackets right after another: "the 2,891-metre (about 9,500 ft) Mount Marapi", "within 3
# kilometers (1.8 miles) of the peak" (the conversion's words are the converted figure's).
_CONVERTED_BEFORE = re.compile(
    r"[0-9][0-9,.]*(?:[-‐‑]?[^\S\n]?[A-Za-z]+)?[^\S\n]*\([^\S\n]*(?:(?:about|some|nearly|around|roughly)[^\S\n]+)?\Z"
)
_CONVERTED_AFTER = re.compile(r"[^\S\n]*\)")


def _extent(c: Candidate, text: str) -> str | None:
    """Whether a length is a height or a distance, where its words (or those of the length it converts) say (else
    None)."""
    if c.kind != "quantity" or measure_of(c.unit) != "length":
        return None
    start, end = c.start, c.end
    if (opened := _CONVERTED_BEFORE.search(text, max(0, c.start - 40), c.start)) and (
        closed := _CONVERTED_AFTER.match(text, c.end)
    ):
        start, end = opened.start(), closed.end()
    if _DISTANCE_BEFORE.search(text, max(0, start - 30), start) or _DISTANCE_AFTER.match(text, end):
        return "distance"
    if (
        _HEIGHT_BEFORE.search(text, max(0, start - 30), start)
        or _HEIGHT_AFTER.match(text, end)
        or (c.unit in _HEIGHT_UNITS and "-" in text[start : c.end] and _TALL_THING_AFTER.match(text, end))
    ):
        return "height"
    return None


def _measured(c: Candidate, text: str) -> frozenset[str]:
    """What a speed, length or temperature measures, where the noun before "of" names it ("winds of 200 km/h" and
    "winds of up to 220 km/h" measure the winds: one measure, however differently told; "a wind speed of 200 km/h"
    the wind too; "speeds of up to 200 km/h" say not what, and part no measures)."""
    if c.kind != "quantity" or not (c.unit in _SPEEDS_AND_HEAT or measure_of(c.unit) == "length"):
        return frozenset()
    m = _MEASURED_BEFORE.search(text, max(0, c.start - 40), c.start)
    head = m[1].lower() if m else ""
    # "a wind speed of 120 km/h" measures the wind; "speeds of up to 120 km/h" say not what
    if head in _GENERIC_MEASURES:
        before = _WORD_BEFORE.search(text, max(0, m.start(1) - 20), m.start(1)) if m else None
        word = before[1].lower() if before else ""
        head = word if word and word not in _GENERIC_MEASURES and not closed_class(word) else ""
    return frozenset({f"measures {_stem(head)}"}) if head else frozenset()


def _proximity(distance: int) -> float:
    for limit, weight in _PROXIMITY:
        if distance < limit:
            return weight
    return _FAR


def _cosine(a: _Description, b: _Description, near_weight: float = 0.0) -> float:
    """The IDF-weighted cosine of the descriptions, or, when higher, the share of the words right next
    to the figures that they have in common: in one event's coverage the word that says what a figure
    measures ("inflation") is in every article, so its weight alone would not link them."""
    shared = len(a.near & b.near)
    dice = near_weight * 2 * shared / (len(a.near) + len(b.near)) if shared else 0.0
    return max(dice, _weighted_cosine(a, b))


def _weighted_cosine(a: _Description, b: _Description) -> float:
    if len(a.weights) > len(b.weights):
        a, b = b, a
    other = b.weights
    dot = sum([v * other[w] for w, v in a.weights.items() if w in other])  # a list: faster to sum, the same order
    return dot / (a.norm * b.norm) if a.norm and b.norm else 0.0


def _idf(articles: list[Article]) -> tuple[dict[str, float], float]:
    """Inverse document frequency of stemmed words over the articles, smoothed.

    The articles are about one event, so the words that say what a figure counts ("killed",
    "evacuated") are in most of them: a word in every article still keeps some weight.
    """
    if len(articles) == 1:  # every word in the one article: all weigh what an unseen word weighs
        return {}, math.log(2)
    df: Counter[str] = Counter()
    for article in articles:  # each spelling stemmed once (_content_stem, cached)
        df.update({stem for word in set(_TOKEN.findall(article.text)) if (stem := _content_stem(word)) is not None})
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
        for pair in combinations(ids, 2):  # in the order of the two loops over ids it stands for
            if pair not in seen:
                seen.add(pair)
                yield pair


def _apart(a: _Description, b: _Description, same_figure: bool = False) -> bool:
    """Whether two descriptions say their figures (or days) are of different things (for `same_figure`, one
    value of one noun, only where both say what they differ in)."""
    if disjoint(a.people, b.people):
        return True  # what Michel Aoun did on Wednesday is not what Joseph Aoun did that day
    if a.events and b.events and not a.events & b.events:
        return True  # "14 killed" and "23 missing" count different things
    return other_frames(a.frame, b.frame, same_figure)  # "in 2009" and now, "in Puebla" and "in Morelos"


def _similarity(kind: str, a: _Description, b: _Description) -> float:
    if _apart(a, b):
        return 0.0
    if a.events & b.events or a.told & b.told:  # both say what the figure counts (or the date dates), alike
        return min(1.0, _cosine(a, b, NEAR_WEIGHT[kind]) + EVENT_BONUS)
    return _cosine(a, b, NEAR_WEIGHT[kind])


def _alike(a: str, b: str) -> bool:
    """Two normalised quotes of one statement, neither a part of the other: the same opening, or
    the same words reordered or respelt a little."""
    wa, wb = a.split(), b.split()
    if min(len(wa), len(wb)) >= QUOTE_OPENING and wa[:QUOTE_OPENING] == wb[:QUOTE_OPENING]:
        return True
    return fuzz.token_sort_ratio(a, b) >= QUOTE_REORDERED


def _held(short: str, long: str) -> bool:
    """Whether the longer quote (or one as long) holds the shorter one: word for word (4+ words), nearly
    (token_set_ratio, QUOTE_CONTAINED_WORDS+ words), every word in order with a word or two more between them
    (QUOTE_GAPPED_WORDS+ words), or a long run of its words (QUOTE_RUN)."""
    ws, wl = short.split(), long.split()
    if len(ws) > len(wl) or short == long:
        return False
    if part_of(short, long):
        return True
    if len(ws) < QUOTE_GAPPED_WORDS:
        return False
    longer = set(wl)
    found = sum(word in longer for word in ws)  # its words the longer holds
    if not found:
        return False
    if len(ws) >= QUOTE_CONTAINED_WORDS and fuzz.token_set_ratio(short, long) >= QUOTE_CONTAINED:
        return True
    if found < len(ws) and (len(ws) < QUOTE_RUN or found < QUOTE_RUN):
        return False  # a word the longer lacks: not every word in order, and too few words for a run of QUOTE_RUN
    if found < len(ws):
        return _run_held(ws, wl)  # not every word in order: only a run of them
    matcher = SequenceMatcher(None, ws, wl, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    start, end = blocks[0].b, blocks[-1].b + blocks[-1].size
    if sum(b.size for b in blocks) == len(ws) and end - start <= len(ws) + QUOTE_GAP:
        return True  # "no connection with any US entity" in "there is no current connection with any …"
    # "charging them with organised theft, which carries a 15-year prison sentence"
    return len(ws) >= QUOTE_RUN and matcher.find_longest_match(0, len(ws), 0, len(wl)).size >= QUOTE_RUN


def _run_held(short: list[str], long: list[str]) -> bool:
    """Whether the longer quote's words hold QUOTE_RUN of the shorter's in a row (what the longest match of the two
    would show, without matching them)."""
    return _shared_run(short, long, QUOTE_RUN)


def _shared_run(a: list[str], b: list[str], n: int) -> bool:
    """Whether two quotes' words share `n` in a row."""
    runs = {tuple(b[i : i + n]) for i in range(len(b) - n + 1)}
    return any(tuple(a[i : i + n]) in runs for i in range(len(a) - n + 1))


def _held_reordered(short: str, long: str) -> bool:
    """Whether the longer quote holds the shorter one (QUOTE_GAPPED_WORDS+ words) with two words side by side swapped
    ("it's already ended for the jury" in "it's ended already for the jury because …"): a part altered (not words
    moved further, which may change who did what: "it was Iran that attacked Israel")."""
    ws, wl = short.split(), long.split()
    n = len(ws)
    if n < QUOTE_GAPPED_WORDS or n > len(wl) or short == long or not set(ws) <= set(wl):
        return False
    swaps = {(*ws[:k], ws[k + 1], ws[k], *ws[k + 2 :]) for k in range(n - 1) if ws[k] != ws[k + 1]}
    return any(tuple(wl[i : i + n]) in swaps for i in range(len(wl) - n + 1))


def _held_told_otherwise(short: str, long: str) -> bool:
    """Whether the longer quote holds the shorter one (QUOTE_GAPPED_WORDS+ words) with a word or two told otherwise in
    one place (QUOTE_SWAPPED): its other words in order, within QUOTE_GAP words of its length ("we won things no one
    thought possible" in "… we won things nobody thought possible …"): a part altered, unless two speakers are named."""
    ws, wl = short.split(), long.split()
    if len(ws) < QUOTE_GAPPED_WORDS or len(ws) > len(wl) or short == long:
        return False
    needed = max(len(ws) - QUOTE_SWAPPED, QUOTE_GAPPED_WORDS)
    longer = set(wl)
    if sum(word in longer for word in ws) < needed:
        return False  # too few of its words in the longer for as many to match in order (most pairs: no matcher)
    matcher = SequenceMatcher(None, ws, wl, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not 0 < len(blocks) <= 2:
        return False  # one place told otherwise, not words changed here and there ("sales to recover", "costs to fall")
    start, end = blocks[0].b, blocks[-1].b + blocks[-1].size
    return sum(b.size for b in blocks) >= needed and end - start <= len(ws) + QUOTE_GAP


def _one_statement(a: str, b: str) -> bool:
    """Whether two quotes' comparison forms may tell one statement: one holds the other (word for word, told otherwise
    or reordered), they are alike or a paraphrase (what _link_quotes links), or they share QUOTE_SHARED_RUN words in a
    row ("today begins the end of argentinas decline" and "… decadence": one passage, translated twice)."""
    if a == b or _alike(a, b) or _paraphrase(a, b) or _shared_run(a.split(), b.split(), QUOTE_SHARED_RUN):
        return True
    short, long = (a, b) if len(a.split()) <= len(b.split()) else (b, a)
    return any(held(short, long) for held in (_held, _held_told_otherwise, _held_reordered))


def _link_quotes(members: list[_Fact], link_pair: Callable[[_Fact, _Fact], None]) -> None:
    """Link the quotes of one statement. Quotes of one comparison form link; two forms link when they
    are alike, or one holds the other: a longer quote links to every part of it quoted elsewhere, even parts one
    article quotes apart (one remark, however outlets cut it)."""
    groups: dict[str, list[_Fact]] = defaultdict(list)
    for f in members:
        groups[f.key].append(f)
    keys = [k for k in groups if k]

    def link(ga: list[_Fact], gb: list[_Fact], same_speaker: bool = False) -> None:
        for a, b in ((a, b) for a in _distinct(ga) for b in _distinct(gb)):
            if same_speaker and a.c.speaker and b.c.speaker and not same_person(a.c.speaker, b.c.speaker):
                continue
            if _linked("quote", a, b, 1.0):
                link_pair(a, b)

    for k in keys:
        same = groups[k]
        for other in same[1:]:
            if _linked("quote", same[0], other, 1.0):
                link_pair(same[0], other)
    descriptions = [_Description(k, {w: 1.0 for w in _words(k)}, 1.0) for k in keys]
    for i, j in _sharing_pairs(descriptions):
        a, b = keys[i], keys[j]
        short = a if _held(a, b) else b if _held(b, a) else None
        if short is not None:
            # a phrase of a few words ("unacceptable security risk") is one statement only from one speaker
            link(groups[a], groups[b], same_speaker=len(short.split()) < QUOTE_PHRASE_WORDS)
        elif _alike(a, b):
            link(groups[a], groups[b])
        elif any(held(x, y) for held in (_held_told_otherwise, _held_reordered) for x, y in ((a, b), (b, a))):
            for x, y in ((x, y) for x in _distinct(groups[a]) for y in _distinct(groups[b])):
                two_speakers = x.c.speaker and y.c.speaker and not same_person(x.c.speaker, y.c.speaker)
                if x.article != y.article and not two_speakers and _linked("quote", x, y, 1.0):
                    link_pair(x, y)  # a part told otherwise in another outlet, no other speaker named: altered
        elif _paraphrase(a, b) and not {f.article for f in groups[a]} & {f.article for f in groups[b]}:
            # (an article quoting both forms tells two statements: "to raise rates if …", "to cut rates if …")
            for x, y in ((x, y) for x in _distinct(groups[a]) for y in _distinct(groups[b])):
                sx, sy = x.c.speaker or "", y.c.speaker or ""
                one_speaker = _named(sx) and _named(sy) and same_person(sx, sy)
                if x.article != y.article and one_speaker and _linked("quote", x, y, 1.0):
                    link_pair(x, y)  # one named speaker's statement in other words: a paraphrase


def _named(speaker: str) -> bool:
    """Whether a speaker is a name (a person or an organisation the text names), not a description ("the owners")."""
    return speaker[:1].isupper()


def _paraphrase(a: str, b: str) -> bool:
    """Whether two quotes' comparison forms tell one statement in other words (QUOTE_PARAPHRASE_SET and _SORT); below
    QUOTE_PARALLEL_SET, only where they open differently (one speaker's parallel lines open alike and part on the words
    that matter: "the situation in the north … is very serious", "the situation in the south … is under control")."""
    wa, wb = a.split(), b.split()
    if min(len(wa), len(wb)) < QUOTE_PARAPHRASE_WORDS or fuzz.token_sort_ratio(a, b) < QUOTE_PARAPHRASE_SORT:
        return False
    alike = fuzz.token_set_ratio(a, b)
    return alike >= QUOTE_PARALLEL_SET or (alike >= QUOTE_PARAPHRASE_SET and wa[:3] != wb[:3])


def _news_days(articles: list[Article]) -> list[int]:
    """The days the articles are dated (as ordinals), in order."""
    days = []
    for a in articles:
        try:
            days.append(dt.date.fromisoformat(a.dateline or "").toordinal())
        except ValueError:
            continue
    return sorted(days)


def _distinctive(c: Candidate, news_days: list[int]) -> bool:
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
            day = dt.date.fromisoformat(c.value).toordinal()
        except ValueError:
            return False
        at = bisect_left(news_days, day - NEWS_WINDOW)  # the first dateline not before the window
        return at == len(news_days) or news_days[at] > day + NEWS_WINDOW
    return isinstance(c.value, (int, float)) and (c.value >= 12 or not float(c.value).is_integer())


def _linked(kind: str, a: _Fact, b: _Fact, similarity: float) -> bool:
    if a.article == b.article and a.sentence == b.sentence:
        return False  # two figures in one sentence are two facts
    if kind == "quote":
        return similarity == 1.0
    if similarity <= LINK_DISTINCT_VALUE:
        return False  # the lowest bar below: no likeness, no link
    if kind == "date" and similarity < LINK_DATE_CONFLICT and not (a.past or _same_value(a, b) or a.exact or b.exact):
        return False  # below, two dates this unalike link only on one value, a past month or an exact figure
    if kind == "quantity" and not _comparable_nouns(a, b):
        return False
    if a.part != b.part:
        return False  # "five of the six deaths" is not another outlet's "five people were killed"
    if (
        kind == "percent"
        and _in_points(a.c) != _in_points(b.c)
        and not (a.value == b.value and _a_move(a.value) and not (a.level or b.level))
    ):
        # "fallen by 2.5 percentage points" (a change) is no level ("2.6%"); "cut by 0.25%" may be a quarter point,
        # "lowered to 0.25%" not
        return False
    if a.moved is not None and a.moved == b.moved and a.value == b.value and a.article != b.article:
        return True  # "to 3.75 percent from 4 percent", "down to 3.75% from an all-time high of 4%": one change's end
    if _subset_apart(a, b):
        return False  # "19 of those injured" are some of the injured, not another count of them all
    if (a.whole or b.whole) and not _same_value(a, b):
        return False  # "five of the nine justices found him guilty": nine is no conflicting count of those who did
    if kind == "quantity" and a.article != b.article and _parties_of(a) & _parties_of(b):
        return True  # "Noa Argamani, 26", "Noa Argamani (25)": one person's age, however told
    specific = kind == "quantity" and _specific_noun(
        a.unit
    )  # a small count of it too: "four justices", "Four justices"
    if a.value == b.value and a.unit == b.unit and a.article != b.article and (a.distinctive or specific):
        return similarity > LINK_DISTINCT_VALUE
    if a.calendar and b.calendar and a.article != b.article and _same_value(a, b):
        return similarity > LINK_DISTINCT_VALUE  # "on June 12" and "on 12 June 2025": the day both name
    if kind == "date" and a.article != b.article and _one_day_of_one_doing(a, b):
        return similarity > LINK_SAME_DAY  # "on Thursday", "Thursday's attack": the day the story tells of
    if _same_value(a, b):  # never a higher bar than a close value's ("5%" is "5 per cent" if "5.25%" would be)
        return similarity >= LINK_SAME_VALUE[kind] or (
            kind != "date" and _close(kind, a, b) and similarity + MAGNITUDE_BONUS >= LINK[kind]
        )
    if kind == "date" and a.article != b.article and a.past and year_and_month(a.parts, b.parts):
        return similarity >= LINK_SAME_VALUE[kind]  # "since March 2020", "since 2020": a past month told to the year
    if (
        kind == "date"
        and a.article != b.article
        and a.distinctive
        and b.distinctive
        and month_and_day(a.parts, b.parts)
    ):
        return similarity > LINK_DISTINCT_VALUE  # "held since April 1984", "set the record on April 5, 1984"
    if kind == "quantity" and a.when and b.when and not any(dates_compatible(x, y) for x in a.when for y in b.when):
        return False  # "79 on Sunday evening", "82 as of early Monday": a count at two times, two facts
    if (a.timed or b.timed) and not _rounded_time(a, b):
        return False  # "2:13:44" and "2:11:53": two runners' times, not one told twice
    if disjoint(_parties_of(a), _parties_of(b)):
        return False  # "£116m for Florian Wirtz" is not another telling of "£125m for Alexander Isak"
    if a.increment or b.increment:
        return False  # "three more bodies": what was added to a count, not another count of it
    if a.article != b.article and not (a.partitive or b.partitive) and _rounded_from_exact(a, b):
        # "10,606,877 voters", "10.6 million votes": one count
        # rounded; of one noun ("36,943 cases", "nearly 37,000 cases") it links on any likeness, as one value would,
        # and so does a rounded count that took its noun from the count before ("… with 4.6 million or 33.49%")
        return similarity >= LINK_SAME_VALUE[kind] or (a.noun == b.noun and similarity > LINK_DISTINCT_VALUE)
    if a.anaphoric or b.anaphoric:
        return False  # "two of them": a part of a count, not another count of the same thing
    if kind == "quantity" and a.measure and not _close_magnitude(a.value, b.value, MEASURE_RATIO):
        return False  # "a two-day meeting" and "a one-month pause": times (or lengths) of different things
    if kind == "date":
        return similarity >= LINK_DATE_CONFLICT
    if _far_apart(kind, a.value, b.value):
        return False  # "three Americans" among "127 people rescued": a part, not another count of them
    if kind == "quantity" and not (a.vague or b.vague) and _figure_roles(a) & _figure_roles(b) & FATES:
        return True  # counts of one fate in one frame ("killed", "arrested"): one count, however differently told
    return similarity + (MAGNITUDE_BONUS if _close(kind, a, b) else 0.0) >= LINK[kind]


def _a_move(value: object) -> bool:
    """Whether a percentage is of the size of a rate's move (a point or less), which outlets write as a percent too."""
    return isinstance(value, (int, float)) and 0 < value <= 1


_GENERIC_NOUNS = frozenset({"person", "other", "one", "time", "thing", "case", "member"})


def _specific_noun(unit: str | None) -> bool:
    """Whether a count's noun is a specific one ("justice", "booster", "police officer"), not one for anyone or anything
    ("people", "others") nor a measure."""
    return bool(unit) and measure_of(unit) is None and (unit or "").split()[-1] not in _GENERIC_NOUNS


def _in_points(c: Candidate) -> bool:
    """Whether a percentage is told in points ("2.5 percentage points", "a quarter-point", "25 basis points")."""
    return "point" in c.text.lower()


def _close(kind: str, a: _Fact, b: _Fact) -> bool:
    """Whether two figures are of close magnitude ("less than eight minutes" and "less than seven"); a vague one
    never is ("dozens of mounted police" is a floor, not an estimate close to "26 police")."""
    ratio = PERCENT_RATIO if kind == "percent" else MEASURE_RATIO if a.measure else None
    return not (a.vague or b.vague) and _close_magnitude(a.value, b.value, ratio)


EXACT_DIGITS = 4  # significant digits of a figure exact enough that its rounding elsewhere is the same figure


def _rounded_from_exact(a: _Fact, b: _Fact) -> bool:
    """Whether one figure is exact (EXACT_DIGITS significant digits or more) and the other is it rounded at its
    own last digit, or a bound that admits it ("about 189,000" for 189,294; "more than 10.2 million")."""
    if not (a.exact or b.exact):
        return False  # most pairs: neither figure is exact
    for exact, other in ((a, b), (b, a)):
        if exact.exact and (_admits(other, exact) or _slip_or_rounding(exact.value, other.value, False)):
            return True
    return False


_ROUNDED_TO = {"minute": 60, "second": 1}  # a time to the second told rounded to these units may be one time


def _rounded_time(a: _Fact, b: _Fact) -> bool:
    """Whether one figure is the other's time to the second rounded to whole minutes or seconds ("about seven
    minutes" for 6:49); not to hours ("two hours" is 2:00:35 and 2:13:44 alike)."""
    timed, other = (a, b) if a.timed else (b, a)
    if _hundredths(timed.c) and _hundredths(other.c):  # 9.784 given as 9.79: rounded, or up as timing rounds
        fine, coarse = sorted((timed.c, other.c), key=_decimals, reverse=True)
        places = _decimals(coarse)
        value = float(fine.value)  # type: ignore[arg-type]
        rounded = (round(value, places), math.ceil(value * 10**places) / 10**places)
        return _decimals(fine) > places and coarse.value in rounded
    step = _ROUNDED_TO.get(other.unit or "")
    if other.timed or step is None or not isinstance(timed.c.value, (int, float)):
        return False
    return round(timed.c.value * _ROUNDED_TO[timed.unit or "second"] / step) == other.c.value


_STATED_BEFORE = re.compile(
    r"\b(?:said|says|told[^\S\n]+\w+|announced|added|stated|reported|confirmed|warned)"
    r"(?:[^\S\n]+in[^\S\n]+a[^\S\n]+(?:statement|post|briefing|video))?(?:[^\S\n]+(?:on|late|early|last)){0,2}[^\S\n]+\Z"
)


def _one_day_of_one_doing(a: _Fact, b: _Fact) -> bool:
    """Two outlets' mentions of one day: the day the story tells of, however the sentences differ, and whether or
    not one names who acted ("the wall collapsed on Monday", "Mayor X watched the wall collapse on Monday"); two
    that name different people acting are apart already (_apart: "what Michel Aoun did on Wednesday" is not what
    the coalition did). A statement's day is only the same speaker's. A date in a photo's caption dates the photo,
    not a happening of the story."""
    if not _same_value(a, b) or a.captioned or b.captioned:
        return False
    if a.stated or b.stated:  # "the Red Cross said on Sunday": the day of a statement, only of the same speaker's
        pa, pb = (f.description.people if f.description else frozenset() for f in (a, b))
        return bool(pa & pb)
    return True


def _comparable_nouns(a: _Fact, b: _Fact) -> bool:
    """Two counts of people by nouns of different classes are one count only when they agree ("13
    Americans" and "13 troops"); "10 Marines" against "13 troops" are two counts (a part and the whole).
    A noun that names what happened to the people it counts ("nine arrests", "226 lives") counts what
    another figure's words say happened to its people ("25 people were arrested", "killed 217"). An exact count
    and its rounding are one count too ("10,606,877 voters", "10.6 million votes")."""
    sexes = (_SEX_OF_NOUN.get(a.unit or ""), _SEX_OF_NOUN.get(b.unit or ""))
    if None not in sexes and sexes[0] != sexes[1]:
        return False  # "84 women" and "84 men": two groups, however equal
    if a.value == b.value or a.noun == b.noun or _role_noun_of(a, b) or _role_noun_of(b, a):
        return True
    if {a.noun, b.noun} == _PEOPLE_OR_VICTIMS and _figure_roles(a) & _figure_roles(b) & _VICTIMS_FATES:
        return True  # "39 people have been identified", "41 victims have been identified": one count of one fate
    if _others_told(a, b) or _others_told(b, a):
        return True  # "three service members were killed and 25 others were injured", "30 others were wounded"
    return _rounded_from_exact(a, b)


def _others_told(a: _Fact, b: _Fact) -> bool:
    """Whether a counts others after a count ("… and 25 others were injured": its noun the count's before, of
    whatever class) and b counts people of the same fate without a noun of its own class ("30 others", "30 people")."""
    return (
        _OTHERS_COUNTED.match(a.c.text) is not None
        and not a.remainder
        and _counts_people(a.c)
        and (b.noun in _PEOPLE_OR_VICTIMS or _OTHERS_COUNTED.match(b.c.text) is not None)
        and bool(_figure_roles(a) & _figure_roles(b) & FATES)
    )


_OTHERS_COUNTED = re.compile(r"\S+[^\S\n]+others\Z")


def _remainder(c: Candidate, text: str) -> bool:
    """Whether "N others" is joined to a count before it with no verb between, sharing its fate: the rest of a toll
    ("Three police officers and 25 others were killed"), not others of another fate ("Three service members were
    killed and 25 others were injured")."""
    if c.kind != "quantity" or _OTHERS_COUNTED.match(c.text) is None:
        return False
    before = list(_BARE_NUMBER.finditer(text, c.sentence[0], c.start))
    return bool(before) and _A_VERB.search(text, before[-1].end(), c.start) is None


_A_VERB = re.compile(r"\b(?:were|was|are|is|been|have|has|had|[a-z]+ed|[a-z]+ing)\b")  # ("killing … and wounding")


_PEOPLE_OR_VICTIMS = frozenset({"person", "casualty"})
_VICTIMS_FATES = _CASUALTY_FATES | {"identify"}  # what befalls victims (not "six bodies still to be evacuated")


_SEX_OF_NOUN = {
    **dict.fromkeys("man boy male father son husband brother gentleman".split(), "m"),
    **dict.fromkeys("woman girl female mother daughter wife sister lady".split(), "f"),
}


def _role_noun_of(a: _Fact, b: _Fact) -> bool:
    """Whether a's noun is a role ("arrests", "deaths") that b's own words give b's people."""
    role = _unit_role(a.unit)
    return bool(role) and role <= _figure_roles(b)


# A number paired with another: an end of a tally or range ("216-210", "216 to 210", "between 20 and 30").
_PAIRED_BEFORE = re.compile(r"[0-9](?:[-–]|[^\S\n]+(?:to|and)[^\S\n]+)\Z")
_PAIRED_AFTER = re.compile(r"(?:[-–]|[^\S\n]+(?:to|and)[^\S\n]+)[0-9]")


def _anaphoric(c: Candidate, text: str) -> bool:
    """A count that is only a number and took its noun from an earlier count ("two" of them): a part of
    that count. A bare toll ("killing 55", unit "person") counts people by itself, an end of a tally or
    range ("passed 216-210") takes its noun from the pair, not from an earlier count, and a change ("a 188,000
    gain in payrolls") is a figure of its own."""
    if c.kind != "quantity" or c.unit == "person" or _BARE_NUMBER.fullmatch(c.text) is None:
        return False
    return not (
        _PAIRED_BEFORE.search(text, max(0, c.start - 8), c.start)
        or _PAIRED_AFTER.match(text, c.end)
        or CHANGE_AFTER.match(text, c.end)
    )


# A part of a whole its phrase states: "five of the six deaths", "two of those 12 people".
_OF_A_WHOLE = re.compile(rf"[^\S\n]+of[^\S\n]+(?:the|those|these)[^\S\n]+(?:{NUMBER})\b", re.IGNORECASE)


# A sentence that opens on the count before it: "Of them, at least 31 bodies have been handed over", "Of those, 12 …".
_OF_THEM_OPENING = re.compile(r"[\s\"“]*(?i:of|among)[^\S\n]+(?:them|those|these)\b")


def _some_of_them(c: Candidate, text: str) -> bool:
    """Whether a count is some of those the sentence before counted, its sentence opening "Of them," with no other
    clause or figure before it (not "Among them were 12 children, and 32 people are still missing": 32 counts anew)."""
    if c.kind != "quantity" or (opening := _OF_THEM_OPENING.match(text, c.sentence[0])) is None:
        return False
    return _ANOTHER_CLAUSE.search(text, opening.end(), c.start) is None


_ANOTHER_CLAUSE = re.compile(r"[0-9;]|,[^\S\n]+(?:and|but|while)\b")


def _part_of_whole(c: Candidate, text: str) -> bool:
    """Whether a count is a part of a toll its own phrase states ("five of the six deaths"): a fact of that toll
    (where five of the six died), not another outlet's count of the dead that happens to equal it. A part with a
    fate of its own ("241 of the 242 on board died") is that fate's count."""
    return c.kind == "quantity" and noun_class(c.unit) == "casualty" and _OF_A_WHOLE.match(text, c.end) is not None


# One place's share of a toll its sentence breaks down: "In Velm alone, 17 people died", "17 died in the capital
# alone", "17 were killed in Velm, while two others died in Ostra" (not "killed 2,100, more than 1,400 of them in Hatay
# alone": the toll; not "rose to 19 as two others died": an update; not "Cruz alone carried out the attack").
_IN_A_PLACE_ALONE = re.compile(
    r"\b[Ii]n[^\S\n]+(?:the[^\S\n]+)?[A-Za-z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?[^\S\n]+alone\b"
)
_OTHERS_DIED = re.compile(
    rf"\b(?:while|and|with|but)\b[^.;\n]{{0,40}}?\b(?:{NUMBER})[^\S\n]+(?:others?|more)[^\S\n]+"
    r"(?:(?:were|was|had|have)[^\S\n]+)?(?:died|killed|dead|perished|lost[^\S\n]+their[^\S\n]+lives)\b",
    re.IGNORECASE,
)
_IN_A_PLACE_BEFORE = re.compile(r"\b[Ii]n[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’-]*")  # the share's own place
_DIGITS = re.compile(r"\d")
_SHARE_SIGN = re.compile(r"(?i:alone|others?\b|more\b)")  # the words a share's sentence holds, looked for first
BREAKDOWN_REACH = 40  # characters between a count and the "in X alone" that says it is one place's share


def _share_of_a_toll(c: Candidate, text: str) -> bool:
    """Whether a count of the dead is one place's share of a toll its sentence breaks down: right after "in X alone"
    or followed by it with no other figure between, or told in its place before "while two others died in Y". A part,
    not another outlet's toll that happens to equal it."""
    if c.kind != "quantity":
        return False
    start, end = c.sentence
    if _SHARE_SIGN.search(text, start, end) is None or not _counts_people(c):
        return False  # (most sentences: no "alone", "others" nor "more")
    if DEATH_WORDS.search(text, start, end) is None:
        return False  # arrests, evacuations: not a toll's breakdown
    before = _IN_A_PLACE_ALONE.search(text, max(start, c.start - BREAKDOWN_REACH), c.start)
    if before and not _DIGITS.search(text, before.end(), c.start):
        return True
    after = _IN_A_PLACE_ALONE.search(text, c.end, min(end, c.end + BREAKDOWN_REACH))
    if after and not _DIGITS.search(text, c.end, after.start()):
        return True
    others = _OTHERS_DIED.search(text, c.end, end)
    return others is not None and _IN_A_PLACE_BEFORE.search(text, c.end, others.start()) is not None


# A breakdown by place whose later shares leave out their verb: "33 were pronounced dead at Dhaka Medical College
# and 10 others at the burn institute", "10 are treated at the burn unit and two at DMCH" (not "44 were killed and 22
# others critically injured in Dhaka": a second fate, told with its own words).
_ELIDED_SHARE = re.compile(rf"[^\S\n]+(?i:and|while|with)[^\S\n]+(?i:{NUMBER})(?:[^\S\n]+others?)?[^\S\n]+{AT_A_PLACE}")
_SHARE_AFTER = re.compile(rf"(?:[^\S\n]+others?)?[^\S\n]+{AT_A_PLACE}")
_PLACE_IN = re.compile(rf"\b{AT_A_PLACE}")
_FACILITY = re.compile(r"\b(?:at|to)[^\S\n]+(?:the[^\S\n]+)?[A-Z]")  # "at Dhaka Medical College", "to the Ostra morgue"
SHARE_REACH = 160  # characters from a count to the end of the elided share after it


def _share_by_place(c: Candidate, text: str) -> bool:
    """Whether a count is one place's share of a breakdown whose later shares leave out their verb ("33 at X and 10
    others at Y"): the elided share itself, or the count before it whose words name its place, a facility ("at", "to":
    not "killed 40 people in Gaza and 3 in the West Bank", where 40 is the toll outlets give for Gaza), and no other
    figure."""
    if c.kind != "quantity":
        return False
    start, end = c.sentence
    if ELIDED_BEFORE.search(text, max(start, c.start - 8), c.start) and _SHARE_AFTER.match(text, c.end):
        return _PLACE_IN.search(text, start, c.start) is not None  # the share before it named its place
    share = _ELIDED_SHARE.search(text, c.end, min(end, c.end + SHARE_REACH))
    return (
        share is not None
        and _FACILITY.search(text, c.end, share.start()) is not None
        and not _DIGITS.search(text, c.end, share.start())
    )


_PART_BEFORE = re.compile(r"(\S+)[^\S\n]+(?:out[^\S\n]+)?of[^\S\n]+(?:the[^\S\n]+|its[^\S\n]+|their[^\S\n]+)?\Z")


def _whole_of_part(c: Candidate, text: str) -> bool:
    """Whether a count is the whole a part before it is told of ("five of the nine justices found him guilty": what
    befell the five): its sentence tells nothing of the whole, which links only to another count of its value."""
    lo = max(0, c.start - PART_REACH)
    part = c.kind == "quantity" and text.find("of", lo, c.start) >= 0  # "of" is in every part: most counts have none
    before = _PART_BEFORE.search(text, lo, c.start) if part else None
    return before is not None and parse_number(before[1]) is not None


PART_REACH = 40  # characters before a count in which the part of it may be named
# A body's size by its members, "the 193-nation General Assembly", "the 27-member bloc": a whole, never another
# count of those who voted ("143 countries voted in favour")
_MEMBERSHIP = re.compile(r"\S+[-‐‑](?:nation|member|country|state)", re.IGNORECASE)
_STANDING_BODY = re.compile(
    r"[^\S\n]+(?:[A-Z][\w.]*[^\S\n]+)*(?i:assembly|general|bloc|union|council|body|organi[sz]ation|alliance|club|"
    r"commonwealth|community|euro[^\S\n]*zone|group|committee|panel|board|jury|court|cabinet|parliament|senate|"
    r"chamber|house|crew|team|squad)\b"
)  # (not "a 10-nation coalition": a count of those who joined)


# A count of what was added to another: "three more bodies" (not "another 12 people still missing", nor "18 more"
# injured: the others, counted).
_MORE_NOUN = re.compile(r"\S+[^\S\n]+more[^\S\n]+[^\W\d]", re.IGNORECASE)


# A count of others than some an article counted: "the other two suspects", "two other men" (not "another 12 people
# still missing": the others than the dead, whom a headline's "12 missing" counts too).
_OTHER_BEFORE = re.compile(r"\b(?i:other)[^\S\n]+\Z")
_OTHER_IN = re.compile(r"\S+[^\S\n]+other[^\S\n]", re.IGNORECASE)


def _others(c: Candidate, text: str) -> bool:
    """Whether a count is of others than some the article counted (two of its counts, one of "the other two",
    or one told of "a separate incident", are two groups however equal)."""
    return c.kind == "quantity" and (
        _OTHER_IN.match(c.text) is not None
        or _OTHER_BEFORE.search(text, max(0, c.start - 9), c.start) is not None
        or _SEPARATE.search(text, c.sentence[0], c.start) is not None
    )


# A sentence telling of another happening than the story's: "In a separate incident, two soldiers were killed".
_SEPARATE = re.compile(
    r"\b(?i:separate|another|unrelated)[^\S\n]+(?:incident|attack|raid|strike|shooting|crash|accident|blast|explosion"
    r"|case)\b"
)


def _increment(c: Candidate) -> bool:
    """Whether a count is of what was added to an earlier one (it links only where its value recurs)."""
    return c.kind == "quantity" and _MORE_NOUN.match(c.text) is not None


_VAGUE_COUNT = re.compile(VAGUE)  # "dozens", "hundreds of thousands": a count's floor, not its estimate


def _far_apart(kind: str, a: object, b: object) -> bool:
    """Two figures too far apart to be two outlets' counts of one thing: tolls rise and estimates differ,
    but within a factor of FAR_APART (36 dead, then 128); sizeable shares within SHARE_FAR_APART (67.7 % and
    44.3 % of one vote are its No share and its turnout), sums within SUM_FAR_APART."""
    if not (isinstance(a, (int, float)) and isinstance(b, (int, float))) or min(a, b) <= 0:
        return False
    share = kind == "percent" and min(a, b) >= SIZEABLE_SHARE
    return max(a, b) / min(a, b) > (SHARE_FAR_APART if share else SUM_FAR_APART if kind == "money" else FAR_APART)


def _close_magnitude(a: object, b: object, ratio: float | None = None) -> bool:
    """Two sizeable figures within a factor of 1.5 (percentages of any size within `ratio`): in coverage
    of one event, likely one figure reported twice."""
    if not (isinstance(a, (int, float)) and isinstance(b, (int, float))) or min(a, b) <= 0:
        return False
    if ratio is not None:
        return max(a, b) / min(a, b) <= ratio
    return min(a, b) >= 20 and max(a, b) / min(a, b) <= MAGNITUDE_RATIO


def _block_edges(kind: str, members: list[_Fact]) -> Iterator[tuple[float, _Fact, _Fact]]:
    """(strength, a, b) for the pairs of the block that may state one fact: the similarity of their
    descriptions, and a bonus when their values agree."""
    groups: dict[str, list[_Fact]] = defaultdict(list)
    descriptions: dict[str, _Description] = {}
    # figures with too few words around them to compare ("Some 1,000 police officers were deployed."): only the
    # same figure links them
    bare: list[tuple[_Fact, _Description]] = []
    for f in members:
        d = f.description
        if d is None:
            continue
        if not d.weights:
            bare.append((f, d))
            continue
        groups[d.key].append(f)
        descriptions[d.key] = d
    keys = list(groups)
    for same in groups.values():  # the same description: the same sentence, perhaps another figure
        for other in same[1:]:
            if _linked(kind, same[0], other, 1.0):
                yield _strength(kind, same[0], other, 1.0), same[0], other
    ds = [descriptions[k] for k in keys]
    prepared = [_Group(kind, groups[k]) for k in keys]
    meet: dict[tuple[frozenset, frozenset], bool] = {}  # whether two groups' days meet, by their days
    for i, j in _sharing_pairs(ds):
        similarity = _similarity(kind, ds[i], ds[j])
        if similarity <= LINK_DISTINCT_VALUE:
            continue  # no pair links without likeness (_linked)
        if kind == "date" and similarity < LINK_DATE_CONFLICT and not _unalike_may_link(prepared[i], prepared[j], meet):
            continue  # most pairs of a large story's dates: described unalike, of other days
        for a, b in _pairs_to_try(kind, prepared[i], prepared[j], similarity):
            if _linked(kind, a, b, similarity):
                yield _strength(kind, a, b, similarity), a, b
    yield from _same_figures(kind, [groups[k] for k in keys] + [[f] for f, _ in bare], ds + [d for _, d in bare])
    if kind == "quantity":
        for a, b in _same_fate_pairs(members):
            similarity = _similarity(kind, a.description, b.description)  # type: ignore[arg-type]
            if _linked(kind, a, b, similarity):
                yield _strength(kind, a, b, similarity), a, b


FATE_PAIRS = 3  # figures next in value that a figure is paired with among those of its fate


def _same_fate_pairs(members: list[_Fact]) -> Iterator[tuple[_Fact, _Fact]]:
    """Pairs of figures from two articles whose own words say the same thing happened to what they count
    ("killed", "missing", "arrested"), however else their sentences differ: each figure with the next
    FATE_PAIRS values of its fate (links chain along the values, so no pair of the whole group is needed)."""
    by_fate: dict[str, list[_Fact]] = defaultdict(list)
    for f in members:
        if f.description is not None and isinstance(f.value, (int, float)):
            for fate in _figure_roles(f) & FATES:
                by_fate[fate].append(f)
    for facts in by_fate.values():
        facts = sorted(_distinct(facts), key=lambda f: (f.value, f.n))
        # past each figure, the first one from another article (so one article's run is skipped at once: linear)
        other = [len(facts)] * len(facts)
        for i in range(len(facts) - 2, -1, -1):
            other[i] = i + 1 if facts[i + 1].article != facts[i].article else other[i + 1]
        for i, a in enumerate(facts):
            j, found = other[i], 0
            while j < len(facts) and found < FATE_PAIRS:
                if facts[j].article == a.article:
                    j = other[j]
                    continue
                yield a, facts[j]
                found, j = found + 1, j + 1


_FATE_NOUNS = frozenset({"casualty", "arrest"})  # "60 possible fatalities": what befell people, not who they are


def _same_figure_noun(f: _Fact) -> str | None:
    """What a figure counts, for finding the same figure elsewhere: its noun by class ("six trucks" and "six
    lorries"); any people for a distinctive count of them ("24 prisoners", "24 individuals", "two dozen people")."""
    if f.distinctive and f.kind == "quantity" and f.noun not in _FATE_NOUNS and _counts_people(f.c):
        return "people"
    return f.noun or f.unit


def _same_figures(
    kind: str, groups: list[list[_Fact]], descriptions: list[_Description]
) -> Iterator[tuple[float, _Fact, _Fact]]:
    """The same count and noun (or synonym) in two articles (any count: "eight blocks" too), or the same distinctive sum or
    share, is one fact even when their sentences share no word ("30 children were missing" / "rescuers searched
    for 30 children"), unless their descriptions set them apart (another role, time, place or person): each
    such group linked to one before it."""
    if kind in ("quote", "date"):
        return
    seen: dict[tuple[str, str | None], list[int]] = defaultdict(list)  # groups by value and noun
    for i, group in enumerate(groups):
        for a in group:
            if a.anaphoric or not (a.distinctive or a.kind == "quantity"):
                continue
            noun = _same_figure_noun(a)
            earlier = seen[(repr(a.value), noun)]
            for j in earlier[:3]:
                b = next((f for f in groups[j] if f.value == a.value and _same_figure_noun(f) == noun), None)
                if b is None or b.article == a.article or _apart(descriptions[i], descriptions[j], same_figure=True):
                    continue
                if _subset_apart(a, b):
                    continue  # "19 of those injured" is no count of all the injured that happens to equal it
                if kind == "quantity" and not _comparable_nouns(a, b):
                    continue
                if kind == "percent" and _in_points(a.c) != _in_points(b.c):
                    continue  # "by 25 basis points" is a move, "to 0.25%" a level, however equal
                yield _strength(kind, b, a, 0.0), b, a
                break
            if i not in earlier:
                earlier.append(i)


SAME_VALUE_BONUS = 0.5
# A share close to another ("26.46%", "26.45%") is tried before one unlike it ("33.49%"); for counts and sums the same
# bonus joined more figures of other things than of one (measured on 56 stories).
CLOSE_VALUE_BONUS = 0.1
ROUNDING = 1.12  # one article may round its own figure this much (a headline's "3 years" for 40 months)


def _value(c: Candidate) -> object:
    """What a candidate's value is compared as: a time or length in its base unit, else the value."""
    return measured(c.value, c.unit) if c.kind == "quantity" else c.value


@dataclass(eq=False, slots=True)
class _Fact:
    """An aligned candidate with what linking asks of it, worked out once rather than for every pair."""

    c: Candidate
    n: int  # its place among the aligned candidates (links of equal strength are taken in this order)
    article: str
    sentence: object
    kind: str
    unit: str | None
    value: object  # as compared (_value)
    parts: tuple | None  # a date's (year, month, day, weekday), None when it names no date
    distinctive: bool
    anaphoric: bool
    increment: bool  # what was added to a count (_increment)
    others: bool  # a count of others than some the article counted (_others)
    part: bool  # a part of a whole its phrase states (_part_of_whole), or a place's share of a toll (_share_of_a_toll)
    whole: bool  # the whole of a part said before it ("five of the nine justices": nine), told of only by value
    vague: bool  # a vague count ("dozens", "hundreds of thousands"): a floor, not an estimate
    noun: str  # a quantity's counted noun, by class
    measure: str | None  # a time's or length's measure
    key: str  # a quote's comparison form
    calendar: bool  # a date written as a day of a month ("June 12", "12 June 2025"), not a weekday or "today"
    captioned: bool  # a date in a photo's caption (a line with a photo credit)
    stated: bool  # a date right after a verb of saying ("said on Sunday"): the day of a statement
    timed: bool  # a time to the second or minute ("2:00:35", "two hours and 35 seconds"): another value, another time
    past: bool  # a date in a year before every dateline's: of another time than the news
    exact: bool  # a whole number of EXACT_DIGITS significant digits or more (_rounded_from_exact)
    extent: str | None  # a length's: "height" or "distance", where its words say (_extent)
    when: frozenset[str] = frozenset()  # a figure's: the days its sentence names ("82 as of early Monday")
    description: _Description | None = None  # a figure's or date's
    part_of_day: str = ""  # a date's: the part of its day its words give (_part_of_day_said)
    period: str = ""  # a year's: the part of it its words give ("the fourth quarter of 2022": "q4"; _period_said)
    subset: str = ""  # the fate of those it is some of ("19 of those injured": hurt), not a count of them all
    partitive: bool = False  # some of the count before it ("1,500 of them in Ostra"): no other count's rounding
    remainder: bool = False  # others than a count it shares its verb with ("Three officers and 25 others were killed")
    moved: object = None  # the other end's value of the change its sentence tells ("to 3.75% from 4%": 3.75 for 4)
    level: bool = False  # a percentage a rate is at or moves to ("to 0.25%", "at 5%"), no move of one


def _fact(n: int, c: Candidate, text: str, news_days: list[int], captions: frozenset[int]) -> _Fact:
    value = _story_value(c.value, news_days) if c.kind == "date" else _value(c)
    return _Fact(
        c,
        n,
        c.article,
        c.sentence,
        c.kind,
        c.unit,
        value,
        _story_date_parts(value, news_days) if c.kind == "date" else None,
        _distinctive(c, news_days),
        _anaphoric(c, text),
        _increment(c),
        _others(c, text),
        _part_of_whole(c, text) or _share_of_a_toll(c, text) or _share_by_place(c, text) or _some_of_them(c, text),
        _whole_of_part(c, text) or (c.kind == "quantity" and _membership(c, text)),
        _VAGUE_COUNT.match(c.text) is not None,
        _noun_class_of(c) if c.kind == "quantity" else "",
        measure_of(c.unit),
        key_of(c) if c.kind == "quote" else "",
        _written_day(c),
        c.kind == "date" and _line_start(text, c.start) in captions,
        c.kind == "date" and _STATED_BEFORE.search(text, max(0, c.start - 30), c.start) is not None,
        (c.unit in _FINER and _FINER[c.unit].search(c.text) is not None) or _hundredths(c),
        c.kind == "date" and _before_the_news(c.value, news_days),
        _exact(value),
        _extent(c, text),
        part_of_day=_part_of_day_said(c, text),
        period=_period_said(c, text),
        subset=_some_of_a_fate(c, text) if c.kind == "quantity" else "",
        partitive=OF_THEM.match(text, c.end) is not None,  # "4,000 homes were damaged, 1,500 of them in Ostra"
        remainder=_remainder(c, text),
        level=c.kind == "percent" and _LEVEL_BEFORE.search(text, max(0, c.start - 24), c.start) is not None,
    )


# "lowered to 0.25%", "held at 5%", "from 0.25%", "a policy rate of 0.25%", "a target of 0.25%" (not "a rate hike of
# 0.25%", "a rise in rates of 0.25%", "a jump of 0.25%": moves)
_LEVEL_BEFORE = re.compile(
    r"(?:\b(?:to|at|from)|\b(?:rate|target|level|benchmark|yield|inflation)(?:['’]s)?[^\S\n]+of)[^\S\n]+\Z"
)


# The ends of a change a sentence tells: "lowered to 3.75 percent from 4 percent", "down to 3.75% from an all-time high
# of 4%", "will reduce from 4% to 3.75%".
_FROM_BEFORE = re.compile(r"\bfrom(?:[^\S\n]+[^\W\d][\w'’-]*){0,5}[^\S\n]+\Z")
_TO_BEFORE = re.compile(r"\bto[^\S\n]+\Z")
CHANGE_REACH = 40  # characters before a figure in which "from" opens a change's start


def _pair_changes(aligned: list[_Fact], texts: dict[str, str]) -> None:
    """Give each end of a change its sentence tells once ("to 3.75% from 4%") the other end's value (`moved`): two
    outlets' "from 4%" of one change are one figure, however differently the rest of the sentence runs."""
    ends: dict[tuple[str, object, str], tuple[list[_Fact], list[_Fact]]] = defaultdict(lambda: ([], []))
    for f in aligned:
        if f.kind in ("percent", "money"):
            text = texts[f.article]
            lo = max(f.c.sentence[0], f.c.start - CHANGE_REACH)
            start, end = ends[f.article, f.sentence, f.kind]
            if _FROM_BEFORE.search(text, lo, f.c.start):
                start.append(f)
            elif _TO_BEFORE.search(text, lo, f.c.start):
                end.append(f)
    for start, end in ends.values():
        if len(start) == 1 and len(end) == 1:  # one change told: its two ends (not two changes' four)
            start[0].moved, end[0].moved = end[0].value, start[0].value


def _exact(value: object) -> bool:
    """A whole number of EXACT_DIGITS significant digits or more, which a rounding elsewhere may give."""
    return isinstance(value, int) and not isinstance(value, bool) and len(str(value).rstrip("0")) >= EXACT_DIGITS


def _before_the_news(value: object, news_days: list[int]) -> bool:
    """Whether a date value's year comes before the year of every dateline (none: no year is known to)."""
    parts = date_parts(value)
    year = parts[0] if parts else None
    return bool(year and news_days) and int(year or 0) < dt.date.fromordinal(news_days[0]).year


def _hundredths(c: Candidate) -> bool:
    """A time in seconds to a fraction of a second ("9.79", "9.784sec"): a race result."""
    return c.unit == "second" and isinstance(c.value, float) and not c.value.is_integer()


def _decimals(c: Candidate) -> int:
    """The decimal places a figure is written to ("9.80" has two)."""
    found = _DECIMALS.search(c.text)
    return len(found[1]) if found else 0


_DECIMALS = re.compile(r"[0-9]?\.([0-9]+)")


# A time told to the second or the minute: "2:00:35", "two hours and 35 seconds", "two hours and one minute".
_FINER = {"second": re.compile(r"[0-9]:[0-5][0-9]|(?i:hours?|minutes?)\b"), "minute": re.compile(r"(?i:hours?)\b")}


def _sentence_days(facts: list[_Fact]) -> dict[tuple[str, object], frozenset[str]]:
    """The days (weekdays or dates with a day) each sentence names, by article and sentence."""
    found: dict[tuple[str, object], set[str]] = defaultdict(set)
    for f in facts:
        if f.kind == "date" and isinstance(f.c.value, str) and f.parts is not None and (f.parts[2] or f.parts[3]):
            found[f.article, f.sentence].add(f.c.value)
    return {key: frozenset(values) for key, values in found.items()}


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _caption_lines(text: str) -> frozenset[int]:
    """Where the lines that carry a photo credit (captions) start."""
    return frozenset(_line_start(text, start) for start, _ in credit_spans(text))


def _a_day(c: Candidate) -> bool:
    """Whether a date names a day: a day of a month or a weekday, not a month or a year alone."""
    parts = date_parts(c.value) if c.kind == "date" else None
    return parts is not None and (parts[2] is not None or parts[3] is not None)


def _written_day(c: Candidate) -> bool:
    """Whether a date is written as a day of a month ("June 12", "12 June 2025"), not as a weekday or a
    relative word resolved to one."""
    parts = date_parts(c.value) if c.kind == "date" else None
    return parts is not None and parts[2] is not None and any(ch.isdigit() for ch in c.text)


_MONTH_NO_YEAR = re.compile(r"--([0-9]{2})")  # a month named alone, in an undated article


def _story_value(value: object, news_days: list[int]) -> object:
    """A date value as compared: a relative date an undated article leaves as said ("today", "last month", "last
    year") read as every dated article of the story would read it, when they all would alike (all dated on one day
    for "today", in one month for "last month"); a month named alone ("--10") that year's month, as a dated article
    would read it (dates.MONTHS_AHEAD), when they are all dated in one year; any other value as it is."""
    if not isinstance(value, str) or not news_days:
        return value
    first, last = (dt.date.fromordinal(day) for day in (news_days[0], news_days[-1]))
    month = _MONTH_NO_YEAR.fullmatch(value)
    if month is not None:
        if first.year != last.year:
            return value
        named = int(month[1])
        return f"{first.year - (named > last.month + MONTHS_AHEAD):04d}-{named:02d}"
    if value == "this year":  # mostly the span of what goes on ("have this year seized"), not one happening's date
        return value
    read = relative_value(value, first)
    return read if read is not None and read == relative_value(value, last) else value


def _story_date_parts(value: object, news_days: list[int]) -> tuple | None:
    """A date's (year, month, day, weekday); a day of the month with no year ("Oct. 11") takes the weekday it
    falls on in the year the story is dated, so that it is not one day with another weekday ("Tuesday"), and a fifth
    part, the story's last dateline (values._parts_fit: a date naming its year near it is still that day)."""
    parts = date_parts(value)
    if parts is not None and parts[0] is None and parts[2] is not None:
        weekdays = story_weekdays(str(value), news_days, AHEAD)
        if len(weekdays) == 1:
            return (*parts[:3], next(iter(weekdays)), news_days[-1])  # (the weekday from the story's year)
    return parts


def _same_value(a: _Fact, b: _Fact) -> bool:
    return a.value == b.value or (a.kind == "date" and _one_day_or_month(a.parts, b.parts))


@lru_cache(maxsize=1 << 16)  # a story's few distinct dates, asked for every pair of their mentions
def _one_day_or_month(pa: tuple | None, pb: tuple | None) -> bool:
    return days_match(pa, pb) or months_match(pa, pb)


def _frame_of(f: _Fact) -> Frame:
    """What a figure is counted in (frames.figure_frame); nothing for a date or a quote."""
    return f.description.frame if f.description is not None else NO_FRAME


def _trend_of(f: _Fact) -> frozenset[str]:
    """Which way a percentage change goes ("up", "down"), where its words say."""
    return _frame_of(f).trend


def _base_of(f: _Fact) -> frozenset[str]:
    """What a percentage change is measured against ("year", "period"), where its words say."""
    return _frame_of(f).base


def _parties_of(f: _Fact) -> frozenset[str]:
    """The people a sum's clause names as acting: who paid, was paid or was paid for."""
    return _frame_of(f).parties


def _years_of(f: _Fact) -> frozenset[str]:
    """The past years (or "past") a figure's clause dates what it counts in."""
    return _frame_of(f).years - {"expected"}


def _term_of(f: _Fact) -> frozenset[str]:
    """What a span of time is served as ("custody", "probation"), where its words say."""
    return _frame_of(f).term


def _extent_of(f: _Fact) -> frozenset[str]:
    """A length's extent, where its words say ("height", "distance")."""
    return frozenset([f.extent]) if f.extent else frozenset()


# The part of a day a date's words give: "Monday morning", "late Monday afternoon" (its part word first), "early
# Monday", "late on Saturday", "Friday's evening"; "earlier Monday" and "later Monday" (than what the story tells)
# each a part of its own: what happened earlier or later than the story's happening.
_DAY_PART_BEFORE = re.compile(r"\b(early|earlier|late|later)[^\S\n]+(?:on[^\S\n]+)?\Z", re.IGNORECASE)
_DAY_PART_AFTER = re.compile(r"(?:['’]s)?[^\S\n]+(morning|afternoon|evening|night|overnight)\b", re.IGNORECASE)
_DAY_PARTS = {
    **dict.fromkeys(("early", "morning"), "morning"),
    "afternoon": "afternoon",
    **dict.fromkeys(("late", "evening", "night", "overnight"), "evening"),
    "earlier": "earlier",
    "later": "later",
}
DAY_PART_REACH = 20  # characters around a date where the words giving its part of the day stand


def _part_of_day_said(c: Candidate, text: str) -> str:
    """The part of the day a date's words give (_DAY_PARTS), or ""."""
    if c.kind != "date":
        return ""
    said = _DAY_PART_AFTER.match(text, c.end, c.end + DAY_PART_REACH) or _DAY_PART_BEFORE.search(
        text, max(0, c.start - DAY_PART_REACH), c.start
    )
    return _DAY_PARTS[said.group(1).lower()] if said else ""


# A part of a year named before it: "the fourth quarter (Q4) of 2022", "the first half of fiscal 2024", "Q3 2023".
# (not "the fourth quarter of the 2022 Super Bowl": a game's; "the first six months of 2024" is its first half,
# "the October-December quarter" its fourth)
_PERIOD_BEFORE = re.compile(
    r"\b(?i:(?P<nth>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[^\S\n]*-?[^\S\n]*"
    r"(?:(?P<part>quarter|half)|(?P<months>three|six)[^\S\n]+months))"
    r"(?:[^\S\n]*\([^()\n]{1,12}\))?(?:[^\S\n]+(?i:of|in)(?:[^\S\n]+(?i:fiscal|financial|calendar))?)?[^\S\n]+\Z"
    r"|\b(?P<opens>(?i:January|April|July|October))[^\S\n]*[-–][^\S\n]*(?i:March|June|September|December)[^\S\n]+"
    r"(?i:quarter)(?:[^\S\n]+(?i:of|in))?[^\S\n]+\Z"
    r"|\b(?P<q>Q[1-4]|H[12])[^\S\n]*[-–]?[^\S\n]*\Z"
)
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_QUARTER_OPENING = {"january": 1, "april": 2, "july": 3, "october": 4}
PERIOD_REACH = 48  # characters before a year in which the part of it named stands


def _period_said(c: Candidate, text: str) -> str:
    """The part of a year its words name before it ("q4", "h1"), or ""."""
    if c.kind != "date":
        return ""
    said = _PERIOD_BEFORE.search(text, max(0, c.start - PERIOD_REACH), c.start)
    if said is None:
        return ""
    if said["q"]:
        return said["q"].lower()  # (also "Apple Q4 2022 earnings"; an "Audi Q4 2022" is a car, rarely news)
    if said["opens"]:
        return f"q{_QUARTER_OPENING[said['opens'].lower()]}"
    months = (said["months"] or "").lower()  # "the first three months", "the last six months"
    part = {"three": "quarter", "six": "half"}.get(months) or said["part"].lower()
    nth = _NTH.get(said["nth"].lower(), 4 if part == "quarter" else 2)  # the "final" or "last" one
    return f"{part[0]}{nth}"


def _period_of(f: _Fact) -> frozenset[str]:
    """The part of a year a year's date names: one of its quarters or halves, or all of it ("in 2022")."""
    year_only = f.parts is not None and f.parts[0] is not None and not any(f.parts[1:])
    return frozenset({f.period or "year"}) if year_only else frozenset()


def _part_of_day(f: _Fact) -> frozenset[str]:
    """A date's part of the day, where its words give one: "early Monday" and "Monday evening" date two
    happenings of one day (a plain "Monday" may be either)."""
    return frozenset({f.part_of_day}) if f.part_of_day else frozenset()


def _dated(f: _Fact) -> frozenset[str]:
    """What a day dates, where the words beside it say ("killed 12 on Friday", "in surgery Friday night"); not a month's
    or a year's (a time in which many things happen: "prices rose in October", "inflation hit 11.1% in October")."""
    day = f.parts is not None and (f.parts[2] is not None or f.parts[3] is not None)
    if not day or f.description is None:
        return frozenset()
    happenings = f.description.events  # its happenings (_HAPPENING)
    # "four of the wounded were in surgery on Friday": the surgery is what it dates, the wounded whom (but "killed 12
    # on Monday and displaced thousands" dates the killing too)
    return happenings - {"harm"} if "hospital" in happenings else happenings


# Words of one happening: the day a bomb "killed 12", "wounded 30" and "struck" the market is one day, as is the day
# a ministry said something "at a news conference" and "in a statement".
_HAPPENING = dict.fromkeys(("die", "hurt", "strike", "destroy", "damage", "fail", "missing"), "harm") | dict.fromkeys(
    ("statement", "meet"), "telling"
)


def _peoples(f: _Fact) -> frozenset[str]:
    """The nationalities or groups a figure's own words give the people it counts."""
    return _frame_of(f).peoples


def _figure_roles(f: _Fact) -> frozenset[str]:
    """What a count's own words say it counts ("killed", "injured"); nothing for a date, a sum, a time, a
    length or a magnitude (the quake "hit" and rescuers "pulled": not two kinds of magnitude)."""
    if f.description is None or f.kind != "quantity" or f.measure or f.unit == "magnitude":
        return frozenset()
    return f.description.events


# Between a measure and its restatement in another unit: "135 months — or more than 11 years", "11.25 years (135 months"
_RESTATING_GAP = re.compile(
    r"[^\S\n]*[—–-]*[^\S\n]*(?:\(|or\b|i\.e\.)[^\S\n]*(?:(?:more|less)[^\S\n]+than|about|nearly|over|almost)?[^\S\n]*\Z"
)


def _told_again_in_another_unit(x: _Fact, y: _Fact, text: str) -> bool:
    """Whether two times of one sentence are one told in two units, the second right after the first with
    "or" or a bracket between ("135 months — or more than 11 years", "11.25 years (135 months)"), its value or bound."""
    if x.measure != "duration" or y.measure != "duration" or x.unit == y.unit:
        return False  # (a length told in two units is two figures to the outlets that give both: "340 km (210 miles)")
    first, second = (x, y) if x.c.end <= y.c.start else (y, x)
    gap = text[first.c.end : second.c.start]
    if len(gap) > 30 or _RESTATING_GAP.fullmatch(gap) is None:
        return False
    return _same_value(x, y) or _admits(x, y) or _admits(y, x) or _slip_or_rounding(x.value, y.value, True)


def _true_tolls_told_again(frames: dict[int, Frame], aligned: list[_Fact], texts: dict[str, str]) -> dict[int, Frame]:
    """The figures' frames, with a toll an article tells as the true one beyond the official count ("we know the toll
    is several times higher - at least 20 million") kept so wherever that article gives its value again ("At least 20
    million people have died, WHO head said")."""
    true = {
        (f.article, f.value)
        for f in aligned
        if f.kind == "quantity" and BEYOND_THE_OFFICIAL in frames.get(f.n, NO_FRAME).counting
    }
    if not true:
        return frames  # (most stories)
    for f in aligned:
        frame = frames.get(f.n)
        if (
            frame is not None
            and f.kind == "quantity"
            and (f.article, f.value) in true
            and _counts_people(f.c)
            and DEATH_WORDS.search(texts[f.article], f.c.sentence[0], f.c.sentence[1]) is not None
        ):  # (not "100 people were injured" beside "the real toll was closer to 100 dead")
            frames[f.n] = frame._replace(counting=frame.counting | {BEYOND_THE_OFFICIAL})
    return frames


def _full_date(value: object) -> bool:
    return isinstance(value, str) and len(value) == len("YYYY-MM-DD") and value[:4].isdigit()


def _slip_or_rounding(a: object, b: object, converted: bool) -> bool:
    """Two figures an article may give for one fact: one rounded from the other (within ROUNDING and, unless
    they were converted from other units, within a step of the rounder one's last digit: "$6 billion" for
    $5.97 billion, not "$45.5 billion" for $42.36 billion), or the same digits transposed (a typing slip: 23
    and 32)."""
    if not (isinstance(a, (int, float)) and isinstance(b, (int, float))) or min(a, b) <= 0:
        return False
    if max(a, b) / min(a, b) <= ROUNDING and (converted or abs(a - b) <= max(_last_step(a), _last_step(b))):
        return True
    da, db = str(a), str(b)
    return len(da) >= 2 and sorted(da) == sorted(db)


def _last_step(value: float) -> float:
    """The place of a figure's last significant digit: 0.1 for 45.5, 10 for 40, 1 for 1,234."""
    digits = f"{value:.12e}".split("e")
    mantissa = digits[0].rstrip("0").rstrip(".")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return 10.0 ** (int(digits[1]) - decimals)


def _admits(hedged: _Fact, other: _Fact) -> bool:
    """Whether a hedged figure's bounds admit the other ("more than three years" admits 40 months)."""
    bounds = hedged.c.bounds
    if not bounds or hedged.kind != other.kind:
        return False
    value = other.value
    if not isinstance(value, (int, float)):
        return False
    low, high = (_number(None if b is None else measured(b, hedged.unit)) for b in bounds)
    if low is not None and high is not None:
        return low <= value <= high
    if low is not None:  # "more than 100": up to the next round figure of its size (127, not 250)
        return low <= value <= low + _round_step(low)
    if high is not None:  # "nearly 200": down to half a round step below it
        return high - _round_step(high) / 2 <= value <= high
    return False


def _round_step(bound: float) -> float:
    """The step of the round figure an open bound is written as: 100 for "more than 100" or "300", 10 for
    "more than 40", 1,000 for "nearly 5,000"."""
    return 10.0 ** math.floor(math.log10(bound)) if bound > 0 else 1.0


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None


def _values_agree(facts: list[_Fact]) -> bool:
    """Whether a cluster's figures or dates agree: the values stated all equal, a vague count aside when what it admits
    meets what each other figure does ("dozens of people" and "79 people", or "at least 20 people", or "scores of
    people": no contradiction; "dozens" and "500" are one)."""
    told = [f for f in facts if not f.vague]
    vague = [f for f in facts if f.vague]
    return values_agree(facts[0].kind, [f.value for f in told]) and all(
        _meet(_span(v), _span(other)) for v in vague for other in facts if other is not v
    )


def _span(f: _Fact) -> tuple[float, float]:
    """What a count admits: its bounds where a hedge gives them (an open end unbounded), else its value."""
    if f.c.bounds and isinstance(f.value, (int, float)):
        low, high = f.c.bounds
        return (-math.inf if low is None else low), (math.inf if high is None else high)
    value = float(f.value) if isinstance(f.value, (int, float)) else math.nan
    return value, value


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _strength(kind: str, a: _Fact, b: _Fact, similarity: float) -> float:
    if kind == "quote":
        return similarity
    if _same_value(a, b):
        return similarity + SAME_VALUE_BONUS
    return similarity + (CLOSE_VALUE_BONUS if kind == "percent" and _close(kind, a, b) else 0.0)


# What a cluster's members say of what they state, where they say: two clusters saying nothing alike of one of
# these never join, however links chain through a member that says nothing of it.
_TRAITS: tuple[Callable[[_Fact], frozenset[str]], ...] = (
    _peoples,  # whose people a count counts: "30 workers" joins neither "30 Indonesian" to "25 Filipino" workers
    _years_of,  # when it was counted: "85 dead" joins the 2018 fire's "85 killed" or the 2015 one's, never both
    _figure_roles,  # what a figure counts: "65 people" joins no toll ("killed") to a count of the injured
    _parties_of,  # whom a sum is paid for (the fee for Caicedo is not the fee for Isak), whose an age is
    _trend_of,  # which way a percentage change goes: a rise is not a fall
    _base_of,  # what a percentage change is measured against: a year-on-year fall is not a sequential one
    _term_of,  # what a span of time is served as: two years in prison are not two years of probation
    _dated,  # what a day dates: the day of the shooting joins not the day the wounded were in surgery
    _extent_of,  # what a length measures: a peak's height joins no distance from it
    _part_of_day,  # what part of a day a date names: what happened "early Monday" is not what did "Monday evening"
    _period_of,  # what part of a year a year names: "the fourth quarter of 2022" is not "2022"
)


# Words that tell a count is an update of an earlier one of its article: "the toll rose to 46", "had reached 9",
# "as of 5 p.m.", "initially reported 43".
_UPDATED = re.compile(
    r"\b(?i:rose|ris(?:e|es|en|ing)|climb(?:ed|s|ing)?|jump(?:ed|s)?|increas(?:ed|es|ing)|had[^\S\n]+reached|reach(?:ed|es)"
    r"|up[^\S\n]+from|earlier|initially|first[^\S\n]+reported|as[^\S\n]+of|updated|revised|latest)\b"
)


_TALLY = re.compile(r"\b(?i:toll|number|tally|count|figure)s?\b")  # what an update updates: "the death toll rose to"
# What scopes a toll to another happening or a span than the story's: "this year", "since January", "in July", "from a
# landslide" (an indefinite happening, another than "the fire" the story tells of).
_OTHER_SCOPE = re.compile(
    r"\b(?i:this[^\S\n]+year|last[^\S\n]+(?:year|month|week)|year[^\S\n]+to[^\S\n]+date|from[^\S\n]+an?)\b"
    rf"|\b(?i:in)[^\S\n]+(?:{MONTH_NAMES})\b"
    r"|\b(?i:since)\b"
)  # ("since the monsoon arrived, the death toll has risen to 52": a season's toll, not the story's)
UPDATE_REACH = 40  # characters before a count in which the words telling it updates an earlier one stand


_CHANGE_BETWEEN = re.compile(r"[^\S\n]+(?:from|to)[^\S\n]+")  # "to 275 from 288", "from 288 to 275"


def _toll_changed(x: _Fact, y: _Fact, text: str) -> bool:
    """Whether one sentence's two counts are a toll and the value it was changed from or to, side by side ("revised
    the death toll … to 275 from 288"): one fact at two times, which other outlets' tolls join as a conflict."""
    first, second = (x, y) if x.c.start < y.c.start else (y, x)
    return (
        x.kind == "quantity"
        and _CHANGE_BETWEEN.fullmatch(text, first.c.end, second.c.start) is not None
        and bool((_figure_roles(x) | _figure_roles(y)) & FATES)
        and _TALLY.search(text, x.c.sentence[0], first.c.start) is not None
        and _OF_THE_DEAD.search(text, x.c.sentence[0], first.c.start) is not None
    )


def _toll_updated(x: _Fact, y: _Fact, text: str, headline: tuple[int, int]) -> bool:
    """Whether one article's two counts of one fate ("killed") are its toll and an update of it ("killed 43 …",
    "the death toll rose to 46"): one fact told at two times, which the outlets' other tolls join as a conflict. Not a
    part, a subset, others or an addition; one of them with an update's words right before it (within UPDATE_REACH) and
    a tally's noun before it in its sentence ("the number of fatalities has risen to 10"; not "warnings came 72 hours
    earlier, nearly a million people were evacuated"); or one in the article's headline (`headline`, its span), the
    other in its story, of its own event ("Quake kills more than 600 people" over "… has killed at least 820 people":
    the headline's toll is the earlier)."""
    if (
        x.kind != "quantity"
        or not (_figure_roles(x) & _figure_roles(y) & FATES)
        or _far_apart(x.kind, x.value, y.value)
    ):
        return False
    if any(f.part or f.whole or f.subset or f.others or f.increment or f.anaphoric or f.vague for f in (x, y)):
        return False
    if any(_OTHER_SCOPE.search(text, f.c.sentence[0], f.c.start) for f in (x, y)):
        return False  # "the death toll in the Channel this year has risen to 10", "the toll from a landslide in July"
    titled = [headline[0] <= f.c.start < headline[1] for f in (x, y)]
    tolls = _EVENT["toll"] in _figure_roles(x) & _figure_roles(y)  # (the dead, not "300 evacuated")
    if titled[0] != titled[1] and tolls:
        told = x if titled[0] else y
        return not (  # not "Ten years after flood that killed 312", "Mother of three killed in crash", "Will … top 100?"
            _ANOTHER_EVENT.search(text, headline[0], headline[1])
            or text[headline[0] : headline[1]].rstrip().endswith("?")
            or _KIN_OF_BEFORE.search(text, max(headline[0], told.c.start - 20), told.c.start)
        )
    return any(
        (
            _UPDATED.search(text, max(f.c.sentence[0], f.c.start - UPDATE_REACH), f.c.start)
            or (
                _CHANGED_FROM.search(text, max(f.c.sentence[0], f.c.start - UPDATE_REACH), f.c.start)
                and _OF_THE_DEAD.search(text, f.c.sentence[0], f.c.start)
            )
        )
        and _TALLY.search(text, f.c.sentence[0], f.c.start)
        for f in (x, y)
    )


_CHANGED_FROM = re.compile(r"[0-9][0-9,.]*[^\S\n]+(?:from|to)[^\S\n]+\Z")  # "to 275 from 288": 288 the toll before
# What a toll that changed counts, named in its sentence: the dead ("revised the death toll to 275 from 288"; not "cut
# the toll on the bridge to 3 from 5").
_OF_THE_DEAD = re.compile(r"\b(?i:death|dead|deaths|killed|died|fatalit(?:y|ies)|casualt(?:y|ies)|lives|victims)\b")
_KIN_OF_BEFORE = re.compile(r"\b(?i:mother|father|parent|mum|dad|grandmother|grandfather)s?[^\S\n]+of[^\S\n]+\Z")
# A headline that tells of an earlier event than its story: "Ten years after flood that killed 312, …".
_ANOTHER_EVENT = re.compile(r"\b(?i:years?[^\S\n]+after|anniversary|since|last[^\S\n]+(?:week|month|year))\b")


def _headline_span(article: Article) -> tuple[int, int]:
    """Where an article's headline (its title) stands in its text, or (0, 0)."""
    at = article.text.find(article.title) if article.title else -1
    return (at, at + len(article.title)) if at >= 0 else (0, 0)


MAX_PER_ARTICLE = 12  # mentions of one fact in one article a cluster may hold (real articles: at most 5)


class _Clusters:
    """Union-find over the aligned candidates that keeps one value per article in a cluster: an article
    that states two different figures (or days) of one kind in two places states two facts, so no link
    may put them together. Links are taken strongest first, so a weak link cannot bridge two facts."""

    def __init__(self, aligned: list[_Fact], restated: Callable[[_Fact, _Fact], bool]) -> None:
        self.restated = restated  # whether two values of one article may state one fact
        self.uf: UnionFind[int] = UnionFind(range(len(aligned)))
        self.by_article: dict[int, dict[str, list[_Fact]]] = {f.n: {f.article: [f]} for f in aligned}
        # Clusters of figures or dates found incompatible stay so as they grow (a union keeps the smaller
        # root, which then holds all it held): the pair of roots is not checked again.
        self.apart: set[tuple[int, int]] = set()
        self.days: dict[int, set[str]] = {f.n: {str(f.value)} for f in aligned if f.kind == "date"}  # distinct days
        self.conflicting: dict[int, set[frozenset[str]]] = {}  # pairs of days a cluster's direct links joined
        # per trait (_TRAITS), what each cluster's members say, where they say
        self.traits: list[dict[int, frozenset[str]]] = [
            {f.n: told for f in aligned if (told := said(f))} for said in _TRAITS
        ]
        # per cluster of quotes, the statements it holds (QUOTE_STATEMENT_WORDS+ words)
        self.statements: dict[int, set[str]] = {
            f.n: {f.key} for f in aligned if f.kind == "quote" and len(f.key.split()) >= QUOTE_STATEMENT_WORDS
        }

    def _compatible(self, ra: int, rb: int) -> bool:
        a, b = self.by_article[ra], self.by_article[rb]
        if len(a) > len(b):
            a, b = b, a
        for article, mine in a.items():
            if len(mine) + len(b.get(article, ())) > MAX_PER_ARTICLE:
                return False  # not one fact restated: a list of figures (and the checks below would be quadratic)
            for x in mine:
                if x.kind == "quote":
                    return True  # a headline may quote a part of what the story quotes in full
                if any(not self.restated(x, y) for y in b.get(article, ())):
                    return False
        return True

    def _bridges_days(self, a: _Fact, b: _Fact, ra: int, rb: int) -> bool:
        """Whether linking two clusters of dates would put two days that cannot be one into a cluster: a
        vague value bridges nothing ("Friday" fits both "27 August" and "August 31"; two "Thursday"s,
        one beside "20 February", the other beside "15 November", do not make those one day). Two days a link
        joins directly (one happening told almost alike on two days: a conflict) are one fact's, and stay so."""
        if a.kind != "date":
            return False
        days = self.days.get(ra, set()) | self.days.get(rb, set())
        told = self.conflicting.get(ra, set()) | self.conflicting.get(rb, set())
        direct = frozenset({str(a.value), str(b.value)}) if _full_date(a.value) and _full_date(b.value) else frozenset()
        return any(
            not dates_compatible(x, y) and frozenset({x, y}) not in told and frozenset({x, y}) != direct
            for x, y in combinations(days, 2)
        )

    def _differ(self, ra: int, rb: int) -> bool:
        """Whether two clusters' members say different things of what they state (a trait of _TRAITS), so that
        no chain of links through a member that says nothing of it joins them."""
        return any(disjoint(held.get(ra, frozenset()), held.get(rb, frozenset())) for held in self.traits)

    def _two_statements(self, ra: int, rb: int) -> bool:
        """Whether two clusters of quotes each hold a statement and none of one's is one of the other's: a phrase
        quoted inside both ("enough in the tank") does not make two remarks one."""
        sa, sb = self.statements.get(ra, set()), self.statements.get(rb, set())
        return bool(sa and sb) and not any(_one_statement(x, y) for x in sa for y in sb)

    def link(self, a: _Fact, b: _Fact) -> None:
        ra, rb = self.uf.find(a.n), self.uf.find(b.n)
        if ra == rb:
            return
        roots = (ra, rb) if ra < rb else (rb, ra)
        if roots in self.apart:
            return
        if not self._compatible(ra, rb):
            if a.kind != "quote":
                self.apart.add(roots)
            return
        if self._bridges_days(a, b, ra, rb) or self._differ(ra, rb) or self._two_statements(ra, rb):
            return
        self.uf.union(ra, rb)
        root = self.uf.find(ra)
        merged = self.by_article.pop(ra)
        for article, mine in self.by_article.pop(rb).items():
            merged.setdefault(article, []).extend(mine)
        self.by_article[root] = merged
        if a.kind == "date":
            self.days[root] = self.days.pop(ra, set()) | self.days.pop(rb, set())
            told = self.conflicting.pop(ra, set()) | self.conflicting.pop(rb, set())
            if _full_date(a.value) and _full_date(b.value) and not dates_compatible(str(a.value), str(b.value)):
                told.add(frozenset({str(a.value), str(b.value)}))
            if told:
                self.conflicting[root] = told
        for held in self.traits:
            both = held.pop(ra, frozenset()) | held.pop(rb, frozenset())
            if both:
                held[root] = both
        statements = self.statements.pop(ra, set()) | self.statements.pop(rb, set())
        if statements:
            self.statements[root] = statements


def _distinct(members: list[_Fact]) -> list[_Fact]:
    """Per value, members from two articles at most: the others of a group link the same way."""
    kept: dict[str, list[_Fact]] = defaultdict(list)
    for f in members:
        same = kept[f.key if f.kind == "quote" else repr(f.value)]
        if len(same) < 2 and all(k.article != f.article for k in same):
            same.append(f)
    return [f for same in kept.values() for f in same]


class _Group:
    """The members of a block that share one description, with what pairing them with another group
    asks, worked out once rather than per pair."""

    def __init__(self, kind: str, members: list[_Fact]) -> None:
        self.members = members
        self.distinct = _distinct(members)
        self.by_value: dict[object, list[_Fact]] = defaultdict(list)  # up to 3 members per value
        self.numeric: list[_Fact] = []  # the members with a number, by value
        self.values: list[float] = []
        # a date's: its distinct days (values with their parts), and whether one is past or exact (as _linked asks)
        self.days = frozenset((f.value, f.parts) for f in self.distinct) if kind == "date" else frozenset()
        self.past_or_exact = any(f.past or f.exact for f in self.distinct)
        self.exact = any(f.exact for f in self.distinct)
        if kind in ("quote", "date"):
            return
        for f in members:
            if len(self.by_value[f.value]) < 3:
                self.by_value[f.value].append(f)
        numeric = sorted((v, n, f) for n, f in enumerate(members) if isinstance(v := f.value, (int, float)))
        self.values = [v for v, _, _ in numeric]
        self.numeric = [f for _, _, f in numeric]


def _unalike_may_link(ga: _Group, gb: _Group, meet: dict[tuple[frozenset, frozenset], bool]) -> bool:
    """Whether two groups of dates described less alike than LINK_DATE_CONFLICT hold a pair _linked may link: a past
    or exact date in the first, an exact one in the second, or one day or month in both (`meet`: what was found of
    such days before)."""
    if ga.past_or_exact or gb.exact:
        return True
    days = (ga.days, gb.days)
    if days not in meet:
        meet[days] = any(va == vb or _one_day_or_month(pa, pb) for va, pa in ga.days for vb, pb in gb.days)
    return meet[days]


def _pairs_to_try(kind: str, ga: _Group, gb: _Group, similarity: float) -> Iterable[tuple[_Fact, _Fact]]:
    """The member pairs of two description groups worth testing, found without a full cross product, each once
    (a pair found twice would give one edge twice: 40% of a 979-article story's figures').

    The members of one group are already linked with each other, so one linking pair merges two
    groups; what has to be found is whether any pair links at this similarity.
    """
    if kind in ("quote", "date"):  # few distinct values in a group
        return [(a, b) for a in ga.distinct for b in gb.distinct]
    found: dict[tuple[_Fact, _Fact], None] = {}
    if similarity >= LINK[kind]:  # any two figures link: try a few from different articles
        found.update(((a, b), None) for a in ga.distinct[:3] for b in gb.distinct[:3])
    for a in ga.distinct:
        found.update(((a, b), None) for b in gb.by_value.get(a.value, ()))
    if similarity + MAGNITUDE_BONUS >= LINK[kind]:  # figures of close magnitude may link
        for a in ga.distinct:
            va = a.value
            if isinstance(va, (int, float)) and va > 0:
                at = bisect_left(gb.values, va / MAGNITUDE_RATIO)
                found.update(((a, b), None) for b in gb.numeric[at : at + 3])
    return found


def _components(aligned: list[_Fact], clusters: _Clusters) -> Iterable[list[_Fact]]:
    components: dict[int, list[_Fact]] = defaultdict(list)
    for f in aligned:
        components[clusters.uf.find(f.n)].append(f)
    return components.values()


def _page_dates(candidates: list[Candidate], texts: dict[str, str]) -> set[str]:
    """The ids of the dates that date a page itself ("Published February 20, 2020"): what the page says
    of itself, not a date of what it reports, so they are not aligned (two pages of one day do not state
    one fact)."""
    spans = {article: page_date_spans(text) for article, text in texts.items()}
    return {
        c.id
        for c in candidates
        if c.kind == "date" and any(start < c.end and c.start < end for start, end in spans[c.article])
    }


MAX_ALIGNED = 100  # candidates of one kind per article that are aligned (news articles: at most ~40)


def _capped(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less those past the first MAX_ALIGNED of their kind in their article: a file of
    100,000 figures is not an article, and aligning them all would take hours (pairs grow as a square)."""
    seen: Counter[tuple[str, str]] = Counter()
    kept = []
    for c in candidates:
        seen[c.article, c.kind] += 1
        if seen[c.article, c.kind] <= MAX_ALIGNED:
            kept.append(c)
    return kept


POOL_PAIRS = 200_000  # pairs of descriptions (at most) from which blocks are compared in a process pool


def _pairs_bound(blocks: list[tuple[str, list[_Fact]]]) -> int:
    """How many pairs of descriptions the blocks could compare, at most."""
    return sum(len({f.description.key for f in members if f.description}) ** 2 for _, members in blocks)


def _edges_of(block: tuple[str, list[_Fact]]) -> list[tuple[float, int, int]]:
    """(-strength, a, b) of a block's links, by the candidates' places among the aligned: in the order
    links are taken (strongest first)."""
    kind, members = block
    return sorted((-strength, a.n, b.n) for strength, a, b in _block_edges(kind, members))


def cluster_order(first: Candidate) -> tuple[int, str, int]:
    """Where a cluster stands among the clusters, by its first member: by kind, then article and offset."""
    return ALIGNED_KINDS.index(first.kind), first.article, first.start


def cluster_order_of(cluster: Cluster) -> tuple[int, str, int]:
    """cluster_order of the cluster's first member, read from its id (model.Candidate.id: "article:start-end:kind")."""
    article, span, kind = cluster.members[0].rsplit(":", 2)
    return ALIGNED_KINDS.index(kind), article, int(span.partition("-")[0])


def align(candidates: list[Candidate], articles: list[Article], each: Each = map) -> list[Cluster]:
    """Clusters of candidates stating the same fact, in a stable order (by kind, then first member).

    `each` maps the work on one block of candidates over the blocks (a process pool's map: the same
    clusters on several cores)."""
    texts = {a.id: a.text for a in articles}
    idf, default_idf = _idf(articles)
    people = people_by_sentence(candidates, texts)
    news_days = _news_days(articles)

    places = place_spots(candidates, texts)
    parties = party_spots(candidates, texts)
    persons = person_spans(candidates)
    datelines = {a.id: a.dateline for a in articles}
    headlines = {a.id: _headline_span(a) for a in articles}

    tokenized: dict[tuple[str, int, int], tuple[tuple[int, int, str], ...]] = {}

    def sentence_tokens(article: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
        key = (article, start, end)  # one sentence's words, shared by every figure in it
        if key not in tokenized:
            tokenized[key] = _tokens(texts[article], start, end)
        return tokenized[key]

    def frame_of(c: Candidate) -> Frame:
        if c.kind == "date":
            return NO_FRAME
        return figure_frame(c, texts[c.article], datelines[c.article], places, parties, persons, _peoples_named(c))

    def describe(c: Candidate, frame: Frame) -> _Description:
        named = (  # a day's (what Michel Aoun did on Wednesday); a month or a year holds what many did in it
            people.get((c.article, (c.sentence[0], c.sentence[1])), frozenset()) if _a_day(c) else frozenset()
        )
        return _describe(c, texts[c.article], sentence_tokens, idf, default_idf, named, frame)

    page_dates = _page_dates(candidates, texts)
    captions = {article: _caption_lines(text) for article, text in texts.items()}
    aligned = [
        _fact(n, c, texts[c.article], news_days, captions[c.article])
        for n, c in enumerate(_capped([c for c in candidates if c.kind in ALIGNED_KINDS and c.id not in page_dates]))
    ]
    days = _sentence_days(aligned)
    for f in aligned:
        if f.kind == "quantity":
            f.when = days.get((f.article, f.sentence), frozenset())
    _pair_changes(aligned, texts)
    frames = _true_tolls_told_again({f.n: frame_of(f.c) for f in aligned if f.kind != "quote"}, aligned, texts)
    blocks: dict[tuple[str, str], list[_Fact]] = defaultdict(list)
    for f in aligned:
        if f.kind != "quote":
            f.description = describe(f.c, frames[f.n])
        blocks[_block_key(f.c)].append(f)
    figures = sorted(((k, m) for (k, _), m in blocks.items() if k != "quote"), key=lambda b: -len(b[1]))
    if _pairs_bound(figures) < POOL_PAIRS:
        each = map  # little to compare: sending the blocks to other processes would cost more
    edges = [edge for found in each(_edges_of, figures) for edge in found]
    edges.sort()  # the blocks' sorted runs, merged

    story_days = sorted(set(news_days))
    weekdays_fit: dict[tuple[str, str], bool] = {}

    def one_weekday(a: str, b: str) -> bool:
        weekday, month_day = (a, b) if a in WEEKDAYS else (b, a)
        if (weekday, month_day) not in weekdays_fit:
            weekdays_fit[weekday, month_day] = weekday_fits(weekday, month_day, story_days, AHEAD)
        return weekdays_fit[weekday, month_day]

    def restated(x: _Fact, y: _Fact) -> bool:
        """Whether one article's two mentions may state one fact: the same value; for dates, one naming the
        other in full ("Thursday", "20 February 2020"), or a weekday and a day of the month that fall together
        in the year the story is dated ("Thursday", "July 2" in July 2015; not "Thursday", "Nov. 15" in February
        2020); figures that differ in a slip, a rounding or a bound (not wording alike: a list's
        parallel lines, "down 21 percent" and "down 11 percent", are two facts)."""
        if x.kind == "date":
            return x.value == y.value or (
                _same_value(x, y)
                and (_full_date(x.value) or _full_date(y.value) or one_weekday(str(x.value), str(y.value)))
            )
        if x.sentence == y.sentence and not (_same_value(x, y) and (x.noun == y.noun or x.measure or y.measure)):
            # two figures of one sentence are two facts ("two men … while two accomplices waited"), unless one restates
            # the other in another unit ("135 months — or more than 11 years —"), or a toll the value it was changed
            # from ("revised the death toll to 275 from 288")
            return _told_again_in_another_unit(x, y, texts[x.article]) or _toll_changed(x, y, texts[x.article])
        if _same_value(x, y):
            return x.others == y.others  # "two suspects" and "the other two suspects" are two groups
        if x.description and y.description and _apart(x.description, y.description):
            return False  # "more than 20 children … found dead", "another 30 children … missing"
        converted = x.measure is not None or y.measure is not None
        return (
            _slip_or_rounding(x.value, y.value, converted)
            or _admits(x, y)
            or _admits(y, x)
            or _toll_updated(x, y, texts[x.article], headlines[x.article])
        )

    clusters = _Clusters(aligned, restated)
    for (kind, _), block in blocks.items():
        if kind == "quote":
            _link_quotes(block, clusters.link)
    for _, a, b in edges:
        clusters.link(aligned[a], aligned[b])
    found: list[tuple[list[Candidate], list[str], Literal["agree", "conflict"]]] = []
    for facts in _components(aligned, clusters):
        members = [f.c for f in facts]
        articles_of = list(dict.fromkeys(m.article for m in members))
        agreeing = agrees(members) if members[0].kind == "quote" else _values_agree(facts)
        status: Literal["agree", "conflict"] = "agree" if agreeing else "conflict"
        if len(members) < 2:
            continue
        found.append((members, articles_of, status))
    found.sort(key=lambda item: cluster_order(item[0][0]))
    return [
        Cluster(
            id=f"k{n}",
            kind=members[0].kind,
            members=[m.id for m in members],
            articles=arts,
            status=status,
        )
        for n, (members, arts, status) in enumerate(found, 1)
    ]
