"""Datelines and dates found in sentences written for the purpose, resolved against a dateline."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support.paths import need_shared_seeds
from workbench.extract import dates
from workbench.extract.dates import date_spans, find_dateline, find_dates
from workbench.extract.sentences import SentenceIndex
from workbench.model import Article

WEDNESDAY = "2017-08-30"


def _dates(text: str, dateline: str | None = WEDNESDAY):
    article = Article("a", "a.txt", "", "", text, dateline=dateline)
    return [(c.text, c.value) for c in find_dates(article, SentenceIndex(text))]


@pytest.mark.parametrize(
    "top, expected",
    [
        ("Headline here\n\nWednesday 30 August 2017 11:49 EDT\nComments\n", "2017-08-30"),
        ("Headline\n\nPosted August 31, 2017\n\nThe story.", "2017-08-31"),
        ("Headline\n4 min read\n30 August, 2017\nCaption", "2017-08-30"),
        ("Headline\nPublished: 2017-08-29\n", "2017-08-29"),
        ("Soldiers patrol the border in an area they took on 28 August 2017\nWed 30 Aug 2017\n", "2017-08-30"),
        ("Headline\n\nBEIRUT (Reuters) - Jets struck on Wednesday.", None),
        ("Headline\n" + "filler line\n" * 20 + "30 August 2017\n", None),
    ],
)
def test_dateline(top, expected):
    assert find_dateline(top) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It was signed on 30 August 2017 in Beirut.", ("30 August 2017", "2017-08-30")),
        ("Wednesday 30 August 2017 11:49 EDT", ("Wednesday 30 August 2017", "2017-08-30")),
        ("Posted August 31, 2017", ("August 31, 2017", "2017-08-31")),
        ("30 August, 2017", ("30 August, 2017", "2017-08-30")),
        ("The log is stamped 2017-08-29T10:00.", ("2017-08-29", "2017-08-29")),  # ("Published 2017-…": a page's label)
        ("The strikes began on Aug. 29 at dawn.", ("Aug. 29", "2017-08-29")),
        ("Troops attacked on August 18 while", ("August 18", "2017-08-18")),
        ("Rain had fallen since 26 August.", ("26 August", "2017-08-26")),
        ("on the 3rd of March, 2016", ("3rd of March, 2016", "2016-03-03")),
        ("Isis has lost ground since 2014.", ("2014", "2014")),
        ("They have been held since mid-2019.", ("2019", "2019")),
        ("The 1968 dam failed.", ("1968", "1968")),
        ("It is the toughest campaign since the 1980s.", ("1980s", "1980s")),
        ("In 2019 residents of the city voted to ban cars.", ("2019", "2019")),
        ("It began around 2014 when prices fell.", ("2014", "2014")),  # a hedged year before no plural noun
        ("The flood of about 1950 was the worst.", ("1950", "1950")),
        ("Air traffic is still lower than 2019 levels.", ("2019", "2019")),
        ("By about 2030 emissions must halve.", ("2030", "2030")),
        ("Since around 2010 farmers have left.", ("2010", "2010")),
        ("He wrote to them in March 2016.", ("March 2016", "2016-03")),
        ("Mosul fell in July this year.", ("July this year", "2017-07")),
        ("Offensives earlier this year succeeded.", ("earlier this year", "2017")),
        ("He retired last year.", ("last year", "2016")),
        ("They met in July.", ("July", "2017-07")),
        ("They met in December.", ("December", "2016-12")),  # a month named alone is past, unless said ahead
        ("Prices have risen since March.", ("March", "2017-03")),
        ("The vote, coming up in June, is open.", ("June", "2018-06")),
        ("The election will be held in June.", ("June", "2018-06")),
        ("The bridge is expected to reopen in June.", ("June", "2018-06")),  # an infinitive after "expected"
        ("They were kidnapped on November 7.", ("November 7", "2016-11-07")),  # past: not 69 days ahead
        ("The vote will be held on November 7.", ("November 7", "2017-11-07")),  # said ahead
        ("The fair opens on September 20.", ("September 20", "2017-09-20")),  # near the dateline
        ("The firm aims to finish the work by June.", ("June", "2018-06")),
        ("The bridge had been expected to reopen in June.", ("June", "2017-06")),  # a plan already past
        ("Inflation was higher than expected in July.", ("July", "2017-07")),  # "expected" here is no future
        ("They met last September.", ("September", "2016-09")),
        ("The buses left on Monday.", ("Monday", "2017-08-28")),
        ("The coalition said Wednesday it struck.", ("Wednesday", "2017-08-30")),
        ("Monday's transfers went ahead.", ("Monday", "2017-08-28")),
        ("They met last Wednesday.", ("Wednesday", "2017-08-23")),
        ("The assembly will meet on Friday.", ("Friday", "2017-09-01")),
        ("It is due to debate the disaster on Tuesday.", ("Tuesday", "2017-09-05")),
        ("They talk again next Wednesday.", ("Wednesday", "2017-09-06")),
        ("The convoy left yesterday.", ("yesterday", "2017-08-29")),
        ("It was dated 30/08/2017.", ("30/08/2017", "2017-08-30")),
        ("It was dated 08/30/2017.", ("08/30/2017", "2017-08-30")),
        ("The firm failed to go public five years ago.", ("five years ago", "2012")),
        ("The rule took effect a decade ago.", ("a decade ago", "2007")),
        ("The plan began 18 months ago.", ("18 months ago", "2016-02")),
        ("Floods hit on the Fourth of July.", ("Fourth of July", "2017-07-04")),
        ("The fire started on Christmas Eve 2015.", ("Christmas Eve 2015", "2015-12-24")),
    ],
)
def test_dates_resolved_against_the_dateline(sentence, expected):
    assert _dates(sentence) == [expected]


def test_a_possessive_may_before_a_year_is_theresa_may_not_the_month():
    assert _dates("May’s 2017 gamble cost her a majority.") == [("2017", "2017")]


def test_both_months_between_which_a_change_is_told_are_dates():
    assert [text for text, _ in _dates("Prices rose 24.3% between September and October.")] == ["September", "October"]
    assert [text for text, _ in _dates("Rain fell between March and early June.")] == ["March", "June"]


def test_a_month_after_a_month_and_and_is_a_date_too():
    assert _dates("They will meet in November and December, not from May to June.") == [
        ("November", "2017-11"),
        ("December", "2017-12"),
        ("May", "2017-05"),
        ("June", "2017-06"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The buses left on Monday.", ("Monday", "monday")),
        ("They met last Monday.", ("Monday", "last monday")),
        ("Troops attacked on August 18.", ("August 18", "--08-18")),
        ("They met in July.", ("July", "--07")),
        ("The convoy left yesterday.", ("yesterday", "yesterday")),
        ("It has grown this year.", ("this year", "this year")),
        ("It was signed on 30 August 2017.", ("30 August 2017", "2017-08-30")),
        ("Prices rose 11.1% in the 12 months to October.", ("October", "--10")),
        ("Sales fell in the year through March, the firm said.", ("March", "--03")),
        ("Wage growth slowed compared with December, the office said.", ("December", "--12")),
        ("The rate for October was 65.7% for electricity.", ("October", "--10")),
        ("Jobs were added. November was revised up by 34,000.", ("November", "--11")),
        ("Growth topped December’s 269,000 gain.", ("December", "--12")),
        ("June saw exports fall sharply.", ("June", "--06")),
        ("August was the hottest month ever recorded.", ("August", "--08")),
        ("Prices rose after May's 0.1% increase.", ("May", "--05")),
        ("The firm failed to go public Five Years ago.", ("Five Years ago", "five years ago")),
        ("Floods hit on the Fourth of July.", ("Fourth of July", "--07-04")),
    ],
)
def test_dates_without_a_dateline(sentence, expected):
    assert _dates(sentence, dateline=None) == [expected]


def test_month_day_takes_the_year_nearest_the_dateline():
    assert _dates("Talks began on Dec. 28.", dateline="2018-01-03") == [("Dec. 28", "2017-12-28")]
    assert _dates("Talks resume on Jan. 4.", dateline="2017-12-28") == [("Jan. 4", "2018-01-04")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The statement came at 11:49 EDT.",
        "They met at 3 pm.",
        "It violates Resolution 2042 by defying the call.",
        "Some 1,968 people voted.",
        "You may 5 times try.",
        "Mar Elias church was hit.",
        "It costs $2000 a month.",
        "May was defeated in the vote. They voted for May, compared with May.",
        "The prize for June Carter was given between August Wilson's plays.",
        "Police are searching for April, who was last seen at home.",
        "June was 14 when she joined the choir. The vote was split between March and Lee.",
        "Among the dead was June Ellis, 72. June was a retired teacher. April had a heart attack.",
        "August was the youngest of five children.",
        "Theresa May called an early election. May's 43% share of the vote was not enough.",
        "Theresa May lost the vote. May's 230-vote defeat was the worst in history.",
    ],
)
def test_not_dates(sentence):
    assert _dates(sentence) == []


@pytest.mark.parametrize(
    "day", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "SUNDAY"]
)
def test_every_weekday_is_found(day):
    """Weekdays are scanned for by their first letters first: each one is found."""
    assert [text for text, _ in _dates(f"They met on {day}.")] == [day]


def test_date_spans_cover_the_dates():
    text = "On 30 August 2017, since 2014, and on Monday."
    assert [text[s:e] for s, e in date_spans(text)] == ["30 August 2017", "2014", "Monday"]


def _check(text: str, dateline: str | None) -> None:
    find_dateline(text)
    index = SentenceIndex(text)
    for c in find_dates(Article("a", "a.txt", "", "", text, dateline=dateline), index):
        assert c.text == text[c.start : c.end] and c.start < c.end and c.kind == "date"
        assert c.sentence == index.sentence_at(c.start)
        assert isinstance(c.value, str)


@given(st.text(), st.sampled_from([None, WEDNESDAY, "not a date"]))
def test_any_text_gives_consistent_candidates(text, dateline):
    _check(text, dateline)


@given(st.lists(st.sampled_from(["30", "August", "Aug.", "2017", " ", ",", "on", "Monday", "last", "this", "year",
                                 "in", "since", "\n", "will", "29", "/", "-", "yesterday", "08"])))  # fmt: skip
def test_date_like_text_gives_consistent_candidates(words):
    _check(" ".join(words), WEDNESDAY)


def test_real_articles_give_consistent_candidates():
    for path in sorted(need_shared_seeds().glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        _check(text, find_dateline(text))


def test_a_week_named_relatively_is_a_date_that_stays_as_said():
    """'last week' is no day: it is found (a fact's date) and kept unresolved, with or without a dateline."""
    assert _dates("Prosecutors quit last week, and earlier this week the judge ruled.") == [
        ("last week", "last week"),
        ("earlier this week", "this week"),
    ]


def test_a_month_naming_what_happened_in_it_is_a_date():
    """'the June meeting', "June's report": a month before a noun dates it; a person named June is no date."""
    found = _dates("After the June break, June's inflation report was mild. June Carter sang.")
    assert [text for text, _ in found] == ["June", "June"]


_DATE_PIECES = [
    *"Monday |Tue. |30 |Aug. |August |AUGUST |Sept |May |may |2017|, |of |in |the |last |next |year|'s |\n|.|-|/|"
    "9|12|mid-|yesterday|Mayday |Marching |March|XJune 3|June's report|the June meeting".split("|")
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=30).map("".join))
def test_searching_only_the_lines_that_name_a_month_finds_the_same_dates(text):
    found = [(start, end, name) for start, end, name, _ in dates._matches(text)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_NAMES_MONTH", frozenset())  # every form searches the whole text
        assert [(start, end, name) for start, end, name, _ in dates._matches(text)] == found


def test_both_ends_of_a_span_of_years_are_years_and_a_code_is_none():
    assert _dates(
        "Ebola killed 11,323 people in the 2013-2016 epidemic; code 2013-2016-01 and ISBN 978-2013-2016."
    ) == [
        ("2013", "2013"),
        ("2016", "2016"),
    ]


def test_a_day_of_the_month_written_with_its_weekday_takes_the_year_it_falls_on_that_weekday():
    """ "Wednesday, July 26" in a page dated February 2024 is 26 July 2023 (a Wednesday), not 26 July 2024 (a
    Friday), though 2024's is nearer the dateline; without a weekday the nearest year stands where the clause speaks
    of what is next."""
    sentence = "Officials announced Wednesday, July 26, that rates would rise. The next vote is on July 26."
    assert _dates(sentence, "2024-02-06") == [("Wednesday, July 26", "2023-07-26"), ("July 26", "2024-07-26")]
    assert _dates("The vote was held on Tues. 25 July.", "2024-02-06") == [("Tues. 25 July", "2023-07-25")]


def test_parts_of_a_day_said_relative_to_the_dateline():
    """ "last night" is the day before the dateline; "tonight", "this morning", "this evening" its day."""
    assert _dates("They agreed last night. Speaking this evening, she said so. Tonight we wait.") == [
        ("last night", "2017-08-29"),
        ("this evening", "2017-08-30"),
        ("Tonight", "2017-08-30"),
    ]
    assert _dates("They agreed last night.", dateline=None) == [("last night", "last night")]
    assert _dates("It was his last night in office, on the last night of the festival.") == []
    assert _dates("A stampede broke out at a religious event last evening.") == [("last evening", "2017-08-29")]
    assert _dates("It was her last evening in office. He spent one last evening with his horses.") == []
    assert _dates("The festival's last evening drew a crowd, and that last evening was cold.") == []


def test_the_month_ending_a_period_is_the_last_such_month_before_the_dateline():
    assert _dates("Prices rose in the 12 months to October.", dateline="2022-11-16") == [("October", "2022-10")]
    assert _dates("Prices rose in the 12 months to October.") == [("October", "2016-10")]  # dated 30 August 2017


def test_a_day_of_the_month_alone():
    """ "on the 29th" is that day of the dateline's month (or the month before, when it would come after the
    dateline); "his 24th title" and "the 24th anniversary" are no dates."""
    assert _dates("The plane crashed on the 29th at 9:03 a.m. Rain had fallen since the 3rd.") == [
        ("the 29th", "2017-08-29"),
        ("the 3rd", "2017-08-03"),
    ]
    assert _dates("On the 24th anniversary he won his 24th title.") == []
    assert _dates("It rained on the 29th of December.") == [("29th of December", "2016-12-29")]  # past: not ahead


@pytest.mark.parametrize(
    "sentence",
    [
        "The pad was used nearly 50 years ago. He left two days ago and came back 3 weeks ago.",
        "Nearly 50 years ago, NASA last sent men. About a decade ago, it closed. Up to 50 years ago it was a lake.",
        "The plant closed two or three years ago. Approximately 20 years ago it opened.",
        "Humans settled the valley 10,000 years ago. It began 1.5 years ago, or 2 1/2 years ago.",
    ],
)
def test_a_hedged_vague_or_short_time_ago_is_no_date(sentence):
    """A hedged, vague or uneven time ago ("nearly 50", "About a decade", "two or three", "10,000", "1.5") is a span of
    time (a quantity), and days or weeks ago no date of a year or month."""
    assert _dates(sentence) == []


def test_a_holiday_far_from_the_dateline_keeps_no_year():
    """ "the Boxing Day tsunami" in a story of June names a past one: its day, no year."""
    assert _dates("Survivors of the Boxing Day tsunami met.", dateline="2023-06-10") == [("Boxing Day", "--12-26")]


def test_a_holiday_is_its_day_in_the_year_nearest_the_dateline():
    assert _dates("The New Year’s Day quake killed 48.", dateline="2024-01-02") == [("New Year’s Day", "2024-01-01")]
    assert _dates("Aid left on New Year's Eve.", dateline="2024-01-02") == [("New Year's Eve", "2023-12-31")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The population fell to 1.41 billion in 2022, down from 1.42 billion a year earlier.",
            ("a year earlier", "2021"),
        ),
        (
            "It went public in October 2021, its first attempt two years earlier having failed.",
            ("two years earlier", "2019"),
        ),
        ("It had 850,000 fewer people at the end of 2022 than the previous year.", ("the previous year", "2021")),
        ("Revenue hit $4 billion last year, up from $3.2 billion the previous year.", ("the previous year", "2015")),
        ("Inflation was 3.2% in November, down from 7.1% a year earlier.", ("a year earlier", "2015-11")),
        ("In 2020 the plant shut. The year before, it had cut 300 jobs.", None),
        ("Sales fell 5% from a year earlier.", None),
        ("It opened in 2010 and closed two years earlier than planned.", None),
        ("Turnout was 61% in the 2020 election and 55% in 2016, four years earlier.", None),
        ("The company, founded in 1998, said profits were up on a year earlier.", None),
        (
            "The figures for 2015, released on Monday, showed 300, against 250 a year earlier.",
            ("a year earlier", "2014"),
        ),
    ],
)
def test_a_year_counted_back_from_the_year_its_sentence_names(sentence, expected):
    """ "a year earlier", "two years earlier", "the previous year": the year before the last date the sentence names
    before them (the month before, a year back from a month); no date where the sentence names none, where it
    compares ("earlier than planned") or only glosses the date before it ("in 2016, four years earlier")."""
    relative = [d for d in _dates(sentence) if "year" in d[0] and d[0] != "last year"]  # not "2022", "October 2021"
    assert relative == ([expected] if expected else [])
