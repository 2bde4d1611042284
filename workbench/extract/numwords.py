"""Numbers written in digits or words: regex sources to find them and a parser for their value.

`NUMBER` (`DIGITS` "1,200", "1.5 million", "40m", or `WORDS` "nine", "twenty-three", "a dozen", "three
hundred and five") and `VAGUE` ("hundreds", "tens of thousands") are regex sources, meant to be embedded
in larger patterns after `LEAD`.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}  # fmt: skip
_SCALES = {
    "hundred": 100, "thousand": 10**3, "lakh": 10**5, "million": 10**6, "crore": 10**7, "billion": 10**9, "trillion": 10**12,
    "mln": 10**6, "bln": 10**9, "trln": 10**12,  # "$6Bln", "12 mln tonnes": as agencies such as TASS write them
}  # fmt: skip
_SUFFIXES = {"k": 10**3, "m": 10**6, "mn": 10**6, "b": 10**9, "bn": 10**9, "tn": 10**12, "trn": 10**12}
# Plural scale words of a vague count; the count is read as its lower bound ("hundreds" -> 200).
_VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 10**3, "millions": 10**6,
          "billions": 10**9}  # fmt: skip


def _alternation(words) -> str:
    """The words as a regex alternation, longest first, grouped by first letter: re tries one group's words
    at a position, not every word ("t(?:hirteen|wenty|…)")."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_DIGIT_WORDS = _alternation(w for w, v in _UNITS.items() if 0 < v < 10)
# "twenty-three", "nine"
_BASIC = rf"(?:(?:{_alternation(_TENS)})(?:-(?:{_DIGIT_WORDS}))?|{_alternation(_UNITS)})"
_SCALE_WORD = rf"(?:{_alternation(_SCALES)}|dozen)"
_AFTER_SCALE = "|".join(f"(?<={w})" for w in _SCALES)

# ISO 4217 codes a sum may be written with ("USD 20,000"; money._BEFORE), glued to its digits too when a scale
# follows them ("CHF100bn", "SFr3bn", "Rs500 crore"; not "USD1", a coin's name).
CURRENCY_CODES = ("USD", "EUR", "GBP", "LBP", "SYP", "EGP", "IQD", "JOD", "TRY", "SAR", "ILS", "JPY", "CNY",
                  "CHF", "CAD", "AUD", "HKD", "INR", "RUB", "ZAR", "KRW", "TWD", "BRL", "MXN", "NGN", "KES", "PKR",
                  "NZD", "SGD")  # fmt: skip
_GLUED = rf"(?<=\b(?:{'|'.join(CURRENCY_CODES)}|SFr))|(?<=\bRs)"
# A number in digits, grouped by thousands or the Indian way ("1,30,000", "12,50,000": lakhs and crores); a mixed fraction
# ("5-1/4", "2-1/2-hour", "22 1/2", as statements and wires write it).
# A digit is looked for first: cheaper than _GLUED's lookbehinds, which would be tried at every position of a word.
DIGITS = (
    rf"(?=[0-9])(?:(?<![\w.,:/])|{_GLUED})(?<!(?<!%)-)(?:[0-9]{{1,2}}(?:,[0-9]{{2}})+,[0-9]{{3}}|[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?:\.[0-9]+|(?:-|[^\S\n])[1-7]/[248](?![0-9/]))?"
    r"(?![0-9]|[.,:/][0-9])"
)
_MIXED = re.compile(r"([0-9]+)(?:-|[^\S\n])([1-7])/([248])")
SCALE = rf"(?:[^\S\n]*(?i:{_alternation(_SCALES)})\b)"  # "1.5 million", "£130million", "8.5 Million" (a title)
SUFFIX = rf"(?:{_alternation(_SUFFIXES)}|M|MN|Mn|B|BN|Bn|TN)\b"  # "40m", "1.5bn", "8.5M", "$1.3B" (not "4K": a screen)
# Half a scale: "half a million", "a half-million", "half a dozen".
_HALF = r"(?:a[^\S\n]+)?half(?:[^\S\n]+|-)(?:a(?:[^\S\n]+|-))?(?:million|billion|trillion|thousand|dozen)\b"
WORDS = (
    rf"(?i:\b(?:{_HALF}|a[^\S\n]+(?:{_alternation(_SCALES)}|dozen)|{_BASIC})"
    rf"(?:(?:[^\S\n]+|-)(?:{_BASIC}|{_SCALE_WORD})|(?:{_AFTER_SCALE})[^\S\n]+and[^\S\n]+{_BASIC})*\b)"
)
VAGUE_WORDS = tuple(_VAGUE)  # one of them begins every VAGUE match
VAGUE = (
    rf"(?i:(?=[{''.join(sorted({w[0] for w in _VAGUE}))}])\b(?:{_alternation(_VAGUE)})"  # a first letter first: a fast scan
    rf"(?:[^\S\n]+of[^\S\n]+(?:thousands|millions|billions))?\b)"
)
# A half or a quarter more: "22 ½", "22½", "nine-and-a-half", "two and a half" (million).
_VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
FRACTION = rf"(?:[^\S\n]?[{''.join(_VULGAR)}]|(?:[^\S\n]+|-)and(?:[^\S\n]+|-)a(?:[^\S\n]+|-)(?i:half)\b)"
_FRACTION = re.compile(FRACTION)
# a number in digits or words, as a regex source
NUMBER = rf"(?:{DIGITS}(?:{FRACTION}(?:{SCALE})?|{SCALE}|{SUFFIX})?|{WORDS}(?:{FRACTION}(?:{SCALE})?)?)"
# The words, lower-cased, one of which opens every match of WORDS or VAGUE in words, or follows its opening "a" ("a
# dozen", "a half-million"); each listed once, not beside a longer one it begins ("ten", not "tens", "tenth").
_OPENING = {*_UNITS, *_TENS, *_VAGUE, *_SCALES, "dozen", "half"}
OPENING_WORDS = tuple(sorted(w for w in _OPENING if not any(o != w and w.startswith(o) for o in _OPENING)))
# Put before NUMBER or VAGUE to skip quickly the many positions where no number can start (a digit before _GLUED).
_FIRST_LETTERS = "".join(sorted({w[0] for w in (*_UNITS, *_TENS, *_VAGUE, "a")}))
LEAD = rf"(?:\b(?=[0-9{_FIRST_LETTERS}{_FIRST_LETTERS.upper()}])|(?=[0-9])(?:{_GLUED}))"

