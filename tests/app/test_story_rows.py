"""A story is read alone: opening one reads only its articles' rows, and gives what the whole store gives of it;
the story list is read in full once, then only the open story's row while no other analyst changes the store.
What a key reads of a claim is looked up by index, whatever the size of the store."""

from __future__ import annotations

import inspect
from collections.abc import Collection, Iterator
from pathlib import Path

import pytest

import workbench.store.reads as reads_py
from tests.core.test_stories import FERRY, RATES
from workbench.app.review import Review
from workbench.app.story_rows import StoryRows
from workbench.output.stories import story_rows
from workbench.pipeline import analyze
from workbench.store import Store

# The outlets of each story disagree on one figure: a conflict in each.
TEXTS = FERRY | {"ferry_b": FERRY["ferry_b"].replace("212", "214")} | RATES
TEXTS |= {"rates_b": RATES["rates_b"].replace("4.5 percent", "4.75 percent")}


@pytest.fixture
def two_stories(tmp_path: Path) -> Iterator[Path]:
    """A store of two stories, each with an open conflict."""
    for name, text in TEXTS.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    with Store.open(tmp_path / "two.sqlite", analyst="ann") as store:
        store.ingest(analyze([str(tmp_path / f"{name}.txt") for name in TEXTS]))
        assert [row.conflicts for row in story_rows(store)] == [1, 1]
    yield tmp_path / "two.sqlite"


@pytest.fixture
def read_within(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, frozenset[str] | None]]:
    """Each read of candidates (in full or in brief) from now on, with the articles it was limited to."""
    reads: list[tuple[str, frozenset[str] | None]] = []

    def counted(name: str):
        real = getattr(reads_py, name)

        def read(*args):
            within: Collection[str] | None = inspect.signature(real).bind(*args).arguments.get("within")
            reads.append((name, None if within is None else frozenset(within)))
            return real(*args)

        return read

    for name in ("candidates", "candidate_states"):
        monkeypatch.setattr(reads_py, name, counted(name))
    return reads


def _settle_conflict(store: Store, story: str) -> None:
    """Confirm every member of the story's conflicting cluster: its conflict is no longer open."""
    [cluster] = [k for k in store.clusters() if k.story == story and k.status == "conflict"]
    for member in cluster.members:
        store.confirm(member)


def test_a_story_opened_reads_only_its_articles_and_is_what_the_whole_store_gives_of_it(two_stories, read_within):
    with Store.open(two_stories, analyst="ann") as store:
        whole = Review(store)
        s2 = store.stories()[1]
        read_within.clear()
        alone = Review(store, story=s2)
        assert read_within == [("candidates", frozenset(RATES))]
        assert alone.article_ids == list(RATES)
        assert alone.by_id == {cid: c for cid, c in whole.by_id.items() if c.article in RATES}
        assert alone.clusters == {k: c for k, c in whole.clusters.items() if set(c.articles) <= set(RATES)}
        assert alone.progress.conflicts_open == 1


def test_the_story_list_reads_again_only_the_open_story_after_ones_own_decisions(two_stories, read_within):
    with Store.open(two_stories, analyst="ann") as store:
        s1, _ = store.stories()
        rows = StoryRows(store)
        assert rows.rows(s1) == story_rows(store)
        read_within.clear()
        _settle_conflict(store, "s1")
        assert [row.conflicts for row in rows.rows(s1)] == [0, 1]
        assert read_within == [("candidate_states", frozenset(s1.articles))]
        assert rows.rows(s1) == story_rows(store)


def test_the_story_list_is_read_in_full_again_once_another_analyst_changed_the_store(two_stories, read_within):
    with Store.open(two_stories, analyst="ann") as store, Store.open(two_stories, analyst="bob") as other:
        s1, _ = store.stories()
        rows = StoryRows(store)
        rows.rows(s1)
        _settle_conflict(other, "s2")
        read_within.clear()
        assert [row.conflicts for row in rows.rows(s1)] == [1, 0]
        assert read_within == [("candidate_states", None)]


def test_what_a_key_reads_of_a_claim_looks_up_its_rows_and_scans_no_table(two_stories):
    """A decision and the inspector read one claim: by index, never the whole table of articles (the
    current_versions view made whole), candidates, members or evidence, whose size grows with the corpus."""
    with Store.open(two_stories, analyst="ann") as store:
        first, second = (c.id for c in store.candidates()[:2])
        store.link(first, [second])
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        store.confirm(first)
        assert store.claim_of(second) is not None
        store.conn.set_trace_callback(None)
        reads = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
        assert any("claim_members" in sql for sql in reads)
        for sql in reads:
            plan = [row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
            assert not [step for step in plan if step.startswith("MATERIALIZE")], sql
            assert not [step for step in plan if step.startswith("SCAN") and "audit" not in step], sql
