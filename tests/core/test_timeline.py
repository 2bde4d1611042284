"""The report's timeline (output.timeline): dated facts on their dates, a mark where outlets date one event
differently, unresolved dates listed apart."""

from __future__ import annotations

from workbench.output.summary import summary_rows
from workbench.output.timeline import Timeline, build_timeline, clash, placed, show_date
from workbench.store import ArticleRecord, CandidateRecord, ClusterRecord

# (article, dateline, text)
ARTICLES = [
    (
        "courier",
        "2024-03-15",
        "Friday 15 March 2024\nThe dam broke on Wednesday. Repairs began in 2023. It rained all through March.\n"
        "An inquiry opened on 15 March 2024, the mayor said.",
    ),
    ("times", "2024-03-15", "The dam broke on Tuesday, officials said."),
    ("post", None, "The dam broke on Wednesday, a witness said. The storm came this week."),
]
# (article, date as written, value): the courier's and the post's Wednesday and the times' Tuesday are one event
DATES = [
    ("courier", "Friday 15 March 2024", "2024-03-15"),
    ("courier", "Wednesday", "2024-03-13"),
    ("courier", "2023", "2023"),
    ("courier", "through March", "2024-03"),
    ("courier", "15 March 2024,", "2024-03-15"),
    ("times", "Tuesday", "2024-03-12"),
    ("post", "Wednesday", "wednesday"),
    ("post", "this week", "this week"),
]
THE_BREAK = ["courier:Wednesday", "times:Tuesday", "post:Wednesday"]


def _timeline(clustered: list[str] = THE_BREAK) -> Timeline:
    articles = [ArticleRecord(a, f"{a}.txt", a.title(), "0" * 64, text, dateline=d) for a, d, text in ARTICLES]
    texts = {a.id: a.text for a in articles}
    candidates = []
    for article, written, value in DATES:
        text = texts[article]
        start = text.index(written)
        line_start = text.rfind("\n", 0, start) + 1
        sentence = [line_start, len(text)]
        candidates.append(
            CandidateRecord(
                f"{article}:{written}", article, start, start + len(written), written, "date", value, sentence
            )
        )
    members = [f"{m}" for m in clustered]
    clusters = [ClusterRecord("k1", "date", members, sorted({m.split(":")[0] for m in members}), "conflict")]
    rows = summary_rows(articles, candidates, clusters)
    return build_timeline(rows, {c.id: c for c in candidates}, articles)


def test_dated_facts_in_date_order_a_year_before_its_months_and_days():
    timeline = _timeline()
    assert [(e.date, [m.id for m in e.mentions]) for e in timeline.dated] == [
        ("2023", ["courier:2023"]),
        ("2024-03", ["courier:through March"]),
        ("2024-03-12", ["times:Tuesday"]),
        ("2024-03-13", ["courier:Wednesday"]),
        ("2024-03-15", ["courier:Friday 15 March 2024"]),
        ("2024-03-15", ["courier:15 March 2024,"]),
    ]


def test_outlets_dating_one_event_differently_are_marked_on_each_date():
    by_date = {e.date: e for e in _timeline().dated}
    assert by_date["2024-03-12"].clashes == {"2024-03-13": ["courier"]}
    assert by_date["2024-03-13"].clashes == {"2024-03-12": ["times"]}
    assert by_date["2023"].clashes == {} and by_date["2024-03"].clashes == {}
    unlinked = {e.date: e for e in _timeline(["courier:Wednesday", "post:Wednesday"]).dated}
    assert unlinked["2024-03-12"].clashes == {} and unlinked["2024-03-13"].clashes == {}


def test_unresolved_dates_are_listed_apart_with_the_dates_their_event_is_given():
    timeline = _timeline()
    assert [(u.mention.id, u.linked) for u in timeline.undated] == [
        ("post:Wednesday", ["2024-03-12", "2024-03-13"]),
        ("post:this week", []),
    ]
    assert all(placed(e.date) for e in timeline.dated)


def test_the_articles_own_date_on_a_header_line_is_told_from_a_happening():
    assert [(e.mentions[0].id, e.dateline) for e in _timeline().dated if e.date == "2024-03-15"] == [
        ("courier:Friday 15 March 2024", True),  # a line of its own
        ("courier:15 March 2024,", False),  # the same day in a sentence of the story
    ]


def test_dates_for_people_and_which_dates_clash():
    assert [show_date(d) for d in ("2024-03-05", "2024-03", "2023")] == [
        "Tue\u00a05\u00a0Mar\u00a02024",
        "Mar\u00a02024",
        "2023",
    ]
    assert clash("2024-03-12", "2024-03-13") and clash("2024-03", "2024-04-01")
    assert not clash("2024-03", "2024-03-13") and not clash("2024", "2024-03-13")
    assert not placed("wednesday") and not placed("--08-18") and not placed(None) and placed("2024-03")
