from workbench.align.values import dates_compatible, same_day, values_agree


def test_dates_compatible():
    assert dates_compatible("2017-08-30", "wednesday")  # 30 August 2017 was a Wednesday
    assert not dates_compatible("2017-08-30", "thursday")
    assert dates_compatible("--08-18", "2017-08-18")
    assert dates_compatible("2017-08", "2017-08-30")
    assert not dates_compatible("2017-08-29", "2017-08-30")
    assert not dates_compatible("2016", "2017-08-30")
    assert dates_compatible("--07", "2017-07-03")  # July, year unknown


def test_an_unresolved_relative_date_fits_no_other_value():
    # without a dateline "this year" and "yesterday" stay words: they name no known day or year
    assert not dates_compatible("this year", "sunday")
    assert not dates_compatible("yesterday", "2017-08-30")
    assert not dates_compatible("last monday", "monday")
    assert dates_compatible("yesterday", "yesterday")


def test_a_day_of_the_month_left_so_without_a_dateline_fits_that_day_of_any_month():
    assert same_day("the 29th", "2024-12-29")
    assert same_day("29th", "--12-29")
    assert not dates_compatible("the 29th", "2024-12-28")
    assert not dates_compatible("the 32nd", "2024-12-29")


def test_an_impossible_or_missing_date_fits_nothing():
    assert not same_day("2017-02-30", "thursday")
    assert not dates_compatible("--13-45", "2017-01-01")
    assert not dates_compatible(None, "monday")
    assert dates_compatible("--02-29", "2016-02-29")  # a leap day without its year


def test_values_agree():
    assert values_agree("quantity", [308, 308.0])
    assert not values_agree("quantity", [308, 300])
    assert values_agree("date", ["2017-08-30", "wednesday", None])
    assert not values_agree("date", ["2017-08-30", "wednesday", "2017-08-31"])
    assert not values_agree("quote", ["we cratered the road", "we did crater the road"])


def test_same_day():
    assert same_day("2017-08-30", "wednesday")
    assert same_day("--08-18", "2017-08-18")
    assert not same_day("2026", "2026-03")
    assert not same_day(None, "2026")
    assert not same_day("--07", "2017-07-03")  # a month is no day
    assert not same_day("this year", "sunday")
