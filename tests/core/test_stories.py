"""Stories: a folder of several events' coverage is split into stories, and one story is found the same
alone or among others. Short articles written for these tests; ../shared/seeds and the bundled seeds when
present."""

from __future__ import annotations

from tests.support.paths import need_shared_seeds
from workbench.align.stories import group_stories
from workbench.load.files import load_articles
from workbench.pipeline import analyze
from workbench.resources import seeds_dir

FERRY = {
    "ferry_a": "Ferry fire off Skarvik\n\nA fire broke out on the Skarvik ferry Nordlys on Tuesday, and 212 passengers "
    "were taken off by lifeboats, the coastguard said. The ferry was towed to Halsnes harbour.",
    "ferry_b": "Nordlys evacuated\n\nAll 212 passengers of the Nordlys were rescued after the blaze in the engine room, "
    "coastguard officials in Halsnes said. The Skarvik crossing stays closed.",
    "ferry_c": "Skarvik ferry blaze\n\nLifeboats carried the passengers of the burning ferry Nordlys to Halsnes; the "
    "engine room fire was put out by the crew before the towing began.",
}
RATES = {
    "rates_a": "Bank raises rates\n\nThe Kesland central bank raised its benchmark rate by a quarter point to 4.5 percent "
    "on Wednesday, its eleventh increase, governor Ilse Varga said.",
    "rates_b": "Varga lifts borrowing costs\n\nGovernor Ilse Varga said the Kesland central bank would keep tightening "
    "after the quarter-point hike took the benchmark rate to 4.5 percent.",
}


def _write(folder, articles: dict[str, str]) -> list[str]:
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return [str(folder / f"{name}.txt") for name in articles]


def test_a_folder_of_two_events_is_two_stories_in_the_order_of_their_first_article(tmp_path):
    paths = _write(tmp_path, {"ferry_a": FERRY["ferry_a"], "rates_a": RATES["rates_a"]} | FERRY | RATES)
    stories = group_stories(load_articles(paths))
    assert [(s.id, s.articles) for s in stories] == [
        ("s1", ["ferry_a", "ferry_b", "ferry_c"]),
        ("s2", ["rates_a", "rates_b"]),
    ]


def test_a_story_is_found_the_same_alone_and_among_others(tmp_path):
    (tmp_path / "alone").mkdir()
    (tmp_path / "mixed").mkdir()
    alone = group_stories(load_articles(_write(tmp_path / "alone", FERRY)))
    mixed = group_stories(load_articles(_write(tmp_path / "mixed", FERRY | RATES)))
    assert [s.articles for s in alone] == [list(FERRY)]
    assert list(FERRY) in [s.articles for s in mixed]


def test_real_coverage_of_two_events_is_two_stories():
    shared = need_shared_seeds()
    articles = load_articles([seeds_dir(), shared])
    stories = group_stories(articles)
    assert len(stories) == 2
    assert {len(s.articles) for s in stories} == {len(list(seeds_dir().glob("*.txt"))), len(list(shared.glob("*.txt")))}


def _facts(analysis, articles: list[str]) -> set[tuple[str, tuple[str, ...]]]:
    """The clusters of those articles as (status, member ids): comparable across analyses."""
    return {(k.status, tuple(k.members)) for k in analysis.clusters if set(k.articles) <= set(articles)}


def test_a_mixed_folder_never_links_a_fact_across_stories(tmp_path):
    ferry = {name: text + " Repairs will cost $2 million, the owner said." for name, text in FERRY.items()}
    rates = {name: text + " The bank said the move would cost lenders $2 million." for name, text in RATES.items()}
    analysis = analyze(_write(tmp_path, ferry | rates))
    story_of = {a: s.id for s in analysis.stories for a in s.articles}
    assert [s.articles for s in analysis.stories] == [list(FERRY), list(RATES)]
    money = [k for k in analysis.clusters if k.kind == "money"]
    assert money and all(
        len({story_of[a] for a in k.articles}) == 1 and k.story == story_of[k.articles[0]] for k in money
    )
    assert {len(k.articles) for k in money} == {3, 2}  # each story's "$2 million" is one fact of its own
    document = analysis.to_json()
    assert document["stories"] == [{"id": "s1", "articles": list(FERRY)}, {"id": "s2", "articles": list(RATES)}]


def test_a_story_gives_the_same_clusters_alone_and_among_other_stories():
    shared = need_shared_seeds()
    alone = analyze([shared])
    among = analyze([seeds_dir(), shared])
    ids = [a.id for a in alone.articles]
    assert len(among.stories) == 2 and _facts(alone, ids) and _facts(among, ids) == _facts(alone, ids)


