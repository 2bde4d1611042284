"""The store keeps each article's outlet, date, URL and author and its web page; the exports carry them."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

from workbench.load.pages import extract_page
from workbench.output.exports import export
from workbench.pipeline import analyze
from workbench.store import Store, schema

PAGES = Path(__file__).parents[1] / "fixtures" / "html"
NEWS_URL = "https://courier.example/news/2024/03/ferry-fire"


def _reviewed(tmp_path: Path) -> Store:
    """A store holding the news page and a plain text file, with a confirmed claim linking the two."""
    (tmp_path / "wire.txt").write_text(
        "Ferry evacuated\n\nAll 212 passengers were taken off the ferry Alder Queen, officials said.\n",
        encoding="utf-8",
    )
    analysis = analyze([PAGES / "news.html", tmp_path / "wire.txt"])
    store = Store.open(tmp_path / "review.sqlite", analyst="ana")
    store.ingest(analysis)
    page_fact = next(c.id for c in analysis.candidates if c.article == "news" and c.text == "212 passengers")
    text_fact = next(c.id for c in analysis.candidates if c.article == "wire" and c.text == "212 passengers")
    store.link(page_fact, [text_fact])
    store.confirm(page_fact)
    return store


def test_articles_keep_their_provenance(tmp_path):
    with _reviewed(tmp_path) as store:
        news, wire = store.articles()
        assert (news.outlet, news.published, news.url, news.author) == (
            "The Lakeport Courier",
            "2024-03-15",
            NEWS_URL,
            "Mara Lind",
        )
        assert (wire.outlet, wire.published, wire.url, wire.author) == (None, None, None, None)


def test_the_page_is_kept_and_extraction_can_be_rerun(tmp_path):
    with _reviewed(tmp_path) as store:
        news = store.articles()[0]
        page = store.page(news.path)
        assert page.body == (PAGES / "news.html").read_bytes()
        assert extract_page(page).text == news.text
        assert store.page(str(tmp_path / "wire.txt")) is None


def test_json_mentions_and_claimreview_carry_url_outlet_and_date(tmp_path):
    with _reviewed(tmp_path) as store:
        [record] = json.loads(export(store, "json"))
        news, wire = record["mentions"]
        assert (news["url"], news["outlet"], news["published"], news["author"]) == (
            NEWS_URL,
            "The Lakeport Courier",
            "2024-03-15",
            "Mara Lind",
        )
        assert (wire["url"], wire["outlet"], wire["published"]) == (None, None, None)
        [review] = json.loads(export(store, "claimreview"))
        page, text = review["itemReviewed"]["appearance"]
        assert page == {
            "@type": "CreativeWork",
            "identifier": "news",
            "name": "Ferry fire forces 212 passengers ashore",
            "url": NEWS_URL,
            "publisher": {"@type": "Organization", "name": "The Lakeport Courier"},
            "datePublished": "2024-03-15",
            "author": {"@type": "Person", "name": "Mara Lind"},
        }
        assert text == {"@type": "CreativeWork", "identifier": "wire", "name": "Ferry evacuated"}
        assert export(store, "csv").splitlines()[1].split(",")[7] == "news;wire"  # CSV keeps ids


def test_a_version_1_store_is_migrated(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:
        for statement in schema.MIGRATIONS[0]:
            conn.execute(statement)
        conn.execute(
            """INSERT INTO articles (id, version, path, title, sha256, text, ingested_at)
               VALUES ('old', 1, 'old.txt', 'Old', 'abc', 'Old text.', '2024-01-01T00:00:00.000Z')"""
        )
        conn.execute("PRAGMA user_version = 1")
    with Store.open(path, analyst="ana") as store:
        [old] = store.articles()
        assert (old.outlet, old.published, old.url, old.author) == (None, None, None, None)
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        analysis = analyze([PAGES / "news.html"])
        analysis.articles[0] = replace(analysis.articles[0], id="news")
        store.ingest(analysis)
        assert store.articles()[1].url == NEWS_URL
