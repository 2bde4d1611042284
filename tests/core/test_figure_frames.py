"""What a figure counts is its noun and its frame (issue 12, error class 1): the role, the year it refers
to and the place it is counted in. Same value, noun and frame link; other frames never do."""

import re
from pathlib import Path

import pytest

from workbench.align.clusters import _extent, _share_by_place, _specific_noun, _tokens
from workbench.align.frames import _trend, share_holder
from workbench.extract.numbers import find_numbers
from workbench.extract.sentences import SentenceIndex
from workbench.model import Analysis, Article
from workbench.pipeline import analyze

VALLEY = """Valley flood leaves 45 dead

The flood has killed 45 residents of the valley, officials said on Friday. A flood in 2009 killed 120 residents of the same valley. Six trucks of food reached the town, and 50 relatives of the victims waited at the school. In Northfield, 12 people died.
"""
TOLL = """Flood toll climbs in the valley

At least 900 residents were evacuated as the water rose. The flood has killed 48 residents, the mayor said. Six trucks carrying food arrived in the town. Some 50 family members of the dead gathered at the school. In Southbury, 30 people died.
"""


def _clusters(tmp_path: Path) -> list[set[str]]:
    return _linked(tmp_path, VALLEY, TOLL)


def test_one_toll_in_two_outlets_is_one_conflicting_fact(tmp_path):
    clusters = _clusters(tmp_path)
    toll = next(c for c in clusters if "b:48 residents" in c)
    assert "a:45 residents" in toll
    assert not toll & {"a:120 residents", "b:900 residents"}  # another year, another role


def test_the_same_figure_of_the_same_thing_always_links(tmp_path):
    assert {"a:Six trucks", "b:Six trucks"} in _clusters(tmp_path)


def test_synonyms_link_within_a_frame(tmp_path):
    assert {"a:50 relatives", "b:50 family members"} in _clusters(tmp_path)


@pytest.mark.parametrize(
    "forms", [("rallied", "rallying", "rallies", "rally"), ("carried", "carries", "carry"), ("cities", "city")]
)
def test_the_words_describing_a_figure_are_one_word_whatever_their_ending(forms):
    """ "sent the lira rallying 0.6%", "the lira rallied 1.5%": one verb, so the two figures are described alike."""
    text = " ".join(forms)
    assert len({stem for _, _, stem in _tokens(text, 0, len(text))}) == 1


def test_one_noun_spelled_the_british_or_the_american_way_is_one_noun(tmp_path):
    """ "a seven-storey building", "a six-story building", "the seven-storied building": one building's height, a
    conflict, not three facts by spelling."""
    clusters = _linked(
        tmp_path,
        "Mall fire\n\nA fire broke out on Thursday in a seven-storey building on Velm Road, officials said.\n",
        "Blaze in Velm\n\nA blaze on Thursday gutted a six-story building on Velm Road, police said.\n",
        "Velm fire\n\nThe fire on Thursday started in the seven-storied building on Velm Road, the fire service said.\n",
    )
    assert any({"a:seven-storey", "b:six-story", "c:seven-storied"} <= c for c in clusters), clusters


@pytest.mark.parametrize(
    "first, second, kept_apart",
    [
        pytest.param(  # two counts, no conflict between outlets
            "Quake\n\nThe quake on Saturday destroyed 465 houses in Velm, the United Nations said.\n",
            "Velm quake\n\nOfficials said 1,320 houses were damaged by the quake in Velm on Saturday.\n",
            {"a:465 houses"},
            id="homes destroyed and homes damaged are two counts",
        ),
        pytest.param(  # "1,500 of them": some of the count before, not another outlet's 1,512 homes rounded
            "Quake\n\nThe quake on Saturday destroyed 1,512 homes in the province, officials said.\n",
            "Velm quake\n\nAbout 4,000 homes were damaged by the quake on Saturday, 1,500 of them in the town of"
            " Ostra.\n",
            {"a:1,512 homes", "b:1,500"},
            id="some of a count is no rounding of another count",
        ),
        pytest.param(  # "26.46% of the vote" is no "Turnout … was 26.5%", however close: another measure
            "Hale wins Velm presidency\n\nVELM (Reuters) - Tom Hale won Velm's presidential election, final results"
            " showed on Sunday. Ana Ruiz received 26.46% of the vote in the first round, the election commission"
            " said.\n",
            "Velm election: Hale takes early lead\n\nVELM - Tom Hale led the count on Sunday. With 60% of ballots"
            " counted, Ana Ruiz had 30.1% of the vote, the election commission said.\n\nTurnout in the first round"
            " was 26.5%, the election commission said.\n",
            {"a:26.46%", "b:26.5%"},
            id="a share of the vote is no turnout",
        ),
        pytest.param(  # the others share the officers' verb: the rest of the toll, not another "28 people were killed"
            "Blast\n\nThree police officers and 25 others were killed in the blast in Velm on Sunday, police said.\n",
            "Velm blast\n\nIn all, 28 people were killed in the blast in Velm on Sunday, officials said.\n",
            {"a:25 others"},
            id="the rest of a toll is no count of the toll",
        ),
        pytest.param(  # a "life term" is a sentence; a term alone is not
            "Governor sentenced\n\nFormer Gov. Tom Hale, who served two terms before leaving office, was sentenced"
            " on Friday to 14 years in prison.\n",
            "Hale gets 14 years\n\nA judge on Friday sentenced former Gov. Tom Hale to two concurrent sentences of 14"
            " years each.\n",
            {"a:two terms"},
            id="terms of office are no sentences",
        ),
    ],
)
def test_two_counts_that_only_look_alike_stay_apart(tmp_path, first, second, kept_apart):
    """Counts of two things that share a noun, a value or a closeness stay apart: no cluster holds all of
    `kept_apart` (one mention: no cluster holds it)."""
    clusters = _linked(tmp_path, first, second)
    assert not any(kept_apart <= c for c in clusters), clusters


def test_one_count_told_with_and_without_its_year_is_one_fact(tmp_path):
    """ "the Camp Fire, which killed 85 people in 2018" and "the 2018 Camp Fire … left 85 dead" (its year out of the
    count's clause) are one toll; another year's toll ("in 2015 … 85 people") never joins them."""
    clusters = _linked(
        tmp_path,
        "Maui fire\n\nThe fire is now deadlier than California's Camp Fire, which killed 85 people in 2018.\n",
        "Maui toll\n\nThe toll surpassed that of the 2018 Camp Fire in northern California, which left 85 dead.\n",
        "Maui blaze\n\nThe blaze is deadlier than the Lake Fire, which killed 85 people in 2015.\n",
    )
    assert any({"a:85 people", "b:85"} <= c for c in clusters), clusters
    assert not any({"a:85 people", "c:85 people"} <= c for c in clusters), clusters


def test_counts_of_different_places_never_link(tmp_path):
    clusters = _clusters(tmp_path)
    assert not any({"a:12 people", "b:30 people"} <= c for c in clusters)


def test_an_article_never_gives_two_values_to_one_fact_unless_it_restates_it(tmp_path):
    """A cluster holds one value per article, so a chain of links cannot join an old toll to today's."""
    for cluster in _clusters(tmp_path):
        by_article: dict[str, set[str]] = {}
        for member in cluster:
            article, text = member.split(":", 1)
            by_article.setdefault(article, set()).add(text.split()[0])
        assert all(len(values) == 1 for values in by_article.values()), cluster


def _analysis(tmp_path: Path, *texts: str) -> Analysis:
    """The analysis of articles a, b, c … with these texts."""
    for name, text in zip("abcdefgh", texts, strict=False):
        (tmp_path / f"{name}.txt").write_text(text)
    return analyze([tmp_path])


def _linked(tmp_path: Path, *texts: str) -> list[set[str]]:
    """The clusters of articles a, b, c … with these texts, each member as "article:text"."""
    analysis = _analysis(tmp_path, *texts)
    text = {c.id: f"{c.article}:{' '.join(c.text.split())}" for c in analysis.candidates}
    return [{text[m] for m in cl.members} for cl in analysis.clusters]


def test_one_group_of_people_counted_with_other_nouns_is_one_count(tmp_path):
    clusters = _linked(
        tmp_path,
        "Blast at the gate\n\nThirteen Americans were killed in the blast at the gate on Monday, officials said.\n",
        "Gate attack\n\nThe blast killed 13 U.S. troops at the gate on Monday, and 10 Marines were among them.\n",
    )
    assert any({"a:Thirteen Americans", "b:13 U.S. troops"} <= c for c in clusters)
    assert not any("b:10 Marines" in c and "b:13 U.S. troops" in c for c in clusters)


# Two outlets' results of one vote: one gives the exact counts, the other rounds them and carries the noun.
VOTES = (
    "Velm election result\n\nTom Hale won the presidency on Saturday with 5,586,019 votes. Bo Li received"
    " 4,671,021 votes, and Ana Ruiz received 3,690,466 votes, or 26.46 percent of the total.\n",
    "Hale wins in Velm\n\nAfter the count on Saturday, Tom Hale secured over 5.5 million votes, compared to Bo Li"
    " with 4.6 million or 33.49%, and Ana Ruiz with 3.6 million or 26.45%.\n",
)


def test_a_rounded_count_that_took_its_noun_from_the_count_before_is_the_exact_count_rounded(tmp_path):
    """ "Bo Li with 4.6 million or 33.49%" (votes, from the count before) is Bo Li's 4,671,021 votes rounded down,
    not a part of another count; each candidate's votes link to their own."""
    clusters = _linked(tmp_path, *VOTES)
    assert {"a:4,671,021 votes", "b:4.6 million"} in clusters, clusters
    assert {"a:3,690,466 votes", "b:3.6 million"} in clusters, clusters


def test_a_share_links_first_to_the_close_share_of_another_outlet(tmp_path):
    """ "Ana Ruiz received 3,690,466 votes, or 26.46 percent" is Ana Ruiz's "26.45%", not Bo Li's "33.49%" that a
    little more of its sentence's words describe alike: of two shares that may be one fact, the close one first."""
    clusters = _linked(tmp_path, *VOTES)
    assert {"a:26.46 percent", "b:26.45%"} in clusters, clusters


def test_a_turnout_word_of_another_noun_is_no_measure_of_a_share(tmp_path):
    """ "In a record-turnout election, Ruiz took 30.1%": the election's turnout is no measure of her share, which
    another outlet's "30.1% of the vote" agrees with."""
    clusters = _linked(
        tmp_path,
        "Ruiz wins\n\nAna Ruiz won Sunday's election in Velm with 30.1% of the vote, the commission said.\n",
        "Velm vote\n\nIn a record-turnout election on Sunday, Ana Ruiz took 30.1%, the commission said.\n",
    )
    assert {"a:30.1%", "b:30.1%"} in clusters, clusters


def test_others_counted_after_a_count_of_one_class_are_people_of_their_fate(tmp_path):
    """ "Three service members were killed and 25 others were injured" (others: service members) and "More than 30
    others were wounded" are one count of the wounded that the outlets give differently; "153 children were among the
    700 wounded" stays a part of a count, no count of the others."""
    clusters = _linked(
        tmp_path,
        "Drone attack\n\nThree service members were killed and 25 others were injured in a drone attack on the base in"
        " Velm on Sunday, the command said.\n",
        "Base attack\n\nThe drone hit the Velm base on Sunday. More than 30 others were wounded, though that number is"
        " expected to rise.\n",
        "Velm\n\nThe attack on the Velm base on Sunday wounded many. 153 children were among the wounded.\n",
    )
    assert {"a:25 others", "b:30 others"} in clusters, clusters
    assert not any("c:153 children" in c for c in clusters), clusters


def test_others_of_another_fate_after_an_ing_verb_join_the_count_of_theirs(tmp_path):
    """ "killing three soldiers and wounding 25 others": the others are the wounded (a verb between), one count with
    another outlet's "Thirty people were wounded", in conflict; "30 analysts" are no toll."""
    clusters = _linked(
        tmp_path,
        "Blast\n\nThe bomb exploded in Velm on Sunday, killing three soldiers and wounding 25 others, police said.\n",
        "Velm blast\n\nThirty people were wounded in the blast in Velm on Sunday, officials said. Shares fell, and"
        " 30 analysts cut their targets.\n",
    )
    assert any({"a:25 others", "b:Thirty people"} <= c for c in clusters), clusters
    assert not any("b:30 analysts" in c for c in clusters), clusters


def test_one_persons_age_told_differently_is_one_conflicting_fact(tmp_path):
    """An age belongs to the person named beside it: two outlets' ages of one person are one fact (a conflict when
    they differ), ages of two people never one."""
    analysis = _analysis(
        tmp_path,
        "Hostages freed\n\nAnn Marie Lee, 26, and Tom Ray Lu, 41, were freed on Saturday, officials said.\n",
        "Rescue\n\nThe rescued captives were Ann Marie Lee (25) and Tom Ray Lu (41), the army said.\n",
    )
    text = {c.id: f"{c.article}:{c.text}" for c in analysis.candidates}
    clusters = {frozenset(text[m] for m in cl.members): cl.status for cl in analysis.clusters}
    assert clusters.get(frozenset({"a:26", "b:25"})) == "conflict"
    assert clusters.get(frozenset({"a:41", "b:41"})) == "agree"
    (tmp_path / "final").mkdir()
    winner = _analysis(
        tmp_path / "final",
        "Final\n\nTom Ray Lu, 36, lost the final on Sunday.\n",
        "Champion\n\nThe 22-year-old beat Tom Ray Lu in the final on Sunday.\n",
    )
    text = {c.id: f"{c.article}:{c.text}" for c in winner.candidates}
    assert not any({"a:36", "b:22-year-old"} <= {text[m] for m in cl.members} for cl in winner.clusters)


def test_one_rank_written_two_ways_is_one_fact(tmp_path):
    for name, sentence in {
        "a": "The central bank raised its key rate on Wednesday, the 11th increase since the tightening began.",
        "b": "The central bank on Wednesday made its eleventh rate hike since the tightening began.",
    }.items():
        (tmp_path / f"{name}.txt").write_text(f"Rates\n\n{sentence}\n", encoding="utf-8")
    analysis = analyze([tmp_path])
    ranks = {c.id: c.text for c in analysis.candidates if c.unit == "ordinal"}
    assert sorted(ranks.values()) == ["11th", "eleventh"]
    assert any(set(ranks) <= set(cl.members) and cl.status == "agree" for cl in analysis.clusters)


def test_the_same_figure_of_the_same_thing_links_even_told_in_other_words(tmp_path):
    clusters = _linked(
        tmp_path,
        "Quake\n\nAnother 30 children were still unaccounted for on Tuesday night, he said.\n",
        "School\n\nRescuers dug through the rubble for 30 children after the wing collapsed.\n",
    )
    assert {"a:30 children", "b:30 children"} in clusters
    (tmp_path / "apart").mkdir()
    apart = _linked(
        tmp_path / "apart",
        "Quake\n\nAnother 30 children were killed, he said.\n",
        "School\n\nRescuers dug through the rubble; 30 children were missing.\n",
    )
    assert not any({"a:30 children", "b:30 children"} <= cluster for cluster in apart)  # another role


