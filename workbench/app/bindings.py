"""The review keys: Bindings with ids, and the user keymap that can rebind them.

A keymap file maps binding ids to keys, TOML or JSON, e.g. `confirm = "y"` or
`"workbench.undo" = "ctrl+z,u"`; it is read from $WORKBENCH_KEYMAP, else
~/.config/workbench/keymap.toml when present, and applied with App.set_keymap.
"""

from __future__ import annotations

import json
import os
import stat
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from textual.binding import Binding

PREFIX = "workbench."
KEYMAP_ENV = "WORKBENCH_KEYMAP"
DEFAULT_KEYMAP = Path("~/.config/workbench/keymap.toml")
MAX_KEYMAP_BYTES = 64 * 1024
"""A keymap larger than this is refused unread (a few dozen keys take a few hundred bytes)."""

MOVE, DECIDE, CORRECT, TOOLS = "Move", "Decide", "Correct", "Tools"


@dataclass(frozen=True)
class ReviewBinding(Binding):
    """A review key: the Binding the footer shows and the keymap rebinds (by `id`), its `tooltip` (what it
    does, also the palette's help line), and what the help screen and the command palette need besides.

    The help screen's group is `section`, not Binding.group: Textual's footer merges the keys of one group
    into a single entry, and the footer shows each review key on its own."""

    section: str = ""
    """The help screen's group (Move, Decide or Tools)."""
    command: str = ""
    """The command palette's name for the action ("" keeps it out of the palette)."""


def _key(
    section: str,
    key: str,
    name: str,
    description: str,
    command: str,
    tooltip: str,
    *,
    show: bool = True,
    on_app: bool = False,
) -> ReviewBinding:
    """A review binding with id "workbench.<name>"; its action runs on the review screen, or (`on_app`) the App."""
    action = f"app.{name}" if on_app else name
    return ReviewBinding(
        key, action, description, show=show, tooltip=tooltip, id=PREFIX + name, section=section, command=command
    )


# fmt: off
REVIEW_BINDINGS: list[ReviewBinding] = [
    # section, keys, action, footer and help, palette command, what it does (tooltip, palette help)
    _key(MOVE, "j,down", "next_candidate", "Next", "Next candidate", "Select the next candidate in the focused article", show=False),
    _key(MOVE, "k,up", "prev_candidate", "Previous", "Previous candidate", "Select the previous candidate in the focused article", show=False),
    _key(MOVE, "tab", "next_pane", "Next article", "Next article", "Move to the next article pane", show=False),
    _key(MOVE, "shift+tab", "prev_pane", "Previous article", "Previous article", "Move to the previous article pane", show=False),
    _key(MOVE, "right_square_bracket", "next_in_queue", "Queue", "Next in queue", "Go to the next pending fact that matters most: conflicts, shared facts, then single-source"),
    _key(MOVE, "left_square_bracket", "prev_in_queue", "Previous in queue", "Previous in queue", "Go to the previous pending fact of the queue", show=False),
    _key(DECIDE, "c", "confirm", "Confirm", "Confirm candidate", "Mark the selected candidate confirmed"),
    _key(DECIDE, "r", "reject", "Reject", "Reject candidate", "Mark the selected candidate rejected"),
    _key(DECIDE, "space", "reset", "Pending", "Back to pending", "Undecide the selected candidate", show=False),
    _key(DECIDE, "l", "link", "Link", "Link to other articles…", "Choose the same-fact mentions in the other articles"),
    _key(DECIDE, "a", "accept_cluster", "Accept", "Accept suggested cluster", "Link the suggested cluster as one claim and confirm it"),
    *(
        ReviewBinding(
            str(n), f"rate({n})", f"Rating {n}", show=False, id=f"{PREFIX}rate_{n}", section=DECIDE,
            command=f"Rate: rating {n}", tooltip=f"Give the selected claim rating {n} of the settings' scale (1 is the top)",
        )
        for n in range(1, 10)
    ),
    _key(DECIDE, "A", "adjudicate", "Adjudicate", "Adjudicate: each analyst side by side…", "Each analyst's decision, note and evidence on the selected disputed claim side by side; settle it (open --adjudicate)"),
    _key(DECIDE, "d", "dismiss_claim", "Dismiss", "Dismiss: not a checkable fact", "Dismiss the selected candidate: not a checkable fact (an extraction error, a name)", show=False),
    _key(DECIDE, "E", "evidence", "Evidence", "Evidence…", "The selected claim's evidence: add a mention, an address or a source; remove an item", show=False),
    _key(DECIDE, "u", "undo", "Undo", "Undo", "Undo the last decision or correction"),
    _key(DECIDE, "n", "note", "Note", "Note…", "Write a note on the selected claim", show=False),
    _key(DECIDE, "e", "edit_value", "Edit value", "Edit value…", "Correct the selected candidate's normalised value", show=False),
    _key(CORRECT, "v", "mark_fact", "Mark fact", "Mark a missed fact…", "Select text in the focused article (a word or a line at a time) and mark it as a fact of a kind", show=False),
    _key(CORRECT, "plus", "extend_span", "Span +", "Extend the span", "Extend the selected fact's span by a word", show=False),
    _key(CORRECT, "minus", "shrink_span", "Span −", "Shrink the span", "Shrink the selected fact's span by a word", show=False),
    _key(CORRECT, "S", "set_source", "Speaker", "Speaker or attribution…", "Set who the selected fact comes from (a quote's speaker), from the article's names or typed", show=False),
    _key(CORRECT, "X", "split", "Split", "Split out of the cluster", "Take the selected mention out of its suggested cluster", show=False),
    _key(CORRECT, "M", "move", "Move", "Move to another cluster…", "Put the selected mention in the cluster of a mention of another article", show=False),
    _key(CORRECT, "U,ctrl+r", "redo", "Redo", "Redo", "Redo the last undone decision or correction", show=False),
    _key(CORRECT, "exclamation_mark", "stale", "Stale", "Stale decisions…", "The decisions a re-import left stale, old and new text side by side", show=False),
    _key(TOOLS, "slash", "search", "Search", "Search articles…", "Find text in the articles", show=False),
    _key(TOOLS, "ctrl+n", "next_hit", "Next hit", "", "Go to the next search hit"),
    _key(TOOLS, "ctrl+b", "prev_hit", "Previous hit", "", "Go to the previous search hit"),
    _key(TOOLS, "f", "filter", "Filter", "Filter candidates…", "Show only some kinds, states, conflicts or single-source facts", show=False),
    _key(TOOLS, "L", "story_list", "Stories", "Story list", "Every story of the folder with its articles and open conflicts: open another", show=False),
    _key(TOOLS, "escape", "back", "Back", "Back", "Back: the inspector beside the panes again, else the story list (of a folder of several stories)", show=False),
    _key(TOOLS, "s", "summary", "Summary", "Summary", "The outlet × fact matrix, conflicts first"),
    _key(TOOLS, "m", "maximise_inspector", "Maximise", "Maximise the inspector", "The inspector alone on screen, scrolled with ↑ ↓ (m or esc to go back)", show=False),
    _key(TOOLS, "N", "names", "Names", "Names view", "Every name with its spellings and outlets: confirm, reject or split a group", show=False),
    _key(TOOLS, "T", "timeline", "Timeline", "Timeline", "Every dated fact on its date, with the outlets reporting it", show=False),
    _key(TOOLS, "x", "export", "Export", "Export…", "Write the decisions as CSV, JSON, JSONL or ClaimReview, or the report", show=False),
    _key(TOOLS, "question_mark", "help", "Help", "Keys", "Every key and what it does", on_app=True),
    _key(TOOLS, "q", "quit", "Quit", "Quit", "Leave the workbench (every decision is already saved)", on_app=True),
]
# fmt: on
"""Every review key, in the order the help screen and the command palette list them: the one table the
footer, the help screen and the palette read. The footer shows the commonest."""


