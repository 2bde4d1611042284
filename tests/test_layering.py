"""The core and the store are usable without the TUI: importing them never imports textual."""

import subprocess
import sys

import pytest

CORE = [
    "workbench.corpus",
    "workbench.boilerplate",
    "workbench.extract",
    "workbench.align",
    "workbench.analysis",
    "workbench.report",
    "workbench.cli",
    "workbench.store",
    "workbench.export",
]


@pytest.mark.parametrize("module", CORE)
def test_core_module_leaves_textual_out(module):
    code = f"import sys, {module}; sys.exit(1 if any(m == 'textual' or m.startswith('textual.') for m in sys.modules) else 0)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"importing {module} imported textual\n{result.stderr}"