def test_the_people_aboard_are_not_the_people_rescued(tmp_path):
    """ "Carrying 189 people" counts who was aboard; "127 people rescued" and "118 survivors" count who was
    saved: the noun "survivors" names the role itself."""
    first = "Ferry sinks off the coast\n\nA ferry carrying 189 people capsized on Thursday near the port town. The coastguard said 127 people had been rescued from the water.\n"
    second = "Ferry capsizes near port\n\nThe ferry was carrying 187 people when it rolled over near the port town. Fishermen pulled 118 survivors from the sea.\n"
    clusters = _linked(tmp_path, first, second)
    aboard = next(c for c in clusters if "a:189 people" in c)
    saved = next(c for c in clusters if "a:127 people" in c)
    assert "b:187 people" in aboard and "b:118 survivors" in saved
    assert aboard != saved


def test_a_role_after_two_joined_counts_is_the_role_of_both(tmp_path):
    """ "11 children and a teacher have been rescued" counts the rescued, not the missing; "killed 13 soldiers
    and wounded 18" gives the 13 no second role."""
    first = "School collapses in quake\n\nSo far, 11 children and a teacher have been rescued from the rubble of the Rebsa school in the capital.\n"
    second = "Quake hits school\n\nThirty children were missing in the rubble of the Rebsa school in the capital. The blast killed 13 soldiers and wounded 18 at the gate.\n"
    third = "Children trapped\n\nAt least 30 children were missing in the rubble of the Rebsa school, and 13 soldiers died at the gate.\n"
    (tmp_path / "c.txt").write_text(third)
    clusters = _linked(tmp_path, first, second)
    missing = next(c for c in clusters if "b:Thirty children" in c)
    assert "c:30 children" in missing and "a:11 children" not in missing
    assert any({"b:13 soldiers", "c:13 soldiers"} <= c for c in clusters)


def test_people_receiving_treatment_are_counted_in_hospital(tmp_path):
    """ "61 people are receiving hospital treatment" counts patients, not the 79 injured."""
    (tmp_path / "c.txt").write_text(
        "Estate fire\n\nAuthorities say 61 people are receiving hospital treatment after the fire at the estate.\n"
    )
    clusters = _linked(
        tmp_path,
        "Estate fire kills 12\n\nAt least 79 people were injured in the fire at the estate, officials said.\n",
        "Fire at estate\n\nMore than 79 people were injured in the fire at the estate in the north.\n",
    )
    injured = next(c for c in clusters if "a:79 people" in c)
    assert "b:79 people" in injured and "c:61 people" not in injured


def test_counts_of_people_of_different_nationalities_never_link(tmp_path):
    """ "30 Indonesian domestic workers" and "25 Filipino domestic workers" are two counts, not one count
    the outlets disagree on; "30 domestic workers" may be either."""
    (tmp_path / "c.txt").write_text(
        "Estate fire\n\nAt least 30 domestic workers were missing after the fire at the estate, officials said.\n"
    )
    clusters = _linked(
        tmp_path,
        "Estate fire\n\nAt least 30 Indonesian domestic workers were missing after the fire at the estate.\n",
        "Fire at estate\n\nAt least 25 Filipino domestic workers were missing after the fire at the estate.\n",
    )
    assert not any({"a:30 Indonesian domestic workers", "b:25 Filipino domestic workers"} <= c for c in clusters)
    assert any({"a:30 Indonesian domestic workers", "c:30 domestic workers"} <= c for c in clusters)


def test_the_ends_of_one_tally_link_across_outlets_however_short_their_sentences(tmp_path):
    """ "The resolution passed 216-210." shares no word with "a 216 to 210 vote ended his term", yet the same
    tally of one vote is one fact: an end of a tally takes its noun from the tally, not from an earlier count."""
    clusters = _linked(
        tmp_path,
        "Speaker ousted\n\nThe resolution passed 216-210.\n",
        "House removes speaker\n\nA 216 to 210 vote ended the speaker's nine-month term on Tuesday.\n",
    )
    assert {"a:216", "b:216"} in clusters and {"a:210", "b:210"} in clusters


def test_a_count_that_names_no_role_does_not_chain_a_toll_to_the_injured(tmp_path):
    """ "65 people" with no role near it may join the toll or the injured, never both: a cluster of the killed
    and one of the injured stay apart whatever links through it."""
    (tmp_path / "c.txt").write_text("Estate fire\n\nAt least 79 people were injured in the fire at the estate.\n")
    clusters = _linked(
        tmp_path,
        "Estate fire\n\nThe fire at the estate in Tai Po killed 65 people, officials said on Thursday.\n",
        "Estate fire\n\nAfter the fire at the estate in Tai Po there were 79 people, officials said on Thursday.\n",
    )
    assert not any({"a:65 people", "c:79 people"} <= c for c in clusters), clusters


def test_the_same_small_figure_of_the_same_noun_links_however_its_sentences_differ(tmp_path):
    """ "the eight blocks" of an estate in one outlet and "eight blocks" in another are one fact even when their
    sentences share no word; two Indonesian domestic helpers and two Indonesian domestic workers are one count."""
    clusters = _linked(
        tmp_path,
        "Estate fire\n\nThe blaze engulfed all eight blocks of the residential complex. "
        "Two Indonesian domestic workers were confirmed among the dead.\n",
        "Fire at estate\n\nWang Fuk Court, a housing estate comprising eight blocks, is home to 4,800 people. "
        "The consulate said two Indonesian domestic helpers had died.\n",
    )
    assert {"a:eight blocks", "b:eight blocks"} in clusters
    assert {"a:Two Indonesian domestic workers", "b:two Indonesian domestic helpers"} in clusters


def test_arrests_count_the_people_arrested_and_supporters_are_people(tmp_path):
    """ "There were 25 arrests" and "25 people were arrested" are one count; "150,000 supporters" and
    "150,000 people" at one rally too."""
    clusters = _linked(
        tmp_path,
        "Rally\n\nThere were 25 arrests made at the rally in London. Police said 150,000 supporters marched in London.\n",
        "March\n\nAt least 25 people were arrested at the rally in London. Police said 150,000 people marched in London.\n",
    )
    assert {"a:25 arrests", "b:25 people"} in clusters
    assert {"a:150,000 supporters", "b:150,000 people"} in clusters


def test_a_vague_count_is_a_floor_not_an_estimate_close_to_a_figure(tmp_path):
    """ "dozens of mounted police pushed supporters back" is no other outlet's count of the "26 police" injured:
    a vague count gets no closeness from its floor (24)."""
    (tmp_path / "c.txt").write_text(
        "Crowds\n\nRobinson supporters marched along Whitehall, and police watched the clashes.\n"
    )
    clusters = _linked(
        tmp_path,
        "Rally\n\nLater, dozens of mounted police pushed Robinson supporters back along Whitehall.\n",
        "March\n\nClashes with Robinson supporters on Whitehall left 26 police injured.\n",
    )
    assert not any({"a:dozens of mounted police", "b:26 police"} <= c for c in clusters), clusters


