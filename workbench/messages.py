"""What the commands say on stderr: one line each, untrusted parts made safe to print."""

from __future__ import annotations

import sys

from workbench.display import one_line

EXIT_BAD_INPUT = 2
DEFAULT_DB = "workbench.sqlite"


def warn(message: str) -> None:
    """One warning line on stderr (a skipped file, an address that failed)."""
    print(f"workbench: warning: {one_line(message)}", file=sys.stderr)


def fail(message: str) -> int:
    """One error line on stderr; the exit code for bad input."""
    print(f"workbench: error: {one_line(message)}", file=sys.stderr)
    return EXIT_BAD_INPUT
