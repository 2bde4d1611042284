"""The edit-value prompt's text parses back to the value it shows, of the same type; a date or figure
in another form is refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.app.value_edit import edit_text, parse_edit

FIGURES = (
    st.none() | st.integers(min_value=-(10**30), max_value=10**30) | st.floats(allow_nan=False, allow_infinity=False)
)
DATES = (
    st.dates()
    .filter(lambda d: d.year >= 1000)
    .flatmap(lambda d: st.sampled_from([f"{d:%Y-%m-%d}", f"{d:%Y-%m}", f"{d:%Y}", f"--{d:%m-%d}", f"{d:%A}".lower()]))
)


@given(FIGURES, st.sampled_from(["quantity", "money", "percent"]))
def test_a_figure_round_trips_with_its_type(value, kind):
    back = parse_edit(edit_text(value, kind), kind)
    assert back == value and type(back) is type(value)


@given(DATES)
def test_a_date_round_trips_as_text(value):
    assert parse_edit(edit_text(value, "date"), "date") == value


@given(st.text(), st.sampled_from(["quote", "entity"]))
def test_a_quote_or_name_round_trips_as_text(value, kind):
    assert parse_edit(edit_text(value, kind), kind) == value


def test_a_figure_shows_without_thousands_separators_and_a_year_stays_a_date():
    assert edit_text(1500, "quantity") == "1500"
    assert parse_edit("2024", "date") == "2024"
    assert parse_edit(" Tuesday ", "date") == "tuesday"  # the analysis's weekdays are lower case


@pytest.mark.parametrize(
    "typed", ["NaN", "Infinity", "-Infinity", "1e999", "[1, NaN]", "1,500", "twelve", '"abc"', "[1,2]", "true"]
)
def test_a_figure_must_be_a_finite_number(typed):
    with pytest.raises(ValueError, match="not a number: type a plain number"):
        parse_edit(typed, "quantity")


@pytest.mark.parametrize("typed", ["2017-13-45", "banana", "2017-02-30", "17-08-30", "--13-01", "2017-8-3", ""])
def test_a_date_must_be_in_a_form_the_analysis_reads(typed):
    with pytest.raises(ValueError, match="is not a date: type YYYY-MM-DD"):
        parse_edit(typed, "date")