@pytest.mark.parametrize(
    "first, second, pair, linked",
    [
        pytest.param(
            "March\n\nPolice said nine arrests were made during the march in the square on Sunday.\n",
            "Square march\n\nAt least 12 people were arrested during the march in the square on Sunday, police said.\n",
            {"a:nine arrests", "b:12 people"},
            True,
            id="a noun that names what happened counts the people it happened to (arrests)",
        ),
        pytest.param(
            "Storm\n\nThe storm took 226 lives across the coast, the agency said.\n",
            "Coast storm\n\nThe storm killed 230 people across the coast, the agency said.\n",
            {"a:226 lives", "b:230 people"},
            True,
            id="a noun that names what happened counts the people it happened to (lives)",
        ),
        pytest.param(
            "Ferry sinks\n\nThe coastguard said 36 bodies had been recovered from the sea near the port.\n",
            "Ferry toll\n\nThe sinking near the port has killed 36 people, the coastguard said.\n",
            {"a:36 bodies", "b:36 people"},
            True,
            id="bodies recovered count the dead",
        ),
        pytest.param(
            "Ferry capsizes\n\nThe ferry overturned off the island on Thursday. There were 134 survivors.\n",
            "Ferry search\n\nRescuers pulled 118 survivors from the sea and kept searching the deep waters, the coast "
            "guard said.\n",
            {"a:134 survivors", "b:118 survivors"},
            True,
            id="counts of one fate link however few words their sentences share",
        ),
        pytest.param(
            "Outbreak declared\n\nThe new outbreak has killed 15 people in the province, the ministry said.\n",
            "Outbreak returns\n\nThe last outbreak in the province, three years ago, killed six people.\n",
            {"a:15 people", "b:six people"},
            False,
            id="a count of years ago is not today's count",
        ),
        pytest.param(
            "Strike in Tarvos\n\nA strike killed 12 people in the southern city of Tarvos on Tuesday, medics said.\n",
            "Strike in the north\n\nA strike killed 12 people in the northern town of Beit Ostra on Tuesday, medics "
            "said.\n",
            {"a:12 people", "b:12 people"},
            False,
            id="counts in two towns, each named after 'the city of'",
        ),
        pytest.param(
            "Shelling\n\nShelling killed seven people in Velmia's southern city of Tarvos on Tuesday, officials said.\n",
            "Strikes\n\nShelling killed seven people in Velmia's eastern town of Ostra on Tuesday, officials said.\n",
            {"a:seven people", "b:seven people"},
            False,
            id="counts in two towns of one country, named after its possessive",
        ),
        pytest.param(
            "Record signing\n\nLiverpool signed striker Alexander Isak from Newcastle for a record £125m on Monday.\n",
            "Summer spending\n\nLiverpool signed midfielder Florian Wirtz from Leverkusen for a record £116m in June.\n",
            {"a:£125m", "b:£116m"},
            False,
            id="sums paid for different people are different facts",
        ),
        pytest.param(
            "Strike\n\nSome 3,300 machinists walked off the job at the Velm plant on Friday.\n",
            "Walkout\n\nAbout 3,300 workers at the Velm plant went on strike on Friday.\n",
            {"a:3,300 machinists", "b:3,300 workers"},
            True,
            id="a trade's workers are workers",
        ),
        pytest.param(
            "Raid\n\nSoldiers freed four hostages held in the Velm camp since October, the army said.\n",
            "Rescue\n\nThe four captives were brought out of the Velm camp by helicopter, the army said.\n",
            {"a:four hostages", "b:four captives"},
            True,
            id="captives are hostages, people counted",
        ),
        pytest.param(
            "Landslide\n\nOfficials said 176 people were still missing on Monday after the landslide in Velm.\n",
            "Search\n\nWith 176 missing person reports filed by Monday, crews kept digging in Velm.\n",
            {"a:176 people", "b:176 missing person reports"},
            True,
            id="missing person reports count the people reported missing",
        ),
        pytest.param(
            "Landslide\n\nOfficials said 176 people were still missing on Monday after the landslide in Velm.\n",
            "Search\n\nPolice received 176 reports of looting in Velm by Monday, officials said.\n",
            {"a:176 people", "b:176 reports"},
            False,
            id="reports of looting count no people",
        ),
        pytest.param(
            "Riots\n\nPolice arrested 45 people for looting stores in Velm on Monday night.\n",
            "Looting\n\nPolice received 45 reports of people looting stores in Velm on Monday night.\n",
            {"a:45 people", "b:45 reports"},
            False,
            id="reports of people doing something count reports, not the missing",
        ),
        pytest.param(
            "Border\n\nA boat carrying 48 people reached the Velm coast on Monday, the coast guard said.\n",
            "Arrivals\n\nThe 48 asylum seekers on the boat reached the Velm coast on Monday.\n",
            {"a:48 people", "b:48 asylum seekers"},
            True,
            id="asylum seekers are people counted, hyphen or not",
        ),
        # the third review's: a toll is no share, and no true toll, where its words say otherwise
        pytest.param(
            "Quake\n\nThe earthquake has killed 2,100 people across the region, more than 1,400 of them in Hatay "
            "alone, officials said.\n",
            "Toll rises\n\nThe earthquake has killed 2,300 people across the region, officials said on Tuesday.\n",
            {"a:2,100 people", "b:2,300 people"},
            True,
            id="a toll whose sentence names a place's share after it is the toll",
        ),
        pytest.param(
            "Toll rises\n\nThe death toll from the floods rose to 19 on Tuesday as two others died in hospital.\n",
            "Floods\n\nAt least 21 people have died in the floods, officials said on Tuesday.\n",
            {"a:19", "b:21 people"},
            True,
            id="a toll rising as two others died is the toll",
        ),
        pytest.param(
            "Protests\n\nPolice fire killed 17 people and injured 40 others in Velm on Monday.\n",
            "Toll\n\nA police spokesman said 17 people had died in Velm on Monday.\n",
            {"a:17 people", "b:17 people"},
            True,
            id="a toll beside the injured others is the toll, no share of it",
        ),
        pytest.param(
            "Shooting\n\nInvestigators believe Cruz alone carried out the attack that killed 17 people.\n",
            "School\n\nThe attack killed 14 people at the school, officials said.\n",
            {"a:17 people", "b:14 people"},
            True,
            id="a name acting alone is no place's share",
        ),
        pytest.param(
            "Riots\n\nPolice arrested 994 people overnight, more than 200 of them in Marseille alone.\n",
            "Arrests\n\nPolice arrested 1,311 people overnight across France, the ministry said.\n",
            {"a:994 people", "b:1,311 people"},
            True,
            id="arrests are no toll broken down",
        ),
        pytest.param(
            "Pandemic\n\nThe agency has estimated 14.9 million excess deaths, more than twice the 6.9 million deaths "
            "officially recorded.\n",
            "Emergency\n\nSome 6.9 million people have died of the disease worldwide, the agency said.\n",
            {"a:6.9 million deaths", "b:6.9 million people"},
            True,
            id="the count called official is the recorded toll, the excess deaths the estimate",
        ),
        pytest.param(
            "Count\n\nAfter the actual count of mail ballots, Ann Lee had 52,310 votes, officials said.\n",
            "Result\n\nAnn Lee won with 52,130 votes, officials said on Friday.\n",
            {"a:52,310 votes", "b:52,130 votes"},
            True,
            id="an actual count of votes is no true toll",
        ),
        pytest.param(
            "Vote\n\nThe Velm party won 40.2 percent of the vote on Saturday, officials said.\n",
            "Results\n\nIn 2020, the Velm party won 38.6 percent of the vote and lost its majority.\n",
            {"a:40.2 percent", "b:38.6 percent"},
            False,
            id="a year opening the sentence dates its figures",
        ),
        pytest.param(
            "Vote\n\nThe Velm party won 40.2 percent of the vote on Saturday, officials said.\n",
            "Results\n\nThe result is a fall compared to 2020, when the Velm party captured 38.6 percent of the vote.\n",
            {"a:40.2 percent", "b:38.6 percent"},
            False,
            id="a year whose when-clause holds the figure dates it",
        ),
        pytest.param(
            "Margin\n\nIn 2020, Ann Lee carried Velmia by 11,779 votes, while this time Bo Li won it by 115,099 votes.\n",
            "Result\n\nBo Li won Velmia by 151,099 votes this time, officials said.\n",
            {"a:115,099 votes", "b:151,099 votes"},
            True,
            id="a year opening the sentence dates no figure past 'this time'",
        ),
        pytest.param(
            "Floods\n\nUnlike in 2018, when warnings came late, this week's floods forced 22,000 people into camps.\n",
            "Camps\n\nThis week's floods forced 27,000 people into relief camps, the agency said.\n",
            {"a:22,000 people", "b:27,000 people"},
            True,
            id="a when-clause ends at its comma",
        ),
        pytest.param(
            "Exchange settles\n\nThe founder pleaded guilty as part of a $4.3 billion settlement with the Justice "
            "Department.\n",
            "Exchange to pay\n\nThe crypto exchange will pay regulators about $4.4 billion, officials confirmed.\n",
            {"a:$4.3 billion", "b:$4.4 billion"},
            True,
            id="a settlement is what is paid",
        ),
        pytest.param(
            "Results\n\nThe company said quarterly revenue came in at $42.4 billion on Tuesday.\n",
            "Quarter\n\nThe company said quarterly revenue was expected at $42.1 billion on Tuesday.\n",
            {"a:$42.4 billion", "b:$42.1 billion"},
            False,
            id="what was expected is not what was reported",
        ),
        pytest.param(
            "Warhol sale\n\nWarhol's Marilyn sold for $195 million at Christie's in New York on Monday night.\n",
            "Marilyn sold\n\nChristie's had said the Warhol Marilyn at its New York sale on Monday could fetch $200 million.\n",
            {"a:$195 million", "b:$200 million"},
            False,
            id="what a sale could fetch is not what it fetched",
        ),
        pytest.param(
            "Warhol sale\n\nWarhol's Marilyn sold for $195 million at Christie's in New York on Monday night.\n",
            "Marilyn sold\n\nThe Warhol Marilyn sold at Christie's in New York on Monday below the $200 million estimate.\n",
            {"a:$195 million", "b:$200 million"},
            False,
            id="an estimate is not the price",
        ),
        pytest.param(
            "Plane Crash Death Toll Hits 279\n\nThe airline has not yet given an update on the search.\n",
            "Crash\n\nOfficials said 279 people died in the crash near the airport on Thursday.\n",
            {"a:279", "b:279 people"},
            True,
            id="a toll that hits a figure counts the dead, not a strike",
        ),
        # 'A 6.2 magnitude quake killed 40': the quake killed; the magnitude is still the magnitude.
        pytest.param(
            "Quake\n\nA 6.2 magnitude quake killed 40 people in the hills, the agency said.\n",
            "Hill quake\n\nThe 6.2 magnitude tremor struck the hills before dawn, the agency said.\n",
            {"a:6.2 magnitude", "b:6.2 magnitude"},
            True,
            id="a role is the word next to the figure not the next verb",
        ),
        pytest.param(
            "Bank\n\nThe bank's two-day policy meeting ended with a rate rise on Wednesday.\n",
            "Rates\n\nThe bank's one-month policy pause ended with a rate rise on Wednesday.\n",
            {"a:two-day", "b:one-month"},
            False,
            id="times of different lengths are different facts",
        ),
        # '45 confirmed dead; 142 survivors': the survivors did not die, so they meet another outlet's rescued.
        pytest.param(
            "Ferry sinks: 45 confirmed dead; 142 survivors\n\nThe ferry sank on Monday off the coast.\n",
            "Ferry toll\n\nRescuers said 142 survivors were rescued from the sea after the ferry sank on Monday.\n",
            {"a:142 survivors", "b:142 survivors"},
            True,
            id="a role does not reach past a semicolon",
        ),
        # "30 Indonesian domestic workers" and "30 domestic workers in Tai Wo" may be one count: a nationality and a
        # place are different parts of a frame, compared each with its own kind.
        pytest.param(
            "Estate fire\n\nAt least 30 Indonesian domestic workers were missing after the fire, officials said.\n",
            "Fire at estate\n\nAt least 30 domestic workers were missing in Tai Wo after the fire, officials said.\n",
            {"a:30 Indonesian domestic workers", "b:30 domestic workers"},
            True,
            id="whose people a count is of does not set it apart from where it was counted",
        ),
        # "270 individuals still reported missing" counts the missing, so it never links with "280 people were
        # injured" however alike the rest of their sentences.
        pytest.param(
            "Tower fire\n\nOver 270 individuals were still reported missing after the fire at the towers in Tai Po.\n",
            "Fire toll\n\nSome 280 people were injured after the fire at the towers in Tai Po.\n",
            {"a:270 individuals", "b:280 people"},
            False,
            id="words between a count and its role leave the role its own",
        ),
        # "more than 100 survivors" and, further on, "127 people had been rescued" are one count in one article: 127
        # is what "more than 100" rounds down; so both join the other outlet's 127 rescued.
        pytest.param(
            "Ferry capsizes\n\nRescuers pulled more than 100 survivors from the sea near the port.\n\n"
            "By evening the coastguard said 127 people had been rescued from the sea near the port.\n",
            "Ferry disaster\n\nThe coastguard said 127 people had been rescued from the sea near the port.\n",
            {"a:100 survivors", "a:127 people", "b:127 people"},
            True,
            id="an open bound admits what its round figure rounds",
        ),
        # "more than 20 children … found dead" and "another 24 children … missing" are two facts even though "more
        # than 20" could round 24; so the dead and the missing stay apart across outlets too.
        pytest.param(
            "School collapse\n\nThe president said more than 20 children had been found dead at the school.\n\n"
            "Another 24 children were missing at the school, he said.\n",
            "Quake\n\nAt least 21 children died at the school. Some 24 children were missing at the school.\n",
            {"a:20 children", "a:24 children"},
            False,
            id="an articles counts of different things are never one fact",
        ),
        # "127 people were rescued from the sea" and "three Americans were rescued from the sea" are a whole and a
        # part, not two outlets disagreeing: counts of one thing differ (a toll rises), but not forty-fold.
        pytest.param(
            "Ferry capsizes\n\nThe coastguard said 127 people were rescued from the sea near the port of Ormoc.\n",
            "Ferry disaster\n\nThe coastguard said three Americans were rescued from the sea near the port of Ormoc.\n",
            {"a:127 people", "b:three Americans"},
            False,
            id="figures far apart are never one count differently told",
        ),
        # "officials in Morelos, just to the south, said 55 had died there" counts Morelos's dead, so it never links
        # with "55 people died in Puebla".
        pytest.param(
            "Quake\n\nOfficials in Morelos, just to the south of the capital, said 55 had died there on Tuesday.\n",
            "Quake toll\n\nOfficials said 55 people had died in Puebla, just to the south of the capital, on Tuesday.\n",
            {"a:55", "b:55 people"},
            False,
            id="a count said to be there is counted where its clause named",
        ),
        # "outages left 12,000 people without electricity" counts those cut off, not those who left their homes
        # ("left" is no evacuation), and never links with "15,000 people were in shelters".
        pytest.param(
            "Storm\n\nAlmost 15,000 people were in shelters across the island on Tuesday night.\n",
            "Hurricane\n\nOutages left 12,000 people without electricity across the island on Tuesday night.\n",
            {"a:15,000 people", "b:12,000 people"},
            False,
            id="people without power are not people in shelters",
        ),
        # "The death toll stood at 225" counts the dead (as "taken 226 lives" does), so it never links with "225
        # people were injured".
        pytest.param(
            "Quake\n\nThe death toll stood at 225, officials said on Wednesday in the capital.\n",
            "Quake toll\n\nOfficials said 225 people were injured on Wednesday in the capital.\n",
            {"a:225", "b:225 people"},
            False,
            id="a toll counts the dead whatever verb states it",
        ),
        pytest.param(
            "Probe\n\nRegulators opened the probe after 11 incidents with parked emergency vehicles.\n",
            "Recall\n\nRegulators looked into 11 crashes with parked emergency vehicles before the recall.\n",
            {"a:11 incidents", "b:11 crashes"},
            True,
            id="crashes, collisions, accidents and incidents count one kind of thing",
        ),
        pytest.param(
            "Strike\n\nThe walkout shut 14 ports from Maine to Texas on Tuesday.\n",
            "Ports idle\n\nThe walkout at 14 major shipping terminals from Maine to Texas began on Tuesday.\n",
            {"a:14 ports", "b:14 major shipping terminals"},
            True,
            id="ports and terminals",
        ),
        pytest.param(
            "Bank seized\n\nVelm Bank's 84 branches in eight states will reopen as branches of Ardent on Monday.\n",
            "Bank sold\n\nThe 84 locations of Velm Bank in eight states will reopen on Monday under Ardent.\n",
            {"a:84 branches", "b:84 locations"},
            True,
            id="a business's branches and locations",
        ),
        pytest.param(
            "Riots\n\nRioters set fire to three offices in Velm on Monday night, police said.\n",
            "Looting\n\nLooters ransacked three stores in Velm on Monday night, police said.\n",
            {"a:three offices", "b:three stores"},
            False,
            id="offices burned are no stores looted",
        ),
        pytest.param(
            "Rates\n\nThe Velm central bank cut its policy rate by 25 basis points to 0.25% on Thursday.\n",
            "Velm bank\n\nThe Velm central bank lowered its benchmark interest rate to 0.25% on Thursday.\n",
            {"a:25 basis points", "b:0.25%"},
            False,
            id="a move in basis points is no level it moves to, however equal",
        ),
        pytest.param(
            "Rates\n\nThe Velm central bank raised its main interest rate by 25 basis points on Thursday.\n",
            "Velm\n\nThe Velm central bank announced a rate hike of 0.25% on Thursday to fight inflation.\n",
            {"a:25 basis points", "b:0.25%"},
            True,
            id="a hike of 0.25% is a move, as 25 basis points are",
        ),
        pytest.param(
            "Rates\n\nThe Velm central bank raised its policy rate by 0.25 percentage points on Friday.\n",
            "Velm\n\nThe Velm central bank lifted borrowing costs on Friday, ending a policy rate of 0.25%.\n",
            {"a:0.25 percentage points", "b:0.25%"},
            False,
            id="a rate of 0.25% is a level, no move",
        ),
        pytest.param(
            "Rates\n\nThe Velm central bank raised its policy rate by 0.25 percentage point on Friday.\n",
            "Velm\n\nThe Velm central bank made the third of three straight hikes of 0.25% on Friday.\n",
            {"a:0.25 percentage point", "b:0.25%"},
            True,
            id="hikes of 0.25% are moves",
        ),
        pytest.param(
            "Rates\n\nThe Velm central bank raised its policy rate by 0.25 percentage points on Friday.\n",
            "Velm\n\nThe Velm central bank lifted borrowing costs on Friday, ending a short-term target of 0.25%.\n",
            {"a:0.25 percentage points", "b:0.25%"},
            False,
            id="a target of 0.25% is a level, no move",
        ),
        pytest.param(
            "Ferry sinks\n\nTwo passengers were among the dead after the ferry sank near the port.\n",
            "Ferry capsizes\n\nTwo passengers were rescued after the ferry sank near the port.\n",
            {"a:Two passengers", "b:Two passengers"},
            False,
            id="people among the dead are counted as killed, never as the rescued",
        ),
        pytest.param(
            "Mosque blast\n\nA suicide bomber blew himself up during prayers, martyring 44 people.\n",
            "Peshawar\n\nOfficials said on Monday evening that 46 people were killed in the mosque.\n",
            {"a:44 people", "b:46 people"},
            True,
            id="'martyring 44 people' counts the dead, as outlets in South Asia and the Middle East write a toll",
        ),
        # "the 25 basis point cut forecast by economists" is a prediction of a rate's move, not the move a dissenter
        # wanted ("preferred a 25 basis point cut"), as a forecast sum or share is not the one reported.
        pytest.param(
            "Rates\n\nThe Velm bank cut by more than the 25 basis point cut forecast by economists on Wednesday.\n",
            "Bank cuts\n\nOne member of the Velm bank board preferred a 25 basis point cut on Wednesday.\n",
            {"a:25 basis point", "b:25 basis point"},
            False,
            id="a forecast move of a rate is not the move made or wanted",
        ),
        # "higher than expected" tells the outcome against the forecast: the figure is what was reported.
        pytest.param(
            "Prices\n\nVelmian inflation jumped to a higher than expected 11.1% in October, the statistics office said.\n",
            "Inflation\n\nThe statistics office said Velmian inflation rose to 11.1% in October, driven by energy bills.\n",
            {"a:11.1%", "b:11.1%"},
            True,
            id="a figure higher than expected is the outcome, not a forecast",
        ),
        pytest.param(
            "Prices\n\nVelmian inflation jumped to 11.1% in October, higher than the expected 10.7%, the office said.\n",
            "Inflation\n\nThe statistics office said Velmian inflation rose to 10.7% in October, driven by energy bills.\n",
            {"a:10.7%", "b:10.7%"},
            False,
            id="the expected figure a outcome is told against is a forecast",
        ),
        pytest.param(
            "Prices\n\nThe rise was steeper than the 10.7% figure economists had forecast for October, the office said.\n",
            "Inflation\n\nThe statistics office said Velmian inflation rose to 10.7% in October, driven by energy bills.\n",
            {"a:10.7%", "b:10.7%"},
            False,
            id="a figure the words after it say was forecast is a forecast",
        ),
        # "a 188,000 gain in payrolls" takes its noun from the jobs counted before it, but is no part of them
        pytest.param(
            "Jobs\n\nPayrolls rose by 517,000 jobs in January. A survey of economists called for a 188,000 gain in "
            "payrolls.\n",
            "Hiring\n\nPayrolls beat a survey of economists, which called for 187,000 jobs in January.\n",
            {"a:188,000", "b:187,000 jobs"},
            True,
            id="a change told by a bare number is a figure of its own, not a part",
        ),
        pytest.param(
            "Chase\n\nPolice chased the stolen car for 20 miles, at high speed, on Monday night, police said.\n",
            "Stolen car\n\nThe stolen car was stopped 20 miles from Leeds after a chase on Monday night, police said.\n",
            {"a:20 miles", "b:20 miles"},
            True,
            id="a distance told beside high speed is no height",
        ),
        pytest.param(
            "Volcano\n\nThe eruption sent an ash column 5 kilometres into the sky on Sunday, officials said.\n",
            "Eruption\n\nResidents within 5 kilometres of the crater were told to leave on Sunday, officials said.\n",
            {"a:5 kilometres", "b:5 kilometres"},
            False,
            id="a height in kilometres is no distance",
        ),
        # "five of the six deaths" were at one park: a part of the toll, not another outlet's toll of five.
        pytest.param(
            "Tornado\n\nThe sheriff said five of the six deaths were at the Velm park on Wednesday.\n",
            "Tornadoes\n\nAt least five people were killed in the county on Wednesday, the sheriff said.\n",
            {"a:five", "b:five people"},
            False,
            id="a part of a toll its phrase states is not a toll",
        ),
        # "17 people evacuated from the plane were injured": the injured, whom a participle's phrase describes.
        pytest.param(
            "Runway crash\n\nNHK said at least 17 people evacuated from the burning plane were injured.\n",
            "Collision\n\nAt least 17 people were injured in the collision, NHK said.\n",
            {"a:17 people", "b:17 people"},
            True,
            id="the verb after a participle's phrase says what befell those counted",
        ),
        pytest.param(
            "Runway crash\n\nNHK said at least 17 people evacuated from the burning plane were injured.\n",
            "Collision\n\nNHK said 17 people were evacuated from the burning plane by the crew.\n",
            {"a:17 people", "b:17 people"},
            False,
            id="the injured among the evacuated are no count of the evacuated",
        ),
        pytest.param(
            "Blast\n\nA blast killed 12 people in the market on Saturday, officials said.\n",
            "Funerals\n\nThe 12 people killed in the blast were buried on Sunday, officials said.\n",
            {"a:12 people", "b:12 people"},
            True,
            id="those a harm befell stay its count whatever befell them after",
        ),
    ],
)
def test_what_a_figure_counts_decides_what_it_links_to(tmp_path, first, second, pair, linked):
    clusters = _linked(tmp_path, first, second)
    assert any(pair <= c for c in clusters) == linked, clusters


