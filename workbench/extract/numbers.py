"""Figures: counts with the noun they count ("nine Lebanese troops"), sums of money, percentages.

Each number (digits or words) is money when a currency sign or word is next to it, a percentage
when "%" or "per cent" follows it, else a count when, across at most a few modifiers ("308 IS
fighters", "two IS-held towns"), the noun it counts follows. Numbers inside dates (lone years such
as "the 2017 elections" included), times, phone numbers and labels ("Resolution 2254") are none of
these. A number with no noun after it is a count only where the sentence says what happened to
what it counts: a role next to it ("killing 55", "48 were confirmed dead", "112 had been rescued"), a
toll ("the toll rose to 61"), a reference back ("15 others", "18 more") or a range's first end ("between
20 and 30 homes"); a seismic magnitude ("a 7.1-magnitude quake", "magnitude 7.1") is a figure too, and so
is a rank before what it ranks ("the 11th rate increase", "its eleventh hike"; unit "ordinal"). A time taken is
told in its finest unit ("2:00:35" and "two hours and 35 seconds" are 7,235 seconds); an "m" glued to a number is
metres where no million can be meant ("the 5,000m", "a 300m-long ship", "the 400m hurdles"; not "3m people").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from workbench.extract.dates import date_spans
from workbench.extract.hedges import OR_BOUND, hedge
from workbench.extract.lexicon import CALENDAR, PERSON_NOUNS, countries
from workbench.extract.limits import MAX_PER_KIND
from workbench.extract.money import money_at
from workbench.extract.numwords import (
    LEAD,
    NUMBER,
    OPENING_WORDS,
    SCALE,
    SERIAL_LABELS,
    VAGUE,
    VAGUE_WORDS,
    parse_number,
)
from workbench.extract.sentences import SentenceIndex
from workbench.extract.spans import Spans
from workbench.extract.units import measure_of
from workbench.load.lines import Gate, folded, opens
from workbench.model import Article, Candidate

_S = r"[^\S\n]+"
_PERCENT = re.compile(
    rf"[^\S\n]?[%％]|(?:{_S}|[-‐‑])(?:per(?:{_S}|[-‐‑])?cent|percent|pct|percentage(?:{_S}|[-‐‑])points?)\b"
    rf"|(?<=[0-9]\.[0-9][0-9])(?={_S}of{_S}the{_S}(?:vote|ballots)\b)"  # "secured 29.54 of the vote": a share
)
_NUMBER = re.compile(rf"{LEAD}(?:(?P<vague>{VAGUE}){_S}of(?=[^\S\n])|(?P<num>{NUMBER}))")
_COMPOUND = re.compile(
    r"-(?P<unit>year|month|week|day|hour|minute|mile|kilometre|kilometer|km|metre|meter|member|storey|story)"
    r"(?![\w])(?:-old\b)?",
    re.IGNORECASE,
)
# The same measure written without its hyphen, before the noun it describes: "the 1.6 mile bridge", "the eight person
# jury", "a 25 year sentence" (a word after it that is no noun: "two years ago", "20 miles long", "3 days in"); an
# age with one hyphen or none ("the 166 year-old lender", "a 45 year old man").
_SPACED_COMPOUND = re.compile(
    r"[^\S\n]+(?P<unit>year|month|week|day|hour|minute|mile|kilometre|kilometer|km|metre|meter|foot|storey|story|person"
    r"|member|man|woman|point|degree)(?:(?<=year|onth|week|[^o]day)(?:[-‐‑]|[^\S\n]+)old\b|(?=[^\S\n]+(?!(?:ago|old|later|earlier|before|after|and|or|of|to|from|in|on|at|for"
    r"|by|with|as|than|since|that|which|who|the|a|an|into|away|apart|each|per|more|less)\b)"
    r"[a-z]{3,}\b))"
)
# After a number (in digits, or a word from two up), any hyphenated noun: "a 12-truck convoy", "a 7.1-magnitude
# quake", "the eight-tower estate"; not a manner ("two-way", "three-fold", "two-thirds").
_NOT_COUNTED_COMPOUNDS = frozenset(
    "way fold thirds fourths fifths quarters sided faced dimensional legged headed".split()
)
_DIGIT_COMPOUND = re.compile(r"[-‐‑](?:[^\S\n]?)(?P<unit>[a-z]{3,})\b(?![-‐‑]old\b)")
# Words are separated by spaces, or by one line break inside a sentence (a hard wrap: the next line
# goes on in lower case).
_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?=[a-z]))"
# An abbreviation with full stops ("U.S.", "U.N.") or a word.
_TOKEN = re.compile(rf"{_GAP}((?:[A-Z]\.){{2,}}|[^\W\d_][\w'’-]*)")
# The end of a span of years written short ("2008–09", "the 2023/24 season"): a year, no count.
_SHORT_YEAR_END = re.compile(r"[0-9](?<=(?:19|20)[0-9]{2}[-–/][0-9])[0-9](?![0-9])")  # a digit first: a fast scan
_PHONE = re.compile(r"(?=[0-9+(])(?<![\w+])\+?(?:\(?[0-9]{2,4}\)?[ .-]){2,}[0-9]{2,4}(?!\w)")
_PHONE_SIGN = re.compile(r"[0-9][0-9]\)?[ .-]\(?[0-9]{2}")  # what every phone number holds, a digit first: a fast scan
_PEOPLE_OF_AN_AGE = frozenset("man woman boy girl suspect victim driver passenger pilot defendant".split())
# Capitalised words before "X, 12," that are no person's name: days and months, labels ("Section 4, 5,").
_NOT_NAMES = CALENDAR | frozenset(SERIAL_LABELS) | {"Rule", "Item"}
_SHOUTED_PLURAL = re.compile(r"[A-Z]{4,}S")  # "22.5 YEARS!": too long a plural for an acronym ("MPs", "IS")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "MPs"
_PREVIOUS_WORD = re.compile(r"([\w.]++)[^\S\n]+\Z")  # possessive: a word never gives back what a space could take
# "two of the five spillway gates", "two out of the 181 people", "2 out of 181 passengers", "seven of the complex's
# eight blocks", "two of the Falcon Heavy's boosters", "two of SpaceX's boosters": a part of a counted whole.
_PARTITIVE = re.compile(
    rf"{_S}(?:of{_S}(?:(?:the|those|these|its|their|our|his|her|my|your)(?:(?:{_S}[^\W\d_]+){{0,3}}{_S}[^\W\d_]+['’]s?(?=[^\S\n]))?"
    rf"|[A-Z][\w.-]*(?:{_S}[A-Z][\w.-]*){{0,2}}['’]s(?=[^\S\n]))"
    rf"(?:{_S}{NUMBER})?"
    rf"|out{_S}of(?:{_S}the)?{_S}{NUMBER})(?=[^\S\n])"
)
# A part of a count named just before: "including three", "among them two", "including three in Jamaica and one".
_INCLUDING = re.compile(r"(?i:\b(?:including|among[^\S\n]+them)(?:[^\S\n]+[^.;:,\n]{1,40}?[^\S\n]+and)?)[^\S\n]+\Z")
OF_THEM = re.compile(rf"{_S}of{_S}(?:them|those|these|which|whom)\b")  # "1,500 of them": some of the count before
_OR_MORE = re.compile(rf"{_S}{OR_BOUND}(?=[^\S\n])")  # "10 or more years": a bound before the noun (hedges)
# A number joined on by "with", "and", "while" or "but" and told what befell it, did or was, or where it came from: "four
# years in prison, with two suspended and two served at home", "173 were Korean and two were Thai", "four justices
# found him guilty, while one dissented", "two guards from Sri Lanka and one from Nepal" (a part of the count before).
_JOINED_PART = re.compile(r"(?:^|[\s,])(?:with|and|while|but|whereas)[^\S\n]+\Z")
_PARTICIPLE_AFTER = re.compile(r"[^\S\n]+(?:[a-z]{3,}ed|was|were|is|are|had|has|have|from)\b")
_MAX_TOKENS = 4
_SQUARE_SPELLING = {"km": "kilometre", "kilometer": "kilometre", "meter": "metre"}  # one spelling of an area's unit
_SQUARE_COMPOUND = re.compile(
    r"[-‐‑](?:sq|square)[-‐‑ ](?P<unit>miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|foot|feet)\b", re.IGNORECASE
)
# Units of figures that a later bare number never goes on counting.
_NO_COUNT_UNITS = frozenset({"magnitude", "year", "per thousand"})
# A rate per thousand, as births, deaths and growth are told ("6.77 per thousand", "7.37 per 1,000 people", "7.37‰").
_PER_THOUSAND = re.compile(
    r"[^\S\n]?‰|[^\S\n]+per[^\S\n]+(?:thousand|1,000|1000)\b"
    r"(?:[^\S\n]+(?:people|persons|inhabitants|residents|population|women|live[^\S\n]+births))?"
)
# A measure written before the noun a number counts: "eight 32-storey towers", "three 4-year-old boys".
_MEASURE_ADJECTIVE = re.compile(rf"{_GAP}[0-9][0-9,.]*(?:[-‐‑][a-z]+)+(?=[^\S\n])")
_MORE_OR_OTHER = re.compile(rf"{_S}(?:more|other)(?={_S})", re.I)

_STOP = frozenset(
    """a an the this that these those their his her its our your my of in on at to for with by from into
    onto after before since during over under between against across near per about than as and or but nor
    while who whom whose which what when where why how if then so is are was were be been being had have
    has will would could should can may might must did do does said says say told tells added according
    including he she they them it we you i me him us another other others each every all both some any
    no not times time percent cent o'clock am pm ago later earlier more less following amid despite""".split()
)  # fmt: skip
# Plural nouns not ending in -s, nouns whose plural is themselves, and plurals -s stripping gets wrong.
_IRREGULAR = {
    "men": "man", "women": "woman", "people": "person", "children": "child", "feet": "foot", "teeth": "tooth",
    "geese": "goose", "mice": "mouse", "buses": "bus", "gases": "gas", "crises": "crisis", "lives": "life",
    "wives": "wife", "knives": "knife", "halves": "half", "thieves": "thief",
    "series": "series", "species": "species", "police": "police", "personnel": "personnel",
    "staff": "staff", "crew": "crew", "aircraft": "aircraft", "sheep": "sheep", "cattle": "cattle", "livestock": "livestock",
}  # fmt: skip
_UNIT_ABBREVIATIONS = frozenset("km kg mm cm mph ft lb lbs min mins hr hrs hour hours mw kw gw gb tb".split())
_SPEEDS = ("km/h", "kph", "kmh")  # abbreviations of a speed that are no plural noun
_ATTACHED_UNIT = re.compile(
    rf"[^\S\n]?(?i:(?P<speed>{'|'.join(re.escape(speed) for speed in _SPEEDS)}))\b"
    rf"|(?i:(?P<unit>{'|'.join(sorted(_UNIT_ABBREVIATIONS, key=len, reverse=True))}))\b"
)
# A unit written as a sign: degrees ("1.48C", "45°C", "113 °F"), barrels a day ("500,000 bpd", "500 kb/d", "1.1mb/d"),
# areas ("25 sq km", "12 km²") and metres a second ("30 m/s").
_SIGNED_UNIT = re.compile(
    r"(?P<degree>[^\S\n]?[°º][^\S\n]?[CF]\b|(?<=[0-9])[CF](?![\w-]))"
    r"|[^\S\n]?(?P<scale>[kKmM])?(?:bpd|b/d)\b"
    r"|[^\S\n]?(?:(?P<square>sq\.?[^\S\n]?(?P<of>km|mi)|km²|km2|mi²)\b|(?P<per_second>m/s)\b)"
)
_DEGREE_SIGN = re.compile("[°º]")
_BARREL_SCALE = {"k": 1_000, "m": 1_000_000}
MAX_DEGREES = 150  # a number glued to "C" or "F" above this is a model's name ("747F"), not a temperature
# Labels whose number a letter may follow ("Terminal 2F", "seat 31C", "Flat 4C"): no temperature.
_PLACE_LABELS = frozenset(
    "seat flat gate terminal block floor apartment game room platform bay unit row level zone ward exit suite hall".split()
)
_LABELS = frozenset(label.lower() for label in SERIAL_LABELS)
_FATES_BEFALLING = frozenset("dies flees survives".split())  # "one dies": what befalls a person, in the present
_NOT_PLURAL = frozenset("always perhaps whereas besides towards afterwards news various remains".split()) | (
    _FATES_BEFALLING  # a headline's present tense: "one dies", "Family of 5 flees"
)
# Number words small enough to be a vote's tally or a share's parts ("by a vote of four to one", "one in three").
_SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# Words before "one" that make it a pronoun or an idiom ("from one place to another", "no one").
_NOT_A_COUNT_AFTER = frozenset(
    "on in at from to for with by into the no any every each which this that said says told".split()
)
_SPEECH = frozenset("said says told added".split())
# Who forecast a figure, and their verb after it: "the 190,000 forecasters anticipated", "the 185,000 economists polled
# by Reuters had expected".
_FORECASTERS_AFTER = re.compile(r"[^\S\n]+(?:economist|analyst|forecaster|expert|strategist|pollster)s\b")
_EXPECTING = re.compile(
    r"(?:[^\S\n]+(?:polled|surveyed)[^\S\n]+by(?:[^\S\n]+[A-Z][\w&.’'-]*)+)?(?:[^\S\n]+(?:had|have|were|are|was))?"
    r"[^\S\n]+(?:expected|anticipated|predicted|forecast|forecasted|projected|estimated|expecting|forecasting|predicting)\b"
)
# A verb of expecting with no object of its own after it: not "the 300 analysts expected a cut", nor "had expected, on
# average, a gain".
_NO_OBJECT = re.compile(
    r"[^\S\n]*(?:[.;:!?)”\"]|\Z|\n|,[^\S\n]+(?:and|but|while|as|according|said|says|the)\b)"
    r"|[^\S\n]+(?:for|in|from|and|but|last|this|earlier|before)\b"
)
FORECASTERS_AT_MOST = 1000  # forecasters a number may count (a poll's economists); more is what they forecast
_ONLY = frozenset("only just".split())  # "only one of the 242 passengers": one passenger
# What "one" counts after a word that usually makes it a pronoun ("with one survivor", "at one hospital").
_ONE_OF_THEM = frozenset("survivor victim passenger person man woman child soldier officer worker death".split())
# Nouns plural in themselves that also modify a counted noun after them ("police officers", "staff members").
_COLLECTIVE_MODIFIERS = frozenset("police staff crew personnel".split())
_MEASURE_PREFIXES = frozenset({"cubic", "square"})
# Counted nouns that say little alone and keep the noun before them: "service members", "percentage points".
_BARE_HEADS = frozenset({"member", "point"})
_MAGNITUDE = re.compile(
    r"(?:[-‐‑]?[^\S\n]?|[^\S\n]+in[^\S\n]+)magnitude\b", re.IGNORECASE
)  # "7.1-magnitude", "6.3 in magnitude"
# a rate's change, plural or not, or abbreviated in lower case ("50bp", "25 bps")
_BASIS_POINTS = re.compile(r"(?i:(?:[^\S\n]+|-)basis(?:[^\S\n]+|-)points?\b)|(?:[^\S\n]?|-)bps?\b")
# "magnitude 6.3", "magnitudes of 6.3" (of a number below MAX_MAGNITUDE: not "the magnitude of 2 million displaced")
_MAGNITUDE_BEFORE = re.compile(r"(?i:\bmagnitudes?(?P<of>[^\S\n]+of)?)[-‐‑ ]?\Z")
MAX_MAGNITUDE = 10
# The second end of a range of magnitudes: "(from) magnitude 1.4 to 4.8", "magnitude 5.1-5.4".
_MAGNITUDE_RANGE_BEFORE = re.compile(
    r"(?i:\bmagnitude)[-‐‑ ]?[0-9]+(?:\.[0-9]+)?(?:[^\S\n]?[-–][^\S\n]?|[^\S\n]+to[^\S\n]+)\Z"
)
# What happened to those a bare number counts, said after it ("48 were confirmed dead", "55 had died").
_ROLES = (
    "dead|deceased|died|killed|injured|wounded|hurt|missing|rescued|evacuated|arrested|detained|displaced|"
    "hospitali[sz]ed|trapped|saved|drowned|survived|unaccounted|homeless|sickened|infected|fired|laid[^\\S\\n]+off|"
    "aboard|on[^\\S\\n]+board|in[^\\S\\n]+(?:a[^\\S\\n]+)?(?:critical|serious|stable|grave)[^\\S\\n]+condition|"
    "attended|marched|rallied|gathered|protested|demonstrated|turned[^\\S\\n]+out|took[^\\S\\n]+part|"
    "march|marches|rally|rallies|protest|protests|demonstrate|demonstrates|die|dies|flee|flees|survive|survives"
)
_AUX = (
    "have|has|had|were|was|are|is|been|being|be|reportedly|confirmed|also|now|so|far|later|still|feared|each|"
    "believed|thought|known|presumed|remain|remained|remains|reported|listed|left|declared|found|all|to|as"
)
_ROLE_AFTER = re.compile(
    rf"(?:{_S}(?:people|persons|others|more))?(?:{_S}(?:{_AUX}|[a-z]{{3,}}ly)){{0,4}}{_S}(?:{_ROLES})\b", re.I
)  # "48 were confirmed dead", "four were seriously hurt"
# A verb that counts those it acts on, right before the number ("killing 55", "killed at least 226").
_ROLE_BEFORE = re.compile(
    r"(?i:\b(?:kill|injur|wound|rescu|evacuat|arrest|detain|displac|hospitali[sz]|sav|hurt|infect|sicken|"
    r"fir|employ|hir|attract|draw|drew)(?:e|es|ed|ing|s|n)?(?:[^\S\n]+(?:at[^\S\n]+least|more[^\S\n]+than|nearly|almost|about|"
    r"around|some|roughly|over|up[^\S\n]+to|as[^\S\n]+many[^\S\n]+as|an[^\S\n]+estimated))?)[^\S\n]+\Z"
)
# A toll of an event's dead, as the words after it show ("the toll in the incident", "the death toll from"; not "the
# toll workers' union", "the toll free helpline")
_TOLL_OF = r"toll(?=[^\S\n]+(?:in|from|of|has|had|now|so|among|after|on)\b)"
# A toll or tally that the number states ("the death toll rose to 61", "has mounted to 116", "climbed up to 288",
# "deaths expected to top 288", "brought the number to 13", "the death toll from the Ormoc sea tragedy rose to 59", "the
# toll from the floods in Kerr County, Texas, rose to 79"; both ends of "the number … jumped from 108 to 176", "revised
# the toll from 79").
_TOLL_BEFORE = re.compile(
    # "revised the death toll in the crash on Friday to 275 from 288": both ends of a toll an authority changed
    r"(?i:\b(?:(?:revised|raised|lowered|updated|upped|brought|pushed|increased|reduced|cut)[^\S\n]+(?:the|its|their)"
    r"(?:[^\S\n]+[\w’'-]+){0,2}?[^\S\n]+(?:toll|tally)(?:[^\S\n]+[\w’'-]+){0,8}?[^\S\n]+(?:to|at|from)"
    r"(?:[^\S\n]+[0-9][0-9,.]*[^\S\n]+(?:from|to))?"
    rf"|{_TOLL_OF}(?:[^\S\n]+[\w’'-]+){{0,22}}?[^\S\n]+(?:has[^\S\n]+)?mounted[^\S\n]+to"  # "… has mounted to 116"
    rf"|{_TOLL_OF}(?:[^\S\n]+[\w’'-]+){{5,6}}?[^\S\n]+(?:is|was)"  # "the toll in the incident so far is 116"
    r"|lives[^\S\n]+of|(?:crowd|audience|attendance)(?:(?:[^\S\n]+[\w’'-]+){0,4}?[^\S\n]+(?:of|at)"  # "lives of 39"
    r"|(?:[^\S\n]+[\w’'-]+){0,10}?[^\S\n]+(?:estimated|put|numbered)[^\S\n]+at)"  # "a crowd … estimated at 200,000"
    r"|(?:toll|tally|number|count|total|figure|estimate|turnout|deaths|casualties|fatalities|population)"
    r"(?:(?:[^\S\n]+[\w’'-]+){0,4}?"
    r"[^\S\n]+(?:to|at|of|is|was|hit|reached|topped|passed|exceeded)|(?<=toll|ally)[^\S\n]+from"  # "the toll from 79"
    r"|(?:[^\S\n]+[\w’'“”\"-]+(?:\.\w+)?,?){0,22}?[^\S\n]+"
    r"(?:rose|rises|risen|rise|climbed|climbs|climb|jumped|jumps|increased|increases|grew|stood|stands|soared|soars|"
    r"surged|surges|escalated|escalates|reached|reaches|reach|hit|hits|tops|topped|top|passes|passed|pass|crossed|"
    r"crosses|exceeds|exceeded|exceed|surpasses|surpassed|surpass|nears|neared|nearing|approaches|approached|"
    r"approaching|upped|raised|revised|estimated|put|fell|falls|fallen|dropped|drops|declined|declines|decreased|"
    r"decreases)"
    r"(?:[^\S\n]+(?:up[^\S\n]+)?(?:to(?:[^\S\n]+be)?|at|past|above|beyond"
    r"|from(?:[^\S\n]+(?:[0-9][0-9,.]*|[a-z]+(?:-[a-z]+)?)[^\S\n]+to)?))?))"
    r"(?:[^\S\n]+(?:at[^\S\n]+least|more[^\S\n]+than|nearly|almost|about|around|some|roughly|over|only"
    r"|as[^\S\n]+many[^\S\n]+as|just(?:[^\S\n]+(?:over|under))?))?)[^\S\n]+\Z"
)
TOLL_REACH = 200  # characters before a number in which its toll may be named
# A word every _TOLL_BEFORE and _POPULATION_CHANGE match holds: most numbers have none in reach, which the two
# patterns are slow to find out (a gate: ~3x faster).
_TOLL_WORDS: Gate = (
    "lives", "crowd", "audience", "attendance", "toll", "tally", "number", "count", "total", "figure", "estimate",
    "turnout", "deaths", "casualties", "fatalities", "population",
)  # fmt: skip
# What a population changed by or to ("the population fell by 850,000", "declined by roughly 850,000").
_POPULATION_CHANGE = re.compile(
    r"(?i:\bpopulation(?:[^\S\n]+[\w’'-]+){0,6}?[^\S\n]+(?:fell|falls|fallen|declined|declines|decreased|decreases|"
    r"dropped|drops|shrank|shrinks|grew|grows|rose|rises|increased|increases)(?:[^\S\n]+(?:by|to))?"
    r"(?:[^\S\n]+(?:about|roughly|nearly|almost|some|around|more[^\S\n]+than))?)[^\S\n]+\Z"
)
_CLAUSE_JOIN = re.compile(r",[^\S\n]+(?:and|but|while|which|whereas)\b|;")  # a clause between a toll and its verb
_REFERENT = re.compile(
    rf"{_S}(?:others|more)(?![^\S\n]*[^\W\d_])|{_S}others\b|{_S}more(?={_S}(?:are|were|was|is|have|had|remain|remained"
    rf"|in|on|at|by|over|during|next|this|before|after|through|until)\b)",  # "four more in 2025"
    re.I,
)
_COPULA_NOUN = re.compile(
    rf"{_S}(?:were|are)(?:{_S}(?:all|mostly))?{_S}(?P<noun>[a-z]{{3,}})\b(?:{_S}(?P<after>[a-z]{{3,}})\b)?"
)  # "22 were children", "11 were city employees"
_NO_MODIFIER = frozenset("the these those its their his her our your my".split())
_RESTATED = re.compile(r"[^\S\n]*\([^()\n]{0,20}?[0-9][^()\n]{0,20}?\)")  # "(861,000)" after a figure: the same
_CLOSED = re.compile(r"[^\S\n]*\)")
_RANGE_NEXT = re.compile(rf"(?:[^\S\n]?[-–][^\S\n]?|{_S}(?:and|to|or){_S})(?={NUMBER})", re.I)
_AND_MONTHS = re.compile(rf"(?:,|{_S}and|,{_S}and)?{_S}(?P<months>{NUMBER}){_S}months?\b", re.I)
# "… and 35 seconds", "28min 42sec" (an agency's time: its units glued on and cut short)
_AND_SMALLER = re.compile(
    rf"(?:,|{_S}and|,{_S}and)?{_S}(?P<n>{NUMBER})(?:{_S}(?P<unit>minute|second)s?|[^\S\n]?(?P<short>min|sec)s?\.?)\b",
    re.I,
)
_SECONDS = {"hour": 3600, "minute": 60, "second": 1}  # a time in hours, minutes and seconds is told in the finest
_SHORT_UNITS = {"hr": "hour", "min": "minute", "sec": "second"}  # "2hr", "28min 42sec"
_RANGE_TO = re.compile(rf"[^\S\n]?[-–][^\S\n]?|{_S}to{_S}", re.I)  # a range's first end and its second
_RANGE_BEFORE = re.compile(r"(?i:\b(?:between|from))[^\S\n]+\Z")


