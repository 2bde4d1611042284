"""Untrusted text in the report: markup, script tags, quotes, escape and direction characters in articles,
their metadata, notes and analyst names reach the page and the Markdown as text, never as markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.running import run
from tests.support.browser import chromium, dump_dom
from tests.support.report_page import ReportPage
from workbench.pipeline import analyze
from workbench.store import Store

HOSTILE_A = """---
title: <script>alert("t")</script> Dam "fails"
outlet: <b onmouseover=alert(1)>Courier</b>
author: O'Hara <i>
published: 2027-09-01
url: javascript:alert(1)
---
Dam fails in Lantry

At least 14 people died on Wednesday, officials said <script>alert(1)</script> \x1b[31mred\x1b[0m \u202egnp.exe.

"We heard a roar <img src=x onerror=alert(2)> like a train," said Samira Oud.
"""
HOSTILE_B = """---
title: Lantry dam & the "storm"
outlet: Times & "Post" </td></tr></table><h1>x</h1>
published: 2027-09-01
url: https://times.example/a?b=1&c="2"><script>alert(4)</script>
---
Lantry dam gives way

At least 12 people died on Wednesday, officials said.

"We heard a roar <img src=x onerror=alert(2)> like a train," said Samira Oud.
"""
PAGE_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "div", "nav", "ul", "li"}
PAGE_TAGS |= {"a", "main", "section", "p", "table", "thead", "tbody", "tr", "th", "td"}
PAGE_TAGS |= {"strong", "em", "code", "mark", "ins", "del"}


@pytest.fixture
def hostile_store(tmp_path: Path) -> Path:
    """A reviewed store of two hostile articles: a decision by an analyst with markup in the name, a note with markup."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(HOSTILE_A, encoding="utf-8")
    (folder / "b.txt").write_text(HOSTILE_B, encoding="utf-8")
    db = tmp_path / "review.sqlite"
    with Store.open(db, analyst='<b>eve</b>"\x1b[2J') as store:
        store.ingest(analyze([str(folder)]))
        conflict = next(c for c in store.clusters() if c.status == "conflict")
        store.reject(conflict.members[0])
        store.note(conflict.members[0], "</td><script>alert(3)</script> & \x1b]0;title\x07 \u202eevil")
    return db


def _write(capsys, db: Path, fmt: str) -> str:
    target = db.parent / f"report.{fmt}"
    assert run(capsys, "report", "--db", str(db), "-o", str(target), "--format", fmt) == (0, "", "")
    return target.read_text(encoding="utf-8")


def test_no_untrusted_text_survives_as_markup_in_the_page(hostile_store, capsys):
    text = _write(capsys, hostile_store, "html")
    page = ReportPage(text)
    assert {tag for tag, _ in page.elements} <= PAGE_TAGS  # no script, img, b, i, h1 from the articles
    for tag, attributes in page.elements:
        assert not [name for name in attributes if name.startswith("on")], (tag, attributes)
        href = attributes.get("href") if tag == "a" else None
        if href is not None:
            assert href.startswith(("#", "https://")), href
    assert "javascript:" not in [a.get("href", "") for _, a in page.elements if a.get("href")]
    for raw in ("\x1b", "\u202e", "\x07", "<script", "<img", "<b ", "<i>"):
        assert raw not in text
    # the hostile words are there, as text
    for shown in (
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "</td><script>alert(3)</script>",
        "<b onmouseover=alert(1)>Courier</b>",
        'Times & "Post" </td></tr></table><h1>x</h1>',
    ):
        assert shown in page.text
    assert "␛[31mred␛[0m" in page.text and "<b>eve</b>" in page.text and "O'Hara <i>" in page.text
    assert "javascript:alert(1)" in page.text  # the address is shown, never linked


def test_no_untrusted_text_survives_as_markup_in_the_markdown(hostile_store, capsys):
    text = _write(capsys, hostile_store, "md")
    for raw in ("\x1b", "\u202e", "\x07"):
        assert raw not in text
    assert re.findall(r"(?<!\\)<(?!/?(?:ins|del)>)", text) == []  # every other "<" escaped
    assert "](javascript" not in text
    assert "\\<script\\>alert(1)\\</script\\>" in text
    assert "\\<b\\>eve\\</b\\>" in text


def test_a_browser_builds_no_element_from_untrusted_text(hostile_store, capsys):
    chromium()
    _write(capsys, hostile_store, "html")
    dom = ReportPage(dump_dom(hostile_store.parent / "report.html", hostile_store.parent / "profile"))
    assert {tag for tag, _ in dom.elements} <= PAGE_TAGS
    assert "<script>alert(1)</script>" in dom.text and "</td><script>alert(3)</script>" in dom.text