def test_what_was_added_to_a_count_is_not_another_count_of_it(tmp_path):
    """'Three more bodies' recovered on one day and 'five more' on the next are increments, not one
    figure told two ways; only the same increment links."""
    clusters = _linked(
        tmp_path,
        "Search goes on\n\nDivers recovered three more bodies from the wreck on Friday, officials said.\n",
        "Wreck search\n\nDivers recovered five more bodies from the wreck on Friday, officials said.\n"
        "Seven bodies were recovered from the wreck on Thursday.\n",
    )
    assert not any("a:three more bodies" in c and len(c) > 1 for c in clusters)


def test_no_chain_through_a_sum_that_names_no_one_joins_fees_for_different_people(tmp_path):
    (tmp_path / "c.txt").write_text(
        "Record fees\n\nThe previous record was the £115m deal Chelsea agreed for Moises Caicedo in a record deal.\n"
    )
    clusters = _linked(
        tmp_path,
        "Record signing\n\nLiverpool signed striker Alexander Isak from Newcastle for a record £125m on Monday.\n",
        "Deadline day\n\nThe record deal is worth £125m to Newcastle, sources said on Monday.\n",
    )
    fee = next(c for c in clusters if "a:£125m" in c)
    assert "b:£125m" in fee and "c:£115m" not in fee, clusters


def test_an_articles_parallel_lines_of_figures_far_apart_are_not_one_fact_restated(tmp_path):
    """Two lines of one list, worded alike ("iPhones: … down by 21 percent", "iPads: … down by 3 percent"),
    give two facts: an article restates its own figure only within a factor it could round or slip by."""
    lines = (
        "Results\n\n• Phones: 40.39 million, down by 21 percent on the year-ago quarter\n"
        "• Computers: 4.25 million, down by 11 percent on the year-ago quarter\n"
        "• Tablets: 9.95 million, down by 3 percent on the year-ago quarter\n"
    )
    clusters = _linked(tmp_path, lines, "Sales\n\nPhone sales were down by 21 percent on the year-ago quarter.\n")
    assert not any({"a:21 percent", "a:3 percent"} <= c for c in clusters), clusters


def test_a_rise_and_a_fall_are_different_changes(tmp_path):
    """ "grew 19 percent" and "fell 21 percent" are two changes, however alike their sentences; a level ("fell to
    3 percent") has no direction of its own."""
    (tmp_path / "c.txt").write_text("Results\n\nRevenue in the quarter was down 20 percent, the company said.\n")
    clusters = _linked(
        tmp_path,
        "Results\n\nRevenue from services in the quarter grew 19 percent, the company said.\n",
        "Quarter\n\nRevenue in the quarter fell 21 percent, the company said.\n",
    )
    assert not any({"a:19 percent", "b:21 percent"} <= c for c in clusters), clusters
    assert any({"b:21 percent", "c:20 percent"} <= c for c in clusters), clusters


def test_a_change_on_the_year_and_one_on_the_period_before_are_different_changes(tmp_path):
    """ "down 21 percent year-on-year" and "down 21 percent sequentially" measure against different times: two
    facts, however alike their words; a change that says nothing of its base may be either."""
    clusters = _linked(
        tmp_path,
        "Results\n\nPhone sales fell 21 percent from a year earlier, the maker said on Tuesday.\n",
        "Quarter\n\nPhone sales fell 21 percent sequentially, the maker said on Tuesday.\n",
        "Phones\n\nPhone sales fell 21 percent in the quarter, the maker said.\n",
    )
    assert not any({"a:21 percent", "b:21 percent"} <= c for c in clusters), clusters
    assert any("c:21 percent" in c and len(c) == 2 for c in clusters), clusters


@pytest.mark.parametrize(
    "texts, apart",
    [
        pytest.param(
            (
                "Heist\n\nThe two men in detention broke in through a window, while two accomplices waited on the"
                " street below, the prosecutor said.\n",
                "Museum heist\n\nTwo men were in detention on Wednesday over the museum heist, the prosecutor said.\n",
                "Louvre\n\nTwo accomplices waited on the street below during the heist, the prosecutor said.\n",
            ),
            {"a:two men", "a:two accomplices"},
            id="one sentence's equal counts of different nouns",
        ),
        pytest.param(
            (
                "Heist\n\nTwo suspects were arrested over the museum heist on Saturday. The other two suspects are"
                " still at large, the prosecutor said.\n",
                "Museum heist\n\nTwo suspects arrested over the museum heist are in custody, the prosecutor said.\n",
                "Louvre\n\nTwo suspects are still at large after the museum heist, the prosecutor said.\n",
            ),
            {"a:Two suspects", "a:two suspects"},
            id="a count and 'the other' count of one noun",
        ),
    ],
)
def test_an_articles_equal_counts_of_two_groups_are_not_one_fact_restated(tmp_path, texts, apart):
    """One article's "two men … while two accomplices waited", or its "two suspects" and "the other two suspects",
    count two groups: no chain of links through other outlets puts them in one cluster."""
    clusters = _linked(tmp_path, *texts)
    assert not any(apart <= c for c in clusters), clusters


def test_an_article_rounds_its_own_figure_only_at_the_rounder_ones_last_digit(tmp_path):
    """An article's "$45.5 billion" is no rounding of its own "$42.36 billion" (a rounding stays within a step of the
    rounder figure's last digit), so a figure of another outlet between them joins one, never both."""
    clusters = _linked(
        tmp_path,
        "Results\n\nThe company said revenue in the quarter was $42.36 billion. Sales of phones brought revenue of"
        " $45.5 billion.\n",
        "Quarter\n\nThe company said revenue in the quarter was $44 billion.\n",
    )
    assert {"a:$42.36 billion", "b:$44 billion"} in clusters, clusters


