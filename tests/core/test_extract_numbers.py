"""Counts, money and percentages found in sentences written for the purpose, plus real-text sanity."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.support.paths import need_shared_seeds
from workbench.extract import numbers
from workbench.extract.numbers import _ORDINAL_STEMS, _ORDINAL_WORDS, find_numbers, singular
from workbench.extract.numwords import parse_number
from workbench.extract.sentences import SentenceIndex
from workbench.load.lines import folded
from workbench.model import Article


def _numbers(text: str, kind: str | None = None):
    found = find_numbers(Article("a", "a.txt", "", "", text), SentenceIndex(text))
    return [(c.text, c.value, c.unit) for c in found if kind is None or c.kind == kind]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Nine Lebanese troops were captured.", ("Nine Lebanese troops", 9, "troop")),
        (
            "Three United States service members were killed.",
            ("Three United States service members", 3, "service member"),
        ),
        ("The slide covers roughly one square mile.", ("one square mile", 1, "square mile")),
        (
            "He was found guilty on seven fraud and conspiracy counts.",
            ("seven fraud and conspiracy counts", 7, "count"),
        ),
        (
            "Five other middle or high school students were injured.",
            ("Five other middle or high school students", 5, "student"),
        ),
        ("The convoy included 308 militants.", ("308 militants", 308, "militant")),
        ("More than 48 hours after they left", ("48 hours", 48, "hour")),
        ("It carried 300 IS militants and their kin.", ("300 IS militants", 300, "militant")),
        ("The 308 IS fighters are stranded.", ("308 IS fighters", 308, "fighter")),
        ("They bombed two IS-held towns.", ("two IS-held towns", 2, "town")),
        ("Planes hit two small bridges.", ("two small bridges", 2, "bridge")),
        ("There were hundreds of fighters.", ("hundreds of fighters", 200, "fighter")),
        ("Twenty-three families fled.", ("Twenty-three families", 23, "family")),
        ("It saw 400 men leave.", ("400 men", 400, "man")),
        ("Some 1,200 people left.", ("1,200 people", 1200, "person")),
        ("It feeds 1.5 million children.", ("1.5 million children", 1500000, "child")),
        ("A dozen boats searched.", ("A dozen boats", 12, "boat")),
        ("Half a dozen boats searched.", ("Half a dozen boats", 6, "boat")),
        ("It moved more than half a million people.", ("half a million people", 500000, "person")),
        ("It moved a half-million people.", ("a half-million people", 500000, "person")),
        ("the six-year civil war", ("six-year", 6, "year")),
        ("a 23-year-old man", ("23-year-old", 23, "year")),
        ("4.2 million cubic metres of water", ("4.2 million cubic metres", 4200000, "cubic metre")),
        ("The walk is 30 km long.", ("30 km", 30, "km")),
        ("They came one week after the attack.", ("one week", 1, "week")),
        ("He came back two years later.", ("two years", 2, "year")),
        ("A 10 mile long queue formed.", ("10 mile", 10, "mile")),
        ("Two Hamas fighters died.", ("Two Hamas fighters", 2, "fighter")),
        ("It freed 300 Syrians from the camp.", ("300 Syrians", 300, "syrian")),
        ("About 5m people live there.", ("5m people", 5000000, "person")),
        ("They walked 5km to safety.", ("5km", 5, "km")),
        ("He was sentenced to 22 ½ years in prison.", ("22 ½ years", 22.5, "year")),
        ("He was sentenced to 22½ years in prison.", ("22½ years", 22.5, "year")),
        ("He knelt for nine-and-a-half minutes.", ("nine-and-a-half minutes", 9.5, "minute")),
        ("The drive took two and a half hours.", ("two and a half hours", 2.5, "hour")),
        ("He got a 22 1/2-year sentence.", ("22 1/2-year", 22.5, "year")),
        ("CHAUVIN GETS 22.5 YEARS IN PRISON", ("22.5 YEARS", 22.5, "year")),
        ("Derek Chauvin, 45, was sentenced on Friday.", ("45", 45, "year")),
        ("The runner, who died at age 24, set the record.", ("24", 24, "year")),
        ("Ann Lee, age 37, finished second.", ("37", 37, "year")),
        ("The sisters, both age 14, were hurt.", ("14", 14, "year")),
        ("The vote took less than a minute.", ("a minute", 1, "minute")),
        ("Rescuers searched for more than a day.", ("a day", 1, "day")),
        ("Officials had kept the rate at that level for a year.", ("a year", 1, "year")),
        ("Estimates ranged from months to up to a year.", ("a year", 1, "year")),
        ("The other suspect, 39, was arrested.", ("39", 39, "year")),
        ("The ferry sank half a mile from the port.", ("half a mile", 0.5, "mile")),
        ("His lawyer said: 22.5 YEARS! Justice at last.", ("22.5 YEARS", 22.5, "year")),
        ("She won the race in 2:14:05 on Sunday.", ("2:14:05", 8045, "second")),
        ("He won in two hours, 13 minutes and 44 seconds.", ("two hours, 13 minutes and 44 seconds", 8024, "second")),
        ("He finished three minutes and 27 seconds behind.", ("three minutes and 27 seconds", 207, "second")),
        ("He broke the tape 3min 27sec ahead of his rival.", ("3min 27sec", 207, "second")),
        ("He went through halfway in 28min 42sec.", ("28min 42sec", 1722, "second")),
        ("He won in 2hours 00min 35sec on Sunday.", ("2hours 00min 35sec", 7235, "second")),
        ("He finished 3 mins 27 secs ahead of his rival.", ("3 mins 27 secs", 207, "second")),
        ("The talks lasted 3 hours and 30 minutes.", ("3 hours and 30 minutes", 210, "minute")),
        ("She holds the 5,000m world record.", ("5,000m", 5000, "metre")),
        ("He won the 400m hurdles final.", ("400m", 400, "metre")),
        ("The 300m-long ship hit the pier.", ("300m-long", 300, "metre")),
        ("Waves 6m high hit the coast.", ("6m", 6, "metre")),
        ("About 12,50,000 people were evacuated.", ("12,50,000 people", 1250000, "person")),
        ("The night shift (3m people) went on strike.", ("3m people", 3000000, "person")),
        ("The airport was still 2m below its record.", ("2m", 2000000, None)),
        ("The app has 300m users in Asia.", ("300m users", 300000000, "user")),
        ("Microsoft says 8.5M Windows devices were affected", ("8.5M Windows devices", 8500000, "device")),
        ("Microsoft Says 8.5 Million Windows Devices Impacted", ("8.5 Million Windows Devices", 8500000, "device")),
        ("Israel Frees 39 Palestinians As Talks Go On", ("39 Palestinians", 39, "palestinian")),
        ("The motion passed with 204 in favour.", ("204 in favour", 204, "vote")),
        ("The death toll from the floods in Kerr County, Texas, rose to 79 on Sunday.", ("79", 79, "person")),
        ("The firm negotiated a pair of extensions.", ("a pair of extensions", 2, "extension")),
        ("One of the quakes, measuring 6.3 in magnitude, hit Herat.", ("6.3 in magnitude", 6.3, "magnitude")),
        (
            "The toll from the quakes in western Afghanistan is estimated to be 2,000, he said.",
            ("2,000", 2000, "person"),
        ),
        ("Rescuers said the number of missing jumped from 108 overnight.", ("108", 108, "person")),
        # a measure before its noun without the hyphen
        ("The 1.6 mile bridge collapsed.", ("1.6 mile", 1.6, "mile")),
        ("The sole issue for the eight person jury was the damages.", ("eight person", 8, "person")),
        # a floor written after the figure, a group by its number of members
        ("The storm left 1,300-plus people homeless.", ("1,300-plus people", 1300, "person")),
        ("A 3,000-strong crowd gathered at the gates.", ("3,000-strong", 3000, "person")),
        ("Many believe this 25 year sentence is unjust.", ("25 year", 25, "year")),
    ],
)
def test_counts(sentence, expected):
    assert _numbers(sentence, "quantity") == [expected]


def test_metres_glued_after_a_length_in_feet_are_that_length_again():
    """ "rose 26ft (8m) in 45 minutes": the bracketed "8m" is the rise in metres, not eight million."""
    assert ("8m", 8, "metre") in _numbers("The river rose 26ft (8m) in 45 minutes.", "quantity")


def test_partitive_and_referring_counts():
    assert _numbers("He said two of the five spillway gates were seizing.", "quantity") == [
        ("two", 2, "gate"),
        ("five spillway gates", 5, "gate"),
    ]
    # the whole named by a name of two words or a plural in the possessive
    assert _numbers("It landed two of the Falcon Heavy’s first-stage boosters.", "quantity") == [("two", 2, "booster")]
    assert _numbers("Two of the New York Times' reporters were hurt.", "quantity") == [("Two", 2, "reporter")]
    assert _numbers("Two of the United States Air Force's jets flew.", "quantity") == [("Two", 2, "jet")]
    assert _numbers("Two of SpaceX's boosters landed.", "quantity") == [("Two", 2, "booster")]
    assert _numbers("Only 2 out of 181 passengers survived the crash.", "quantity") == [
        ("2", 2, "passenger"),
        ("181 passengers", 181, "passenger"),
    ]
    assert _numbers("Nine rescue workers were hurt; two of them remain in hospital.", "quantity") == [
        ("Nine rescue workers", 9, "worker"),
        ("two", 2, "worker"),
    ]
    assert _numbers("Of the 12 boats that searched, nine belonged to the society.", "quantity") == [
        ("12 boats", 12, "boat"),
        ("nine", 9, "boat"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops captured by ISIS in 2014 were found.",
        "The statement came at 11:49 EDT.",
        "He was the first to arrive.",
        "Call 020 7946 0958 for details.",
        "One of them was wounded.",
        "1. Troops left the border.",
        '"We go where the big boats cannot," said one skipper.',
        "One official said the talks had failed.",
        "They fought on one front and lost.",
        "The 2017 elections were delayed.",
        "COVID-19 patients were moved.",
        "On August 18 Syrian troops attacked.",
        "It violates Resolution 1701 by defying the call.",
        "Relocating terrorists from one place to another is no solution.",
        "Two of them came back.",
        "Resolution 2254 calls for a ceasefire.",
        "Room 3-1 was locked.",  # a dash between numbers is no result without a result word or two sides
        "Talks resumed at 10 a.m. and 2 p.m.",
        "The 9/11 attacks changed everything.",
        "In May, 12, 13 and 14 were the dates.",
        "A day after the quake, police came.",
        "The statement came at 10:15:30 a.m. on Monday.",
        "3M said on Tuesday it would cut jobs.",
        "Police were called shortly after 02:15:00 on Sunday.",
        "The blast was recorded at 14:05:00 GMT.",
        "Ana Ruiz, " + "1" * 5000 + ", said so.",  # no age: too many digits (and too many to read as an int)
        "The 2024 year end review came out.",  # a year, not 2024 years
        "He was wearing a pair of jeans and a pair of sunglasses.",  # one thing of two parts each
        "He earns more each month and meets them twice a year.",  # a rate, no time lasting
    ],
)
def test_not_counts(sentence):
    assert _numbers(sentence, "quantity") == []


def test_the_short_end_of_a_span_of_years_is_no_count():
    """ "2008–09": "09" is a year (after "968 deaths … and" it was read as another count of deaths)."""
    found = _numbers("It passed the 968 deaths of 2001-2002 and the 2008–09 outbreak.", "quantity")
    assert [c[0] for c in found] == ["968 deaths"], found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The US has provided $1.5 billion in aid.", ("$1.5 billion", 1500000000, "USD")),
        ("It cost 2.3 million euros.", ("2.3 million euros", 2300000, "EUR")),
        ("A fund of €40m was set up.", ("€40m", 40000000, "EUR")),
        ("They asked for 40 million dollars.", ("40 million dollars", 40000000, "USD")),
        ("The bill is £3bn.", ("£3bn", 3000000000, "GBP")),
        ("EU regulators hit Meta with record $1.3B fine", ("$1.3B", 1300000000, "USD")),
        ("It gave US$5 million.", ("US$5 million", 5000000, "USD")),
        ("Bread costs 500 Lebanese pounds.", ("500 Lebanese pounds", 500, "LBP")),
        ("The ticket costs €4.99.", ("€4.99", 4.99, "EUR")),
        ("It paid USD 20,000 in fees.", ("USD 20,000", 20000, "USD")),
        ("They pledged five million dollars.", ("five million dollars", 5000000, "USD")),
        ("Aid of 40m euros arrived.", ("40m euros", 40000000, "EUR")),
        ("The fine was 500,000 Swiss francs.", ("500,000 Swiss francs", 500000, "CHF")),
        ("The deal is worth £130million to Newcastle.", ("£130million", 130000000, "GBP")),
        ("The budget is Rs 500 crore.", ("Rs 500 crore", 5000000000, "INR")),
        ("The state paid Rs 1,50,000 to each family.", ("Rs 1,50,000", 150000, "INR")),
        ("It raised NT$3 billion.", ("NT$3 billion", 3000000000, "TWD")),
        ("The fund holds ¥6trn.", ("¥6trn", 6000000000000, "JPY")),
        ("Samsung invested 1.5 trillion won.", ("1.5 trillion won", 1500000000000, "KRW")),
        ("The deal was worth 2.5 billion rand.", ("2.5 billion rand", 2500000000, "ZAR")),
        ("The Swiss bank may lend up to 100 billion francs.", ("100 billion francs", 100000000000, "CHF")),
        ("The fee was 20,000 francs in Kinshasa.", ("20,000 francs", 20000, None)),
        ("A bag of rice costs 5,000 CFA francs.", ("5,000 CFA francs", 5000, "XOF")),
        ("Rebuilding may cost almost $6Bln, the centre said.", ("$6Bln", 6000000000, "USD")),
        ("Exports reached 1.2 trln roubles.", ("1.2 trln roubles", 1200000000000, "RUB")),
        ("The deal valued the lender at SFr3bn.", ("SFr3bn", 3000000000, "CHF")),
        ("It offered SFr 9bn of guarantees.", ("SFr 9bn", 9000000000, "CHF")),
        ("The bank lent CHF100bn.", ("CHF100bn", 100000000000, "CHF")),
        ("The state spent Rs500 crore.", ("Rs500 crore", 5000000000, "INR")),
        ("It paid $2 billion in USD1, a stablecoin.", ("$2 billion", 2000000000, "USD")),
        ("The fund raised NZD100m.", ("NZD100m", 100000000, "NZD")),
    ],
)
def test_money(sentence, expected):
    assert _numbers(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Worth $45 million on Friday, its shares closed at 84 cents.", ("84 cents", 0.84, "USD")),
        ("The fine of €1.2 billion is 20 cents a user.", ("20 cents", 0.2, "EUR")),
        ("The dollar fell 20 euro cents.", ("20 euro cents", 0.2, "EUR")),
        ("A stamp now costs 85 pence.", ("85 pence", 0.85, "GBP")),
        ("The city raised the minimum wage by 80 cents to HK$42.10 an hour.", ("80 cents", 0.8, "HKD")),
        ("Diesel rose 10 cents a litre to €1.85, while crude climbed to $85 a barrel.", ("10 cents", 0.1, "EUR")),
    ],
)
def test_hundredths_of_a_currency_are_money(sentence, expected):
    """Cents of the currency of the nearest sum on their line, else of the story's dollar (or of its euro when it
    writes euros and no dollar); euro cents; pence."""
    assert expected in _numbers(sentence, "money")


def test_cents_in_a_story_of_no_money_are_no_sum():
    assert _numbers("The tuning was off by 15 cents, the violinist said.", "money") == []
    assert _numbers("The coin, worth 5 cents, sold at auction for £1,200.", "money") == [("£1,200", 1200, "GBP")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # an Australian outlet: its "$" is the Australian dollar, which it converts the US sum into
            "Exxon will buy Pioneer for $US59.5 billion ($93 billion).",
            [("$US59.5 billion", 59500000000, "USD"), ("$93 billion", 93000000000, None)],
        ),
        (
            "It sold for US$195 million. Another fetched US$110 million and a Basquiat $90 million.",
            [
                ("US$195 million", 195000000, "USD"),
                ("US$110 million", 110000000, "USD"),
                ("$90 million", 90000000, None),
            ],
        ),
        (  # an American outlet marking one foreign unit's sum: its "$" stays the US dollar
            "Acme will buy Beta for $5 billion. Beta's Canadian unit, valued at US$800 million, is included.",
            [("$5 billion", 5000000000, "USD"), ("US$800 million", 800000000, "USD")],
        ),
        ("It sold for $195 million, the USA's record.", [("$195 million", 195000000, "USD")]),
    ],
)
def test_a_plain_dollar_is_not_the_us_dollar_where_the_text_marks_us_dollars(text, expected):
    assert _numbers(text, "money") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The year was 1.48C above the average.", [("1.48C", 1.48, "degree")]),
        ("Highs reached 45°C (113 °F) in the city.", [("45°C", 45, "degree"), ("113 °F", 113, "degree")]),
        ("The group will cut 500,000 bpd, or 1.66m b/d with Russia's 500 kb/d.", [
            ("500,000 bpd", 500000, "barrel"), ("1.66m b/d", 1660000, "barrel"), ("500 kb/d", 500000, "barrel"),
        ]),
        ("The 747F freighter landed.", []),
        ("Users need at least 8GB of memory.", [("8GB", 8, "gb")]),
        ("Fire burned 25 sq km, or 12 km², in gusts of 30 m/s.", [
            ("25 sq km", 25, "square kilometre"), ("12 km²", 12, "square kilometre"), ("30 m/s", 30, "m/s"),
        ]),
    ],
)  # fmt: skip
def test_units_written_as_signs(sentence, expected):
    assert _numbers(sentence, "quantity") == expected


def test_a_percentage_with_a_decimal_comma_is_one_percentage_and_thousands_stay_thousands():
    found = _numbers("Lula won with 50,90% of the vote to 49,10%; inflation was 3,5 per cent; prices rose 1,000%.")
    assert [(t, v) for t, v, _ in found] == [
        ("50,90%", 50.9),
        ("49,10%", 49.1),
        ("3,5 per cent", 3.5),
        ("1,000%", 1000),
    ]


def test_a_fraction_of_a_unit_is_no_share():
    assert _numbers("It was a quarter of a century ago, half an hour before noon.", "percent") == []


@pytest.mark.parametrize(
    "sentence, misread",
    [
        ("Profits rose in the first half of 2024 and fell in the second half of the year.", "percent"),
        ("Passengers at Terminal 2F and in seat 31C were moved.", "degree"),
        ("Inflation rose two-tenths of a percentage point in May.", "second"),
        ("The magnitude of 2 million displaced people is hard to grasp.", "magnitude"),
        ("He lives near the border, where temperatures can top 45 in summer.", "person"),
        ("The crowd cheered as Root hit 50 in the final over.", "person"),
    ],
)
def test_words_near_a_number_that_make_no_figure_of_it(sentence, misread):
    """Forms read since: 'half of', a glued 'F', parts of a second, 'magnitude of', 'lives', 'crowd' — not here."""
    found = [("percent", *n) for n in _numbers(sentence, "percent")] + [
        ("quantity", *n) for n in _numbers(sentence, "quantity")
    ]
    assert [f for f in found if misread in (f[0], f[3])] == []


def test_pounds_of_something_are_a_weight_not_money():
    assert _numbers("They seized 500 pounds of explosives.", "money") == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The budget was cut by 12.5% last year.", ("12.5%", 12.5, None)),
        ("The lake stood at 97 per cent of capacity.", ("97 per cent", 97, None)),
        ("Turnout rose 40 percent.", ("40 percent", 40, None)),
        ("Forty per cent of homes flooded.", ("Forty per cent", 40, None)),
        ("She secured 29.54 of the vote in the first round.", ("29.54", 29.54, None)),
        ("Three-quarters of the public back the motion.", ("Three-quarters", 75, None)),
        ("Polls show two-thirds of voters agree.", ("two-thirds", 66.7, None)),
        ("One in five voters stayed home.", ("One in five", 20, None)),
        ("Four out of five of the deaths were due to heat.", ("Four out of five", 80, None)),
        ("Nine out of 10 of the deaths were in the north.", ("Nine out of 10", 90, None)),
        ("Four out of every five of the deaths were in the north.", ("Four out of every five", 80, None)),
        ("Inflation is near the bank's two-percent target.", ("two-percent", 2, None)),
        ("The bank made a 0.25-percentage-point cut.", ("0.25-percentage-point", 0.25, None)),
        ("Prices rose by 3-per-cent in May.", ("3-per-cent", 3, None)),
    ],
)
def test_percentages(sentence, expected):
    assert _numbers(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The new range is 4.75%-5.0%, up from 4.5%-4.75%.",
            [("4.75%", 4.75), ("5.0%", 5), ("4.5%", 4.5), ("4.75%", 4.75)],
        ),
        (
            "It will stay in a range of 0-0.1 per cent, or 2–3% at most.",
            [("0", 0), ("0.1 per cent", 0.1), ("2", 2), ("3%", 3)],
        ),
        (
            "It rose to 0.1% from minus 0.1%, or from -0.1% as the bank wrote it.",
            [("0.1%", 0.1), ("minus 0.1%", -0.1), ("-0.1%", -0.1)],
        ),
    ],
    ids=["a range of percentages with two signs", "a range with one sign keeps both ends", "below zero keeps its sign"],
)
def test_percentage_ranges_and_signs(sentence, expected):
    assert _numbers(sentence, "percent") == [(text, value, None) for text, value in expected]


@pytest.mark.parametrize(
    "word, expected",
    [("families", "family"), ("men", "man"), ("people", "person"), ("children", "child"), ("troops", "troop"),
     ("buses", "bus"), ("churches", "church"), ("vehicles", "vehicle"), ("MPs", "mp"), ("tornadoes", "tornado"),
     ("tornados", "tornado"), ("volcanoes", "volcano"), ("shoes", "shoe"), ("canoes", "canoe")],
)  # fmt: skip
def test_singular(word, expected):
    assert singular(word) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("nine", 9), ("twenty-three", 23), ("three hundred and five", 305), ("a dozen", 12), ("1,200", 1200),
     ("1.5 million", 1500000), ("1.5", 1.5), ("40m", 40000000), ("tens of thousands", 20000), ("two three", None),
     ("22 ½", 22.5), ("two and a half million", 2500000), ("3 and a half", 3.5), ("half a million", 500000),
     ("a half-million", 500000), ("half a dozen", 6)],
)  # fmt: skip
def test_parse_number(text, expected):
    value = parse_number(text)
    assert value == expected and type(value) is type(expected)


def _check_candidates(text: str) -> None:
    index = SentenceIndex(text)
    for c in find_numbers(Article("a", "a.txt", "", "", text), index):
        assert c.text == text[c.start : c.end] and c.start < c.end
        assert c.sentence == index.sentence_at(c.start)
        assert c.kind in ("quantity", "money", "percent")


@given(st.text())
def test_any_text_gives_consistent_candidates(text):
    _check_candidates(text)


@given(st.lists(st.sampled_from(["nine", "308", " ", "of", "the", "$", "1.5", "million", "men", "%", "-", "year",
                                 "them", ",", "\n", "two", "a", "dozen", "euros", "IS", "fighters"])))  # fmt: skip
def test_number_like_text_gives_consistent_candidates(words):
    _check_candidates(" ".join(words))


_NUMBER_TOKENS = ["a", "A", "half-", "dozen", "Thousand", "ONE", "twenty-", "tens", "ſix", "İ", "\u212a", "USD", "1",
                  ",000", ".", " ", " ", "\u00a0", "\n", "done"]  # fmt: skip


@given(st.lists(st.sampled_from(_NUMBER_TOKENS)), st.integers(0, 3), st.integers(0, 3))
@example(
    ["done", " ", "a", " ", "\u00a0", "dozen", " ", "1", ",000", " ", "USD", "1", ".", "1", "A", " ", "Thousand"], 0, 0
)
def test_numbers_tried_where_they_may_start_are_those_of_the_scan(tokens, cut_left, cut_right):
    text = "".join(tokens)
    lo, hi = min(cut_left, len(text)), max(min(cut_left, len(text)), len(text) - cut_right)
    scanned = [m.span() for m in numbers._NUMBER.finditer(text, lo, hi)]
    assert [m.span() for m in numbers._numbers(text, folded(text, lo, hi), lo, hi)] == scanned


def test_real_articles_give_consistent_candidates():
    for path in sorted(need_shared_seeds().glob("*.txt")):
        _check_candidates(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The bank made its eleventh rate hike.", [("eleventh", 11)]),
        ("It was the 11th increase since March 2022.", [("11th", 11)]),
        ("Prices rose for a third straight month.", [("third", 3)]),
        ("The council met for the 2nd time this week.", [("2nd", 2)]),
        ("For the first time, the second-largest city is dry.", []),  # "first" ranks everything
        ("A second of silence; she came third of five; on the 26th of July.", []),
        ("It was an unconvincing sixth triumph in 11 seasons.", [("sixth", 6)]),  # an adjective before it
        ("Madrid strike late to win 15th European Cup\nThe match was close.", [("15th", 15)]),  # a headline's end
        ("He finished a distant second in the race.", []),  # no determiner: "second" stays no rank
        ("Kerley came in third at 9.81 and Reed fourth in 9.82.", []),  # a place in a race, no rank of a noun
        ("Carvajal headed in a corner in the 74th minute.", []),  # a match's time, not a rank (below)
    ],
)
def test_ordinals_are_ranks(sentence, expected):
    found = [(text, value) for text, value, unit in _numbers(sentence, "quantity") if unit == "ordinal"]
    assert found == expected


def test_a_goals_minute_is_a_time_in_minutes_however_written():
    """ "in the 74th minute" and "on 74 minutes" give one time of a match: 74 minutes."""
    assert _numbers("Carvajal headed in a corner in the 74th minute.") == [("74th", 74, "minute")]
    assert _numbers("Carvajal headed in a corner on 74 minutes.") == [("74 minutes", 74, "minute")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It is the 11th rate increase.", [("11th", 11, "ordinal")]),
        ("It was its eleventh hike in a row.", [("eleventh", 11, "ordinal")]),
        ("Djokovic won his 24th Grand Slam title on Sunday.", [("24th", 24, "ordinal")]),
        ("It was the second straight month.", [("second", 2, "ordinal")]),
        ("It was the third straight month.", [("third", 3, "ordinal")]),
        ("It was the fourth straight month.", [("fourth", 4, "ordinal")]),
        ("It was the ninth straight month.", [("ninth", 9, "ordinal")]),
        ("It was the hundredth straight month.", [("hundredth", 100, "ordinal")]),
        ("Hundreds were evacuated.", [("Hundreds", 200, "person")]),
        ("thousands were evacuated.", [("thousands", 2000, "person")]),
        ("Dozens were injured.", [("Dozens", 24, "person")]),
        ("Millions were without power.", [("Millions", 2000000, "person")]),
        ("Scores were killed.", [("Scores", 40, "person")]),
        ("Tens of thousands were displaced.", [("Tens of thousands", 20000, "person")]),
        ("billions were hurt.", [("billions", 2000000000, "person")]),
        ("It became a Category 4 hurricane.", [("Category 4", 4, "category")]),
        ("It was downgraded to category 3 storm.", [("category 3", 3, "category")]),
        ("The Senate voted 52 to 48.", [("52", 52, "vote"), ("48", 48, "vote")]),
    ],
)
def test_each_figure_form_is_found_whatever_it_starts_with(sentence, expected):
    """Point fractions, ordinals, vague counts, storm categories and tallies are scanned for by the characters
    they may start with first: a form starting with any of them is found."""
    assert _numbers(sentence, "quantity") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Fed's quarter-point rise was expected.", [("quarter-point", 0.25, None)]),
        ("It made the half-point cut.", [("half-point", 0.5, None)]),
        ("Rates rose three-quarters of a point.", [("three-quarters of a point", 0.75, None)]),
        ("Rates rose one quarter point.", [("one quarter point", 0.25, None)]),
        ("It was a half-point cut.", [("a half-point", 0.5, None)]),
        ("It cut by a quarter of a percentage point.", [("a quarter of a percentage point", 0.25, None)]),
        ("Earnings rose three-tenths of a percent.", [("three-tenths of a percent", 0.3, None)]),
        ("The vote was lost 41-to-59 per cent.", [("41", 41, None), ("59 per cent", 59, None)]),
        ("It raised rates by 500 basis points.", [("500 basis points", 5, None)]),
        ("It cut by 50bp, then by 25 bps.", [("50bp", 0.5, None), ("25 bps", 0.25, None)]),
        (
            "It beat the 25 basis point cut forecast with a 50-basis-point move.",
            [("25 basis point", 0.25, None), ("50-basis-point", 0.5, None)],
        ),
    ],
)
def test_fractions_of_a_point_and_tallies_of_shares_are_percentages(sentence, expected):
    """A fraction of a (percentage) point is a percentage as "0.25 percentage points" is, found whatever it starts
    with, and so are basis points, hundredths of a point ("500 basis points" is five points, written as a modifier
    too); both ends of a tally of shares are percentages."""
    assert _numbers(sentence, "percent") == expected
    assert _numbers(sentence, "quantity") == []


def test_a_scaled_number_without_a_noun_counts_what_came_before():
    """ "beating forecasts of 40 million", "down to 4.25 million": a figure of millions is a count even with
    no noun after it, of what the sentence counted before (if anything)."""
    assert _numbers("Apple sold 40.4 million iPhones, beating forecasts of 40 million.", "quantity") == [
        ("40.4 million iPhones", 40400000, "iphone"),
        ("40 million", 40000000, "iphone"),
    ]
    assert _numbers("Sales of the Mac fell to 4.25 million.", "quantity") == [("4.25 million", 4250000, None)]
    assert _numbers("In 2020 the score was 3 and 4.", "quantity") == []


def test_both_sides_of_a_vote_are_counts_of_votes():
    """ "204 in favor and 85 against" where the sentence tells of a vote; "3 against 2 rivals" is no vote."""
    found = _numbers("The vote was 204 in favor and 85 against, with 3 abstentions.", "quantity")
    assert ("204 in favor", 204, "vote") in found and ("85 against", 85, "vote") in found
    assert ("3 against", 3, "vote") not in _numbers("The team won 3 against 2 rivals.", "quantity")
    found = _numbers("In the assembly 150 voted for the bill and 12 voted against it.", "quantity")
    assert found == [("150 voted for", 150, "vote"), ("12 voted against", 12, "vote")]


@pytest.mark.parametrize(
    "sentence, ages",
    [
        ("The passengers were aged between 3 and 78.", [3, 78]),
        ("The passengers, aged three to 78, were all Korean.", [3, 78]),
        ("Two flight attendants aged 25 and 33 survived.", [25, 33]),
        ("The male crew member, Mr. Lee (33), was moved to Seoul.", [33]),
        ("Deaths were reported in Texas (12), Florida (8) and Ohio (5).", []),
        # an age named before its figures
        ("Macron raised the retirement age from 62 to 64.", [62, 64]),
        ("Macron raised the age of retirement from 62 to 64.", [62, 64]),
        ("The law raises the pension age by two years to 64.", [2, 64]),  # and the two years it adds
        ("He retired at the age of 64.", [64]),
        ("The average age of 40 workers was 35.", []),  # a count of workers
        ("The new age rules apply to 18 of the 20 regions.", []),  # words of no age's change between
        ("Age discrimination claims rose from 30 in 2022 to 45 in 2023.", []),
        # ages after names in a list: brackets after full names, semicolons, "and", the last ending the sentence
        ("The freed hostages were Ann Marie Lee (25), Bo Li (21), and Tom Ray Lu (40).", [25, 21, 40]),
        ("The hostages—Ann Lee, 25; Bo Li, 21; and Tom Lu, 40—were taken.", [25, 21, 40]),
        ("Four hostages were freed. They are: Ann Lee, 25, Bo Li, 21 and Tom Lu, 40.", [25, 21, 40]),
        ("Ann Lee, 26, Omar Ben Jan, 22, and Tom Lu, 41, were freed.", [26, 22, 41]),  # Jan: a surname here
        ("In Jan, 22, the vote was held.", []),
        ("Ann Marie Lee (85) and Bo Li Tan (97) put on a stand of 182.", []),  # runs: no people listed before
        ("The hostages were freed. Tom Ray Lu beat Ann Marie Lee, 6–1, 6–2, in the final.", []),  # a score
        ("The deaths by state: North Carolina, 96; South Carolina, 49; Virginia, 12.", []),  # tolls by place
        ("The takeover of the 166 year-old lender marks a historic event.", [166]),
        ("A 45 year old man was arrested.", [45]),
    ],
)
def test_ages_said_with_aged_or_in_brackets(sentence, ages):
    assert [value for _, value, unit in _numbers(sentence, "quantity") if unit == "year"] == ages


def test_nouns_made_with_man_count_in_their_plural():
    """ "Three gunmen", "two policemen", "five fishermen": counts of people ("two specimen jars" counts jars)."""
    found = _numbers("Three gunmen shot two policemen; five fishermen and two specimen jars were lost.", "quantity")
    assert [(text, unit) for text, _, unit in found] == [
        ("Three gunmen", "gunman"),
        ("two policemen", "policeman"),
        ("five fishermen", "fisherman"),
        ("two specimen jars", "jar"),
    ]


def test_others_after_an_age_count_people_and_a_bare_m_is_a_million():
    """ "aged 18 to 65 and 1,000 others": the others are people, not years; "It raised 150m." is 150 million."""
    assert ("1,000 others", 1000, "person") in _numbers("Passengers aged 18 to 65 and 1,000 others were evacuated.")
    assert [v for _, v, _ in _numbers("The charity raised 150m.", "quantity")] == [150000000]


def test_a_sum_with_its_currency_before_is_no_length():
    """ "EUR 1,500m" is 1.5 billion euros, not 1,500 metres."""
    assert _numbers("The plan cost EUR 1,500m in total.") == [("EUR 1,500m", 1500000000, "EUR")]


def test_each_ordinal_word_opens_the_ordinals_gate():
    assert all(any(stem in word for stem in _ORDINAL_STEMS) for word in _ORDINAL_WORDS)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A convoy of 12 left.", ("convoy of 12", 12, "vehicle")),  # a gate's word
        ("The Category 4 storm", ("Category 4", 4, "category")),  # a gate's word, lower-cased
        ("She won in 2:00:35 on Sunday.", ("2:00:35", 7235, "second")),  # a gate's pattern
        ("It took less than A Minute.", ("A Minute", 1, "minute")),  # a gate's pattern, in any case
        ("One In Five voters backed it.", ("One In Five", 20.0, None)),
        ("The Category 4 storm hit Dıyarbakır.", ("Category 4", 4, "category")),  # ı: every gate opens
    ],
)
def test_gated_forms_still_read(sentence, expected):
    assert expected in _numbers(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Seven of his victims spoke in court.", ("Seven", 7, "victim", None)),
        ("The defence asked for 10 or fewer years in prison.", ("10 or fewer years", 10, "year", [None, 10])),
        ("Prosecutors sought 25 or more years.", ("25 or more years", 25, "year", [25, None])),
        ("The storm killed 50 or so people.", ("50 or so people", 50, "person", [47.5, 52.5])),
    ],
)
def test_a_part_of_someones_count_and_a_bound_after_the_number_are_counts(sentence, expected):
    """ "seven of his victims" is a count of victims as "seven of the victims" is; "10 or fewer years" a count of
    years with its bound ("or more", "or fewer", "or less", "or so"), as "fewer than 10 years" is."""
    found = find_numbers(Article("a", "a.txt", "", "", sentence), SentenceIndex(sentence), [])
    assert [(c.text, c.value, c.unit, c.bounds) for c in found if c.kind == "quantity"] == [expected]
