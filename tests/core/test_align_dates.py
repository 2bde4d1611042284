"""Which date mentions state the same fact: a date dates what its sentence tells, done by whom it names.

Short articles written for these tests (not the gold corpora) about a fictional storm, dated
Wednesday 4 March 2026, so that weekdays resolve.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.model import Analysis
from workbench.pipeline import analyze


def _analyse(tmp_path: Path, articles: dict[str, str]) -> Analysis:
    for name, body in articles.items():
        (tmp_path / f"{name}.txt").write_text(body, encoding="utf-8")
    return analyze([tmp_path])


def _dated(title: str, *sentences: str, dateline: str | None = "Wednesday 4 March 2026") -> str:
    head = [title, dateline] if dateline else [title]
    return "\n\n".join([*head, *sentences]) + "\n"


def _two(tmp_path: Path, sentence_a: str, sentence_b: str, undated_b: bool = False) -> Analysis:
    """Articles a (dated) and b (dated unless `undated_b`), one sentence each."""
    return _analyse(
        tmp_path,
        {
            "a": _dated("Storm cuts the coast road", sentence_a),
            "b": _dated("Carrow cut off", sentence_b, dateline=None if undated_b else "Wednesday 4 March 2026"),
        },
    )


def _date_clusters(analysis: Analysis) -> list[set[str]]:
    """Each date cluster as the set of '<article>:<mention text>' of its members."""
    by_id = {c.id: c for c in analysis.candidates}
    return [
        {f"{by_id[m].article}:{by_id[m].text}" for m in cluster.members}
        for cluster in analysis.clusters
        if cluster.kind == "date"
    ]


def _together(analysis: Analysis, *mentions: str) -> bool:
    return any(set(mentions) <= cluster for cluster in _date_clusters(analysis))


@pytest.mark.parametrize(
    "sentence_a, sentence_b, one_fact",
    [
        pytest.param(
            "Engineers said the sea wall collapsed near the old pier at Carrow on Monday.",
            "A stretch of harbour defences gave way late on Monday, flooding forty homes, officials said.",
            True,
            id="one event told in other words",
        ),
        pytest.param(
            "In Carrow, the ferry to Inchmore was cancelled on Monday because of the swell.",
            "In Carrow, the mayor opened a second shelter in the school gym on Monday.",
            False,
            id="two happenings of the story's day, told in sentences that share only their place, are two dates",
        ),
        pytest.param(
            "Velm voted on Saturday in a referendum on the Orna proposal, with polls closing early in the evening.",
            "Tomas Weir cast his ballot in the referendum on Saturday morning at a school near his home in the south.",
            True,
            id="one day told with and without a person who acted on it",
        ),
        pytest.param(
            "In Carrow, Mayor Ilse Brandt opened a second shelter in the school gym on Monday.",
            "In Carrow, Governor Tomas Weir opened a second shelter in the school gym on Monday.",
            False,
            id="what two people did on one day",
        ),
        pytest.param(
            "The coast guard said in a statement on Monday that its divers had searched the bay north of Inchmore.",
            "Nobody had been found by nightfall on Monday along the cliffs between Carrow and Dunmore, a coast guard spokesman said.",
            True,
            id="a statement and its spokesman",
        ),
        pytest.param(
            "The sea wall collapsed near the pier on Monday, engineer John Carver said.",
            "The sea wall collapsed near the pier on Monday, according to Mayor Ilse Brandt.",
            True,
            id="who reports a fact does not make it another fact",
        ),
        pytest.param(
            "The sea wall collapsed near the pier on Monday, John Carver, a spokesman for the county, said.",
            "Mayor Ilse Brandt confirmed that the sea wall had collapsed near the pier on Monday.",
            True,
            id="a reporter named with his role, or who confirms, reports",
        ),
        pytest.param(
            "The dam at Carrow was opened on 12 June 1962 by the queen.",
            "Since 12 June 1962 the Carrow reservoir has supplied water to the valley.",
            True,
            id="a written day far from the news is distinctive again",
        ),
        pytest.param(
            "Two fishermen died in Carrow when the sea wall collapsed on Monday.",
            "The county said on Monday that schools in Carrow would stay shut for a week.",
            False,
            id="the day of a statement ('said on Monday') is no day of what it tells",
        ),
        pytest.param(
            "Two fishermen died in Carrow when the sea wall collapsed on Monday.",
            "The county confirmed on Monday that schools in Carrow would stay shut for a week.",
            False,
            id="the day of a statement, 'confirmed on Monday'",
        ),
        pytest.param(
            "Ruiz scored the winning goal in the fourth quarter of the 2025 Velm Cup final, the league said.",
            "Ruiz scored the winning goal at the 2025 Velm Cup final, the league said.",
            True,
            id="'the fourth quarter of the 2025 Velm Cup final' is a game's quarter: its year is the year's",
        ),
    ],
)
def test_two_mentions_of_one_day(tmp_path, sentence_a, sentence_b, one_fact):
    analysis = _two(tmp_path, sentence_a, sentence_b)
    [day] = {c.text for c in analysis.candidates if c.kind == "date" and c.article == "a" and c.text in sentence_a}
    assert _together(analysis, f"a:{day}", f"b:{day}") is one_fact


def test_a_past_month_and_a_day_of_it_are_one_date_told_more_or_less_finely(tmp_path):
    """ "held since April 1984" and "set on April 5, 1984": one past day, one outlet giving only its month (a date far
    from the news recurs by no chance)."""
    analysis = _two(
        tmp_path,
        "The rainfall record had been held since April 1984 by the town of Carrow.",
        "Carrow set the record on April 5, 1984, the weather service said.",
    )
    assert _together(analysis, "a:April 1984", "b:April 5, 1984")


def test_an_undated_article_s_weekday_meets_the_dated_article_s_day(tmp_path):
    analysis = _two(
        tmp_path,
        "Engineers said the sea wall collapsed on Monday near the old pier at Carrow.",
        "A stretch of the sea wall by the harbour gave way late on Monday.",
        undated_b=True,
    )
    [monday_a] = [c for c in analysis.candidates if c.article == "a" and c.text == "Monday"]
    [monday_b] = [c for c in analysis.candidates if c.article == "b" and c.text == "Monday"]
    assert (monday_a.value, monday_b.value) == ("2026-03-02", "monday")
    assert _together(analysis, "a:Monday", "b:Monday")


def test_what_two_people_did_on_one_day_stays_apart(tmp_path):
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated(
                "Storm cuts the coast road",
                "Mayor Ilse Brandt declared a state of emergency on Tuesday in the coastal district.",
            ),
            "b": _dated(
                "Carrow cut off",
                "Governor Tomas Weir declared a state of emergency on Tuesday in the coastal district.",
            ),
            "c": _dated(
                "Carrow waits",
                "Mayor Ilse Brandt declared a state of emergency on Tuesday in the coastal district, aides said.",
            ),
        },
    )
    assert _together(analysis, "a:Tuesday", "c:Tuesday")
    assert not _together(analysis, "a:Tuesday", "b:Tuesday")


def test_who_admitted_or_conceded_what_a_day_saw_reports_it_and_does_not_keep_the_day_apart(tmp_path):
    """ "Kane Hale admitted that his side had been shattered by the defeat on Sunday": he tells of the day."""
    analysis = _two(
        tmp_path,
        "Velm beat Tamsa in the final at the Orna ground on Sunday.",
        "Captain Kane Hale admitted that Velm had beaten his Tamsa side in the final at the Orna ground on Sunday.",
    )
    assert _together(analysis, "a:Sunday", "b:Sunday")


def test_a_year_links_the_facts_told_alike_not_every_mention(tmp_path):
    analysis = _two(
        tmp_path,
        "The sea wall, built in 1974, had never been raised. Crews have repaired the lighthouse every winter since 1974.",
        "Carrow's sea wall was built in 1974 by the county.",
    )
    [cluster] = [c for c in _date_clusters(analysis) if "b:1974" in c]
    assert len(cluster) == 2


def test_a_weekday_without_its_date_bridges_no_two_days(tmp_path):
    """ "Friday" (no dateline: unresolved) fits both "27 February" and "March 6", but those two cannot be one
    day: the weekday may join one of them, never put both in one cluster (a conflict nobody stated)."""
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated(
                "Ferry line", "The last ferry left the harbour on Friday, the port authority said.", dateline=None
            ),
            "b": _dated("Ferry line", "The last ferry left the harbour on 27 February, the port authority said."),
            "c": _dated(
                "Ferry line", "The port authority said on Friday the harbour stays shut until March 6.", dateline=None
            ),
        },
    )
    for cluster in _date_clusters(analysis):
        assert not {"b:27 February", "c:March 6"} <= cluster, cluster
    assert any({"a:Friday", "b:27 February"} <= cluster for cluster in _date_clusters(analysis))


def test_one_happening_told_almost_alike_on_two_days_is_a_conflict(tmp_path):
    """Two outlets telling one rescue in the same words on Monday and on Tuesday disagree on its day: one date
    fact in conflict; a third outlet's Monday joins it."""
    sentence = "A climber was rescued from Mount Carrow on {} after spending two nights on the mountain, police said."
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated("Climber rescued", sentence.format("Monday")),
            "b": _dated("Climber rescued", sentence.format("Tuesday")),
            "c": _dated("Climber safe", sentence.format("Monday")),
        },
    )
    [cluster] = [cl for cl in analysis.clusters if cl.kind == "date"]
    by_id = {c.id: c for c in analysis.candidates}
    assert sorted(f"{by_id[m].article}:{by_id[m].text}" for m in cluster.members) == [
        "a:Monday",
        "b:Tuesday",
        "c:Monday",
    ]
    assert cluster.status == "conflict"


