"""The review keys: Bindings with ids, and the user keymap that can rebind them.

A keymap file maps binding ids to keys, TOML or JSON, e.g. `confirm = "y"` or
`"workbench.undo" = "ctrl+z,u"`; it is read from $WORKBENCH_KEYMAP, else
~/.config/workbench/keymap.toml when present, and applied with App.set_keymap.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import replace
from pathlib import Path

from textual.binding import Binding

PREFIX = "workbench."
KEYMAP_ENV = "WORKBENCH_KEYMAP"
DEFAULT_KEYMAP = Path("~/.config/workbench/keymap.toml")

MOVE, DECIDE, TOOLS, SUMMARY = "Move", "Decide", "Tools", "Summary (s)"


def _binding(key: str, action: str, description: str, show: bool = True) -> Binding:
    return Binding(key, f"app.{action}", description, show=show, id=PREFIX + action)


REVIEW_BINDINGS: list[Binding] = [
    _binding("j,down", "next_candidate", "Next", show=False),
    _binding("k,up", "prev_candidate", "Previous", show=False),
    _binding("tab", "next_pane", "Next article", show=False),
    _binding("shift+tab", "prev_pane", "Previous article", show=False),
    _binding("c", "confirm", "Confirm"),
    _binding("r", "reject", "Reject"),
    _binding("space", "reset", "Pending", show=False),
    _binding("l", "link", "Link"),
    _binding("a", "accept_cluster", "Accept"),
    _binding("u", "undo", "Undo"),
    _binding("n", "note", "Note", show=False),
    _binding("e", "edit_value", "Edit value", show=False),
    _binding("slash", "search", "Search", show=False),
    _binding("ctrl+n", "next_hit", "Next hit"),
    _binding("ctrl+b", "prev_hit", "Previous hit"),
    _binding("f", "filter", "Filter", show=False),
    _binding("s", "summary", "Summary"),
    _binding("x", "export", "Export", show=False),
    _binding("question_mark", "help", "Help"),
    _binding("q", "quit", "Quit"),
]
"""Every review key, in the order the help screen lists them; the footer shows the commonest."""

HELP_GROUPS: dict[str, str] = {
    PREFIX + name: group
    for group, names in (
        (MOVE, "next_candidate prev_candidate next_pane prev_pane"),
        (DECIDE, "confirm reject reset link accept_cluster undo note edit_value"),
        (TOOLS, "search next_hit prev_hit filter summary export help quit"),
    )
    for name in names.split()
}
"""The help screen's group of each binding id."""

SUMMARY_HELP_ROWS: list[tuple[str, str, str]] = [
    ("j k g G", "Down, up, first, last fact", SUMMARY),
    ("i", "Sort by independent sources", SUMMARY),
    ("enter", "Go to the fact", SUMMARY),
    ("esc / s", "Back to the review", SUMMARY),
]
"""The summary screen's keys, as the help screen lists them."""


class KeymapError(Exception):
    """A keymap file that cannot be used; the message is one line naming the file."""


def keymap_path() -> Path | None:
    """The keymap file to read: $WORKBENCH_KEYMAP, else the default one when it exists."""
    if configured := os.environ.get(KEYMAP_ENV):
        return Path(configured).expanduser()
    default = DEFAULT_KEYMAP.expanduser()
    return default if default.is_file() else None


def load_keymap(path: Path) -> dict[str, str]:
    """Read a keymap file (JSON when it ends in .json, else TOML) into {binding id: keys}.

    Ids may omit the "workbench." prefix. Raises KeymapError for an unreadable file, a value that
    is not a string of printable keys (the footer shows them as given), or an id no review binding has.
    """
    try:
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw) if path.suffix.lower() == ".json" else tomllib.loads(raw)
    except (OSError, UnicodeDecodeError) as exc:
        raise KeymapError(f"{path}: cannot read the keymap ({exc.__class__.__name__})") from exc
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise KeymapError(f"{path}: not a valid keymap ({str(exc).splitlines()[0]})") from exc
    if not isinstance(data, dict):
        raise KeymapError(f"{path}: a keymap maps binding ids to keys")
    known = {b.id for b in REVIEW_BINDINGS}
    keymap: dict[str, str] = {}
    for name, keys in data.items():
        binding_id = name if name.startswith(PREFIX) else PREFIX + name
        if binding_id not in known:
            raise KeymapError(f"{path}: no key binding is called {name!r}")
        if not isinstance(keys, str) or not keys.strip() or not keys.isprintable():
            raise KeymapError(f"{path}: the keys for {name!r} must be a non-empty string of printable keys")
        keymap[binding_id] = keys
    return keymap


def effective_bindings(keymap: dict[str, str]) -> list[Binding]:
    """The review bindings with the keymap's keys in place of the defaults."""
    return [replace(b, key=keymap[b.id]) if b.id in keymap else b for b in REVIEW_BINDINGS]
