"""The view state the store keeps between runs (selection, filter, theme): its keys and the filter's JSON form.

The review screen restores it and reports changes; the App saves them once the keys rest.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from workbench.app.filters import Filter

SELECTION_KEY = "app.selection"
FILTER_KEY = "app.filter"
THEME_KEY = "app.theme"
SAVE_DELAY = 0.5
"""Seconds after the last change of view state (selection, filter, theme) before it is saved."""


def filter_to_state(new: Filter) -> dict[str, Any]:
    """The filter as JSON for the store's UI state (sets as sorted lists)."""
    return {k: sorted(v) if isinstance(v, frozenset) else v for k, v in asdict(new).items()}


def filter_from_state(saved: Any) -> Filter:
    """The filter saved in the store's UI state; no filter when there is none or it no longer fits."""
    if not isinstance(saved, dict):
        return Filter()
    try:
        fields: dict[str, Any] = {k: frozenset(v) if isinstance(v, list) else v for k, v in saved.items()}
        return Filter(**fields)
    except TypeError:
        return Filter()
