"""`workbench agreement`: how far the store's analysts agree (output/agreement.py), for people or as JSON."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.cli.store_commands import add_db, emit, read_store
from workbench.messages import fail


def add_parser(subparsers: Any) -> None:
    """Register `agreement` on an argparse subparsers object."""
    parser = subparsers.add_parser(
        "agreement",
        help="how far the analysts agree: Cohen's kappa, Krippendorff's alpha, the disagreements",
        description="From each analyst's own decision on each claim (kept per analyst in the store): per fact kind and"
        " overall, the claims decided by two analysts or more, how many alike, Krippendorff's alpha (nominal) and"
        " Cohen's kappa for each pair of analysts, and Krippendorff's alpha (ordinal) of the verdicts on the settings'"
        " rating scale; then the claims decided differently.",
    )
    add_db(parser)
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    parser.set_defaults(handler=run_agreement)


def run_agreement(args: argparse.Namespace) -> int:
    """`workbench agreement`: 0, or 2 on a bad store or settings file."""
    from workbench.output.agreement import agreement, agreement_table
    from workbench.output.exports import dump_json
    from workbench.settings import SettingsError, load_settings
    from workbench.store import StoreError

    try:
        scale = load_settings().scale
        report = read_store(args.db, lambda store: agreement(store, scale))
    except (StoreError, SettingsError) as exc:
        return fail(str(exc))
    text = dump_json(report.to_json(), indent=2) + "\n" if args.format == "json" else agreement_table(report)
    try:
        emit(text, None)
    except OSError as exc:
        return fail(f"stdout: {exc.strerror or exc}")
    return 0
