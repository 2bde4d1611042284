"""`workbench merge A.sqlite B.sqlite [more] -o C.sqlite`: stores analysts kept apart, merged into one
(store/merge.py)."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.display import one_line
from workbench.messages import fail


def add_parser(subparsers: Any) -> None:
    """Register `merge` on an argparse subparsers object."""
    parser = subparsers.add_parser(
        "merge",
        help="merge stores analysts kept apart into one: every analyst's decisions, disagreements disputed",
        description="Check each store (its audit log and signatures), require the same article versions, then write"
        " a new store: a copy of the first with the others' claims matched by their mentions, every analyst's"
        " decision kept (an analyst who decided a claim differently in two stores: the later decision wins), the"
        " claims they decided differently disputed, and the others' audit logs kept whole and verified with it.",
    )
    parser.add_argument("stores", nargs="+", metavar="STORE", help="the stores to merge (two or more)")
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="the merged store to write")
    parser.add_argument("--force", action="store_true", help="replace FILE when it exists")
    parser.add_argument(
        "--analyst", default=None, help="who merges (default $WORKBENCH_ANALYST, else the OS user): signs the merge"
    )
    parser.set_defaults(handler=run_merge)


def run_merge(args: argparse.Namespace) -> int:
    """`workbench merge`: 0, or 2 (one line naming the file and the reason) when a store cannot be merged."""
    from workbench.store import StoreError, default_analyst
    from workbench.store.merge import merge_stores

    if len(args.stores) < 2:
        return fail("merge needs two stores or more")
    try:
        report = merge_stores(args.stores, args.output, args.analyst or default_analyst(), args.force)
    except StoreError as exc:
        return fail(str(exc))
    claims = f"{report.claims} claim{'' if report.claims == 1 else 's'}"
    print(
        one_line(
            f"merged {len(args.stores)} stores into {args.output}: {claims}, {report.disputed} disputed;"
            f" {report.imported} events of the others' logs kept (merge: seq {report.event.seq})"
        )
    )
    return 0
