"""Figures written without a noun, the way tolls are (issue 12, error class 2): a role or a toll next to
the number, a reference back, a range's first end, magnitudes, abbreviations and hard line wraps."""

import pytest

from workbench.extract.numbers import find_numbers
from workbench.extract.sentences import SentenceIndex
from workbench.model import Article


def _counts(text: str):
    found = find_numbers(Article("a", "a.txt", "", "", text), SentenceIndex(text))
    return [(c.text, c.value, c.unit) for c in found if c.kind == "quantity"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The toll rose to 61 on Friday.", ("61", 61, "person")),
        ("The death toll in the Velm stampede has mounted to 116, officials said.", ("116", 116, "person")),
        ("The toll in the incident so far is 116, the inspector general said.", ("116", 116, "person")),
        ("She joined the Labour Party when she was 18, according to her biography.", ("18", 18, "year")),
        ("When she was 18, she joined the Labour Party.", ("18", 18, "year")),
        ("The population was just 180 in the last census.", ("180", 180, "person")),
        ("The death toll stood at only 12 on Monday.", ("12", 12, "person")),
        ("The clashes left at least 16 dead and several others injured.", ("16", 16, "person")),
        ("Hurricane Lena killed 14 overnight and flattened homes.", ("14", 14, "person")),
        ("Dock workers, numbering around 3,300, went on strike.", ("3,300", 3300, "worker")),  # the noun before
        ("The protesters, who number more than 2 million, marched.", ("2 million", 2000000, "protester")),
        ("Street battles as more than one million demonstrate across the country", ("one million", 1000000, "person")),
        ("Flood: 40 die as river bursts its banks", ("40", 40, "person")),  # a headline's present tense
        ("1 dies as bus overturns near the city", ("1", 1, "person")),
        ("Family of 5 flees fire in the city", ("5", 5, "person")),
        ("Police said 48 were confirmed dead.", ("48", 48, "person")),
        ("All of the 154 deceased but one have been identified.", ("154", 154, "person")),
        ("By nightfall 112 had been rescued.", ("112", 112, "person")),
        ("The landslide hit the village, killing 55.", ("55", 55, "person")),
        ("The blast killed at least 226 in the capital.", ("226", 226, "person")),
        ("A fire broke out and the number of dead reached 17.", ("17", 17, "person")),
        ("A 7.1-magnitude quake shook the coast.", ("7.1-magnitude", 7.1, "magnitude")),
        ("The magnitude 6.4 tremor was felt inland.", ("magnitude 6.4", 6.4, "magnitude")),
        ("A 12-truck convoy left the port.", ("12-truck", 12, "truck")),
        ("Of the 217 reported dead, 22 were children.", ("22", 22, "child")),
        ("Thirteen U.S. service members died.", ("Thirteen U.S. service members", 13, "service member")),
        ("The death toll from the river tragedy in the north rose to 59 on Sunday.", ("59", 59, "person")),
        ("All were accounted for, with 142 confirmed to have survived.", ("142", 142, "person")),
        ("The boat had at least 199 aboard when it sank.", ("199", 199, "person")),
        ("Divers recovered five more bodies from the hull.", ("five more bodies", 5, "body")),
        ("Three other people were hurt in the blast.", ("Three other people", 3, "person")),
        ("It carried 40 passengers and 16 crew.", ("16 crew", 16, "crew")),
        ("The eight-tower estate burned.", ("eight-tower", 8, "tower")),
        ("Four towers are out, while three more are under control.", ("three more", 3, "tower")),
        ("Some 61 people are in hospital, including 15 in critical condition.", ("15", 15, "person")),
        ("The toll from the magnitude 6.9 quake that hit on Tuesday has risen to over 70.", ("70", 70, "person")),
        ("Flood death toll nears 40", ("40", 40, "person")),
        ("The death toll climbed up to 288 on Saturday.", ("288", 288, "person")),
        ("Relatives searched morgues, with deaths expected to top 288.", ("288", 288, "person")),
        ("Aftershocks ranging from magnitude 1.4 to 4.8 were recorded.", ("4.8", 4.8, "magnitude")),
        ("The magnitude-6.2 quake woke the valley.", ("magnitude-6.2", 6.2, "magnitude")),
        ("It had a magnitude of 5.9, the survey said.", ("magnitude of 5.9", 5.9, "magnitude")),
        ("Seismologists were stunned by Monday's initial 7.8 quake.", ("7.8", 7.8, "magnitude")),
        ("Thousands were killed by the powerful 7.8 and 7.5-magnitude quakes.", ("7.8", 7.8, "magnitude")),
        ("The survey put its magnitude at 6.1 on Sunday.", ("magnitude at 6.1", 6.1, "magnitude")),
        ("The tremor measured 7 on the Richter scale.", ("7 on the Richter scale", 7, "magnitude")),
        ("Valley quake death toll soars past 1,500", ("1,500", 1500, "person")),
        ("Storm claims lives of 39 in the valley", ("39", 39, "person")),
        ("Number of Deaths from Storm “Velm” Rises to 39", ("39", 39, "person")),
        ("Death Toll from Storm Velm Increases to 39, Officials Say", ("39", 39, "person")),
        ("The number of missing persons has escalated to 10.", ("10", 10, "person")),
        ("The toll of injured troops was upped to 18 from 15.", ("15", 15, "person")),
        ("Experts warn the toll could exceed 10,000.", ("10,000", 10000, "person")),
        ("A convoy of 12 left the port at dawn.", ("convoy of 12", 12, "vehicle")),
        ("The ship had an all-Indian crew of 22, the company said.", ("crew of 22", 22, "person")),
        ("At least 2000 dead after the valley quake", ("2000", 2000, "person")),
        ("The quake has killed at least 2000 people in the valley.", ("2000 people", 2000, "person")),
        (
            "The death toll from the fire at a high-rise apartment complex in the harbour district of the "
            "city has risen to 128.",
            ("128", 128, "person"),
        ),
        ("Ten patients are treated at the Velm burn unit and two at Ostra General Hospital.", ("two", 2, "patient")),
        ("33 bodies were taken to Velm Hospital and 10 to the Ostra morgue.", ("10", 10, "body")),
        ("Total payroll employment increased by 517,000 in January.", ("517,000", 517000, "job")),
        ("The population of Velm fell by 850,000 last year.", ("850,000", 850000, "person")),
    ],
)
def test_a_figure_without_a_noun_is_still_a_count(sentence, expected):
    assert expected in _counts(sentence)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The set went on for 1 hour and 44 minutes.", [("1 hour and 44 minutes", 104, "minute")]),
        ("It lasted an hour and 44 minutes.", [("an hour and 44 minutes", 104, "minute")]),
        ("It took a minute and 12 seconds.", [("a minute and 12 seconds", 72, "second")]),
        ("They moved from one place to another.", []),
    ],
)
def test_one_unit_of_time_and_some_of_the_next(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lyles won in 9.79s; Kerley ran 9.784sec.", [("9.79s", 9.79, "second"), ("9.784sec", 9.784, "second")]),
        ("She won by .005 seconds, after a .02-second loss.", [(".005 seconds", 0.005, "second"), (".02-second", 0.02, "second")]),
        ("He won by five-thousandths of a second over Reed.", [("five-thousandths of a second", 0.005, "second")]),
        ("Just 12 hundredths separated them, one-hundredth more.", [("12 hundredths", 0.12, "second"), ("one-hundredth", 0.01, "second")]),
        (
            "Lyles won in 9.79 seconds. Kerley came in third at 9.81 and Reed fourth in 9.82.",
            [("9.79 seconds", 9.79, "second"), ("9.81", 9.81, "second"), ("9.82", 9.82, "second")],
        ),
        ("The index rose 1.25 points to close at 4.56.", [("1.25 points", 1.25, "point")]),
        ("They ran before a crowd of 75,000 on Sunday.", [("75,000", 75000, "person")]),
    ],
)  # fmt: skip
def test_race_times_and_parts_of_a_second(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ellipsis repeats the verb (with its preposition) and drops the noun: the same noun; not a year, nor another verb
        ("Velm scored 15 runs in the super over. Tamsa too scored 15.", [("15 runs", 15, "run"), ("15", 15, "run")]),
        (
            "He was convicted on 11 charges, while his wife was convicted on eight.",
            [("11 charges", 11, "charge"), ("eight", 8, "charge")],
        ),
        ("The Velm party won 37 seats. The Tamsa party won 25.", [("37 seats", 37, "seat"), ("25", 25, "seat")]),
        ("Six people were killed in Velm while three each were killed in Orna.", [("Six people", 6, "person"), ("three", 3, "person")]),
        ("The party won 37 seats. It won in 2023 and scored 12 in the polls.", [("37 seats", 37, "seat")]),
        # the noun after a restatement in brackets, or after a copula and a modifier
        ("We cleared 8.61 lakh (861,000) people.", [("8.61 lakh", 861000, "person"), ("861,000", 861000, "person")]),
        ("Of the 12 people killed, 11 were city employees.", [("12 people", 12, "person"), ("11", 11, "employee")]),
        ("Of the dead, 22 were children and 11 were found dead inside.", [("22", 22, "child"), ("11", 11, "person")]),
        # a match's result: a result noun after, a result verb before, or two sides' names around in a sentence of sport
        ("Velm won a nail-biting 12-11 victory over Tamsa.", [("12", 12, "point"), ("11", 11, "point")]),
        ("Velm 11-12 Tamsa: Ruiz kicks the winner in the final", [("11", 11, "point"), ("12", 12, "point")]),
        ("Tamsa won the cup by beating Velm 3-0 on Saturday.", [("3", 3, "point"), ("0", 0, "point")]),
        ("After the 29-28 win over Orna, they did it again.", [("29", 29, "point"), ("28", 28, "point")]),
        ("Saturday night's 12-11 nail-biter brought Velm the cup.", [("12", 12, "point"), ("11", 11, "point")]),
        ("Down 0-6, Tamsa fought back. Velm led 12-6 at half-time.", [("0", 0, "point"), ("6", 6, "point"), ("12", 12, "point"), ("6", 6, "point")]),
        ("Sales led 3-4 weeks later to a rise.", [("3", 3, "week"), ("4 weeks", 4, "week")]),
        ("Nicholls 55, Woakes 3-37, Plunkett 3-42.", []),
        ("The 2023-24 season ended. The office is open 9-5 on weekdays.", []),
        ("The door plug blew out on a Boeing 737-9 Max jet. Tom Kean led the 9-11 commission.", []),
        # a bare change goes on counting the last count before it, when of its size; never an amount
        (
            "Employers added 517,000 jobs. Payrolls increased 517,000 after an upwardly revised 260,000 gain in December.",
            [("517,000 jobs", 517000, "job"), ("517,000", 517000, "job"), ("260,000", 260000, "job")],
        ),
        ("Employers added 517,000 jobs, healthcare (+58,000) among them.", [("517,000 jobs", 517000, "job"), ("58,000", 58000, "job")]),
        (
            "Employers added 517,000 jobs. November was revised up by 34,000, from 256,000 to 290,000.",
            [("517,000 jobs", 517000, "job"), ("34,000", 34000, "job"), ("256,000", 256000, "job"), ("290,000", 290000, "job")],
        ),
        ("The firm has 2,000 workers. Its shares fell 5 on Monday.", [("2,000 workers", 2000, "worker")]),
        ("Jobless claims rose 13,000 last week. Shares rose 1,500 in early trade.", [("13,000", 13000, "claim")]),
        ("Private employers added 497,000 in June. Average rents rose 1,200 over the year.", []),
        ("The airline cancelled 300 flights. Its shares fell 20.", [("300 flights", 300, "flight")]),
        ("The toll stood at 40 people. Inflation stood at 3.", [("40 people", 40, "person")]),
        # a number a clause after it makes a count of what the passage counted ("the 17 he won"); not an age (in years,
        # not workers), nor a year
        ("The party won 37 seats, more than double the 17 he won in 2019.", [("37 seats", 37, "seat"), ("17", 17, "seat")]),
        (
            "At the age of 3 he moved to Velm. The firm has 2,000 workers.",
            [("3", 3, "year"), ("2,000 workers", 2000, "worker")],
        ),
        ("Velm won 40 seats. The 2019 they won was better.", [("40 seats", 40, "seat")]),
        # a score after a verb of scoring, or "not out", counts what the article's scores count; no score where none is
        (
            "Both sides hit 241 runs. Velm scored 15 in their super over. Ruiz ended 84 not out.",
            [("241 runs", 241, "run"), ("15", 15, "run"), ("84", 84, "run")],
        ),
        ("Velm scored 3 goals. Tamsa scored 2 in reply.", [("3 goals", 3, "goal"), ("2", 2, "goal")]),
        ("Both sides scored 241 from their overs. Velm then hit 15 runs.", [("241", 241, "run"), ("15 runs", 15, "run")]),
        ("Velm made 300 runs. Tamsa's total of 241 was not enough.", [("300 runs", 300, "run"), ("241", 241, "run")]),
        ("He scored 84 on the test. The company made 7 last year.", []),
        ("The toll rose to 61 on Friday. A total of 300 were evacuated.", [("61", 61, "person"), ("300", 300, "person")]),
        # both ends of a tally's change, however many words name the tally; a toll revised from a figure
        (
            "The number of people reported missing in the valley has also jumped from 108 to 176.",
            [("108", 108, "person"), ("176", 176, "person")],
        ),
        ("Officials revised the confirmed death toll from 79 after a recount.", [("79", 79, "person")]),
        ("The number of people missing has dropped from 176 to 108.", [("176", 176, "person"), ("108", 108, "person")]),
        ("The number of dead rose from nine to 14.", [("nine", 9, "person"), ("14", 14, "person")]),
        ("The number of children aged from 6 to 11 who were vaccinated rose.", []),  # a range of ages, no change
        ("Velm scored two goals to win. The number of dead rose to 125.", [("two goals", 2, "goal"), ("125", 125, "person")]),
        (
            "The Dow lost 500 points. The number of firms with losses rose to 45, and a total of 12 have cut jobs.",
            [("500 points", 500, "point"), ("45", 45, "person"), ("12", 12, "person")],
        ),
        # who forecast a figure is not what it counts; a count of forecasters is
        (
            "Employers added 517,000 jobs, more than double the 190,000 forecasters anticipated.",
            [("517,000 jobs", 517000, "job"), ("190,000", 190000, "job")],
        ),
        (
            "Employers added 517,000 jobs, above the 185,000 economists polled by Reuters had expected.",
            [("517,000 jobs", 517000, "job"), ("185,000", 185000, "job")],
        ),
        ("The 300 analysts expected a cut. Some 40 economists said so.", [("300 analysts", 300, "analyst"), ("40 economists", 40, "economist")]),
        (
            "The economy added 216,000 jobs. The 60 economists polled by Reuters had expected, on average, a smaller gain.",
            [("216,000 jobs", 216000, "job"), ("60 economists", 60, "economist")],
        ),
        ("Sixty economists surveyed by Bloomberg had forecast, on average, a smaller gain.", [("Sixty economists", 60, "economist")]),
        (
            "Employers added 150,000 jobs, fewer than the 190,000 economists had expected, the department said.",
            [("150,000 jobs", 150000, "job"), ("190,000", 190000, "job")],
        ),
        ("Williamson made 77 runs. Velm posted a total of 241 for eight.", [("77 runs", 77, "run"), ("241", 241, "run")]),
        (
            "Hale needed 36 points to break the record and finished with a career total of 38,390.",
            [("36 points", 36, "point"), ("38,390", 38390, "point")],
        ),
        (
            "The stampede's death toll reached a total of 125 on Sunday. Arema sit 4 points off the top.",
            [("125", 125, "person"), ("4 points", 4, "point")],
        ),
        ("Haaland scored 2 in the first half. City are now 5 points clear.", [("5 points", 5, "point")]),
        (
            "The economy added 216,000 jobs. The 45 economists surveyed by Bloomberg had expected on average a smaller gain.",
            [("216,000 jobs", 216000, "job"), ("45 economists", 45, "economist")],
        ),
        ("The ruling came down 6-3. Republicans were leading 51-49 in the polls.", []),
        ("The ruling is a victory for conservatives. The court came down 6-3 on the case.", []),
        ("Lawmakers will try again. The court upheld the death penalty, ruling 6-3. Republicans led 51-49 in polls.", []),
        ("The Knicks won the game on Sunday. New York led 58-50 at the break.", [("58", 58, "point"), ("50", 50, "point")]),
        (
            "Australia made 350 runs. Attendance reached a total of 92,000.",
            [("350 runs", 350, "run"), ("92,000", 92000, "person")],
        ),
        (
            "The average workweek rose to 34.4 hours, above the 34.3 economists had expected.",
            [("34.4 hours", 34.4, "hour"), ("34.3", 34.3, "hour")],
        ),
        (
            "The Lions scored two tries before the break. Down 0-6, the Velm side fought back.",
            [("two tries", 2, "try"), ("0", 0, "point"), ("6", 6, "point")],
        ),
        ("Australia were bowled out for a total of 241. Smith made 80 runs.", [("241", 241, "run"), ("80 runs", 80, "run")]),
        (
            "Employers added 150,000 jobs. The index was above the 51.5 economists had expected.",
            [("150,000 jobs", 150000, "job"), ("51.5", 51.5, None)],
        ),
        # a relative clause after a determiner's number, or 'the remaining'
        ("They found 11 climbers, out of 75 who were in the area.", [("11 climbers", 11, "climber"), ("75", 75, "climber")]),
        ("Rescuers set out to find the remaining 26.", [("26", 26, "person")]),
        ("Of the 40 boats, the other 26 were saved.", [("40 boats", 40, "boat"), ("26", 26, "boat")]),
        ("Since 2019 who knows what happened. It was reported by Channel 4 who spoke to them.", []),
        # the next numbers of a list: of what the first counts
        (
            "Aftershocks measured magnitudes of 6.3, 5.9, and 5.5, as well as lesser shocks.",
            [("magnitudes of 6.3", 6.3, "magnitude"), ("5.9", 5.9, "magnitude"), ("5.5", 5.5, "magnitude")],
        ),
        ("The quake struck at magnitude 6.3, then 5.9 and 5.5.", [("magnitude 6.3", 6.3, "magnitude")]),
        # 'another', 'an additional' or 'a further' number: one more of what was counted before
        (
            "The storm destroyed 465 houses, and an additional 135 have suffered damage.",
            [("465 houses", 465, "house"), ("135", 135, "house")],
        ),
        ("Police killed 39 people. Another 100 are nursing gunshot wounds.", [("39 people", 39, "person"), ("100", 100, "person")]),
        # a number joined on by 'and', 'while' or 'but' that did, was or came from something: a part of the count before
        ("Among the 175 passengers, 173 were Korean and two were Thai.", [("175 passengers", 175, "passenger"), ("173", 173, "passenger"), ("two", 2, "passenger")]),
        ("Two guards from Sri Lanka and one from Nepal were aboard.", [("Two guards", 2, "guard"), ("one", 1, "guard")]),
        ("Four justices found him guilty, while one dissented.", [("Four justices", 4, "justice"), ("one", 1, "justice")]),
        ("Three were in critical condition and one was stable.", [("Three", 3, "person"), ("one", 1, "person")]),
        ("Two hikers were found and one of them was hurt. Ask anyone and one says no.", [("Two hikers", 2, "hiker")]),
        # a role after 'another' counts people; a part joined on is never of a time or a length; a list is of measures
        ("The storm destroyed 300 homes. Another 40 were injured.", [("300 homes", 300, "home"), ("40", 40, "person")]),
        ("Crews worked for 12 hours. Another 20 remain trapped.", [("12 hours", 12, "hour"), ("20", 20, "person")]),
        ("Firefighters battled the blaze for 6 hours and 12 were taken to hospital.", [("6 hours", 6, "hour")]),
        ("The bus plunged 50 metres into a gorge and one was in critical condition.", [("50 metres", 50, "metre"), ("one", 1, "person")]),
        ("His two daughters, 8 and 10, survived.", [("two daughters", 2, "daughter"), ("8", 8, "year"), ("10", 10, "year")]),
        ("Two men, 19 and 22, were arrested.", [("Two men", 2, "man"), ("19", 19, "year"), ("22", 22, "year")]),
        # 'one' whose role follows it
        ("The gunman killed 11 people. Police later said one more died.", [("11 people", 11, "person"), ("one more", 1, "person")]),
        ("Twelve people died; one other was injured.", [("Twelve people", 12, "person"), ("one other", 1, "person")]),
        ("Two people were rescued, and one was in critical condition.", [("Two people", 2, "person"), ("one", 1, "person")]),
        ("He was one of the best. One can only hope, and no one died.", []),
        # a bracketed number in a list after a count counts what it counted; a numbered item is no count
        (
            "The PVV won 37 seats. Next is GroenLinks-PvdA (25), followed by VVD (24) and NSC (20).",
            [("37 seats", 37, "seat"), ("25", 25, "seat"), ("24", 24, "seat"), ("20", 20, "seat")],
        ),
        ("The bill passed with 12 votes. It has three parts: (1) spending, (2) the budget.", [("12 votes", 12, "vote"), ("three parts", 3, "part")]),
        # nor an age after a name, last year's figure, a goal's minute
        ("Two people died. One was named as John Murphy (45).", [("Two people", 2, "person")]),
        ("It employs 2,300 people (2,100). Arsenal scored three goals through Saka (23) and Rice (88).", [("2,300 people", 2300, "person"), ("three goals", 3, "goal")]),
        ("Not one was injured. No-one was hurt. Which one was killed first is unclear.", []),
        ("Velm fired 33 cruise missiles on Saturday, of which 21 were shot down.", [("33 cruise missiles", 33, "missile"), ("21", 21, "missile")]),
        ("Velm fired 10 rockets at 3 towns on Tuesday, of which 8 were intercepted.", [("10 rockets", 10, "rocket"), ("3 towns", 3, "town"), ("8", 8, "rocket")]),
        ("The number of missing was as many as 4,000, officials said.", [("4,000", 4000, "person")]),
    ],
)  # fmt: skip
def test_a_number_whose_noun_stands_elsewhere_counts_it(text, expected):
    """A figure whose noun the passage gives elsewhere (an earlier count, its verb's subject) or that a match's
    result, a relative clause or "one more" makes a count; and the figures that are none."""
    assert _counts(text) == expected


