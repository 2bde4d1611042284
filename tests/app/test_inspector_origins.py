"""The inspector says where a fact comes from: one origin every outlet cites, or the sources credited."""

from workbench.app.widgets.inspector import origin_line
from workbench.store import CandidateRecord


def _mention(article: str, source: str | None) -> CandidateRecord:
    return CandidateRecord(
        f"{article}:0-3:quantity", article, 0, 3, "308", "quantity", 308, [0, 9], attributed_to=source
    )


def test_outlets_repeating_one_partys_figure_show_one_origin():
    line = origin_line([_mention(a, "Hezbollah") for a in "abcd"])
    assert line is not None and line.plain == "one origin: all 4 outlets cite Hezbollah"


def test_mixed_or_partial_credits_list_the_sources():
    line = origin_line([_mention("a", "Hezbollah"), _mention("b", "the army"), _mention("c", None)])
    assert line is not None and line.plain == "origins: Hezbollah, the army (2 of 3 credited)"


def test_no_credited_source_says_nothing():
    assert origin_line([_mention("a", None), _mention("b", None)]) is None


def test_a_source_name_cannot_inject_markup_or_escapes():
    line = origin_line([_mention("a", "[bold]X\x1b]0;t\x07"), _mention("b", "[bold]X\x1b]0;t\x07")])
    assert line is not None and "\x1b" not in line.plain and "[bold]X" in line.plain


def test_many_origins_are_named_up_to_eight_then_counted():
    line = origin_line([_mention(f"a{i}", f"source {i:02d}") for i in range(20)])
    assert line is not None
    assert line.plain == f"origins: {', '.join(f'source {i:02d}' for i in range(8))} and 12 more (20 of 20 credited)"