@pytest.mark.parametrize(
    "first, second, cluster",
    [
        pytest.param(
            "Sentence\n\nThe judge sentenced the banker to 40 months in prison on Friday.\n",
            "Banker jailed\n\nThe banker was sentenced to three years and four months in prison on Friday.\n",
            {"a:40 months", "b:three years and four months"},
            id="durations meet across units",
        ),
        pytest.param(
            "Storm\n\nThe storm hit the province hard, killing 55, the governor said on Monday.\n",
            "Province storm\n\nOfficials in the province said 54 had died in the storm by Monday.\n",
            {"a:55", "b:54"},
            id="bare tolls that differ are one conflicting fact",
        ),
        pytest.param(
            "Rates\n\nThe bank raised its key interest rate to 5.5%, the highest in years.\n",
            "Bank moves\n\nAfter Wednesday's vote its key rate stands at 5.3%, analysts noted.\n",
            {"a:5.5%", "b:5.3%"},
            id="close percentages are one figure reported twice",
        ),
        # One article's '3 years' (headline) and '40 months' (story) state one fact: the cluster conflicts.
        pytest.param(
            "Fraud: 3 years for ex-banker\n\nThe judge sentenced the banker to 40 months in prison on Friday for fraud.\n",
            "Banker jailed\n\nThe banker was sentenced on Friday to 40 months in prison for fraud.\n",
            {"a:3 years", "a:40 months", "b:40 months"},
            id="a headline may round the figure its story gives",
        ),
        # "outside the hospital after 35 residents …": the hospital is where they gathered, not what the 35 count, so
        # nothing sets them apart from "35 residents … were evacuated".
        pytest.param(
            "Tower fire\n\nCrowds gathered outside the hospital after 35 residents of the tower reached the street.\n",
            "Tower evacuated\n\nIn all, 35 residents were evacuated from the tower on Friday, officials said.\n",
            {"a:35 residents", "b:35 residents"},
            id="a noun before a preposition is not the role of the figure after it",
        ),
        # "Two suspects arrested over the heist" and "two men arrested over the heist" count one group of people:
        # outlets name people by what they did or by what they are, so both nouns are compared as people.
        pytest.param(
            "Heist\n\nTwo suspects arrested over the museum heist have partially admitted their involvement.\n",
            "Museum\n\nTwo men arrested over the museum heist have partially admitted their involvement, prosecutors said.\n",
            {"a:Two suspects", "b:Two men"},
            id="people counted as suspects and as men are compared",
        ),
        # "six trucks" and "six lorries" count one convoy's vehicles, whatever else their sentences say.
        pytest.param(
            "Aid convoy\n\nSix trucks reached the town at dawn.\n",
            "Relief effort\n\nThe charity said its six lorries of food were unloaded by volunteers.\n",
            {"a:Six trucks", "b:six lorries"},
            id="the same count of synonyms links however its sentences differ",
        ),
        # "150 cops" and "149 police officers": one count of officers told in two words.
        pytest.param(
            "Protests\n\nThe minister said 149 police officers were injured in the clashes.\n",
            "Clashes\n\nAround 150 cops were injured in the clashes, the minister said.\n",
            {"a:149 police officers", "b:150 cops"},
            id="cops are police officers",
        ),
        # "the 36-ton ferry" and "the 33-tonne vessel" weigh one boat differently: one fact, in conflict.
        pytest.param(
            "Ferry capsizes\n\nThe 36-ton ferry capsized off the port of Ormoc.\n",
            "Ferry disaster\n\nThe 33-tonne wooden vessel capsized off the port of Ormoc.\n",
            {"a:36-ton", "b:33-tonne"},
            id="masses in tons and tonnes are one measure",
        ),
        # "It took the thieves less than eight minutes" and "the heist lasted less than seven minutes": one duration
        # told differently, close enough (as times go) to be one fact.
        pytest.param(
            "Heist\n\nIt took the four thieves less than eight minutes to seize the jewels in the gallery.\n",
            "Louvre\n\nThe raid on the gallery lasted less than seven minutes, the minister said.\n",
            {"a:eight minutes", "b:seven minutes"},
            id="two close durations of one thing link as a conflict",
        ),
        # "Some 1,000 police officers were deployed." has too few words to be compared, yet it is the same count of
        # the same people as "the more than 1,000 officers already on duty".
        pytest.param(
            "Rally\n\nReinforcements joined the more than 1,000 officers already on duty in central London.\n",
            "March\n\nSome 1,000 police officers were deployed.\n",
            {"a:1,000 officers", "b:1,000 police officers"},
            id="the same count links even in a sentence too short to compare",
        ),
        # "injured more than 900" and "about 900 injured people had been hospitalized": a fate between a figure and
        # its noun is the figure's role, so the same count of the injured links.
        pytest.param(
            "Train crash\n\nThe crash on Friday killed at least 261 people and injured more than 900, officials said.\n",
            "Rail disaster\n\nThe state's chief secretary said that about 900 injured people had been hospitalized.\n",
            {"a:900", "b:900 injured people"},
            id="a fate between a figure and its noun is its role",
        ),
        # "from 5.25% to 5%" and "to 5 per cent": the same rate links however little the sentences share, as a close
        # one would (the old 5.25% must not take the place of the new 5%).
        pytest.param(
            "Rate cut\n\nThe Bank of England cut interest rates on Thursday from 5.25% to 5%, the first cut in four years.\n",
            "BoE trims\n\nThe Bank lowered its benchmark by a quarter of a point to 5 per cent, its first reduction since 2020.\n",
            {"a:5%", "b:5 per cent"},
            id="the same value links where a close one would",
        ),
        # "17 people on the airliner were injured": where they were stands between the figure and its fate.
        pytest.param(
            "Planes collide\n\nOfficials said 17 people on the airliner were injured in the collision on Tuesday.\n",
            "Runway crash\n\nThe transport ministry said 14 people were injured when the planes collided.\n",
            {"a:17 people", "b:14 people"},
            id="a place between a figure and its fate leaves the fate its role",
        ),
        # Jobs cut and workers laid off count one group of people, however each outlet names them.
        pytest.param(
            "Layoffs\n\nAlphabet said on Friday it would cut 12,000 jobs, about 6% of its workforce.\n",
            "Job cuts\n\nAlphabet will eliminate 12,000 positions, the company said Friday.\n",
            {"a:12,000 jobs", "b:12,000 positions"},
            id="jobs and positions are one count",
        ),
        pytest.param(
            "Layoffs\n\nThe company had 187,000 employees at the end of September.\n",
            "Job cuts\n\nAlphabet had 186,779 staff in September.\n",
            {"a:187,000 employees", "b:186,779 staff"},
            id="staff are people, and an exact count its rounding",
        ),
        pytest.param(
            "Base\n\nAbout 350 American military personnel were stationed at the base, the command said.\n",
            "Outpost\n\nOfficials are asking why the nearly 350 troops at the base could not stop the drone.\n",
            {"a:350 American military personnel", "b:350 troops"},
            id="personnel are people, one count with troops",
        ),
        pytest.param(
            "Poll\n\nIn a Reuters poll, 20 of 22 respondents expected the bank to hold its rate in March.\n",
            "Rates\n\nIn the Reuters poll 20 of the 22 surveyed market players expected the bank to hold in March.\n",
            {"a:22 respondents", "b:22 surveyed market players"},
            id="respondents are people, one count with the players surveyed",
        ),
        # An exact count and its rounding, of one noun, are one count however little their sentences share.
        pytest.param(
            "Cholera\n\nThe ministry recorded 2,000 new cases over the weekend, taking the total to 36,943 cases.\n",
            "Outbreak\n\nThe toll rose to 1,210, with nearly 37,000 cases recorded since the outbreak began.\n",
            {"a:36,943 cases", "b:37,000 cases"},
            id="an exact count and its rounding of one noun link on any likeness",
        ),
        # An election's seats are counted as seats, MPs or constituencies.
        pytest.param(
            "Landslide\n\nLabour won 412 seats, while the Conservatives fell to 121 seats, their worst result.\n",
            "Election\n\nLabour secured 412 seats, giving it a 174-seat majority. The Conservative Party was reduced to 121 MPs.\n",
            {"a:121 seats", "b:121 MPs"},
            id="seats and MPs are one count",
        ),
        # An area in hectares and in square kilometres is one area.
        pytest.param(
            "Wildfire\n\nThe fire in southern Portugal has burned more than 6,700 hectares, officials said.\n",
            "Blaze\n\nMore than 900 firefighters fought the fire, which has consumed 67 square kilometres.\n",
            {"a:6,700 hectares", "b:67 square kilometres"},
            id="hectares and square kilometres are one measure",
        ),
        # A speed in miles and in kilometres an hour is one speed.
        pytest.param(
            "Launch\n\nThe boosters fell back to Earth at about 300 miles per hour, SpaceX said.\n",
            "Rocket\n\nThe side boosters came down at 482km/h before landing side by side, SpaceX said.\n",
            {"a:300 miles per hour", "b:482km/h"},
            id="mph and km/h are one measure",
        ),
        # A court's sentences and terms are one thing counted.
        pytest.param(
            "Sentenced\n\nThe judge handed the former mayor two consecutive life sentences on Friday.\n",
            "Life in prison\n\nThe former mayor will serve two consecutive life terms, the judge ruled on Friday.\n",
            {"a:two consecutive life sentences", "b:two consecutive life terms"},
            id="life sentences and life terms are one count",
        ),
        # A court's "charges" and "counts" are one thing counted.
        pytest.param(
            "Verdict\n\nA jury found the former mayor guilty on Thursday of all 34 charges of fraud.\n",
            "Mayor convicted\n\nThe former mayor was convicted of 34 felony counts on Thursday.\n",
            {"a:34 charges", "b:34 felony counts"},
            id="charges and counts are one thing counted",
        ),
        # Climbers and hikers are people: one toll counted with either noun is compared as one count of people.
        pytest.param(
            "Volcano\n\nThe bodies of 11 climbers were recovered on Monday after the eruption.\n",
            "Eruption\n\nRescuers found the bodies of 11 hikers near the crater on Monday.\n",
            {"a:11 climbers", "b:11 hikers"},
            id="climbers and hikers are both people",
        ),
        # A winning time in clock form and in words is one time; "about seven minutes" is 6:49 rounded.
        pytest.param(
            "Marathon\n\nTessa Mwangi won the city marathon on Sunday in 2:14:05, a course record.\n",
            "City race\n\nMwangi won the city marathon on Sunday in two hours, 14 minutes and 5 seconds.\n",
            {"a:2:14:05", "b:two hours, 14 minutes and 5 seconds"},
            id="a time in clock form and in words is one time",
        ),
        pytest.param(
            "Launch\n\nThe booster landed on the tower about seven minutes after launch, officials said.\n",
            "Flight\n\nAt six minutes and 49 seconds after launch, the booster landed on the tower.\n",
            {"a:seven minutes", "b:six minutes and 49 seconds"},
            id="a time to the second and its rounding to minutes are one time",
        ),
        # Machines and devices, ballots and votes: one thing counted with either noun.
        pytest.param(
            "Outage\n\nThe faulty update crashed 8.5 million Windows machines worldwide on Friday.\n",
            "Update\n\nThe faulty update affected 8.5 million devices worldwide on Friday, Microsoft said.\n",
            {"a:8.5 million Windows machines", "b:8.5 million devices"},
            id="machines and devices are one thing counted",
        ),
        pytest.param(
            "Vote\n\nThe motion passed with three abstentions and eight invalid ballots on Saturday.\n",
            "Assembly\n\nThe motion passed on Saturday; 8 invalid votes were cast.\n",
            {"a:eight invalid ballots", "b:8 invalid votes"},
            id="ballots and votes are one thing counted",
        ),
        # A race time to the thousandth and the same time to the hundredth, rounded up as timing does.
        pytest.param(
            "Final\n\nLyles won the final on Sunday in 9.784 seconds, a personal best.\n",
            "Sprint\n\nLyles took the final on Sunday in 9.79 seconds, a personal best.\n",
            {"a:9.784 seconds", "b:9.79 seconds"},
            id="a time to the thousandth and its hundredths are one time",
        ),
        pytest.param(
            "Drought\n\nThe region saw its worst drought in two decades this summer.\n",
            "Dry summer\n\nThe region saw its worst drought in 20 years this summer.\n",
            {"a:two decades", "b:20 years"},
            id="decades are years",
        ),
        # An exact count and its rounding in another outlet, under another noun: one count, in conflict.
        pytest.param(
            "Runoff\n\nAnn Velm was supported by 10,606,877 voters in the runoff, the commission said.\n",
            "Velm wins\n\nVelm led in six regions, collecting 10.6 million votes in the runoff.\n",
            {"a:10,606,877 voters", "b:10.6 million votes"},
            id="an exact count and its rounding are one count",
        ),
        pytest.param(
            "Verdict\n\nThe court cleared the former president of three other charges on Thursday.\n",
            "Acquitted\n\nHe was cleared of three additional accusations on Thursday, the court said.\n",
            {"a:three other charges", "b:three additional accusations"},
            id="accusations are charges",
        ),
        pytest.param(
            "Verdict\n\nThe leader was convicted along with eight lawmakers and 12 aides on Monday.\n",
            "Court\n\nShe was found guilty on Monday alongside eight lawmakers and 12 assistants.\n",
            {"a:12 aides", "b:12 assistants"},
            id="aides are assistants",
        ),
        pytest.param(
            "Tsunami\n\nWaves of up to 10 metres struck the Velm coast on Monday, officials said.\n",
            "Coast\n\nWaves 10 metres high struck the Velm coast on Monday, officials said.\n",
            {"a:10 metres", "b:10 metres"},
            id="a height and a measure that says not whether it is one",
        ),
        pytest.param(
            "Crash\n\nThe bus plunged 100 metres off a cliff near Velm on Monday, police said.\n",
            "Bus\n\nThe bus fell from a cliff 100 metres high near Velm on Monday, police said.\n",
            {"a:100 metres", "b:100 metres"},
            id="a fall off a cliff and the cliff's height",
        ),
        pytest.param(
            "Tanker\n\nThe crew of 23 included 15 Filipinos and four Indians, the shipping company said on Monday.\n",
            "Ship\n\nThe tanker's crew of 23 comprised 15 Filipino nationals and four Indian sailors, the company said.\n",
            {"a:15 Filipinos", "b:15 Filipino nationals"},
            id="a people named by its demonym's plural is counted as people",
        ),
        pytest.param(
            "Raid\n\nMalian troops killed 30 Islamist fighters in a raid near Kidal on Monday, the army said.\n",
            "Kidal\n\nMalian troops killed 30 jihadists in a raid near Kidal on Monday, the army said.\n",
            {"a:30 Islamist fighters", "b:30 jihadists"},
            id="a believers' plural is no nationality: two words for one group",
        ),
        pytest.param(
            "Crash\n\nThe jet, which was carrying 162 people, crashed into the sea off Velm on Sunday.\n",
            "Jet lost\n\nAll 162 people on board were killed when the jet crashed off Velm on Sunday.\n",
            {"a:162 people", "b:162 people"},
            id="all those on board killed are those on board",
        ),
        pytest.param(
            "Strike\n\nThe missile strike on the tanker injured four crew members on Wednesday, officials said.\n",
            "Tanker hit\n\nThe crew reported four injuries after the missile strike on the tanker on Wednesday.\n",
            {"a:four crew members", "b:four injuries"},
            id="injuries count the people injured",
        ),
        pytest.param(
            "Volcano\n\nThe 9,500 ft volcano erupted on Sunday, sending ash high into the sky.\n",
            "Eruption\n\nThe 9,500-foot volcano erupted on Sunday, officials said.\n",
            {"a:9,500 ft", "b:9,500-foot"},
            id="feet written ft are feet",
        ),
        pytest.param(
            "Jobs\n\nJanuary hiring topped Velm’s 269,000 jobs.\n",
            "Hiring\n\nThe office revised Velm to 260,000 jobs.\n",
            {"a:269,000 jobs", "b:260,000 jobs"},
            id="a word and its possessive are one word of context",
        ),
        # "2000 people" is a count, and its own number dates nothing: no "year 2000" sets it apart from "2,000".
        pytest.param(
            "Quake\n\nThe earthquake has killed at least 2000 people in the valley, officials said.\n",
            "Valley quake\n\nThe earthquake killed more than 2,000 people in the valley, officials said on Sunday.\n",
            {"a:2000 people", "b:2,000 people"},
            id="a count written like a year is not dated by itself",
        ),
        pytest.param(
            "Deal\n\nAcme Corp pleaded guilty as part of a $2.6 billion settlement with the government, Attorney "
            "General Ann Roe announced Tuesday.\n",
            "Settlement\n\nAcme founder Joe Vane agreed that the firm would pay $2.6 billion to settle the charges.\n",
            {"a:$2.6 billion", "b:$2.6 billion"},
            id="who announced a sum is no party to it",
        ),
        pytest.param(
            "Camp\n\nThe governor said on Friday that the camp had more than 700 kids and began evacuating overnight.\n",
            "Flood\n\nThe governor said on Friday that 20 girls were missing from among more than 750 children at the "
            "camp.\n",
            {"a:700 kids", "b:750 children"},
            id="kids are children",
        ),
        pytest.param(
            "Quake\n\n\u00ab2,053 martyrs have died in 13 locations,\u201d the spokesman wrote on Sunday.\n",
            "Toll\n\nThe spokesman said 2,053 people were killed in the quake, officials said on Sunday.\n",
            {"a:2,053 martyrs", "b:2,053 people"},
            id="martyrs are the dead",
        ),
        pytest.param(
            "Census\n\nThere were 9.56 million births last year, the statistics bureau said on Tuesday.\n",
            "Population\n\nThe statistics bureau said on Tuesday that 9.56 million people were born last year.\n",
            {"a:9.56 million births", "b:9.56 million people"},
            id="births count people",
        ),
        pytest.param(
            "Runway\n\nThe Velm Air jet was arriving from Kesh with 367 passengers on board, the company said.\n",
            "Escape\n\nThe crew of the Velm Air jet evacuated all 367 passengers safely, the minister said.\n",
            {"a:367 passengers", "b:367 passengers"},
            id="all of a group, whatever befell it, is the count of those there",
        ),
        pytest.param(
            "Collision\n\nThe jet hit a patrol plane on Tuesday, killing five coast guard members, officials said.\n",
            "Crash\n\nFive people on board a Coast Guard aircraft died after the collision on Tuesday, officials said.\n",
            {"a:five coast guard members", "b:Five people"},
            id="the role after a place's capitalised words is what the count counts",
        ),
        pytest.param(
            "Rescue\n\nBy midday on Thursday, 104 people had been rescued from the sea, officials said.\n",
            "Search\n\nThe search went on, as the number of persons rescued remains at 104 and no new dead bodies were "
            "recovered on Thursday, officials said.\n",
            {"a:104 people", "b:104"},
            id="a tally's words say what befell those it counts, whatever follows it",
        ),
        pytest.param(
            "Verdict\n\nThe jury on Friday ordered Tom Hale to pay $75 million in punitive damages.\n",
            "Award\n\nThe jury on Friday awarded Ana Ruiz and Lena Moss $75 million in punitive damages.\n",
            {"a:$75 million", "b:$75 million"},
            id="who pays a sum and who is paid it are no different frames",
        ),
        pytest.param(
            "Storm\n\nInsurers estimated the damage from Storm Velm at $2 billion on Monday.\n",
            "Damage\n\nInsurers estimated the damage from Storm Velm at $3.5 billion on Monday.\n",
            {"a:$2 billion", "b:$3.5 billion"},
            id="two estimates of one sum, under twice apart, are one sum in conflict",
        ),
        pytest.param(
            "Survivors\n\nTwo people were pulled alive from the wreckage on Sunday, officials said.\n",
            "Rescue\n\nTwo flight attendants were pulled alive from the wreckage on Sunday, officials said.\n",
            {"a:Two people", "b:Two flight attendants"},
            id="flight attendants, crewmembers, justices and returnees are people",
        ),
    ],
)
def test_one_fact_told_by_two_outlets_is_one_cluster(tmp_path, first, second, cluster):
    assert cluster in _linked(tmp_path, first, second)


@pytest.mark.parametrize(
    "first, second, apart",
    [
        pytest.param(
            "Floods\n\nThe death toll from the floods in the northern province reached 1,234 on Sunday, officials said.\n",
            "Floods\n\nThe death toll from the floods in the northern province stood at 1,200 on Friday, officials said.\n",
            [{"a:1,234", "b:1,200"}],
            id="an exact count and a rounder one of another day",
        ),
        pytest.param(
            "Tanker\n\nThe crew of 23 included 15 Filipinos, four Indians and two Sri Lankans, the company said.\n",
            "Ship\n\nThe tanker's crew of 23 comprised 15 Filipinos, two Indians and four Sri Lankans, officials said.\n",
            [{"a:four Indians", "b:four Sri Lankans"}, {"a:two Sri Lankans", "b:two Indians"}],
            id="equal counts of two peoples",
        ),
        pytest.param(
            "Crash\n\nSome 200 ambulances and 50 buses were working at the accident site on Saturday.\n",
            "Derailed\n\nOfficials said 17 coaches were derailed and severely damaged in the crash on Saturday.\n",
            [{"a:50 buses", "b:17 coaches"}],
            id="a count of buses is none of people aboard",
        ),
        pytest.param(
            "Crash\n\nAmong the 179 victims were 84 women and 85 men, officials said on Monday.\n",
            "Victims\n\nOf the 179 killed, 84 men and 85 women were named by officials on Monday.\n",
            [{"a:84 women", "b:84 men"}, {"a:85 men", "b:85 women"}],
            id="equal counts of women and of men",
        ),
        pytest.param(
            "Plane crash\n\nThe Velm Air crash in Kesh on Sunday killed 181 people, officials said.\n",
            "Deadliest\n\nThe Velm Air crash in Kesh on Sunday surpassed the 1993 Ardent Airlines crash in Kesh that "
            "killed over 60 people, officials said.\n",
            [{"a:181 people", "b:60 people"}],
            id="a toll a relative clause gives a happening dated by its year",
        ),
        pytest.param(
            "Verdict\n\nIn court, five of the nine Supreme Court justices found the former leader guilty on Thursday.\n",
            "Guilty\n\nFour Supreme Court justices found the former leader guilty on Thursday, and one dissented.\n",
            [{"a:nine Supreme Court justices", "b:Four Supreme Court justices"}],
            id="the whole of a part is no count of what befell the part",
        ),
        pytest.param(
            "Crash\n\nAll 30 passengers were killed in the crash on Monday, officials said.\n",
            "Crash\n\nRescuers said 30 passengers were injured in the crash on Monday, officials said.\n",
            [{"a:30 passengers", "b:30 passengers"}],
            id="all of a group keeps what befell it",
        ),
        pytest.param(
            "Clinic\n\nAbout 60 doctors at the city clinic treated the injured on Monday, officials said.\n",
            "Toll\n\nOfficials said 60 people were injured on Monday.\n",
            [{"a:60 doctors", "b:60 people"}],
            id="a verb after a place ends the reading of a figure's role",
        ),
        pytest.param(
            "Verdict\n\nThe jury on Friday ordered Tom Hale to pay Ana Ruiz $16.2 million in damages for defamation.\n",
            "Damages\n\nThe jury on Friday ordered Tom Hale to pay Ana Ruiz $36 million in damages in all.\n",
            [{"a:$16.2 million", "b:$36 million"}],
            id="sums more than twice apart are two sums",
        ),
        pytest.param(
            "Velm crash\n\nTwo people died and 19 people were seriously injured in the crash on Monday.\n",
            "Crash in Velm\n\nTwo people died and 19 people were injured in the crash on Monday, police said.\n",
            [{"a:19 people", "b:19 people"}],
            id="the badly hurt are not all the injured",
        ),
        pytest.param(
            "Velm crash\n\nTwelve people were killed when a bus crashed on Monday. The victims included three children.\n",
            "Crash in Velm\n\nThree children were injured when a bus crashed on Monday, police said.\n",
            [{"a:three children", "b:Three children"}],
            id="the victims after a death toll are the dead",
        ),
        pytest.param(
            "UN vote\n\nThe 193-nation General Assembly voted on Thursday to demand a ceasefire in the war.\n",
            "Assembly votes\n\nIn all 143 countries voted in favour of the ceasefire demand on Thursday.\n",
            [{"a:193-nation", "b:143 countries"}],
            id="a standing body's members are not those who voted",
        ),
    ],
)
def test_two_counts_that_never_link(tmp_path, first, second, apart):
    clusters = _linked(tmp_path, first, second)
    assert not any(pair <= c for pair in apart for c in clusters)


def test_different_race_times_are_different_times(tmp_path):
    clusters = _linked(
        tmp_path,
        "Final\n\nKerley was third in the final in 9.81 seconds. Simbine was fourth in 9.82 seconds.\n",
        "Sprint final\n\nKerley took third in the final in 9.81sec, ahead of Simbine in 9.82sec and Reed in 9.80.\n",
    )
    assert {"a:9.81 seconds", "b:9.81sec"} in clusters and {"a:9.82 seconds", "b:9.82sec"} in clusters


