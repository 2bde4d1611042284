"""The `analyze --format table` report shows shared passages, independent sources, figure detail,
hedges and quote variants."""

from __future__ import annotations

from rich.console import Console

from tests.support.paths import need_shared_seeds
from workbench.model import Candidate
from workbench.output.report import in_context, print_report
from workbench.pipeline import analyze
from workbench.resources import seeds_dir


def test_report_tells_independence_detail_hedges_and_drift():
    console = Console(width=200, record=True, color_system=None)
    print_report(analyze([seeds_dir()]), console)
    out = " ".join(console.export_text().split())
    assert (
        "Passages several articles share" in out
        and "02_meridian_wire" in out
        and "The Orvano Dam, built in 1968" in out
    )
    assert "1 independent source; within-bounds" in out  # "more than 60" treated in hospital, 63 in the wire
    assert "(more than)" in out
    assert "until the end of the week,” [altered]" in out
    assert "3 independent sources; contradiction" in out


def _mention(text: str, needle: str, kind: str = "date") -> Candidate:
    start = text.index(needle)
    return Candidate(
        article="a", start=start, end=start + len(needle), text=needle, kind=kind, value=None, sentence=(0, len(text))
    )


def test_a_fact_is_shown_in_its_sentence_cut_at_word_breaks():
    text = "The US-led coalition said it carried out airstrikes on the road east of the border on Wednesday, derailing a deal that had let the fighters leave."
    shown = in_context(_mention(text, "Wednesday"), text)
    # 'airstrikes' starts exactly 45 characters before the date: a whole word, so it is kept
    assert (
        shown.plain
        == "…airstrikes on the road east of the border on Wednesday, derailing a deal that had let the fighters…"
    )
    [bold] = [shown.plain[span.start : span.end] for span in shown.spans if span.style == "bold"]
    assert bold == "Wednesday"


def test_a_short_sentence_is_shown_whole_and_escapes_are_made_visible():
    text = "Buses left\x1b[2J on Monday."
    shown = in_context(_mention(text, "Monday"), text)
    assert shown.plain == "Buses left\u241b[2J on Monday."  # ESC shown as ␛, never sent


def test_a_folder_of_two_stories_says_which_articles_are_one():
    shared = need_shared_seeds()
    console = Console(record=True, width=200)
    print_report(analyze([seeds_dir(), shared]), console=console)
    text = console.export_text()
    assert "2 stories (facts are compared within a story):" in text
    assert "s1: 01_harbour_gazette, 02_meridian_wire, 03_kessar_herald, 04_northgate_post and 1 more" in text
    console = Console(record=True, width=200)
    print_report(analyze([seeds_dir()]), console=console)
    assert "facts are compared within a story" not in console.export_text()  # one story: nothing to say
