"""Comparison forms of names: a folded key per spelling and a vowel skeleton for transliterations.

`name_tokens("Deir ez-Zor") == ["deir", "zor"]`: lower case, no diacritics, apostrophes or
hyphens, Arabic article particles dropped. `skeleton` keeps the consonants of those tokens, so
Deir Ezzor / Deir al-Zour / Deir el-Zour and Hezbollah / Hizballah meet; `vowel_pattern` keeps
where the vowels fall, so one-word names with one skeleton but other syllables (Hamas, Homs) part.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from workbench.extract.lexicon import ARTICLES

_APOSTROPHES = re.compile(r"['’‘`´]")
_NON_LETTER = re.compile(r"[^a-z0-9]+")
_DOUBLE = re.compile(r"(.)\1+")
_DIGRAPHS = (("ck", "k"), ("dh", "d"), ("kh", "k"), ("gh", "g"), ("ph", "f"), ("q", "k"))
_VOWEL = re.compile(r"[aeiouy]|(?<=[aeiou])w")
_VOWEL_RUN = re.compile(r"(?:[aeiouy]|(?<=[aeiou])w)+")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_GLUED_ARTICLE = re.compile(r"^[ae]l(?=[^aeiouy].)")


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """The folded words of a name, Arabic article particles dropped."""
    tokens = []
    for word in _ascii(name).split():
        word = word.replace(".", "")  # U.S. -> us
        parts = [p for p in _NON_LETTER.split(_APOSTROPHES.sub("", word)) if p]
        while len(parts) > 1 and parts[0] in ARTICLES:
            parts = parts[1:]
        if parts and not (len(parts) == 1 and parts[0] in ARTICLES):
            tokens.append("".join(parts))
    return tuple(tokens)


def name_key(name: str) -> str:
    """The folded spelling of a name: equal keys are the same name."""
    return " ".join(name_tokens(name))


def _spoken(token: str, glued: bool) -> str:
    """A word's sounds in one spelling: glued article, digraphs, doubled letters, final h folded."""
    if glued:
        token = _GLUED_ARTICLE.sub("", token)
    for digraph, letter in _DIGRAPHS:
        token = token.replace(digraph, letter)
    return _FINAL_H.sub("", _DOUBLE.sub(r"\1", token))


@lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """The consonant skeleton of a folded key; one- and two-letter tokens (acronyms) are kept whole."""
    tokens = key.split()
    glued = len(tokens) > 1  # "Albu Kamal": an article written onto a word of a longer name
    return " ".join(t if len(t) <= 2 else _VOWEL.sub("", _spoken(t, glued)) or t for t in tokens)


def vowel_pattern(word: str) -> str:
    """A one-word key with each run of vowels as "V": Hamaymah and Humeima both give hVmVmV."""
    return _VOWEL_RUN.sub("V", _spoken(word, False))


def consonants(skel: str) -> int:
    """How many letters a skeleton has (its spaces excluded)."""
    return len(skel) - skel.count(" ")