def test_others_and_more_count_what_was_counted_just_before():
    text = "Nine miners were killed and 15 others were hurt; at least 18 more were missing."
    assert _counts(text) == [("Nine miners", 9, "miner"), ("15 others", 15, "miner"), ("18 more", 18, "miner")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She got four years in prison, two of which were suspended.", [("four years", 4, "year"), ("two", 2, "year")]),
        (
            "He got four years in prison, with two suspended and two served at home.",
            [("four years", 4, "year"), ("two", 2, "year"), ("two", 2, "year")],
        ),
        ("Ann Reed, 45, was hurt and six others died.", [("45", 45, "year"), ("six others", 6, "person")]),
        (
            '"It hurts," said her mother Ann Reed, 39. The ferry was 12.5 km out.',
            [("39", 39, "year"), ("12.5 km", 12.5, "km")],
        ),
        ("The bill was backed by Texas, 38. Seats won: Labour, 45; Greens, 12.", []),
    ],
)
def test_a_part_of_a_span_of_years_counts_years_and_an_age_is_no_count_to_refer_to(text, expected):
    assert _counts(text) == expected


def test_a_range_keeps_both_ends():
    assert _counts("Between 20 and 30 homes burned.") == [("20", 20, "home"), ("30 homes", 30, "home")]


