"""`workbench --help` and `analyze` import only what they use: not the store, sqlite-utils or textual
(each checked in a fresh interpreter)."""

import subprocess
import sys

from workbench.resources import seeds_dir

_PROBE = """
import contextlib, io, sys
from workbench.cli.main import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main(sys.argv[1:])
unused = ("sqlite_utils", "sqlite3", "textual", "workbench.store", "workbench.app")
print(" ".join(sorted(m for m in sys.modules if m in unused or m.startswith(tuple(u + "." for u in unused)))))
"""


def _imported(*argv: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_help_imports_neither_the_store_nor_the_app():
    assert _imported("--help") == []


def test_analyze_imports_neither_the_store_nor_the_app():
    assert _imported("analyze", "--format", "json", str(seeds_dir())) == []
