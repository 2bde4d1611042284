"""Nothing an article, a file name, an analyst name or a target id holds reaches the terminal raw through
`analyze`, `audit` or `export`: what a person reads goes through display.clean / one_line, CSV cells show
controls as their pictures, JSON keeps the exact text with the controls escaped by JSON."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.pipeline import analyze
from workbench.store import Store

OSC0 = "\x1b]0;PWNED\x07"  # sets the window title
OSC52 = "\x1b]52;c;ZWNobyBoaQ==\x07"  # writes the clipboard
CSI8 = "\x9b31m"  # an 8-bit CSI (a C1 control)
RAW = ("\x1b", "\x07", "\x9b", "\u202e")  # what a terminal obeys
EVIL_A = f"a{OSC0}"
EVIL_B = f"b{OSC52}\nx"  # a newline in a file name too
ANALYST = f"eve{OSC52}\u202e"


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "400"}
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", *args], capture_output=True, text=True, env=env, timeout=120
    )


def _assert_nothing_raw(text: str) -> None:
    for ch in RAW:
        assert ch not in text, f"{ch!r} reached the terminal"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A folder of two articles whose file names and texts carry OSC 0, OSC 52 and a C1 control."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / f"{EVIL_A}.txt").write_text(
        f"Police said 12 people died {OSC0} in the blast. The mayor said 14 people died.\n"
        f'"We are {OSC52} heartbroken {CSI8}," said Jane Doe.\n',
        encoding="utf-8",
    )
    (folder / f"{EVIL_B}.txt").write_text(
        "At least 12 people died, officials said. Rescuers said 15 people died.\n", encoding="utf-8"
    )
    return folder


@pytest.fixture
def hostile_store(hostile: Path, tmp_path: Path) -> Path:
    """A store of the hostile articles where an analyst with OSC 52 in the name confirmed every fact."""
    db = tmp_path / "review.sqlite"
    analysis = analyze([str(hostile)])
    with Store.open(db, analyst=ANALYST) as store:
        store.ingest(analysis)
        for candidate in analysis.candidates:
            store.confirm(candidate.id)
            store.note(candidate.id, f"seen {OSC0}")
    return db


def test_analyze_table_shows_file_names_and_text_only_as_pictures(hostile):
    result = _run("analyze", str(hostile))
    assert result.returncode == 0, result.stderr
    _assert_nothing_raw(result.stdout + result.stderr)
    assert "a␛]0;PWNED␇" in result.stdout  # the article id, visibly
    assert "b␛]52;c;ZWNobyBoaQ==␇ x" in result.stdout  # the newline in its name is a space


def test_analyze_json_keeps_the_exact_text_escaped_by_json(hostile):
    result = _run("analyze", "--format", "json", str(hostile))
    assert result.returncode == 0, result.stderr
    _assert_nothing_raw(result.stdout)
    out = json.loads(result.stdout)
    assert sorted(a["id"] for a in out["articles"]) == [EVIL_A, EVIL_B]
    assert any(OSC52 in c["text"] and CSI8 in c["text"] for c in out["candidates"] if c["kind"] == "quote")


def test_audit_table_is_one_safe_row_per_event(hostile_store):
    result = _run("audit", "--db", str(hostile_store))
    assert result.returncode == 0, result.stderr
    _assert_nothing_raw(result.stdout)
    with Store.open(hostile_store, readonly=True) as store:
        events = store.events()
    rows = result.stdout.splitlines()
    assert len(rows) == len(events) + 1  # a newline in an id breaks no row
    assert all(row.split()[0] == str(event.seq) for row, event in zip(rows[1:], events))
    assert "eve␛]52;c;ZWNobyBoaQ==␇\ufffd" in result.stdout
    assert any("a␛]0;PWNED␇" in row for row in rows[1:])


def test_audit_json_keeps_the_exact_names(hostile_store):
    result = _run("audit", "--db", str(hostile_store), "--format", "json")
    assert result.returncode == 0, result.stderr
    _assert_nothing_raw(result.stdout)
    events = json.loads(result.stdout)
    assert {e["analyst"] for e in events} == {ANALYST}
    assert any(e["target"].startswith(EVIL_A) for e in events)


def test_audit_verify_prints_a_store_value_safely(hostile_store):
    with sqlite3.connect(hostile_store) as conn:
        conn.execute("UPDATE claims SET note = ? WHERE id = (SELECT MIN(id) FROM claims)", (f"forged {OSC52}\n",))
    result = _run("audit", "--db", str(hostile_store), "--verify")
    assert result.returncode == 1
    _assert_nothing_raw(result.stdout)
    assert len(result.stdout.splitlines()) == 1 and result.stdout.startswith("bad: claim ")


def test_csv_export_on_stdout_shows_controls_as_pictures(hostile_store):
    result = _run("export", "--db", str(hostile_store))
    assert result.returncode == 0, result.stderr
    _assert_nothing_raw(result.stdout)
    table = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert {row["analyst"] for row in table} == {"eve␛]52;c;ZWNobyBoaQ==␇\ufffd"}
    assert any(row["articles"].startswith("a␛]0;PWNED␇") for row in table)
    assert {row["note"] for row in table} == {"seen ␛]0;PWNED␇"}


@pytest.mark.parametrize("fmt", ["json", "jsonl", "claimreview"])
def test_json_exports_on_stdout_keep_the_exact_text_escaped_by_json(hostile_store, fmt):
    result = _run("export", "--db", str(hostile_store), "--format", fmt)
    assert result.returncode == 0, result.stderr
    _assert_nothing_raw(result.stdout)
    lines = result.stdout.splitlines() if fmt == "jsonl" else [result.stdout]
    text = json.dumps([json.loads(line) for line in lines], ensure_ascii=False)
    for exact in (OSC52, CSI8, f"seen {OSC0}"):
        assert json.dumps(exact, ensure_ascii=False)[1:-1] in text
    # ClaimReview's author is the publisher (settings), never the analyst's OS user name
    assert (json.dumps(ANALYST, ensure_ascii=False)[1:-1] in text) == (fmt != "claimreview")
