"""`workbench export` and `workbench audit`: outputs, exit codes, and bad stores refused untouched."""

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

from tests.cli.running import run
from tests.support.small_corpus import BAD_FILES, cid, fingerprint
from workbench.cli.store_commands import DEFAULT_DB, read_store
from workbench.output.exports import CSV_COLUMNS
from workbench.store import Store


def test_export_defaults_to_confirmed_claims_as_csv_on_stdout(reviewed, capsys):
    code, out, err = run(capsys, "export", "--db", str(reviewed))
    assert (code, err) == (0, "")
    table = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [(r["text"], r["status"], r["sources"]) for r in table] == [("12 people", "confirmed", "2")]
    assert list(table[0]) == list(CSV_COLUMNS)


def test_claimreview_publishes_every_rated_claim_by_default(reviewed, capsys):
    """ClaimReview publishes verdicts: by default every rated claim (the confirmed one, rated the top of the
    scale, and the rejected one, the bottom), where the other formats default to the confirmed ones."""
    code, out, _ = run(capsys, "export", "--db", str(reviewed), "--format", "claimreview")
    ratings = sorted(review["reviewRating"]["alternateName"] for review in json.loads(out))
    assert (code, ratings) == (0, ["Accurate", "Inaccurate"])


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "claimreview"])
def test_export_writes_each_format_to_a_file(reviewed, tmp_path, capsys, fmt):
    target = tmp_path / f"out.{fmt}"
    code, out, _ = run(capsys, "export", "--db", str(reviewed), "--format", fmt, "--status", "all", "-o", str(target))
    assert (code, out) == (0, "")
    text = target.read_bytes().decode("utf-8")
    if fmt == "csv":
        assert len(list(csv.reader(io.StringIO(text, newline="")))) == 3
    elif fmt == "jsonl":
        assert len(text.splitlines()) == 2
    else:
        assert len(json.loads(text)) == 2


@pytest.mark.parametrize("output", ["{db}", "~/{name}", "{db}-wal"])
def test_export_refuses_to_overwrite_the_store(reviewed, capsys, monkeypatch, output):
    monkeypatch.setenv("HOME", str(reviewed.parent))
    before = fingerprint(reviewed)
    target = output.format(db=reviewed, name=reviewed.name)
    code, _, err = run(capsys, "export", "--db", str(reviewed), "-o", target)
    assert code == 2 and err == f"workbench: error: {target}: it is the review store\n"
    assert fingerprint(reviewed) == before


def test_export_to_a_missing_folder_fails_cleanly(reviewed, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--db", str(reviewed), "-o", str(tmp_path / "no" / "out.csv"))
    assert code == 2 and err.startswith("workbench: error: ") and err.count("\n") == 1


def test_audit_prints_a_table_and_json(reviewed, capsys):
    code, out, _ = run(capsys, "audit", "--db", str(reviewed))
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["seq", "at", "analyst", "action", "target", "hash"]
    assert [line.split()[3] for line in lines[1:]] == ["ingest"] * 3 + ["link", "confirm", "reject"]
    code, out, _ = run(capsys, "audit", "--db", str(reviewed), "--format", "json")
    events = json.loads(out)
    assert [e["seq"] for e in events] == list(range(1, 7))
    assert set(events[0]) == {"seq", "at", "analyst", "action", "target", "before", "after", "prev_hash", "hash"}


def test_audit_verify_reports_ok_or_the_first_bad_seq(reviewed, capsys):
    assert run(capsys, "audit", "--db", str(reviewed), "--verify") == (0, "ok: 6 events, 2 claims\n", "")
    with sqlite3.connect(reviewed) as conn:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET target = 'x' WHERE seq = 5")
    assert run(capsys, "audit", "--db", str(reviewed), "--verify") == (1, "bad: seq 5: hash mismatch\n", "")


BAD = {**BAD_FILES, "missing file": (None, "no such file")}


@pytest.mark.parametrize(
    "command", [["export"], ["export", "--format", "claimreview"], ["audit"], ["audit", "--verify"]]
)
@pytest.mark.parametrize("kind", BAD)
def test_bad_stores_exit_2_with_one_line_and_stay_unmodified(tmp_path, capsys, kind, command):
    make, message = BAD[kind]
    path = tmp_path / "bad.sqlite"
    if make:
        make(path)
        before = fingerprint(path)
    code, out, err = run(capsys, *command, "--db", str(path))
    assert (code, out) == (2, "")
    assert err.startswith(f"workbench: error: {path}: {message}") and err.count("\n") == 1
    if make:
        assert fingerprint(path) == before
    else:
        assert not path.exists()


def test_a_missing_folder_and_a_read_only_store(reviewed, tmp_path, capsys):
    code, _, err = run(capsys, "audit", "--db", str(tmp_path / "nowhere" / "x.sqlite"))
    assert code == 2 and err.endswith(": folder does not exist\n")
    reviewed.chmod(0o444)
    before = fingerprint(reviewed)
    assert run(capsys, "audit", "--db", str(reviewed), "--verify")[0] == 0
    assert fingerprint(reviewed) == before


def test_the_default_store_is_in_the_current_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "export")
    assert code == 2 and err == f"workbench: error: {DEFAULT_DB}: no such file\n"
    assert not Path(DEFAULT_DB).exists()