def _plurality(word: str) -> str | None:
    """'plural' for a lower-case plural noun, 'maybe' for a capitalised one ("Syrians", "Hamas")."""
    low = word.lower()
    if low in _IRREGULAR:
        return "plural"
    if _ACRONYM_PLURAL.fullmatch(word):
        return "plural"
    if _MEN_PLURAL.fullmatch(low) and low not in _MEN_SINGULARS:
        return "maybe" if word[0].isupper() else "plural"  # "gunmen", "policemen", "fishermen"
    if len(low) <= 3 or not low.endswith("s") or low.endswith(("ss", "us", "ous")) or low in _NOT_PLURAL:
        return None
    if word[0].isupper():
        return None if word.isupper() else "maybe"
    return None if low.endswith("is") else "plural"


_MEN_PLURAL = re.compile(r"[a-z]{3,}men")  # the plural of a noun made with "-man": "gunmen", "crewmen", "policemen"
_MEN_SINGULARS = frozenset("specimen abdomen regimen acumen stamen hymen semen albumen cyclamen".split())
_OE_NOUNS = frozenset("shoe toe canoe hoe foe oboe floe sloe roe doe".split())  # "-oes" plurals of "-oe" nouns


def singular(word: str) -> str:
    """The lower-case singular of a counted noun ("families" -> "family", "men" -> "man")."""
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if _MEN_PLURAL.fullmatch(low) and low not in _MEN_SINGULARS:
        return low[:-3] + "man"  # "gunmen" -> "gunman"
    if low.endswith(("sses", "xes", "ches", "shes", "zzes")) or (low.endswith("oes") and low[:-1] not in _OE_NOUNS):
        return low[:-2]  # "boxes", "tornadoes" (not "shoes")
    return low[:-1] if low.endswith("s") else low


def _tokens(text: str, pos: int):
    """Up to `_MAX_TOKENS` words after `pos`, separated by spaces only; stops at a stop word."""
    for _ in range(_MAX_TOKENS):
        m = _TOKEN.match(text, pos)
        if m is None:
            return
        word = m[1].rstrip("'’")
        if (word.lower() in _STOP and not word.isupper()) or parse_number(word) is not None:
            return
        yield word, m.start(1) + len(word), word != m[1]
        pos = m.end()


def _plural_head(text: str, pos: int) -> tuple[int, str] | None:
    """(end, unit) of the plural noun counted by a number after `pos` ("cubic metres" -> "cubic metre";
    "five more bodies", "three other people": the count of those named after "more" or "other")."""
    more = _MORE_OR_OTHER.match(text, pos)
    if more:
        pos = more.end()
    if measure := _MEASURE_ADJECTIVE.match(text, pos):
        pos = measure.end()  # "eight 32-storey towers": towers
    fallback = None
    previous = ""
    shouted = _shouted(text, pos)
    titled = None  # worked out only when needed: whether capitals run on in a title-case headline
    cased = ""  # the word before, as written
    last_end = 0  # where the last word read ends
    modifying = True  # whether every word read may modify a noun (not "9,000 without power")
    for i, (word, end, possessive) in enumerate(_tokens(text, pos)):
        last_end = end
        modifying = modifying and word.lower() not in _LOOSE_PREPOSITIONS
        if word[:1].isupper() and (word in countries() or f"{cased} {word}" in countries()):
            previous, cased = word.lower(), word  # "three United States service members", "two Philippines ships"
            continue
        kind = _plurality(word.lower() if shouted or _SHOUTED_PLURAL.fullmatch(word) else word)
        if kind == "plural" or (i == 0 and word.lower() in _UNIT_ABBREVIATIONS):
            unit = singular(word)
            if (
                unit in _COLLECTIVE_MODIFIERS
                and (after := _TOKEN.match(text, end))
                and _plurality(after[1]) == "plural"
            ):
                return after.end(1), f"{unit} {singular(after[1])}"  # "26 police officers": police officers
            compound = previous in _MEASURE_PREFIXES or (
                unit in _BARE_HEADS and previous.isalpha() and previous.islower()
            )
            return end, f"{previous} {unit}" if compound else unit
        if fallback is not None:
            if kind != "maybe":
                break
            if titled is None:
                titled = _title_cased(text, pos)
            if not titled:
                break  # "Windows Devices" in a title-case headline: the last of the run is the noun
        if kind == "maybe":
            fallback = (end, singular(word))
        if possessive:
            break
        previous, cased = word.lower(), word
    joined = (
        _joined_head(text, last_end)
        if last_end
        and modifying
        and previous not in _FATE_WORDS
        and previous not in _TIME_WORDS
        and not cased[:1].isupper()
        else None
    )
    return joined or fallback


def _joined_head(text: str, pos: int) -> tuple[int, str] | None:
    """(end, unit) of a plural counted after a noun joined on by "and" or "or" ("seven fraud and conspiracy counts",
    "five other middle or high school students")."""
    for pattern in _JOINED_MODIFIERS:  # one word between, then two ("middle or high school students")
        joined = pattern.match(text, pos)
        if joined is None or any(w in _QUANTIFIERS or _plurality(w) == "plural" for w in joined[1].split()):
            return None
        if _plurality(joined[2]) == "plural":
            return joined.end(2), singular(joined[2])
    return None


