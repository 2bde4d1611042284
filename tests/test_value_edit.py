"""The edit-value prompt's text parses back to the value it shows, of the same type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.app.value_edit import TEXT_KINDS, edit_text, parse_edit

FIGURES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3),
    max_leaves=6,
)


@given(FIGURES, st.sampled_from(["quantity", "money", "percent"]))
def test_a_figure_round_trips_with_its_type(value, kind):
    back = parse_edit(edit_text(value, kind), kind)
    assert back == value and type(back) is type(value)


@given(st.text(), st.sampled_from(sorted(TEXT_KINDS)))
def test_a_date_quote_or_name_round_trips_as_text(value, kind):
    assert parse_edit(edit_text(value, kind), kind) == value


def test_a_figure_shows_without_thousands_separators_and_a_year_stays_a_date():
    assert edit_text(1500, "quantity") == "1500"
    assert parse_edit("2024", "date") == "2024"


@pytest.mark.parametrize("typed", ["NaN", "Infinity", "-Infinity", "1e999", "[1, NaN]", "1,500", "twelve"])
def test_a_figure_must_be_finite_json(typed):
    with pytest.raises(ValueError, match="not a finite number or JSON value"):
        parse_edit(typed, "quantity")