def test_two_weekdays_alike_do_not_join_the_days_beside_them(tmp_path):
    """Undated articles say "Thursday" of a sentencing (one of them also "November 15" of the conviction,
    another "Thursday" of the conviction); a dated one puts the sentencing on 26 February 2026. The
    two Thursdays of the sentencing link, and so may the conviction's, but no cluster may hold both the
    26th of February and November 15 (a conflict nobody stated)."""
    sentenced = "Judge Ana Ruiz sentenced Piet Dalen to four years on Thursday in the county court."
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated(
                "Judge sentences Dalen",
                sentenced,
                "A jury convicted Piet Dalen on November 15 in the county court of fraud.",
                dateline=None,
            ),
            "b": _dated("Dalen sentenced", sentenced, dateline=None),
            "c": _dated("Dalen jailed", sentenced),
            "d": _dated(
                "Dalen convicted",
                "A jury convicted Piet Dalen on Thursday in the county court of fraud.",
                dateline=None,
            ),
        },
    )
    clusters = _date_clusters(analysis)
    assert not any({"a:November 15", "c:Thursday"} <= c for c in clusters), clusters
    assert any({"a:Thursday", "b:Thursday", "c:Thursday"} <= c for c in clusters), clusters
    assert all(c.status == "agree" for c in analysis.clusters if c.kind == "date")


