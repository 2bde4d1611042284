"""Benchmark `analyze` on N-article corpora: distinct articles in stories, or near-copies of the seeds.

    python benchmarks/bench_analyze.py                          # stories: 100 and 1,000 articles
    python benchmarks/bench_analyze.py --sizes 100 1000 10000 --repeat 1
    python benchmarks/bench_analyze.py --corpus copies          # the seeds in turn, figures varied

Targets (issue 13): 1,000 distinct articles in under 3 s wall on a 2-core machine, 10,000 in under 30 s
and 1 GB; 10x the articles at most ~11x the time. Each run is a fresh child process: its `analyze` wall
time and CPU time (its own and its pool workers'), the JSON output's (as `analyze --format json` writes it),
its peak memory (ru_maxrss, the interpreter, its imports and the JSON written included) and its largest pool worker's. Beside
each size, the floor measured in the same run: reading the articles and one regex pass over their text.
Prints medians over --repeat runs, the machine's load, and the growth per size.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from measuring import in_child, regex_floor  # run as a script, its folder is on the path
from stories import build_story_corpus

from workbench.resources import seeds_dir

_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})*\b")


def build_corpus(folder: Path, n: int, seed: int = 7) -> None:
    """Write n articles: the seeds in turn, each copy with its figures varied by up to ±20%."""
    rng = random.Random(seed)
    seeds = sorted(seeds_dir().glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]

    def vary(match: re.Match) -> str:
        value = int(match.group().replace(",", ""))
        if 1900 <= value <= 2100 or value <= 31:  # keep years and days of the month
            return match.group()
        return f"{max(1, round(value * rng.uniform(0.8, 1.2))):,}"

    for i in range(n):
        text = _NUMBER.sub(vary, texts[i % len(texts)])
        (folder / f"{i:05d}_{seeds[i % len(seeds)].stem}.txt").write_text(text, encoding="utf-8")


CORPORA = {"stories": build_story_corpus, "copies": build_corpus}


def _run(folder: str, options: dict) -> dict:
    """One analysis as `analyze --format json` makes it: seconds, peak memory and what it found."""
    import resource

    from workbench.output.json_text import write_json
    from workbench.pipeline import analyze

    t0, c0 = time.perf_counter(), _cpu(resource)
    analysis = analyze([folder], keep_extractions=False, **options)  # as the command: no store keeps them
    t1, c1 = time.perf_counter(), _cpu(resource)
    with open(os.devnull, "w", encoding="utf-8") as sink:  # as the command writes it, to a pipe or a file
        write_json(analysis.json_fields(), sink, indent=1)
    t2 = time.perf_counter()
    return {
        "analyze": t1 - t0,
        "cpu": c1 - c0,
        "json": t2 - t1,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "workers_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,  # the largest pool worker
        "candidates": len(analysis.candidates),
        "clusters": len(analysis.clusters),
        "largest": max((len(c.members) for c in analysis.clusters), default=0),
    }


def _cpu(resource) -> float:
    """CPU seconds this process and its ended children (the pool's workers) have used."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _floor(folder: Path) -> float:
    """Reading the articles and one regex pass over their text."""
    t0 = time.perf_counter()
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))
    return time.perf_counter() - t0 + regex_floor(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="stories")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=float, default=600.0, help="give up on a run after this many seconds")
    parser.add_argument("--workers", type=int, default=None, help="analyze's processes (default: one per core)")
    args = parser.parse_args()
    options = {} if args.workers is None else {"workers": args.workers}
    medians, cpus = [], []
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print(
        f"{args.corpus}: {'articles':>8} {'analyze':>9} {'cpu':>7} {'json':>7} {'peak':>8} {'worker':>8}"
        f" {'floor':>8} {'x floor':>8}  found"
    )
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            CORPORA[args.corpus](Path(tmp), n)
            floor = statistics.median(_floor(Path(tmp)) for _ in range(3))
            runs = [in_child(_run, (tmp, options), args.limit) for _ in range(args.repeat)]
        done = [r for r in runs if r is not None]
        if not done:
            print(f"{n:>17,}  > {args.limit:g} s")
            medians.append(None)
            cpus.append(None)
            continue
        median = statistics.median(r["analyze"] for r in done)
        medians.append(median)
        cpus.append(statistics.median(r["cpu"] for r in done))
        last = done[-1]
        print(
            f"{n:>17,} {median:7.2f} s {cpus[-1]:5.2f} s {statistics.median(r['json'] for r in done):5.2f} s"
            f" {statistics.median(r['peak_mb'] for r in done):5.0f} MB"
            f" {statistics.median(r['workers_mb'] for r in done):5.0f} MB {floor:6.3f} s {median / floor:8.0f}"
            f"  {last['candidates']:,} candidates, {last['clusters']:,} clusters (largest {last['largest']:,})",
            flush=True,
        )
    for a, b, ta, tb, ca, cb in zip(args.sizes, args.sizes[1:], medians, medians[1:], cpus, cpus[1:]):
        if ta and tb and ca and cb:
            print(f"{a:,} -> {b:,} articles (x{b / a:g}): wall x{tb / ta:.1f}, cpu x{cb / ca:.1f}")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
