"""`workbench serve` before it serves: the articles analysed into the store first (bad input: one line, exit 2),
the command each visitor's app runs, and a warning when it listens beyond this machine. The browser itself:
test_serve_browser.py."""

from __future__ import annotations

import shlex
import sys

import pytest
from textual_serve.server import Server

from tests.cli.running import run
from tests.support.paths import SEEDS
from workbench.cli.serve_command import app_command
from workbench.store import Store


@pytest.fixture
def serving(monkeypatch) -> list[Server]:
    """Servers asked to serve, none serving."""
    asked: list[Server] = []
    monkeypatch.setattr(Server, "serve", lambda self, debug=False: asked.append(self))
    return asked


def test_the_articles_are_in_the_store_before_it_serves_and_each_visitor_is_asked_their_name(serving, tmp_path, capsys):
    db = tmp_path / "team.sqlite"
    assert run(capsys, "serve", "--db", str(db), str(SEEDS)) == (0, "", "")
    with Store.open(db, readonly=True) as store:
        assert len(store.articles()) == 5 and store.check_signatures().ok
    [server] = serving
    assert (server.host, server.port) == ("127.0.0.1", 8000)
    assert shlex.split(server.command) == [
        sys.executable, "-m", "workbench", "open", "--served", "--db", str(db.resolve()),
        "--max-bytes", "5000000", "--timeout", "20.0", str(SEEDS.resolve()),
    ]  # fmt: skip


def test_a_path_with_spaces_and_quotes_reaches_the_visitors_app_whole():
    odd = '/tmp/it\'s a "folder"; rm -rf ~'
    assert shlex.split(app_command([odd], odd + ".sqlite", 10, 1.0))[-1] == odd


def test_listening_beyond_this_machine_is_said(serving, tmp_path, capsys):
    code, _, err = run(capsys, "serve", "--db", str(tmp_path / "s.sqlite"), "--host", "0.0.0.0", str(SEEDS))
    assert code == 0 and "serving on 0.0.0.0: anyone who reaches it may review under any name" in err


def test_no_usable_article_or_a_bad_store_is_one_line_and_exit_2(serving, tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, "serve", "--db", str(tmp_path / "s.sqlite"), str(tmp_path / "empty"))
    assert (code, out, len(err.splitlines())) == (2, "", 1) and err.startswith("workbench: error: ")
    assert list(tmp_path.glob("s.sqlite*")) == []
    (tmp_path / "not.sqlite").write_text("not a database, but long enough to be read as one " * 100)
    code, _, err = run(capsys, "serve", "--db", str(tmp_path / "not.sqlite"), str(SEEDS))
    assert (code, err) == (2, f"workbench: error: {tmp_path / 'not.sqlite'}: not a SQLite database\n")
    assert serving == []
