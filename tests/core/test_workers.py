"""Extraction and alignment in a process pool: the same analysis as in one process, and no pool for a
small one."""

from __future__ import annotations

import multiprocessing
import os
import shutil

import pytest

from tests.core.test_stories import FERRY, RATES
from workbench import pipeline
from workbench.align import clusters
from workbench.pipeline import analyze
from workbench.resources import seeds_dir


def _pid(_: object) -> int:
    return os.getpid()


def _mapper_is_map(answer) -> None:
    with pipeline._mapper(2) as each:
        answer.put(set(each(_pid, range(10 * pipeline.POOL_FROM))) == {os.getpid()})


@pytest.fixture
def folder(tmp_path):
    """The seeds and an article with a hedged figure, a relative date and a dense list of figures; and two
    other stories' articles (test_stories')."""
    for seed in seeds_dir().glob("*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "dense.txt").write_text(
        "Harbour count\n\nPublished 2 September 2027\n\nOn Wednesday more than 300 people were moved. "
        + " ".join(f"Boat {i} carried {i * 3} people." for i in range(1, 40))
        + "\n",
        encoding="utf-8",
    )
    for name, text in (FERRY | RATES).items():
        (tmp_path / f"{name}.txt").write_text(
            text + " Repairs will cost $2 million, the owner said.\n", encoding="utf-8"
        )
    return tmp_path


def test_several_workers_give_the_same_analysis_as_one(folder, monkeypatch):
    monkeypatch.setattr(pipeline, "POOL_FROM", 2)  # extraction in the pool
    monkeypatch.setattr(clusters, "POOL_PAIRS", 0)  # and alignment
    one, two = analyze([folder], workers=1), analyze([folder], workers=2)
    assert one.to_json() == two.to_json()
    assert len(one.articles) == 11 and len(one.stories) == 3
    assert {k.story for k in one.clusters} == {"s1", "s2", "s3"}  # each story aligned in the pool


@pytest.mark.parametrize("workers", [1, 2])
def test_each_story_analysed_in_one_process_gives_what_the_whole_corpus_gives(folder, monkeypatch, workers):
    """Several stories none of which dominates go one by one to the pool (extracted and aligned there): the
    same analysis, warnings and extractions as extraction article by article, some extractions kept."""
    import workbench.extract as extract_package
    from workbench.extract import dates, entities, numbers, quotes

    for module in (extract_package, dates, entities, numbers, quotes):
        monkeypatch.setattr(module, "MAX_PER_KIND", 20)  # dense.txt's figures reach it: a warning
    monkeypatch.setattr(pipeline, "POOL_FROM", 2)
    kept = {key: found for key, found in analyze([folder], workers=1).extractions.items() if found}
    known = dict(list(kept.items())[::2])  # every other article's extraction kept from before
    stories: list[int] = []
    analyse_story = pipeline._analyse_story

    def run(share: float):
        monkeypatch.setattr(pipeline, "STORY_SHARE", share)
        return analyze([folder], workers=workers, known=lambda keys: {k: known[k] for k in keys if k in known})

    if workers == 1:  # a pool's calls are in its processes
        monkeypatch.setattr(pipeline, "_analyse_story", lambda work: stories.append(1) or analyse_story(work))
    whole = run(0.0)
    assert stories == []
    by_story = run(1.0)
    assert len(stories) == (3 if workers == 1 else 0)
    assert by_story.to_json() == whole.to_json() and whole.shared_passages  # passages from the stories' reductions
    assert by_story.warnings == whole.warnings and "dense.txt: more figures" in " ".join(whole.warnings)
    assert by_story.extractions == whole.extractions
    assert sorted(key for key, found in by_story.extractions.items() if found is None) == sorted(known)


@pytest.mark.parametrize("share", [0.0, 1.0])
def test_an_analysis_that_keeps_no_extractions_is_the_same_without_them(folder, monkeypatch, share):
    """The command's analysis (keep_extractions=False): the same analysis, no extractions, and none sent back by
    the stories' workers (the stories analysed one by one when share is 1.0)."""
    monkeypatch.setattr(pipeline, "STORY_SHARE", share)
    sent: list[int] = []
    analyse_story = pipeline._analyse_story
    monkeypatch.setattr(
        pipeline, "_analyse_story", lambda work: sent.append(len((found := analyse_story(work)).made)) or found
    )
    kept = analyze([folder], workers=1)
    sent_kept, sent[:] = list(sent), []
    bare = analyze([folder], workers=1, keep_extractions=False)
    assert bare.to_json() == kept.to_json() and bare.warnings == kept.warnings
    assert bare.extractions == {} and len(kept.extractions) == 11
    assert sent == ([0, 0, 0] if share else []) and sum(sent_kept) == (11 if share else 0)