def test_both_ends_of_a_toll_an_authority_revised_are_counts():
    """ "revised the death toll in the crash on Friday to 275 from 288": the toll now and the one it replaced."""
    sentence = "The government revised the death toll in the train crash on Friday to 275 from 288, officials said."
    assert _counts(sentence) == [("275", 275, "person"), ("288", 288, "person")]


def test_a_figure_broken_by_a_hard_line_wrap_is_one_figure():
    assert _counts("The flood killed at least 48\nresidents of the valley.") == [("48\nresidents", 48, "resident")]


@pytest.mark.parametrize(
    "sentence",
    [
        "He was 45 when he died.",
        "She scored 12 in the final.",
        "Route 9 was closed after the crash killed nobody.",
        "It was a two-way street and a three-fold rise.",
        "The number on the back of his shirt is 20.",
        "The figure for the same month last year was 10.1, the agency said.",
        "The referee's count when he got to his feet was 8.",
        "England were in trouble when they were 80 at lunch.",
        "The passenger in seat 14 lay injured in the aisle.",
        "The toll free helpline for stranded passengers is 139, the railway said.",
        "He was caught on camera when he was 70 in the bus lane.",
    ],
)
def test_a_number_with_no_role_or_toll_next_to_it_is_no_count(sentence):
    assert _counts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Velm records an average of 1.5 quakes a year.",
        "Builders need a 2.5 quake-proof rating.",
        "The state set aside Rs 7.8 quake relief funds.",
        "At 8.05 quakes were still being felt.",
    ],
)
def test_a_decimal_before_a_quake_word_that_is_no_quakes_is_no_magnitude(sentence):
    """A rate of quakes, a rating, a sum of money or a time before a quake word is no quake's magnitude."""
    assert not [
        c
        for c in find_numbers(Article("a", "a.txt", "", "", sentence), SentenceIndex(sentence))
        if c.unit == "magnitude"
    ]


