"""The core and the store are usable without the TUI: importing any module outside workbench.app never
imports textual (checked in one fresh interpreter, module by module)."""

import pkgutil
import subprocess
import sys

import workbench

CORE = sorted(
    m.name
    for m in pkgutil.walk_packages(workbench.__path__, "workbench.")
    if not (m.name == "workbench.app" or m.name.startswith("workbench.app.") or m.name.endswith(".__main__"))
)

_PROBE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
    if any(m == "textual" or m.startswith("textual.") for m in sys.modules):
        print(name)
        sys.exit(1)
"""


def test_the_walk_finds_the_core():
    assert {"workbench.pipeline", "workbench.store", "workbench.extract.numbers", "workbench.cli"} <= set(CORE)


def test_no_core_module_imports_textual():
    result = subprocess.run([sys.executable, "-c", _PROBE, *CORE], capture_output=True, text=True)
    assert result.returncode == 0, f"importing {result.stdout.strip()} imported textual\n{result.stderr}"
