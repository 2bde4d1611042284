"""A plain-text article's outlet taken from its text where it says so reliably (workbench.load.outlets), marked
as inferred; front matter wins; nothing is guessed from a place name, a byline or a link in the story."""

from __future__ import annotations

import pytest

from workbench.load.files import read_article
from workbench.load.outlets import infer_outlet

STORY = "The water came at about 11.40pm, residents said.\n\nRescue crews worked through the night.\n"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Dam bursts\n\nBEIRUT (Reuters) – U.S.-led warplanes on Wednesday blocked a convoy.\n" + STORY, "Reuters"),
        ("Dam bursts\n\nVELTRIN, Aug 30 (Meridian Wire) — A section of the dam burst.\n" + STORY, "Meridian Wire"),
        ("Dam bursts\nBy Ilka Brandt, Harbour Gazette staff\n\n" + STORY, "Harbour Gazette"),
        ("Stay up to date with notifications from The\u00a0Independent\n\nDam bursts\n\n" + STORY, "The Independent"),
        ("Dam bursts\n\n" + STORY + "\n© 2027 The Lakeport Courier\n", "The Lakeport Courier"),
        ("Dam bursts\n\n" + STORY + "\nCopyright The Lakeport Courier\n", "The Lakeport Courier"),
        ("Dam bursts\nhttps://www.aljazeera.com/news/2017/8/30/dam\n\n" + STORY, "aljazeera.com"),
    ],
)
def test_the_outlet_is_taken_from_the_forms_that_name_it(text, outlet):
    assert infer_outlet(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Dam bursts\n\nBIRKET ZAINA, Kessar Province — At least 16 people have died.\n" + STORY,  # no credit
        "Dam bursts\nBy Dana Whitcombe | Foreign Desk\n\n" + STORY,  # a byline without an outlet
        "Dam bursts\n\n" + STORY + "The report (see https://example.org/report) was published on Monday.\n",
        "Dam bursts\n\nThe UN (OCHA) - the agency said - sent tents.\n" + STORY,  # a dash, but no dateline
        "Dam bursts\n\n" + STORY * 10 + "BEIRUT (Reuters) – a dateline far down the text.\n" + STORY,
    ],
)
def test_nothing_is_inferred_from_other_text(text):
    assert infer_outlet(text) is None


def test_a_text_file_is_marked_as_inferred_and_front_matter_wins(tmp_path):
    plain = tmp_path / "a.txt"
    plain.write_text("Dam bursts\n\nBEIRUT (Reuters) – A convoy was blocked.\n" + STORY, encoding="utf-8")
    article = read_article(plain, "a")
    assert article.outlet == "Reuters" and article.outlet_inferred and article.to_json()["outlet_inferred"] is True
    fronted = tmp_path / "b.txt"
    fronted.write_text("---\noutlet: The Courier\n---\n" + plain.read_text(encoding="utf-8"), encoding="utf-8")
    article = read_article(fronted, "b")
    assert article.outlet == "The Courier" and not article.outlet_inferred
