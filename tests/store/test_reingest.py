"""Re-ingesting an unchanged article: its candidates and fields become exactly the new analysis's (they depend on
the articles loaded with it); a decided fact the analysis no longer finds stays, stale, on the old version."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.support.small_corpus import cid, make_analysis
from workbench.pipeline import analyze
from workbench.store import Store

A12, A14, B12, G15 = (
    cid("alpha", "12 people"),
    cid("alpha", "14 people"),
    cid("beta", "12 people"),
    cid("gamma", "15 people"),
)
SUM = cid("gamma", "=SUM(A1)")

# x alone has no boilerplate; loaded with y, the line both carry is boilerplate and its three names go.
BYLINE = "Maria Lopez and Tom Baker at Riverton Harbor"
X = (
    f"Flood hits Riverton\n\n{BYLINE}\n\n"
    "Officials said 40 people were evacuated on Tuesday, the mayor, Anne Clark, said.\n"
)
Y = f"Storm damage in Lakeside\n\n{BYLINE}\n\nPolice said 12 homes were damaged in Lakeside on Monday.\n"


def current(store: Store, article: str | None = None) -> list[dict]:
    return [c for c in store.candidates(article) if not c.stale]


def assert_verifies(store: Store) -> None:
    result = store.verify()
    assert (result.ok, result.count, result.claims) == (True, len(store.events()), len(store.claims()))


def test_an_unchanged_article_takes_the_new_analysis_fields_and_exactly_its_candidates(store):
    analysis = make_analysis()
    analysis.candidates = [
        replace(c, value=13, speaker="the mayor", sentence=(0, c.end)) if c.id == A12 else c
        for c in analysis.candidates
        if c.id != SUM
    ]
    analysis.articles[0] = replace(
        analysis.articles[0],
        title="Blast kills 12",
        boilerplate=[(0, 10)],
        dateline="2024-05-01",
        family="beta",
        path="./corpus/alpha.txt",
    )
    report = store.ingest(analysis)
    assert (report.unchanged, report.new_versions) == (3, 0)
    assert [{k: getattr(c, k) for k in ("id", "value", "speaker", "sentence")} for c in current(store)] == [
        {k: c.to_json()[k] for k in ("id", "value", "speaker", "sentence")} for c in analysis.candidates
    ]
    alpha = store.articles()[0]
    assert {k: getattr(alpha, k) for k in ("version", "title", "boilerplate", "dateline", "family", "path")} == {
        "version": 1,
        "title": "Blast kills 12",
        "boilerplate": [[0, 10]],
        "dateline": "2024-05-01",
        "family": "beta",
        "path": "./corpus/alpha.txt",
    }
    assert_verifies(store)


def test_a_decided_fact_the_analysis_drops_stays_stale_on_the_old_version(store):
    store.link(A12, [B12])
    store.confirm(A12)
    store.reject(A14)
    store.reject(SUM)  # gamma keeps it: gamma stays at version 1
    analysis = make_analysis()
    analysis.candidates = [c for c in analysis.candidates if c.id != A14]
    report = store.ingest(analysis)
    assert (report.unchanged, report.new_versions, report.moved, report.stale) == (2, 1, 1, 1)
    assert [a.version for a in store.articles()] == [2, 1, 1]
    assert {c.id for c in current(store)} == {c.id for c in analysis.candidates}
    assert store.claim_of(A12).members == [A12, B12]
    stale = [(c.id, c.status, c.version) for c in store.candidates() if c.stale]
    assert stale == [(f"{A14}@v1", "rejected", 1)]
    assert store.events()[-1].after | {"sha256": None, "content": None} == {
        "version": 2,
        "sha256": None,
        "content": None,
        "moved": {A12: A12},
        "stale": {A14: f"{A14}@v1"},
    }
    store.undo()  # the reject of SUM
    store.undo()  # the reject of A14, followed onto the stale candidate
    assert store.candidate(f"{A14}@v1").status == "pending"
    assert_verifies(store)


def write(folder: Path, texts: dict[str, str]) -> list[Path]:
    for name, text in texts.items():
        (folder / name).write_text(text)
    return [folder / name for name in texts]


def test_opening_with_one_more_article_drops_what_it_marks_as_boilerplate(tmp_path):
    x, y = write(tmp_path, {"x.txt": X, "y.txt": Y})
    with Store.open(tmp_path / "review.sqlite", analyst="ann") as store:
        store.ingest(analyze([x]))
        names = {c.text: c.id for c in current(store, "x") if c.kind == "entity"}
        assert {"Maria Lopez", "Tom Baker", "Riverton Harbor"} <= set(names)
        store.reject(names["Tom Baker"])

        together = analyze([x, y])
        report = store.ingest(together)
        assert (report.added, report.unchanged, report.new_versions, report.stale) == (1, 0, 1, 1)
        assert store.articles()[0].boilerplate == [list(span) for span in together.articles[0].boilerplate] != []
        assert {c.id for c in current(store, "x")} == {c.id for c in together.candidates if c.article == "x"}
        assert [(c.text, c.status) for c in store.candidates("x") if c.stale] == [("Tom Baker", "rejected")]

        assert store.ingest(analyze([x, y])).unchanged == 2  # nothing more to change
        assert_verifies(store)


def test_an_undecided_fact_the_analysis_drops_is_deleted_without_a_new_version(tmp_path):
    x, y = write(tmp_path, {"x.txt": X, "y.txt": Y})
    with Store.open(tmp_path / "review.sqlite", analyst="ann") as store:
        store.ingest(analyze([x]))
        together = analyze([x, y])
        assert store.ingest(together).unchanged == 1
        assert store.articles()[0].version == 1
        assert [c.id for c in current(store, "x")] == [c.id for c in together.candidates if c.article == "x"]
        assert "Tom Baker" not in {c.text for c in store.candidates()}