def test_a_weekday_and_a_day_of_the_month_in_one_article_are_one_day_only_in_the_storys_year(tmp_path):
    """An undated article's "Thursday" and "July 2" are one day when the story is dated July 2015 (2 July 2015
    was a Thursday), two days when it is dated March 2026 (2 July 2025 was a Wednesday)."""

    def clusters(folder: Path, dateline: str) -> list[set[str]]:
        folder.mkdir()
        return _date_clusters(
            _analyse(
                folder,
                {
                    "a": _dated(
                        "Ferry capsizes",
                        "The ferry capsized off Ormel on Thursday, the coastguard said.",
                        "The coastguard said the ferry capsized off Ormel on July 2 in calm seas.",
                        dateline=None,
                    ),
                    "b": _dated(
                        "Ferry capsizes", "The ferry capsized off Ormel on Thursday in calm seas.", dateline=dateline
                    ),
                },
            )
        )

    assert any({"a:Thursday", "a:July 2"} <= c for c in clusters(tmp_path / "2015", "Friday 3 July 2015"))
    assert not any({"a:Thursday", "a:July 2"} <= c for c in clusters(tmp_path / "2026", "Wednesday 4 March 2026"))


def test_a_month_with_or_without_its_year_is_one_month(tmp_path):
    """ "holding rates steady in June" (the year resolved from the dateline) and "held rates steady in June" (no
    year known) name one month: they link like equal values, not like two months told differently."""
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated(
                "Fed raises rates", "After holding rates steady in June, the Fed raised them.", dateline="26 July 2023"
            ),
            "b": _dated("Rates up", "Policymakers held rates steady in June but hinted at a rise.", dateline=None),
        },
    )
    assert _together(analysis, "a:June", "b:June")