# Nouns modifying the plural counted, joined by "and" or "or" ("seven fraud and conspiracy counts").
_JOINED_MODIFIERS = tuple(
    re.compile(rf"[^\S\n]+(?:and|or)[^\S\n]+((?:[a-z]{{3,}}[^\S\n]+){{{n}}})([a-z]{{3,}})\b") for n in (1, 2)
)
_QUANTIFIERS = frozenset("several many some few other more most all both various countless numerous".split()) | set(
    VAGUE_WORDS
)  # ("thousands", "dozens")
_TIME_WORDS = frozenset("overnight today yesterday tonight earlier later".split())  # "killed 14 overnight and …"
_LOOSE_PREPOSITIONS = frozenset(
    "without within across through toward towards inside outside via amid under over".split()
)
SHOUT_REACH = 200  # characters either side of a number read to tell whether its line is written in capitals


def _line_around(text: str, pos: int) -> str:
    lo, hi = max(0, pos - SHOUT_REACH), min(len(text), pos + SHOUT_REACH)  # a headline's length: never a whole file
    line_start, line_end = text.rfind("\n", lo, pos), text.find("\n", pos, hi)
    return text[lo if line_start < 0 else line_start + 1 : hi if line_end < 0 else line_end]


def _shouted(text: str, pos: int) -> bool:
    """Whether the line around `pos` is written all in capitals ("22.5 YEARS FOR CHAUVIN"): its capitals
    are no acronyms."""
    line = _line_around(text, pos)
    return not any(c.islower() for c in line) and sum(c.isalpha() for c in line) >= 12


_TITLE_GLUE = frozenset("a an the and or of to in on at by for with from as vs via".split())
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_CAPITAL_WORD = re.compile(r"(?<![\w'’-])[A-Z]")


def _title_cased(text: str, pos: int) -> bool:
    """Whether the line around `pos` is a headline in title case ("Microsoft Says 8.5 Million Windows Devices
    Impacted"): every word capitalised but the little ones, so a capital says nothing of a name."""
    line = _line_around(text, pos)
    lower = _LOWER_WORD.findall(line)
    return all(w in _TITLE_GLUE for w in lower) and len(_CAPITAL_WORD.findall(line)) >= 4


def _singular_head(text: str, pos: int) -> tuple[int, str] | None:
    """(end, unit) of the noun counted by "one": the last of the words after it, less trailing participles."""
    words = []
    for word, end, possessive in _tokens(text, pos):
        words.append((end, word.lower()))
        if possessive:
            break
    while words and words[-1][1].endswith(("ed", "ing", "ly")) and words[-1][1] not in _FATE_WORDS:
        words.pop()
    if words and words[-1][1] in _FATE_WORDS:
        return words[-1][0], "person"  # "one dead", "one injured": a person
    if words and words[0][1] in _FATES_BEFALLING:
        return pos, "person"  # "one dies as bus overturns": a headline's verb, no noun; a person
    if len(words) >= 2 and words[-2][1] in _MEASURE_PREFIXES:
        return words[-1][0], f"{words[-2][1]} {words[-1][1]}"  # "one square mile": an area, no length
    return words[-1] if words else None


_FATE_WORDS = frozenset("dead injured wounded missing hurt".split())  # "one dead": what befell a person


def _previous_word(text: str, pos: int) -> str:
    m = _PREVIOUS_WORD.search(text, max(0, pos - 30), pos)
    return m[1].lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = _TOKEN.match(text, pos)
    return m[1].lower() if m else ""


def _count(text: str, m: re.Match[str]) -> tuple[int, int | float, str] | None:
    """(end, value, unit) of the count starting at match `m`, or None when it counts nothing.

    "two of the five spillway gates" is a count of gates that ends after "two".
    """
    number = m["vague"] or m["num"]
    value = parse_number(number)
    previous = _previous_word(text, m.start())
    if value is None or previous in _LABELS:
        return None
    if m["num"]:
        if m["num"][0].isdigit() and (sign := _SIGNED_UNIT.match(text, m.end())):
            if sign["square"]:  # "25 sq km", "12 km²"
                return (
                    sign.end(),
                    value,
                    "square mile" if (sign["of"] or sign["square"]).startswith("mi") else "square kilometre",
                )
            if sign["per_second"]:  # "30 m/s"
                return sign.end(), value, "m/s"
            if sign["degree"]:  # "1.48C", "45°C", "113 °F" (not "the 747F": no temperature)
                return (
                    (sign.end(), value, "degree")
                    if _DEGREE_SIGN.search(sign["degree"]) or (value <= MAX_DEGREES and previous not in _PLACE_LABELS)
                    else None
                )
            return sign.end(), value * _BARREL_SCALE.get((sign["scale"] or "").lower(), 1), "barrel"  # "500 kb/d"
        if per := _PER_THOUSAND.match(text, m.end()):  # "a birth rate of 6.77 per thousand", "7.37‰"
            return per.end(), value, "per thousand"
        if area := _SQUARE_COMPOUND.match(text, m.end()):  # "the 1-square-mile slide", "a 2.6-square-kilometre area"
            unit_word = singular(area["unit"])
            return area.end(), value, f"square {_SQUARE_SPELLING.get(unit_word, unit_word)}"
        unit = _COMPOUND.match(text, m.end()) or _ATTACHED_UNIT.match(text, m.end())
        if unit is None and value != 1 and not _YEAR_LIKE.fullmatch(m["num"]):
            unit = _SPACED_COMPOUND.match(text, m.end())
        if unit is None and (m["num"][0].isdigit() or (value >= 2 and m["num"].isalpha())):
            unit = _DIGIT_COMPOUND.match(text, m.end())
            unit = None if unit and unit["unit"].lower() in _NOT_COUNTED_COMPOUNDS else unit
            if unit is None and (magnitude := _MAGNITUDE.match(text, m.end())):
                return magnitude.end(), value, "magnitude"
        if unit is not None and unit.re is _DIGIT_COMPOUND and (word := unit["unit"].lower()) in ("strong", "plus"):
            if word == "strong":
                return unit.end(), value, "person"  # "its 20,000-strong workforce", "a 3,000-strong crowd": people
            head = _plural_head(text, unit.end())  # "1,300-plus people": at least 1,300 people
            if head is not None:
                return head[0], value, head[1]
            unit = None
        if unit:
            return unit.end(), value, "km/h" if unit.re is _ATTACHED_UNIT and unit["speed"] else singular(unit["unit"])
        partitive = _PARTITIVE.match(text, m.end()) if value != 1 or previous in _ONLY else None
        if partitive:
            head = _plural_head(text, partitive.end())
            if head is None and partitive.group()[-1:].isdigit() and _ROLE_AFTER.match(text, partitive.end()):
                return m.end(), value, "person"  # "39 of the 128 dead", "two of the 12 missing"
            return head and (m.end(), value, head[1])
    if value == 1:
        head = _singular_head(text, m.end())
        finer = head is not None and head[1] in _SECONDS and _AND_SMALLER.match(text, head[0]) is not None
        if previous in _NOT_A_COUNT_AFTER and (head is None or (head[1] not in _ONE_OF_THEM and not finer)):
            return None  # "from one place to another", not "with one survivor" nor "for 1 hour and 44 minutes"
        if head is None or _next_word(text, head[0]) in _SPEECH:  # "one official said"
            return None
        return head[0], value, head[1]
    if restated := _RESTATED.match(text, m.end()):  # "8.61 lakh (861,000) people": the noun after the aside
        head = _plural_head(text, restated.end())
        return head and (m.end(), value, head[1])
    if text.startswith("(", m.start() - 1) and (closed := _CLOSED.match(text, m.end())):
        head = _plural_head(text, closed.end())  # the aside itself: "(861,000) people"
        return head and (m.end(), value, head[1])
    if _forecast_by(text, m, value):
        return None  # "the 190,000 forecasters anticipated": what they expected, not a count of them (_bare)
    if (alternative := _OR_MORE.match(text, m.end())) and (head := _plural_head(text, alternative.end())):
        return head[0], value, head[1]  # "10 or more years", "12 or fewer seats": a bound of a count (hedges)
    head = _plural_head(text, m.end())
    if head and _MEASURE_ADJECTIVE.match(text, m.end()):
        if _YEAR_LIKE.fullmatch(m["num"] or ""):
            return None  # "In 2019 3-star hotels filled up": a year, no count of hotels
        return m.end(), value, head[1]  # "eight 32-storey towers": the measure is a figure of its own
    return head and (head[0], value, head[1])


def _forecast_by(text: str, m: re.Match[str], value: float) -> bool:
    """Whether a number's noun is who forecast it: "the 190,000 forecasters anticipated", "fewer than the 190,000
    economists had expected, the department said" (no 190,000 economists); not "The 60 economists polled by Reuters
    had expected, on average, a gain of 170,000": a count of them, the verb's object after it."""
    forecasters = _FORECASTERS_AFTER.match(text, m.end())
    if forecasters is None or _THE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is None:
        return False
    verb = _EXPECTING.match(text, forecasters.end())
    if verb is None:
        return False
    many = value >= FORECASTERS_AT_MOST or not float(value).is_integer()  # no 1,000 economists, nor 51.5
    return many or _NO_OBJECT.match(text, verb.end()) is not None


_OF_WHICH_BEFORE = re.compile(rf"\bof{_S}(?:which|whom){_S}\Z")


def _referring(text: str, m: re.Match[str], index: SentenceIndex, counts: list[Candidate]):
    """(end, value, unit) of a number standing for a noun counted just before it: "two of them", "two of which"
    (this sentence or the one before, same paragraph), "of which 21" (this sentence, a count at least as large), a
    clause opened by a number (", nine belonged"), a part named after "including" ("seven deaths, including three in
    Jamaica"), or joined on and told what befell it ("four years, with two suspended")."""
    value = parse_number(m["num"]) if m["num"] else None
    if value is None:
        return None
    sentence_start = index.sentence_at(m.start())[0]
    periods = False  # whether a span of years may be what the number stands for
    of_which = False  # after "of which": a part of a count at least as large
    joined = False  # a number joined on by "and", "while", "but": a part of a count, never of a time or a length
    if _INCLUDING.search(text, max(sentence_start, m.start() - 70), m.start()):
        floor = sentence_start  # "seven deaths, including three in Jamaica and one in Haiti"
    elif of_which := (_OF_WHICH_BEFORE.search(text, max(sentence_start, m.start() - 16), m.start()) is not None):
        floor = sentence_start  # "33 cruise missiles on Saturday, of which 21 were shot down": some of them
    elif periods := bool(
        _PARTICIPLE_AFTER.match(text, m.end())
        and _JOINED_PART.search(text, max(sentence_start, m.start() - 10), m.start())
    ):
        if _ROLE_AFTER.match(text, m.end()):
            return None  # "22 were children and 11 were found dead": people a role names (_bare), not children
        floor, joined = sentence_start, True
    elif value == 1 or OF_A_FATE.match(text, m.end()):
        return None  # "19 of those injured": people, not the foreigners counted before (_bare)
    elif periods := bool(OF_THEM.match(text, m.end())):
        previous_start = index.sentence_at(sentence_start - 1)[0] if sentence_start > 0 else 0
        floor = max(previous_start, text.rfind("\n", 0, m.start()) + 1)
    else:
        before = m.start()
        while before > sentence_start and text[before - 1] in " \t":
            before -= 1
        if not (before == sentence_start or text[before - 1] in ",;:–—") or _TOKEN.match(text, m.end()) is None:
            return None
        if _ROLE_AFTER.match(text, m.end()):
            return None  # "One dead, six missing": a count of what befell them, not of the noun before
        floor = sentence_start
    for c in reversed(counts):
        if c.start < floor:
            break
        if c.unit == "year" and not (periods and c.text[-1:].isalpha() and not c.text.endswith("old")):
            continue  # an age ("Reed, 45, … six others") is no count; "four years, two of which": a span of years
        if of_which and isinstance(c.value, (int, float)) and c.value < value:
            continue  # "40 missiles and 50 drones, of which 60 were downed": no part of the 50 drones
        if c.end <= m.start() and not c.text.endswith("old"):  # (not an age: "a one-year-old girl … six")
            if joined and c.unit != "year" and measure_of(c.unit):
                return None  # "battled the blaze for 6 hours and 12 were taken to hospital": no hours
            return m.end(), value, c.unit
    return None


# A person's age in apposition: "Derek Chauvin, 45, was sentenced", "the other suspect, 39, was arrested" (a
# name or a noun for a person, a comma, the number, a comma).
_NAME_BEFORE_AGE = re.compile(r"\b(?:[A-Z][\w'’.-]+|(?P<noun>[a-z]+)),[^\S\n]*\Z")
_AGE_AFTER = re.compile(r"[^\S\n]*,")  # "Ann Lee, 39, said"
# After a full name, an age may end in a list's other marks: "Ann Lee, 39; Bo Li, 41", "Ann Lee, 39—an aide", "Ann
# Lee, 39 and Bo Li, 41" (not one word's: "Labour, 45; Greens, 12" are seats).
_LISTED_AGE_AFTER = re.compile(r"[^\S\n]*(?:;|[—–](?![0-9]))|[^\S\n]+and[^\S\n]+[A-Z]")  # not a score "6–1"
_NAMED = r"[A-Z][\w'’.-]+(?:[^\S\n]+[A-Z][\w'’.-]+){1,3}"  # a full name: two capitalised words or more
_FULL_NAME_BEFORE_AGE = re.compile(
    rf"\b(?!(?:In|On|At|By|For|From|To|Since|After|During|The|And|But)\b){_NAMED},[^\S\n]*\Z"
)
# A full name's age listed right before a full name and its age ("Ann Lee, 39, and Bo Li, 41."): a list of ages, the
# last ending it.
_LISTED_AGE_BEFORE = re.compile(
    rf"{_NAMED},[^\S\n]*[0-9]{{1,3}}(?:[^\S\n]*[,;]|[^\S\n]+and)[^\S\n]*(?:and[^\S\n]+)?{_NAMED},[^\S\n]*\Z"
)
# Ages in brackets after two or more full names in a list: "Noa Lee (25), Ann Bo Li (21) and Tom Lu (40)".
_LIST_JOIN = r"[^\S\n]*(?:,[^\S\n]*(?:and[^\S\n]+)?|and[^\S\n]+)"
_BRACKETED_AGE_BEFORE = re.compile(rf"\b{_NAMED}[^\S\n]*\([0-9]{{1,3}}\){_LIST_JOIN}{_NAMED}[^\S\n]*\(\Z")
_BRACKETED_AGE_AFTER = re.compile(rf"\){_LIST_JOIN}{_NAMED}[^\S\n]*\([0-9]{{1,3}}\)")
_NAME_BRACKETED = re.compile(rf"\b{_NAMED}[^\S\n]*\(\Z")
_AGE_ENDING = re.compile(r"[^\S\n]*\.(?![0-9])")  # "said her mother Ann Lee, 39."
# Who a sentence-ending age is of: a person its verb of saying or a person noun names ("said her mother Ann Lee, 39.")
_SAID_OF_AGE = re.compile(r"\b(?:said|says|told|added|asked|recalled|mother|father|wife|husband|son|daughter|widow)\b")
MAX_AGE = 119


