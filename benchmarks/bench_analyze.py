"""Benchmark `analyze` on N-article corpora built from the bundled seeds, figures varied.

    python benchmarks/bench_analyze.py                 # 100 and 1,000 articles, 3 runs each
    python benchmarks/bench_analyze.py --sizes 1000 10000 --repeat 1

Targets (issue 2): 1,000 articles in under 10 s on a 2-core machine; 10x the articles at most ~11x the time.
Prints the median wall time per size and the growth factor between consecutive sizes.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from workbench.pipeline import analyze
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    medians = []
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            build_corpus(Path(tmp), n)
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                result = analyze([tmp])
                times.append(time.perf_counter() - t0)
        median = statistics.median(times)
        medians.append(median)
        print(
            f"{n:>6} articles: median {median:6.2f} s over {args.repeat} runs "
            f"({len(result.candidates)} candidates, {len(result.clusters)} clusters)"
        )
    for (a, ta), (b, tb) in zip(zip(args.sizes, medians), zip(args.sizes[1:], medians[1:])):
        print(f"{a} -> {b} articles ({b / a:.0f}x): time x{tb / ta:.1f}")


if __name__ == "__main__":
    main()
