"""Several processes on one store file: concurrent writers lose nothing, and neither does a killed one."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from workbench.store import Store

REPO = Path(__file__).resolve().parents[2]


def spawn(db: Path, analyst: str, count: int, start_file: Path | None = None) -> subprocess.Popen:
    start = str(start_file) if start_file else None
    code = (
        f"from tests.support.small_corpus import write_notes; write_notes({str(db)!r}, {analyst!r}, {count}, {start!r})"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def logged_notes(db: Path, analyst: str) -> list[str]:
    with Store.open(db, readonly=True) as reader:
        assert reader.verify().ok
        return [
            claim["note"]
            for event in reader.events()
            if event.analyst == analyst and event.action == "note"
            for claim in event.after["claims"].values()
        ]


def test_two_processes_writing_decisions_at_once_lose_none(store, db_path, tmp_path):
    store.close()
    go = tmp_path / "go"
    count = 150
    workers = {name: spawn(db_path, name, count, go) for name in ("ann", "bob")}
    go.touch()
    for name, worker in workers.items():
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        assert out.split() == [f"{name}-{i}" for i in range(count)]
    for name in workers:
        assert logged_notes(db_path, name) == [f"{name}-{i}" for i in range(count)]


def test_a_process_killed_mid_session_loses_no_committed_decision(store, db_path):
    store.close()
    worker = spawn(db_path, "ann", 20_000)
    printed = []
    while len(printed) < 40:
        line = worker.stdout.readline()
        assert line, worker.stderr.read()
        printed.append(line.strip())
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL
    logged = logged_notes(db_path, "ann")
    assert logged[: len(printed)] == printed
    assert 40 <= len(logged) < 20_000
    with Store.open(db_path, analyst="ann") as reopened:
        reopened.confirm(reopened.candidates()[0].id)
        assert reopened.verify().ok