def test_a_past_month_told_to_the_year_is_one_date_but_the_storys_year_joins_no_month(tmp_path):
    """ "the first cut since March 2020" and "the first cut since 2020" name one past month, told to the year;
    the story's own year ("two more cuts in 2026") is no telling of "in August"."""
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated(
                "Fed cuts rates",
                "The Fed cut rates for the first time since March 2020.",
                "Inflation slowed to 2.5% in August, and officials see two more cuts in 2026.",
            ),
            "b": _dated(
                "Rates down",
                "It is the first cut since 2020, the Fed said.",
                "Officials see two more cuts in August, after the rate fell in 2026.",
            ),
        },
    )
    assert _together(analysis, "a:March 2020", "b:2020")
    assert not _together(analysis, "a:2026", "b:August") and not _together(analysis, "a:August", "b:2026")


def test_a_date_told_less_finely_elsewhere_is_a_conflict_a_weekday_for_its_day_is_not(tmp_path):
    """ "since March 2020" and "since 2020" are one date told to the month and to the year: their values differ, as
    "63" and "more than 60" do, and the cluster is a conflict; "Tuesday" in an undated article and the dated
    article's "3 March 2026" name one day as finely, and agree."""
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated(
                "Fed cuts rates",
                "The Fed cut rates for the first time since March 2020.",
                "Its board met on 3 March 2026 to cut rates.",
            ),
            "b": _dated(
                "Rates down",
                "It is the first cut since 2020, the Fed said.",
                "Its board met on Tuesday to cut rates.",
                dateline=None,
            ),
        },
    )
    cands = {c.id: f"{c.article}:{c.text}" for c in analysis.candidates}
    status = {frozenset(cands[m] for m in k.members): k.status for k in analysis.clusters if k.kind == "date"}
    assert status.get(frozenset({"a:March 2020", "b:2020"})) == "conflict", status
    assert status.get(frozenset({"a:3 March 2026", "b:Tuesday"})) == "agree", status


def test_last_year_in_an_undated_article_is_the_year_before_the_storys(tmp_path):
    """An undated article's "last year" is the year before the one the dated articles share (2025 here), so it
    links with their "2025"; with datelines of two years it stays unresolved and links no year."""
    articles = {
        "a": _dated("Economy shrinks", "The economy grew 1.9 percent in 2025, the data showed."),
        "b": _dated("Recession", "The economy grew 1.9 percent last year, data showed.", dateline=None),
    }
    assert _together(_analyse(tmp_path, articles), "a:2025", "b:last year")
    articles["c"] = _dated("Growth", "Output grew 1.9 percent last year.", dateline="Friday 2 January 2027")
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").unlink(missing_ok=True)
    mixed = _analyse(tmp_path, articles)
    assert not _together(mixed, "a:2025", "b:last year")


