"""Frames: what a figure is counted in, beyond its noun and its value — the past time its clause names ("in 2009",
"three years ago"), the places it names, whose people it counts, for a sum the people its clause names as acting,
for a percentage change its direction, and for a sum or share whether it is a prediction — and the people a date's
sentence names as acting. Two figures in different frames are different facts."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from typing import NamedTuple

from workbench.extract.dates import MONTH_NAMES
from workbench.extract.lexicon import PERSON_NOUNS
from workbench.model import Candidate


class Frame(NamedTuple):
    """What a figure is counted in (see figure_frame)."""

    years: frozenset[str] = frozenset()  # past years its clause names
    places: frozenset[str] = frozenset()  # places its clause names
    peoples: frozenset[str] = frozenset()  # nationalities or groups its own words give what it counts
    parties: frozenset[str] = frozenset()  # a sum's: the people its clause says it was paid for; an age's: whose
    trend: frozenset[str] = frozenset()  # a percentage change's direction ("up", "down"), where its words say
    base: frozenset[str] = frozenset()  # what a percentage change is measured against ("year", "period"), where said
    term: frozenset[str] = frozenset()  # what a span of time is served as ("custody", "probation"), where said
    # whom a toll counts beyond its victims: {"perpetrator"} ("Including the gunman, 13 people were dead")
    counting: frozenset[str] = frozenset()
    measured: frozenset[str] = frozenset()  # a percentage's: the measure its clause names ("inflation", "growth")


NO_FRAME = Frame()


def other_frames(a: Frame, b: Frame, same_figure: bool = False) -> bool:
    """Whether two figures are counted in different frames: of another time (a past year against another
    year or none; for one value of one noun, against another year only: "85 killed" and "85 killed in 2018" are
    one toll told with and without its year), of different places or peoples, of a change in another direction or
    against another base, a span of time served as another term, or a toll counting its perpetrator or not."""
    if a == b:
        return False  # one frame (most pairs: neither says any of it)
    if _other_times(a.years, b.years, same_figure) or a.counting != b.counting:
        return True
    return any(
        disjoint(x, y)
        for x, y in (
            (a.places, b.places),
            (a.peoples, b.peoples),
            (a.trend, b.trend),
            (a.base, b.base),
            (a.term, b.term),
            (a.measured, b.measured),
        )
    )


def _other_times(a: frozenset[str], b: frozenset[str], same_figure: bool) -> bool:
    """Whether two figures' times differ: their past years (or "past"), or one is a forecast ("expected"); for
    one value of one noun, a past time said on one side only is no difference (a forecast always is)."""
    if not same_figure:
        return a != b
    past_a, past_b = a - _FORECAST, b - _FORECAST
    return a & _FORECAST != b & _FORECAST or disjoint(past_a, past_b)


_FORECAST = frozenset({"expected"})


def disjoint(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both say, and say nothing alike."""
    return bool(a and b and not a & b)


# A name that only says who reported a fact ("…, engineer John Carver said"; "according to Mayor Brandt").
# Narrower than extract.attribution's verbs on purpose: "Michel Aoun declared victory" is a deed, not a report.
_ATTRIBUTES_AFTER = re.compile(
    r"\s*,?\s*(?:(?:a|an|the)\s+[^,.;\n]{1,60},\s*)?(?:said|says|told|added|wrote|confirmed|reported|stated|admitted|"
    r"conceded|insisted|explained|noted|acknowledged|"
    r"announced(?=[^\S\n]*(?:(?:on[^\S\n]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|to|yester)day)?[^\S\n]*[.;,]))\b"
)  # "…, engineer John Carver said", "Erick Gill, a spokesman for the county, said", "Gill confirmed that …", "as
# part of a $4 billion settlement, Attorney General Ann Roe announced Tuesday." (not "Roe announced a $2 million fund")
_ATTRIBUTES_BEFORE = re.compile(r"\b(?:according to|said|says|told)\s+(?:[\w.’'-]+\s+){0,3}$", re.IGNORECASE)


