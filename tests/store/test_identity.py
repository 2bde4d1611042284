"""A stored article is known by its source (resolved path, or address), not by its id: two files with one
name are two articles however they are opened, and each keeps its id and its decisions."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests.support.old_store import back_to_version
from tests.support.small_corpus import make_analysis
from workbench.model import Analysis, Article, Candidate
from workbench.pipeline import analyze
from workbench.store import Store, schema

SHARED = "The river rose four metres overnight and the old bridge on Mill Road was closed to all traffic."
TEXTS = {
    "a": f"Flood in Riverton\n\nOfficials said 40 people were evacuated on Tuesday. {SHARED}\n",
    "b": f"Riverton evacuates\n\nPolice said 45 people were evacuated on Tuesday. {SHARED}\n",
}


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    """a/report.txt and b/report.txt, two reports of one flood sharing a sentence."""
    found = {}
    for name, text in TEXTS.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "report.txt").write_text(text)
        found[name] = tmp_path / name
    return found


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "review.sqlite", analyst="ann") as opened:
        yield opened


def ids_by_folder(store: Store) -> dict[str, str]:
    return {Path(a.path).parent.name: a.id for a in store.articles()}


def figure(store: Store, article_id: str) -> dict:
    return next(c for c in store.candidates(article_id) if c.kind == "quantity" and not c.stale)


def assert_consistent(store: Store) -> None:
    """Every candidate is a span of its article's text, every cluster member and passage span names a stored
    article, and the claims are as the audit log records them."""
    texts = {a.id: a.text for a in store.articles()}
    current = {c.id: c for c in store.candidates() if not c.stale}
    assert all(texts[c.article][c.start : c.end] == c.text for c in current.values())
    for cluster in store.clusters():
        assert {current[m].article for m in cluster.members} <= set(cluster.articles) <= set(texts)
    assert all(article in texts for p in store.shared_passages() for article, _, _ in p.spans)
    assert {a.family for a in store.articles()} - {None} <= set(texts)
    result = store.verify()
    assert (result.ok, result.claims) == (True, len(store.claims()))


def test_same_name_files_opened_one_after_the_other_are_two_articles(store, folders):
    store.ingest(analyze([folders["a"]]))
    store.confirm(figure(store, "report").id)
    report = store.ingest(analyze([folders["b"]]))
    assert (report.added, report.unchanged, report.new_versions) == (1, 0, 0)
    assert ids_by_folder(store) == {"a": "report", "b": "report-2"}
    assert [a.version for a in store.articles()] == [1, 1]
    assert (figure(store, "report").text, figure(store, "report").status) == ("40 people", "confirmed")
    assert (figure(store, "report-2").text, figure(store, "report-2").status) == ("45 people", "pending")
    assert_consistent(store)


def test_same_name_files_keep_their_ids_opened_together_alone_or_in_another_order(store, folders):
    store.ingest(analyze([folders["a"], folders["b"]]))
    assert ids_by_folder(store) == {"a": "report", "b": "report-2"}
    store.confirm(figure(store, "report").id)

    report = store.ingest(analyze([folders["b"]]))  # alone, b's analysis calls it "report"
    assert (report.added, report.unchanged, report.new_versions) == (0, 1, 0)
    report = store.ingest(analyze([folders["b"], folders["a"]]))  # b first: the analysis swaps the ids
    assert (report.added, report.unchanged, report.new_versions) == (0, 2, 0)

    assert ids_by_folder(store) == {"a": "report", "b": "report-2"}
    assert [a.version for a in store.articles()] == [1, 1]
    assert (figure(store, "report").text, figure(store, "report").status) == ("40 people", "confirmed")
    assert figure(store, "report-2").status == "pending"
    assert {a.family for a in store.articles()} == {"report-2"}  # the first of the family in this load: b
    assert [p.articles for p in store.shared_passages()] == [["report-2", "report"]]
    assert any(c.articles == ["report-2", "report"] for c in store.clusters())
    assert_consistent(store)


def test_a_moved_file_is_a_new_article_and_the_old_one_keeps_its_decisions(store, folders, tmp_path):
    store.ingest(analyze([folders["a"]]))
    store.confirm(figure(store, "report").id)
    moved = tmp_path / "c"
    folders["a"].rename(moved)
    report = store.ingest(analyze([moved]))
    assert (report.added, report.unchanged, report.new_versions) == (1, 0, 0)
    assert [(a.id, Path(a.path).parent.name) for a in store.articles()] == [("report", "a"), ("report-2", "c")]
    assert (figure(store, "report").status, figure(store, "report-2").status) == ("confirmed", "pending")
    assert_consistent(store)


def from_address(address: str, text: str) -> Analysis:
    article = Article("report", address, "Report", hashlib.sha256(text.encode()).hexdigest(), text)
    return Analysis([article], [Candidate("report", 0, 9, text[:9], "quantity", 12, (0, len(text)), "person")], [])


def test_articles_read_from_addresses_are_known_by_their_address(store):
    store.ingest(from_address("https://one.example/news/report", "12 people died."))
    store.confirm("report:0-9:quantity")
    assert store.ingest(from_address("https://two.example/news/report", "12 people were hurt.")).added == 1
    assert store.ingest(from_address("https://one.example/news/report", "12 people died.")).unchanged == 1
    assert [(a.id, a.path, a.version) for a in store.articles()] == [
        ("report", "https://one.example/news/report", 1),
        ("report-2", "https://two.example/news/report", 1),
    ]
    assert [c.status for c in store.candidates()] == ["confirmed", "pending"]
    assert_consistent(store)


def test_a_version_3_store_takes_its_articles_sources_from_their_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "v3.sqlite"
    with Store.open(path) as store:  # as stored by version 3: the relative paths corpus/<name>.txt
        store.ingest(make_analysis())
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE articles DROP COLUMN source")
        for column in ("key", "attributed_to"):  # added by version 5
            conn.execute(f"ALTER TABLE candidates DROP COLUMN {column}")
        conn.execute("ALTER TABLE clusters DROP COLUMN origins")
        back_to_version(conn, 3)
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        sources = [row[0] for row in store.conn.execute("SELECT source FROM articles ORDER BY rowid")]
        assert sources == [str(tmp_path / "corpus" / f"{name}.txt") for name in ("alpha", "beta", "gamma")]
        assert store.ingest(make_analysis()).unchanged == 3
