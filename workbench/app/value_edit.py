"""The edit-value prompt: a value shown as text that parses back to the same value, of the same type."""

from __future__ import annotations

import json
from typing import Any

TEXT_KINDS = frozenset({"date", "quote", "entity"})
"""Kinds whose values are text ("2017-08-30", a quote's wording, a name); the figures' values are JSON numbers."""


def edit_text(value: Any, kind: str) -> str:
    """`value` as the prompt shows it: a date, quote or name as its text, a figure as JSON (1500, 12.5, null)."""
    if kind in TEXT_KINDS:
        return "" if value is None else str(value)
    return json.dumps(value, ensure_ascii=False)


def parse_edit(text: str, kind: str) -> Any:
    """The value typed in the prompt for a candidate of `kind`: text for a date, quote or name (so "2024"
    stays a date's text); a JSON value for a figure. Raises ValueError, one line, when a figure is not
    JSON ("1,500") or not finite (NaN, Infinity, 1e999: the store keeps only JSON)."""
    if kind in TEXT_KINDS:
        return text
    try:
        value = json.loads(text)
        json.dumps(value, allow_nan=False)
    except ValueError:
        raise ValueError(f"“{text.strip()}” is not a finite number or JSON value (e.g. 1500, 12.5, null)") from None
    return value