@pytest.mark.parametrize("tally", ["216-210", "216-to-210", "216 to 210"])
def test_a_votes_tally_is_two_counts_of_votes(tally):
    assert _counts(f"The House voted {tally} to remove him.") == [("216", 216, "vote"), ("210", 210, "vote")]


@pytest.mark.parametrize(
    ("sentence", "yes", "no"),
    [
        ("The committee voted by a majority of five-to-four to cut rates.", "five", "four"),
        ("By a vote of four to one, the justices convicted him.", "four", "one"),
        ("The Supreme Court, in a five-to-four decision, struck down the law.", "five", "four"),
    ],
)
def test_a_votes_tally_in_words_is_two_counts_of_votes(sentence, yes, no):
    assert [(text, unit) for text, _, unit in _counts(sentence)] == [(yes, "vote"), (no, "vote")]


@pytest.mark.parametrize(
    "sentence",
    [
        "They won the game four to one.",
        "Fans voted the team's four to one win over Spain the best.",
        "The vote is expected in two to three weeks.",
        "Parliament voted on Tuesday; two to three lawmakers abstained.",
        "The prize money will be split 60-40 between the winners.",
        "The majority were aged two to five.",
        "Voting runs from seven to ten on Sunday.",
        "Before the vote, the visitors had won four to one in the first leg.",
    ],
)
def test_a_range_or_a_score_in_words_near_a_vote_is_no_vote(sentence):
    assert all(unit != "vote" for _, _, unit in _counts(sentence))


