"""`workbench serve`: the review app in a browser (textual-serve), one app process for each visitor, who is asked
their name and reviews as that analyst on the one store. Bound to 127.0.0.1 unless told otherwise: colleagues on
other machines come through an SSH tunnel (README)."""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbench.messages import DEFAULT_DB, fail, warn
from workbench.resources import seeds_dir

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def add_parser(subparsers: Any, add_paths: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `serve`; `add_paths` adds the PATH arguments and the loading options `open` takes."""
    parser = subparsers.add_parser(
        "serve",
        help="serve the review app to browsers: each visitor reviews under their own name on one store",
        description="Analyse the articles into the store, then serve the review app over HTTP: each browser that"
        " opens the page gets its own app, asks the visitor's name, and records their decisions under it. Bound"
        " to 127.0.0.1: colleagues on other machines come through an SSH tunnel"
        " (ssh -N -L 8000:127.0.0.1:8000 you@server, then http://127.0.0.1:8000 in their browser).",
    )
    add_paths(parser)
    parser.add_argument("--db", default=DEFAULT_DB, help=f"the review store (default ./{DEFAULT_DB})")
    parser.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="the port to listen on (default 8000)")
    parser.set_defaults(handler=run_serve)


def app_command(paths: list[str], db: str, max_bytes: int, timeout: float) -> str:
    """The shell command textual-serve runs for each visitor: `workbench open` on the store, asking the name."""
    return shlex.join(
        [
            sys.executable,
            "-m",
            "workbench",
            "open",
            "--served",
            "--db",
            str(Path(db).resolve()),
            "--max-bytes",
            str(max_bytes),
            "--timeout",
            str(timeout),
            *paths,
        ]
    )


def run_serve(args: argparse.Namespace) -> int:
    """`workbench serve`: analyse the paths (default: the demo corpus) into the store (bad input: one line, exit
    2), then serve until ctrl+c."""
    from textual_serve.server import Server

    from workbench.load.files import NoArticlesError
    from workbench.pipeline import reanalyze
    from workbench.store import Store, StoreError

    local = [str(Path(path).resolve()) if "://" not in path else path for path in args.paths or [str(seeds_dir())]]
    created = not Path(args.db).exists()
    skipped: list[str] = []  # said once the store holds the analysis: when nothing is usable, the error says why
    try:
        with Store.open(args.db) as store:
            analysis = reanalyze(
                local,
                store,
                max_bytes=args.max_bytes,
                timeout=args.timeout,
                warn=skipped.append,
                stored_page=store.page,
            )
            if analysis is not None:
                store.ingest(analysis)
    except (StoreError, NoArticlesError) as exc:
        if created and isinstance(exc, NoArticlesError):  # the one line says why; the store it made goes
            for suffix in ("", "-wal", "-shm"):
                Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        return fail(str(exc))
    for message in skipped:
        warn(message)
    if args.host not in LOOPBACK:
        warn(f"serving on {args.host}: anyone who reaches it may review under any name (no login)")
    command = app_command(local, args.db, args.max_bytes, args.timeout)
    Server(command, host=args.host, port=args.port, title="Fact Workbench").serve()
    return 0
