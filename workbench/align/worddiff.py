"""Word-level diff of two quotes: which words one source adds, drops or shares with another."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from workbench.display import QUOTE_MARKS

_TOKEN = re.compile(r"\S+")
_EDGE_PUNCTUATION = QUOTE_MARKS + ".,;:!?()[]…-—–"


def _key(word: str) -> str:
    """How words compare: case and surrounding punctuation ignored, so "Hello," equals "hello"."""
    return word.strip(_EDGE_PUNCTUATION).casefold() or word


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """Diff `b` against `a` word by word: a list of (op, words) with op "equal", "delete" or "insert".

    "delete" words are in `a` only, "insert" words in `b` only; "equal" words are shown as `b` spells
    them. Consecutive words of one op are joined by single spaces; a replacement is a delete then an
    insert. Joining the non-"delete" parts with spaces gives `b`'s words; the non-"insert" parts, `a`'s.
    """
    words_a = _TOKEN.findall(a)
    words_b = _TOKEN.findall(b)
    matcher = SequenceMatcher(None, [_key(w) for w in words_a], [_key(w) for w in words_b], autojunk=False)
    result: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result.append(("equal", " ".join(words_b[j1:j2])))
            continue
        if i2 > i1:
            result.append(("delete", " ".join(words_a[i1:i2])))
        if j2 > j1:
            result.append(("insert", " ".join(words_b[j1:j2])))
    return result