def acting(candidates: list[Candidate], texts: dict[str, str]) -> Iterator[Candidate]:
    """The mentions of people named as doing something (not only reporting it)."""
    for c in candidates:
        if c.kind == "entity" and c.unit == "person" and c.value:
            text = texts[c.article]
            if not (
                _ATTRIBUTES_AFTER.match(text, c.end) or _ATTRIBUTES_BEFORE.search(text, max(0, c.start - 60), c.start)
            ):
                yield c


# The agent of a passive, after its verb: "He was ordered by Judge Spencer to report on Feb. 9" tells what he is to do.
_PASSIVE_AGENT_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being|be)[^\S\n]+(?:[a-z]+ly[^\S\n]+)?[a-z]+(?:ed|en|wn|ld|ght)[^\S\n]+by[^\S\n]+"
    r"(?:(?:the|a|an)[^\S\n]+)?(?:[A-Z][\w.’'-]*[^\S\n]+){0,3}\Z"
)


def people_by_sentence(
    candidates: list[Candidate], texts: dict[str, str]
) -> dict[tuple[str, tuple[int, int]], frozenset[str]]:
    """The canonical names of the people each sentence names as doing something (not only reporting
    it, nor as a passive's agent: "was sentenced by Judge Spencer" tells what befell the one sentenced), by (article,
    sentence span)."""
    found: dict[tuple[str, tuple[int, int]], set[str]] = defaultdict(set)
    for c in acting(candidates, texts):
        if _PASSIVE_AGENT_BEFORE.search(texts[c.article], max(0, c.start - 60), c.start):
            continue
        found[(c.article, (c.sentence[0], c.sentence[1]))].add(str(c.value))
    return {k: frozenset(v) for k, v in found.items()}


def party_spots(candidates: list[Candidate], texts: dict[str, str]) -> dict[str, list[tuple[int, str]]]:
    """Per article, (start, canonical name) of the people a sum is paid for: named after "for", "on" or a verb of
    buying or signing ("£115m for Moises Caicedo", "signed striker Alexander Isak"), not who paid or was paid (one
    outlet's "ordered Giuliani to pay $75 million" is another's "$75 million to Moss and Freeman")."""
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for c in acting(candidates, texts):
        if _FOR_BEFORE.search(texts[c.article], max(0, c.start - FOR_REACH), c.start):
            found[c.article].append((c.start, str(c.value)))
    for spots in found.values():
        spots.sort()
    return found


def person_spans(candidates: list[Candidate]) -> dict[str, list[tuple[int, int, str]]]:
    """Per article, (start, end, canonical name) of the people it names, in order."""
    found: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for c in candidates:
        if c.kind == "entity" and c.unit == "person" and c.value:
            found[c.article].append((c.start, c.end, str(c.value)))
    for spans in found.values():
        spans.sort()
    return found


_CAPTIVES = frozenset("hostage captive prisoner detainee victim suspect".split())  # "the 26-year-old hostage X"
_AGE_AFTER_NAME = re.compile(r"[^\S\n]*[,(][^\S\n]*")  # "Noa Argamani, 26", "Noa Argamani (25)"
_AGE_BEFORE_NAME = re.compile(r"[^\S\n]+(?:([a-z]+)[^\S\n]+)?")  # "the 21-year-old (hostage) Almog Meir Jan"


def age_owner(c: Candidate, text: str, persons: dict[str, list[tuple[int, int, str]]]) -> frozenset[str]:
    """Whose age a figure is: the person named right before it ("Noa Argamani, 26", "Ann Lee (25)") or, for an
    age written as one ("the 26-year-old Noa Argamani"), right after it."""
    if c.kind != "quantity" or c.unit != "year" or not (c.text.isdigit() or c.text.endswith("old")):
        return frozenset()
    spans = persons.get(c.article, [])
    at = bisect_left(spans, (c.start, 0, ""))
    if at and _AGE_AFTER_NAME.fullmatch(text, spans[at - 1][1], c.start):
        return frozenset({spans[at - 1][2]})
    after = (
        _AGE_BEFORE_NAME.fullmatch(text, c.end, spans[at][0]) if c.text.endswith("old") and at < len(spans) else None
    )
    if after and (after[1] is None or after[1] in PERSON_NOUNS or after[1] in _CAPTIVES):
        return frozenset({spans[at][2]})  # not "The 22-year-old beat Novak Djokovic": who was beaten
    return frozenset()


