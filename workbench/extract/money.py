"""Sums of money around a number: "$1.5 billion", "€40m", "USD 20,000", "2.3 million euros".

The currency is given as an ISO 4217 code ("USD" for $ and US$, "EUR" for € and euros, "GBP" for
£ and pounds, "LBP" for Lebanese pounds), or None for a currency word with no single code ("dinars") and for
a plain "$" in a text that marks its US dollars sum after sum, or converts one ("$US59.5 billion ($93 billion)"):
that outlet's "$" is its own dollar.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.numwords import CURRENCY_CODES, parse_number

_S = r"[^\S\n]+"
_SYMBOLS = {"SFr": "CHF", "US$": "USD", "$US": "USD", "$": "USD", "$A": "AUD", "AU$": "AUD", "NZ$": "NZD", "S$": "SGD", "C$": "CAD", "A$": "AUD", "HK$": "HKD", "€": "EUR", "£": "GBP",
            "¥": "JPY", "₹": "INR", "₪": "ILS", "₽": "RUB", "NT$": "TWD", "R$": "BRL", "₩": "KRW"}  # fmt: skip
_WORD_CODES = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY", "rouble": "RUB",
               "ruble": "RUB", "rupee": "INR", "shekel": "ILS", "riyal": "SAR", "lira": "TRY", "dinar": None,
               "franc": None, "rand": "ZAR", "naira": "NGN", "won": "KRW"}  # fmt: skip
_ADJECTIVE_CODES = {
    ("us", "dollar"): "USD", ("american", "dollar"): "USD", ("canadian", "dollar"): "CAD",
    ("australian", "dollar"): "AUD", ("hong kong", "dollar"): "HKD", ("lebanese", "pound"): "LBP",
    ("lebanese", "lira"): "LBP", ("syrian", "pound"): "SYP", ("syrian", "lira"): "SYP",
    ("egyptian", "pound"): "EGP", ("iraqi", "dinar"): "IQD", ("jordanian", "dinar"): "JOD",
    ("turkish", "lira"): "TRY", ("saudi", "riyal"): "SAR", ("swiss", "franc"): "CHF", ("cfa", "franc"): "XOF",
    ("central african", "franc"): "XAF", ("west african", "franc"): "XOF", ("congolese", "franc"): "CDF",
}  # fmt: skip


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_ADJECTIVES = _alternation({a.title() for a, _ in _ADJECTIVE_CODES} | {"US", "U.S.", "CFA"})
_CURRENCY_WORD = (
    r"(?:dollars?|euros?|pounds?(?:[^\S\n]+sterling)?|yen|yuan|roubles?|rubles?|rupees?|shekels?|riyals?"
    r"|liras?|dinars?|francs?|rand|naira|(?<=illion[^\S\n])won)"  # "1.5 trillion won", not "the party won"
)
_SCALED = re.compile(r"[^\W\d_]")  # a scale in a number's text ("100bn", "500 crore")
_LONGEST_PREFIX = max(len(w) for w in (*_SYMBOLS, *CURRENCY_CODES)) + 1
_BEFORE = re.compile(  # "$", "US$", "USD ", "SFr" right before the number
    rf"(?:(?P<symbol>{_alternation(_SYMBOLS)})|(?<![\w$])(?:(?P<code>{_alternation(CURRENCY_CODES)})|(?P<rupees>Rs\.?)))"
    r"[^\S\n]?\Z"
)
_AFTER = re.compile(
    rf"{_S}(?:(?P<hundredth>(?:euro[^\S\n]+)?cents?|pence)\b"  # "84 cents", "20 euro cents", "50 pence": a hundredth
    rf"|(?P<code>{_alternation(CURRENCY_CODES)})\b"
    rf"|(?:(?P<adjective>{_ADJECTIVES}){_S})?(?P<word>{_CURRENCY_WORD})\b(?!{_S}of\b))"  # not "500 pounds of"
)


def _word_code(m: re.Match[str]) -> str | None:
    word = m["word"].lower().split()[0]
    word = word[:-1] if word.endswith("s") else word
    adjective = (m["adjective"] or "").lower().replace(".", "")
    return _ADJECTIVE_CODES.get((adjective, word), _WORD_CODES[word])


@lru_cache(maxsize=8)
def _swiss(text: str) -> bool:
    """Whether a text speaks of Switzerland ("Swiss", "Switzerland"): its plain francs are Swiss francs."""
    return _SWISS.search(text) is not None


_SWISS = re.compile(r"\b(?:Swiss|Switzerland)\b")


@lru_cache(maxsize=8)
def _us_marked(text: str) -> bool:
    """Whether a text shows its own dollar is not the US one: it marks its US dollars sum after sum
    ("US$195 million … US$110.5 million"), as Australian, Canadian or Hong Kong outlets do, or converts a marked
    sum into a plain one ("$US59.5 billion ($93 billion)"). One marked sum alone says nothing of the others (an
    American outlet's "US$800 million" for a Canadian unit)."""
    head = text[:_US_REACH]
    return len(_US_MARKED.findall(head)) >= 2 or _US_CONVERTED.search(head) is not None


_US_REACH = 200_000  # characters read for marked sums (an article's length; a hostile file is not read whole)
_US_MARKED = re.compile(r"(?<![A-Z])(?:US\$|\$US)[^\S\n]?[0-9]")
_US_CONVERTED = re.compile(r"(?<![A-Z])(?:US\$|\$US)[^\S\n]?[0-9][^()\n]{0,30}\([^\S\n]*\$[^\S\n]?[0-9]")


def money_at(text: str, start: int, end: int) -> tuple[int, int, int | float, str | None] | None:
    """(start, end, value, currency) of the sum of money made by the number at text[start:end] and
    the currency sign or word around it, or None when there is none."""
    before = _BEFORE.search(text, max(0, start - _LONGEST_PREFIX), start) if text[start].isdigit() else None
    if before and before["code"] and text[start - 1].isalpha() and not _SCALED.search(text, start, end):
        before = None  # "USD1, a stablecoin": a code glued to bare digits is a name
    if before:
        value = parse_number(text[start:end])
        code = before["code"] or ("INR" if before["rupees"] else _sign_code(before["symbol"], text))  # "Rs 500 crore"
        return None if value is None else (before.start(), end, value, code)
    after = _AFTER.match(text, end)
    if after and after["hundredth"]:
        value = parse_number(text[start:end])
        whose = _hundredths_of(text, start, after["hundredth"])
        if value is None or whose is None:
            return None  # "off by 15 cents" in a story of no money: a musical interval, no sum
        return start, after.end(), value / 100, whose or None
    if after:
        value = parse_number(text[start:end])
        code = after["code"] or _word_code(after)
        if code is None and after["word"] and after["word"].lower().startswith("franc") and _swiss(text):
            code = "CHF"  # francs in a story that speaks of Switzerland (not "20,000 francs in Kinshasa")
        return None if value is None else (start, after.end(), value, code)
    return None


HUNDREDTHS_REACH = 150  # characters either side of cents, on their line, in which the sum they are of is written
_NEAR_SIGN = re.compile(rf"{_alternation(k for k in _SYMBOLS if '$' in k or k == '€')}")  # currencies counted in cents


def _hundredths_of(text: str, at: int, word: str) -> str | None:
    """The currency whose hundredths a word counts, "" for money of no known currency, None for no money: pence of
    pounds; euro cents; other cents of the currency of the nearest sum on their line ("80 cents to HK$42.10": Hong Kong
    cents), else of the story's own dollar (the US one unless it marks its US dollars: `_us_marked`) or euro; no money
    in a story that writes no sum ("off by 15 cents", a musical interval)."""
    if word == "pence":
        return "GBP"
    if word.startswith("euro"):
        return "EUR"
    lo, hi = max(0, at - HUNDREDTHS_REACH), min(len(text), at + HUNDREDTHS_REACH)
    line_lo, line_hi = text.rfind("\n", lo, at) + 1 or lo, text.find("\n", at, hi)
    signs = list(_NEAR_SIGN.finditer(text, max(lo, line_lo), hi if line_hi < 0 else line_hi))
    if signs:
        return _sign_code(min(signs, key=lambda m: abs(m.start() - at)).group(), text) or ""
    if "$" in text:
        return _sign_code("$", text) or ""
    return "EUR" if "€" in text else None


def _sign_code(symbol: str, text: str) -> str | None:
    """The currency a sign writes in this text: a plain "$" is the outlet's own dollar (None) where the text marks its
    US dollars ("$US59.5 billion ($93 billion)": `_us_marked`), else the sign's code."""
    return None if symbol == "$" and _us_marked(text) else _SYMBOLS[symbol]
