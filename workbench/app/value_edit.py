"""The edit-value prompt: a value shown as text that parses back to the same value, of the same type."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from typing import Any

from workbench.align.values import WEEKDAYS

TEXT_KINDS = frozenset({"date", "quote", "entity"})
"""Kinds whose values are text ("2017-08-30", a quote's wording, a name); the figures' values are JSON numbers."""

DATE_FORMS = "YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or a weekday name"
_DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?|--(?P<md_month>\d{2})-(?P<md_day>\d{2})")


def edit_text(value: Any, kind: str) -> str:
    """`value` as the prompt shows it: a date, quote or name as its text, a figure as JSON (1500, 12.5, null)."""
    if kind in TEXT_KINDS:
        return "" if value is None else str(value)
    return json.dumps(value, ensure_ascii=False)


def _date(text: str) -> str:
    """A date value in one of the analysis's forms (a weekday in lower case); ValueError otherwise."""
    value = text.strip()
    if value.lower() in WEEKDAYS:
        return value.lower()
    match = _DATE.fullmatch(value)
    try:
        if match and match["md_month"]:
            dt.date(2000, int(match["md_month"]), int(match["md_day"]))  # a leap year: --02-29 is a day
        elif match:
            dt.date(int(match["year"]), int(match["month"] or 1), int(match["day"] or 1))
        else:
            raise ValueError
    except ValueError:
        raise ValueError(f"“{value}” is not a date: type {DATE_FORMS}") from None
    return value


def parse_edit(text: str, kind: str) -> Any:
    """The value typed in the prompt for a candidate of `kind`: a date in one of the analysis's forms,
    a quote's or name's text as typed, a figure as a finite JSON int or float (null: no value, as extracted).
    Raises ValueError, one line saying the form expected, for anything else ("2017-13-45", "1,500", NaN,
    1e999, "[1]", true)."""
    if kind == "date":
        return _date(text)
    if kind in TEXT_KINDS:
        return text
    refused = ValueError(f"“{text.strip()}” is not a number: type a plain number such as 1500 or 12.5 (null: none)")
    try:
        value = json.loads(text)
    except ValueError:
        raise refused from None
    number = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if value is not None and not number:
        raise refused
    return value
