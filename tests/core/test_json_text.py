"""JSON written a record at a time (output.json_text): the very text dump_json gives for the same value."""

from __future__ import annotations

import io
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.output import json_text
from workbench.output.exports import dump_json
from workbench.output.json_text import write_json

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(
            st.text(max_size=5) | st.integers() | st.floats() | st.booleans() | st.none(), inner, max_size=4
        )
    ),
    max_leaves=20,
)


def _written(fields: list[tuple[str, object]], indent: int) -> str:
    out = io.StringIO()
    write_json(fields, out, indent)
    return out.getvalue()


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.text(max_size=8), _VALUES | st.lists(_VALUES, max_size=4), max_size=4),
    st.integers(min_value=1, max_value=3),
    st.data(),
)
def test_any_value_is_written_as_dump_json_writes_it(value, indent, data):
    streamed = {key for key in value if isinstance(value[key], list) and data.draw(st.booleans())}
    fields = [(key, iter(item) if key in streamed else item) for key, item in value.items()]
    assert _written(fields, indent) == dump_json(value, indent=indent)


def test_strings_that_reach_a_terminal_are_escaped_and_numbers_written_as_json_writes_them():
    record = {
        "text": "Bidi\u202e, DEL\x7f, C1\x85, tab\t, \u2028 and é",
        "nan": math.nan,
        "bounds": [-math.inf, 1e-7, 2.5, None],
        "nested": {"a": [], "b": {}, "c": [[1, "x"]]},
        1: True,
    }
    assert _written([("records", iter([record, record])), ("empty", iter([]))], 1) == dump_json(
        {"records": [record, record], "empty": []}, indent=1
    )


def test_a_list_longer_than_a_batch_is_written_as_one_list(monkeypatch):
    monkeypatch.setattr(json_text, "BATCH", 2)
    records = [{"n": n, "text": f"line\u2028{n}"} for n in range(5)]
    assert _written([("records", iter(records)), ("two", iter(records[:2]))], 1) == dump_json(
        {"records": records, "two": records[:2]}, indent=1
    )


def test_a_value_json_cannot_write_is_refused_as_json_refuses_it():
    with pytest.raises(TypeError):
        dump_json({"x": object()}, indent=1)
    with pytest.raises(TypeError):
        _written([("x", iter([{"x": object()}]))], 1)
