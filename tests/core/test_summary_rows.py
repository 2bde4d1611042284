"""The outlet × fact matrix rows (workbench.output.summary), built from store records."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workbench.display import excerpt
from workbench.output.summary import format_value, summary_rows
from workbench.store import ArticleRecord, CandidateRecord, ClusterRecord


def art(aid, title, text=""):
    return ArticleRecord(id=aid, path=f"{aid}.txt", title=title, sha256="", text=text)


ARTICLES = [art("a", "Alpha"), art("b", "Beta"), art("c", "Gamma")]


def cand(article, start, kind, value, status="pending", text=None, unit=None, speaker=None):
    return CandidateRecord(
        id=f"{article}:{start}-{start + 5}:{kind}",
        article=article,
        start=start,
        end=start + 5,
        text=text or f"{value}",
        kind=kind,
        value=value,
        sentence=[0, 0],
        unit=unit,
        speaker=speaker,
        status=status,
    )


DEAD_A = cand("a", 10, "quantity", 12, unit="person", status="confirmed")
DEAD_A2 = cand("a", 90, "quantity", 14, unit="person")
DEAD_B = cand("b", 5, "quantity", 12, unit="person")
DEAD_C = cand("c", 7, "quantity", 15, unit="person")
DATE_A = cand("a", 40, "date", "2027-08-30", status="rejected")
DATE_C = cand("c", 3, "date", "2027-08-30", status="rejected")
ALONE_B = cand("b", 60, "money", 2_500_000, unit="USD")
ALONE_A = cand("a", 70, "percent", 40.5, unit="%")
CANDIDATES = [DEAD_A, DEAD_A2, DEAD_B, DEAD_C, DATE_A, DATE_C, ALONE_B, ALONE_A]
CLUSTERS = [
    ClusterRecord(id="K2", kind="date", members=[DATE_C.id, DATE_A.id], articles=["a", "c"], status="agree"),
    ClusterRecord(
        id="K1",
        kind="quantity",
        members=[DEAD_C.id, DEAD_A.id, DEAD_B.id, DEAD_A2.id],
        articles=["a", "b", "c"],
        status="conflict",
    ),
]


@pytest.fixture
def rows():
    return summary_rows(ARTICLES, CANDIDATES, CLUSTERS)


def test_conflicts_then_agreements_then_single_source_in_reading_order(rows):
    assert [row["id"] for row in rows] == ["K1", "K2", ALONE_A.id, ALONE_B.id]
    assert [row["group"] for row in rows] == ["conflict", "agree", "single", "single"]


def test_a_row_holds_each_sources_value_and_which_sources_differ(rows):
    conflict = rows[0]
    assert conflict["cells"] == {"a": "12 person / 14 person", "b": "12 person", "c": "15 person"}
    assert conflict["members"]["a"] == [DEAD_A.id, DEAD_A2.id]
    assert conflict["first"] == DEAD_A.id  # reading order, not the cluster's member order
    assert conflict["odd"] == ["a", "c"]  # 12 is the most common value; a also says 14
    assert conflict["fact"] == DEAD_A.text


def test_when_no_value_leads_every_source_of_a_conflict_is_odd():
    homes = [cand("a", 1, "quantity", 212), cand("a", 50, "quantity", 212), cand("b", 1, "quantity", 200)]
    cluster = ClusterRecord(
        id="K5", kind="quantity", members=[c.id for c in homes], articles=["a", "b"], status="conflict"
    )
    assert summary_rows(ARTICLES, homes, [cluster])[0]["odd"] == ["a", "b"]  # a's repetition is one vote


def test_mentions_without_a_value_are_compared_by_their_wording():
    said = [
        cand("a", 1, "quote", None, text='"We will stay until the end of the week,"'),
        cand("b", 1, "quote", None, text="“we will  stay until the end of the week”"),
        cand("c", 1, "quote", None, text='"We will stay until every person is found"'),
    ]
    cluster = ClusterRecord(
        id="Q1", kind="quote", members=[c.id for c in said], articles=["a", "b", "c"], status="conflict"
    )
    assert summary_rows(ARTICLES, said, [cluster])[0]["odd"] == ["c"]


def test_agreeing_rows_mark_no_source_as_odd_and_leave_absent_sources_out(rows):
    agree = rows[1]
    assert agree["odd"] == []
    assert set(agree["cells"]) == {"a", "c"}


def test_review_state_of_a_row(rows):
    assert rows[0]["counts"] == {"pending": 3, "confirmed": 1, "rejected": 0, "rated": 0, "dismissed": 0, "disputed": 0}
    assert rows[0]["review"] == "mixed"
    assert rows[1]["review"] == "rejected"
    assert rows[2]["review"] == "pending"


def test_a_cluster_within_one_article_that_agrees_is_single_source():
    twice = cand("a", 200, "quantity", 12, unit="person")
    cluster = ClusterRecord(id="K9", kind="quantity", members=[DEAD_A.id, twice.id], articles=["a"], status="agree")
    rows = summary_rows(ARTICLES, [DEAD_A, twice], [cluster])
    assert [(row["id"], row["group"]) for row in rows] == [("K9", "single")]


def test_candidates_of_unknown_articles_and_empty_clusters_are_left_out():
    stray = cand("zz", 1, "date", "2027-01-01")
    ghost = ClusterRecord(id="K0", kind="date", members=["nope"], articles=["zz"], status="agree")
    assert summary_rows(ARTICLES, [stray], [ghost]) == []


@pytest.mark.parametrize(
    ("candidate", "shown"),
    [
        (cand("a", 1, "quantity", 4800, unit="resident"), "4,800 resident"),
        (cand("a", 1, "percent", 40.5, unit="%"), "40.5%"),
        (cand("a", 1, "percent", 97), "97%"),
        (cand("a", 1, "money", 1.5e9, unit="USD"), "1,500,000,000 USD"),
        (cand("a", 1, "date", "2027-08-30"), "2027-08-30"),
        (
            cand("a", 1, "quote", None, text='"We are heartbroken,"', speaker="Jane Doe"),
            "“We are heartbroken,” — Jane Doe",
        ),
        (cand("a", 1, "entity", None, text="Orvano Dam"), "Orvano Dam"),
        (
            cand("a", 1, "date", {"from": "2027-08-01", "to": "2027-08-03"}),
            '{"from": "2027-08-01", "to": "2027-08-03"}',
        ),
    ],
)
def test_format_value(candidate, shown):
    assert format_value(candidate) == shown


def test_a_name_is_shown_without_its_person_marker():
    assert format_value(cand("a", 1, "entity", "Hanna Marsk", unit="person", text="Marsk")) == "Hanna Marsk"


def test_a_row_shows_its_first_mention_in_its_sentence_when_the_articles_carry_text():
    text = "Rain fell for days. The dam broke on Sunday night and the town flooded. Roads closed."
    start = text.index("Sunday")
    date = replace(cand("a", start, "date", "2027-08-29", text="Sunday"), end=start + 6, sentence=[20, 71])
    quote = replace(cand("a", 0, "quote", "rain fell", text="Rain fell"), sentence=[0, 19])
    with_text = [replace(ARTICLES[0], text=text)]
    rows = {row["kind"]: row for row in summary_rows(with_text, [date, quote], [])}
    assert rows["date"]["context"] == ["The dam broke on ", "Sunday", " night and the town flooded."]
    assert rows["quote"]["context"] is None  # a quote is its own context


def test_the_context_is_cut_at_any_break_and_keeps_a_word_at_the_window_s_edge():
    text = "flooding\u00a0the lower town on Sunday night\nafter the wall gave way."
    start = text.index("Sunday")
    assert excerpt(text, start, start + 6, (0, len(text)), reach=10) == ("…town on ", "Sunday", " night…")


def test_a_row_whose_mentions_are_all_rated_or_dismissed_says_so():
    rated = [replace(DATE_A, status="rated"), replace(DATE_C, status="rated")]
    dismissed = [replace(DATE_A, status="dismissed"), replace(DATE_C, status="dismissed")]
    assert summary_rows(ARTICLES, rated, [CLUSTERS[1]])[0]["review"] == "rated"
    assert summary_rows(ARTICLES, dismissed, [CLUSTERS[1]])[0]["review"] == "dismissed"