def share_holder(c: Candidate, text: str, persons: dict[str, list[tuple[int, int, str]]]) -> frozenset[str]:
    """Whose share a percentage is, in a sentence that gives two people their shares: the person named right before it
    with a verb of getting between ("Javier Milei received 55.69% of the votes and Sergio Massa received 44.30%"), no
    other figure between (a sentence of one share says too little of whose it is to keep it from another outlet's)."""
    spans = persons.get(c.article, [])
    mine = _holder_at(c.start, text, spans)
    if not mine:
        return frozenset()
    lo, hi = c.sentence
    others = {_holder_at(m.start(), text, spans) for m in _SHARE.finditer(text, lo, hi) if m.start() != c.start}
    return mine if any(h and h != mine for h in others) else frozenset()


def _holder_at(start: int, text: str, spans: list[tuple[int, int, str]]) -> frozenset[str]:
    """The surnames of the people a share right after their names is of (see share_holder), as compared: one man's
    "Tayyip Erdogan" and "Recep Tayyip Erdoğan" alike; not one beaten ("beating Sergio Massa with 55.7%")."""
    at = bisect_left(spans, (start, 0, ""))
    if not (at and _GOT_BEFORE_SHARE.fullmatch(text, spans[at - 1][1], start)):
        return frozenset()
    if _BEATEN.search(text, max(0, spans[at - 1][0] - 40), spans[at - 1][0]):
        return frozenset()
    holders = {spans[at - 1][2]}
    at -= 1  # "Prabowo Subianto and his running mate Gibran won 58%": the ticket, both names
    while at and _JOINED_NAMES.fullmatch(text, spans[at - 1][1], spans[at][0]):
        holders.add(spans[at - 1][2])
        at -= 1
    return frozenset(_surname(name) for name in holders)


def _surname(name: str) -> str:
    """A name's last word, lower-cased and without accents ("Erdoğan": "erdogan")."""
    last = name.split()[-1] if name.split() else name
    return "".join(ch for ch in unicodedata.normalize("NFKD", last.lower()) if not unicodedata.combining(ch))


_BEATEN = re.compile(
    r"\b(?i:beat|beats|beating|defeated|defeating|defeat|against|over|ousting|ousted)\b(?:[^\S\n]+\S+){0,4}[^\S\n]+\Z"
)


_SHARE = re.compile(r"(?<![\w.,])[0-9][0-9.,]*(?=[^\S\n]*(?:%|per[^\S\n]?cent|percent))")


_JOINED_NAMES = re.compile(
    r",?[^\S\n]+(?:and|&)[^\S\n]+(?:(?:his|her|their)[^\S\n]+)?(?:[a-z-]+[^\S\n]+){0,3}|,[^\S\n]+"
)
# Between a name and the share it got: "received", "won", ", with", "took nearly" (no figure, no clause's end).
_GOT_BEFORE_SHARE = re.compile(
    r"(?:['’]s)?,?[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}?(?:received|receives|won|wins|got|gets|took|takes|secured|secures"
    r"|garnered|garners|obtained|obtains|captured|polled|polls|scored|with|on)"
    r"(?:[^\S\n]+(?:about|around|nearly|almost|some|just|more[^\S\n]+than|over|under|only))?[^\S\n]+"
)


FOR_REACH = 30  # characters before a name in which "for" or a verb of buying may stand (a role noun between)
_FOR_BEFORE = re.compile(
    r"\b(?:for|on|signed|signs|signing|bought|buys|buying|acquired|acquires|sold|sells|selling)"
    r"(?:[^\S\n]+(?:the|a|an|[a-z]+))?[^\S\n]+\Z"
)