# An age said so ("aged 25", "aged three to 78", "aged between 3 and 78", "aged 25 and 33", "died at age 24", "Ann
# Lee, age 37,", "two sisters, both age 14"), or in brackets after a name ("Mr. Lee (33)").
_AGED = re.compile(
    rf"(?:\baged|\b[Aa]t{_S}age|,(?:{_S}(?:both|each|all))?{_S}age){_S}(?:between{_S})?"
    rf"(?:(?:{NUMBER})[^\S\n]*(?:to|and|-|–)[^\S\n]*)?\Z"
)
# An age named before its figure: "the retirement age from 62 to 64", "raise the pension age by two years to 64",
# "at the age of 64" (not "the age of 40 workers": a count of workers).
_AGE_NAMED = re.compile(
    rf"\b[Aa]ge(?:{_S}of{_S}(?:retirement|consent|majority|criminal{_S}responsibility|eligibility))?"
    rf"(?:{_S}(?:is|was|will|would|be|being|been|has|have|had|rose|rises|risen|fell|falls|raised|raising|"
    rf"increased|increasing|lifted|lowered|cut|set|by|from|[0-9]+|one|two|three|four|five|years?)){{0,5}}?"
    rf"{_S}(?:of|from|to|at)(?:{_S}(?:{NUMBER}){_S}to)?{_S}\Z"
)  # only the words of its change between ("age being raised from 62 to", "age by two years to")
# A person's age when something happened: "when she was 18", "when he was 37," (not "when she was 18 weeks pregnant")
# (a team "when they were 80" is its score)
_WHEN_AGED = re.compile(r"\b[Ww]hen[^\S\n]+(?:he|she|I)[^\S\n]+was[^\S\n]+\Z")
_WHEN_AGED_AFTER = re.compile(r"[^\S\n]*(?:[.,;:)]|$|[^\S\n]+(?:when|after|but)\b|[^\S\n]+years?[^\S\n]+old\b)", re.M)
_NAME_BEFORE_BRACKETED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[^\S\n]+[A-Z][\w'’.-]+(?:[^\S\n]+[A-Z][\w'’.-]+)?[^\S\n]*\(\Z"
)  # "Mr. Lee (33)", not "Texas (12)"


def _age(text: str, m: re.Match[str]) -> tuple[int, int | float, str] | None:
    """(end, value, "year") of an age: written after a name between commas (or ending the sentence) or in brackets,
    after "aged", or after an age named ("the retirement age from 62 to 64")."""
    if not (m["num"] and len(m["num"]) <= 12):
        return None
    value: int | float | None
    if (
        _WHEN_AGED.search(text, max(0, m.start() - 30), m.start())
        and m["num"].isdigit()
        and _WHEN_AGED_AFTER.match(text, m.end())
    ):
        value = int(m["num"])  # "joined the party when she was 18."
    elif _AGED.search(text, max(0, m.start() - 40), m.start()) or (
        _AGE_NAMED.search(text, max(0, m.start() - 60), m.start())
        and not ((after := _TOKEN.match(text, m.end())) and _plurality(after[1]) == "plural")
    ):
        value = parse_number(m["num"])
    elif not m["num"].isdigit() or len(m["num"]) > 3:
        return None  # an age has at most three digits (a longer run is no age, and may be too long to read)
    elif (
        _bracketed_after_title(text, m)
        or _bracketed_in_list(text, m)
        or _listed_ages(text, m)
        or (
            _named_before_age(text, m)
            and (
                _AGE_AFTER.match(text, m.end())
                or (_AGE_ENDING.match(text, m.end()) and _SAID_OF_AGE.search(text, max(0, m.start() - 60), m.start()))
                or _listed_age(text, m)
            )
        )
    ):
        value = int(m["num"])
    else:
        return None
    return (m.end(), value, "year") if value is not None and 0 < value <= MAX_AGE else None


# The ages of people a plural noun names, listed between commas: "Two men, 19 and 22, were arrested", "his three
# daughters, 4, 8 and 10,".
_PEOPLE_BEFORE_AGES = re.compile(r"\b([a-z]+),[^\S\n]*(?:[0-9]{1,3}(?:,|[^\S\n]+and)[^\S\n]*)*\Z")
_AGES_AFTER = re.compile(r"(?:(?:,|[^\S\n]+and)[^\S\n]*[0-9]{1,3})*[^\S\n]*,")


_KIN = frozenset("child teenager son daughter brother sister friend".split())  # people plural nouns list the ages of
_AGED_PEOPLE = (
    PERSON_NOUNS | _PEOPLE_OF_AN_AGE | _KIN
)  # whose ages a list after their noun gives ("two men, 19 and 22")
# and whose ages news copy lists after their names ("The freed hostages were Noa Lee (25), …")
_LISTED_PEOPLE = _AGED_PEOPLE | frozenset(
    "hostage captive prisoner detainee victim casualty survivor person climber hiker tourist miner".split()
)
_LOWER_WORDS = re.compile(r"\b[a-z]{3,}\b")


def _listed_ages(text: str, m: re.Match[str]) -> bool:
    """Whether a number is one of two or more ages listed after a plural noun for people (_PEOPLE_BEFORE_AGES)."""
    before = _PEOPLE_BEFORE_AGES.search(text, max(0, m.start() - 40), m.start())
    after = _AGES_AFTER.match(text, m.end())
    if before is None or after is None:
        return False
    noun = singular(before[1])
    listed = any(ch.isdigit() for ch in text[before.end(1) : m.start()] + after.group())
    return listed and noun != before[1] and noun in _AGED_PEOPLE


def _bracketed_after_title(text: str, m: re.Match[str]) -> bool:
    """Whether a number stands in brackets after a titled name: "Mr. Lee (33)"."""
    return text.startswith(")", m.end()) and bool(
        _NAME_BEFORE_BRACKETED.search(text, max(0, m.start() - 40), m.start())
    )


PEOPLE_REACH = 400  # characters before a list of names and numbers in which a plural noun for people says they are ages


def _people_before(text: str, pos: int) -> bool:
    """Whether a plural noun for people stands shortly before `pos` ("The freed hostages were …", "four hostages …
    They are: …"): a list of names and numbers after it gives their ages, not scores, seats or tolls."""
    return any(
        _plurality(w) == "plural" and singular(w) in _LISTED_PEOPLE
        for w in _LOWER_WORDS.findall(text, max(0, pos - PEOPLE_REACH), pos)
    )


def _listed_age(text: str, m: re.Match[str]) -> bool:
    """Whether a number after a full name ends as an age in a list does, after a plural noun for people: before a
    semicolon, a dash or "and" and the next name, or ending the sentence after another name's age ("North Carolina,
    96; South Carolina, 49" are tolls)."""
    if not _FULL_NAME_BEFORE_AGE.search(text, max(0, m.start() - 50), m.start()) or not _people_before(text, m.start()):
        return False
    return bool(
        _LISTED_AGE_AFTER.match(text, m.end())
        or (_AGE_ENDING.match(text, m.end()) and _LISTED_AGE_BEFORE.search(text, max(0, m.start() - 100), m.start()))
    )


def _bracketed_in_list(text: str, m: re.Match[str]) -> bool:
    """Whether a number stands in brackets after a full name, in a list of names each with one after a plural noun for
    people: "The freed hostages were Noa Lee (25), Tom Lu (40)" (one alone may be a count: "Manchester United (3)")."""
    if not (text.startswith(")", m.end()) and _NAME_BRACKETED.search(text, max(0, m.start() - 60), m.start())):
        return False
    if not _people_before(text, m.start()):
        return False  # "Virat Kohli (85) and KL Rahul (97)": runs
    return bool(
        _BRACKETED_AGE_BEFORE.search(text, max(0, m.start() - 90), m.start())
        or _BRACKETED_AGE_AFTER.match(text, m.end())
    )


def _tolled(text: str, m: re.Match[str]) -> bool:
    """Whether a toll, a tally or a population names the number right before it, with no other clause between them
    ("the toll is unclear, and the price of bread … rose to 45" is no toll)."""
    lo = max(0, m.start() - TOLL_REACH)
    if not opens(_TOLL_WORDS, text, folded(text, lo, m.start()), lo, m.start()):
        return False
    toll = _TOLL_BEFORE.search(text, lo, m.start()) or _POPULATION_CHANGE.search(text, lo, m.start())
    return toll is not None and not _CLAUSE_JOIN.search(toll.group())


def _rate_base(text: str, m: re.Match[str]) -> bool:
    """Whether a number is the base of a rate: after "per", or a power of ten after "every" (not "one share for every
    22.48 shares": a ratio's own figure)."""
    previous = _previous_word(text, m.start())
    if previous == "per":
        return True
    value = parse_number(m["num"]) if previous == "every" and m["num"] else None
    return value is not None and value >= 10 and math.log10(value).is_integer()


_NAME_PART_BEFORE = re.compile(r"\b([A-Z][a-z'’-]+)[^\S\n]+\Z")
_NOT_GIVEN_NAMES = frozenset("in on by since until from last early late mid of during before after next this".split())


def _named_before_age(text: str, m: re.Match[str]) -> bool:
    """Whether a person stands before a number between commas: a name or a noun for a person ("the other suspect")."""
    name = _NAME_BEFORE_AGE.search(text, max(0, m.start() - 40), m.start())
    if name is None:
        return False
    if name.group().rstrip(", ").capitalize() in _NOT_NAMES:  # "in Jan, 22" is no age; "Almog Meir Jan, 22" is
        given = _NAME_PART_BEFORE.search(text, max(0, name.start() - 30), name.start())
        if given is None or given[1].lower() in _NOT_GIVEN_NAMES:
            return False
    return not name["noun"] or name["noun"] in PERSON_NOUNS or name["noun"] in _PEOPLE_OF_AN_AGE


def _figure(text: str, m: re.Match[str], index: SentenceIndex, counts: list[Candidate]):
    """(kind, start, end, value, unit) of the figure made by the number matched by `m`, or None."""
    if m["num"]:
        money = money_at(text, m.start(), m.end())
        if money:
            return "money", *money
        percent = _PERCENT.match(text, m.end())
        if percent:
            value = parse_number(m["num"])
            return None if value is None else ("percent", m.start(), percent.end(), value, None)
        basis = _BASIS_POINTS.match(text, m.end())
        if basis:  # "50 basis points", "the 25 basis point cut": a change in points of a percentage, told in hundredths
            value = parse_number(m["num"])
            return None if value is None else ("percent", m.start(), basis.end(), value / 100, None)
        ranged = _RANGE_TO.match(text, m.end())
        second = ranged and _NUMBER.match(text, ranged.end())
        if second and second["num"] and _PERCENT.match(text, second.end()):  # "from 5-1/4 to 5-1/2 percent"
            value = parse_number(m["num"])
            return None if value is None else ("percent", m.start(), m.end(), value, None)
    if m["num"] and m["num"][0].isdigit():
        value = parse_number(m["num"])
        before = _MAGNITUDE_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if before and (not before["of"] or (value is not None and value < MAX_MAGNITUDE)):
            return None if value is None else ("quantity", before.start(), m.end(), value, "magnitude")
        if _MAGNITUDE_RANGE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return None if value is None else ("quantity", m.start(), m.end(), value, "magnitude")
    if _rate_base(text, m):
        return None  # "a birth rate per 1,000 people", "for every 1,000 women": the base of a rate, no count
    count = (
        _age(text, m)
        or _count(text, m)
        or _copula(text, m)
        or _referring(text, m, index, counts)
        or _bare(text, m, index, counts)
    )
    return count and ("quantity", m.start(), *_speed(text, *count))


_PER_HOUR = re.compile(rf"{_S}(?:per|an|a){_S}hour\b", re.I)
_SPEED_OF = {"mile": "mph", "kilometre": "km/h", "kilometer": "km/h", "km": "km/h"}


def _speed(text: str, end: int, value: float, unit: str | None) -> tuple[int, float, str | None]:
    """A distance per hour is a speed: "185 miles per hour" is 185 mph, "150 kilometres an hour" 150 km/h."""
    per_hour = _PER_HOUR.match(text, end) if unit in _SPEED_OF else None
    return (per_hour.end(), value, _SPEED_OF[unit]) if per_hour and unit else (end, value, unit)


def _copula(text: str, m: re.Match[str]):
    """(end, value, unit) of a number whose noun follows a copula: "22 were children"."""
    value = parse_number(m["num"]) if m["num"] else None
    copula = _COPULA_NOUN.match(text, m.end())
    if value is None or copula is None:
        return None
    words = (copula["noun"],) if copula["noun"] in _NO_MODIFIER else (copula["noun"], copula["after"])
    noun = next((w for w in words if w and _plurality(w) == "plural"), None)  # not "12, 13 and 14 were the dates"
    return None if noun is None else (m.end(), value, singular(noun))


def _earlier_counts(text: str, m: re.Match[str], index: SentenceIndex, counts: list[Candidate]) -> Iterator[Candidate]:
    """The counts before `m` in its sentence or the one before it, in its paragraph, nearest first (not an age nor
    a span of years: no count)."""
    sentence_start = index.sentence_at(m.start())[0]
    previous_start = index.sentence_at(sentence_start - 1)[0] if sentence_start > 0 else 0
    floor = max(previous_start, text.rfind("\n\n", 0, m.start()) + 1)
    for c in reversed(counts):
        if c.start < floor:
            break
        if c.end <= m.start() and c.unit not in _NO_COUNT_UNITS:
            yield c


def _earlier_unit(text: str, m: re.Match[str], index: SentenceIndex, counts: list[Candidate]) -> str | None:
    """The unit of the last count before `m` in its sentence or the one before it, in its paragraph."""
    return next((c.unit for c in _earlier_counts(text, m, index, counts)), None)


def _measured_unit(unit: str) -> bool:
    """A unit of measure (a time, a length, a speed …) or a magnitude, not something counted."""
    return unit == "magnitude" or measure_of(unit) is not None


def _earlier_people(text: str, m: re.Match[str], index: SentenceIndex, counts: list[Candidate]) -> str:
    """Who a number a role follows counts ("one more died"): what the last count before it counts (_earlier_unit),
    else people; never a time or a length ("plunged 50 metres … and one was in critical condition")."""
    unit = _earlier_unit(text, m, index, counts)
    return unit if unit and not measure_of(unit) else "person"


_LEAD_WORDS = re.compile(r"(?:([a-z]{3,})[^\S\n]+)?([a-z]{2,})[^\S\n]+\Z")
_NO_LEAD = frozenset(
    "the and but than that its their his her our some about around nearly almost over was were is are be been being "
    "stood stands stand remained remains".split()
)  # no verb an ellipsis repeats: "the toll stood at 40 people. Inflation stood at 3" counts no people
_PREPOSITIONS = frozenset("on in at for of to by with from".split())


def _lead(text: str, start: int) -> str | None:
    """The verb (with its preposition: "convicted on") right before a number, which an ellipsis repeats."""
    m = _LEAD_WORDS.search(text, max(0, start - 40), start)
    if m is None or m[2] in _NO_LEAD:
        return None
    if m[2] in _PREPOSITIONS:
        return f"{m[1]} {m[2]}" if m[1] and m[1] not in _NO_LEAD else None
    return m[2]


