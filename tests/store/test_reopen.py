"""Reopening a store does not analyse again what it holds (issue 13, part 3): unchanged files are not
extracted, a changed one is the only one extracted again, the result is what a fresh analysis gives, and
decisions stay on their facts. Extraction is counted by its entry point, extract.extract_article."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import workbench.extract as extract_py
import workbench.pipeline as pipeline_py
from tests.support.local_site import PAGES
from tests.support.old_store import back_to_version
from workbench.extract import extraction_key
from workbench.load.files import load_articles
from workbench.model import Page
from workbench.pipeline import analyze, inputs_of, reanalyze
from workbench.store import Store, schema


def open_again(store: Store, folder: Path):
    """What the app's loading does: analyse unless the store holds the analysis of these files, then store it."""
    analysis = reanalyze([str(folder)], store, stored_page=store.page)
    if analysis is not None:
        store.ingest(analysis)
    return analysis


def test_reopening_unchanged_files_extracts_nothing_and_stores_nothing(tmp_path, seeds_copy, extracted):
    with Store.open(tmp_path / "r.sqlite", analyst="ann") as store:
        assert open_again(store, seeds_copy) is not None
        assert len(extracted) == 5
        store.confirm(store.candidates()[0].id)
        events, claims = store.head(), store.claims()
        extracted.clear()
        assert open_again(store, seeds_copy) is None
        assert extracted == []
        assert (store.head(), store.claims()) == (events, claims)


def test_a_changed_file_is_the_only_one_extracted_again_and_the_analysis_is_a_fresh_ones(
    tmp_path, seeds_copy, extracted
):
    with Store.open(tmp_path / "r.sqlite", analyst="ann") as store:
        open_again(store, seeds_copy)
        changed = seeds_copy / "03_kessar_herald.txt"
        changed.write_text(changed.read_text(encoding="utf-8").replace("Orvano", "Orvana"), encoding="utf-8")
        extracted.clear()
        again = open_again(store, seeds_copy)
        assert extracted == ["03_kessar_herald.txt"]
        assert again.to_json() == analyze([str(seeds_copy)]).to_json()


def test_a_new_file_is_extracted_and_a_removed_one_analysed_without(tmp_path, seeds_copy, extracted):
    with Store.open(tmp_path / "r.sqlite", analyst="ann") as store:
        open_again(store, seeds_copy)
        (seeds_copy / "05_river_voice.txt").rename(tmp_path / "aside.txt")
        extracted.clear()
        again = open_again(store, seeds_copy)
        assert extracted == []
        assert again.to_json() == analyze([str(seeds_copy)]).to_json()
        shutil.copy(tmp_path / "aside.txt", seeds_copy / "06_river_voice_again.txt")
        extracted.clear()
        open_again(store, seeds_copy)
        assert extracted == ["06_river_voice_again.txt"]


def test_decisions_stay_on_their_facts_when_another_file_changed(tmp_path, seeds_copy):
    with Store.open(tmp_path / "r.sqlite", analyst="ann") as store:
        open_again(store, seeds_copy)
        decided = [c for c in store.candidates() if c.article == "01_harbour_gazette"][:3]
        store.confirm(decided[0].id)
        store.reject(decided[1].id)
        store.link(decided[2].id, [c.id for c in store.candidates() if c.article == "02_meridian_wire"][:1])
        claims = store.claims()
        changed = seeds_copy / "04_northgate_post.txt"
        changed.write_text(changed.read_text(encoding="utf-8") + "\nA line added later.\n", encoding="utf-8")
        report = store.ingest(reanalyze([str(seeds_copy)], store))
        assert (report.unchanged, report.new_versions, report.stale) == (4, 1, 0)
        assert store.claims() == claims


def test_the_extractor_version_is_part_of_the_key_and_a_new_one_extracts_again(
    tmp_path, seeds_copy, extracted, monkeypatch
):
    [article] = load_articles([seeds_copy / "01_harbour_gazette.txt"])
    key = extraction_key(article)
    with Store.open(tmp_path / "r.sqlite", analyst="ann") as store:
        open_again(store, seeds_copy)
        monkeypatch.setattr(extract_py, "EXTRACTOR_VERSION", extract_py.EXTRACTOR_VERSION + 1)
        monkeypatch.setattr(pipeline_py, "EXTRACTOR_VERSION", extract_py.EXTRACTOR_VERSION)
        assert extraction_key(article) != key
        extracted.clear()
        assert open_again(store, seeds_copy) is not None
        assert len(extracted) == 5


