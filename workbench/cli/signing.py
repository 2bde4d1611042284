"""Signed audit events on the command line: the `analyst` command (`--show-key` prints the public key to share)
and what `audit --verify` says of the signatures (the keys come from the store, or from `--keys FILE`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from workbench.display import one_line
from workbench.messages import fail

if TYPE_CHECKING:
    from workbench.store.signatures import SignatureCheck

MAX_SHOWN = 20
"""Problems printed, at most; then how many more there are."""


def add_parser(subparsers: Any) -> None:
    """Register `analyst` on an argparse subparsers object."""
    parser = subparsers.add_parser(
        "analyst",
        help="who you are to the store, and the public key that signs your decisions",
        description="Print the analyst name decisions are recorded under; with --show-key, the public key that"
        " signs them, one line to share with the team (collected in a keys file for `audit --verify --keys FILE`)."
        " The key pair is made on first use, in $WORKBENCH_KEYS or ~/.config/workbench/keys.",
    )
    parser.add_argument("--analyst", default=None, help="whose (default $WORKBENCH_ANALYST, else the OS user)")
    parser.add_argument("--show-key", action="store_true", help="print the public key: ssh-ed25519 <key> <analyst>")
    parser.set_defaults(handler=run_analyst)


def run_analyst(args: argparse.Namespace) -> int:
    """`workbench analyst`: 0, or 2 when the key cannot be read or made."""
    from workbench.store import StoreError, default_analyst
    from workbench.store.keys import private_key, shared_form

    analyst = args.analyst or default_analyst()
    if not args.show_key:
        print(one_line(analyst))
        return 0
    if one_line(analyst) != analyst:
        return fail(f"{analyst}: an analyst name with control characters cannot go in a keys file")
    try:
        print(shared_form(private_key(analyst).public_key(), analyst))
    except StoreError as exc:
        return fail(str(exc))
    return 0


def signature_lines(check: SignatureCheck) -> list[str]:
    """The `bad: …` lines of the problems found (MAX_SHOWN at most, then how many more), each safe to print."""
    lines = [
        one_line(f"bad: seq {p.seq}: {p.reason}" if p.seq is not None else f"bad: {p.reason}")
        for p in check.problems[:MAX_SHOWN]
    ]
    if len(check.problems) > MAX_SHOWN:
        lines.append(f"bad: … and {len(check.problems) - MAX_SHOWN} more signature problems")
    return lines


def signature_summary(check: SignatureCheck, source: str | None) -> str:
    """What an ok line adds: the events made before the store signed, and the keys file checked against."""
    parts = [f"; {check.unsigned} unsigned"] if check.unsigned else []
    if source is not None:
        parts.append(one_line(f"; signatures checked against {source}"))
    return "".join(parts)
