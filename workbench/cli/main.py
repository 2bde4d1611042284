"""The `workbench` command: analyze, open (the review app), serve (it in a browser), export, report, audit, analyst,
agreement, merge.

Bad input gets one line on stderr naming the file and the reason, and exit code 2; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from workbench import __version__
from workbench.cli.agreement_command import add_parser as add_agreement_parser
from workbench.cli.merge_command import add_parser as add_merge_parser
from workbench.cli.serve_command import add_parser as add_serve_parser
from workbench.cli.signing import add_parser as add_analyst_parser
from workbench.cli.store_commands import add_parsers as add_store_parsers
from workbench.cli.store_commands import store_problem
from workbench.load.files import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, NoArticlesError, path_problem
from workbench.messages import DEFAULT_DB, fail, warn
from workbench.resources import seeds_dir


def _paths_or_seeds(paths: list[str]) -> list[str]:
    return paths or [str(seeds_dir())]


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text!r}")
    return value


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be positive: {text!r}")
    return value


def _add_paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files (.txt, .md, .html, .htm), folders of them, or http(s) addresses;"
        " default: the bundled demo corpus",
    )
    parser.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        help="skip files and pages larger than this (default 5 MB)",
    )
    parser.add_argument(
        "--timeout",
        type=_positive_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up fetching an address after this long (default {DEFAULT_TIMEOUT:g} s)",
    )


def _run_analyze(args: argparse.Namespace) -> int:
    from workbench.pipeline import analyze

    paths = _paths_or_seeds(args.paths)
    skipped: list[str] = []  # said after the analysis: when nothing is usable, the one error line says why
    try:
        if args.format == "table" and sys.stderr.isatty():
            analysis = _analyze_with_progress(paths, args.max_bytes, args.timeout, skipped.append, args.workers)
        else:
            analysis = analyze(
                paths,
                max_bytes=args.max_bytes,
                warn=skipped.append,
                timeout=args.timeout,
                workers=args.workers,
                keep_extractions=False,  # no store keeps them
            )
    except NoArticlesError as exc:
        return fail(str(exc))
    for message in skipped:
        warn(message)
    if args.format == "json":
        from workbench.output.json_text import write_json

        write_json(analysis.json_fields(), sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        from workbench.output.report import print_report

        print_report(analysis)
    return 0


def _analyze_with_progress(
    paths: list[str], max_bytes: int, timeout: float, skipped: Callable[[str], None], workers: int | None
):
    """Analyse with a progress bar on stderr (a terminal)."""
    from rich.console import Console
    from rich.progress import Progress

    from workbench.pipeline import analyze

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("loading", total=3)

        def progress(stage: str, done: int, total: int) -> None:
            bar.update(task, description=stage, completed=done, total=total)

        return analyze(
            paths,
            max_bytes=max_bytes,
            warn=skipped,
            progress=progress,
            timeout=timeout,
            workers=workers,
            keep_extractions=False,
        )


def _terminal_missing() -> str | None:
    """Which of standard input and output is not a terminal, if either: the app needs both."""
    missing = [name for name, stream in (("input", sys.stdin), ("output", sys.stdout)) if not _is_tty(stream)]
    return " and ".join(missing) or None


def _is_tty(stream) -> bool:
    try:
        return stream is not None and stream.isatty()
    except ValueError:  # closed
        return False


def _run_open(args: argparse.Namespace) -> int:
    if problem := store_problem(args.db):  # a bad store is named first, terminal or not
        return fail(f"{args.db}: {problem}")
    for path in args.paths:  # a mistyped path fails before the screen is drawn
        if problem := path_problem(path):
            return fail(f"{path}: {problem}")
    if not args.served and (missing := _terminal_missing()):
        return fail(
            f"open needs a terminal, and standard {missing} is not one"
            " (for scripts: workbench analyze, export or audit)"
        )
    from workbench.app import run_app

    return run_app(
        _paths_or_seeds(args.paths),
        db=args.db,
        analyst=args.analyst,
        max_bytes=args.max_bytes,
        timeout=args.timeout,
        refresh=args.refresh,
        ask_analyst=args.served,
        blind=args.blind,
        adjudicate=args.adjudicate,
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Check what several news articles about one event say, side by side.",
        epilog="With no command, opens the review app on the bundled demo corpus with a store in ./workbench.sqlite.",
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="extract candidate facts and align them across articles")
    _add_paths(analyze)
    analyze.add_argument(
        "--format", choices=("table", "json"), default="table", help="table for people, json for scripts"
    )
    analyze.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        metavar="N",
        help="processes extracting the articles (default: one per core; 1: none besides this one)",
    )
    analyze.set_defaults(handler=_run_analyze)

    open_ = commands.add_parser("open", help="review the articles in the app (keyboard-only)")
    _add_paths(open_)
    open_.add_argument("--db", default=DEFAULT_DB, help=f"the review store (default ./{DEFAULT_DB})")
    open_.add_argument("--analyst", default=None, help="who decides (default $WORKBENCH_ANALYST, else the OS user)")
    open_.add_argument(
        "--refresh",
        action="store_true",
        help="analyse every file again, and fetch addresses again even when the store has their pages (a changed"
        " page becomes a new version)",
    )
    open_.add_argument(
        "--blind",
        action="store_true",
        help="blind double review: other analysts' decisions and notes on a claim stay hidden until you decide it",
    )
    open_.add_argument(
        "--adjudicate",
        action="store_true",
        help="adjudicate: open on the disputed claims, ] and [ walk them, A shows each analyst's decision, note and"
        " evidence side by side, and a verdict (c, r, 1-9, d) on a disputed claim settles it",
    )
    open_.add_argument("--served", action="store_true", help=argparse.SUPPRESS)  # each visitor of `serve`
    open_.set_defaults(handler=_run_open)

    add_store_parsers(commands)
    add_analyst_parser(commands)
    add_serve_parser(commands, _add_paths)
    add_agreement_parser(commands)
    add_merge_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `workbench` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["open", *(argv or [])])
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
