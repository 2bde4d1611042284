"""Saved web pages as articles: the main text without the page furniture, the metadata, the encodings."""

from __future__ import annotations

import hashlib
import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.load.files import NoArticlesError, load_articles
from workbench.load.pages import charset_of, extract_page
from workbench.model import Page
from workbench.pipeline import analyze

PAGES = Path(__file__).parents[1] / "fixtures" / "html"


def _load(*paths):
    warnings: list[str] = []
    try:
        articles = load_articles(paths, warn=warnings.append)
    except NoArticlesError:
        articles = []
    return articles, warnings


def _story(name: str, start: str, end: str) -> list[str]:
    """The fixture's <h1> and the <p> paragraphs between two markers, as plain text (read without trafilatura)."""
    page = (PAGES / name).read_text(encoding="utf-8")
    body = page[page.index(start) : page.index(end, page.index(start))]
    headline = re.search(r"<h1>(.*?)</h1>", page)[1]
    return [html.unescape(p) for p in [headline, *re.findall(r"<p>(.*?)</p>", body)]]


def test_news_page_text_is_the_story_alone():
    [article], warnings = _load(PAGES / "news.html")
    assert warnings == []
    paragraphs = _story("news.html", '<div class="story-body">', "</div>")
    assert len(paragraphs) == 7
    assert article.text == "\n\n".join(paragraphs) + "\n"
    for furniture in (
        "Donate",
        "3,400 readers",
        "Post comment",
        "57 comments",
        "Related stories",
        "Ferry fares",
        "Today's paper",
        "Weather",
        "All rights reserved",
        "Transport correspondent",
    ):
        assert furniture not in article.text


def test_news_page_metadata():
    [article], _ = _load(PAGES / "news.html")
    assert article.id == "news"
    assert article.title == "Ferry fire forces 212 passengers ashore"
    assert article.outlet == "The Lakeport Courier"
    assert article.author == "Mara Lind"
    assert article.published == "2024-03-15"
    assert article.url == "https://courier.example/news/2024/03/ferry-fire"
    data = (PAGES / "news.html").read_bytes()
    assert article.page == Page(body=data)
    assert article.sha256 == hashlib.sha256(data).hexdigest()
    contract = article.to_json()
    assert {key: contract[key] for key in ("path", "outlet", "published", "url", "author")} == {
        "path": str(PAGES / "news.html"),
        "outlet": "The Lakeport Courier",
        "published": "2024-03-15",
        "url": "https://courier.example/news/2024/03/ferry-fire",
        "author": "Mara Lind",
    }
    assert "page" not in contract


def test_no_candidate_comes_from_the_page_furniture():
    analysis = analyze([PAGES / "news.html"])
    [article] = analysis.articles
    paragraphs = _story("news.html", '<div class="story-body">', "</div>")
    assert len(analysis.candidates) > 10
    for c in analysis.candidates:
        sentence = article.text[c.sentence[0] : c.sentence[1]]
        assert any(sentence in p for p in paragraphs), (c.text, sentence)
    values = {c.value for c in analysis.candidates}
    assert values.isdisjoint({3400, 10_000, 57, 1500, 22_000_000, 1887, "2024-01-02", "--12-31"})


def test_weekday_resolves_against_the_published_date():
    analysis = analyze([PAGES / "news.html"])
    [article] = analysis.articles
    assert article.dateline == "2024-03-15"  # a Friday
    [wednesday] = [c for c in analysis.candidates if c.text == "Wednesday"]
    assert wednesday.value == "2024-03-13"


def test_page_without_metadata():
    [article], warnings = _load(PAGES / "bare.html")
    assert warnings == []
    assert article.title == "Council approves new cycle lanes"
    assert (article.outlet, article.author, article.published, article.url) == (None, None, None, None)
    assert article.text == "\n\n".join(_story("bare.html", "<body>", "</body>")) + "\n"
    analysis = analyze([PAGES / "bare.html"])
    assert analysis.articles[0].dateline is None
    assert [c.value for c in analysis.candidates if c.text == "Thursday"] == ["thursday"]  # nothing to resolve it by


def test_cp1252_declared_in_a_meta_tag():
    data = (PAGES / "cp1252.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    [article], _ = _load(PAGES / "cp1252.html")
    assert article.title == "Harbour café reopens after eight months"
    assert "\ufffd" not in article.text
    for wanted in ("Saint-André Quay", "€450,000", "“We kept the original counter", "by name – they"):
        assert wanted in article.text
    assert (article.outlet, article.author, article.published) == ("The Quay Gazette", "Renée Fabré", "2023-11-08")
    [tuesday] = [c for c in analyze([PAGES / "cp1252.html"]).candidates if c.text == "Tuesday"]
    assert tuesday.value == "2023-11-07"


@pytest.mark.parametrize(
    "body, header, expected",
    [
        (b'<meta charset="windows-1252"><p>x', None, "cp1252"),
        (b"<meta charset=ISO-8859-1><p>x", None, "cp1252"),  # as browsers read it
        (b'<meta charset="windows-1252"><p>x', "utf-8", "utf-8"),  # the HTTP header wins
        (b'<meta charset="no-such-encoding"><p>caf\xc3\xa9', None, "utf-8"),
        (b"<p>caf\xe9", None, "cp1252"),
        ("\ufeff<p>café".encode("utf-8"), "windows-1252", "utf-8-sig"),  # the byte-order mark wins
    ],
)
def test_charset_precedence(body, header, expected):
    assert charset_of(Page(body=body, charset=header)) == expected


def test_broken_page_keeps_what_it_has():
    [article], warnings = _load(PAGES / "broken.html")
    assert warnings == []
    assert article.title == "Storm cuts power to 8,000 homes"
    starts = [
        "Storm cuts power",
        "Gusts of up to 110 km/h",
        "Repair crews had reconnected",
        '"We have 60 crews out',
        "Two roads remain closed",
    ]
    paragraphs = article.text.split("\n\n")
    assert [p[: len(s)] for p, s in zip(paragraphs, starts)] == starts
    assert len(paragraphs) == len(starts)
    assert "<" not in article.text and "href" not in article.text


def test_pages_without_text_or_binary_are_skipped_with_one_line(tmp_path):
    (tmp_path / "script.html").write_text(
        "<html><head><title>App</title><script>render(document.body)</script></head><body></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "binary.htm").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    articles, warnings = _load(tmp_path, PAGES / "bare.html")
    assert [a.id for a in articles] == ["bare"]
    assert sorted(warnings) == [
        f"{tmp_path / 'binary.htm'}: skipped: binary (NUL bytes)",
        f"{tmp_path / 'script.html'}: skipped: no article text found in the page",
    ]


def test_a_folder_mixes_pages_and_text_files(tmp_path):
    (tmp_path / "a.html").write_bytes((PAGES / "news.html").read_bytes())
    (tmp_path / "b.txt").write_text("Ferry fire\n\nAll 212 passengers left the ferry on Wednesday.\n", encoding="utf-8")
    articles, warnings = _load(tmp_path)
    assert warnings == []
    assert [(a.id, a.outlet) for a in articles] == [("a", "The Lakeport Courier"), ("b", None)]
    assert articles[1].page is None


def test_extract_page_reports_no_text_as_empty():
    assert extract_page(Page(body=b"<html><head><title>Only a title</title></head><body></body></html>")).text == ""


def test_text_files_do_not_import_trafilatura():
    code = (
        "import sys\nfrom workbench.pipeline import analyze\nfrom workbench.resources import seeds_dir\n"
        "analyze([seeds_dir()])\nsys.exit(1 if 'trafilatura' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0
