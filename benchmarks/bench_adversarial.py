"""Benchmark `analyze` on hostile single files at the size limit: every stage must be near-linear.

    python benchmarks/bench_adversarial.py                      # every case at the size limit, 3 runs each
    python benchmarks/bench_adversarial.py --size 500000 --repeat 1 --cases quotes one_line
    python benchmarks/bench_adversarial.py --scaling            # each case at 1/4 and the full size: growth

Target (issue 11): any file up to the size limit (workbench.load.files.DEFAULT_MAX_BYTES) analyses in
under 10 s. Beside the wall time, the CPU time of the analysis: on a machine busy with other work it
varies far less than the wall time. Each case runs in a child process (killed after --limit seconds, shown as "> N s"), and
beside its median time the floor measured in the same run: one regex pass over the same text.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from measuring import in_child, regex_floor  # run as a script, its folder is on the path

from workbench.load.files import DEFAULT_MAX_BYTES

_FIRST = (
    "Anna Carl Dora Emil Frida Gustav Hanna Ivo Jana Karl Lena Mats Nora Otto Petra Rolf Sara Tomas Ulla Viktor".split()
)
_LAST = "Berg Dahl Ek Falk Grahn Holm Isak Jung Krantz Lind Moberg Nyberg Ohlin Persson Rask Strand Teng Ulf Vik Wall".split()
_ROLES = "killed injured hurt missing dead evacuated rescued displaced arrested homes houses people".split()
_MONTHS = "January February March April May June July August September October November December".split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _fill(size: int, piece: Callable[[int], str], sep: str = "\n\n") -> str:
    """Pieces piece(0), piece(1), ... joined by `sep` until the UTF-8 text is about `size` bytes."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        part = piece(i) + sep
        parts.append(part)
        total += len(part.encode("utf-8"))
        i += 1
    data = "".join(parts).encode("utf-8")[: size - 1024]  # under the limit
    return data.decode("utf-8", errors="ignore").rstrip() + "\n"


def _name(i: int) -> str:
    return f"{_FIRST[i % len(_FIRST)]} {_LAST[(i // len(_FIRST)) % len(_LAST)]}"


def _odd_name(i: int) -> str:
    """Many distinct capitalised words: a made-up name per i."""
    rng = random.Random(i)
    return " ".join(
        "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4))).capitalize()
        for _ in range(rng.randint(1, 3))
    )


def quotes(size: int) -> str:
    return _fill(size, lambda i: f"\u201cWe will rebuild the quay number {i},\u201d said {_name(i)}.")


def one_line(size: int) -> str:
    sentence = (
        "At least {n} people were killed on Monday 30 August 2027, {who} said, and 4,800 residents "
        "were moved to schools. \u201cEverything is gone,\u201d said Mayor {who}. "
    )
    return _fill(size, lambda i: sentence.format(n=i % 997, who=_name(i)), sep=" ")


def digits(size: int) -> str:
    rng = random.Random(1)

    def piece(i: int) -> str:
        long_run = "".join(rng.choice("0123456789") for _ in range(200))
        grouped = ",".join(f"{rng.randint(0, 999):03d}" for _ in range(60))
        return f"The count was {long_run} and then 1{grouped} and {i}.{i} per cent, ${i},000 or {i} million."

    return _fill(size, piece, sep="\n")


def capitalised(size: int) -> str:
    return _fill(size, lambda i: " ".join(_odd_name(i * 7 + k) for k in range(6)) + " Said The Minister.", sep=" ")


def dates(size: int) -> str:
    def piece(i: int) -> str:
        return (
            f"On {_DAYS[i % 7]} {1 + i % 28} {_MONTHS[i % 12]} {1900 + i % 200} and on {_MONTHS[i % 12]} {1 + i % 28}, "
            f"{2000 + i % 50}, yesterday, last {_DAYS[(i + 3) % 7]}, tomorrow, {2000 + i % 50}-{1 + i % 12:02d}-"
            f"{1 + i % 28:02d} and in {_MONTHS[(i + 5) % 12]}."
        )

    return "Monday 30 August 2027\n\n" + _fill(size - 30, piece, sep=" ")


def role_numbers(size: int) -> str:
    return _fill(
        size, lambda i: ", ".join(f"{_ROLES[(i + k) % len(_ROLES)]} {i * 10 + k}" for k in range(10)) + ".", sep=" "
    )


def sentences(size: int) -> str:
    """Very many one-word sentences and paragraphs, abbreviations and dots."""
    return _fill(size, lambda i: f"Yes. No. Mr. {_LAST[i % 20]}. A. B. ...... U.S. {i}. Dr. X.", sep="\n")


