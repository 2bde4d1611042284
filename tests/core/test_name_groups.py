"""Names: grouped by canonical value with a spelling split off apart (workbench.output.names), and a summary
name row showing its spellings."""

from __future__ import annotations

from workbench.output.names import name_groups
from workbench.output.summary import summary_rows
from workbench.store.records import ArticleRecord, CandidateRecord, ClusterRecord


def name(article: str, start: int, text: str) -> CandidateRecord:
    return CandidateRecord(
        f"{article}:{start}:entity", article, start, start + len(text), text, "entity", "Deir ez-Zor", [0, 40]
    )


MENTIONS = [
    name("a", 0, "Deir al-Zor"),
    name("a", 16, "Deir Ezzor"),
    name("b", 0, "Deir ez-Zor"),
    name("b", 20, "Deir  al-Zor"),
]


def _order(cid: str) -> tuple[int, int]:
    article, start, _ = cid.split(":")
    return ord(article), int(start)


def test_names_group_by_canonical_value_with_their_spellings_and_outlets():
    (group,) = name_groups(MENTIONS, set(), _order)
    assert group.id == "name:Deir ez-Zor" and group.title == "Deir ez-Zor" and group.articles == ["a", "b"]
    assert group.spellings == [("Deir al-Zor", 2), ("Deir Ezzor", 1), ("Deir ez-Zor", 1)]


def test_a_spelling_split_off_is_a_group_of_its_own():
    groups = name_groups(MENTIONS, {("Deir ez-Zor", "Deir al-Zor")}, _order)
    split = next(g for g in groups if g.split)
    assert split.title == "Deir al-Zor" and split.name == "Deir ez-Zor" and split.articles == ["a", "b"]
    rest = next(g for g in groups if not g.split)
    assert [s for s, _ in rest.spellings] == ["Deir Ezzor", "Deir ez-Zor"]


def test_a_summary_name_row_shows_its_spellings():
    texts = {"a": "Deir al-Zor and Deir Ezzor" + " " * 20, "b": "Deir ez-Zor" + " " * 30}
    mentions = MENTIONS[:3]
    articles = [ArticleRecord(a, a, a, "", text) for a, text in texts.items()]
    group = ClusterRecord("name:Deir ez-Zor", "entity", [m.id for m in mentions], ["a", "b"], "agree", derived=True)
    (row,) = summary_rows(articles, mentions, [group])
    assert row["fact"] == "Deir ez-Zor: Deir al-Zor, Deir Ezzor"
