"""The `export`, `report` and `audit` subcommands. They open the store read-only: they never create or change
it, and leave no -wal or -shm file beside it (see workbench.store.connection). The store and the exports
are imported when they run, not with their parsers, so that `workbench --help` and `analyze` do without them (and
sqlite-utils)."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from workbench.cli.signing import signature_lines, signature_summary
from workbench.display import one_line
from workbench.messages import DEFAULT_DB, EXIT_BAD_INPUT, fail
from workbench.output.document import REPORT_FORMATS
from workbench.output.export_options import FORMATS, STATUSES
from workbench.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from workbench.store import EventRecord, Store, VerifyResult
    from workbench.store.signatures import SignatureCheck

T = TypeVar("T")


def add_parsers(subparsers: Any) -> None:
    """Register `export`, `report` and `audit` on an argparse subparsers object; each sets `handler(args) -> int`."""
    parser = subparsers.add_parser(
        "export",
        help="write reviewed claims as CSV, JSON, JSON Lines or ClaimReview",
        description="Write the store's claims (default: confirmed ones, as CSV, to stdout; ClaimReview: every rated one).",
    )
    add_db(parser)
    parser.add_argument("--format", choices=FORMATS, default="csv", help="output format (default: csv)")
    parser.add_argument(
        "--status",
        choices=STATUSES,
        help="which claims: confirmed, rejected, rated (every rating), disputed or all but the dismissed (default:"
        " rated for claimreview, which publishes verdicts, else confirmed)",
    )
    parser.add_argument(
        "--bom", action="store_true", help="open a CSV with a UTF-8 byte order mark (spreadsheets then read UTF-8)"
    )
    parser.add_argument(
        "--story", metavar="ID", help="only the claims of one story (s1, s2, ... as the app's story list names them)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument("--force", action="store_true", help="overwrite FILE when it exists")
    parser.set_defaults(handler=run_export)

    parser = subparsers.add_parser(
        "report",
        help="write the comparison as one HTML page (or Markdown) to publish or archive",
        description="Write the reviewed store's comparison of its sources: the outlet x fact matrix, conflicts, quote"
        " drift, shared copy, a timeline, the decisions, the methodology and the audit head. The HTML page is"
        " self-contained: no script, no request for anything.",
    )
    add_db(parser)
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write (report.html)")
    parser.add_argument("--format", choices=REPORT_FORMATS, default="html", help="html or md (default: html)")
    parser.add_argument("--story", metavar="ID", help="only one story (s1, s2, ... as the app's story list names them)")
    parser.add_argument("--force", action="store_true", help="overwrite FILE when it exists")
    parser.set_defaults(handler=run_report)

    parser = subparsers.add_parser(
        "audit",
        help="show or verify the audit log",
        description="Print the audit log, or check with --verify its hash chain and that the claims are as it"
        " records them, and every event's signature (exit 1 when not).",
    )
    add_db(parser)
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    parser.add_argument(
        "--verify",
        action="store_true",
        help="check the hash chain, and the articles, candidates, clusters and claims against it: 'ok: N events, M"
        " claims', or the first bad seq, article, candidate, cluster or claim and exit 1",
    )
    parser.add_argument(
        "--expect",
        metavar="HASH",
        type=_anchor,
        help="with --verify (implied): also check that the log still holds the event with this hash, a head kept"
        " before (`audit --head`, an export's audit_head); a rewritten, cut or replaced log fails",
    )
    parser.add_argument(
        "--keys",
        metavar="FILE",
        help="with --verify (implied): check the events' signatures against the public keys in FILE (lines of"
        " `workbench analyst --show-key`) instead of those the store registered",
    )
    parser.add_argument(
        "--head",
        action="store_true",
        help="print the head hash of the log (an anchor to keep) and its event count; with --verify, after an ok",
    )
    parser.set_defaults(handler=run_audit)


def _anchor(text: str) -> str:
    """A head hash as --expect takes it: 64 hexadecimal digits (any case, spaces around ignored)."""
    anchor = text.strip().lower()
    if len(anchor) != 64 or any(ch not in "0123456789abcdef" for ch in anchor):
        raise argparse.ArgumentTypeError("not a head hash (64 hexadecimal digits, as `workbench audit --head` prints)")
    return anchor


def add_db(parser: argparse.ArgumentParser) -> None:
    """The --db option of the commands that read a store."""
    parser.add_argument(
        "--db", metavar="FILE", default=DEFAULT_DB, help=f"the store file (default: {DEFAULT_DB} in the current folder)"
    )


def store_problem(path: str) -> str | None:
    """Why `path` cannot be a store, found before SQLite opens it: something other than a regular file
    (opening a FIFO would wait for a writer for ever), or None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing, or unreadable: the store says so
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return "not a regular file" + (" (a FIFO)" if stat.S_ISFIFO(mode) else "")


