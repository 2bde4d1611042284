"""Headless Chromium (Debian's package, which `.ci/run` installs when missing) for the report tests: the DOM it
builds from a page, and a screenshot. A test using it is skipped where Chromium is not installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

TIMEOUT = 120  # seconds: a cold start on a busy machine


def chromium() -> str:
    """The Chromium command, or skip the test."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("chromium is not installed")
    return found


def _run(page: Path, profile: Path, *options: str) -> str:
    # --no-sandbox: the tests may run as root, where Chromium's sandbox refuses to start
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}", *options]
    result = subprocess.run([*command, page.resolve().as_uri()], capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def dump_dom(page: Path, profile: Path) -> str:
    """The page's DOM as Chromium serialises it once loaded."""
    return _run(page, profile, "--dump-dom")


def screenshot(page: Path, target: Path, profile: Path, width: int = 1280, height: int = 2000) -> Path:
    """A PNG of the page's first `height` pixels at `width` pixels wide."""
    _run(page, profile, f"--screenshot={target}", f"--window-size={width},{height}", "--hide-scrollbars")
    return target
