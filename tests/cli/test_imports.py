"""`workbench --help` and `analyze` import only what they use: neither the store, sqlite-utils nor textual, and
`--help` not the extractors or the exports either (each checked in a fresh interpreter)."""

import subprocess
import sys

from workbench.resources import seeds_dir

_PROBE = """
import contextlib, io, sys
from workbench.cli.main import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main(sys.argv[1:])
print(" ".join(sorted(sys.modules)))
"""
_STORE_AND_APP = ("sqlite_utils", "sqlite3", "textual", "workbench.store", "workbench.app")


def _imported(argv: list[str], unused: tuple[str, ...]) -> list[str]:
    """The modules of `unused` (or in them) that `workbench ARGV` imported."""
    result = subprocess.run([sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, check=True)
    return [m for m in result.stdout.split() if m in unused or m.startswith(tuple(u + "." for u in unused))]


def test_help_imports_neither_the_store_nor_the_app_nor_the_extractors_nor_the_exports():
    assert _imported(["--help"], (*_STORE_AND_APP, "workbench.extract", "workbench.output.exports")) == []


def test_analyze_imports_neither_the_store_nor_the_app():
    assert _imported(["analyze", "--format", "json", str(seeds_dir())], _STORE_AND_APP) == []


def test_analyze_reads_the_word_frequencies_without_importing_wordfreq():
    """Its imports (ftfy, langcodes, regex) took ~0.3 s of each analysis."""
    assert _imported(["analyze", "--format", "json", str(seeds_dir())], ("wordfreq",)) == []