def test_different_times_to_the_second_are_different_times(tmp_path):
    """Race reports give several runners' times: two times to the second that differ are two facts, however
    alike their sentences."""
    clusters = _linked(
        tmp_path,
        "Marathon\n\nThe women's race was won in 2:14:05 in cool weather on Sunday, a course record.\n",
        "City race\n\nThe second-placed runner in the women's race finished in 2:16:40 in cool weather on Sunday.\n",
    )
    assert not any({"a:2:14:05", "b:2:16:40"} <= c for c in clusters)


def test_the_same_distinctive_count_of_people_links_whatever_noun_counts_them(tmp_path):
    """ "24 prisoners" and "24 individuals" count one group of people, though their sentences share no word."""
    clusters = _linked(
        tmp_path,
        "Prisoner swap in Ankara\n\nThe prisoner swap in Ankara took place on Thursday. Officials counted 24 prisoners"
        " on the tarmac.\n",
        "Ankara prisoner swap\n\nBiden praised the Ankara prisoner swap on Thursday. Jails across the continent freed 24"
        " individuals.\n",
    )
    assert {"a:24 prisoners", "b:24 individuals"} in clusters


def test_a_count_told_for_two_different_days_is_two_counts(tmp_path):
    """A toll "on Sunday evening" and another "as of early Monday" are the count at two times, not one count
    told two ways; the toll is read past the commas of a place ("Kerr County, Texas, rose to 79")."""
    clusters = _linked(
        tmp_path,
        "Texas floods\n\nThe death toll from the floods in Kerr County, Texas, rose to 79 on Sunday evening, officials"
        " said.\n",
        "Kerr County floods\n\nAs of early Monday, the floods in Kerr County, Texas, had killed 82 people, officials"
        " said.\n",
    )
    assert not any({"a:79", "b:82 people"} <= c for c in clusters)


def test_a_fact_one_article_states_twice_is_one_fact_even_if_no_other_outlet_states_it(tmp_path):
    """ "14M ballots" in a headline and "14 million ballots" in the text are one fact stated twice: a cluster of
    one article, agreeing, as a fact two outlets state is."""
    analysis = _analysis(
        tmp_path,
        "Lai wins with 5.58M votes of 14M ballots\n\nLai received 5.58 million votes out of about 14 million ballots.\n",
        "Lai wins\n\nThe ruling party's candidate won the vote on Saturday, officials said.\n",
    )
    text = {c.id: c.text for c in analysis.candidates}
    ballots = [cl for cl in analysis.clusters if {"14M ballots", "14 million ballots"} <= {text[m] for m in cl.members}]
    assert len(ballots) == 1 and ballots[0].status == "agree" and ballots[0].articles == ["a"], analysis.clusters


@pytest.mark.parametrize(
    "texts, apart, together",
    [
        pytest.param(
            (
                "Voters reject change\n\nOverall, 67.69% of people voted no in the referendum on the family amendment,"
                " with 73.9% voting no on care.\n",
                "Referendum defeated\n\nSome 1,525,221 people voted in the referendum on the family amendment and"
                " turnout was 44.3%, with 74% voting no on care.\n",
            ),
            {"a:67.69%", "b:44.3%"},
            {"a:73.9%", "b:74%"},
            id="a referendum's No share and its turnout: two shares; 73.9 % rounded to 74 %: one",
        ),
        pytest.param(
            (
                "Aid for the valley\n\nThe government pledged $1.5 billion to rebuild the valley after the flood.\n",
                "Valley rebuild\n\nThe government pledged $5 billion to rebuild the valley after the flood.\n",
                "Flood aid\n\nThe government pledged $1.6bn to rebuild the valley after the flood.\n",
            ),
            {"a:$1.5 billion", "b:$5 billion"},
            {"a:$1.5 billion", "c:$1.6bn"},
            id="sums more than three times apart: two sums; $1.5 billion and $1.6bn: one sum differently reported",
        ),
    ],
)
def test_figures_too_far_apart_for_one_fact_misreported(tmp_path, texts, apart, together):
    """Shares of 10 % or more further apart than half again, and sums more than three times apart, are two facts
    however alike their sentences; closer ones may be one fact differently reported."""
    clusters = _linked(tmp_path, *texts)
    assert not any(apart <= c for c in clusters), clusters
    assert any(together <= c for c in clusters), clusters


def test_a_count_of_a_separate_incident_is_no_restating_of_the_storys(tmp_path):
    """ "In a separate incident, two soldiers were killed by a sniper" does not restate the story's "Two soldiers
    were killed when a roadside bomb hit their truck": two counts, however equal."""
    clusters = _linked(
        tmp_path,
        "Soldiers killed\n\nTwo soldiers were killed when a roadside bomb hit their truck near Kessar on Monday.\n\n"
        "In a separate incident in the capital, two soldiers were killed by a sniper.\n",
        "Bomb kills soldiers\n\nA roadside bomb killed two soldiers near Kessar on Monday, the army said.\n",
    )
    assert not any({"a:Two soldiers", "a:two soldiers"} <= c for c in clusters), clusters
    assert any({"a:Two soldiers", "b:two soldiers"} <= c for c in clusters), clusters


def test_a_term_in_prison_is_not_a_term_of_probation(tmp_path):
    """Two years in prison, two years of probation: one value of one noun, served as different things."""
    clusters = _linked(
        tmp_path,
        "Former mayor Tom Hale was sentenced on Tuesday to two years in federal prison, followed by two years of"
        " probation.",
        "Tom Hale was sentenced to two years in prison and two years of probation for taking bribes.",
        "Tom Hale will spend two years behind bars, the judge ruled on Tuesday.",
    )
    prison = next(c for c in clusters if "c:two years" in c)
    assert len(prison) == 3 and len(next(c for c in clusters if c != prison and "a:two years" in c)) == 2


def test_a_toll_counting_the_gunman_is_not_the_victims_toll(tmp_path):
    """ "Including the gunman, 13 people were dead" counts one more than the victims' 12: another count, not a
    conflict with it."""
    clusters = _linked(
        tmp_path,
        "A gunman killed 12 people at the city hall in Velm on Friday. Including the gunman, 13 people were dead by"
        " late Friday night.",
        "The gunman shot and killed 12 people at the Velm city hall before police killed him on Friday.",
        "Police said 13 people died, including the gunman, in the Friday attack at the Velm city hall.",
    )
    assert {"a:12 people", "b:12 people"} in clusters and {"a:13 people", "c:13 people"} in clusters


def test_seafarers_and_crew_members_killed_are_one_count(tmp_path):
    seafarers = "The missile strike on the bulk carrier killed three seafarers, the US military said on Thursday."
    crew = "The attack on the Velm Star killed three crew members, officials said on Thursday."
    assert {"a:three seafarers", "b:three crew members"} in _linked(tmp_path, seafarers, crew)


def test_two_outlets_speeds_of_the_winds_are_one_measure_told_differently(tmp_path):
    """ "winds of 200 kilometres an hour" and "winds of up to 220 km/h" measure one thing: a conflict, not two
    facts; "gusts of 240 km/h" measure another."""
    clusters = _linked(
        tmp_path,
        "The storm packed winds of 200 kilometres an hour when its eye came ashore near the coast on Saturday.",
        "The vast weather system generated winds of up to 220 km/h and forced huge waves inland before it struck.",
        "Gusts of 240 km/h were recorded at the port as the storm passed.",
    )
    winds = next(c for c in clusters if "a:200 kilometres an hour" in c)
    assert "b:220 km/h" in winds and "c:240 km/h" not in winds


def test_a_measure_told_with_a_generic_head_and_a_count_beside_a_perpetrators_kin_stay_one_fact(tmp_path):
    """ "winds of 120 km/h", "a wind speed of 120 km/h" and "speeds of up to 120 km/h" are one measure; "five
    people, including the gunman's brother" are the five others arrested."""
    winds = "The storm hit the coast with {} on Saturday, officials said."
    clusters = _linked(
        tmp_path,
        winds.format("winds of 120 km/h") + " Police arrested five people, including the gunman's brother.",
        winds.format("a wind speed of 120 km/h") + " Police arrested five people after the attack.",
        winds.format("speeds of up to 120 km/h"),
    )
    assert {"a:120 km/h", "b:120 km/h", "c:120 km/h"} in clusters and {"a:five people", "b:five people"} in clusters


def test_payrolls_that_increased_are_the_jobs_another_outlet_says_were_added(tmp_path):
    payrolls = "Unemployment fell to a 53-year low. Nonfarm payrolls increased 517,000 last month, the department said."
    jobs = "Employers added 517,000 jobs last month, the department said on Friday."
    assert {"a:517,000", "b:517,000 jobs"} in _linked(tmp_path, payrolls, jobs)


def test_people_who_died_on_board_are_not_a_count_of_those_on_board(tmp_path):
    """ "claimed the lives of three crew members on board" tells where they died: it is the toll, and it does not join
    the toll to another outlet's "three armed guards on board"; "three are in critical condition" count the injured."""
    clusters = _linked(
        tmp_path,
        "Ship hit\n\nA missile strike on the Velm claimed the lives of three crew members on board on Wednesday.\n",
        "Strike\n\nThe missile strike on Wednesday killed three seafarers on the Velm, officials said.\n",
        "Velm\n\nThe Velm had 20 crew and three armed guards on board when the missile struck on Wednesday.\n",
        "Crew\n\nThe strike on the Velm injured four sailors, of which three are in critical condition, on Wednesday.\n",
    )
    toll = next(c for c in clusters if "b:three seafarers" in c)
    assert "a:three crew members" in toll
    assert "c:three armed guards" not in toll and "d:three" not in toll


def test_a_height_is_no_distance_however_equal_in_metres(tmp_path):
    """An ash column "3,000 meters high" and an exclusion zone "within 3 km of the peak" are two lengths that convert
    alike; a chain through a mention that says neither ("3km") does not join them."""
    clusters = _linked(
        tmp_path,
        "Volcano\n\nThe volcano spewed a column of ash nearly 3,000 meters high on Sunday, officials said.\n",
        "Eruption\n\nResidents were told to stay out of a zone within 3 kilometers of the peak on Sunday.\n",
        "Velm\n\nAsh rose 3,000 metres into the air on Sunday as the volcano erupted, officials said.\n",
        "Marapi\n\nOn Sunday the volcano erupted, and officials cited 3km in their warning to climbers.\n",
    )
    assert any({"a:3,000 meters", "c:3,000 metres"} <= c for c in clusters), clusters
    assert not any({"a:3,000 meters", "b:3 kilometers"} <= c for c in clusters), clusters


@pytest.mark.parametrize(
    "sentence, length, extent",
    [
        ("Six climbers died on the 2,900-metre (about 9,500 ft) Mount Velm.", "9,500 ft", "height"),
        ("Villagers must stay within 3 kilometers (1.8 miles) of the peak.", "1.8 miles", "distance"),
        ("The ash rose 3,000 meters (9,800 ft) high.", "9,800 ft", "height"),
        ("Its 12 km (7.5 miles) road was shut.", "7.5 miles", None),
    ],
)
def test_a_length_converted_in_brackets_has_the_extent_of_the_length_it_converts(sentence, length, extent):
    """A conversion in brackets right after a length is as high or as far as that length: its words say so."""
    article = Article("a", "a.txt", "", "", sentence)
    found = [c for c in find_numbers(article, SentenceIndex(sentence)) if c.text == length]
    assert [_extent(c, sentence) for c in found] == [extent]


@pytest.mark.parametrize(
    ("vague", "other", "status"),
    [
        ("Dozens of people", "79 people", "agree"),
        ("Dozens of people", "at least 20 people", "agree"),  # what each admits meets
        ("Dozens of people", "scores of people", "agree"),
        ("Hundreds of people", "79 people", "conflict"),
    ],
)
def test_a_vague_count_agrees_with_a_figure_its_bounds_admit(tmp_path, vague, other, status):
    """ "Dozens of people were injured" does not contradict "79 people were injured"; "hundreds" does."""
    analysis = _analysis(
        tmp_path,
        f"Tower fire\n\nOfficials said {other} were injured in the fire.\n",
        f"Blaze\n\nFirefighters fought the blaze through the night.\n\nOfficials said {other} were injured.\n",
        f"Fire\n\n{vague} were injured in the fire, officials said.\n",
    )
    by_id = {c.id: c for c in analysis.candidates}
    [cluster] = [cl for cl in analysis.clusters if any(by_id[m].text == vague for m in cl.members)]
    assert len(cluster.members) == 3 and cluster.status == status


@pytest.mark.parametrize(
    "sentence, trend",
    [
        ("The union demanded pay raises of 40% over three years.", {"up"}),
        ("Its stock has lost nearly 38% of its value this year.", {"down"}),
        ("Wages were hiked 12% in May.", {"up"}),
        ("A share of 40% went to the state.", set()),
    ],
)
def test_a_percentage_changes_direction_is_the_verb_or_noun_beside_it(sentence, trend):
    """ "raises of 40%" goes up, "lost nearly 38%" down: two changes of opposite ways are no one fact."""
    article = Article("a", "a.txt", "", "", sentence)
    [found] = [c for c in find_numbers(article, SentenceIndex(sentence)) if c.kind == "percent"]
    assert _trend(found, sentence) == trend


@pytest.mark.parametrize(
    "share",
    [
        "17 people were killed in clashes in Velm, while two others died in Ostra, police said.",
        "In Velm alone, 17 people died, with two deaths in the town of Ostra.",
        "Officials said 17 people died at Velm General Hospital and two others at the Ostra clinic.",
    ],
)
def test_one_places_share_of_a_toll_is_no_count_of_the_toll(tmp_path, share):
    """A toll broken down by place ("in Velm alone", "while two others died in Ostra", "17 at X and two others at Y":
    the later share's verb left out): the share is a part, and another outlet's toll of 17 joins the toll, not the
    share (so the tolls 19 and 17 are one conflicting fact)."""
    clusters = _linked(
        tmp_path,
        f"Protests\n\nAt least 19 people were killed in the protests on Monday. {share}\n",
        "Toll\n\nA police spokesman told reporters on Monday that 17 people had died in the protests.\n",
    )
    assert not any({"a:17 people", "b:17 people"} <= c for c in clusters), clusters
    assert any({"a:19 people", "b:17 people"} <= c for c in clusters), clusters


@pytest.mark.parametrize(
    ("sentence", "shares"),
    [
        ("Officials said 12 people were treated at Velm General Hospital and 10 others at the Ostra burn unit.",
         {"12 people", "10 others"}),
        ("Some 12 of the injured are in care at the Velm burn unit and two at Ostra General Hospital.", {"12", "two"}),
        ("At least 44 people were killed and 22 others critically injured in a fire in Velm.", set()),
        ("Police arrested 12 people at the Velm rally and said 10 were released.", set()),
    ],
)  # fmt: skip
def test_one_places_share_with_its_verb_left_out_is_a_part(sentence, shares):
    """ "12 at Velm General Hospital and 10 others at the Ostra burn unit": a breakdown by place whose later share
    leaves out its verb; each share is a part of a whole (never linked to another outlet's count of the whole), a
    second fate told with its own words is not."""
    article = Article("a", "a.txt", "", "", sentence)
    found = [c for c in find_numbers(article, SentenceIndex(sentence)) if c.kind == "quantity"]
    assert {c.text for c in found if _share_by_place(c, sentence)} == shares