# A year a sentence opens with, dating all it tells: "In 2020, …", "Back in 2019, …".
_NOW = re.compile(r"\b(?:while|whereas|but|now|this[^\S\n]+(?:time|year)|today)\b")  # "…, while this time Trump won"
_OPENING_YEAR = re.compile(
    rf"[\s\"“]*(?:(?:Back|Earlier|Later)[^\S\n]+)?(?:In|During)[^\S\n]+(?:(?:{MONTH_NAMES})[^\S\n]+)?((?:19|20)[0-9]{{2}})"
    r"[^\S\n]*,"
)  # ("In 2020, …", "In July 2021, many children were among 54 people killed at a factory")
FRAME_REACH = 25  # characters either side of a figure, inside its clause, that may say when and where it counts
FORECAST_REACH = 45  # characters after it that may say it was forecast ("the 10.7% figure economists had forecast")
# A year that dates what a figure counts: "in 2009", "during 1985", "the 1985 quake", "the 2018 Camp Fire" (not
# "since 2001").
_YEAR = re.compile(
    r"(?i:\b(?:in|during)[^\S\n]+(?:early[^\S\n]+|late[^\S\n]+|mid-)?)((?:19|20)[0-9]{2})\b"
    r"|\b((?:19|20)[0-9]{2})(?=[^\S\n]+[a-z])"
    r"|(?<=[Tt]he )((?:19|20)[0-9]{2})(?=[^\S\n]+[A-Z])"
)
# The making of what a figure is about, right before its year in an aside before the figure: "a complex completed in
# 1983, houses 4,000 residents" (the year the complex was built dates no count of its residents; but "babies born in
# 2024", "opened in 2015 with 120 beds" count in that year).
_MADE_BEFORE = re.compile(
    r"\b(?i:completed|built|founded|established|constructed|erected|incorporated|born|opened)[^\S\n]+\Z"
)
MADE_REACH = 16  # characters before a year in which the word of a making stands
# A happening dated by its year that a relative clause, ending right before the figure, tells more of: the figure
# counts in that year ("the 1993 Asiana Airlines crash in Mokpo that killed over 60 people").
_DATED_BY_RELATIVE = re.compile(
    r"\b[Tt]he[^\S\n]+((?:19|20)[0-9]{2})[^\S\n]+[A-Z][^.;:,\n]*?[^\S\n](?:that|which|who)[^\S\n]+[a-z]+"
    r"(?:[^\S\n]+(?:at[^\S\n]+least|more[^\S\n]+than|over|about|nearly|some|around|almost))?[^\S\n]+\Z"
)
# A happening a time before the news that a relative clause, ending right before the figure, tells more of: "a year
# after an attack on a shopping centre there that killed at least 20 people", "two years since the quake that killed".
_PAST_BY_RELATIVE = re.compile(
    r"\b(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)[^\S\n]+(?i:years?|decades?)[^\S\n]+"
    r"(?i:after|since)[^\S\n]+(?i:the|an?)[^\S\n][^.;:,\n]*?(?<!\bsaid)(?<!\bsays)(?<!\btold),?[^\S\n](?:that|which)"
    r"[^\S\n]+[a-z]+"
    r"(?:[^\S\n]+(?:at[^\S\n]+least|more[^\S\n]+than|over|about|nearly|some|around|almost))?[^\S\n]+\Z"
)
DATED_REACH = 90  # characters before a figure in which that happening may be named
# A year whose "when" clause holds the figure: "compared to 2020, when the DPP captured 8.17 million votes".
_YEAR_WHEN = re.compile(r"\b((?:19|20)[0-9]{2}),?[^\S\n]+when[^\S\n][^.;:,\n]*\Z")  # the clause, to its comma
# A past its clause dates without a year: "three years ago", "two decades ago", "last year" (not "days ago": the news).
_AGO = re.compile(
    r"\b(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a[^\S\n]+few)[^\S\n]+"
    r"(?:years?|decades?|months?)[^\S\n]+ago\b|\blast[^\S\n]+year\b",
    re.IGNORECASE,
)
_UP = (
    "rise|rises|rose|risen|grow|grows|grew|grown|up|increase|increased|increases|jump|jumped|climb|climbed|gain|gained"
    "|surge|surged|soar|soared|growth|higher|raise|raises|raised|hike|hikes|hiked"
)
_DOWN = (
    "fall|falls|fell|fallen|drop|drops|dropped|down|decline|declined|declines|decrease|decreased|decreases|slide|slid"
    "|lose|lost|plunge|plunged|shrink|shrank|slump|slumped|sank|lower|loss"
)
# A percentage change's direction: the verb or noun right beside it ("grew 19 percent", "down by 21 percent", "a 15
# percent decline"); not a level ("fell to 3 percent": where it ended, which a rise may reach too).
_TREND_BEFORE = re.compile(
    rf"(?i:\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?:[^\S\n]+(?:by|of|about|nearly|almost|some|more[^\S\n]+than|over))*"
    r"[^\S\n]+\Z)"
)
_TREND_AFTER = re.compile(rf"(?i:[^\S\n]+(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b)")


