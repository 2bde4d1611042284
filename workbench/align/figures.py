"""How the figures of one cluster relate: all equal, a rounding, within a hedge's bounds, or not.

Each figure admits an interval: an exact figure only itself, a round figure (a multiple of ten, said
without a hedge) anything within ROUNDING of it, a hedged figure ("more than 60") its bounds. The
detail is `exact` when the values are equal, `rounded` when they fit one value with hedged figures
taken at their word, `within-bounds` when they do so only with the hedges' bounds, else
`contradiction`.
"""

from __future__ import annotations

import math

from workbench.align.values import values_agree
from workbench.extract.units import measured
from workbench.model import Candidate

FIGURE_KINDS = ("quantity", "money", "percent")
ROUNDING = 0.05  # a round figure stands for any value this share of it away ("300" for 308)


def _round(value: float) -> bool:
    return value != 0 and float(value).is_integer() and int(value) % 10 == 0


def _interval(c: Candidate, use_bounds: bool) -> tuple[float, float]:
    """What a figure admits, in its measure's base unit ("three hours" and "180 minutes" alike)."""
    factor = measured(1, c.unit)
    scale = float(factor) if isinstance(factor, (int, float)) else 1.0
    value = float(c.value)
    if c.bounds is not None:
        if not use_bounds:
            return value * scale, value * scale
        low, high = c.bounds
        return (-math.inf if low is None else low * scale), (math.inf if high is None else high * scale)
    if _round(value):
        return value * (1 - ROUNDING) * scale, value * (1 + ROUNDING) * scale
    return value * scale, value * scale


def _fit(members: list[Candidate], use_bounds: bool) -> bool:
    """Whether one value lies in every member's interval."""
    intervals = [_interval(c, use_bounds) for c in members]
    return max(low for low, _ in intervals) <= min(high for _, high in intervals) + 1e-9


def figure_detail(members: list[Candidate]) -> str | None:
    """exact, rounded, within-bounds or contradiction for a cluster's figures; None for other kinds."""
    if not members or members[0].kind not in FIGURE_KINDS:
        return None
    figures = [c for c in members if isinstance(c.value, (int, float))]  # an unread value contradicts nothing
    if values_agree(members[0].kind, [measured(c.value, c.unit) for c in figures]):
        return "exact"
    if _fit(figures, use_bounds=False):
        return "rounded"
    if _fit(figures, use_bounds=True):
        return "within-bounds"
    return "contradiction"