def _fingerprint(path: str) -> tuple[int, int, int, bool] | None:
    """What a writer changes: the file's inode, size and modification time, and whether a -wal is beside it."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns, os.path.exists(path + "-wal")


def _written_meanwhile(path: str, before: tuple[int, int, int, bool] | None) -> bool:
    """Whether a writer touched a file read as immutable (no -wal beside it before) since `before`."""
    return before is not None and not before[3] and _fingerprint(path) != before


def read_store(path: str, read: Callable[[Store], T], attempts: int = 3) -> T:
    """`read(store)` on the store opened read-only (raises StoreError).

    With no writer about (no -wal), the file is read as immutable, so that nothing is created beside it;
    that assumes it does not change meanwhile: when a writer did change it during the read, the read is
    done again (beside the writer's -wal, it then reads as an ordinary reader)."""
    from workbench.store import Store, StoreError

    problem = store_problem(path)
    if problem:
        raise StoreError(f"{path}: {problem}")
    attempt = 1
    while True:
        before = _fingerprint(path)
        try:
            with Store.open(path, readonly=True) as store:
                result = read(store)
        except StoreError:
            if attempt < attempts and _written_meanwhile(path, before):
                attempt += 1
                continue
            raise
        if attempt == attempts or not _written_meanwhile(path, before):
            return result
        attempt += 1


def emit(text: str, output: str | None) -> None:
    """Write UTF-8 text to the output file (`~` expanded) or stdout (raises OSError)."""
    from workbench.output.exports import write_file

    if output is not None:
        write_file(text, output)
        return
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        stream.write(text.encode("utf-8"))
        stream.flush()


def run_export(args: argparse.Namespace) -> int:
    """`workbench export`: 0 on success, 2 on a bad store, output file or settings file."""
    from workbench.output.exports import export

    if (settings := _settings()) is None:
        return EXIT_BAD_INPUT
    status = args.status or ("rated" if args.format == "claimreview" else "confirmed")
    return _write_out(args, lambda store: export(store, args.format, status, settings, args.bom, args.story))


def _settings() -> Settings | None:
    """The settings file's settings, or None once a bad file was said on stderr."""
    try:
        return load_settings()
    except SettingsError as exc:
        fail(str(exc))
        return None


def run_report(args: argparse.Namespace) -> int:
    """`workbench report`: 0 on success, 2 on a bad store, output file or settings file."""
    from workbench.output.review_report import report

    if (settings := _settings()) is None:
        return EXIT_BAD_INPUT
    return _write_out(args, lambda store: report(store, args.format, settings, args.story))


def _write_out(args: argparse.Namespace, make: Callable[[Store], str]) -> int:
    """`make(store)` on the store --db names, written to --output (refused when it exists, unless --force;
    through a temporary file and a rename) or stdout: 0, or 2 on a bad store, output file or story."""
    from workbench.output.exports import output_problem
    from workbench.store import StoreError

    if args.output is not None and (problem := output_problem(args.output, args.db, overwrite=args.force)):
        return fail(f"{args.output}: {problem}")
    try:
        text = read_store(args.db, make)
    except (StoreError, ValueError) as exc:  # ValueError: a story the store does not hold
        return fail(str(exc))
    try:
        emit(text, args.output)
    except OSError as exc:
        return fail(f"{args.output or 'stdout'}: {exc.strerror or exc}")
    return 0


def _table(events: list[EventRecord]) -> str:
    header = ("seq", "at", "analyst", "action", "target", "hash")
    rows = [header] + [
        tuple(one_line(cell) for cell in (str(e.seq), e.at, e.analyst, e.action, e.target, e.hash[:12])) for e in events
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() + "\n" for row in rows)


def _verdict(result: VerifyResult) -> str:
    """One line; a reason quotes values from the store, so it is made safe to print."""
    if result.ok:
        anchored = "" if result.anchor_seq is None else f"; the anchor is seq {result.anchor_seq}"
        stores = f"{result.merged_chains} merged store{'s' if result.merged_chains > 1 else ''}"
        merged = f"; {result.merged_events} events of {stores}" if result.merged_chains else ""
        return f"ok: {result.count} events, {result.claims} claims{merged}{anchored}"
    if result.bad_claim is not None:
        return one_line(f"bad: claim {result.bad_claim}: {result.reason}")
    if result.bad_candidate is not None:
        return one_line(f"bad: candidate {result.bad_candidate}: {result.reason}")
    if result.bad_cluster is not None:
        return one_line(f"bad: cluster {result.bad_cluster}: {result.reason}")
    if result.bad_article is not None:
        return one_line(f"bad: article {result.bad_article}: {result.reason}")
    if result.bad_seq is None:
        return one_line(f"bad: {result.reason}")
    return one_line(f"bad: seq {result.bad_seq}: {result.reason}")


def _checked(
    store: Store, expect: str | None, trusted: dict[str, str] | None, source: str | None
) -> tuple[VerifyResult, SignatureCheck]:
    """The chain, content and claims verified, and the signatures checked, on one state of the store."""
    with store.reading():
        return store.verify(expect), store.check_signatures(trusted, source or "")


def run_audit(args: argparse.Namespace) -> int:
    """`workbench audit`: 0 on success, 1 when --verify finds the chain broken, the anchor gone, an article,
    candidate, cluster or claim off it or a signature that does not hold, 2 on a bad store or keys file."""
    from workbench.output.exports import dump_json
    from workbench.store import Store, StoreError
    from workbench.store.keys import read_keys_file

    try:
        checking = args.verify or args.expect is not None or args.keys is not None
        if checking:
            trusted = None if args.keys is None else read_keys_file(args.keys)
            result, signed = read_store(args.db, lambda store: _checked(store, args.expect, trusted, args.keys))
            if not result.ok:
                print(_verdict(result))
                return 1
            if not signed.ok:
                print("\n".join(signature_lines(signed)))
                return 1
            print(_verdict(result) + signature_summary(signed, args.keys))
        if args.head:
            head = read_store(args.db, Store.head)
            if args.format == "json":
                print(dump_json({"head": head.hash, "events": head.count}))
            else:
                print(f"{head.hash} {head.count} events")
        if args.head or checking:
            return 0
        events = read_store(args.db, Store.events)
    except StoreError as exc:
        return fail(str(exc))
    text = dump_json([e.to_json() for e in events], indent=2) + "\n" if args.format == "json" else _table(events)
    try:
        emit(text, None)
    except OSError as exc:
        return fail(f"stdout: {exc.strerror or exc}")
    return 0