# Words after which a number is a label, neither a count nor a year ("Resolution 2042", "No. 10").
SERIAL_LABELS = (
    "Resolution", "Flight", "Route", "Article", "Section", "Chapter", "No.", "Number", "Room", "Page",
    "Model", "Version",
)  # fmt: skip

_TOKEN = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?|[^\W\d_]+")


MAX_FIGURE = Decimal(10) ** 18  # larger "numbers" are codes or noise, not figures in a story


def _to_number(value: Decimal) -> int | float | None:
    """An int when `value` is integral, else a float; None beyond any figure a story gives."""
    if abs(value) >= MAX_FIGURE:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


@lru_cache(maxsize=4096)  # an article asks for its numbers and for the words after each
def parse_number(text: str) -> int | float | None:
    """The value of a number matched by `NUMBER`, `VAGUE` or `DIGITS` + `SUFFIX`; None if it is not one.

    >>> parse_number("twenty-three"), parse_number("1.5 million"), parse_number("hundreds")
    (23, 1500000, 200)
    """
    fraction = _FRACTION.search(text)
    if fraction:
        whole, after = parse_number(text[: fraction.start()]), text[fraction.end() :].strip()
        scale = parse_number("1 " + after) if after else 1
        part = _VULGAR.get(fraction.group().strip(), Decimal("0.5"))
        return None if whole is None or scale is None else _to_number((Decimal(whole) + part) * Decimal(scale))
    mixed = _MIXED.match(text)
    if mixed:
        whole, top, bottom = map(int, mixed.groups())
        rest = parse_number("1" + text[mixed.end() :]) if text[mixed.end() :].strip() else 1
        return (
            None
            if rest is None or top >= bottom
            else _to_number(Decimal(whole * bottom + top) / bottom * Decimal(rest))
        )
    tokens = [t for t in _TOKEN.findall(text.lower()) if t not in ("a", "and", "of")]
    if not tokens:
        return None
    if tokens[0] == "half":  # "half a million", "half a dozen"
        whole = _words_value(tokens[1:]) if len(tokens) > 1 else None
        return None if whole is None else _to_number(Decimal(whole) / 2)
    if tokens[0][0].isdigit():
        try:
            value = Decimal(tokens[0].replace(",", ""))
        except InvalidOperation:
            return None
        for scale in tokens[1:]:
            factor = _SCALES.get(scale) or _SUFFIXES.get(scale)
            if factor is None:
                return None
            value *= factor
        return _to_number(value)
    if tokens[0] in _VAGUE:
        count = 2
        for word in tokens:
            factor = _VAGUE.get(word)
            if factor is None:
                return None
            count *= factor
        return count
    return _words_value(tokens)


def _words_value(tokens: list[str]) -> int | None:
    """Sum number words the usual way; None for a sequence that is not one number ("two three")."""
    total = current = 0
    previous = None  # "unit" or "ten" after a word that cannot be followed by another of its kind
    for word in tokens:
        if word in _UNITS:
            if previous == "unit" or (previous == "ten" and _UNITS[word] >= 10):
                return None
            current += _UNITS[word]
            previous = "unit"
        elif word in _TENS:
            if previous in ("unit", "ten"):
                return None
            current += _TENS[word]
            previous = "ten"
        elif word == "dozen":
            current = (current or 1) * 12
            previous = "unit"
        elif word == "hundred":
            current = (current or 1) * 100
            previous = None
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
            previous = None
        else:
            return None
    return total + current
