"""JSON text written a few records at a time: what `dump_json(value, indent=...)` gives, byte for byte, without
holding the whole text (or, for a list given as an iterator, all its records' dicts) in memory at once.

The analysis of 10,000 articles is about 150 MB of JSON: json.dumps held the dicts of every candidate and
the text together (over 1 GB); written BATCH records at a time, only those are held. json's own indented
encoding is pure Python (its C encoder does not indent), so the one here, built for the values records
hold (dicts with string keys, lists, strings, numbers, booleans, None), is also the faster of the two.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from itertools import islice
from json.encoder import encode_basestring
from typing import Any, TextIO

from workbench.display import json_safe

BATCH = 256  # items of a list written with one json_safe scan and one write (a call per item cost more than the scan)


def write_json(fields: Iterable[tuple[str, Any]], out: TextIO, indent: int) -> None:
    """Write the object of these (key, value) fields to `out` as dump_json writes it with `indent`; a value
    that is an iterator is written as a list, BATCH items at a time.

    The objects that exist when it starts (an analysis: millions at 10,000 articles) are left out of garbage
    collection meanwhile (gc.freeze): its records' objects die young, and the first full collection after an
    analysis walked all of them (~0.3 s at 3,000 articles)."""
    gc.freeze()
    try:
        _write_json(fields, out, indent)
    finally:
        gc.unfreeze()


def _write_json(fields: Iterable[tuple[str, Any]], out: TextIO, indent: int) -> None:
    pad = " " * indent
    opened = False
    for key, value in fields:
        out.write(("{\n" if not opened else ",\n") + pad + json_safe(encode_basestring(key)) + ": ")
        opened = True
        if not isinstance(value, Iterator):
            out.write(json_safe(_encode(value, pad, 1)))
            continue
        between = ",\n" + pad * 2
        listed = False
        while batch := list(islice(value, BATCH)):
            texts = between.join(_encode(item, pad, 2) for item in batch)
            out.write(json_safe(("[\n" + pad * 2 if not listed else between) + texts))  # escapes: one character each
            listed = True
        out.write("\n" + pad + "]" if listed else "[]")
    out.write("\n}" if opened else "{}")


MAX_NAMES = 4096  # keys whose JSON text is kept: the records' field names, written for every record
_NAMES: dict[str, str] = {}  # a key -> its JSON text and ": "


def _encode(value: Any, pad: str, level: int) -> str:
    """The JSON text of a value that starts `level` indents in, as json.dumps(ensure_ascii=False) writes it."""
    kind = type(value)
    if kind is str:  # the commonest first, by type: a record holds thousands of them
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    if isinstance(value, str):
        return encode_basestring(value)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    inner = "\n" + pad * (level + 1)
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        items = []
        for item in value:
            kind = type(item)  # the commonest items written here, not in a call each (a sentence's offsets)
            if kind is int:
                items.append(int.__repr__(item))
            elif kind is str:
                items.append(encode_basestring(item))
            else:
                items.append(_encode(item, pad, level + 1))
        return "[" + inner + ("," + inner).join(items) + "\n" + pad * level + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        pairs = []
        names = _NAMES
        for key, item in value.items():
            name = names.get(key) if type(key) is str else None
            if name is None:
                name = (encode_basestring(key) if type(key) is str else _key(key)) + ": "
                if type(key) is str and len(names) < MAX_NAMES:
                    names[key] = name
            kind = type(item)  # the commonest values written here, not in a call each
            if kind is str:
                pairs.append(name + encode_basestring(item))
            elif item is None:
                pairs.append(name + "null")
            elif kind is int:
                pairs.append(name + int.__repr__(item))
            else:
                pairs.append(name + _encode(item, pad, level + 1))
        return "{" + inner + ("," + inner).join(pairs) + "\n" + pad * level + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _key(key: Any) -> str:
    """A dict key as json writes it: a string, or a number, boolean or None as one."""
    if isinstance(key, str):
        return encode_basestring(key)
    if key is None or isinstance(key, bool | int | float):
        return encode_basestring(_encode(key, "", 0))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