def test_a_relative_day_in_an_undated_article_is_read_on_the_day_every_dated_article_shares(tmp_path):
    """An undated article's "yesterday" and "last month" are read as the dated articles (all of Wednesday 4 March
    2026) read theirs: Tuesday, and February 2026. With a dated article of another day in the story, "yesterday"
    could be either day before and links no day; "last month" is February either way and still links."""
    articles = {
        "a": _dated(
            "Storm", "The storm flooded 300 homes in Carrow on Tuesday. Rain in February broke the county's record."
        ),
        "b": _dated("Floods", "The storm hit Carrow on Tuesday, the mayor said.", dateline="Wednesday 4 March 2026"),
        "c": _dated(
            "Carrow flooded",
            "The storm flooded 300 homes in Carrow yesterday. Rain last month broke the county's record.",
            dateline=None,
        ),
    }
    analysis = _analyse(tmp_path, articles)
    assert _together(analysis, "a:Tuesday", "c:yesterday")
    assert _together(analysis, "a:February", "c:last month")
    articles["b"] = _dated(
        "Floods", "The storm hit Carrow on Tuesday, the mayor said.", dateline="Thursday 5 March 2026"
    )
    for name in articles:
        (tmp_path / f"{name}.txt").unlink()
    later = _analyse(tmp_path, articles)
    assert not _together(later, "a:Tuesday", "c:yesterday")
    assert _together(later, "a:February", "c:last month")


def test_years_ago_in_an_undated_article_is_the_year_the_storys_datelines_put_it_in(tmp_path):
    """ "five years ago" in an undated article of a story dated in 2026 is 2021, the year a dated article names."""
    articles = {
        "a": _dated("Listing", "The company first tried to go public on the Velm exchange in 2021, but failed."),
        "b": _dated(
            "Listing", "The company first tried to go public on the exchange five years ago, but failed.", dateline=None
        ),
    }
    assert _together(_analyse(tmp_path, articles), "a:2021", "b:five years ago")


def test_a_month_named_alone_in_an_undated_article_is_the_storys_month_not_a_past_years(tmp_path):
    """An undated article's "October" is the October the dated articles (of November 2026) read it as, not the
    "October 1981" another outlet compares the rate with."""
    articles = {
        "a": _dated(
            "Prices", "Inflation rose to 11.1% in October, the highest since October 1981.", dateline="4 November 2026"
        ),
        "b": _dated(
            "Inflation", "Inflation rose to 11.1% in October, from 10.1% in September.", dateline="4 November 2026"
        ),
        "c": _dated(
            "Record", "Inflation hit a 41-year high in October, the highest rate since October 1981.", dateline=None
        ),
    }
    analysis = _analyse(tmp_path, articles)
    assert _together(analysis, "a:October", "b:October", "c:October")
    assert not _together(analysis, "c:October", "a:October 1981")


def test_a_day_of_the_month_is_not_a_weekday_it_does_not_fall_on_in_the_storys_year(tmp_path):
    """Undated articles say "Oct. 11" of the next meeting and "Tuesday" of the last; the story is dated Tuesday
    3 October 2023, when 11 October was a Wednesday: the two are not one day, however alike their sentences."""
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated(
                "Council", "The council will meet on Oct. 11 to choose a new chair, members said.", dateline=None
            ),
            "b": _dated("Council", "The council met on Tuesday to choose a new chair, members said.", dateline=None),
            "c": _dated("Council", "The council has no chair.", dateline="Tuesday 3 October 2023"),
        },
    )
    assert not _together(analysis, "a:Oct. 11", "b:Tuesday")