# What an economic percentage measures, by the words its clause names it with: inflation is no growth, no jobless
# rate and no interest rate, however alike the sentences ("inflation at 2.6%", "the deposit rate … 4%").
_MEASURES = {
    "inflation": "inflation cpi",
    "growth": "growth gdp economy output",
    "unemployment": "unemployment jobless",
    "policy rate": "interest deposit lending refinancing borrowing key",  # (not "monetary policy … inflation at 2%")
    "yield": "yield yields",
    "turnout": "turnout",
    "wages": "wages wage earnings salaries pay",
}
_MEASURE_OF = {word: measure for measure, words in _MEASURES.items() for word in words.split()}
_MEASURE_OF["consumer prices"] = "inflation"  # ("consumer prices rose 3.5%"; not "its share price tumbled 20%")
_GAP = r"[^\S\n]+"
_MEASURE_WORD = re.compile(
    rf"(?<!-)\b(?i:{'|'.join(sorted((w.replace(' ', _GAP) for w in _MEASURE_OF), key=len, reverse=True))})\b(?!-)(?<!\bpay)|\b(?i:pay)(?=(?:[^\S\n]+[^\s%]+){{0,3}}?[^\S\n]+(?i:rose|grew|"
    r"fell|increased|decreased|growth|rises|rise|was|is|up|down)\b)"
)  # ("regular pay rose 4.8%", not "will pay 6.4% more")
MEASURE_REACH = 60  # characters before a percentage in which its clause names what it measures


def _measured(c: Candidate, text: str) -> frozenset[str]:
    """The measures the words right before a percentage name, back to another clause ("…, and the rate …") or
    another figure: "raise its inflation forecast for this year, to 2.5%"."""
    lo = max(c.sentence[0], c.start - MEASURE_REACH)
    cut = max((m.end() for m in _CLAUSE_OR_FIGURE.finditer(text, lo, c.start)), default=lo)
    found = {_MEASURE_OF[" ".join(m.group().lower().split())] for m in _MEASURE_WORD.finditer(text, cut, c.start)}
    if _OF_THE_VOTE.match(text, c.end):
        found.add("vote share")  # "26.46% of the vote": a share of the votes, no turnout ("Turnout was 26.5%")
    return frozenset(found)


_OF_THE_VOTE = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:(?:popular|total|valid)[^\S\n]+)?(?:votes?|ballots)(?![^\S\n]+counted)\b"
)


_CLAUSE_OR_FIGURE = re.compile(r";|,[^\S\n]+(?:and|but|while|whereas)\b|[0-9]")


def _trend(c: Candidate, text: str) -> frozenset[str]:
    found = _TREND_BEFORE.search(text, max(0, c.start - 30), c.start) or _TREND_AFTER.match(text, c.end)
    if found is None:
        return frozenset()
    return frozenset({"up" if found["up"] else "down"})


# What a percentage change is measured against: the same time a year before ("year-on-year", "from a year earlier",
# "on the year-ago quarter") or the period just before ("sequentially", "month-on-month", "from the previous quarter").
_BASE = re.compile(
    r"(?i:\b(?P<year>year[- ](?:over|on)[- ]year|year-ago|a[^\S\n]+year[^\S\n]+(?:earlier|ago|before)|yearly"
    r"|(?:same|corresponding)[^\S\n]+(?:period|quarter|month|time)[^\S\n]+(?:of[^\S\n]+)?(?:a|last|past|the[^\S\n]+previous)[^\S\n]+year"
    r"|(?:from|than|over|on)[^\S\n]+last[^\S\n]+year|y/y)"
    r"|(?P<period>sequential(?:ly)?|quarter[- ](?:over|on)[- ]quarter|month[- ](?:over|on)[- ]month|q/q|m/m"
    r"|(?:from|than|over|on)[^\S\n]+(?:the[^\S\n]+)?(?:previous|prior|preceding)[^\S\n]+(?:quarter|month)"
    r"|a[^\S\n]+(?:month|quarter)[^\S\n]+(?:earlier|before))\b)"
)
BASE_BEFORE, BASE_AFTER = 40, 50  # characters before and after a percentage, inside its clause, that may say its base


