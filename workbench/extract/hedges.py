"""Hedged figures: the words before a figure that make it a bound or a range ("more than 300",
"nearly 400", "some 6 million") and the vague counts that are a range by themselves ("hundreds of").

`hedge(text, start, figure, value)` gives the hedge words and the [low, high] bounds the figure
admits, an open end being None; a plain figure has none.
"""

from __future__ import annotations

import re

from workbench.extract.numwords import VAGUE

APPROXIMATE = 0.05  # "about", "some", "a dozen": the stated figure give or take this share of it

_S = r"[^\S\n]+"
# Hedge words and what they make of the figure N: (low, high) as factors of N, None for an open end.
_HEDGES: dict[str, tuple[float | None, float | None]] = {
    "more than": (1, None), "over": (1, None), "at least": (1, None), "upwards of": (1, None),
    "in excess of": (1, None), "no fewer than": (1, None), "no less than": (1, None), "well over": (1, None),
    "exceeding": (1, None), "topping": (1, None), "surpassing": (1, None),
    "just over": (1, 1 + APPROXIMATE),
    "less than": (None, 1), "fewer than": (None, 1), "under": (None, 1), "up to": (None, 1),
    "at most": (None, 1), "no more than": (None, 1), "as many as": (None, 1), "as much as": (None, 1),
    "nearly": (1 - APPROXIMATE, 1), "almost": (1 - APPROXIMATE, 1), "close to": (1 - APPROXIMATE, 1),
    "just under": (1 - APPROXIMATE, 1),
    "about": (1 - APPROXIMATE, 1 + APPROXIMATE), "around": (1 - APPROXIMATE, 1 + APPROXIMATE),
    "approximately": (1 - APPROXIMATE, 1 + APPROXIMATE), "roughly": (1 - APPROXIMATE, 1 + APPROXIMATE),
    "some": (1 - APPROXIMATE, 1 + APPROXIMATE), "an estimated": (1 - APPROXIMATE, 1 + APPROXIMATE),
    "estimated": (1 - APPROXIMATE, 1 + APPROXIMATE), "perhaps": (1 - APPROXIMATE, 1 + APPROXIMATE),
}  # fmt: skip
_ALTERNATION = "|".join(w.replace(" ", _S) for w in sorted(_HEDGES, key=len, reverse=True))
_BEFORE = re.compile(rf"(?i:\b(?P<hedge>{_ALTERNATION})){_S}\Z")
_LOOKBEHIND = 24  # longer than any hedge and its spaces
_VAGUE = re.compile(VAGUE)
_DOZEN = re.compile(r"(?i:a[^\S\n]+dozen)\b")
_PLUS = re.compile(r"(?<=[0-9])[-‐‑]plus\b", re.IGNORECASE)  # a floor written after the figure
_AFTER_HEDGES: dict[str, tuple[float | None, float | None]] = {
    "more": (1, None), "fewer": (None, 1), "less": (None, 1), "so": (1 - APPROXIMATE, 1 + APPROXIMATE),
}  # fmt: skip
OR_BOUND = rf"or{_S}(?P<word>{'|'.join(_AFTER_HEDGES)})"  # a bound after the figure: "10 or more", "50 or so"
_OR_AFTER = re.compile(rf"\b{OR_BOUND}\b", re.IGNORECASE)


def _factor(value: float, factor: float | None) -> float | None:
    if factor is None:
        return None
    bound = round(float(value * factor), 9)
    return int(bound) if bound.is_integer() else bound


def hedge(text: str, start: int, figure: str, value: float) -> tuple[str, list[float | None]] | None:
    """(hedge words, [low, high]) of the figure `figure` (text[start:...], worth `value`), or None.

    "hundreds of" is the range [200, 999] (a vague count's value is its lower bound); "a dozen" is
    about twelve.
    """
    before = _BEFORE.search(text, max(0, start - _LOOKBEHIND), start)
    if before:
        low, high = _HEDGES[" ".join(before["hedge"].lower().split())]
        return before["hedge"], [_factor(value, low), _factor(value, high)]
    if plus := _PLUS.search(figure):  # "1,300-plus people": at least 1,300
        return plus.group()[1:], [value, None]
    if after := _OR_AFTER.search(figure):  # "10 or more years", "10 or fewer years", "a dozen or so"
        low, high = _AFTER_HEDGES[after["word"].lower()]
        return after.group(), [_factor(value, low), _factor(value, high)]
    vague = _VAGUE.match(figure)
    if vague:
        return vague.group(), [value, value * 5 - 1]  # "hundreds" = 2 x 100, up to 999
    if _DOZEN.match(figure):
        return "a dozen", [_factor(value, 1 - APPROXIMATE), _factor(value, 1 + APPROXIMATE)]
    return None
