"""The article's dateline comes from its header, never from a photo caption or a sentence of the story
(issue 12, class 3). Articles written for the purpose."""

from __future__ import annotations

import pytest

from workbench.pipeline import analyze

CAPTION_FIRST = """Ferry sinks off Tamsa coast, 40 missing

FILE - The ferry Orla Vann leaves Velm harbour on Aug. 4, 2009. The vessel was built in 1998. (Photo taken 2009)

VELM - Rescuers searched the Tamsa coast on Wednesday for 40 people missing after the ferry Orla Vann sank.
The harbour master said on Thursday that the search would go on through the weekend.
"""

CAPTION_SENTENCE_FIRST = """Ferry sinks off Tamsa coast, 40 missing

Relatives wait at the quay in Velm on March 3, 2011, during an earlier search.

Rescuers searched the Tamsa coast on Wednesday for 40 people missing after the ferry Orla Vann sank.
"""


# a caption that says when its photo was taken: "dated" is the photo's date here, not a page's label
CAPTION_PHOTO_DATED = """Ferry sinks off Tamsa coast, 40 missing

This photo supplied by the coastguard dated March 3, 2011, shows the ferry Orla Vann. (Ilka Brandt/Coastguard via AP)

Rescuers searched the Tamsa coast on Wednesday for 40 people missing after the ferry Orla Vann sank.
"""


@pytest.mark.parametrize("text", [CAPTION_FIRST, CAPTION_SENTENCE_FIRST, CAPTION_PHOTO_DATED])
def test_caption_dates_never_date_the_article(tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    analysis = analyze([tmp_path])
    [article] = analysis.articles
    assert article.dateline is None
    weekdays = {c.text: c.value for c in analysis.candidates if c.kind == "date" and c.text.endswith("day")}
    assert weekdays["Wednesday"] == "wednesday"  # unresolved, not a day of 2009 or 2011
    caption = {c.text: c.value for c in analysis.candidates if c.kind == "date" and c.text.startswith("Aug")}
    assert caption.get("Aug. 4, 2009", "2009-08-04") == "2009-08-04"  # the caption's own date keeps its year


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Photos and video by Ilka Brandt | dated August 27, 2027", "2027-08-27"),  # a page's, after a bar
        ("By Ilka Brandt August 27, 2027 | Image Source: Harbour Gazette", "2027-08-27"),  # a byline's date
        ("VELM, Kessar (Sept. 21, 2027) — Rescuers searched the coast.", "2027-09-21"),  # a wire opening
        ("Posted on September 20, 2027, at 6:34 a.m. ET", "2027-09-20"),
        ("date 2027-09-20 FILE - The ferry leaves Velm harbour on Aug. 4, 2009.", "2027-09-20"),  # labelled
    ],
)
def test_header_dates_date_the_article(tmp_path, header, expected):
    text = f"Ferry sinks off Tamsa coast\n\n{header}\n\nRescuers searched the Tamsa coast on Wednesday.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [article] = analyze([tmp_path]).articles
    assert article.dateline == expected


def test_a_masthead_showing_the_day_the_page_was_read_does_not_date_the_article(tmp_path):
    """A page's top line may give the day it was read, above the article's own byline date: the article is
    dated by the earlier, and its "Friday" is the Friday before that."""
    text = (
        "Wednesday, November 27, 2030\n28.0°F\n\n12 killed in Velm shooting\n\nby Ilka Brandt\n| May 31, 2027 8:44 PM"
        "\n\nA gunman opened fire at a municipal building in Velm on Friday, killing 12 people.\n"
    )
    dateline, dates = _dated(tmp_path, text)
    assert dateline == "2027-05-31"
    assert dates["Friday"] == "2027-05-28"


def _dated(tmp_path, text: str) -> tuple[str | None, dict[str, object]]:
    """The dateline of one article and its date candidates' values by their text."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    analysis = analyze([tmp_path])
    return analysis.articles[0].dateline, {c.text: c.value for c in analysis.candidates if c.kind == "date"}


def test_a_labelled_byline_date_outranks_an_earlier_date_line_further_down(tmp_path):
    """The earliest of the header dates counts only among bare date lines: a byline's "Published" date beats a
    related story's date line below it."""
    text = (
        "Storm batters coast\nBy Ilka Brandt | Published March 15, 2027\n\nPreviously\nFlood leaves town underwater\n"
        "January 3, 2022\n\nThe storm hit the coast on Friday.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert analyze([tmp_path]).articles[0].dateline == "2027-03-15"


def test_a_pages_date_label_dates_the_article_but_is_no_date_it_reports(tmp_path):
    """ "date 2027-09-20 By Ilka Brandt" opening a stored page: the article's dateline, not a date candidate (the day a
    page is dated is no fact of the story); an ISO date in the story's text still is one."""
    text = (
        " date 2027-09-20 By Ilka Brandt, Meridian Wire\n\nVELM (Meridian) - Rescuers searched the coast on Sunday."
        " The harbour log for 2027-09-18 shows the ferry left on time.\n"
    )
    dateline, dates = _dated(tmp_path, text + "\nFact box\nDate: 2027-09-14\n")
    assert dateline == "2027-09-20"
    assert dates.get("2027-09-14") == "2027-09-14"  # a fact box's date further down is the story's
    assert "2027-09-20" not in dates and dates["2027-09-18"] == "2027-09-18", dates


def test_a_labelled_date_below_a_pages_menus_and_captions_dates_the_article(tmp_path):
    """ "Published: Thu 1 Aug 2027, 3:58 PM" on the page’s 16th line, under its headline, byline, share menu and a
    caption, dates the article; an unlabelled date that far down does not."""
    menu = "\n".join(["  • Follow us on", "  • google-news", "  • whatsapp", "  • telegram", "", "Top Stories", ""])
    top = f"Bank cuts rates\n\nThe governor says the bank will move with care\n\nBy Meridian\n\n{menu}\n"
    caption = "The governor speaks in Velm. — Meridian\n\n"
    story = "The bank cut its rate on Thursday, its first cut since 2020.\n"
    assert _dated(tmp_path, f"{top}{caption}Published: Thu 1 Aug 2027, 3:58 PM\n\n{story}")[0] == "2027-08-01"
    assert _dated(tmp_path, f"{top}{caption}Thu 1 Aug 2027\n\nFour more lines\n\n{story}")[0] is None
    report = "The plan follows a report, published March 2, 2027, that found 40 cracks in the wall.\n\n"
    assert _dated(tmp_path, f"{top}{caption}{report}{story}")[0] is None  # a story's sentence, no page label