@pytest.mark.parametrize(
    "undated, dated, dateline, mentions, one_day",
    [
        pytest.param(
            "Ann Lee must report to prison on April 27, the judge said.",
            "Lee, who was also ordered to pay restitution, must surrender on April 27, 2023.",
            "Friday 18 November 2022",
            ("a:April 27", "b:April 27, 2023"),
            True,
            id="a yearless day (a Wednesday in 2022) is the dated day half a year on (a Thursday)",
        ),
        pytest.param(
            "Survivors gathered in Carrow on March 24 to remember the storm.",
            "The storm of March 24, 2026 destroyed 300 homes in Carrow, survivors recalled.",
            "Wednesday 24 March 2027",
            ("a:March 24", "b:March 24, 2026"),
            False,
            id="an anniversary's day is not the day a year before the story",
        ),
    ],
)
def test_a_day_of_the_month_without_its_year_is_the_dated_day_near_the_story(
    tmp_path, undated, dated, dateline, mentions, one_day
):
    """An undated article's day of the month (its weekday guessed from the story's year) and another outlet's date
    with its year: one day when that date is within half a year of the story, whatever the guessed weekday."""
    analysis = _analyse(
        tmp_path, {"a": _dated("Story", undated, dateline=None), "b": _dated("Story", dated, dateline=dateline)}
    )
    assert _together(analysis, *mentions) == one_day


def test_two_parts_of_one_day_date_two_happenings(tmp_path):
    """Dates cluster by the happening they date: the ouster "early Tuesday" and the speech "Tuesday night" are two
    happenings of one day, however their sentences chain; a plain "Tuesday" told alike joins the ouster."""
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated(
                "Speaker out", "Lawmakers removed the speaker early Tuesday, and he said he will not run again."
            ),
            "b": _dated("Speaker out", "Lawmakers removed the speaker on Tuesday, and he said he will not run again."),
            "c": _dated("Speaker out", "The speaker told lawmakers Tuesday night that he will not run again."),
        },
    )
    assert _together(analysis, "a:Tuesday", "b:Tuesday") and not _together(analysis, "a:Tuesday", "c:Tuesday")


def test_a_part_of_the_day_is_told_by_its_own_word_before_early_or_late(tmp_path):
    """ "late Monday afternoon" is the afternoon (the second review's): one happening with "Monday afternoon"."""
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated("Dam", "Engineers opened the Carrow dam's floodgates late Monday afternoon, officials said."),
            "b": _dated("Dam", "The floodgates of the Carrow dam were opened on Monday afternoon, engineers said."),
        },
    )
    assert _together(analysis, "a:Monday", "b:Monday")


def test_a_wire_stories_opening_day_is_no_date_of_what_it_reports(tmp_path):
    """ "VELM, Aug 30 (Coast Wire) –" dates the wire's story, year unsaid: not the day a governor spoke."""
    analysis = _analyse(
        tmp_path,
        {
            "a": "Sea wall gives way\n\nVELM, March 4 (Coast Wire) – The sea wall at Carrow collapsed, flooding forty"
            " homes.\n",
            "b": _dated("Carrow flooded", "Governor Tomas Weir said on Wednesday that forty homes flooded."),
        },
    )
    clusters = _date_clusters(analysis)
    assert not any("a:March 4" in c for c in clusters), clusters


def test_a_date_in_a_photos_caption_dates_the_photo_not_the_story(tmp_path):
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated(
                "Storm cuts the coast road",
                "Volunteers at Carrow fill sandbags on 2 March 2026 (Ann Lee/AP)",
                "The sea wall collapsed near the pier on Monday, flooding forty homes.",
            ),
            "b": _dated("Carrow cut off", "The sea wall at Carrow gave way on Monday, officials said."),
        },
    )
    assert _together(analysis, "a:Monday", "b:Monday")
    assert not any("a:2 March 2026" in c for c in _date_clusters(analysis))