def test_common_words_do_not_chain_two_stories_through_a_short_article(tmp_path):
    """A short article sharing only common words with both ("governor", "Wednesday", "officials") once
    joined each story in turn, and so both stories into one: in a large folder that chained most stories."""
    brief = {
        "brief": "Harbour notice\n\nThe ferry crossing stays closed to passengers after the blaze, and the governor "
        "will name a new benchmark on Wednesday, officials said."
    }
    stories = group_stories(load_articles(_write(tmp_path, FERRY | RATES | brief)))
    assert [s.articles for s in stories] == [[*FERRY, "brief"], list(RATES)]


def test_a_story_gives_the_same_clusters_alone_and_inside_a_large_folder_of_other_stories(tmp_path):
    """Real coverage of one event among 300 generated articles of stories of 4-14 outlets
    (benchmarks/stories.py: the seeds' sentences with each story's own words, names, figures and dates) is
    one story of its own, with the clusters it has alone: nothing of the folder's size changes them. The
    generated stories stay apart (common words chained half of them into one story of 148 articles)."""
    from benchmarks.stories import ARTICLES_PER_STORY, build_story_corpus

    shared = need_shared_seeds()
    build_story_corpus(tmp_path, 300)
    alone = analyze([shared])
    among = analyze([tmp_path, shared], workers=1)
    ids = [a.id for a in alone.articles]
    assert ids in [s.articles for s in among.stories]
    assert len(among.stories) > 20 and max(len(s.articles) for s in among.stories) <= 2 * ARTICLES_PER_STORY[1]
    assert _facts(alone, ids) and _facts(among, ids) == _facts(alone, ids)


def test_a_possessive_or_a_number_in_words_is_no_rare_word_two_stories_share(tmp_path):
    """ "the government's" tells no more than "government", "eighty-three" nothing: English's list holds
    neither form, so each weighed as a name and two stories sharing them were one."""
    said = " The government's eighty-three staff were told, the minister said."
    ferry = FERRY | {"ferry_a": FERRY["ferry_a"] + said}
    rates = RATES | {"rates_a": RATES["rates_a"] + said}
    stories = group_stories(load_articles(_write(tmp_path, ferry | rates)))
    assert [s.articles for s in stories] == [list(FERRY), list(RATES)]


def test_two_stories_whose_short_articles_share_a_town_and_a_common_word_stay_apart(tmp_path):
    """A ferry fire and a storm whose reports both name Halsnes and a ferry: one pair of their articles shares
    about 14% of the smaller's information (a tenth chained 895 of 10,000 generated articles into one story),
    each story's own pair far more. Two stories."""
    fire = {
        "fire_a": "Ferry fire off Skarvik\n\nA fire broke out on the Skarvik ferry Nordlys on Tuesday, and 212 passengers "
        "were taken off by lifeboats, the coastguard said. Investigators from the Maritime Accident Board boarded the "
        "Nordlys to inspect its engine room and exhaust valves; captain Ingrid Solheim praised the crew's evacuation "
        "drill.",
        "fire_b": "Nordlys towed to port\n\nThe burned ferry Nordlys was towed into Halsnes harbour, where shops stayed "
        "shut as 212 passengers came ashore from the lifeboats. Captain Ingrid Solheim said the exhaust valves of the "
        "engine room had been inspected in Skarvik a week before the fire. Divers checked the hull.",
    }
    storm = {
        "storm_a": "Storm closes Velmar market\n\nGales tore the roofs off stalls in Velmar on Tuesday and flattened the "
        "greenhouses of the Brenna valley, the mayor said. Orchard growers counted uprooted pear trees.",
        "storm_b": "Velmar counts the damage\n\nThe gales that flattened Velmar's market stalls also wrecked the old pier, "
        "and the ferry to Halsnes did not sail; Brenna valley orchard growers lost their pear crop, and insurers sent "
        "assessors.",
    }
    stories = group_stories(load_articles(_write(tmp_path, fire | storm)))
    assert [s.articles for s in stories] == [list(fire), list(storm)]


def _long(name: str, words: str, n: int) -> str:
    """An article saying `words`, made long enough to be no brief by places of its own (invented names, so
    that two such articles share only `words`)."""
    places = " ".join(f"Vel{name}{k:02d}a" for k in range(n))
    return f"{name} report\n\n{words}. Crews went through {places} on the way."