def _parallel_unit(text: str, m: re.Match[str], index: SentenceIndex, counts: list[Candidate]) -> str | None:
    """The unit of an earlier count in the passage that the same verb led ("England scored 15 runs. New Zealand
    too scored 15", "convicted on 11 charges, while his wife was convicted on eight"): the ellipsis counts it."""
    lead = _lead(text, m.start())
    if lead is None or _subject_noun(text, m.start() - len(lead) - 1) in _MEASURED_SUBJECTS:
        return None  # not "Shares rose 1,500" after "claims rose 13,000"
    value = parse_number(m["num"]) or 0
    return next(
        (
            c.unit
            for c in _earlier_counts(text, m, index, counts)
            if c.unit and _lead(text, c.start) == lead and _of_a_size(value, c.value)
        ),
        None,
    )


# A share of a breakdown by place that leaves out its verb: "10 are treated at the burn unit and two at DMCH".
ELIDED_BEFORE = re.compile(r"\b(?i:and|while|with)[^\S\n]+\Z")
AT_A_PLACE = r"(?:at|in|to)[^\S\n]+(?:the[^\S\n]+)?[A-Z]"  # "at the Ostra burn unit", "to Velm Hospital"
_AT_A_PLACE = re.compile(rf"[^\S\n]+{AT_A_PLACE}")


def _elided_share(text: str, m: re.Match[str], index: SentenceIndex, counts: list[Candidate]) -> str | None:
    """The unit of the count a bare number continues as another place's share, its verb left out: after "and", before
    "at X", with the count before it in its sentence and that count's place between them (no other figure)."""
    if not ELIDED_BEFORE.search(text, max(0, m.start() - 6), m.start()) or not _AT_A_PLACE.match(text, m.end()):
        return None
    last = next(_earlier_counts(text, m, index, counts), None)
    if last is None or not last.unit or last.start < index.sentence_at(m.start())[0] or _measured_unit(last.unit):
        return None
    between = text[last.end : m.start()]
    return last.unit if _AT_A_PLACE.search(between) and not any(ch.isdigit() for ch in between) else None


def _of_a_size(value: float, other: object) -> bool:
    """Whether a bare number is of about the size of the count it goes on counting (CHANGE_SPAN)."""
    size = other if isinstance(other, (int, float)) else 0
    return value > 0 and size > 0 and size / CHANGE_SPAN <= value <= size * CHANGE_SPAN


_SCALED = re.compile(
    r"(?i:\b(?:thousand|million|billion|trillion|lakh|crore|mln|bln|trln)|(?<=[0-9])(?:mln|bln|trln))|[0-9](?:m|mn|bn|b|k)\b"
)  # not "3M"


_NO_ONE = frozenset("no any every some each not which single".split())
_ONE_MORE = re.compile(
    rf"(?:{_S}(?:more|other))?(?:{_S}(?:was|has|had|is|been|also|later|reportedly|confirmed)){{0,3}}{_S}"
    r"(?:died|killed|dead|injured|wounded|hurt|missing|rescued|drowned|arrested"
    rf"|in{_S}(?:a{_S})?(?:critical|serious|stable|grave){_S}condition)\b"
)


def _one_more(text: str, m: re.Match[str], index: SentenceIndex, counts: list[Candidate]):
    """(end, 1, unit) of a "one" whose role follows it ("one more died", "one was killed", "one other was injured"):
    one of what the passage counted before, else one person; None for any other bare "one"."""
    if not m["num"] or not m["num"].isalpha() or _ONE_MORE.match(text, m.end()) is None:
        return None
    if _previous_word(text, m.start()) in _NO_ONE or text[m.start() - 1 : m.start()] == "-":
        return None  # "no one died", "not one was hurt", "which one was killed", "no-one": no count
    more = _MORE_OR_OTHER.match(text, m.end())
    return (more.end() if more else m.end()), 1, _earlier_people(text, m, index, counts)


_TALLIED = frozenset({"seat", "vote", "mandate", "delegate"})  # what a bracketed list after a count may count
# The close of a bracketed number in a list of counts ("VVD (24), followed by NSC (20)."; not "(2) spending": a label)
_LISTED_AFTER = re.compile(r"\)(?:[,.;]|[^\S\n]+(?:and|or|followed|while|with|in)\b|[^\S\n]*$)", re.MULTILINE)
# A bare number of a group of one fate: "19 of those injured", "three of the dead": people, whatever an earlier count
# in the passage counted.
OF_A_FATE = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:those|the)[^\S\n]+"
    r"(?P<fate>injured|wounded|hurt|dead|killed|missing|hospitali[sz]ed|victims|deceased)\b",
    re.IGNORECASE,
)


def _bare(text: str, m: re.Match[str], index: SentenceIndex, counts: list[Candidate]):
    """(end, value, unit) of a number with no noun after it that still counts something: those a role
    or toll next to it names (people, unless an earlier count in the passage says who), those counted
    just before ("15 others", "18 more"), or the first end of a range whose second end has the noun."""
    value = parse_number(m["num"]) if m["num"] else None
    if value is None or _previous_word(text, m.start()) in _LABELS:
        return None
    if value == 1:  # "one more died", "one was killed": one person a role names; else "one" is no count
        return _one_more(text, m, index, counts)
    ranged = _RANGE_NEXT.match(text, m.end())
    if ranged and (_RANGE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or "and" not in ranged.group()):
        second = _NUMBER.match(text, ranged.end())
        head = second and second["num"] and _plural_head(text, second.end())
        if head:
            return m.end(), value, head[1]
        if second and second["num"] and _ROLE_AFTER.match(text, second.end()):  # "110,000 to 150,000 attended"
            return m.end(), value, "person"
    if OF_A_FATE.match(text, m.end()):
        return m.end(), value, "person"
    if (
        not _YEAR_LIKE.fullmatch(m["num"])
        and text[m.start() - 1 : m.start()] == "("
        and _LISTED_AFTER.match(text, m.end())
        and (unit := _earlier_unit(text, m, index, counts)) in _TALLIED
    ):  # "the PVV won 37 seats, GroenLinks-PvdA (25), VVD (24)": a list of parties' seats or votes (not "John Murphy
        # (45)", an age; "2,300 people (2,100)", last year's; "Saka (23)", a minute; "Alcaraz (3)", a seed)
        return m.end(), value, unit
    referent = _REFERENT.match(text, m.end())
    if referent:
        return referent.end(), value, _earlier_unit(text, m, index, counts) or "person"
    year_like = _YEAR_LIKE.fullmatch(m["num"]) is not None  # "won in 2019" repeats no count
    if not year_like and (
        (_WHO_AFTER.match(text, m.end()) and _COUNTED_BEFORE.search(text, max(0, m.start() - 12), m.start()))
        or _REMAINING_BEFORE.search(text, max(0, m.start() - 20), m.start())
        or (_ANOTHER_BEFORE.search(text, max(0, m.start() - 20), m.start()) and not _ROLE_AFTER.match(text, m.end()))
    ):  # "out of 75 who were in the area", "the 12 who died"; "the remaining 26", "another 135" (not "another 40 were
        # injured" after "300 homes": people a role names, below)
        return m.end(), value, _earlier_unit(text, m, index, counts) or "person"
    if (
        not year_like
        and _PRONOUN_CLAUSE_AFTER.match(text, m.end())
        and _THE_BEFORE.search(text, max(0, m.start() - 8), m.start())
        and (unit := _earlier_unit(text, m, index, counts))
    ):  # "won 37 seats, more than double the 17 he won at the last election"
        return m.end(), value, unit
    role = _ROLE_AFTER.match(text, m.end())
    if role:
        words = role.group().split()
        end = (
            m.end() + role.group().index(words[0]) + len(words[0])
            if words[0].lower() in ("others", "more")
            else m.end()
        )
        unit = _earlier_unit(text, m, index, counts) if end > m.end() else None
        return end, value, unit or "person"
    if _ROLE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return m.end(), value, "person"
    numbering = _NUMBERING_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if numbering and _plurality(numbering[1]) == "plural":
        return m.end(), value, singular(numbering[1])  # "Boeing machinists, numbering around 33,000"
    if _tolled(text, m):
        # "the Black Caps' total of 241" where the article counts scores, "bowled out for a total of 241" where it
        # counts runs: what it counts; "the toll rose to 61": people
        side = _SIDES_TOTAL.search(text, max(0, m.start() - 30), m.start())
        innings = not side and _INNINGS_TOTAL.search(text, max(0, m.start() - 30), m.start())
        unit = _score_unit(counts, text) if side or innings else None
        return m.end(), value, (unit if side or unit == "run" else None) or "person"
    if (_SCORED_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _NOT_OUT.match(text, m.end())) and (
        unit := _score_unit(counts, text)
    ):  # "England scored 15 in their super over", "Stokes, 84 not out": what the article's scores count
        return m.end(), value, unit
    if _SCALED.search(m["num"]) or _forecast_by(text, m, value):
        # "forecasts of 40 million", "the 48 million sold", "the 190,000 forecasters anticipated": of what came before
        # (a figure with a fraction, only what one of its size counted: "34.4 hours … the 34.3 economists had expected")
        last = next(_earlier_counts(text, m, index, counts), None)
        fits = float(value).is_integer() or (last is not None and _of_a_size(value, last.value))
        return m.end(), value, last.unit if last is not None and fits else None
    if (earlier := _FROM_EARLIER.search(text, max(0, m.start() - 8), m.start())) and counts:
        last = counts[-1]  # "upped to 18 from 15", "6.3, 5.9 and 5.5": of the same as the count right before
        # a list carries on a measure only ("two men, 19 and 22": ages)
        if last.end == earlier.start() + 1 and last.unit and (earlier["was"] or _measured_unit(last.unit)):
            return m.end(), value, last.unit
    if not year_like and (unit := _elided_share(text, m, index, counts)):
        return m.end(), value, unit
    if not year_like and (unit := _parallel_unit(text, m, index, counts) or _changed(text, m, value, index, counts)):
        return m.end(), value, unit
    if _TIMED.fullmatch(m["num"]) and _previous_word(text, m.start()) in _TIMED_BY:
        unit = _earlier_unit(text, m, index, counts)  # "won in 9.79 seconds … Kerley was third in 9.81"
        return (m.end(), value, unit) if unit in _SECONDS else None
    return None


# A plural noun's number told after it: "Boeing machinists, numbering around 33,000", "protesters, totalling 5,000".
_NUMBERING_BEFORE = re.compile(
    r"\b([a-z]+s),?[^\S\n]+(?:numbering|totall?ing|who[^\S\n]+number(?:ed)?)"
    r"(?:[^\S\n]+(?:about|around|some|nearly|almost|roughly|approximately|more[^\S\n]+than|over|at[^\S\n]+least))?"
    r"[^\S\n]+\Z"
)
# A change told by a bare number: "payrolls increased 517,000", "revised up by 34,000, from 256,000 to 290,000", "a
# 188,000 gain", "healthcare (+58,000)".
_RISING_OR_FALLING = "increased|rose|grew|fell|dropped|declined|decreased|slipped|climbed|jumped|surged|plunged"
_CHANGE_BEFORE = re.compile(
    rf"(?i:\b(?:{_RISING_OR_FALLING}|added|gained|shed|revised(?:[^\S\n]+(?:up|down|higher|lower|upward|downward))?)"
    r"(?:[^\S\n]+by)?(?:[^\S\n]+(?:about|some|nearly|almost|roughly|around|over|just))?)[^\S\n]*\Z"
)
_MEASURED_SUBJECTS = frozenset(
    "prices shares stocks bonds rates yields futures markets indexes indices earnings revenues sales profits exports "
    "imports costs wages values temperatures levels points rents fares bills fees salaries payments premiums".split()
)  # what changes by an amount, not a number of them
_RISING = re.compile(rf"(?i:{_RISING_OR_FALLING})\b")  # verbs whose subject is what changed, not who changed it
_SIGNED = re.compile(r"(?:\(\+|[+−-])[^\S\n]*\Z")  # "healthcare (+58,000)", "25 seats (+8 …)", "nine teams - seven …"
# A noun of change after a bare number ("a 188,000 gain"), read by alignment too.
CHANGE_AFTER = re.compile(r"(?i:[^\S\n]+(?:gain|increase|rise|drop|decline|fall|loss|jump|decrease|addition)s?\b)")
_CHANGE_RANGE = re.compile(
    r"(?i:\b(?:increased|rose|grew|added|gained|fell|dropped|declined|climbed|jumped|revised|higher|lower|up|down))\b"
    r"[^.;\n]{0,40}?\bfrom[^\S\n]+(?:[0-9][0-9,.]*[^\S\n]+to[^\S\n]+)?\Z"
)
LEAST_CHANGE = 1000  # a bare change told by a verb smaller than this is a price's, an index's or a temperature's
CHANGE_SPAN = 20  # how many times larger or smaller than the count it continues a bare change may be


def _subject_noun(text: str, verb: int) -> str:
    """The word right before a verb of change, lower case: its subject's noun when it is one ("payrolls")."""
    word = _previous_word(text, verb)
    return word if len(word) > 3 and word.isalpha() else ""


def _changed(text: str, m: re.Match[str], value: float, index: SentenceIndex, counts: list[Candidate]) -> str | None:
    """The unit of a bare number that tells a change, when of the size of the count it goes on counting: after a
    sign ("(+58,000)"), that of the passage's last count; of a thousand or more after a verb of change or before a
    noun of one ("payrolls increased 517,000", "a 260,000 gain", "from 256,000 to 290,000"), the article's last
    count's (smaller ones are prices, indexes and temperatures: "shares fell 20", "the Dow fell 400")."""
    start = m.start()
    verb = None
    if _SIGNED.search(text, max(0, start - 4), start):
        earlier: Iterable[Candidate] = _earlier_counts(text, m, index, counts)
    elif value >= LEAST_CHANGE and (
        (verb := _CHANGE_BEFORE.search(text, max(0, start - 40), start))
        or CHANGE_AFTER.match(text, m.end())
        or _CHANGE_RANGE.search(text, max(0, start - 80), start)
    ):
        earlier = (c for c in reversed(counts) if c.end <= start and c.unit not in _NO_COUNT_UNITS)
    else:
        return None
    noun = _subject_noun(text, verb.start()) if verb else ""
    if noun in _MEASURED_SUBJECTS:
        return None  # "shares rose 1,500", "prices fell 2,000": an amount, no count
    for c in earlier:
        if c.unit and c.unit != "point":
            return c.unit if _of_a_size(value, c.value) else None
    if noun and verb and _RISING.match(verb.group()) and noun in _COUNTED_AS:
        return _COUNTED_AS[noun]  # "payroll employment increased by 517,000": jobs; "the population fell 850,000"
    if not (noun and verb and _RISING.match(verb.group()) and _plurality(noun) == "plural"):
        return None  # "Private employers added 497,000": who added, not what was added
    return singular(noun)  # "payrolls increased 517,000": payrolls


# Nouns of a whole that a change in its count counts in another noun: "employment increased by 517,000" (jobs).
_COUNTED_AS = {"employment": "job", "payroll": "job", "hiring": "job", "population": "person"}


