"""Dates: the date an article is dated, and the dates its text mentions, resolved against it.

Values are ISO: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a day or month without a known year is `--MM-DD` /
`--MM`; a weekday or relative word that cannot be resolved (no dateline) is its lower-case text.
Times of day are not dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import takewhile
from operator import itemgetter
from typing import NamedTuple

from workbench.extract.limits import MAX_PER_KIND
from workbench.extract.numwords import SERIAL_LABELS, parse_number
from workbench.extract.sentences import SentenceIndex
from workbench.load.credits import find_credit
from workbench.load.lines import LABEL_REACH, PAGE_DATE_LABEL, Gate, opens, sign_lines
from workbench.model import Article, Candidate, Span

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]  # fmt: skip
MONTH_NAMES = "|".join(m.capitalize() for m in _MONTHS)  # "January|February|…": a month named in a pattern
_MONTH_ABBR = {m[:3]: i for i, m in enumerate(_MONTHS, 1) if m != "may"} | {"sept": 9}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_ABBR = ["mon", "tues", "tue", "wed", "thurs", "thur", "thu", "fri", "sat", "sun"]


def _names(words) -> str:
    """Title-case and upper-case spellings, longest first, ending at a word boundary."""
    spellings = sorted({f(w) for w in words for f in (str.title, str.upper)}, key=len, reverse=True)
    return "(?:" + "|".join(spellings) + r")(?!\w)"


_S = r"[^\S\n]+"
_FULL_MONTH = _names(_MONTHS)
_MONTH = rf"(?P<mon>{_FULL_MONTH}|{_names(_MONTH_ABBR)}\.?)"
_WEEKDAY = _names(_WEEKDAYS)
_WD_PREFIX = rf"(?:(?P<wd>{_WEEKDAY}|{_names(_WEEKDAY_ABBR)}\.?),?{_S})?"
_DAY = r"(?<![\w.,:/-])(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?(?!\w)"
_YEAR = r"(?P<year>(?:1[89]|20)[0-9]{2})(?!\w)"
# A year standing alone ("since 2014", "the 1968 dam", "mid-2019"), not a label's number ("Resolution 2042").
_NOT_A_LABEL = "".join(f"(?<!{re.escape(f(w))} )" for w in SERIAL_LABELS for f in (str, str.lower))
# Both ends of a span of years are years: "the 2013-2016 epidemic" (not a code such as "2013-2016-01").
_SPAN_START = r"(?<![\w.,:/$€£#-])(?=(?:1[89]|20)[0-9]{2}-(?:1[89]|20)[0-9]{2}(?![\w.-]))"
_SPAN_END = r"(?<=(?<![\w.,:/$€£#-])(?:1[89]|20)[0-9]{2}-)"
# People a four-digit number counts: "at least 2000 people", "2000 dead" are no years.
_COUNTED_PEOPLE = (
    r"[^\S\n]+(?:people|persons|dead|deaths|victims|casualties|fatalities|lives|residents|civilians|troops|soldiers|"
    r"families|children|migrants|refugees|passengers)\b"
)
# A year after "in", "by", "since" … is a year whatever follows ("In 2019 residents voted").
_TIME_CUE = "|".join(
    f"(?<=\\b{w} [0-9]{{4}})"
    for cue in ("in", "by", "since", "until", "before", "after", "from", "during")
    for w in (cue, cue.title())
)
# A hedged four-digit number before a plural noun is a count: "almost 2000 apartments", "some 1500 homes" (not
# "around 2019 when", "by about 2030 emissions", "about 2019 levels": a year still).
_HEDGES = ("almost", "nearly", "about", "around", "some", "roughly", "approximately")
_HEDGED_COUNT = (
    "(?:"
    + "|".join(f"(?<=\\b{w} [0-9]{{4}})" for hedge in _HEDGES for w in (hedge, hedge.title()))
    + ")"
    + "".join(
        f"(?<!\\b{c} {hedge} [0-9]{{4}})"
        for cue in ("by", "since", "in", "from", "until")
        for c in (cue, cue.title())
        for hedge in _HEDGES
    )
    + r"[^\S\n]+(?!(?:was|has|is|his|its|this|thus|does|goes|as|us|plus|less|unless|across|levels|figures|numbers"
    r"|prices|rates|emissions|targets|elections|results)\b)[a-z]{2,}s\b"
)
_YEAR_ALONE = (
    rf"(?=[12])(?:(?<=\bmid-)|(?<![\w.,:/$€£#-])|{_SPAN_END}){_NOT_A_LABEL}{_YEAR}"
    rf"(?:{_TIME_CUE}|(?!{_COUNTED_PEOPLE}|{_HEDGED_COUNT}))"
    rf"(?:(?![^\S\n]*(?:%|[0-9])|[.,:/-][0-9])|(?<={_SPAN_START}[0-9]{{4}})(?=-))"
)
# What says a month named alone is ahead ("will vote in June", "coming up in June", "is expected to reopen in June",
# "aims to finish by June"; not "higher than expected … in October": an adjective, nor "would", which reports the
# past as often).
_MONTH_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|due to|scheduled|set to|plans? to|planning to|going to|upcoming|coming up"
    r"|(?<!was )(?<!were )(?<!been )expected to"
    r"|aims? to|aiming to|hopes? to|hoping to|intends? to|intending to|next)\b|['’]ll\b"
)
_FUTURE = re.compile(
    r"(?i)\b(?:will|would|shall|due|expected|scheduled|set to|plans? to|planned|planning|going to|upcoming)\b"
    r"|['’]ll\b"
)


def _cues(words) -> str:
    """Lookbehinds for any of `words` (lower or title case) and a space: one per word length."""
    lengths = sorted({len(w) for w in words})
    return "|".join(
        rf"(?<=\b(?:{'|'.join(f(w) for w in words if len(w) == n for f in (str, str.title))}) )" for n in lengths
    )


# A month named alone is a date after one of these words ("in July", "last September").
_MONTH_CUE = rf"(?:{_cues('in since until till by from during early late'.split())}|(?<=\bmid-))"
# …or after such a month and "and", "or", "to", "through" ("in November and December"; see _month_after_month).
_MONTH_JOINED = r"(?:(?<=\band )|(?<=\bor )|(?<=\bto )|(?<=\bthrough ))"
_MONTH_AND = re.compile(rf"(?i:{_FULL_MONTH})[^\S\n]+(?:and|or|to|through)[^\S\n]+\Z")
_MONTH_THE = rf"{_cues('the its their his her'.split())}|(?<=['’]s )"
# …or ending a period a figure covers: "in the 12 months to October", "the year through March", "the quarter ended June".
_PERIOD_END = "|".join(
    f"(?<=\\b{period} {end} )"
    for period in ("months", "year", "quarter", "weeks")
    for end in ("to", "through", "ending", "ended")
)
_MONTH_REL = r"(?<=\b(?P<rel>last|next|this|Last|Next|This) )"
# A change a month's figure tells: "May's 0.1% increase" (not "May's 43% share of the vote": Theresa May's).
_SHARE = (
    r"[0-9][0-9.,]*(?:%|[^\S\n]*per[^\S\n]?cent\b|[^\S\n]*percent\b)[^\S\n]+"
    r"(?:increase|rise|fall|gain|drop|decline|jump|growth|reading)\b"
)
# …or after a word that compares or bounds ("between September and October", "compared with December", "the figure
# for October"), or opening its sentence as what it tells of ("November was revised up"): not "May", a name and a verb,
# nor a month that is a given name opening a sentence unless "saw" or "was the … month" follows ("June was 14 when she
# joined", "June was a retired teacher"; "June saw exports fall", "August was the hottest month"), nor one "who" follows.
_MONTH_COMPARED = (
    rf"(?:{_cues('for versus'.split())}|(?<=\bcompared with )|(?<=\bcompared to )"
    rf"|{_cues(['between'])}(?=(?:{_FULL_MONTH})[^\S\n]+and[^\S\n]+(?:(?:early|late|mid-?)[^\S\n]*)?(?:{_FULL_MONTH})\b))"
    r"(?!May\b)"
)
_MONTH_SUBJECT = (
    rf"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?][^\S\n]))(?!May\b)"
    rf"(?=(?:{_FULL_MONTH})[^\S\n]+(?:saw\b|was[^\S\n]+(?:the|a|an)(?:[^\S\n]+[a-z]+){{0,2}}[^\S\n]+month\b)"
    rf"|(?!April|June|August)(?:{_FULL_MONTH})[^\S\n]+(?:was|were|had)\b)"
)
# How far back "N years ago" may say in words (numwords.parse_number reads them; "a", "an": one).
_AGO_NUMBERS = "a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty".split()
_HOLIDAYS = {
    "New Year['’]s Day": (1, 1), "New Year['’]s Eve": (12, 31), "Valentine['’]s Day": (2, 14), "Fourth of July": (7, 4),
    "Halloween": (10, 31), "Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Boxing Day": (12, 26),
}  # fmt: skip
_HEDGES_BEFORE = (*_HEDGES, "over", "than", "least", "to", "or")  # and "more than", "at least", "up to", "two or"
# Not hedged ("nearly 50 years ago", "Over a decade ago", "up to 50", "two or three years ago": spans of time), nor a
# range's end ("7-10 years ago"), nor the last digits of a longer number ("10,000 years ago", "1.5 years ago").
_NOT_HEDGED = "".join(f"(?<!{w} )(?<!{w.capitalize()} )" for w in _HEDGES_BEFORE) + r"(?<![0-9][-–,./])(?<![0-9] )"
_DAY_CUE = "|".join(f"(?<=\\b{w} )" for w in ("on", "On", "since", "Since", "by", "until", "from"))

_FORMS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(source))
    for name, source in [
        ("iso", r"(?=[12])(?<![\w.-])(?P<year>[0-9]{4})-(?P<mon>[0-9]{2})-(?P<day>[0-9]{2})(?![0-9])"),
        ("dmy", rf"(?=[0-9A-Z]){_WD_PREFIX}{_DAY}(?:{_S}of)?{_S}{_MONTH}(?:,?{_S}{_YEAR})?"),
        ("mdy", rf"(?=[A-Z]){_WD_PREFIX}{_MONTH}{_S}{_DAY}(?:,?{_S}{_YEAR}|(?![:.,]?[0-9]))"),
        (
            "numeric",
            rf"(?=[0-9])(?<![\w./-])(?P<a>[0-9]{{1,2}})(?P<sep>[/.])(?P<b>[0-9]{{1,2}})(?P=sep)"
            rf"{_YEAR}",
        ),
        ("my", rf"(?=[A-Z]){_MONTH}(?:,?{_S}{_YEAR}|{_S}(?P<rel>this|last|next){_S}year\b)"),
        ("year", _YEAR_ALONE),
        ("month", rf"(?=[A-Z])(?:{_MONTH_CUE}|{_MONTH_REL})(?P<mon>{_FULL_MONTH})(?![^\S\n]*[0-9]|['’]s)"),
        (
            "month_compared",  # not a name's first word: "for June Carter"
            rf"(?=[A-Z])(?:{_MONTH_COMPARED}|{_MONTH_SUBJECT})(?P<mon>{_FULL_MONTH})"
            rf"(?![^\S\n]*[0-9A-Z]|['’]s|,?[^\S\n]+who\b)",
        ),
        ("period_end", rf"(?=[A-Z])(?:{_PERIOD_END})(?P<mon>{_FULL_MONTH})(?![^\S\n]*[0-9]|['’]s)"),
        ("month_joined", rf"(?=[A-Z]){_MONTH_JOINED}(?P<mon>{_FULL_MONTH})(?![^\S\n]*[0-9]|['’]s)"),
        # a month naming what happened in it: "the June meeting", "the Fed's June pause", "June's report"
        (
            "month_attr",
            rf"(?=[A-Z])(?:{_MONTH_THE})(?P<mon>{_FULL_MONTH})(?=[^\S\n]+[a-z])|(?P<mon2>{_FULL_MONTH})(?=['’]s[^\S\n]+(?:[a-z]|(?<![Mm]ay['’]s[^\S\n])[0-9]|{_SHARE}))",
        ),
        ("weekday", rf"(?=[{''.join(sorted({w[0].upper() for w in _WEEKDAYS}))}])\b(?P<wd>{_WEEKDAY})"),  # a fast scan
        # a day of the month alone, the way some copy dates a story's days: "on the 29th", "since the 3rd"
        (
            "day",
            rf"(?=t)(?:{_DAY_CUE})the[^\S\n]+(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)\b"
            r"(?![^\S\n]+(?:[A-Z]|(?!(?:at|in|on|and|when|as|after|before|to|for|with|the|a)\b)[a-z]))",
        ),
        ("decade", r"(?=[12])(?<![\w.,:/$€£#-])(?P<decade>(?:1[89]|20)[0-9]0)s\b"),  # "the 1980s"
        # a holiday on a fixed day: "New Year's Day", "the Fourth of July", "Christmas Eve"
        ("holiday", rf"\b(?P<holiday>{'|'.join(_HOLIDAYS)})(?:{_S}(?P<year>(?:1[89]|20)[0-9]{{2}})(?!\w))?"),
        # a past the news dates by its distance: "five years ago", "a decade ago", "18 months ago" (not days or weeks;
        # not hedged: "nearly 50 years ago" is a span of time)
        (
            "ago",
            rf"(?=[0-9AaOoTtFfSsEeNn])\b(?=[\w ]{{1,20}}?[^\S\n]ago\b){_NOT_HEDGED}(?P<n>[0-9]{{1,3}}|(?i:{'|'.join(_AGO_NUMBERS)})){_S}(?P<per>(?i:years?|decades?|months?)){_S}ago\b",
        ),
        # a year counted back from the year its sentence names before it: "1.41 billion in 2022, down from a year
        # earlier", "went public in 2021 after a first attempt two years earlier", "850,000 fewer than the previous year"
        (
            "earlier_year",
            rf"(?=[0-9AaOoTtFfSsEeNn])\b(?:(?P<n>[0-9]{{1,2}}|(?i:{'|'.join(_AGO_NUMBERS)})){_S}years?{_S}earlier\b"
            rf"|[Tt]he{_S}(?:previous|prior|preceding){_S}year\b|[Tt]he{_S}year{_S}before(?=[^\S\n]*[.,;:)]))"
            rf"(?!{_S}than\b)",  # not "two years earlier than planned": a comparison
        ),
        (
            "relative",
            rf"(?=[EeLlTtNnYy])\b(?:(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|(?<!the )(?<!his )(?<!her )(?<!its )(?<!our )(?<!their )(?<!my )(?<!\ba )(?<!one )(?<!that )(?<!your )(?<!['’]s )[Ll]ast{_S}(?:night|evening)"
            rf"|[Tt]his{_S}(?:morning|afternoon|evening))\b"
            rf"|(?:(?:[Ee]arlier|[Ll]ater){_S})?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext){_S}(?P<per>week|month|year)\b)",
        ),
    ]
]
_WEEKDAY_REL = re.compile(r"\b([Ll]ast|[Nn]ext|[Tt]his)[^\S\n]+\Z")
_REL_OFFSET = {"last": -1, "this": 0, "next": 1, None: 0}
_DAY_OFFSET = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1, "last evening": -1,
               "this morning": 0, "this afternoon": 0, "this evening": 0}  # fmt: skip


def _month(m: re.Match[str]) -> int:
    word = (m["mon"] or m.groupdict().get("mon2") or "").rstrip(".").lower()
    if word.isdigit():
        return int(word)
    return _MONTHS.index(word) + 1 if word in _MONTHS else _MONTH_ABBR[word]


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _shift(dateline: dt.date, days: int) -> str | None:
    """The dateline moved by `days`, or None past the calendar's ends (a dateline of 9999-12-31 and "tomorrow")."""
    try:
        return (dateline + dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def _year_month(year: int, month: int) -> str | None:
    """YYYY-MM, or None for a year outside 1..9999."""
    return f"{year:04d}-{month:02d}" if dt.MINYEAR <= year <= dt.MAXYEAR else None


def _nearest(month: int, day: int, dateline: dt.date) -> str | None:
    """The month-day in the year (around the dateline's) that puts it nearest the dateline."""
    years = (dateline.year - 1, dateline.year, dateline.year + 1)
    options = [dt.date(y, month, day) for y in years if _iso(y, month, day)]
    return min(options, key=lambda d: abs(d - dateline)).isoformat() if options else None


def _named_weekday(month: int, day: int, weekday: str, dateline: dt.date) -> str | None:
    """The month-day in the year around the dateline's on which it falls on the weekday it is written
    with ("Wednesday, July 26": 2023, not 2024), the one nearest the dateline when several do."""
    wanted = _WEEKDAYS.index(next(w for w in _WEEKDAYS if w.startswith(weekday.lower()[:3])))
    years = (dateline.year - 1, dateline.year, dateline.year + 1)
    options = [d for y in years if _iso(y, month, day) and (d := dt.date(y, month, day)).weekday() == wanted]
    return min(options, key=lambda d: abs(d - dateline)).isoformat() if options else None


DAYS_AHEAD = 62  # days after the dateline a day of the month named without its year may be, outside a future clause


def _month_day(m: re.Match[str], dateline: dt.date | None, ahead: bool = False) -> str | None:
    """A day of a month, with its year, or the year its weekday gives, or the one nearest the dateline; not one more
    than DAYS_AHEAD days after it unless its clause speaks of the future (`ahead`): "kidnapped on October 7" in a story
    of June 2024 is October 2023."""
    month, day = _month(m), int(m["day"])
    if m["year"]:
        return _iso(int(m["year"]), month, day)
    if dateline is None:
        return f"--{month:02d}-{day:02d}" if _iso(2000, month, day) else None  # 2000: a leap year
    if m["wd"]:
        return _named_weekday(month, day, m["wd"], dateline) or _nearest(month, day, dateline)
    nearest = _nearest(month, day, dateline)
    if nearest is None or ahead or (dt.date.fromisoformat(nearest) - dateline).days <= DAYS_AHEAD:
        return nearest
    return _iso(int(nearest[:4]) - 1, month, day)


def _months_from(dateline: dt.date, offset: int) -> tuple[int, int]:
    """(year, month) `offset` months from the dateline's month."""
    months = dateline.year * 12 + dateline.month - 1 + offset
    return months // 12, months % 12 + 1


def _month_ended(m: re.Match[str], dateline: dt.date | None) -> str | None:
    """The month a reported period ends: the last such month not after the dateline ("the 12 months to October" in
    a story of November 2022 is October 2022)."""
    month = _month(m)
    if dateline is None:
        return f"--{month:02d}"
    return _year_month(dateline.year - (month > dateline.month), month)


def _day_only(m: re.Match[str], dateline: dt.date | None) -> str | None:
    """A day of the month alone: in the dateline's month, or the month before when it would come after the
    dateline ("the 29th" in a story dated the 30th or the 2nd); as said without a dateline."""
    day = int(m["day"])
    if not 1 <= day <= 31:
        return None
    if dateline is None:
        return m.group().lower()
    return _iso(*_months_from(dateline, -(day > dateline.day)), day)


def _numeric(m: re.Match[str], dateline: dt.date | None) -> str | None:
    """d/m/yyyy, or m/d/yyyy when only that reading is a valid date."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    return _iso(year, b, a) or _iso(year, a, b)


MONTHS_AHEAD = 1  # months after the dateline's that a month named alone, in no future-tense clause, may be


def _month_only(m: re.Match[str], dateline: dt.date | None, future: bool = False) -> str | None:
    """A month named alone: the last one before the dateline (or its own, or the next: MONTHS_AHEAD), the next
    one in a future-tense clause ("will vote in June"), the one before/after for "last"/"next"."""
    month, rel = _month(m), m.groupdict().get("rel") and m["rel"].lower()
    if dateline is None:
        return f"--{month:02d}"
    year = dateline.year
    if rel == "last":
        year -= month >= dateline.month
    elif rel == "next" or (rel is None and future):
        year += month < dateline.month or (rel == "next" and month == dateline.month)
    elif rel is None:
        year -= month > dateline.month + MONTHS_AHEAD  # "since March" in a story of November: this year's March
    return _year_month(year, month)


def _month_after_month(m: re.Match[str], dateline: dt.date | None, future: bool = False) -> str | None:
    """A month named alone after another and "and", "or", "to" ("in November and December"; not "Kim and June")."""
    if not _MONTH_AND.search(m.string, max(0, m.start() - 20), m.start()):
        return None
    return _month_only(m, dateline, future)


def _month_year(m: re.Match[str], dateline: dt.date | None) -> str | None:
    """A month of a year given in digits or as "this/last/next year"."""
    month = _month(m)
    if m["year"]:
        return f"{int(m['year']):04d}-{month:02d}"
    if dateline is None:
        return f"--{month:02d}"
    return _year_month(dateline.year + _REL_OFFSET[m["rel"]], month)


def _weekday(m: re.Match[str], dateline: dt.date | None, future: bool) -> str | None:
    """The most recent such day on or before the dateline; for "next" or in a future-tense clause the
    first on or after it ("last Monday" and "next Monday" skip the dateline's own day)."""
    before = _WEEKDAY_REL.search(m.string, max(0, m.start() - 6), m.start())
    rel = before and before[1].lower()
    if dateline is None:
        return f"{rel} {m[0].lower()}" if rel else m[0].lower()
    weekday = _WEEKDAYS.index(m["wd"].lower())
    if rel == "next" or (future and rel != "last"):
        ahead = (weekday - dateline.weekday()) % 7 or (7 if rel == "next" else 0)
        return _shift(dateline, ahead)
    back = (dateline.weekday() - weekday) % 7 or (7 if rel == "last" else 0)
    return _shift(dateline, -back)


def _future(text: str, start: int, sentence_start: int, cues: re.Pattern[str] = _FUTURE) -> bool:
    """Whether the few words before `start` in its sentence speak of the future ("will meet on")."""
    return cues.search(" ".join(text[sentence_start:start].split()[-7:])) is not None


def _relative(m: re.Match[str], dateline: dt.date | None) -> str | None:
    """Yesterday, today, tomorrow (tonight, last night or evening, this morning …); last, this or next month or year."""
    said = " ".join(m["word"].lower().split()) if m["word"] else f"{m['rel'].lower()} {m['per']}"
    return said if dateline is None else relative_value(said, dateline)


def _holiday(m: re.Match[str], dateline: dt.date | None) -> str | None:
    """A holiday's day, with its year, or the year nearest the dateline when that falls within HOLIDAY_REACH days of
    it (the news: "the New Year's Day earthquake" in a story of 2 January); else left without a year (a past one's
    name: "the Boxing Day tsunami" in a story of June)."""
    said = m["holiday"].replace("’", "'")
    month, day = next(when for name, when in _HOLIDAYS.items() if re.fullmatch(name, said))
    if m["year"]:
        return _iso(int(m["year"]), month, day)
    nearest = _nearest(month, day, dateline) if dateline is not None else None
    if nearest is None or dateline is None or abs(dt.date.fromisoformat(nearest) - dateline).days > HOLIDAY_REACH:
        return f"--{month:02d}-{day:02d}"
    return nearest


HOLIDAY_REACH = 62  # days from the dateline within which a holiday named alone is the news's (about two months)


def _ago(m: re.Match[str], dateline: dt.date | None) -> str | None:
    """Years, decades or months before the dateline ("five years ago": 2018 in a story of 2023)."""
    said = f"{m['n'].lower()} {m['per'].lower()} ago"
    return said if dateline is None else relative_value(said, dateline)


_AGO_SAID = re.compile(r"(?P<n>[0-9]+|[a-z]+) (?P<per>year|decade|month)s? ago")


_DATED = re.compile(r"(?P<year>[0-9]{4})(?P<month>-[0-9]{2})?")
_GLOSS_GAP = re.compile(r"[^\S\n]*,[^\S\n]*")  # "in 2016, four years earlier": the same year glossed
_FOUNDED_BEFORE = re.compile(r"\b(?:founded|established|born|created|formed|built|opened)(?:[^\S\n]+in)?[^\S\n]+\Z")


def _earlier_year(m: re.Match[str], text: str, found_before: list[Candidate], sentence: Span) -> str | None:
    """The year a span of years before the last date its sentence names before it ends in ("in 2021 … two years
    earlier": 2019; "3.2% in November, down from 7.1% a year earlier": the November before, a month); None when the
    sentence names no dated time before it, or when the span only glosses that date ("in 2016, four years earlier").
    `found_before`: the dates found before it, in order (only those of its sentence, at the end, are read)."""
    in_sentence = takewhile(lambda c: c.sentence == sentence, reversed(found_before))  # the latest first
    found = next(
        (
            (c, dated)
            for c in in_sentence
            # a year or a month ("released on Monday" dates no year's figures), not what was founded then
            if (dated := _DATED.fullmatch(str(c.value)))
            and not _FOUNDED_BEFORE.search(text, max(0, c.start - 20), c.start)
        ),
        None,
    )
    if found is None or _GLOSS_GAP.fullmatch(text, found[0].end, m.start()):
        return None
    dated = found[1]
    back = _how_many(m["n"]) if m["n"] else 1
    year = int(dated["year"]) - back
    month = dated["month"] if back == 1 else None  # "November … a year earlier": that month; years back, the year
    return f"{year:04d}{month or ''}" if dt.MINYEAR <= year <= dt.MAXYEAR else None


def _how_many(word: str) -> int:
    """A count of years back in digits or words ("a", "an": one)."""
    return 1 if word.lower() in ("a", "an") else int(parse_number(word) or 0)


def relative_value(said: str, dateline: dt.date) -> str | None:
    """A relative date as an undated article leaves it ("today", "last month", "five years ago"; _relative, _ago)
    read on `dateline`; a week stays as said (it is no day, month or year), as does any other value."""
    if said in _DAY_OFFSET:
        return _shift(dateline, _DAY_OFFSET[said])
    if ago := _AGO_SAID.fullmatch(said):
        n = _how_many(ago["n"])
        if ago["per"] == "month":
            return _year_month(*_months_from(dateline, -n))
        year = dateline.year - n * (10 if ago["per"] == "decade" else 1)
        return f"{year:04d}" if dt.MINYEAR <= year <= dt.MAXYEAR else None
    rel, _, per = said.partition(" ")
    if rel not in _REL_OFFSET or per not in ("month", "year"):
        return said
    offset = _REL_OFFSET[rel]
    if per == "year":
        return f"{dateline.year + offset:04d}" if dt.MINYEAR <= dateline.year + offset <= dt.MAXYEAR else None
    return _year_month(*_months_from(dateline, offset))


_VALUE: dict[str, Callable[[re.Match[str], dt.date | None], str | None]] = {
    "iso": lambda m, _: _iso(int(m["year"]), int(m["mon"]), int(m["day"])),
    "dmy": _month_day,
    "mdy": _month_day,
    "numeric": _numeric,
    "my": _month_year,
    "year": lambda m, _: m["year"],
    "month": _month_only,
    "month_compared": _month_only,
    "month_joined": _month_after_month,
    "month_attr": _month_only,
    "period_end": _month_ended,
    "relative": _relative,
    "decade": lambda m, _: f"{m['decade']}s",
    "ago": _ago,
    "holiday": _holiday,
    "day": _day_only,
}


# Forms of a month named alone, read with the tense of their clause.
_MONTH_ALONE = {
    "month": _month_only,
    "month_compared": _month_only,
    "month_attr": _month_only,
    "month_joined": _month_after_month,
}

# What every match of some forms searched in the whole text holds (gates: a fast scan first; one opening with a
# literal, "0s(?<=[0-9]0s)" for "[0-9]0s", lets re scan for that literal alone, ~6x faster than for a digit).
_GATES: dict[str, Gate] = {
    "iso": (re.compile(r"-(?<=[0-9]-)[0-9]{2}-[0-9]"),),
    "numeric": tuple(re.compile(rf"{sep}(?<=[0-9]{sep})[0-9]{{1,2}}[/.][12]") for sep in ("/", r"\.")),
    "day": (re.compile(r"the[^\S\n]+[0-9]"),),
    "decade": (re.compile(r"0s(?<=[0-9]0s)"),),
    "holiday": tuple(re.compile(word) for word in ("Day", r"Eve\b", "Fourth", "Halloween")),  # literals, one each
}
# Every form that names a month needs one of these on its line (dates never cross a line).
_MONTH_SIGN = re.compile(_names([*_MONTHS, *_MONTH_ABBR]))  # one flat alternation: a fast scan
_NAMES_MONTH = frozenset({"dmy", "mdy", "my", "month", "month_compared", "month_joined", "month_attr", "period_end"})
# Forms searched only on the lines holding their word ("ago" opens with a literal: re scans for it alone).
_ON_ITS_LINE = {"ago": re.compile(r"ago\b(?<=\bago)"), "earlier_year": re.compile(r"year")}
# Forms whose every match opens with a month's name: tried only where _MONTH_SIGN matches (~4x faster than a scan).
_AT_A_MONTH = frozenset({"my", "month", "month_compared", "month_joined", "month_attr", "period_end"})
# Forms whose every match opens where their sign does, a flat alternation opening with literals that re scans for
# alone: tried only there (~2x faster than the form's own scan, which opens with a lookahead re tries everywhere). A
# year's sign finds every year's start: one starting inside another's "19"/"20" would open with an 8, 9 or 0.
_AT_A_SIGN = {"weekday": re.compile(_WEEKDAY), "year": re.compile("1[89]|20")}


def _month_lines(text: str, lo: int, hi: int) -> list[Span]:
    """The lines of text[lo:hi] that name a month (with their line breaks), adjacent ones merged."""
    regions: list[Span] = []
    for start, end in sign_lines(text, _MONTH_SIGN, lo, hi):
        if regions and regions[-1][1] >= start:
            regions[-1] = (regions[-1][0], end)
        else:
            regions.append((start, end))
    return regions


def _at_signs(regex: re.Pattern[str], text: str, signed: list[tuple[int, list[int]]]) -> Iterator[re.Match[str]]:
    """What regex.finditer finds in regions given as (end, where each sign in it starts), for a regex whose matches
    all open at a sign (a month's name in the month lines, _AT_A_SIGN's in a window)."""
    for end, starts in signed:
        after = -1
        for start in starts:
            if start >= after and (m := regex.match(text, start, end)):
                after = m.end()
                yield m


def _matches(
    text: str, forms=_FORMS, lo: int = 0, hi: int | None = None
) -> Iterator[tuple[int, int, str, re.Match[str]]]:
    """Non-overlapping date mentions (start, end, form, match) in text[lo:hi]; at one start the longest wins.

    The forms that name a month search only the lines that name one (most only its month names), "ago" those that
    hold it, weekdays and years where their sign stands: fast on long texts.
    """
    hi = len(text) if hi is None else hi
    found: list[tuple[int, int, str, re.Match[str]]] = []
    months = _month_lines(text, lo, hi) if any(name in _NAMES_MONTH for name, _ in forms) else []
    named = [(end, [m.start() for m in _MONTH_SIGN.finditer(text, start, end)]) for start, end in months]
    for name, regex in forms:
        if name in _GATES and not opens(_GATES[name], text, None, lo, hi):
            continue
        if name in _NAMES_MONTH and name in _AT_A_MONTH:
            found.extend((m.start(), -m.end(), name, m) for m in _at_signs(regex, text, named))
            continue
        if name in _AT_A_SIGN:
            signed = [(hi, [m.start() for m in _AT_A_SIGN[name].finditer(text, lo, hi)])]
            found.extend((m.start(), -m.end(), name, m) for m in _at_signs(regex, text, signed))
            continue
        if name in _NAMES_MONTH:
            regions = months
        else:
            regions = sign_lines(text, _ON_ITS_LINE[name], lo, hi) if name in _ON_ITS_LINE else [(lo, hi)]
        for start, end in regions:
            for m in regex.finditer(text, start, end):
                found.append((m.start(), -m.end(), name, m))
    found.sort(key=itemgetter(0, 1))
    last_end = -1
    for start, neg_end, name, m in found:
        if start >= last_end:
            last_end = -neg_end
            yield start, last_end, name, m


@lru_cache(maxsize=64)  # windows of one huge text (sentences.WINDOW), or ordinary articles
def _mentions(text: str, lo: int, hi: int) -> tuple[tuple[int, int, str, re.Match[str]], ...]:
    """The date mentions in text[lo:hi], kept for a while: `find_numbers` asks first, `find_dates` next."""
    return tuple(_matches(text, _FORMS, lo, hi))


def date_spans(text: str, lo: int = 0, hi: int | None = None) -> list[Span]:
    """Where text[lo:hi] mentions dates (sorted, disjoint), for other extractors to leave alone."""
    return [(start, end) for start, end, _, _ in _mentions(text, lo, len(text) if hi is None else hi)]


_DATELINE_FORMS = [(name, regex) for name, regex in _FORMS if name in ("iso", "dmy", "mdy", "numeric")]
_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATELINE_CUE = re.compile(r"(?i)\b(?:posted|published|updated|dated?|modified|first\s+published)\b")
# A wire dateline opening the story: "MEXICO CITY (Sept. 21, 2017) —", "BEIRUT, Aug. 30, 2017 -".
_WIRE_OPENING = re.compile(r"^[^\S\n]*[A-ZÀ-Þ][\w.'’-]*(?:[ ,]+[A-ZÀ-Þ][\w.'’-]*){0,4}[ ,]*\(?$")
# …and what closes it: a bracket, the agency's name in brackets ("BEIRUT, Aug 30 (Reuters) –"), then a dash.
_WIRE_CLOSE = re.compile(r"[^\S\n]*\)?[^\S\n]*(?:\([A-Z][^()\n]{0,40}\)[^\S\n]*)?(?:[—–-]|--)")
# A line about a picture: "FILE - In this 2009 photo ...", a credit, "(AP Photo/...)".
_PICTURE_LINE = re.compile(r"(?i)^\W*file\b\W|\b(?:file\s+photo|photo\s+taken)\b|(?-i:\bFILE)[^\S\n]*[-–—]")
_DATELINE_LABEL = re.compile(rf"{_DATELINE_CUE.pattern}(?:[^\S\n]+on)?[^\S\n]*:?[^\S\n]*\Z")  # the cue right before
# "dated" that says when a picture was taken: "This photo supplied by MSF dated May 31, 2023, shows …" (not a page's
# "Photos by Ana Ruiz | dated June 3, 2024").
_PICTURE_DATED = re.compile(
    r"(?i)\b(?:photo(?:graph)?s?|pictures?|images?|handout|footage|video)\b[^|\n]*\bdated[^\S\n]*\Z"
)
_BYLINE_START = re.compile(r"^[^\S\n]*(?i:by)[^\S\n]+[A-Z]")


def _header_date(line: str, start: int, end: int) -> bool:
    """Whether the date at line[start:end] dates the article rather than a happening: one labelled
    "Posted"/"Updated"/"Date"/..., a line that is essentially the date (a time and a weekday around it),
    a byline with its date, or the place-and-date opening of a wire story; never a date on a photo's
    line ("FILE -", "photo taken", a credit) unless labelled."""
    if _DATELINE_LABEL.search(line, 0, start):
        return not _PICTURE_DATED.search(line, 0, start)
    if _BYLINE_START.match(line):
        return not re.search(r"[.!?]\s*$", line) and len(line.split()) <= 16
    if _PICTURE_LINE.search(line) or find_credit(line):
        return False
    if len(line.strip()) - (end - start) <= 25 or _DATELINE_CUE.search(line, 0, start):
        return True
    return _wire_opening(line, start, end)


def _wire_opening(line: str, start: int, end: int) -> bool:
    return bool(_WIRE_OPENING.match(line[:start]) and _WIRE_CLOSE.match(line, end))


class _HeaderDate(NamedTuple):
    """A date near the top of a page that dates the page itself (_header_dates)."""

    start: int
    end: int
    value: str | None  # ISO; None for a wire opening's day without its year
    labelled: bool  # after "Posted"/"Updated"/…, closing a byline or opening a wire story: not a bare date line


@lru_cache(maxsize=64)  # an article's: extraction reads its dateline from them, alignment its page dates
def _page_header_dates(text: str) -> tuple[_HeaderDate, ...]:
    return tuple(_header_dates(text))


HEADER_LINES, HEADER_CHARS = 15, 1500  # the top of a page, where its date stands…
LABELLED_LINES, LABELLED_CHARS = 30, 3000  # …or, labelled ("Published: …"), below a page's headlines, menus and photos
_LINE_LABEL = re.compile(r"[^\S\n]*(?:Last[^\S\n]+)?(?i:published|updated|posted|date)\b")  # opening a date's line
MAX_LABEL_LINE_WORDS = 10  # "Published: 29 Dec. 2024, 12:49 Updated: 29 Dec. 2024, 15:17" (not a story's sentence)


def _header_dates(text: str) -> Iterator[_HeaderDate]:
    """The dates near the top of `text` that date the page itself (see _header_date), in order: full dates, and
    a wire opening's day without its year (value None); below HEADER_LINES lines (or HEADER_CHARS characters) only
    a labelled one."""
    lines = text[:LABELLED_CHARS].split("\n")[:LABELLED_LINES]
    top = "\n".join(lines)
    near = min(len("\n".join(lines[:HEADER_LINES])), HEADER_CHARS)
    for start, end, name, m in _matches(top, _DATELINE_FORMS):
        value = _VALUE[name](m, None)
        if value is None:
            continue
        line_start = top.rfind("\n", 0, start) + 1
        line_end = top.find("\n", end)
        line = top[line_start : line_end if line_end >= 0 else len(top)]
        at, to = start - line_start, end - line_start
        labelled = bool(
            _DATELINE_LABEL.search(line, 0, at) or _BYLINE_START.match(line) or _WIRE_OPENING.match(line[:at])
        )
        if start >= near and not (_LINE_LABEL.match(line) and len(line.split()) <= MAX_LABEL_LINE_WORDS):
            continue  # below the top, only a line that a label opens ("Published: Thu 1 Aug 2024, 3:58 PM")
        if _FULL_DATE.fullmatch(value) and _header_date(line, at, to):
            yield _HeaderDate(start, end, value, labelled)
        elif _wire_opening(line, at, to):
            yield _HeaderDate(start, end, None, labelled)  # "VELTRIN, Aug 30 (Meridian Wire) –": its year unsaid


def find_dateline(text: str) -> str | None:
    """The ISO date the article is dated: the first full date near the top of `text` that follows "Posted"/
    "Updated"/..., closes a byline or opens a wire story; with none, the earliest that stands on a header line of
    its own (a page's masthead may show the day it was read above the article's own date line: "Wednesday, November
    27, 2024" over "| May 31, 2019 8:44 PM"; an article is never dated after it was read).

    A date inside a sentence (a caption, the story) is not the article's date, nor is one on a photo's
    line ("FILE -", a credit): without a header date the article is undated, so that relative days stay
    unresolved rather than resolved against the day a picture was taken.
    """
    found = [(value, d.labelled) for d in _page_header_dates(text) if (value := d.value)]
    labelled = [value for value, label in found if label]
    return labelled[0] if labelled else min((value for value, _ in found), default=None)


def page_date_spans(text: str) -> list[Span]:
    """Where the top of `text` gives the date of the page itself ("Posted February 20, 2020", a byline's
    date, a wire story's opening date): a fact about the page, not a date of what it reports."""
    return [(d.start, d.end) for d in _page_header_dates(text)]


def _page_date_label(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a stored page's date label opening its text ("date 2023-06-03"); a
    fact box's "Date: 2024-07-14" further down is a date of the story."""
    return start < LABEL_REACH and PAGE_DATE_LABEL.fullmatch(text, 0, end) is not None


def _dateline(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat(article.dateline) if article.dateline else None
    except ValueError:
        return None


def find_dates(article: Article, index: SentenceIndex) -> list[Candidate]:
    """Date candidates in `article`, resolved against `article.dateline` where the text is relative."""
    dateline = _dateline(article)
    text = article.text
    result: list[Candidate] = []
    mentions = (mention for lo, hi in index.windows() for mention in _mentions(text, lo, hi))
    for start, end, name, m in mentions:
        if len(result) >= MAX_PER_KIND:
            break
        if name == "iso" and _page_date_label(text, start, end):
            continue  # "date 2023-06-03 Rescuers …": the day the page is dated, no date of what it reports
        value: str | None
        sentence = index.sentence_at(start)
        if name == "weekday":
            value = _weekday(m, dateline, _future(text, start, sentence[0]))
        elif name == "earlier_year":
            value = _earlier_year(m, text, result, sentence)
        elif name in _MONTH_ALONE:
            value = _MONTH_ALONE[name](m, dateline, _future(text, start, sentence[0], _MONTH_FUTURE))
        elif name in ("dmy", "mdy"):
            value = _month_day(m, dateline, _future(text, start, sentence[0], _MONTH_FUTURE))
        else:
            value = _VALUE[name](m, dateline)
        if value is not None:
            result.append(Candidate(article.id, start, end, text[start:end], "date", value, sentence))
    return result
