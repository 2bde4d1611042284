"""A keymap file that cannot be used is one error line naming the file and why (exit 2), never a
traceback or a hang: however it is nested, however large, whatever kind of file it is."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workbench.app import run_app
from workbench.app.bindings import KEYMAP_ENV, KeymapError, load_keymap


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("keymap.json", "[" * 100_000, "larger than 64 KiB"),  # the file: refused unread
        ("keymap.json", "[" * 50_000, "nested too deeply"),
        ("keymap.toml", "confirm = " + "[" * 50_000, "nested too deeply"),
        ("keymap.toml", "confirm = " + "{ a = " * 5_000, "nested too deeply"),
        ("keymap.toml", "# " + "x" * 100_000 + "\nconfirm = 'y'\n", "larger than 64 KiB"),
    ],
    ids=["json-100k", "json-nested", "toml-arrays", "toml-tables", "toml-large"],
)
def test_a_keymap_nested_too_deeply_or_too_large_is_one_line(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(KeymapError, match=reason) as caught:
        load_keymap(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_a_device_or_fifo_is_refused_without_reading_it(tmp_path):
    fifo = tmp_path / "keymap.toml"
    os.mkfifo(fifo)  # no writer: reading it would block forever
    for path in (Path("/dev/zero"), fifo):
        with pytest.raises(KeymapError, match="not a regular file") as caught:
            load_keymap(path)
        assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize("content", [None, "[" * 100_000], ids=["dev-zero", "nested"])
def test_open_with_a_bad_keymap_is_one_error_line_and_exit_2(tmp_path, monkeypatch, capsys, content):
    keymap = Path("/dev/zero") if content is None else tmp_path / "keymap.json"
    if content is not None:
        keymap.write_text(content)
    monkeypatch.setenv(KEYMAP_ENV, str(keymap))
    db = tmp_path / "review.sqlite"
    assert run_app([str(tmp_path)], db=str(db), analyst="ann") == 2
    err = capsys.readouterr().err
    assert err.startswith(f"workbench: error: {keymap}: ") and err.count("\n") == 1
    assert not db.exists()
