"""Shared passages between articles, quotations and stock phrases aside, and the families they make."""

from __future__ import annotations

from workbench.align.passages import assign_families, find_shared_passages
from workbench.extract import extract
from workbench.model import Article, SharedPassage

WIRE = (
    "The dam, built in 1968 to supply power to the lower valley, held back a reservoir at 97% of capacity. "
    "Engineers estimate that 4.2 million cubic metres of water escaped through the breach in under an hour."
)


def _articles(*texts: str) -> list[Article]:
    return [Article(f"a{n}", f"a{n}.txt", "", "", text) for n, text in enumerate(texts)]


def _passages(*texts: str) -> tuple[list[Article], list[SharedPassage]]:
    articles = _articles(*texts)
    return articles, find_shared_passages(articles, extract(articles))


def test_a_shared_paragraph_is_one_passage_spanning_it_in_each_article():
    articles, [passage] = _passages(
        f"Rescuers searched the flooded lanes of the lower town all night long.\n\n{WIRE}\n\nThe mayor opened three shelters.",
        f"The governor promised an inquiry into the failure of the spillway gates.\n\n{WIRE} It was the worst flood in decades.",
    )
    assert passage.articles == ["a0", "a1"] and passage.similarity == 1.0
    assert [articles[int(a[1])].text[s:e] for a, s, e in passage.spans] == [WIRE, WIRE]


def test_a_reworded_word_or_a_changed_figure_is_still_the_same_passage():
    _, [passage] = _passages(
        "The convoy carried 308 militants and 331 civilians toward the Iraqi border on Monday night.",
        "The convoy carried 300 militants and 331 civilians towards the Iraqi border on Monday night.",
    )
    assert 0.9 <= passage.similarity < 1.0


def test_stock_phrases_and_quotations_are_no_shared_passage():
    _, passages = _passages(
        "Officials said the bridge was closed to traffic on Monday, according to the ministry. "
        '"We will rebuild every home in the valley before winter comes," the governor said.',
        "Officials said the flood had reached the old mill by dawn, according to the ministry. "
        '"We will rebuild every home in the valley before winter comes," the governor said.',
    )
    assert passages == []


def test_a_sentence_repeated_in_one_article_only_is_not_shared():
    _, passages = _passages(
        f"{WIRE}\n\n{WIRE}", "Rescuers searched the flooded lanes of the lower town all night long."
    )
    assert passages == []


def test_copies_in_many_articles_make_one_passage_and_one_family():
    articles, passages = _passages(*[f"Report {n} from the valley.\n\n{WIRE}" for n in range(50)])
    assert len(passages) == 1 and len(passages[0].articles) == 50
    assign_families(articles, passages)
    assert {a.family for a in articles} == {"a0"}


def test_families_join_articles_through_the_passages_they_share():
    articles = _articles("", "", "", "")
    assign_families(
        articles, [SharedPassage([("a2", 0, 1), ("a1", 0, 1)], 1.0), SharedPassage([("a2", 5, 9), ("a3", 0, 4)], 1.0)]
    )
    assert [a.family for a in articles] == ["a0", "a1", "a1", "a1"]