_WHO_AFTER = re.compile(r"[^\S\n]+who[^\S\n]")  # after a determiner (_COUNTED_BEFORE): not "Channel 4 who spoke"
_DETERMINERS = "the|those|these|all"
_COUNTED_BEFORE = re.compile(rf"(?i:\b(?:{_DETERMINERS}|of|another|some))[^\S\n]+\Z")
# What a sport's scores count, and the words that tell a bare number is a score: "scored 15", "chasing 242", "fell for
# 17", "tied on 241", "84 not out".
_SCORE_UNITS = ("run", "point", "goal")
_SCORED_BEFORE = re.compile(
    r"\b(?:scored|scoring|chasing|chased|made|tied[^\S\n]+on|level[^\S\n]+on|(?:fell|out|folded|folded[^\S\n]+up|dismissed)"
    r"[^\S\n]+for|reply[^\S\n]+to[^\S\n]+(?:their|its|the))(?:[^\S\n]+(?:another|a|an)(?:[^\S\n]+(?:fighting|invaluable|unbeaten))?)?"
    r"[^\S\n]+\Z"
)
_NOT_OUT = re.compile(r"[^\S\n]+not[^\S\n]+out\b")
# A side's total: "the Black Caps' total of 241", "posted a total of 241 for eight", a player's "career total of
# 38,390"; an innings' ("bowled out for a total of 241"), only where the article counts runs.
_SIDES_TOTAL = re.compile(
    r"(?:(?:['’]s?|\btheir|\bits)[^\S\n]+|\b(?:posted|made|scored|set|amassed|compiled)[^\S\n]+a[^\S\n]+"
    r"|\b(?:career|season|scoring)[^\S\n]+)total[^\S\n]+of[^\S\n]+\Z"
)
_INNINGS_TOTAL = re.compile(r"\b(?:bowled|all)[^\S\n]+out[^\S\n]+for[^\S\n]+a[^\S\n]+total[^\S\n]+of[^\S\n]+\Z")


def _score_unit(counts: list[Candidate], text: str) -> str | None:
    """What the article's scores count, when its earlier counts are of a sport's scores ("241 runs"): runs, points
    or goals, the most counted; with none yet, runs where it counts runs anywhere ("Both sides scored 241 … 15 runs")."""
    scored = Counter(c.unit for c in counts if c.unit in _SCORE_UNITS)
    if scored:
        return scored.most_common(1)[0][0]
    return "run" if _RUNS_IN_TEXT.search(text) else None  # points and goals count too much else (a league's table)


_RUNS_IN_TEXT = re.compile(r"[0-9][^\S\n]+runs\b")


_PRONOUN_CLAUSE_AFTER = re.compile(r"[^\S\n]+(?:he|she|they|we|it)[^\S\n]+(?:had[^\S\n]+|have[^\S\n]+)?[a-z]{3,}\b")
_THE_BEFORE = re.compile(rf"(?i:\b(?:{_DETERMINERS}))[^\S\n]+\Z")
_REMAINING_BEFORE = re.compile(r"\bthe[^\S\n]+(?:remaining|other)[^\S\n]+\Z", re.IGNORECASE)
_ANOTHER_BEFORE = re.compile(r"\b(?:another|an[^\S\n]+additional|a[^\S\n]+further)[^\S\n]+\Z", re.IGNORECASE)
_YEAR_LIKE = re.compile(r"(?:1[89]|2[01])[0-9]{2}")  # "won in 2019" repeats no count
_TIMED = re.compile(r"[0-9]{1,3}\.[0-9]{2,3}")  # a result to the hundredth or thousandth
# Right after a count: what it was before ("upped to 18 from 15") or the next of a list ("magnitudes of 6.3, 5.9 and 5.5").
_FROM_EARLIER = re.compile(r"[0-9](?:[^\S\n]+(?P<was>from)|,?[^\S\n]+(?:and|or)|,)[^\S\n]+\Z")
_TIMED_BY = frozenset("in at with clocked timed ran run".split())


# A fraction of a (percentage) point, the way rate changes are written: "a quarter-point rise",
# "half a percentage point", "three-quarters of a point".
_POINT_FRACTION = re.compile(
    r"(?i:(?=[aoqthfsen])\b(?:(?:(?:a|one|three)[-\s])?(?P<fraction>quarters?|half)(?:[-\s](?:of[-\s])?a)?[-\s]"
    r"(?:percentage[-\s])?points?"
    r"|(?P<tenths>one|two|three|four|five|six|seven|eight|nine)[-\s]tenths?[-\s]of[-\s]a[-\s]"
    r"(?:percentage[-\s]point|percent|per[-\s]?cent))\b)"
)  # "a quarter-point rise", "half a percentage point", "three-tenths of a percent"
_FRACTIONS = {"quarter": 0.25, "half": 0.5}