def test_the_date_a_page_is_published_is_no_date_of_what_it_reports(tmp_path):
    """Two pages published the same day do not state one fact by their publication lines, nor is the
    page's date the day of the event it reports (which the stories date to Tuesday)."""
    analysis = _analyse(
        tmp_path,
        {
            "a": "Sea wall gives way\n\nPublished 4 March 2026 9:15 GMT Carrow Herald\n\n"
            "The sea wall at Carrow collapsed on Tuesday, flooding forty homes.\n",
            "b": "Carrow flooded\n\nUpdated 4 March 2026 10:40 GMT Coast Weekly\n\n"
            "Forty homes flooded when the Carrow sea wall collapsed on Tuesday.\n",
        },
    )
    assert [a.dateline for a in analysis.articles] == ["2026-03-04", "2026-03-04"]
    clusters = _date_clusters(analysis)
    assert not any(any("4 March 2026" in m for m in c) for c in clusters), clusters
    assert _together(analysis, "a:Tuesday", "b:Tuesday"), clusters


def test_one_day_of_the_month_written_out_in_two_articles_is_one_day(tmp_path):
    """ "on July 2" and "on 2 July" name one calendar day: two articles that tell of it in other words, sharing
    only words every article has, still state one date (a weekday or "yesterday" needs sentences told alike)."""
    analysis = _analyse(
        tmp_path,
        {
            "a": "Ferry\n\nThe Ormel harbour master counted the passengers before the ferry capsized on July 2 in heavy seas.\n",
            "b": "Ferry\n\nThe vessel went down on 2 July, navy divers said, working from boats the Ormel harbour master "
            "had lent them.\n",
            "c": "Ferry\n\nThe Ormel harbour master spoke at noon.\n",
        },
    )
    assert _together(analysis, "a:July 2", "b:2 July")


def test_a_day_dates_one_happening_however_links_chain_through_a_mention_that_says_nothing(tmp_path):
    """The day of a shooting and the day the wounded were in surgery are one day but two facts: a mention of that day
    that tells of neither ("as of Tuesday night") links to both, and must not join them."""
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated(
                "Carrow shooting", "A gunman shot dead nine people on Tuesday at the Carrow depot, police said."
            ),
            "b": _dated("Depot attack", "Police said a gunman killed nine people on Tuesday at the depot in Carrow."),
            "c": _dated("Wounded", "Four of the wounded were in surgery on Tuesday night at Carrow General."),
            "d": _dated("Carrow", "Three of the wounded were still undergoing surgery on Tuesday night in Carrow."),
            "e": _dated("Victims", "The victims at the Carrow depot had not been named as of Tuesday night."),
        },
    )
    assert _together(analysis, "a:Tuesday", "b:Tuesday")
    assert _together(analysis, "c:Tuesday", "d:Tuesday")
    assert not _together(analysis, "a:Tuesday", "c:Tuesday")


def test_a_month_is_one_month_whatever_happened_in_it(tmp_path):
    """Many things happen in a month: mentions of it that tell of different happenings are not kept apart as a day's
    are (a mention that tells of neither joins them)."""
    dateline = "Wednesday 18 November 2026"
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated(
                "Carrow floods",
                "The floods destroyed 40 homes in October across Carrow, officials said.",
                dateline=dateline,
            ),
            "b": _dated(
                "Floods",
                "Officials said the floods killed 12 people in October across the Carrow valley.",
                dateline=dateline,
            ),
            "c": _dated("Valley", "The Carrow valley floods came in October, officials said.", dateline=dateline),
        },
    )
    assert _together(analysis, "a:October", "c:October")
    assert _together(analysis, "b:October", "c:October")


def test_a_month_is_one_month_whoever_acted_in_it(tmp_path):
    """What two people did on one day is two days' facts, but a month holds what many did in it: "Judge Ana Ruiz
    sentenced him in December 2024" and "Tomas Weir declared martial law in December 2024" name one month."""
    analysis = _two(
        tmp_path,
        "Judge Ana Ruiz sentenced the former leader in December 2024 over the martial law decree in Velm.",
        "Tomas Weir declared martial law in December 2024, a decree that the court in Velm later struck down.",
    )
    assert _together(analysis, "a:December 2024", "b:December 2024")