def test_two_long_articles_sharing_only_words_as_common_as_powell_are_one_story(tmp_path):
    """Coverage of a rate decision names few rare things: "Powell", "benchmark", "pause" are enough to compare
    and join two articles (a rarer bar split such coverage)."""
    shared = "Jerome Powell said the benchmark rate rose after the pause, a hike the markets expected"
    paths = _write(tmp_path, {"fed_a": _long("Qa", shared, 12), "fed_b": _long("Qb", shared, 12)})
    assert len(group_stories(load_articles(paths))) == 1


def test_a_compound_and_a_photo_credit_join_no_two_stories(tmp_path):
    """Two long articles of different events sharing only "year-old", "far-right" and a Getty Images credit are
    two stories: a compound the word list lacks tells what its parts do, and a credit is no story text."""
    shared = "The 67-year-old far-right figure spoke.\nChip Somodevilla/Getty Images\nThe crowd left"
    paths = _write(tmp_path, {"one": _long("Qa", shared, 16), "two": _long("Qb", shared, 16)})
    assert len(group_stories(load_articles(paths))) == 2


def test_two_long_reports_of_one_event_worded_differently_are_one_story(tmp_path):
    """Two long reports of one quake that share its words ("magnitude", "quake", "rubble", "collapsed") but
    little else are one story: an article left alone joins the one it shares the most with."""
    shared = "The magnitude 7.1 quake left rubble where buildings collapsed and rescuers dug"
    paths = _write(tmp_path, {"quake_a": _long("Qa", shared, 17), "quake_b": _long("Qb", shared, 17)})
    assert len(group_stories(load_articles(paths))) == 1


def test_days_and_months_join_no_two_stories(tmp_path):
    """Two reports of one week share their days ("Mon", "Nov", "Wednesday", "EDT"): every story has days, so
    those tell none from another (they once summed to a join, and in a large folder chained stories)."""
    dam = (
        "Dam repairs at Velmar\n\nWork on the Velmar dam resumed Mon, Nov 6, and on Wednesday the hydrologists said "
        "the cofferdam and spillway sluices would hold through Sunday, 9am EDT, Tues and Thurs included. Masonry "
        "crews grouted the culverts and the penstock before Sat. Geotechnical surveyors checked the abutments, the "
        "riprap and the piezometers, and the turbines at Orvano were idled until Thurs, Nov 9, 5pm EST."
    )
    strike = (
        "Ferry strike in Tamsa\n\nCrews of the Tamsa ferries walked out Mon, Nov 6, and on Wednesday the stevedores "
        "said the picket at the gangways would last through Sunday, 9am EDT, Tues and Thurs included. Deckhands "
        "blockaded the slipway and the bollards before Sat. Pursers and boatswains joined the walkout, and the "
        "catamarans at Kessar stayed moored until Thurs, Nov 9, 5pm EST."
    )
    paths = _write(tmp_path, {"dam": dam, "strike": strike})
    stories = group_stories(load_articles(paths))
    assert [s.articles for s in stories] == [["dam"], ["strike"]]


def test_words_many_articles_hold_still_count_when_two_articles_are_compared(tmp_path, monkeypatch):
    """A word under RARE that more than CROWDED articles hold is not summed for every pair at once (in a folder
    of 10,000 that sum was quadratic), only when two articles are compared: two reports joined by "quake" and a
    dozen such words ("ferry", "breach", "boats") join two stories whichever words are summed up front."""
    from workbench.align import stories

    common = "The quake hit the ferry and the provincial breach let boats past the gates to hospitals, shops, flood"
    common += " damaged rescue engineer founded"
    texts = {
        "a": "Zorvik report\n\nZorvik Quellbay Tamsrud Ulvenhorn crews met.",
        "b": f"Zorvik update\n\nZorvik Quellbay Tamsrud Ulvenhorn crews met. {common}.",
        "c": f"Brannvik update\n\nBrannvik Oskelund Vestrafjell Kyrrebo crews left. {common}.",
        "d": "Brannvik report\n\nBrannvik Oskelund Vestrafjell Kyrrebo crews left.",
    }
    articles = load_articles(_write(tmp_path, texts))
    assert [s.articles for s in group_stories(articles)] == [["a", "b", "c", "d"]]
    monkeypatch.setattr(stories, "CROWDED", 0)  # every word under RARE only bounds what two articles share
    assert [s.articles for s in group_stories(articles)] == [["a", "b", "c", "d"]]