def test_the_pool_runs_in_other_processes_only_when_it_pays():
    """A pool starts at the first call on POOL_FROM items (reading a folder's files), and maps all the calls
    after it, however few their items."""
    with pipeline._mapper(2) as each:
        assert set(each(_pid, range(pipeline.POOL_FROM - 1))) == {os.getpid()}
        assert os.getpid() not in set(each(_pid, range(pipeline.POOL_FROM)))
        assert os.getpid() not in set(each(_pid, range(8)))
    with pipeline._mapper(1) as each:
        assert set(each(_pid, range(10 * pipeline.POOL_FROM))) == {os.getpid()}


def test_a_daemonic_process_analyses_without_a_pool():
    """A daemonic process may not start processes (a benchmark's or a server's worker): no pool there."""
    context = multiprocessing.get_context("spawn")
    answer = context.Queue()
    child = context.Process(target=_mapper_is_map, args=(answer,), daemon=True)
    child.start()
    try:
        assert answer.get(timeout=60) is True
    finally:
        child.join()


def test_an_analysis_in_a_thread_whose_streams_have_no_file_runs_in_this_process(tmp_path, monkeypatch):
    """The app analyses in a thread while Textual holds the standard streams (no file behind them): no
    fork server can start there, so the articles are extracted in this process ('bad value(s) in
    fds_to_keep' before)."""
    import io
    import sys
    import threading

    class NoFile(io.StringIO):
        def fileno(self) -> int:
            return -1

    for i in range(pipeline.POOL_FROM + 5):
        (tmp_path / f"a{i:02d}.txt").write_text(
            f"Ferry fire\n\nAt least {i + 20} people were rescued from the Nordlys, Mayor Ann Berg{i} said.\n",
            encoding="utf-8",
        )
    found: dict[str, object] = {}

    def run() -> None:
        try:
            found["json"] = analyze([tmp_path], workers=2).to_json()
        except Exception as exc:  # reported by the assertion below
            found["error"] = repr(exc)

    monkeypatch.setattr(sys, "stderr", NoFile())
    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    monkeypatch.undo()
    assert "error" not in found, found.get("error")
    assert found["json"] == analyze([tmp_path], workers=1).to_json()


def test_files_read_in_the_pool_give_the_same_articles_and_warnings_in_order(tmp_path, monkeypatch):
    """Files are read in the pool's workers; what reading them gives, and each warning (a folder without articles,
    a front matter problem, a binary file, a path missing), comes in the order of reading them one by one."""
    empty, folder = tmp_path / "empty", tmp_path / "folder"
    empty.mkdir()
    folder.mkdir()
    for i in range(6):
        (folder / f"a{i}.txt").write_text(f"Ferry fire\n\nAt least {i + 20} people were rescued.\n", encoding="utf-8")
    (folder / "a2.txt").write_text("---\npublished: soon\n---\nFerry fire\n\nAt least 9 people.\n", encoding="utf-8")
    (folder / "a4.txt").write_bytes(b"\x00\x01binary")
    paths = [empty, folder, folder / "a1.txt", tmp_path / "missing.txt"]
    monkeypatch.setattr(pipeline, "POOL_FROM", 2)
    one, two = analyze(paths, workers=1), analyze(paths, workers=2)
    assert two.warnings == one.warnings
    assert one.warnings == [
        f"{empty}: no .txt, .md, .html or .htm files in this folder",
        f"{folder / 'a2.txt'}: front matter: published 'soon' is not an ISO date (YYYY-MM-DD); ignored",
        f"{folder / 'a4.txt'}: skipped: binary (NUL bytes)",
        f"{tmp_path / 'missing.txt'}: skipped: no such file or folder",
    ]
    assert two.to_json() == one.to_json()
    assert [a.id for a in two.articles] == ["a0", "a1", "a2", "a3", "a5"]


def test_an_article_copied_into_another_story_keeps_the_extraction_a_corpus_analysis_keeps(folder, monkeypatch):
    """Each story's worker extracts its articles: of two articles with one text in two stories, the extraction kept
    is the last one's, as extracting the corpus article by article keeps (its candidates carry that article's id)."""
    shutil.copy(folder / "ferry_a.txt", folder / "zz_copy.txt")
    found_stories = pipeline.group_stories

    def copy_apart(articles, read=None, each=map):  # the copy goes to the seeds' story, after its articles
        stories = [
            pipeline.Story(s.id, [i for i in s.articles if i != "zz_copy"]) for s in found_stories(articles, read, each)
        ]
        return [pipeline.Story(s.id, s.articles + ["zz_copy"] * ("01_harbour_gazette" in s.articles)) for s in stories]

    monkeypatch.setattr(pipeline, "group_stories", copy_apart)
    monkeypatch.setattr(pipeline, "POOL_FROM", 2)
    monkeypatch.setattr(pipeline, "STORY_SHARE", 0.0)
    whole = analyze([folder], workers=1)
    monkeypatch.setattr(pipeline, "STORY_SHARE", 1.0)
    by_story = analyze([folder], workers=2)
    copied = [key for key, found in whole.extractions.items() if found and found.figures[0].article == "zz_copy"]
    assert len(copied) == 1  # the copy's text, extracted from the copy (the last article holding it)
    assert by_story.extractions == whole.extractions
    assert by_story.to_json() == whole.to_json()