def test_a_courts_ruling_tally_is_two_counts_of_votes():
    assert _counts("The court ruled 6-3 on Friday.") == [("6", 6, "vote"), ("3", 3, "vote")]


def test_a_group_of_counted_nouns_counts_the_nouns():
    assert _counts("A group of 20 students and a team of five arrived.") == [
        ("20 students", 20, "student"),
        ("team of five", 5, "person"),
    ]


def test_the_voters_counted_on_one_side_of_a_vote_are_votes():
    assert _counts("In the 300-seat assembly, 204 deputies voted for the motion and 85 voted against.")[1:] == [
        ("204 deputies voted for", 204, "vote"),
        ("85 voted against", 85, "vote"),
    ]


def test_a_tally_before_the_words_naming_its_vote_is_two_counts_of_votes():
    assert _counts("Following a 7-2 majority vote, the bank acted.") == [("7", 7, "vote"), ("2", 2, "vote")]
    assert _counts("The score was 3-1 at half time.") == []


def test_a_chambers_verb_before_a_tally_makes_it_a_vote():
    assert _counts("The motion was adopted 216 to 210 on Monday.") == [("216", 216, "vote"), ("210", 210, "vote")]
    assert _counts("The bill was approved 7-10 years ago.") == [("7", 7, "year"), ("10 years", 10, "year")]


