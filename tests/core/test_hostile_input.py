"""Hostile input under the limits (issue 11): dates at the calendar's ends, text that would make a stage
quadratic, format characters inside numbers. Never a traceback, never a wrong figure; the other articles
still open.
"""

from __future__ import annotations

import json
import time
from itertools import pairwise

import pytest

from workbench.cli.main import main
from workbench.extract import extract
from workbench.extract.limits import MAX_PER_KIND
from workbench.extract.sentences import SentenceIndex
from workbench.load.boilerplate import find_boilerplate
from workbench.load.files import load_articles
from workbench.load.pages import charset_of, decode_page
from workbench.model import Article, Page
from workbench.pipeline import analyze

GOOD = "Ferry fire\n\nAt least 14 people were killed on Monday, the mayor said.\n"


def _article(tmp_path, name: str, published: str, body: str):
    path = tmp_path / name
    path.write_text(f"---\npublished: {published}\n---\n{body}", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "published, body",
    [
        ("9999-12-31", "The ferry sails tomorrow, on Friday, next month and next year."),
        ("9999-12-30", "The council will meet next Sunday."),
        ("0001-01-01", "The fire started yesterday, last Sunday, on Monday, last month and last year."),
        ("0001-01-02", "It burned on Sunday and on Tuesday."),
    ],
)
def test_a_dateline_at_the_end_of_the_calendar_is_no_traceback(tmp_path, capsys, published, body):
    bad = _article(tmp_path, "edge.txt", published, f"Edge of time\n\n{body}\n")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    assert main(["analyze", "--format", "json", str(bad), str(good)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in out["articles"]] == ["edge", "good"]
    dates = [c["value"] for c in out["candidates"] if c["article"] == "edge" and c["kind"] == "date"]
    assert all(len(v) in (4, 7, 10) and "0000" not in v and not v.startswith("10000") for v in dates), dates


def test_dates_past_the_calendar_give_no_value_rather_than_a_wrong_one(tmp_path):
    path = _article(
        tmp_path, "late.txt", "9999-12-31", "Late\n\nIt happened yesterday and happens tomorrow, next month.\n"
    )
    [article] = load_articles([path])
    values = {c.text: c.value for c in extract([article]) if c.kind == "date"}
    assert values == {"yesterday": "9999-12-30"}  # "tomorrow" and "next month" would be in the year 10000


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u200b", "\u200d", "\u2060", "\ufeff", "\u202e", "\u00ad"])
@pytest.mark.parametrize(
    "sentence",
    [
        "The flood destroyed 200{m}0 homes.",
        "The flood destroyed 2,{m}000 homes.",
        "Crews said 200{m}0 were killed.",
        "It will cost $4{m}5 million.",
        "Prices rose 4{m}5 per cent.",
        "It happened on 1{m}2 March 2024.",
    ],
)
def test_a_format_character_inside_a_number_gives_no_wrong_figure(tmp_path, mark, sentence):
    path = tmp_path / "marks.txt"
    path.write_text(f"Marks\n\n{sentence.format(m=mark)}\n", encoding="utf-8")
    [article] = load_articles([path])
    figures = [(c.text, c.value) for c in extract([article]) if c.kind in ("quantity", "money", "percent", "date")]
    assert figures == []  # "0 homes", "000 homes", "$4", "5 per cent", "2 March 2024": each a wrong figure


def _page(body: str) -> Page:
    return Page(body=body.encode("ascii"), url="https://courier.example/a")


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-16be"])
def test_a_meta_charset_of_utf16_on_ascii_bytes_is_read_as_utf8(label):
    page = _page(
        f'<html><head><meta charset="{label}"><title>Ferry</title></head><body><p>212 passengers</p></body></html>'
    )
    assert charset_of(page) == "utf-8"
    assert "212 passengers" in decode_page(page)


@pytest.mark.parametrize("label", ["utf-7", "UTF7", "utf-32", "base64", "rot13"])
def test_a_label_browsers_do_not_honour_is_ignored(label):
    page = _page(f'<html><head><meta charset="{label}"></head><body><p>+AGEAYgBj- 212 passengers</p></body></html>')
    assert charset_of(page) == "utf-8"
    assert "+AGEAYgBj- 212 passengers" in decode_page(page)  # UTF-7 would read "abc 212 passengers"
    assert charset_of(Page(body=page.body, charset=label)) == "utf-8"  # nor from the HTTP header


def _analyse_seconds(tmp_path, name: str, text: str) -> float:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    started = time.process_time()  # CPU time: other work on the machine (a busy CI runner) does not count
    analyze([path], workers=1)
    return time.process_time() - started


_DAYS, _MONTHS = ["Monday", "Tuesday", "Friday"], ["March", "May", "June"]
_HOSTILE = {
    # one sentence of figures next to role words: every figure described by the whole sentence, and
    # one cluster gathering them all (was quadratic twice over)
    "role_numbers": lambda n: " ".join(f"killed {i}, injured {i + 1}, missing {i + 2}." for i in range(n)),
    # many names sharing a last word: each short mention was tried against every longer name
    "names": lambda n: "\n\n".join(
        f"Anna Kal{i:x}ber Holm met Petra Oru{i:x}val Holm. Holm said so, and Holm left." for i in range(n)
    ),
    # many dates: every pair of them tried for a link
    "dates": lambda n: " ".join(
        f"On {_DAYS[i % 3]} {1 + i % 28} {_MONTHS[i % 3]} {1950 + i % 70} and on May {1 + i % 28}, {2000 + i % 50}, "
        "yesterday and last Tuesday."
        for i in range(n)
    ),
}


@pytest.mark.parametrize("case", sorted(_HOSTILE))
def test_hostile_text_is_analysed_in_near_linear_time(tmp_path, case):
    make = _HOSTILE[case]
    small = min(_analyse_seconds(tmp_path, f"{case}-s{k}", make(150)) for k in range(2))
    large = min(_analyse_seconds(tmp_path, f"{case}-l{k}", make(600)) for k in range(2))
    assert large < 8 * small + 0.5, (small, large)  # 4x the text; quadratic would be 16x (was 8-17x here)
    assert large < 5, large  # ~0.5 s here; was 10-20 s


def test_an_article_past_the_bound_of_one_kind_is_named_in_a_warning(tmp_path, monkeypatch):
    import workbench.extract as extract_package
    from workbench.extract import dates, entities, numbers, quotes

    for module in (extract_package, dates, entities, numbers, quotes):
        monkeypatch.setattr(module, "MAX_PER_KIND", 20)
    path = tmp_path / "list.txt"
    path.write_text("List\n\n" + " ".join(f"{i + 2} homes were lost." for i in range(50)) + "\n", encoding="utf-8")
    warnings: list[str] = []
    analysis = analyze([path], warn=warnings.append)
    figures = [c for c in analysis.candidates if c.kind == "quantity"]
    assert len(figures) == 20 and figures[-1].value == 21  # the first 20, in order
    assert warnings == [f"{path}: more figures than one article may give (20); the rest was not searched for figures"]


def test_a_huge_text_is_read_a_window_at_a_time_and_the_reading_stops_at_the_bound(monkeypatch):
    """Names, figures and dates past MAX_PER_KIND in the first windows: the rest of 5 MB is never read."""
    from workbench.extract import dates, entities, numbers

    text = "\n".join(f"Mayor Hanna Berg{i} said 12 homes burned on 3 May 2020." for i in range(40_000))
    article = Article(id="huge", path="huge.txt", title="", sha256="", text=text)
    index = SentenceIndex(text)
    windows = index.windows()
    assert len(windows) > 5 and windows[0][0] == 0 and windows[-1][1] == len(text)
    assert all(a[1] == b[0] and index.sentence_at(b[0])[0] == b[0] for a, b in pairwise(windows))
    assert SentenceIndex("A short article.\n\nIt is one window.").windows() == [(0, 35)]

    read: list[tuple[str, int]] = []
    for module, name in ((entities, "_words"), (dates, "_matches")):
        real = getattr(module, name)

        def reading(text, *args, _real=real, _name=name, **kwargs):
            read.append((_name, args[-1] if args else len(text)))
            return _real(text, *args, **kwargs)

        monkeypatch.setattr(module, name, reading)
    names = entities.find_entities(article, index)
    stopped: list[int] = []
    figures = numbers.find_numbers(article, index, stopped)
    found = dates.find_dates(article, index)
    assert len(names) == len(found) == MAX_PER_KIND and figures and stopped  # figures stop at 2x numbers read
    assert read and max(end for _, end in read) < len(text) // 4  # was: every word and date of the text


def test_a_line_too_long_for_page_furniture_is_story(tmp_path):
    """A page that lost its line breaks: one line with the whole story is not furniture for its words."""
    story = " ".join(f"Rescuers reached {i} more homes on the hill road." for i in range(60))
    for text in (f"Advertisement {story}", f"Read more {story}"):
        assert find_boilerplate(["Headline\n\n" + text + "\n"]) == [[]]
    short = "Headline\n\nRead more: the flood in pictures\n"
    assert [short[s:e] for s, e in find_boilerplate([short])[0]][-1] == "Read more: the flood in pictures"


def _furniture_seconds(line: str) -> float:
    started = time.process_time()
    find_boilerplate(["Headline\n\n" + line + "\n"])
    return time.process_time() - started


def test_a_caption_credit_before_a_run_of_capitals_is_read_in_linear_time():
    """ "Credit...Ann Lee for " and a run of capitals that ends no caption: each capital may start a name, so a
    pattern that let them nest tried every way of splitting the run (22 capitals: 0.35 s; 40: hours)."""
    line = "Crowds gather. Credit...Ann Lee for {}!"
    small = min(_furniture_seconds(line.format("A" * 16)) for _ in range(3))
    large = min(_furniture_seconds(line.format("A" * 22)) for _ in range(3))
    assert large < 8 * small + 0.05, (small, large)
