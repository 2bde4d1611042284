"""Front matter in text files: the metadata it gives, and that it is not part of the article text."""

from __future__ import annotations

import hashlib

import pytest

from workbench.load.files import load_articles
from workbench.load.frontmatter import iso_date, split_front_matter
from workbench.pipeline import analyze

STORY = "Ferry fire\n\nAll 212 passengers left the ferry on Wednesday, the harbour master said.\n"
BLOCK = (
    "---\n"
    "title: Ferry fire forces 212 passengers ashore\n"
    "Outlet: The Lakeport Courier\n"
    'author: "Mara Lind"\n'
    "date: 2024-03-15T08:30:00+01:00\n"
    "url: https://courier.example/news/2024/03/ferry-fire\n"
    "---\n"
    "\n"
)


def test_the_block_becomes_metadata_and_leaves_the_text():
    meta, text, problems = split_front_matter(BLOCK + STORY)
    assert meta == {
        "title": "Ferry fire forces 212 passengers ashore",
        "outlet": "The Lakeport Courier",
        "author": "Mara Lind",
        "published": "2024-03-15",
        "url": "https://courier.example/news/2024/03/ferry-fire",
    }
    assert text == STORY
    assert problems == []


@pytest.mark.parametrize(
    "text",
    [
        STORY,
        "---\nThis is a rule, then prose: not metadata.\n---\n" + STORY,
        "---\ntitle: never closed\n" + STORY,
        "Ferry fire\n---\ntitle: not at the top\n---\n",
    ],
    ids=["none", "prose", "unclosed", "not-first"],
)
def test_text_without_a_block_is_left_alone(text):
    assert split_front_matter(text) == ({}, text, [])


def test_values_ignored_are_reported():
    meta, text, problems = split_front_matter("---\npublished: last week\nsection: news\noutlet:\n---\n" + STORY)
    assert meta == {}
    assert text == STORY
    assert problems == [
        "front matter: published 'last week' is not an ISO date (YYYY-MM-DD); ignored",
        "front matter: unknown key 'section' ignored",
    ]


@pytest.mark.parametrize(
    "raw, date",
    [
        ("2024-03-15", "2024-03-15"),
        ("2024-03-15 08:30", "2024-03-15"),
        ("2024-02-30", None),
        ("15 March 2024", None),
        ("2024-03-15x", None),
    ],
)
def test_iso_date(raw, date):
    assert iso_date(raw) == date


def test_a_text_file_with_front_matter(tmp_path):
    path = tmp_path / "courier.txt"
    path.write_bytes((BLOCK + STORY).replace("\n", "\r\n").encode("utf-8"))
    warnings: list[str] = []
    [article] = load_articles([path], warn=warnings.append)
    assert warnings == []
    assert article.text == STORY
    assert article.title == "Ferry fire forces 212 passengers ashore"
    assert (article.outlet, article.author, article.published, article.url) == (
        "The Lakeport Courier",
        "Mara Lind",
        "2024-03-15",
        "https://courier.example/news/2024/03/ferry-fire",
    )
    assert article.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()  # of the file, block included
    assert article.page is None


def test_front_matter_problems_name_the_file(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\npublished: soon\n---\n" + STORY, encoding="utf-8")
    warnings: list[str] = []
    [article] = load_articles([path], warn=warnings.append)
    assert article.published is None
    assert warnings == [f"{path}: front matter: published 'soon' is not an ISO date (YYYY-MM-DD); ignored"]


def test_the_published_date_resolves_weekdays_and_offsets_count_after_the_block(tmp_path):
    path = tmp_path / "courier.txt"
    # The text's own dateline (a reprint date) loses to the published date.
    path.write_text(BLOCK + "Ferry fire\n\n1 April 2024\n\n" + STORY.split("\n\n", 1)[1], encoding="utf-8")
    analysis = analyze([path])
    [article] = analysis.articles
    assert article.dateline == "2024-03-15"
    [wednesday] = [c for c in analysis.candidates if c.text == "Wednesday"]
    assert wednesday.value == "2024-03-13"
    for c in analysis.candidates:
        assert article.text[c.start : c.end] == c.text