def punctuation(size: int) -> str:
    """Runs of dots, quote marks and spaces with no letter after them."""
    return _fill(size, lambda i: "." * 5000 + "\u201c" * 2000 + " " * 2000 + "'" * 1000 + "\u201d" * 1000, sep="")


def spaced_quotes(size: int) -> str:
    """Long runs of spaces and tabs before quotes and colons: what reads back over them must not go quadratic."""
    return _fill(
        size,
        lambda i: f"The mayor {_name(i)} spoke" + ":" * (i % 2) + " \t" * 20000 + f"\u201cWe rebuild quay {i}.\u201d",
    )


def repeated_lines(size: int) -> str:
    """The same few lines again and again (boilerplate, shared passages)."""
    lines = [
        "Sign up for our morning briefing and get the day's harbour news before breakfast.",
        "Read more: Live updates from the flooded lower town",
        "At least 14 people were killed after a section of the Orvano Dam gave way, Mayor Hanna Marsk said.",
    ]
    return _fill(size, lambda i: lines[i % 3], sep="\n")


def seed_copies(size: int) -> str:
    """The bundled seed articles over and over: one huge ordinary article to align."""
    from workbench.resources import seeds_dir

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    return _fill(size, lambda i: texts[i % len(texts)])


CASES: dict[str, Callable[[int], str]] = {
    "quotes": quotes,
    "one_line": one_line,
    "digits": digits,
    "capitalised": capitalised,
    "dates": dates,
    "role_numbers": role_numbers,
    "sentences": sentences,
    "punctuation": punctuation,
    "spaced_quotes": spaced_quotes,
    "repeated_lines": repeated_lines,
    "seed_copies": seed_copies,
}


def _run(path: str) -> tuple[float, float, int]:
    """(seconds, CPU seconds, candidates) of one analysis."""
    from workbench.pipeline import analyze

    t0, c0 = time.perf_counter(), time.process_time()
    result = analyze([path])
    return time.perf_counter() - t0, time.process_time() - c0, len(result.candidates)


def measure(name: str, size: int, repeat: int, limit: float, folder: Path) -> tuple[float | None, float, float, int]:
    """(median seconds or None when over the limit, median CPU seconds, floor seconds, candidates) for one
    case. CPU seconds vary less than wall time on a loaded machine."""
    text = CASES[name](size)
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    floor = statistics.median(regex_floor(text) for _ in range(3))
    times: list[float] = []
    cpu: list[float] = []
    found = 0
    for _ in range(repeat):
        run = in_child(_run, (str(path),), limit)
        if run is None:
            return None, 0.0, floor, 0
        times.append(run[0])
        cpu.append(run[1])
        found = run[2]
    return statistics.median(times), statistics.median(cpu), floor, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=DEFAULT_MAX_BYTES, help="bytes per file (default: the limit)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=float, default=120.0, help="give up on a run after this many seconds")
    parser.add_argument("--cases", nargs="+", choices=sorted(CASES), default=list(CASES))
    parser.add_argument("--scaling", action="store_true", help="also time each case at a quarter of the size")
    args = parser.parse_args()
    sizes = [args.size // 4, args.size] if args.scaling else [args.size]
    slowest: tuple[float, str] = (0.0, "")
    print(f"{'case':15} {'bytes':>10} {'median':>9} {'cpu':>9} {'floor':>8} {'x floor':>8} {'candidates':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.cases:
            previous = None
            for size in sizes:
                median, cpu, floor, found = measure(name, size, args.repeat, args.limit, Path(tmp))
                shown = f"> {args.limit:g} s" if median is None else f"{median:7.2f} s"
                cpu_shown = "" if median is None else f"{cpu:7.2f} s"
                ratio = "" if median is None else f"{median / floor:8.0f}"
                growth = ""
                if previous and median is not None:
                    growth = f"  x{median / previous:.1f} for x{sizes[-1] / sizes[0]:.0f} the size"
                print(
                    f"{name:15} {size:10,} {shown:>9} {cpu_shown:>9} {floor:6.3f} s {ratio:>8} {found:10,}{growth}",
                    flush=True,
                )
                previous = median
                worst = args.limit if median is None else median
                if size == sizes[-1] and worst > slowest[0]:
                    slowest = (worst, name)
    print(f"slowest at {sizes[-1]:,} bytes: {slowest[1]} ({'>' if slowest[0] >= args.limit else ''}{slowest[0]:.2f} s)")


if __name__ == "__main__":
    main()
