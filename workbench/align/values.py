"""When candidates' normalised values agree: equal figures, compatible dates, identical quotes."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from itertools import combinations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_ISO_PARTS = re.compile(r"(?:(\d{4})|-)(?:-(\d\d)(?:-(\d\d))?)?")
_DAY_OF_MONTH = re.compile(r"(?:the )?([0-9]{1,2})(?:st|nd|rd|th)")  # "the 29th" in a story with no dateline


def _date_parts(value: str) -> tuple[str | None, str | None, str | None, str | None]:
    """(year, month, day, weekday) of a date value: YYYY[-MM[-DD]], --MM[-DD], a weekday name or a day of
    the month alone ("the 29th", left so without a dateline).

    ValueError for anything else (an unresolved "yesterday" or "this year" fits no other value).
    """
    if value in WEEKDAYS:
        return None, None, None, value
    if (day_of_month := _DAY_OF_MONTH.fullmatch(value)) and 1 <= int(day_of_month[1]) <= 31:
        return None, None, f"{int(day_of_month[1]):02d}", None
    m = _ISO_PARTS.fullmatch(value)
    if m is None or value == "-":
        raise ValueError(value)
    year, month, day = m.groups()
    dt.date(int(year or 2000), int(month or 1), int(day or 1))  # ValueError for 2017-02-30 or --13-45
    weekday = WEEKDAYS[dt.date(int(year), int(month), int(day)).weekday()] if year and day else None
    return year, month, day, weekday


def date_parts(value: object) -> tuple[str | None, str | None, str | None, str | None] | None:
    """(year, month, day, weekday) of a date value (see _date_parts), None when it names no date."""
    if not isinstance(value, str):
        return None
    try:
        return _date_parts(value)
    except ValueError:
        return None


NEAR_THE_NEWS = 183  # days from the story's last dateline within which a dated day is the one a yearless day names


def _parts_fit(pa: tuple, pb: tuple) -> bool:
    """Whether two dates' parts agree wherever both name one; a weekday a day of the month without its year was
    given from the story's year (a fifth part, the story's last dateline as an ordinal) is not held against a full
    date within NEAR_THE_NEWS days of it ("on April 27" and "April 27, 2023" in a story of November 2022; not "on
    March 24" and "March 24, 2023", a year before a story of March 2024)."""
    for x, y in ((pa, pb), (pb, pa)):
        if len(x) > 4 and None not in y[:3]:
            try:
                near = abs(dt.date(int(y[0]), int(y[1]), int(y[2])).toordinal() - x[4]) <= NEAR_THE_NEWS
            except ValueError:
                near = False
            if near:
                pa, pb = pa[:3], pb[:3]
            break
    return all(x is None or y is None or x == y for x, y in zip(pa[:4], pb[:4]))


@lru_cache(maxsize=1 << 16)  # a story's few distinct days, asked for every pair of counts that name some
def dates_compatible(a: str, b: str) -> bool:
    """Whether two date values can name the same day (a weekday or a partial date fits a full one)."""
    if a == b:
        return True
    pa, pb = date_parts(a), date_parts(b)
    return pa is not None and pb is not None and _parts_fit(pa, pb)


def days_match(pa: tuple | None, pb: tuple | None) -> bool:
    """Whether two differing date values, by their date_parts, name one day: a weekday or month-day
    that fits a full date (a bare year or month is no day)."""
    if pa is None or pb is None or not _parts_fit(pa, pb):
        return False
    return bool(pa[2] or pa[3]) and bool(pb[2] or pb[3])


def months_match(pa: tuple | None, pb: tuple | None) -> bool:
    """Whether two date values, by their date_parts, name one month and no day: "June" and "June 2023"."""
    if pa is None or pb is None or not _parts_fit(pa, pb):
        return False
    return bool(pa[1] and pb[1]) and not (pa[2] or pa[3] or pb[2] or pb[3])


def story_weekdays(month_day: str, news_days: list[int], window: int) -> frozenset[str]:
    """The weekdays a day of the month with no year ("--07-02") falls on in the year a story is dated: the
    day taken in a dateline's year, or the year before when it would come more than `window` days after it
    (a story tells what has happened, or what is soon to come); one per dateline, none without one."""
    parts = date_parts(month_day)
    if parts is None or parts[0] is not None or parts[1] is None or parts[2] is None:
        return frozenset()
    month, day = int(parts[1]), int(parts[2])
    found = set()
    for ordinal in news_days:
        dateline = dt.date.fromordinal(ordinal)
        for year in (dateline.year, dateline.year - 1):
            try:
                when = dt.date(year, month, day)
            except ValueError:  # 29 February
                continue
            if when.toordinal() <= ordinal + window:
                found.add(WEEKDAYS[when.weekday()])
                break
    return frozenset(found)


def weekday_fits(weekday: str, month_day: str, news_days: list[int], window: int) -> bool:
    """Whether a weekday and a day of the month with no year ("--07-02") fall together in the year a story
    is dated (story_weekdays). True when no dateline says (nothing tells them apart)."""
    weekdays = story_weekdays(month_day, news_days, window)
    return not weekdays or weekday in weekdays


def year_and_month(pa: tuple | None, pb: tuple | None) -> bool:
    """Whether one date value is a bare year and the other a month of that year, no day named: "2020" and
    "March 2020"."""
    if pa is None or pb is None or not _parts_fit(pa, pb) or pa[2] or pa[3] or pb[2] or pb[3]:
        return False
    return bool(pa[0] and pb[0]) and bool(pa[1]) != bool(pb[1])


def month_and_day(pa: tuple | None, pb: tuple | None) -> bool:
    """Whether one date value is a month of a year and the other a day of that month: "April 1984" and "April 5,
    1984"."""
    if pa is None or pb is None or not _parts_fit(pa, pb) or not (pa[0] and pb[0] and pa[1] and pb[1]):
        return False
    return bool(pa[2]) != bool(pb[2])


def same_day(a: object, b: object) -> bool:
    """Whether two date values name one day: equal, or a weekday or month-day that fits a full date
    (a bare year or month is no day)."""
    if not (isinstance(a, str) and isinstance(b, str)):
        return False
    return a == b or days_match(date_parts(a), date_parts(b))


def _precision(value: str) -> int:
    """How finely a date value names its time: a year (1), a month (2), a day (3, a weekday too); 0 for none."""
    parts = date_parts(value)
    if parts is None:
        return 0
    return 3 if parts[2] or parts[3] else 2 if parts[1] else 1


def _equal(kind: str, a: object, b: object) -> bool:
    """Whether two values of one fact agree: equal numbers; for dates, one time named as finely (a weekday fits its
    date, a day of the month its year's; "March 2020" and "2020" differ, as "63" and "more than 60" do)."""
    if a is None or b is None:
        return True  # an unresolved value contradicts nothing
    if kind == "date" and isinstance(a, str) and isinstance(b, str):
        return dates_compatible(a, b) and _precision(a) == _precision(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    return a == b


def values_agree(kind: str, values: list[object]) -> bool:
    """Whether every pair of the values agrees (for quotes: identical normalised wording)."""
    distinct = list({repr(v): v for v in values}.values())
    return all(_equal(kind, a, b) for a, b in combinations(distinct, 2))