def test_what_the_analysis_depends_on_is_in_its_inputs(tmp_path, seeds_copy, monkeypatch):
    before = inputs_of([seeds_copy])
    assert inputs_of([str(seeds_copy)]) == before
    assert inputs_of([seeds_copy], max_bytes=1000) != before
    with monkeypatch.context() as changed:
        changed.setattr(pipeline_py, "ANALYSIS_VERSION", pipeline_py.ANALYSIS_VERSION + 1)
        assert inputs_of([seeds_copy]) != before
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('"Orvano Dam" = ["the dam"]\n', encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_ALIASES", str(aliases))
    assert inputs_of([seeds_copy]) != before
    monkeypatch.delenv("WORKBENCH_ALIASES")
    (seeds_copy / "notes.txt").write_text("A new article.\n", encoding="utf-8")
    assert inputs_of([seeds_copy]) != before
    assert inputs_of(["https://example.org/news"], stored_page=lambda address: None) is None


def test_the_warnings_are_given_again_when_nothing_is_analysed(tmp_path, seeds_copy):
    (seeds_copy / "bad.txt").write_bytes(b"\x00\x01binary")
    with Store.open(tmp_path / "r.sqlite", analyst="ann") as store:
        first: list[str] = []
        store.ingest(reanalyze([str(seeds_copy)], store, warn=first.append))
        again: list[str] = []
        assert reanalyze([str(seeds_copy)], store, warn=again.append) is None
        assert again == first and "bad.txt" in first[0]


def test_an_analysis_stored_without_its_inputs_is_made_again(tmp_path, seeds_copy, extracted):
    with Store.open(tmp_path / "r.sqlite", analyst="ann") as store:
        open_again(store, seeds_copy)
        store.ingest(analyze([str(seeds_copy)]))  # e.g. by a script: what it was made from is not known
        extracted.clear()
        assert open_again(store, seeds_copy) is not None
        assert extracted == []  # its extractions are kept all the same


def test_a_version_6_store_is_migrated_and_then_reopened_without_analysing(tmp_path, seeds_copy, extracted):
    path = tmp_path / "v6.sqlite"
    with Store.open(path, analyst="ann") as store:
        store.ingest(analyze([str(seeds_copy)]))
        decided = store.confirm(store.candidates()[0].id)
    with sqlite3.connect(path) as conn:
        back_to_version(conn, 6)
    with Store.open(path, analyst="ann") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert open_again(store, seeds_copy) is not None
        extracted.clear()
        assert open_again(store, seeds_copy) is None and extracted == []
        assert store.claims() == [decided] and store.verify().ok


def test_an_address_whose_page_the_store_keeps_is_not_analysed_again(tmp_path, extracted):
    address = "https://courier.example/news/ferry-fire"
    page = Page(body=(PAGES / "news.html").read_bytes())
    with Store.open(tmp_path / "r.sqlite", analyst="ann") as store:
        store.ingest(reanalyze([address], store, stored_page=lambda _: page))  # as if fetched
        extracted.clear()
        assert reanalyze([address], store, stored_page=store.page) is None
        assert extracted == []
        assert reanalyze([address], store, stored_page=lambda _: replace(page, body=page.body + b" ")) is not None


def test_a_kept_extraction_that_cannot_be_read_is_made_again_and_replaced(tmp_path, seeds_copy, extracted):
    with Store.open(tmp_path / "r.sqlite", analyst="ann") as store:
        analysis = reanalyze([str(seeds_copy)], store)
        store.ingest(analysis)
        keys = sorted(analysis.extractions)
        store.conn.execute("UPDATE extractions SET extraction = '{\"names\": 1}' WHERE key = ?", (keys[0],))
        store.conn.execute("UPDATE extractions SET extraction = 'not json' WHERE key = ?", (keys[1],))
        store.conn.commit()
        assert sorted(store.extractions(keys)) == keys[2:]
        extracted.clear()
        again = analyze([str(seeds_copy)], known=store.extractions)
        assert len(extracted) == 2 and again.to_json() == analysis.to_json()
        store.ingest(again)
        assert sorted(store.extractions(keys)) == keys  # made again, and kept