def _point_fractions(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    return _free_matches(article, index, taken, lo, hi, _POINT_FRACTION, _point_fraction)


def _point_fraction(m: re.Match[str]) -> tuple[str, float, None]:
    """A percentage (point) as "0.25 percentage points" is one."""
    if m["tenths"]:
        return "percent", (parse_number(m["tenths"]) or 0) / 10, None
    value = _FRACTIONS[m["fraction"].lower().rstrip("s")]
    return "percent", value * 3 if m.group().lower().startswith("three") else value, None


# A share written in words: "half of", "a third of", "two-thirds of", "three-quarters of" (not "a quarter of a
# century"), "one in five voters".
_SHARE = re.compile(
    r"(?=[hHaAoOtTfFsSeEnN0-9])\b(?<!first )(?<!second )(?<!latter )(?<!other )(?<!back )(?<!front )(?<!final )"
    r"(?i:(?P<fraction>half|(?:a|one)[-\s]third|two[-\s]thirds|(?:a|one)[-\s]quarter"
    r"|three[-\s]quarters)(?=[^\S\n]+of[^\S\n]+(?!an?\b|the[^\S\n]+(?:way|year|season|month|match|game|century|decade)\b)\w)"
    rf"|(?P<n>{_SMALL}|[0-9]{{1,2}})[^\S\n]+(?:in[^\S\n]+(?P<d>{_SMALL})\b(?=[^\S\n]+[a-z])"
    rf"|out[^\S\n]+of(?:[^\S\n]+every)?[^\S\n]+(?P<whole>{_SMALL}|[0-9]{{1,3}})\b(?=[^\S\n]+of\b)))"
)  # "one in three adults"; "four out of (every) five of the deaths", "nine out of 10 of them" (not "two out of three
# voters": a part and its whole)
_SHARES = {"half": 50, "third": 100 / 3, "thirds": 200 / 3, "quarter": 25, "quarters": 75}


def _shares(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    """Shares written in words, as percentages (_SHARE): "three-quarters of the public" is 75%."""

    def read(m: re.Match[str]) -> tuple[str, float, None] | None:
        if m["fraction"]:
            value: float = _SHARES[re.split(r"[-\s]", m["fraction"].lower())[-1]]
        elif (n := parse_number(m["n"])) is not None and (d := parse_number(m["d"] or m["whole"])):
            value = 100 * n / d
        else:
            return None
        return "percent", round(value, 1), None

    return _hedged(article.text, _free_matches(article, index, taken, lo, hi, _SHARE, read))


# A group named before the number of its members: "a convoy of 12", "an all-Indian crew of 22" (not "a group of 20
# students": the noun after the number is what it counts).
_GROUP_OF = re.compile(
    rf"(?=[cCtTdDgGsSfF])\b(?P<group>convoy|crew|team|delegation|group|contingent|squad|fleet)[^\S\n]+of[^\S\n]+"
    rf"(?P<num>{NUMBER})(?![^\S\n]*[-‐‑]|[^\S\n]+[A-Z][a-z])"
)
_MEMBERS = {"convoy": "vehicle", "fleet": "vehicle"}  # what a group is made of; the others, people


def _groups_of(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    """Groups before the number of their members (_GROUP_OF), as counts of what the group is made of."""

    def read(m: re.Match[str]) -> tuple[str, float, str] | None:
        value = parse_number(m["num"])
        if value is None or value < 2 or _plural_head(article.text, m.end()):
            return None  # "a group of 20 students": the students are counted
        return "quantity", value, _MEMBERS.get(m["group"].lower(), "person")

    return _hedged(article.text, _free_matches(article, index, taken, lo, hi, _GROUP_OF, read))


# What one thing of two parts is named as a pair of (as singular() gives it): "a pair of jeans", "a pair of sunglasses".
_PAIRED = frozenset(
    "jean trouser pant short glass sunglass spectacle goggle binocular scissor plier tong tweezer shoe boot sneaker "
    "trainer sandal sock glove mitten earring handcuff headphone earphone ski tight".split()
)
# Two of what follows: "a pair of extensions", "a pair of Georgia poll workers".
_PAIR_OF = re.compile(r"(?=[aA])\b[aA][^\S\n]+pair[^\S\n]+of(?=[^\S\n])")


def _pairs(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    """ "A pair of" and the plural noun after it, as a count of two of them."""
    text, found = article.text, []
    for m in _PAIR_OF.finditer(text, lo, hi):
        head = _plural_head(text, m.end())
        if head is None or head[1] in _PAIRED or taken.overlaps(m.start(), head[0]):
            continue  # "a pair of jeans" is one thing
        taken.add(m.start(), head[0])
        found.append(
            Candidate(
                article.id,
                m.start(),
                head[0],
                text[m.start() : head[0]],
                "quantity",
                2,
                index.sentence_at(m.start()),
                head[1],
            )
        )
    return found


def _free_matches(
    article: Article,
    index: SentenceIndex,
    taken: Spans,
    lo: int,
    hi: int,
    pattern: re.Pattern[str],
    read: Callable[[re.Match[str]], tuple[str, float, str | None] | None],
) -> list[Candidate]:
    """A candidate for each match of `pattern` that overlaps nothing `taken` and that `read` gives (kind, value,
    unit) for; each marks its span taken."""
    found = []
    for m in pattern.finditer(article.text, lo, hi):
        if taken.overlaps(*m.span()) or (got := read(m)) is None:
            continue
        taken.add(*m.span())
        kind, value, unit = got
        found.append(
            Candidate(article.id, m.start(), m.end(), m.group(), kind, value, index.sentence_at(m.start()), unit)
        )
    return found


# An ordinal before what it ranks: "the 11th rate increase", "its eleventh hike", "a third straight month".
# "first" and "last" are left out: they rank nearly everything ("for the first time").
_ORDINAL_WORDS = {
    word: n
    for n, word in enumerate(
        """second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
        fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split(),
        2,
    )
} | {"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100}
# Each of the ordinal words holds one of these (a gate's words).
_ORDINAL_STEMS = (
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth teenth tieth hundredth".split()
)
_ORDINAL_AFTER = "|".join(rf"(?<=\b{word} )" for word in ("the", "its", "his", "her", "their", "a", "an"))
_ORDINAL = re.compile(
    rf"(?=[0-9{''.join(sorted({word[0] for word in _ORDINAL_WORDS}))}])"  # what may start one: a fast scan
    rf"(?<![\w.,:/$-])(?:(?P<num>[0-9]{{1,4}})(?:st|nd|rd|th)"
    rf"|(?:{_ORDINAL_AFTER})(?P<word>{'|'.join(_ORDINAL_WORDS)})"
    rf"|(?<=[a-z] )(?P<after>{'|'.join(w for w in _ORDINAL_WORDS if w != 'second')})"  # "a remarkable sixth win"
    r"(?![^\S\n]+(?:at|on|with|for|by|from|after|before|since|during|place)\b))"  # not "came in third at 9.81"
    rf"(?=[^\S\n]+(?:[A-Z][\w.’'-]*[^\S\n]+){{0,3}}[a-z][a-z-]*\b"
    rf"|[^\S\n]+(?:[A-Z][\w.’'-]*[^\S\n]*){{1,3}}(?:\n|\Z))"  # a title-case headline's "15th European Cup"
    # "16th outbreak", "16th Ebola outbreak", "24th Grand Slam title"; not "a second over Thompson" (a time)
    r"(?![^\S\n]+(?:of|to|in|and|or|over|ahead|behind|off|faster|slower|later|earlier|per)\b)"
)


def _ordinals(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    """Ordinals before the noun they rank, as quantities with the unit "ordinal" (a rank is no count)."""
    return _free_matches(article, index, taken, lo, hi, _ORDINAL, _ordinal)


def _ordinal(m: re.Match[str]) -> tuple[str, float, str] | None:
    value = int(m["num"]) if m["num"] else _ORDINAL_WORDS[m["word"] or m["after"]]
    if _MINUTE_AFTER.match(m.string, m.end()):
        return "quantity", value, "minute"  # "in the 74th minute": a match's time, as "on 74 minutes" is
    return ("quantity", value, "ordinal") if value >= 2 else None


_MINUTE_AFTER = re.compile(r"[^\S\n]+minute\b")


# A vote's tally: "voted 216-210", "a 216-210 vote", "by a vote of 52 to 48"; in words, of a vote only: "by a vote of
# four to one", "a majority of five-to-four".
_TALLY = re.compile(
    rf"(?=[0-9a-zA-Z])(?<![\w.,:/-])(?P<yes>[0-9]{{1,4}}|(?i:{_SMALL}))(?P<sep>-to-|[-–]|[^\S\n]+to[^\S\n]+)"
    rf"(?P<no>[0-9]{{1,4}}|(?i:{_SMALL}))(?![\w-]|[.,:/][0-9])"
)
_VOTE = re.compile(r"(?i:\bvot(?:e|es|ed|ing)\b)")
# A chamber's (or a court's) verb right before a tally makes it a vote too: "the motion was adopted 216 to 210", "the
# court ruled 6-3".
_CHAMBER_VERB = re.compile(r"(?i:\b(?:passed|adopted|approved|rejected|defeated|ruled))[^\S\n]+\Z")
# A tally in words is a vote's where a vote (or a majority) is named just before it and it ends its phrase, or a vote or
# a ruling is named right after it: "by a vote of four to one,", "a majority of five-to-four to cut", "in a five-to-four
# decision" (not "a vote … in two to three weeks", "voted the team's four to one win").
WORD_TALLY_REACH = 30  # characters before a tally in words in which its vote is named
_WORD_TALLY_BEFORE = re.compile(
    r"(?i:\b(?:votes?[^\S\n]+of|voted(?:[^\S\n]+by)?|majority[^\S\n]+of|ruled|margin[^\S\n]+of)(?:[^\S\n]+a)?)[^\S\n]+\Z"
)  # right before the tally: "by a vote of", "a majority of", "voted", "ruled"
_WORD_TALLY_AFTER = re.compile(r"[^\S\n]*(?:[,.;:)]|\Z|(?:to|in|on|for|against|with)\b)")
_WORD_TALLY_NOUN = re.compile(r"[^\S\n]+(?:decision|vote|votes|ruling|majority|verdict)\b")
# A dollar sign with its country after it, glued to the number: "$US20,000", "$A1.5 million".
_GLUED_DOLLAR = re.compile(
    rf"\$(?P<code>US|A|NZ|C|HK|S)[^\S\n]?(?P<num>(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?:\.[0-9]+)?{SCALE}?)(?![0-9])"
)
_DOLLAR_CODES = {"US": "USD", "A": "AUD", "NZ": "NZD", "C": "CAD", "HK": "HKD", "S": "SGD"}


def _glued_dollars(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    return _free_matches(article, index, taken, lo, hi, _GLUED_DOLLAR, _glued_dollar)


def _glued_dollar(m: re.Match[str]) -> tuple[str, float, str] | None:
    value = parse_number(m["num"])
    return None if value is None else ("money", value, _DOLLAR_CODES[m["code"]])


# A match's result: a score with its result noun after it ("a 12-11 victory", "the 29-28 win"), a result verb before
# it ("beating New Zealand 12-11", "drew 1-1"), or between the two sides' names ("New Zealand 11-12 South Africa").
_RESULT_AFTER = re.compile(
    r"[^\S\n]+(?:win|wins|victory|defeat|loss|lead|draw|triumph|success|scoreline|thrashing|drubbing|rout|home|away"
    r"|nail-?biter|thriller|half-?time)\b"
)
_RESULT_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeating|edged|edging|won|winning|lost|losing|drew|drawing|tied|thrashed|"
    r"downed|routed|overcame)(?:[^\S\n]+[\w.'’-]+){0,4}?[^\S\n]+\Z"
)
# A side's lead right before a score, in a passage of a match's play (_PLAY): "Velm led 12-6 at half-time", "Down 0-6,
# Tamsa fought back" (not "led the 9-11 commission", nor "the court, led 6-3 by conservatives").
_LEAD_BEFORE = re.compile(r"\b(?:trailed|trailing|led|leading|(?i:down))(?:[^\S\n]+by)?[^\S\n]+\Z")
_SIDE_BEFORE = re.compile(r"[A-Z][\w.'’-]*[^\S\n]+\Z")
_SIDE_AFTER = re.compile(r"[^\S\n]+[A-Z]")
_SPORT = re.compile(
    r"(?i:\b(?:match|game|final|semi-?final|quarter-?final|league|cup|tournament|championship|derby|score[ds]?|"
    r"win|wins|won|victory|defeat|beat|draw|drew|half-?time|innings|goals?|points|tries|season|triumph|title))\b"
)  # two sides' names around a score are a match's only in a sentence of sport (not "a Boeing 737-9 Max jet")


SPORT_REACH = 160  # characters after a score in which its sentence says it is sport's
LEAD_REACH = 1500  # characters before a side's lead ("Down 0-6") in which its passage says it is sport's
# Words of a match's play (not "victory" or "won": a court's ruling and a debate have those).
_PLAY = re.compile(
    r"(?i:\b(?:half-?time|innings|inning|overs|wickets?|tries|penalties|goals?|kick-?off|scrum|touchdowns?|"
    r"free[^\S\n]+kick|red[^\S\n]+card|sin-?binned|match|game|(?:first|second|third|fourth|fifth|the)[^\S\n]+set))\b"
)


def _scoreline(text: str, m: re.Match[str], sentence_start: int) -> bool:
    """Whether a tally written with a dash is a match's result (_RESULT_AFTER, _RESULT_BEFORE): its two ends count
    the points (goals, runs) of each side."""
    if len(m["yes"]) > 3 or len(m["no"]) > 3:
        return False  # "2023-24": a season
    return bool(
        _RESULT_AFTER.match(text, m.end())
        or _RESULT_BEFORE.search(text, max(sentence_start, m.start() - 60), m.start())
        or (  # a lead in a story of sport: its passage before speaks of a match's play
            _LEAD_BEFORE.search(text, max(sentence_start, m.start() - 20), m.start())
            and _PLAY.search(text, max(0, m.start() - LEAD_REACH), m.end() + SPORT_REACH)
        )
        or (
            _SIDE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            and _SIDE_AFTER.match(text, m.end())
            and _SPORT.search(text, sentence_start, m.end() + SPORT_REACH)
        )
    )


def _tallies(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    """Both ends of a tally of shares as percentages ("41-to-59 per cent"), of a vote's tally as counts of votes,
    where a vote is named next to it, both ends of a match's
    result as points, and both ends of a range written with a dash ("7-10 years", "20–30 homes") as counts of the
    noun after it."""
    text, found = article.text, []
    for m in _TALLY.finditer(text, lo, hi):
        if taken.overlaps(*m.span()):
            continue
        head = _plural_head(text, m.end()) if m["sep"] in "-–" else None
        sentence = index.sentence_at(m.start())
        near = text[max(sentence[0], m.start() - 30) : min(sentence[1], m.end() + 24)]
        ends: list[tuple[int, int, str | None]]
        kind = "quantity"
        if not (m["yes"].isdigit() and m["no"].isdigit()):
            if not _WORD_TALLY_NOUN.match(text, m.end()) and not (
                _WORD_TALLY_BEFORE.search(text, max(sentence[0], m.start() - WORD_TALLY_REACH), m.start())
                and _WORD_TALLY_AFTER.match(text, m.end())
            ):
                continue  # "four to six weeks", "a four to one win": a range or a score in words
            vote = True
        else:
            vote = bool(_VOTE.search(near) or (head is None and _CHAMBER_VERB.search(text, sentence[0], m.start())))
        if percent := _PERCENT.match(text, m.end()):  # "lost 41-to-59 per cent": two shares
            kind, ends = "percent", [(*m.span("yes"), None), (m.start("no"), percent.end(), None)]
        elif vote:
            ends = [(*m.span("yes"), "vote"), (*m.span("no"), "vote")]
        elif head is None and m["sep"] in "-–" and _scoreline(text, m, sentence[0]):
            ends = [(*m.span("yes"), "point"), (*m.span("no"), "point")]
        elif head is not None:
            ends = [(*m.span("yes"), head[1]), (m.start("no"), head[0], head[1])]
        else:
            continue
        for (start, end, unit), value in zip(ends, (parse_number(m["yes"]), parse_number(m["no"]))):
            found.append(Candidate(article.id, start, end, text[start:end], kind, value, sentence, unit))
        taken.add(m.start(), ends[-1][1])
    return found


# A percentage below zero ("from minus 0.1%", "from -0.1%") and both ends of a range of percentages written with
# a dash ("0-0.1 per cent", "5–7%"), which the plain number reader leaves (a number after a dash is no figure).
_PERCENT_FORMS = re.compile(
    rf"(?=[-−0-9mM])(?:(?P<minus>\b(?i:minus)[^\S\n]+|(?<![\w.,%)\]-])[-−](?=[0-9]))"
    rf"|(?<![\w.,:/-])(?P<low>[0-9]{{1,3}}(?:\.[0-9]+)?)[^\S\n]?[-–][^\S\n]?)"
    rf"(?P<num>[0-9]{{1,3}}(?:\.[0-9]+)?)(?![0-9]|[.,][0-9])(?:{_PERCENT.pattern})"
)


# A percentage with a decimal comma ("50,90%", "3,5 per cent"): one or two digits after it, which no thousands are
_DECIMAL_COMMA_PERCENT = re.compile(
    rf"(?=[0-9])(?<![\w.,:/-])(?<![0-9][^\S\n]to[^\S\n])(?P<whole>[0-9]{{1,2}}),(?P<part>[0-9]{{1,2}})(?![0-9]|[.,][0-9])(?:{_PERCENT.pattern})"
)


def _decimal_comma_percents(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    """Percentages with a decimal comma (_DECIMAL_COMMA_PERCENT)."""
    found = []
    for m in _DECIMAL_COMMA_PERCENT.finditer(article.text, lo, hi):
        if not taken.overlaps(*m.span()):
            value = float(f"{m['whole']}.{m['part']}")
            found.append(Candidate(article.id, *m.span(), m.group(), "percent", value, index.sentence_at(m.start())))
            taken.add(*m.span())
    return found


def _percent_forms(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    """Percentages below zero and both ends of a range of percentages written with a dash (_PERCENT_FORMS)."""
    text, found = article.text, []
    for m in _PERCENT_FORMS.finditer(text, lo, hi):
        value = parse_number(m["num"])
        if taken.overlaps(*m.span()) or value is None:
            continue
        sentence = index.sentence_at(m.start())
        if m["low"]:
            low = parse_number(m["low"])
            start = m.start("num")
            found.append(Candidate(article.id, *m.span("low"), m["low"], "percent", low, sentence))
            found.append(Candidate(article.id, start, m.end(), text[start : m.end()], "percent", value, sentence))
        else:
            found.append(Candidate(article.id, m.start(), m.end(), m.group(), "percent", -value, sentence))
        taken.add(*m.span())
    return found


# One side of a vote: "204 in favor and 85 against", "passed with 52 votes in favour", "204 voted for".
_VOTE_SIDE = re.compile(
    rf"(?=[0-9])(?<![\w.,:/-])(?P<num>[0-9]{{1,3}}(?:,[0-9]{{3}})?)(?:{_S}(?:votes?|ballots?|(?:deputies|lawmakers|"
    rf"legislators|members|MPs|senators|representatives|delegates|councillors|councilors)(?={_S}voted)))?"
    rf"{_S}(?:voted{_S}(?P<voted>for|in{_S}favou?r|against)|(?P<side>in{_S}favou?r|against))\b"
)  # "204 in favor", "85 against", "204 voted in favor", "85 voted against", "204 voted for", "204 deputies voted for"
_BALLOT = re.compile(r"(?i:\b(?:vot(?:e|es|ed|ing)|ballots?|motion|abstain\w*|abstentions?|in[^\S\n]+favou?r)\b)")


def _vote_sides(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    """Counts of votes for and against where the sentence tells of a vote ("85 against" alone may be no vote)."""
    text = article.text

    def read(m: re.Match[str]) -> tuple[str, float, str] | None:
        sentence = index.sentence_at(m.start())
        if m["side"] == "against" and not _BALLOT.search(text, sentence[0], sentence[1]):  # "voted" needs no sign
            return None
        return "quantity", int(m["num"].replace(",", "")), "vote"

    return _free_matches(article, index, taken, lo, hi, _VOTE_SIDE, read)


# A vague count of people said by what happened to them: "thousands were evacuated", "hundreds of thousands
# without power".
_VAGUE_ROLE = re.compile(
    rf"(?P<vague>{VAGUE})(?=(?:{_S}(?:{_AUX})){{0,4}}{_S}(?:{_ROLES}|without{_S}(?:power|electricity|water|homes?))\b)"
)
# One unit of time under a bound ("less than a minute", "more than a day", "nearly a year"; not "a day after"),
# and half a unit of time or distance ("half a mile", "half an hour").
_HEDGES_OF_ONE = re.compile(
    r"\b(?i:less[^\S\n]+than|more[^\S\n]+than|nearly|almost|about|around|just[^\S\n]+(?:under|over)|over|under"
    r"|roughly|barely|within|up[^\S\n]+to)[^\S\n]+\Z"
)
_ONE_UNITS = "second|minute|hour|day|week|fortnight|month|year|decade|century|mile|kilometre|kilometer|metre|meter"
_ONE_UNIT = re.compile(
    rf"(?=[aAhH])(?<![\w-])(?P<half>(?i:half)[^\S\n]+)?(?i:an?)[^\S\n]+(?P<unit>(?i:{_ONE_UNITS}))\b(?![-‐‑])"
)
_DISTANCES = frozenset({"mile", "kilometre", "kilometer", "metre", "meter"})


# "an hour and 44 minutes", "a minute and 12 seconds": one unit of time and some of the next finer.
_ONE_AND_SMALLER = re.compile(
    rf"(?=[aA])\b(?i:an?){_S}(?P<unit>(?i:hour|minute)){_S}(?i:and){_S}(?P<n>{NUMBER}){_S}(?P<finer>(?i:minute|second))s?\b"
)


def _one_and_smaller(text: str, m: re.Match[str]) -> tuple[str, float, str] | None:
    unit, finer, extra = m["unit"].lower(), m["finer"].lower(), parse_number(m["n"])
    if extra is None or _SECONDS[finer] >= _SECONDS[unit]:
        return None
    return "quantity", _SECONDS[unit] // _SECONDS[finer] + extra, finer


def _one_unit(text: str, m: re.Match[str]) -> tuple[str, float, str] | None:
    unit = m["unit"].lower()
    if m["half"]:
        return "quantity", 0.5, unit
    bounded = _HEDGES_OF_ONE.search(text, max(0, m.start() - 16), m.start())
    lasting = _FOR_BEFORE.search(text, max(0, m.start() - 5), m.start())
    return ("quantity", 1, unit) if (bounded or lasting) and unit not in _DISTANCES else None


# A time lasting ("kept it at 5.25% for a year"), not a rate ("$50,000 a year", "twice a year"), a date ("from a year
# earlier") or the time of a happening ("A day after the quake, police came").
_FOR_BEFORE = re.compile(r"\bfor[^\S\n]+\Z")


# A time taken, in hours, minutes and seconds: "won in 2:00:35" (not a time of day: "at 10:15:30 a.m.", "14:05:00 GMT").
_CLOCKED = re.compile(
    r"(?=[0-9])(?<![\w.,:/-])(?P<h>[0-9]{1,2}):(?P<m>[0-5][0-9]):(?P<s>[0-5][0-9])(?![0-9]|[.:,][0-9])"
    r"(?![^\S\n]*(?i:[ap]\.?m\b|gmt|utc|[ecmp][sd]?t\b|bst|cet|local|hrs|h\b))"
)
_AT_BEFORE = re.compile(r"(?i:\b(?:at|by|until|till|from|after|before|around|about|since|struck|hit)[^\S\n]+)\Z")


def _clocked(text: str, m: re.Match[str]) -> tuple[str, float, str] | None:
    if _AT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    return "quantity", int(m["h"]) * 3600 + int(m["m"]) * 60 + int(m["s"]), "second"


# Metres glued to the number, where "m" is no million: "the 5,000m", "a 300m-long bridge", "the 400m hurdles".
_GLUED_M = re.compile(
    r"(?=[0-9])(?<![\w.,:/$£€¥-])(?P<num>[0-9]{1,3}(?:,[0-9]{3}){1,3}|[0-9]{1,6})m\b(?P<dimension>-(?:long|high|tall|wide|deep))?"
    r"(?=[^\S\n]+(?P<next>[a-z]+(?:-[a-z]+)?))?"
)
_RACES = frozenset(
    """hurdles freestyle backstroke breaststroke butterfly medley relay race races final finals sprint steeplechase dash
    run title titles champion champions event events record records gold silver bronze heat heats semi-final semifinal
    world""".split()
)
_DIMENSIONS = frozenset("high tall deep long wide underwater".split())  # "a wall 10m high" (not "2m below its record")
_LENGTH_BEFORE = re.compile(r"(?<![^\W\d])(?:ft|feet|foot|yards?|inches|in\.)[^\S\n]*[(\[][^\S\n]*\Z")
_MONEY_BEFORE = re.compile(r"(?:[$£€¥]|\b[A-Z]{3}|\b(?i:rs|usd|eur|gbp))[^\S\n]*\Z")


def _glued_metres(text: str, m: re.Match[str]) -> tuple[str, float, str] | None:
    value = int(m["num"].replace(",", ""))
    if _MONEY_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return None
    # a million of something ("3m people", "raised 150m") unless the number is too large to be one (nobody writes
    # "5,000m people") or the words after it name a race or a size
    if m["dimension"] or value >= 1000 or m["next"] in _RACES or m["next"] in _DIMENSIONS:
        return "quantity", value, "metre"
    if _LENGTH_BEFORE.search(text, max(0, m.start() - 12), m.start()) and text.startswith(")", m.end()):
        return "quantity", value, "metre"  # "26ft (8m)": a length told again in metres
    return None


# Times to a fraction of a second: glued to "s" or "sec" ("9.79s", "9.784sec"), or with no whole seconds (".005
# seconds", "a .02-second margin").
_FINE_TIME = re.compile(
    r"(?=[0-9.])(?<![\w.,:/-])(?P<num>[0-9]{1,3}\.[0-9]{1,3}(?=s\b|secs?\b)|\.[0-9]{1,3}(?=[^\S\n]?-?seconds?\b|[^\S\n]?secs?\b))"
    r"(?:s|secs?|[^\S\n]?-?seconds?)\b"
)
# A count of parts of a second: "five-thousandths of a second", "12 hundredths", "one-hundredth".
_PARTS_OF = re.compile(r"(?P<part>tenths?|hundredths?|thousandths?)\b(?P<of>[^\S\n]+of[^\S\n]+an?[^\S\n]+second\b)?")
_PART_SIZE = {"tenth": 0.1, "hundredth": 0.01, "thousandth": 0.001}
_PART_OF_ELSE = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:the\b|an?[^\S\n]+(?:percentage|point|percent|per[^\S\n]?cent|mile|kilo|metre|meter|inch|degree))"
)  # "two-tenths of a percentage point", "nine-tenths of the town": no time ("of a tick" is one)
_NUMBER_BEFORE_PART = re.compile(rf"(?P<num>{NUMBER})(?:-|[^\S\n]+)\Z")


def _fine_times(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    """Times to a fraction of a second the number reader leaves (_FINE_TIME), and counts of parts of a second
    (_PARTS_OF), each in seconds."""
    text = article.text
    found = _free_matches(article, index, taken, lo, hi, _FINE_TIME, lambda m: ("quantity", float(m["num"]), "second"))
    for m in _PARTS_OF.finditer(text, lo, hi):
        number = _NUMBER_BEFORE_PART.search(text, max(lo, m.start() - 30), m.start())
        if number is None or taken.overlaps(number.start(), m.end()) or (value := parse_number(number["num"])) is None:
            continue
        if not m["of"] and _PART_OF_ELSE.match(text, m.end()):
            continue
        scale = _PART_SIZE[m["part"].rstrip("s")]
        end = m.end()
        taken.add(number.start(), end)
        found.append(
            Candidate(
                article.id,
                number.start(),
                end,
                text[number.start() : end],
                "quantity",
                round(value * scale, 6),
                index.sentence_at(m.start()),
                "second",
            )
        )
    return _hedged(text, sorted(found, key=lambda c: c.start))


# A storm's category: "a Category 5 hurricane", "downgraded to Category 3".
_CATEGORY = re.compile(r"(?=[Cc])\b[Cc]ategory[-‐‑ ](?P<num>[1-5])\b(?![.,][0-9])")


def _vague_roles(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    return _hedged(article.text, _free_matches(article, index, taken, lo, hi, _VAGUE_ROLE, _vague_role))


def _hedged(text: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates, each with the hedge and bounds its words before give it."""
    for candidate in found:
        hedged = hedge(text, candidate.start, candidate.text, candidate.value)
        if hedged:
            candidate.hedge, candidate.bounds = hedged
    return found


def _vague_role(m: re.Match[str]) -> tuple[str, float, str] | None:
    value = parse_number(m["vague"])
    return None if value is None else ("quantity", value, "person")


def _hedged_figures(
    pattern: re.Pattern[str], read: Callable[[str, re.Match[str]], tuple[str, float, str] | None]
) -> Callable[[Article, SentenceIndex, Spans, int, int], list[Candidate]]:
    """A finder of the figures `read` makes of `pattern`'s matches in an article's text, with their hedges."""

    def find(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
        text = article.text
        return _hedged(text, _free_matches(article, index, taken, lo, hi, pattern, lambda m: read(text, m)))

    return find


_one_units = _hedged_figures(_ONE_UNIT, _one_unit)
_ones_and_smaller = _hedged_figures(_ONE_AND_SMALLER, _one_and_smaller)
_clocked_times = _hedged_figures(_CLOCKED, _clocked)
_metres = _hedged_figures(_GLUED_M, _glued_metres)


def _categories(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    return _free_matches(article, index, taken, lo, hi, _CATEGORY, lambda m: ("quantity", int(m["num"]), "category"))


# A seismic magnitude in the forms the plain number reader leaves: "the magnitude-6.8 quake", "a magnitude of 6.8",
# "its magnitude at 6.8", "measured 7 on the Richter scale", a decimal before its quake ("Monday's initial 7.8 quake",
# "the powerful 7.8 and 7.5-magnitude quakes"; not "1.5 quakes a year", "a 2.5 quake-proof rating", "Rs 7.8 quake
# relief", "at 8.05 quakes were still felt").
_MAGNITUDE_FORMS = re.compile(
    r"(?=[Mm0-9])(?:\b[Mm]agnitude(?:[-‐‑]|[^\S\n]+(?:of|at|was|is)[^\S\n]+)(?P<num>[0-9](?:\.[0-9]{1,2})?)"
    r"|(?<![\w.,])(?P<richter>[0-9](?:\.[0-9]{1,2})?)[^\S\n]+on[^\S\n]+the[^\S\n]+Richter(?:[^\S\n]+scale)?"
    r"|(?<![\w.,$£€])(?<![Mm]agnitude[ -])(?<![$£€] )(?<!\bRs )(?<!\bRs\. )(?<!\bat )(?<![Vv]ersion )"
    r"(?P<quake>[0-9]\.[0-9]{1,2})(?=[^\S\n]+(?i:quake|earthquake|tremor|temblor|aftershock)(?![\w‐‑-])"
    r"|[^\S\n]+(?:and|or)[^\S\n]+[0-9]\.[0-9]{1,2}[-‐‑]?[^\S\n]*(?i:magnitude)?[^\S\n]+(?i:quakes?|earthquakes?|tremors?"
    r"|temblors?|aftershocks?)\b))(?![\w.,]?[0-9])"
    r"(?![^\S\n]*(?i:million|billion|thousand|hundred|percent|per[^\S\n]?cent)\b|[^\S\n]*%)"  # "the magnitude of 2 million"
)


def _magnitude(m: re.Match[str]) -> tuple[str, float, str] | None:
    value = parse_number(m["num"] or m["richter"] or m["quake"])
    return None if value is None else ("quantity", value, "magnitude")


def _magnitudes(article: Article, index: SentenceIndex, taken: Spans, lo: int, hi: int) -> list[Candidate]:
    return _hedged(
        article.text,
        _free_matches(
            article,
            index,
            taken,
            lo,
            hi,
            _MAGNITUDE_FORMS,
            _magnitude,
        ),
    )


_Special = Callable[[Article, SentenceIndex, Spans, int, int], list[Candidate]]
# The special forms in the order they claim their spans, each with the gate its matches pass (None: ungated). A gate
# pattern opening with a literal ("m(?<=[0-9]m)" for "[0-9]m") lets re scan for that character alone (~6x faster).
_SPECIALS: tuple[tuple[_Special, Gate | None], ...] = (
    (_percent_forms, (re.compile(r"[-−–][^\S\n]?[0-9]"), "minus")),  # a sign or a range's dash: rarer than a "%"
    (_decimal_comma_percents, (re.compile(r",[0-9]{1,2}(?![0-9])"),)),
    (_point_fractions, ("quarter", "half", "tenth")),  # its fraction's word: rarer than "point" (appointed …)
    (
        _shares,
        (
            "half",
            "third",
            "quarter",
            re.compile(rf"in[^\S\n]+(?:{_SMALL})"),  # "one in five"
            # "four out of (every) five of": the whole's number too ("out of the water" is no share)
            re.compile(rf"out[^\S\n]+of[^\S\n]+(?:every[^\S\n]+)?(?:{_SMALL}|[0-9])"),
        ),
    ),
    (_groups_of, ("convoy", "crew", "team", "delegation", "group", "contingent", "squad", "fleet")),
    (_pairs, ("pair",)),
    (
        _tallies,
        (
            re.compile(r"[0-9](?:-to-|[-–]|[^\S\n]+to[^\S\n]+)[0-9]"),
            # "to" and the small number after it ("four to six"): a class first lets re scan for a "t" alone (~3x
            # faster than a lookahead, which re tries at every position); the number before is _TALLY's to check
            re.compile(rf"[Tt][Oo](?:-|[^\S\n]+)(?i:{_SMALL})\b"),
        ),
    ),
    (_vote_sides, ("against", "favo", "voted")),
    (_glued_dollars, None),
    (_ordinals, (re.compile(r"[0-9](?:st|nd|rd|th)"), *_ORDINAL_STEMS)),
    (_vague_roles, VAGUE_WORDS),
    (_ones_and_smaller, ("minute", "second")),
    (_one_units, (re.compile(rf"an?[^\S\n]+(?:{_ONE_UNITS})"),)),
    (_categories, ("category",)),
    (_magnitudes, ("magnitude", "richter", "quake", "tremor", "temblor", "aftershock")),
    (_fine_times, (re.compile(r"\.[0-9]{1,3}[^\S\n]?-?s"), "tenth", "hundredth", "thousandth")),
    (_clocked_times, (re.compile(r":(?<=[0-9]:)[0-5][0-9]:[0-5]"),)),
    (_metres, (re.compile(r"m(?<=[0-9]m)"),)),
)


# Reports that count the missing: "176 missing person reports", "176 reports of missing people", "176 reports of
# individuals who have not been accounted for" (a disaster's tally of the missing); not "45 reports of people looting".
_PERSON_REPORTS = re.compile(r"\bmissing[- ]persons?[^\S\n]+reports\Z")
_REPORTS_OF = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:(?P<missing>missing|unaccounted(?:[^\S\n]+for)?)[^\S\n]+)?(?P<noun>[a-z]+)\b"
    r"(?P<rest>[^.;\n]{0,50})"
)
_UNACCOUNTED = re.compile(r"\b(?:missing|unaccounted|accounted[^\S\n]+for|not[^\S\n]+been[^\S\n]+found)\b")
_PEOPLE_WORDS = frozenset({"people", "persons", "individuals"})
MISSING_PERSON_UNITS = frozenset({"missing-person", "missing-persons"})  # "176 missing-persons (reports)"


def _reports_people(text: str, start: int, end: int) -> bool:
    """Whether a count of reports text[start:end] counts the missing people they report."""
    if _PERSON_REPORTS.search(text, start, end):
        return True
    of = _REPORTS_OF.match(text, end)
    if of is None or not (of["noun"] in _PEOPLE_WORDS or of["noun"].removesuffix("s") in PERSON_NOUNS):
        return False
    return bool(of["missing"] or _UNACCOUNTED.search(of["rest"]))


_DIGIT_RUN = re.compile(r"[0-9]+")


def _number_starts(text: str, low: str, lo: int, hi: int) -> list[int]:
    """Where in text[lo:hi] (`low`: it lower-cased) a number may start, in order: each run of digits, each of the
    OPENING_WORDS (inside a word too) and the "a" before one ("a dozen")."""
    starts = [m.start() for m in _DIGIT_RUN.finditer(text, lo, hi)]
    for word in OPENING_WORDS:
        at = low.find(word)
        while at >= 0:
            starts.append(lo + at)
            space = at
            while space > 0 and low[space - 1] != "\n" and low[space - 1].isspace():
                space -= 1
            if 0 < space < at and low[space - 1] == "a":
                starts.append(lo + space - 1)
            at = low.find(word, at + 1)
    return sorted(starts)


def _numbers(text: str, low: str | None, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """What _NUMBER.finditer(text, lo, hi) finds, tried only where a number may start (`low`: text[lo:hi] folded;
    None: by the scan), not at every word's start as the scan does (its lead is a lookahead): ~1.7x faster."""
    if low is None:
        yield from _NUMBER.finditer(text, lo, hi)
        return
    after = lo
    for start in _number_starts(text, low, lo, hi):
        if start >= after and (m := _NUMBER.match(text, start, hi)):
            after = m.end()
            yield m


def find_numbers(article: Article, index: SentenceIndex, stopped: list[int] | None = None) -> list[Candidate]:
    """Quantity, money and percent candidates in `article`, in text order, with their hedge and bounds.

    Stops after MAX_PER_KIND figures or 2 * MAX_PER_KIND numbers (extract.limits), and then appends
    the offset where it stopped to `stopped`.
    """
    text = article.text
    result: list[Candidate] = []
    counts: list[Candidate] = []
    n = 0  # numbers read
    for lo, hi in index.windows():
        taken = Spans(date_spans(text, lo, hi))
        phones = _PHONE.finditer(text, lo, hi) if _PHONE_SIGN.search(text, lo, hi) else ()
        for other in (*phones, *_SHORT_YEAR_END.finditer(text, lo, hi)):
            if not taken.overlaps(*other.span()):
                taken.add(*other.span())
        low = folded(text, lo, hi)
        for special, gate in _SPECIALS:
            if gate is None or opens(gate, text, low, lo, hi):
                result.extend(special(article, index, taken, lo, hi))
        for m in _numbers(text, low, lo, hi):
            if len(result) >= MAX_PER_KIND or n >= 2 * MAX_PER_KIND:
                if stopped is not None:
                    stopped.append(m.start())
                return sorted(result, key=lambda c: c.start)
            n += 1
            figure = None if taken.overlaps(*m.span()) else _figure(text, m, index, counts)
            if figure is None or taken.overlaps(figure[1], figure[2]):
                continue
            kind, start, end, value, unit = figure
            if unit == "year" and (months := _AND_MONTHS.match(text, end)):  # "three years and four months"
                extra = parse_number(months["months"])
                if extra is not None:
                    end, value, unit = months.end(), value * 12 + extra, "month"
            smaller = _AND_SMALLER.match(text, end)  # "two hours and 35 seconds", "28min 42sec"
            if smaller:
                unit = _SHORT_UNITS.get(unit or "", unit)
            while unit in _SECONDS and smaller:
                extra, finer = parse_number(smaller["n"]), (smaller["unit"] or _SHORT_UNITS[smaller["short"].lower()])
                finer = finer.lower()
                if extra is None or _SECONDS[finer] >= _SECONDS[unit]:
                    break
                end, value, unit = smaller.end(), value * (_SECONDS[unit] // _SECONDS[finer]) + extra, finer
                smaller = _AND_SMALLER.match(text, end)
            if (unit == "report" and _reports_people(text, start, end)) or unit in MISSING_PERSON_UNITS:
                unit = "person"  # "176 reports of missing people", "176 missing person reports": people reported
            taken.add(start, end)
            sentence = index.sentence_at(start)
            candidate = Candidate(article.id, start, end, text[start:end], kind, value, sentence, unit)
            hedged = hedge(text, start, candidate.text, value)
            if hedged:
                candidate.hedge, candidate.bounds = hedged
            result.append(candidate)
            if kind == "quantity":
                counts.append(result[-1])
    return sorted(result, key=lambda c: c.start)