def test_a_vote_in_the_sentence_before_does_not_make_a_range_a_tally():
    text = "The Senate confirmed her by a vote of 52 to 48. Sales rose 5-10 units a day."
    assert ("5", 5, "vote") not in _counts(text)


def test_a_range_written_with_a_dash_keeps_both_ends():
    assert _counts("Prosecutors sought 7-10 years.") == [("7", 7, "year"), ("10 years", 10, "year")]


def test_a_dollar_sign_with_its_country_after_it_is_money():
    text = "Stone was fined $US20,000 and the firm $A1.5 million."
    found = find_numbers(Article("a", "a.txt", "", "", text), SentenceIndex(text))
    assert [(c.text, c.kind, c.value, c.unit) for c in found] == [
        ("$US20,000", "money", 20000, "USD"),
        ("$A1.5 million", "money", 1500000, "AUD"),
    ]


def test_a_mixed_fraction_and_a_percent_ranges_first_end():
    """ "from 5-1/4 to 5-1/2 percent" (as a central bank's statement writes it): two percentages, 5.25 and
    5.5; "a 2-1/2-hour hearing" lasts 2.5 hours."""
    text = "The committee raised the range from 5-1/4 to 5-1/2 percent after a 2-1/2-hour meeting."
    found = find_numbers(Article("a", "a.txt", "", "", text), SentenceIndex(text))
    assert [(c.text, c.kind, c.value) for c in found] == [
        ("5-1/4", "percent", 5.25),
        ("5-1/2 percent", "percent", 5.5),
        ("2-1/2-hour", "quantity", 2.5),
    ]


