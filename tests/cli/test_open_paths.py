"""`workbench open` with a mistyped path fails in one line, exit 2, before the app starts (terminal or not)."""

from __future__ import annotations

import pytest

import workbench.app
import workbench.cli.main as cli
from tests.cli.running import run
from tests.support.paths import SEEDS


@pytest.fixture
def terminal(monkeypatch):
    """A terminal, and an app that records the paths it is started on instead of starting."""
    started: list[list[str]] = []
    monkeypatch.setattr(cli, "_terminal_missing", lambda: None)
    monkeypatch.setattr(workbench.app, "run_app", lambda paths, **options: started.append(paths) or 0)
    return started


def test_a_path_that_does_not_exist_fails_before_the_screen_is_drawn(capsys, tmp_path, terminal):
    missing = tmp_path / "artciles"
    code, out, err = run(capsys, "open", "--db", str(tmp_path / "r.sqlite"), str(SEEDS), str(missing))
    assert code == 2 and terminal == [] and out == ""
    assert err == f"workbench: error: {missing}: no such file or folder\n"


def test_existing_paths_and_addresses_start_the_app(capsys, tmp_path, terminal):
    code, _, err = run(capsys, "open", "--db", str(tmp_path / "r.sqlite"), str(SEEDS), "https://news.example/a")
    assert code == 0 and err == "" and terminal == [[str(SEEDS), "https://news.example/a"]]