def test_a_toll_and_its_update_in_one_article_are_one_fact_with_the_other_outlets_tolls(tmp_path):
    """ "killing 11 people" and "as of the morning …, the death toll had reached 9 people": one article's toll told
    at two times, one fact with the other outlets' tolls (a conflict), not two rows of one toll."""
    clusters = _linked(
        tmp_path,
        "Death toll in Velm rises to 11 after missile strike\n\nOn Tuesday, June 27, forces launched two missiles on"
        " Velm, hitting a cafe in the city center and killing 11 people.\n\nA prosecutor said that as of the morning"
        " of June 28, the death toll had reached 9 people.\n",
        "Strike on Velm cafe\n\nA missile strike on a cafe in Velm on Tuesday killed at least 10 people, officials"
        " said.\n",
        "Velm cafe hit\n\nA missile hit a cafe in Velm on Tuesday, killing nine people, the governor said.\n",
    )
    assert any({"a:11 people", "a:9 people", "b:10 people", "c:nine people"} <= c for c in clusters), clusters


def test_a_revised_toll_and_the_toll_it_replaced_are_one_fact_with_the_other_outlets_tolls(tmp_path):
    """ "revised the death toll … to 275 from 288" and the quoted "the final toll has been fixed at 275": one toll at
    two times, one conflict with the other outlets' "more than 280 people" (not a cluster of 275s apart)."""
    clusters = _linked(
        tmp_path,
        "Velm revises toll\n\nThe Velm government on Sunday revised the death toll in the train crash on Friday to 275"
        ' from 288, and put the number of injured at 1,175.\n\n"The final toll has been fixed at 275," an official'
        " said.\n",
        "Train crash in Velm\n\nThe train crash in Velm on Friday killed more than 280 people, officials said on"
        " Saturday.\n",
    )
    assert any({"a:275", "a:288", "b:280 people"} <= c for c in clusters), clusters


def test_a_headlines_toll_and_the_bodys_later_toll_are_one_fact_with_the_other_outlets_tolls(tmp_path):
    """ "Quake kills more than 600 people" over a body saying "has killed at least 820 people": the article's toll at
    two times (its headline's is older), one conflict with the other outlets' tolls, not two clusters."""
    clusters = _linked(
        tmp_path,
        "Leaders offer help as quake kills more than 600 people\n\nThe quake in Velm has killed at least 820 people,"
        " officials said on Saturday.\n",
        "Quake kills 2,012\n\nThe quake in Velm killed at least 2,012 people, officials said on Sunday.\n",
        "Velm quake toll\n\nThe quake in Velm killed 1,305 people, officials said on Saturday.\n",
    )
    assert any({"a:600 people", "a:820 people", "b:2,012 people", "c:1,305 people"} <= c for c in clusters), clusters


def test_a_role_word_past_another_figure_is_that_figures(tmp_path):
    """ "including 175 passengers and six crew members -- 176 had been confirmed dead": the dead are the 176, not the six
    crew, who stay one count with another outlet's six crew, apart from "the final missing two people … presumed
    dead"."""
    clusters = _linked(
        tmp_path,
        "Plane crash\n\nOf the 181 people on board -- including 175 passengers and six crew members -- 176 had been"
        " confirmed dead by evening.\n",
        "Jet crashes\n\nThe plane was carrying 175 passengers and six crew members from Velm, officials said.\n",
        "Crash toll\n\nTwo crew members were rescued, and officials said the final missing two people were presumed"
        " dead.\n",
    )
    assert any({"a:six crew members", "b:six crew members"} <= c for c in clusters), clusters
    assert not any({"a:six crew members", "c:two people"} <= c for c in clusters), clusters


@pytest.mark.parametrize(
    "headline, body, toll",
    [
        ("Will the Velm flood toll top 100?", "The Velm floods have killed 85 people, officials said on Monday.", 85),
        ("Ten years after flood that killed 312, Velm braces again", "The storm in Velm killed 85 people on Monday.", 85),
        ("Mother of three killed in Velm crash", "The crash in Velm killed 4 people on Monday, police said.", 4),
        ("Storm hits Velm", "Residents of Orsk mourn the 48 people killed in a flood there in 2019\n\nThe storm in Velm"
         " killed 85 people on Monday, police said.", 85),
    ],
)  # fmt: skip
def test_a_count_in_a_question_a_past_event_or_a_line_other_than_the_headline_is_no_earlier_toll(
    tmp_path, headline, body, toll
):
    """Only an article's headline gives an earlier toll of its story, and not a question's figure, a past event's toll or
    the count of someone's children."""
    clusters = _linked(
        tmp_path,
        f"{headline}\n\n{body}\n",
        f"Velm toll\n\nThe disaster in Velm killed {toll} people on Monday, officials said.\n",
    )
    assert any({f"a:{toll} people", f"b:{toll} people"} <= c and len(c) == 2 for c in clusters), clusters


def test_a_road_tolls_change_is_no_update_of_a_death_toll(tmp_path):
    """ "cut the toll on the bridge to 3 from 5": a fare's change, not a death toll's update joining a crash's four
    dead (and another outlet's five) as one conflict."""
    clusters = _linked(
        tmp_path,
        "Bridge crash kills 4\n\nA lorry crash on the Velm bridge killed 4 people on Monday, police said.\n\n"
        "Separately, the city cut the toll on the bridge to 3 from 5 for cars.\n",
        "Velm bridge crash\n\nFour people died in a crash on the Velm bridge.\n",
        "Bridge crash toll rises\n\nThe crash on the Velm bridge killed 5 people, police said on Tuesday.\n",
    )
    assert not any("a:5" in c and "a:4 people" in c for c in clusters), clusters


def test_the_dead_identified_or_handed_over_are_counted_apart_from_the_toll(tmp_path):
    """ "the bodies of 39 people have been identified" and "41 victims have been identified" are one count (a
    conflict) of the identified, not of the dead; "Of them, 31 bodies have been handed over" is some of them, no
    count of "26 women among the dead"; nor are "the identities of six bodies remain unknown" the three children."""
    clusters = _linked(
        tmp_path,
        "Mall fire\n\nA fire at a mall in Velm killed 46 people on Thursday. Till now, the bodies of 39 people have been"
        " identified. Of them, at least 31 bodies have been handed over to families without an autopsy.\n",
        "Velm fire\n\nAt least 44 people were killed in the fire at the Velm mall on Thursday. As of now, 41 victims have"
        " been identified, officials said. However, the identities of six bodies remain unknown.\n",
        "Fire kills 45\n\nA fire at the Velm mall on Thursday killed at least 45 people. At least 26 women and three"
        " children were among the dead, hospital sources said.\n",
    )
    assert {"a:39 people", "b:41 victims"} in clusters, clusters
    assert not any("a:31 bodies" in c or "b:six bodies" in c for c in clusters), clusters


def test_a_toll_since_a_season_began_is_no_update_of_the_storys_toll(tmp_path):
    """ "Since the monsoon arrived, the death toll from rain-related disasters has risen to 52": the season's toll, not
    an update of the story's 43 (which another outlet gives as 45)."""
    clusters = _linked(
        tmp_path,
        "Landslides kill 43\n\nLandslides triggered by heavy rain killed 43 people in western Velm on Sunday, police"
        " said.\n\nSince the monsoon arrived, the death toll from rain-related disasters has risen to 52, the disaster"
        " agency said.\n",
        "Landslides leave 45 dead\n\nAt least 45 people died when landslides buried homes in western Velm on Sunday,"
        " officials said.\n",
    )
    assert not any({"a:43 people", "a:52"} <= c for c in clusters), clusters


def test_a_toll_of_a_happening_a_year_before_is_no_count_of_todays(tmp_path):
    """ "exactly a year after an attack on a shopping centre there that killed at least 20 people": a past toll, not
    another outlet's count of today's dead."""
    clusters = _linked(
        tmp_path,
        "Arrest in Velm\n\nPolice have arrested a man accused of directing the missiles that hit a restaurant in Velm,"
        " killing at least 12 people and wounding more than 60, the president said.\n",
        "Velm strike\n\nA missile also hit a cluster of buildings in Ostra, exactly a year after an attack on a shopping"
        " centre there that killed at least 20 people. No casualties were reported.\n",
    )
    assert not any("b:20 people" in c for c in clusters), clusters


def test_a_count_keeps_its_fate_past_an_aside_of_who_they_were(tmp_path):
    """ "more than 150 people, mostly young adults, died": the dead (the verb past the aside between commas), never
    another outlet's "150 people were injured"."""
    clusters = _linked(
        tmp_path,
        "Crush in Velm\n\nVelm was in mourning on Monday after more than 150 people, mostly young adults, died when a"
        " huge party crowd surged into a narrow alley.\n",
        "Velm crush\n\nAt least 151 people died in the crush in Velm on Saturday. Officials initially said 150 people"
        " were injured as of late Saturday.\n",
    )
    assert not any({"a:150 people", "b:150 people"} <= c for c in clusters), clusters


def test_bodies_recovered_that_are_not_yet_identified_are_the_toll(tmp_path):
    """ "recovered 14 bodies that have not yet been identified": a relative clause on the bodies recovered, still the
    toll another outlet gives as 12 (a conflict), not a count of the identified."""
    clusters = _linked(
        tmp_path,
        "Boat sinks\n\nThe coast guard said on Saturday it had recovered 14 bodies that have not yet been identified"
        " after a migrant boat capsized off Velm.\n",
        "Shipwreck off Velm\n\nAt least 12 people died when a boat carrying migrants capsized off Velm, the coast guard"
        " said on Saturday.\n",
    )
    assert {"a:14 bodies", "b:12 people"} in clusters, clusters


@pytest.mark.parametrize(
    ("first", "second", "pair"),
    [
        (  # a territory's toll before another's: the toll outlets give for it, not a facility's share
            "Israeli strikes killed 40 people in Velm on Tuesday and 3 in the Ostra Bank, health officials said.",
            "Israeli air strikes killed 38 people in Velm on Tuesday, the health ministry said.",
            {"a:40 people", "b:38 people"},
        ),
        (  # "with 5 in X alone" is a share of the whole before it, which stays the whole
            "Hurricane Milo killed 12 people in Velmland, with 5 in Ostra County alone, officials said on Thursday.",
            "At least 11 people died across Velmland after Hurricane Milo tore through it, officials said on Thursday.",
            {"a:12 people", "b:11 people"},
        ),
        (  # "Among them were 12 children, and 32 …": only the count right after the opener is some of them
            "A landslide buried a village on Saturday, killing 40 people. Among them were 12 children, and 32 people"
            " are still missing, the disaster agency said.",
            "Forty people died when a landslide hit a village on Saturday. Rescuers were searching for 30 people who"
            " remain missing, officials said.",
            {"a:32 people", "b:30 people"},
        ),
        (  # "Of the 300 passengers, mostly tourists, 12 died": the 300 are the whole, not the dead past the aside
            "A ferry sank off Velm on Sunday. Of the 300 passengers, mostly tourists, 12 died and 25 are missing, the"
            " search agency said.",
            "Twelve people were killed when a ferry carrying 310 passengers sank off Velm on Sunday, officials said.",
            {"a:300 passengers", "b:310 passengers"},
        ),
        (  # "Two years after the army took power, an earthquake that killed …": the story's own quake
            "Two years after the army took power, an earthquake that killed at least 2,000 people has left western Velm"
            " without aid.",
            "An earthquake in western Velm killed at least 2,400 people on Saturday, the government said.",
            {"a:2,000 people", "b:2,400 people"},
        ),
        (  # a key rate is a policy rate, whatever inflation its sentence names
            "The Velm central bank said on Wednesday that with inflation back near target it had cut its key rate to"
            " 3.75%.",
            "The Velm central bank lowered its overnight lending rate to 3.75% on Wednesday, a half-point cut.",
            {"a:3.75%", "b:3.75%"},
        ),
        (  # "killed by unidentified gunmen": the gunmen are unidentified, the 12 the toll
            "Twelve people were killed by unidentified gunmen in a village in Velm on Sunday, police said.",
            "Gunmen killed 12 people in a village in Velm on Sunday, officials said.",
            {"a:Twelve people", "b:12 people"},
        ),
        (  # passenger buses are buses
            "Two passenger buses plunged into the river in Velm on Friday, police said.",
            "Two buses plunged into the river in Velm on Friday, police said.",
            {"a:Two passenger buses", "b:Two buses"},
        ),
        (  # a share price is no inflation
            "After Velmco cut its sales growth outlook for the year, its shares tumbled 20% on Friday.",
            "Velmco's share price tumbled 20% on Friday, its worst day on record.",
            {"a:20%", "b:20%"},
        ),
        (
            "The ministry sent 12 ambulances to the quake zone in Velm on Sunday.",
            "On Sunday the government dispatched 12 ambulance cars to Velm after the quake.",
            {"a:12 ambulances", "b:12 ambulance cars"},
        ),
        (
            "Regulators in Velm fined 14 companies on Monday for fixing prices.",
            "Fourteen firms were fined by Velm regulators on Monday for fixing prices.",
            {"a:14 companies", "b:Fourteen firms"},
        ),
        (
            "Seven carriages of the train left the rails near Velm on Friday.",
            "The train's seven coaches derailed near Velm on Friday.",
            {"a:Seven carriages", "b:seven coaches"},
        ),
        (
            "Missiles hit 14 sites across Velm overnight, the army said on Monday.",
            "The army said on Monday that missiles struck 14 locations across Velm overnight.",
            {"a:14 sites", "b:14 locations"},
        ),
        (
            "The fire spread to eight blocks of the Velm housing estate on Wednesday.",
            "The blaze engulfed eight towers of the Velm housing estate on Wednesday.",
            {"a:eight blocks", "b:eight towers"},
        ),
        (
            "Twelve jurors found the former mayor of Velm guilty on Thursday.",
            "A jury of 12 people found the former Velm mayor guilty on Thursday.",
            {"a:Twelve jurors", "b:12 people"},
        ),
    ],
)
def test_one_count_told_two_ways_joins_another_outlets(tmp_path, first, second, pair):
    """The readings of parts (a breakdown by place, "Of them,", an aside) leave a whole or a fresh count a whole; a
    toll's own span, its own happening and a rate's or a share price's measure leave its links; synonyms of a noun
    (ambulances and ambulance cars, companies and firms, carriages and coaches, sites and locations, blocks of flats
    and towers, jurors and people) count one thing."""
    assert any(pair <= c for c in _linked(tmp_path, f"One\n\n{first}\n", f"Two\n\n{second}\n"))


_CHANNEL = "Three\n\nEight migrants died when their boat capsized off the French coast on Tuesday.\n"
_PRICES = "Prices\n\nInflation in Velm slowed to 2.6% in May, the bank said on Thursday.\n"