def _case(sentence: str, expected: list[tuple[str, float, str]], what: str):
    return pytest.param(sentence, expected, id=what)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        _case(
            "Winds of 185 mph (295 kph) and gusts of 250 km/h, moving at 9km/h over 20km.",
            [
                ("185 mph", 185, "mph"),
                ("295 kph", 295, "km/h"),
                ("250 km/h", 250, "km/h"),
                ("9km/h", 9, "km/h"),
                ("20km", 20, "km"),
            ],
            "speeds keep their unit whichever abbreviation gives it",
        ),
        _case(
            "Winds of up to 185 miles per hour and gusts of 150 kilometres an hour hit 20 miles of coast.",
            [("185 miles per hour", 185, "mph"), ("150 kilometres an hour", 150, "km/h"), ("20 miles", 20, "mile")],
            "a distance per hour is a speed",
        ),
        _case(
            "It was blamed for seven deaths, including three in Jamaica and one in Haiti.",
            [("seven deaths", 7, "death"), ("three", 3, "death"), ("one", 1, "death")],
            "parts named after including count what the whole counts",
        ),
        _case("Officials, including one from the ministry, spoke on Friday.", [], "including one official is no count"),
        _case(
            "Hundreds of thousands were without power and thousands were evacuated overnight.",
            [("Hundreds of thousands", 200_000, "person"), ("thousands", 2_000, "person")],
            "vague counts said by what happened to them",
        ),
        _case(
            "A Category 5 hurricane, later downgraded to category 3, hit the island.",
            [("Category 5", 5, "category"), ("category 3", 3, "category")],
            "a storm's category is a figure",
        ),
        _case(
            "Police said between 110,000 to 150,000 attended the rally.",
            [("110,000", 110_000, "person"), ("150,000", 150_000, "person")],
            "a crowd's range said by its role",
        ),
        _case("The rally drew 110,000 on Saturday.", [("110,000", 110_000, "person")], "a crowd drawn"),
        _case("The Met put the figure at around 110,000.", [("110,000", 110_000, "person")], "a figure put at"),
        _case("Officers were punched. Four were seriously hurt.", [("Four", 4, "person")], "an adverb before a role"),
        _case(
            "It left 26 police officers injured – four seriously – on Saturday.",
            [("26 police officers", 26, "police officer"), ("four", 4, "police officer")],
            "a part after a dash",
        ),
        _case(
            "The march drew over 1 lakh people; 1.5 lakh attended and 2 crore people watched.",
            [
                ("1 lakh people", 100_000, "person"),
                ("1.5 lakh", 150_000, "person"),
                ("2 crore people", 20_000_000, "person"),
            ],
            "lakh and crore are scales",
        ),
        _case(
            "DR Congo declares 16th Ebola outbreak as the toll rises.",
            [("16th", 16, "ordinal")],
            "an ordinal before a name and its noun",
        ),
        _case(
            "Clashes left 26 police officers injured; 30 staff members and 14 crew left.",
            [
                ("26 police officers", 26, "police officer"),
                ("30 staff members", 30, "staff member"),
                ("14 crew", 14, "crew"),
            ],
            "a collective noun before a counted noun is part of it",
        ),
        _case("India Plane Crash Death Toll Hits 279", [("279", 279, "person")], "a toll that hits a figure"),
        _case(
            "Air India confirms 241 killed in crash with one survivor.",
            [("241", 241, "person"), ("one survivor", 1, "survivor")],
            "one survivor after with",
        ),
        _case(
            "Only one of the 242 passengers survived.",
            [("one", 1, "passenger"), ("242 passengers", 242, "passenger")],
            "only one of the passengers",
        ),
        _case("They moved from one place to another with one voice.", [], "one as a pronoun"),
        _case(
            "One dead, six missing after a boat carrying a one-year-old girl sank; 15 people were rescued, two hurt.",
            [
                ("One dead", 1, "person"),
                ("six", 6, "person"),
                ("one-year-old", 1, "year"),
                ("15 people", 15, "person"),
                ("two", 2, "person"),
            ],
            "'one dead' counts a person; a count opening a clause with its own fate is no count of the noun before",
        ),
        _case(
            "They expect four more rate cuts in 2025 and two more in 2026.",
            [("four more rate cuts", 4, "cut"), ("two more", 2, "cut")],
            "'two more in 2026' counts what was counted just before",
        ),
        _case(
            "The number of people who have been killed in the blaze at a housing estate in the eastern part of the "
            "city rose to 93.",
            [("93", 93, "person")],
            "a toll named twenty words before its verb",
        ),
        _case(
            "Only 21 of the 93 dead have been identified.",
            [("21", 21, "person"), ("93", 93, "person")],
            "a part of the dead counts people",
        ),
        _case(
            "Flames engulfed five of the estate's six 40-storey blocks, and all nine 28-storey towers nearby.",
            [
                ("five", 5, "block"),
                ("six", 6, "block"),
                ("40-storey", 40, "storey"),
                ("nine", 9, "tower"),
                ("28-storey", 28, "storey"),
            ],
            "a measure between a number and its noun is a figure of its own; a part of a possessor's whole",
        ),
        _case("Some 312 were initially listed as missing.", [("312", 312, "person")], "listed as missing"),
        _case(
            "The blocks held almost 1900 flats and some 5200 residents.",
            [("1900 flats", 1900, "flat"), ("5200 residents", 5200, "resident")],
            "a hedged four-digit number before a plural noun is a count, not a year",
        ),
        _case(
            "Velmland's population fell by 230,000 to 48.2 million last year.",
            [("230,000", 230_000, "person"), ("48.2 million", 48_200_000, "person")],
            "a population counts people, by what it fell and to what",
        ),
        _case(
            "The death toll has risen to 2,000 following powerful tremors and aftershocks.",
            [("2,000", 2000, "person")],
            "a noun after 'following' is no noun the number counts",
        ),
        _case(
            "The rate per 1,000 people was 6.8, or 7 births for every 1,000 women; holders get 1 share for every 22.48 "
            "shares.",
            [("7 births", 7, "birth"), ("1 share", 1, "share"), ("22.48 shares", 22.48, "share")],
            "the base of a rate is no count (a ratio's own figure is)",
        ),
        _case("The number of cars on the road fell by 12 last year.", [], "a number of things that fell is no toll"),
        _case(
            "The number of Covid cases fell by 2,000 over the week.",
            [("2,000", 2000, "case")],
            "a fall in a number of cases counts cases",
        ),
        _case(
            "The toll is unclear, and the price of bread, which the government had capped in the spring after "
            "protests in the capital, rose to 45.",
            [],
            "a clause between a toll and a verb takes the number from it",
        ),
        _case(
            "In 2019 3-star hotels filled up fast.",
            [("3-star", 3, "star")],
            "a year before a measure counts nothing",
        ),
        _case(
            "The 1-square-mile slide buried a 2.6-square-kilometre area.",
            [("1-square-mile", 1, "square mile"), ("2.6-square-kilometre", 2.6, "square kilometre")],
            "an area written as a hyphenated compound",
        ),
        _case(
            "Births were 4.1 million, a birth rate of 6.2 per thousand; deaths were 5.3 million, a rate of 7.9‰.",
            [
                ("4.1 million", 4_100_000, None),
                ("6.2 per thousand", 6.2, "per thousand"),
                ("5.3 million", 5_300_000, None),
                ("7.9‰", 7.9, "per thousand"),
            ],
            "a rate per thousand is a figure of its own, and no count a later number goes on counting",
        ),
    ],
)
def test_figures_written_the_way_news_writes_them(sentence, expected):
    assert _counts(sentence) == expected