def test_a_passives_agent_is_not_who_did_what_the_day_dates(tmp_path):
    """ "He was ordered by Judge Ana Ruiz to report to prison on Feb. 9" dates his reporting, as "Tom Velm is to report
    to prison on Feb. 9" does: the judge who ordered it does not keep the day apart."""
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated("Sentenced", "Tom Velm is to report to prison on Feb. 9, the court said."),
            "b": _dated("Velm jailed", "He was ordered by Judge Ana Ruiz to report to prison on Feb. 9 in Carrow."),
        },
    )
    assert _together(analysis, "a:Feb. 9", "b:Feb. 9")


def test_the_day_of_one_attack_is_one_day_whether_told_by_its_dead_its_wounded_or_the_attack(tmp_path):
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated("Market bomb", "The car bomb at the Velm market killed 12 people on Monday, police said."),
            "b": _dated("Attack", "The car bomb attack on the Velm market on Monday was claimed by a militant group."),
            "c": _dated("Wounded", "Thirty people were wounded on Monday when a car bomb exploded at the Velm market."),
        },
    )
    assert _together(analysis, "a:Monday", "b:Monday", "c:Monday")


@pytest.mark.parametrize(
    "sentence_a, sentence_b",
    [
        pytest.param(
            "Labour opens its annual conference on Sunday in Liverpool, party officials said.",
            "Labour delegates meet on Sunday in Liverpool, party officials said.",
            id="a party's conference is a meeting",
        ),
        pytest.param(
            "The ministry announced the closure of the Velm mine at a news conference on Sunday.",
            "The ministry announced the closure of the Velm mine in a statement on Sunday.",
            id="what was said at a news conference and in a statement that day",
        ),
        pytest.param(
            "Fighting in Velm killed 12 on Sunday and displaced thousands, the UN said.",
            "Fighting in Velm killed 12 on Sunday, the UN said.",
            id="a day of killing that also displaced people",
        ),
        pytest.param(
            "Negotiators meet on Thursday in Cairo for talks on the truce, officials said.",
            "The talks in Cairo on Thursday are critical for the truce, officials said.",
            id="'critical' is no injury",
        ),
    ],
)
def test_one_gathering_told_in_other_words_is_one_day(tmp_path, sentence_a, sentence_b):
    assert _together(
        _two(tmp_path, sentence_a, sentence_b),
        "a:Sunday" if "Sunday" in sentence_a else "a:Thursday",
        "b:Sunday" if "Sunday" in sentence_b else "b:Thursday",
    )


def test_a_quarter_or_half_of_a_year_is_another_time_than_the_year(tmp_path):
    """ "the fourth quarter of 2025" and "Q4 2025" are one time, not the "2025" of the year's profit; the first half of
    the year is another again."""
    analysis = _analyse(
        tmp_path,
        {
            "a": _dated(
                "Velm Energy profit", "Velm Energy made a record profit of $40 billion in 2025, the company said."
            ),
            "b": _dated(
                "Velm Energy dividend", "Velm Energy will pay a dividend of $5 billion for the fourth quarter of 2025."
            ),
            "c": _dated(
                "Velm Energy results", "The record profit of $40 billion that Velm Energy made in 2025 was its best."
            ),
            "d": _dated(
                "Velm Energy payout", "Velm Energy said the dividend of $5 billion for Q4 2025 would be paid soon."
            ),
            "e": _dated("Velm Energy sales", "Velm Energy made a profit of $18 billion in the first half of 2025."),
            "f": _dated("Velm Energy sales", "Velm Energy made $18 billion in profit in the first six months of 2025."),
            "g": _dated(
                "Velm Energy payout", "Velm Energy's fourth-quarter 2025 dividend of $5 billion will be paid soon."
            ),
        },
    )
    assert _together(analysis, "a:2025", "c:2025")
    assert _together(analysis, "b:2025", "d:2025", "g:2025")
    assert _together(analysis, "e:2025", "f:2025")
    for cluster in _date_clusters(analysis):
        assert not {"a:2025", "b:2025"} <= cluster
        assert not {"a:2025", "e:2025"} <= cluster
        assert not {"b:2025", "e:2025"} <= cluster