def _base(c: Candidate, text: str, clause: tuple[int, int]) -> frozenset[str]:
    lo, hi = max(clause[0], c.start - BASE_BEFORE), min(clause[1], c.end + BASE_AFTER)
    return frozenset(k for m in _BASE.finditer(text, lo, hi) for k, v in m.groupdict().items() if v)


_EXPECTED = re.compile(
    r"(?i:\b(?:expect(?:ed|s|ing)?|expectations?|forecasts?|forecast(?:ed|ing)|projected|predicted|consensus|guidance"
    r"|probability|odds|estimates?|(?:could|might|would)[^\S\n]+(?:go|sell|fetch|reach|cost|top|hit)\b)\b)"
)  # "the $200 million estimate", "could sell for upwards of $200 million" (not "damage estimated at $2 billion")
# What a figure is told against: "a higher than expected 11.1%", "11.1%, more than economists had forecast" (the outcome;
# not "higher than the expected 10.7%": the forecast).
_THAN_BEFORE = re.compile(r"(?i:\bthan(?:[^\S\n]+(?!(?:the|a|an|its|their)\b)[a-z]+){0,2}[^\S\n]+)\Z")
_THERE = re.compile(r"(?:[^\S\n]+[a-z]+){0,3}[^\S\n]+there\b")  # "55 had died there": where the clause named
# Each alternative opens with a character re can rule out at once ("and\b(?<=\band)" for "\band\b"): ~2x faster.
_CLAUSE_BREAK = re.compile(r"[;:()]|,[^\S\n]+(?:and|but|while|whereas|as|after|with)\b|and\b(?<=\band)")
# "in X", "near the X", "in the southern city of X", "in the province of X"
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|across|throughout)[^\S\n]+(?:(?:the|[A-Z][\w.-]*['’]s)[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}?"
    r"(?:city|town|village|province|"
    r"region|district|state|county|area|port|capital|enclave|camp|neighbou?rhood|suburb|island|governorate|prefecture)"
    r"[^\S\n]+of[^\S\n]+|the[^\S\n]+)?\Z",
    re.IGNORECASE,
)
PLACE_REACH = 60  # characters before a name in which "in the southern city of" may stand


def place_spots(candidates: list[Candidate], texts: dict[str, str]) -> dict[str, list[tuple[int, str]]]:
    """Per article, (start, canonical name) of the names that follow "in", "at", "near": where things happened."""
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for c in candidates:
        placed = c.kind == "entity" and c.unit != "person" and c.value
        if placed and texts[c.article].startswith(("'s", "’s"), c.end):
            continue  # "in Ukraine's southern city of Kherson": the place is Kherson
        if placed and (where := _PLACE_BEFORE.search(texts[c.article], max(0, c.start - PLACE_REACH), c.start)):
            # where a place's phrase opens ("in the northern town of X" is as near its figure as "in X"), else its name
            found[c.article].append(
                (where.start() if where.group().endswith(("of ", "of\t")) else c.start, str(c.value))
            )
    for spots in found.values():
        spots.sort()
    return found


def _clause(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause of a sentence around text[start:end]: cut at semicolons, brackets and conjunctions."""
    lo, hi = sentence
    for m in _CLAUSE_BREAK.finditer(text, lo, hi):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


def _named_in(spots: list[tuple[int, str]], lo: int, hi: int) -> frozenset[str]:
    at = bisect_left(spots, (lo, ""))
    named = set()
    while at < len(spots) and spots[at][0] < hi:
        named.add(spots[at][1])
        at += 1
    return frozenset(named)


def figure_frame(
    c: Candidate,
    text: str,
    dateline: str | None,
    places: dict[str, list[tuple[int, str]]],
    parties: dict[str, list[tuple[int, str]]],
    persons: dict[str, list[tuple[int, int, str]]],
    peoples: frozenset[str] = frozenset(),
) -> Frame:
    """What a figure is counted in: the past years and the places its clause names (and the nationality or
    group its own words give the people it counts; a sum's, the people its clause names as acting; an age's,
    whose it is)."""
    lo, hi = clause = _clause(text, tuple(c.sentence), c.start, c.end)  # type: ignore[arg-type]
    whose = (
        _named_in(parties.get(c.article, []), *clause)
        if c.kind == "money"
        else share_holder(c, text, persons)
        if c.kind == "percent"
        else age_owner(c, text, persons)
    )
    lo, hi = max(lo, c.start - FRAME_REACH), min(hi, c.end + FRAME_REACH)
    this_year = dateline[:4] if dateline else None
    found = (
        [  # not the figure's own number ("2000 people"), nor when what holds it was made ("a complex built in 1983")
            m[m.lastindex or 0]
            for m in _YEAR.finditer(text, lo, hi)
            if not c.start <= m.start(m.lastindex or 0) < c.end
            and not (
                m.end() <= c.start
                and "," in text[m.end() : c.start]
                and _MADE_BEFORE.search(text, max(0, m.start() - MADE_REACH), m.start())
            )
        ]
        if text.find("19", lo, hi) >= 0 or text.find("20", lo, hi) >= 0  # in every year: most clauses hold neither
        else []
    )
    if dated := _DATED_BY_RELATIVE.search(text, max(clause[0], c.start - DATED_REACH), c.start):
        found.append(dated[1])  # "the 1993 Asiana Airlines crash in Mokpo that killed over 60 people"
    if (opening := _OPENING_YEAR.match(text, c.sentence[0], c.start)) and not _NOW.search(text, opening.end(), c.start):
        found.append(opening[1])  # "In 2020, the DPP's ticket won 57.13 percent … and the KMT's 38.61 percent"
    if when := _YEAR_WHEN.search(text, max(c.sentence[0], c.start - DATED_REACH), c.start):
        found.append(when[1])  # "compared to 2020, when the DPP captured 8.17 million votes"
    years = frozenset(y for y in found if this_year is None or y < this_year)
    said = text[lo:hi].lower() if c.kind == "quantity" else ""  # "ago" or "year" is in every _AGO match
    if ("ago" in said or "year" in said) and any(
        m.end() <= c.start or m.start() >= c.end for m in _AGO.finditer(text, lo, hi)
    ):
        years |= {"past"}  # "three years ago", "last year": a time before the news, its year unsaid
    if c.kind == "quantity" and _PAST_BY_RELATIVE.search(text, max(c.sentence[0], c.start - DATED_REACH), c.start):
        years |= {"past"}  # "a year after an attack on a shopping centre there that killed at least 20 people"
    if c.kind in ("money", "percent") and _forecast(text, lo, min(clause[1], c.end + FORECAST_REACH)):
        years |= {"expected"}
    spots = places.get(c.article, [])
    if _THERE.match(text, c.end, min(hi + FRAME_REACH, c.end + FRAME_REACH)):
        lo = clause[0]  # "in Morelos … 55 had died there"
    trend = _trend(c, text) if c.kind == "percent" else frozenset()
    base = _base(c, text, clause) if c.kind == "percent" else frozenset()
    near = max(c.sentence[0], c.start - PERPETRATOR_REACH), min(c.sentence[1], c.end + PERPETRATOR_REACH)
    counting = (
        frozenset({"perpetrator"}) if c.kind == "quantity" and _WITH_PERPETRATOR.search(text, *near) else frozenset()
    )
    if c.kind == "quantity" and _beyond_the_official(c, text):
        counting |= {BEYOND_THE_OFFICIAL}  # "the true figure was likely closer to 20 million": not the recorded toll
    measured = _measured(c, text) if c.kind == "percent" else frozenset()
    return Frame(years, _named_in(spots, lo, hi), peoples, whose, trend, base, _term(c, text), counting, measured)


def _forecast(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] says its figure is a forecast, not an outcome told against one ("than expected")."""
    return any(
        not _THAN_BEFORE.search(text, max(0, m.start() - 30), m.start()) for m in _EXPECTED.finditer(text, lo, hi)
    )


# A toll told as the true one beyond the official count: "the real figure was likely closer to 20 million", "we know
# the toll is several times higher - at least 20 million", "14.9 million excess deaths" (the recorded "6.9 million
# deaths" is another figure, and so is a count the words beside it call official, confirmed or recorded).
BEYOND_THE_OFFICIAL = "beyond the official"  # a frame's counting: a true toll beyond the official count
TRUE_TOLL_REACH = 60  # characters before a count, in its sentence, that may say so
OFFICIAL_REACH = 25  # characters either side of a count where "official", "confirmed", "recorded" say it is the count
_TRUE_TOLL = re.compile(
    r"\b(?i:(?:true|real|actual)[^\S\n]+(?:death[^\S\n]+)?(?:figure|toll|number[^\S\n]+of[^\S\n]+(?:deaths|dead))"
    r"|several[^\S\n]+times[^\S\n]+(?:higher|more|greater)|undercount)"
)
_THAN_BEFORE_TOLL = re.compile(r"\bthan(?:[^\S\n]+(?:the|its))?[^\S\n]+\Z")
_EXCESS_AFTER = re.compile(r"[^\S\n]+(?i:excess)[^\S\n]+(?i:deaths|mortality)\b")
_OFFICIAL = re.compile(r"\b(?i:official(?:ly)?|confirmed|recorded|reported)\b")
# Words of a sentence telling of the dead (a toll's, its share's, a true toll's).
DEATH_WORDS = re.compile(r"\b(?i:died|dead|deaths?|killed|killing|perished|toll|lives)\b")


def _beyond_the_official(c: Candidate, text: str) -> bool:
    """Whether a count of the dead is told as the true toll beyond the official one (_TRUE_TOLL before it in its
    sentence, "excess deaths" after it), and not called the official, confirmed or recorded count itself."""
    start, end = c.sentence
    said = (
        _TRUE_TOLL.search(text, max(start, c.start - TRUE_TOLL_REACH), c.start) is not None
        or _EXCESS_AFTER.match(text, c.end) is not None
    )  # (rare: looked for first)
    lo, hi = max(start, c.start - OFFICIAL_REACH), min(end, c.end + OFFICIAL_REACH)
    if not said or _THAN_BEFORE_TOLL.search(text, max(start, c.start - 12), c.start):
        return False  # "the real toll is far higher than 40 deaths": 40 is the count it exceeds
    return not _OFFICIAL.search(text, lo, hi) and DEATH_WORDS.search(text, start, end) is not None


# A toll counting the one who did it: "Including the gunman, 13 people were dead" is not the victims' 12.
PERPETRATOR_REACH = 40  # characters either side of a toll, in its sentence, that may say it counts its perpetrator
_WITH_PERPETRATOR = re.compile(
    r"\b(?i:including|plus)[^\S\n]+(?:the[^\S\n]+|a[^\S\n]+|one[^\S\n]+|two[^\S\n]+)?(?:suspected[^\S\n]+)?"
    r"(?i:gunm[ae]n|shooters?|attackers?|assailants?|suspects?|(?:suicide[^\S\n]+)?bombers?|perpetrators?|killers?|hijackers?)\b"
    r"(?![’'])"  # not "including the gunman's brother"
)


# What a span of time right before it is served as: "two years in federal prison", "two years' probation", "three years
# of supervised release", "18 months behind bars".
_TERM = re.compile(
    r"(?:['’]s?)?[^\S\n]+(?:(?:of|in|on|behind)[^\S\n]+)?(?:(?:federal|state|a|the|supervised|house|community)[^\S\n]+){0,2}"
    r"(prison|jail|bars|custody|detention|incarceration|probation|release|arrest|service)\b",
    re.IGNORECASE,
)
_TERMS = dict.fromkeys(("prison", "jail", "bars", "custody", "detention", "incarceration"), "custody") | {
    "probation": "probation",
    "release": "release",
    "arrest": "arrest",
    "service": "service",
}
_SPANS = frozenset({"year", "month", "week", "day"})


def _term(c: Candidate, text: str) -> frozenset[str]:
    """What a span of time is served as, where its words say: two years in prison are not two years of probation."""
    m = _TERM.match(text, c.end) if c.unit in _SPANS else None
    return frozenset({_TERMS[m[1].lower()]}) if m else frozenset()
