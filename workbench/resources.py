"""Where the packaged data lives: styles/ and seeds/ (wheel: workbench/_data/, checkout: repo root)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def styles_dir() -> Path:
    """The folder holding the app's .tcss files."""
    return _data_dir("styles")


def seeds_dir() -> Path:
    """The folder holding the bundled demo corpus and its gold file."""
    return _data_dir("seeds")