NAMES_BINDINGS: list[Binding] = [
    Binding("c", "confirm_group", "Confirm group", tooltip="Confirm every mention of the name", id="names.confirm"),
    Binding("r", "reject_group", "Reject group", tooltip="Reject every mention of the name", id="names.reject"),
    Binding(
        "p",
        "split_spelling",
        "Split spelling",
        tooltip="Split a spelling off into a group of its own",
        id="names.split",
    ),
    Binding("escape", "close", "Back", id="dialog.cancel"),
    Binding("N", "close", "Back", show=False, id="names.close"),
]
"""The names view's keys (enter on a group goes to its first mention); `u` undoes in the review."""


def rating_number(binding: Binding) -> int | None:
    """The place on the rating scale a rating key sets (1: the top), None for the other keys."""
    prefix = f"{PREFIX}rate_"
    return int(binding.id.removeprefix(prefix)) if binding.id and binding.id.startswith(prefix) else None


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

    Ids may omit the "workbench." prefix. Raises KeymapError, one line naming the file, for an unreadable
    file (not a regular file, over MAX_KEYMAP_BYTES, nested too deeply to parse), a value that
    is not a string of printable keys (the footer shows them as given), or an id no review binding has.
    """
    try:
        raw = _read_small_file(path, MAX_KEYMAP_BYTES).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeymapError(f"{path}: cannot read the keymap ({exc.__class__.__name__})") from exc
    try:
        data = json.loads(raw) if path.suffix.lower() == ".json" else tomllib.loads(raw)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise KeymapError(f"{path}: not a valid keymap ({str(exc).splitlines()[0]})") from exc
    except RecursionError:  # "[[[[…": the parsers recurse once per level
        raise KeymapError(f"{path}: not a valid keymap (nested too deeply)") from None
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


def _read_small_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`; KeymapError for anything else (a FIFO or device such as
    /dev/zero is refused without reading, and never blocks) or for a file larger than `limit`."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise KeymapError(f"{path}: not a regular file, so not read as a keymap")
        with os.fdopen(fd, "rb", closefd=False) as file:
            data = file.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise KeymapError(f"{path}: a keymap larger than {limit // 1024} KiB is not read")
    return data


def effective_bindings(keymap: dict[str, str]) -> list[ReviewBinding]:
    """The review bindings with the keymap's keys in place of the defaults."""
    return [replace(b, key=keymap[b.id]) if b.id in keymap else b for b in REVIEW_BINDINGS]
