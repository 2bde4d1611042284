"""The comparison form of a quotation's words: equal forms are the same wording.

Case, diacritics, quote marks, punctuation, hyphens, hashtag and handle marks, trailing hashtags,
dotted abbreviations (U.S. -> us), British/American spelling variants (towards, organise), "an" for "a", contractions
(there's -> there is, don't -> do not) and small numbers in words (four percent -> 4 percent) are folded
away; any other difference in the words (a different ending, another number) remains.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TRAILING_TAGS = re.compile(r"(?:\s+#\w+)+[\s\W]*$")
_DOTTED = re.compile(r"\b(?:\w\.){2,}")
_INNER_MARK = re.compile(r"(?<=\w)['’‘`´-](?=\w)")  # iraq's -> iraqs, cease-fire -> ceasefire
_NON_WORD = re.compile(r"[\W_]+")
# Contractions spelt out: "n't" always, "'s" only after the words whose "'s" is "is" (not a possessive).
_NOT = re.compile(r"\b(?:(ca)|(wo)|(\w+))n['’]t\b")
_IS = re.compile(r"\b(it|that|there|here|what|who|where|he|she)['’]s\b")
_CONTRACTED = {"re": "are", "ve": "have", "ll": "will", "m": "am"}
_OTHER = re.compile(r"\b(\w+)['’](re|ve|ll|m)\b")
_NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
        sixteen seventeen eighteen nineteen twenty""".split()
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"}
_WORD_VARIANTS = {
    "towards": "toward", "afterwards": "afterward", "amongst": "among", "whilst": "while", "upwards": "upward",
    "downwards": "downward", "forwards": "forward", "backwards": "backward", "cannot": "can not",
    "an": "a",  # one article, whichever a speaker, a transcriber or a typo chose ("a incredibly", "an incredibly")
}  # fmt: skip

# (pattern, replacement) applied to each word in turn; each maps a British or variant spelling
# onto one form, so they never change which words differ.
_SPELLING = [
    (re.compile(r"^(.{3,})([iy])s(e|es|ed|ing|ation|ations)$"), r"\1\2z\3"),  # organise, analyse
    (re.compile(r"^(.{3,})our(s|ed|ing|ite|ites|able|ful|less|hood)?$"), r"\1or\2"),  # colour, neighbour
    (re.compile(r"^(.{2,}?)([bdfgklmnprstvz])\2(ed|ing)$"), r"\1\2\3"),  # bussed, travelled
    (re.compile(r"^(.{2,})([tb])re(s)?$"), r"\1\2er\3"),  # centre, fibre
    (re.compile(r"^(.*[ft]en|.*cen)ce(s)?$"), r"\1se\2"),  # defence, licence, pretence
    (re.compile(r"^(.{3,})ogue(s)?$"), r"\1og\2"),  # dialogue, catalogue
    (re.compile(r"^(.{4,})mme(s)?$"), r"\1m\2"),  # programme
    (re.compile(r"^(.*)dgement(s)?$"), r"\1dgment\2"),  # judgement
]


@lru_cache(maxsize=65536)
def _spelling(word: str) -> str:
    if word in _WORD_VARIANTS:
        return _WORD_VARIANTS[word]
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    return word


def normalise_quote(text: str) -> str:
    """Case-folded words of a quote without marks, punctuation or spelling variants."""
    stripped = _TRAILING_TAGS.sub("", text)
    if _NON_WORD.sub("", stripped):  # a quote that is nothing but hashtags keeps them as words
        text = stripped
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():  # an ASCII text has no combining marks to drop
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
    text = text.replace("%", " percent ").replace("&", " and ")
    text = _NOT.sub(lambda m: "can not" if m[1] else "will not" if m[2] else f"{m[3]} not", text)
    text = _IS.sub(r"\1 is", text)
    text = _OTHER.sub(lambda m: f"{m[1]} {_CONTRACTED[m[2]]}", text)
    text = _DOTTED.sub(lambda m: m.group().replace(".", ""), text)
    text = _INNER_MARK.sub("", text)
    words = _NON_WORD.sub(" ", text).split()
    return " ".join(" ".join(_spelling(w) for w in words).replace("per cent", "percent").split())
