"""What the snapshot tests show, built so that a snapshot changes only when the app's look does.

The analysis is made from the bundled seeds/*.txt and their hand-made seeds/gold.json (facts,
clusters, boilerplate lines), not by the extractors, which keep improving; the markup article is
tests/fixtures/markup/markup_article.txt with its facts listed here. The store's clock is fixed
and every Input's cursor is kept still, so the same keys give the same screen.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from itertools import accumulate
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.paths import REPO, SEEDS, SEEDS_GOLD
from workbench.app import WorkbenchApp
from workbench.model import Analysis, Article, Candidate, Cluster
from workbench.store import Store

MARKUP_ARTICLE = REPO / "tests" / "fixtures" / "markup" / "markup_article.txt"

# (text, kind, value, unit, speaker) of the facts in the markup article
MARKUP_FACTS: list[tuple[str, str, Any, str | None, str | None]] = [
    ("14 people", "quantity", 14, "person", None),
    ("30 August 2027", "date", "2027-08-30", None, None),
    ("$2.5 million", "money", 2_500_000, "USD", None),
    ("40%", "percent", 40, "%", None),
    ('"We heard a roar [i]like a train[/i],"', "quote", None, None, "Samira Oud"),
    ("Samira Oud", "entity", None, None, None),
]

_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?=\s)|\n")


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence (within its line) holding text[start:end]."""
    begin, finish = 0, len(text)
    for stop in _SENTENCE_END.finditer(text):
        if stop.end() <= start:
            begin = stop.end()
        elif stop.start() >= end:
            finish = stop.start() if stop.group() == "\n" else stop.end()
            break
    while begin < start and text[begin].isspace():
        begin += 1
    return begin, finish


def _locate(text: str, fragment: str, occurrence: int = 1) -> int:
    at = -1
    for _ in range(occurrence):
        at = text.find(fragment, at + 1)
        if at < 0:
            raise ValueError(f"{fragment!r} (occurrence {occurrence}) is not in the article")
    return at


def _article(path: Path, boilerplate_lines: list[int], dateline: str | None = None) -> Article:
    """The article as the loader reads it (UTF-8, LF newlines); the given 1-based lines are boilerplate."""
    data = path.read_bytes()
    text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    boilerplate = [(starts[n - 1], starts[n - 1] + len(lines[n - 1])) for n in boilerplate_lines]
    title = next(line.strip() for line in lines if line.strip())
    return Article(path.stem, str(path), title, hashlib.sha256(data).hexdigest(), text, boilerplate, dateline)


def _candidate(
    article: Article, text: str, kind: str, value: Any, unit: str | None, speaker: str | None, occurrence: int = 1
) -> Candidate:
    start = _locate(article.text, text, occurrence)
    end = start + len(text)
    return Candidate(article.id, start, end, text, kind, value, sentence_of(article.text, start, end), unit, speaker)


def seeds_analysis() -> Analysis:
    """The bundled demo corpus with the facts and clusters its gold file marks."""
    gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    articles = {
        path.stem: _article(path, gold["articles"][path.stem]["boilerplate_lines"], gold["articles"][path.stem]["dateline"])
        for path in sorted(SEEDS.glob("*.txt"))
    }
    by_fact: dict[str, Candidate] = {}
    for fact in gold["facts"]:
        by_fact[fact["id"]] = _candidate(
            articles[fact["article"]], fact["text"], fact["kind"], fact["value"], fact.get("unit"),
            fact.get("speaker"), fact.get("occurrence", 1),
        )
    clusters = []
    for cluster in gold["clusters"]:
        members = [by_fact[m] for m in cluster["members"]]
        clusters.append(Cluster(
            cluster["id"], cluster["kind"], [m.id for m in members],
            list(dict.fromkeys(m.article for m in members)), cluster["status"],
        ))
    candidates = sorted(by_fact.values(), key=lambda c: (c.article, c.start))
    return Analysis(list(articles.values()), candidates, clusters)


def markup_analysis() -> Analysis:
    """The markup article (markup-like text, escape and control characters) and its facts."""
    article = _article(MARKUP_ARTICLE, boilerplate_lines=[3])
    return Analysis([article], [_candidate(article, *fact) for fact in MARKUP_FACTS], [])


def candidate_id(analysis: Analysis, article: str, text: str) -> str:
    """The id of the first candidate in `article` whose text starts with `text`."""
    return next(c.id for c in analysis.candidates if c.article == article and c.text.startswith(text))


def _fix_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Audit times that move one second per event from 2027-09-01 09:00:00 UTC."""
    ticks = iter(range(10**6))

    def now() -> str:
        tick = next(ticks)
        return f"2027-09-01T09:{tick // 60:02d}:{tick % 60:02d}.000Z"

    monkeypatch.setattr("workbench.store.audit.now", now)


def _open_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, analysis: Analysis) -> Iterator[WorkbenchApp]:
    _fix_clock(monkeypatch)
    store = Store.open(tmp_path / "review.db", analyst="analyst")
    store.ingest(analysis)
    try:
        yield WorkbenchApp(store)
    finally:
        store.close()


@pytest.fixture
def seeds_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[WorkbenchApp]:
    """The app over a fresh store holding the gold-marked demo corpus, with a fixed clock."""
    yield from _open_app(tmp_path, monkeypatch, seeds_analysis())


@pytest.fixture
def markup_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[WorkbenchApp]:
    """The app over a fresh store holding the markup article, with a fixed clock."""
    yield from _open_app(tmp_path, monkeypatch, markup_analysis())


async def press(pilot: Pilot, *keys: str) -> None:
    """Once the app is up, press the keys, keep every Input's cursor from blinking, let the screen settle."""
    await pilot.pause()
    await pilot.press(*keys)
    await pilot.pause()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


async def select(pilot: Pilot, candidate: str) -> None:
    """Once the app is up, select the candidate (as enter in the summary does) and let the screen settle."""
    await pilot.pause()
    pilot.app.goto_candidate(candidate)
    await press(pilot)