def test_the_installed_command_fails_without_a_traceback(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database")
    result = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "export", "--db", str(bad)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr == f"workbench: error: {bad}: not a SQLite database\n"


def _command(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", *args], capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.parametrize(
    ("command", "name", "start"),
    [("export", "claims.csv", ",".join(CSV_COLUMNS)), ("report", "report.html", "<!DOCTYPE")],
)
def test_export_and_report_refuse_to_overwrite_a_file_unless_forced(reviewed, tmp_path, capsys, command, name, start):
    target = tmp_path / name
    target.write_text("the previous export\n")
    code, out, err = run(capsys, command, "--db", str(reviewed), "-o", str(target))
    assert (code, out) == (2, "") and err == f"workbench: error: {target}: the file exists (--force overwrites it)\n"
    assert target.read_text() == "the previous export\n"
    assert run(capsys, command, "--db", str(reviewed), "-o", str(target), "--force") == (0, "", "")
    assert target.read_text(encoding="utf-8").startswith(start)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([reviewed.name, name])  # no temporary file left


@pytest.mark.parametrize("option", ["-o", "--db"])
def test_a_fifo_is_refused_in_one_line_not_waited_on(reviewed, tmp_path, option):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    args = ["--db", str(reviewed), "-o", str(fifo)] if option == "-o" else ["--db", str(fifo)]
    result = _command("export", *args, timeout=20)
    assert result.returncode == 2
    assert result.stderr == f"workbench: error: {fifo}: not a regular file (a FIFO)\n"
    if option == "--db":
        for command in (["audit"], ["audit", "--verify"], ["open"]):
            result = _command(*command, "--db", str(fifo), timeout=20)
            assert (result.returncode, result.stderr) == (2, f"workbench: error: {fifo}: not a regular file (a FIFO)\n")


def _beside(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name.startswith(db.name))


@pytest.mark.parametrize(
    "command",
    [["audit"], ["audit", "--format", "json"], ["audit", "--verify"], ["export"], ["export", "--format", "json"]],
)
def test_read_only_commands_leave_no_wal_or_shm_and_the_store_untouched(reviewed, capsys, command):
    assert _beside(reviewed) == [reviewed.name]
    before = fingerprint(reviewed)
    code, out, err = run(capsys, *command, "--db", str(reviewed))
    assert (code, err) == (0, "") and out
    assert _beside(reviewed) == [reviewed.name]
    assert fingerprint(reviewed) == before


def test_read_only_commands_work_on_read_only_media(reviewed, tmp_path, capsys):
    # As root the permissions are not enforced; what holds for root too: the files a reader would need to
    # create (-wal, -shm) are never made, so a folder that refuses them does not matter.
    reviewed.chmod(0o444)
    reviewed.parent.chmod(0o555)
    try:
        before = fingerprint(reviewed)
        assert run(capsys, "audit", "--db", str(reviewed), "--verify") == (0, "ok: 6 events, 2 claims\n", "")
        code, out, _ = run(capsys, "export", "--db", str(reviewed), "--format", "json")
        assert code == 0 and len(json.loads(out)) == 1
        assert _beside(reviewed) == [reviewed.name] and fingerprint(reviewed) == before
    finally:
        reviewed.parent.chmod(0o755)


def test_a_store_a_writer_has_open_is_read_with_its_latest_decisions(reviewed, capsys):
    with Store.open(reviewed, analyst="ann") as writer:  # its -wal holds the decision until a checkpoint
        writer.confirm(cid("gamma", "15 people"))
        assert (reviewed.parent / (reviewed.name + "-wal")).exists()
        code, out, _ = run(capsys, "export", "--db", str(reviewed), "--status", "all")
        assert code == 0
        statuses = {r["text"]: r["status"] for r in csv.DictReader(io.StringIO(out, newline=""))}
        assert statuses["15 people"] == "confirmed"
        assert run(capsys, "audit", "--db", str(reviewed), "--verify")[1] == "ok: 7 events, 2 claims\n"


def test_a_read_during_which_a_writer_changed_the_store_is_done_again(reviewed):
    reads = []

    def read(store):
        reads.append(store.progress().confirmed)
        if len(reads) == 1:  # a writer comes and goes during the first read (immutable: it sees nothing)
            with Store.open(reviewed, analyst="ann") as writer:  # she changes her own decision
                writer.confirm(cid("gamma", "15 people"))
        return reads[-1]

    assert read_store(str(reviewed), read) == 2
    assert reads == [1, 2]
    assert _beside(reviewed) == [reviewed.name]


def test_read_only_commands_work_on_a_read_only_mount(reviewed, tmp_path, capsys):
    """Truly read-only media (a read-only bind mount; needs the right to mount, else skipped)."""
    media = tmp_path / "media"
    media.mkdir()
    mounted = subprocess.run(["mount", "--bind", "-o", "ro", str(reviewed.parent), str(media)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount here")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(media)], check=True, capture_output=True)
        on_media = media / reviewed.name
        with pytest.raises(OSError):
            (media / "probe").touch()
        assert run(capsys, "audit", "--db", str(on_media), "--verify") == (0, "ok: 6 events, 2 claims\n", "")
        code, out, _ = run(capsys, "export", "--db", str(on_media), "--format", "jsonl")
        assert code == 0 and len(out.splitlines()) == 1
    finally:
        subprocess.run(["umount", str(media)], check=True)