@pytest.mark.parametrize(
    ("first", "second", "pair", "third"),
    [
        (  # floors gutted are no floors tall
            "A fire tore through a seven-storey building on Velm Road on Thursday night, killing 46 people.",
            "At least 44 people died in the fire on Velm Road on Thursday. The blaze gutted six floors of the building.",
            {"a:seven-storey", "b:six floors"},
            _CHANNEL,
        ),
        (  # the year's toll is no update of the story's
            "A small boat capsized off the French coast on Tuesday, killing 8 people, officials said.\n\nThe death toll"
            " in the Channel this year has risen to 10, the coastguard said.",
            "Tuesday's sinking means 10 people have died trying to cross the Channel since January, charities said.",
            {"a:8 people", "b:10 people"},
            _CHANNEL,
        ),
        (  # ambulances are no trucks
            "Twenty ambulances carrying wounded people crossed into Ostra on Sunday, officials said.",
            "Twenty trucks carrying fuel and medicine crossed into Velm on Sunday, officials said.",
            {"a:Twenty ambulances", "b:Twenty trucks"},
            _CHANNEL,
        ),
        (  # a sentence opening "In July 2021," dates its toll in that year
            "A fire at a mall in Velm on Thursday killed at least 45 people, officials said.",
            "In July 2021, many children were among 54 people killed at a factory in Velm, officials said.",
            {"a:45 people", "b:54 people"},
            _CHANNEL,
        ),
        (  # a passenger train's carriages are no freight train's wagons
            "The first four carriages of the passenger train derailed near Velm on Friday, officials said.",
            "Seven wagons of the freight train derailed near Velm on Friday, officials said.",
            {"a:four carriages", "b:Seven wagons"},
            _CHANNEL,
        ),
        (  # three power stations are some of ten energy facilities, no other count of them
            "Missiles hit 10 energy facilities across Velm overnight, the grid operator said on Monday.",
            "Three power stations were hit across Velm overnight, the grid operator said on Monday.",
            {"a:10 energy facilities", "b:Three power stations"},
            _CHANNEL,
        ),
        (  # a relative clause after a comma tells a past happening too
            "Rescuers reached the mine on Monday, two years after a blast at a nearby pit, which killed 40 miners.",
            "Forty-one miners were killed in the blast at the mine on Monday, officials said.",
            {"a:40 miners", "b:Forty-one miners"},
            _CHANNEL,
        ),
        (  # "monetary policy" names no policy rate: the inflation beside it is inflation
            "The Velm central bank kept its deposit rate unchanged at 2% on Thursday.",
            "The Velm central bank left monetary policy unchanged on Thursday, with inflation at 2%.",
            {"a:2%", "b:2%"},
            _CHANNEL,
        ),
        (  # consumer prices are inflation, wages wages
            "Consumer prices in Velm rose 3.5% in the year to March, officials said.",
            "Average hourly wages in Velm rose 4.1% in the year to March, officials said.",
            {"a:3.5%", "b:4.1%"},
            _CHANNEL,
        ),
        (  # pay is wages, not the unemployment rate
            "Regular pay in Velm rose 4.8% in the three months to June, officials said.",
            "The unemployment rate in Velm rose to 4.7% in the three months to June, officials said.",
            {"a:4.8%", "b:4.7%"},
            _CHANNEL,
        ),
        (  # the dead past an aside between dashes are no count of the injured
            "More than 150 people — mostly young adults — died when a crowd surged in an alley in Velm on Saturday.",
            "Officials initially said 150 people were injured as of late Saturday in Velm.",
            {"a:150 people", "b:150 people"},
            _CHANNEL,
        ),
        (  # inflation is no growth, however alike the sentences
            "The Velm central bank on Thursday raised its inflation forecast for this year to 2.5%, officials said.",
            "The Velm central bank on Thursday lifted its growth forecast for this year to 0.9%, officials said.",
            {"a:2.5%", "b:0.9%"},
            _PRICES,
        ),
        (  # a change in points is no level in percent
            "Inflation in Velm slowed to 2.6% in May, the bank said on Thursday.",
            "Since September, inflation in Velm has fallen by more than 2.4 percentage points, the bank said on Thursday.",
            {"a:2.6%", "b:2.4 percentage points"},
            _PRICES,
        ),
    ],
)
def test_a_count_of_another_thing_span_or_measure_stays_apart(tmp_path, first, second, pair, third):
    """ "six floors" gutted joins no "seven-storey" building; a toll "this year" is no update of the story's; "its
    inflation forecast … 2.5%" and "its growth forecast … 0.9%", "slowed to 2.6%" and "fallen by 2.4 percentage
    points" are two facts each."""
    assert not any(pair <= c for c in _linked(tmp_path, f"One\n\n{first}\n", f"Two\n\n{second}\n", third))


def test_one_end_of_one_change_told_two_ways_is_one_figure(tmp_path):
    """ "lowered to 3.75 percent from 4 percent" and "down to 3.75% from an all-time high of 4%": the start of one
    change, one figure however differently the rest of the sentence runs."""
    clusters = _linked(
        tmp_path,
        "Rate cut\n\nThe Velm central bank cut interest rates on Thursday. Its deposit rate was lowered to 3.75 percent"
        " from 4 percent, the highest in the bank's 26-year history.\n",
        "Bank cuts\n\nThe Velm central bank cut its key rate on Thursday. The move takes the rate down to 3.75% from an"
        " all-time high of 4%, where it had stood since September.\n",
        "Velm rates\n\nThe Velm central bank cut rates on Thursday for the first time since 2019, with the bank's rate"
        " now at 3.75%.\n",
        "Markets\n\nMarkets expect the Velm central bank to cut rates again in September.\n",
    )
    assert {"a:4 percent", "b:4%"} in clusters, clusters


@pytest.mark.parametrize(
    ("unit", "specific"),
    [("justice", True), ("side booster", True), ("police officer", True), ("person", False), ("other", False),
     ("crew member", False), ("kilometre", False), (None, False)],
)  # fmt: skip
def test_a_small_count_of_a_specific_noun_is_distinctive_enough_to_link(unit, specific):
    """ "four justices" in two outlets are one count however differently their sentences run (a specific noun, as a
    large or fractional value is a distinctive one); "four people", "four others" or "four kilometres" are not."""
    assert _specific_noun(unit) is specific


@pytest.mark.parametrize(
    ("sentence", "holders"),
    [
        ("Ana Ruiz received 55.69% of the votes and Tom Hale received 44.30%.", [{"ruiz"}, {"hale"}]),
        ("Ana Ruiz and her running mate Bo Li won 58% and Tom Hale took 25%.", [{"ruiz", "li"}, {"hale"}]),
        (
            "Ana Ruiz, beating Tom Hale with 55.7%, thanked voters, while Bo Li, who won 23.8%, conceded.",
            [set(), set()],
        ),
        ("Ana Ruiz received 55.69% of the votes, with 99% of ballots counted.", [set(), set()]),  # one share told
    ],
)
def test_a_share_is_whose_its_sentence_says_when_it_gives_two_people_theirs(sentence, holders):
    """ "Ruiz received 55.69% … and Hale received 44.30%": two people's shares (by surname, as outlets spell names
    differently), never one fact across outlets; never the share of one beaten ("beating Hale with 55.7%")."""
    article = Article("a", "a.txt", "", "", sentence)
    shares = [c for c in find_numbers(article, SentenceIndex(sentence)) if c.kind == "percent"]
    people = {"a": [(m.start(), m.end(), m.group()) for m in re.finditer(r"Ana Ruiz|Tom Hale|Bo Li", sentence)]}
    assert [set(share_holder(c, sentence, people)) for c in shares] == holders


def test_a_true_toll_beyond_the_official_one_is_another_figure(tmp_path):
    """ "the true figure is likely closer to 20 million" is no count of the recorded deaths (6.9 million, "almost 7
    million"), though both count the dead of one disease."""
    clusters = _linked(
        tmp_path,
        "Pandemic\n\nThe agency said 6.9 million deaths had been recorded since the virus emerged.\n",
        "Emergency over\n\nSome 6.9 million deaths have been recorded worldwide since 2020, the agency said.\n",
        "Toll\n\nThe agency chief said the true death toll was likely closer to 20 million deaths worldwide.\n",
    )
    recorded = next(c for c in clusters if "b:6.9 million deaths" in c)
    assert "a:6.9 million deaths" in recorded and "c:20 million deaths" not in recorded, clusters


def test_a_true_toll_told_again_in_its_article_is_still_the_true_toll(tmp_path):
    """An article that tells "at least 20 million" as the toll beyond the official one means the same by its other
    "At least 20 million people have died": never another outlet's recorded 6.9 million."""
    clusters = _linked(
        tmp_path,
        "Emergency over\n\nAt least 20 million people have died from the virus since 2020, the agency chief said.\n\n"
        '"Almost 7 million deaths have been reported, but we know the toll is several times higher - at least 20 '
        'million," he said.\n',
        "Pandemic\n\nThe virus has killed more than 6.9 million people since 2020, the agency said on Friday.\n",
        "Virus\n\nNearly seven million people have died from the virus since 2020, the agency said on Friday.\n",
    )
    assert not any("a:20 million people" in c and "b:6.9 million people" in c for c in clusters), clusters
    assert any({"b:6.9 million people", "c:seven million people"} <= c for c in clusters), clusters


def test_foreigners_are_people_and_a_part_of_the_injured_is_no_count_of_them(tmp_path):
    """ "19 foreigners" and "19 foreign nationals" count one group; "19 of those injured" (after "19 foreigners")
    counts people, a part of the injured, and joins neither them nor another outlet's count of 19 by its figure."""
    clusters = _linked(
        tmp_path,
        "Crush in Velm\n\nThe dead included 19 foreigners, the mayor said on Sunday. The toll could rise further as "
        "19 of those injured were in critical condition.\n",
        "Velm crush\n\nAmong the 150 people who died in the crush on Sunday were 19 foreign nationals, officials said.\n",
        "Crush at Velm\n\nThe fire chief said on Sunday that 82 people were injured, 19 of them seriously.\n",
    )
    assert any({"a:19 foreigners", "b:19 foreign nationals"} <= c for c in clusters)
    assert not any(c & {"a:19", "c:19"} and c & {"a:19 foreigners", "b:19 foreign nationals"} for c in clusters)


def test_some_of_the_injured_are_not_another_count_of_all_of_them(tmp_path):
    """ "19 of them seriously", "19 of those injured", "19 people were in critical condition" count the badly hurt: one
    fact, never a conflicting count of all the injured (82, 40); "82 buildings damaged, 19 of them severely" counts
    buildings."""
    clusters = _linked(
        tmp_path,
        "Velm crash\n\nAnother 82 people were injured, 19 of them seriously, the fire service said on Sunday.\n",
        "Crash in Velm\n\nThe fire service said on Sunday that 19 of those injured were in critical condition.\n",
        "Velm bus crash\n\nPolice said 40 were injured on Sunday. Doctors said 19 people were in critical condition.\n",
        "Velm struck\n\nMissiles damaged 82 buildings in Velm on Sunday, 19 of them severely, the governor said.\n",
    )
    assert any({"a:19", "b:19", "c:19 people"} <= c for c in clusters)
    assert not any(c & {"a:19", "b:19", "c:19 people"} and c & {"a:82 people", "c:40"} for c in clusters)
    assert not any("d:19" in c and "a:19" in c for c in clusters)


def test_a_count_of_all_the_injured_is_not_some_of_them(tmp_path):
    """ "Nineteen people were injured" (all of them) and "19 of those injured were taken to hospital" (some of 31) are
    two facts; "19 of them seriously" and "24 of them seriously" one in conflict; "four police officers" among the
    victims are not the dead."""
    clusters = _linked(
        tmp_path,
        "Velm blast\n\nNineteen people were injured in the blast on Monday, police said. Another 82 people were hurt, "
        "19 of them seriously.\n",
        "Blast in Velm\n\nAt least 31 people were injured on Monday. Nineteen of those injured were taken to hospital. "
        "Among the victims were four police officers, who were treated for gunshot wounds.\n",
        "Velm attack\n\nOne police officer was killed in the attack on Monday, police said.\n",
        "Attack in Velm\n\nPolice said on Monday that 82 were hurt in the blast, 24 of them seriously.\n",
    )
    assert any({"a:Nineteen people", "b:31 people"} <= c for c in clusters), clusters
    assert not any({"a:Nineteen people", "b:Nineteen"} <= c for c in clusters), clusters
    assert any({"a:19", "d:24"} <= c for c in clusters), clusters
    assert not any("b:four police officers" in c and "c:One police officer" in c for c in clusters), clusters


@pytest.mark.parametrize(
    "first, second, pair",
    [
        pytest.param(
            "Velm floods\n\nAt least 40 people were killed in the floods on Monday. Aid groups fear the real toll is"
            " far higher than 40 deaths.\n",
            "Floods in Velm\n\nThe floods killed 40 people on Monday, officials said.\n",
            {"a:40 people", "b:40 people"},
            id="'the real toll is far higher than 40 deaths': 40 is the counted toll, one fact with another's 40 dead",
        ),
        pytest.param(
            "Tower fire\n\nVelm Court, an affordable housing complex completed in 1983, houses around 4,000 residents"
            " in 1,984 units.\n",
            "Blaze in Velm\n\nThe estate housing 4,600 residents had been wrapped in scaffolding for the renovations.\n",
            {"a:4,000 residents", "b:4,600 residents"},
            id="'a complex completed in 1983 houses 4,000 residents': 1983 dates the building, not the count",
        ),
        pytest.param(
            "Pile-up\n\nNine people on Route 66 were killed in the pile-up on Monday.\n",
            "Pile-up on Route 66\n\nThe pile-up on Monday killed 7 people and injured 9, police said.\n",
            {"a:Nine people", "b:7 people"},
            id="'Nine people on Route 66 were killed': a name's number is no other figure, the nine were killed",
        ),
    ],
)
def test_two_outlets_counts_of_one_thing_link(tmp_path, first, second, pair):
    """A toll a true one is said to exceed is the official one; the year what holds a count was built dates no count:
    either figure is one fact (or one conflict) with another outlet's."""
    clusters = _linked(tmp_path, first, second)
    assert any(pair <= c for c in clusters), clusters


def test_a_coalitions_size_is_a_count_of_those_who_joined(tmp_path):
    clusters = _linked(
        tmp_path,
        "Coalition grows\n\nA 10-nation coalition will patrol the sea, officials said on Monday.\n",
        "Patrols\n\nIn all 20 countries had joined the coalition to patrol the sea by Monday, officials said.\n",
    )
    assert any({"a:10-nation", "b:20 countries"} <= c for c in clusters), clusters


def test_countries_and_nations_count_one_thing(tmp_path):
    clusters = _linked(
        tmp_path,
        "Velm bank cuts rates\n\nThe bank cut its rates on Thursday for the 20 countries that use the velm.\n",
        "Rates cut\n\nThe bank cut rates for the 20-nation velm zone on Thursday, its first cut since 2019.\n",
    )
    assert any({"a:20 countries", "b:20-nation"} <= c for c in clusters)


def test_a_time_told_again_in_another_unit_in_its_sentence_is_one_figure(tmp_path):
    """ "135 months — or more than 11 years —" is one sentence told in two units: both join the other outlets'
    "11.25 years" and "more than 11 years"."""
    clusters = _linked(
        tmp_path,
        "Founder jailed\n\nAnn Lee was sentenced on Friday to 135 months — or more than 11 years — in prison for fraud.\n",
        "Lee sentenced\n\nAnn Lee was sentenced on Friday to 11.25 years in prison for defrauding investors.\n",
        "Prison for Lee\n\nA judge on Friday sentenced Ann Lee to more than 11 years in prison for fraud.\n",
    )
    assert any({"a:135 months", "a:11 years", "b:11.25 years", "c:11 years"} <= c for c in clusters), clusters


def test_the_year_of_what_a_count_counts_being_made_dates_the_count(tmp_path):
    """ "686,061 babies born in 2024" and "727,288 babies born in 2023": the year dates the count (two years' births);
    only the year of a making in an aside before the figure dates no count."""
    clusters = _linked(
        tmp_path,
        "Births fall\n\nVelmland had 686,061 babies born in 2024, the ministry said on Wednesday.\n",
        "Birth rate falls\n\nThere were 727,288 babies born in 2023, the ministry said on Wednesday.\n",
    )
    assert not any({"a:686,061 babies", "b:727,288 babies"} <= c for c in clusters), clusters
