"""A hand-made analysis with dates: two outlets dating one event differently, and a weekday one of them cannot
resolve (for the timeline view's tests and snapshot)."""

from __future__ import annotations

from workbench.model import Analysis, Article, Candidate, Cluster


def dated_analysis() -> Analysis:
    """Two articles dating one event differently, and a weekday one of them cannot resolve."""
    texts = {
        "north": "The bridge closed on 3 March 2024. Repairs began on Friday.",
        "south": "The bridge closed on 4 March 2024, the council said.",
    }
    articles = [
        Article(a, f"{a}.txt", f"{a.title()} news", a * 8, text, outlet=f"{a.title()} Post")
        for a, text in texts.items()
    ]

    def date(article: str, words: str, value: str) -> Candidate:
        start = texts[article].index(words)
        end = start + len(words)
        sentence = (texts[article].rfind(".", 0, start) + 1, texts[article].index(".", end) + 1)
        return Candidate(article, start, end, words, "date", value, sentence)

    candidates = [
        date("north", "3 March 2024", "2024-03-03"),
        date("north", "Friday", "friday"),
        date("south", "4 March 2024", "2024-03-04"),
    ]
    cluster = Cluster("D1", "date", [candidates[0].id, candidates[2].id], ["north", "south"], "conflict")
    return Analysis(articles, candidates, [cluster])
