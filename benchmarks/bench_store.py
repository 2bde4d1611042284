"""Review-store timings (a script, not a test): python benchmarks/bench_store.py [--runs N]

1. 10,000 decisions, one transaction each, as the app writes them (target < 10 s)
2. export of 10,000 claims (target < 2 s)
3. opening a store with 100,000 audit events (decisions on 10,000 claims, then a re-ingestion that moves
   them all to new article versions) and verifying its chain and its claims against it (target < 1 s)
4. ingesting `analyze` over 1,000 generated articles (bench_analyze.build_corpus) into a new store, and
   again into that store, every article unchanged (target < 2 s each)

Prints the median of a few runs of each.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_analyze import build_corpus  # run as a script, its folder is on the path

from workbench.model import Analysis, Article, Candidate
from workbench.output.exports import export
from workbench.pipeline import analyze
from workbench.store import Store, decisions
from workbench.store.connection import write_transaction

ARTICLES = 20
FACTS_PER_ARTICLE = 500


def synthetic_analysis(preface: str = "") -> Analysis:
    """20 articles of 500 sentences after the preface, one quantity candidate in each: 10,000 candidates."""
    articles, candidates = [], []
    for a in range(ARTICLES):
        article_id = f"outlet-{a:02d}"
        sentences, offset = [], len(preface)
        for i in range(FACTS_PER_ARTICLE):
            sentence = f"Officials in district {i} said {i + a} people were hurt."
            figure = sentence.index(f"{i + a} people")
            candidates.append(
                Candidate(
                    article_id,
                    offset + figure,
                    offset + figure + len(f"{i + a} people"),
                    f"{i + a} people",
                    "quantity",
                    i + a,
                    (offset, offset + len(sentence)),
                    "person",
                )
            )
            sentences.append(sentence)
            offset += len(sentence) + 1
        text = preface + " ".join(sentences)
        articles.append(
            Article(article_id, f"{article_id}.txt", f"Report {a}", hashlib.sha256(text.encode()).hexdigest(), text)
        )
    return Analysis(articles, candidates, [])


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """(wall-clock, this process's CPU) seconds; the gap is waiting, mostly for fsync on commit."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def bench_decisions(folder: Path, analysis: Analysis) -> tuple[float, float]:
    """10,000 confirm / reject / note calls through the public API, each its own transaction."""
    path = folder / f"decisions-{time.monotonic_ns()}.sqlite"
    with Store.open(path, analyst="bench") as store:
        store.ingest(analysis)
        ids = [c.id for c in analysis.candidates]

        def decide() -> None:
            for i, candidate_id in enumerate(ids):
                if i % 3 == 0:
                    store.confirm(candidate_id)
                elif i % 3 == 1:
                    store.reject(candidate_id)
                else:
                    store.note(candidate_id, f"checked {i}")

        return timed(decide)


def decided_store(folder: Path, analysis: Analysis) -> Path:
    """A store with 10,000 claims (bulk-written in one transaction: setup, not measured)."""
    path = folder / "claims.sqlite"
    with Store.open(path, analyst="bench") as store:
        store.ingest(analysis)
        with write_transaction(store.conn):
            for i, candidate in enumerate(analysis.candidates):
                (decisions.confirm if i % 2 else decisions.reject)(store.conn, "bench", candidate.id)
    return path


def bench_export(path: Path, fmt: str) -> tuple[float, float]:
    def run() -> None:
        with Store.open(path, readonly=True) as store:
            export(store, fmt, "all")

    return timed(run)


def events_store(folder: Path, analysis: Analysis, count: int) -> Path:
    """A store whose audit log holds `count` events: notes on every candidate, then every article changed
    and re-ingested, its claims' members moved to the new version (setup, not measured)."""
    path = folder / "events.sqlite"
    with Store.open(path, analyst="bench") as store:
        store.ingest(analysis)
        ids = [c.id for c in analysis.candidates]
        with write_transaction(store.conn):
            for i in range(count - 2 * len(analysis.articles)):
                decisions.note(store.conn, "bench", ids[i % len(ids)], f"note {i}")
        report = store.ingest(synthetic_analysis("Updated at noon. "))
    assert report.moved == len(ids), report
    return path


def bench_verify(path: Path, count: int, claims: int) -> tuple[float, float]:
    def run() -> None:
        with Store.open(path, readonly=True) as store:
            result = store.verify()
        assert result.ok and (result.count, result.claims) == (count, claims), result

    return timed(run)


def corpus_analysis(folder: Path) -> Analysis:
    """`analyze` over 1,000 articles written by bench_analyze.build_corpus (setup, not measured)."""
    corpus = folder / "corpus"
    corpus.mkdir()
    build_corpus(corpus, 1000)
    return analyze([corpus])


def bench_ingest(folder: Path, analysis: Analysis) -> tuple[tuple[float, float], tuple[float, float]]:
    """(into a new store, again into the same store) timings."""
    with Store.open(folder / f"ingest-{time.monotonic_ns()}.sqlite", analyst="bench") as store:
        return timed(lambda: store.ingest(analysis)), timed(lambda: store.ingest(analysis))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    analysis = synthetic_analysis()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report = [
            ("10,000 decisions, one transaction each", [bench_decisions(folder, analysis) for _ in range(runs)], 10.0)
        ]
        claims = decided_store(folder, analysis)
        for fmt in ("csv", "json", "claimreview"):
            report.append((f"export 10,000 claims ({fmt})", [bench_export(claims, fmt) for _ in range(runs)], 2.0))
        events = events_store(folder, analysis, 100_000)
        verified = [bench_verify(events, 100_000, len(analysis.candidates)) for _ in range(runs)]
        report.append(("open + verify 100,000 audit events", verified, 1.0))
        articles = corpus_analysis(folder)
        ingests = [bench_ingest(folder, articles) for _ in range(runs)]
        report.append(("ingest 1,000 analysed articles", [first for first, _ in ingests], 2.0))
        report.append(("ingest them again, unchanged", [again for _, again in ingests], 2.0))
    for name, times, target in report:
        wall = statistics.median(t[0] for t in times)
        cpu = statistics.median(t[1] for t in times)
        runs_text = ", ".join(f"{t[0]:.3f}" for t in times)
        verdict = "ok" if wall < target else "OVER TARGET"
        print(
            f"{name:40s} median {wall:6.3f} s wall, {cpu:6.3f} s CPU  (runs: {runs_text}; target < {target:g} s) {verdict}"
        )


if __name__ == "__main__":
    main()
