"""`workbench analyze`: the JSON contract on stdout, the table for people, one-line errors with exit 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from workbench.cli.main import main
from workbench.resources import seeds_dir


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workbench.cli", *args], capture_output=True, text=True)


def test_json_contract_on_the_bundled_seeds(capsys):
    assert main(["analyze", "--format", "json", str(seeds_dir())]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"articles", "candidates", "clusters"}
    texts = {}
    for a in out["articles"]:
        assert set(a) >= {"id", "path", "title", "sha256", "length", "boilerplate"}
        texts[a["id"]] = (seeds_dir() / a["path"].split("/")[-1]).read_text(encoding="utf-8")
        assert a["length"] == len(texts[a["id"]])
    kinds = {"quantity", "money", "percent", "date", "quote", "entity"}
    ids = set()
    for c in out["candidates"]:
        assert set(c) >= {"id", "article", "start", "end", "text", "kind", "value", "unit", "speaker", "sentence"}
        assert c["kind"] in kinds
        assert texts[c["article"]][c["start"] : c["end"]] == c["text"]
        s0, s1 = c["sentence"]
        assert s0 <= c["start"] and c["end"] <= max(s1, c["end"])
        ids.add(c["id"])
    assert len(ids) == len(out["candidates"])
    for cl in out["clusters"]:
        assert set(cl["members"]) <= ids and cl["status"] in ("agree", "conflict")
        assert cl["articles"]


def test_table_report_runs():
    result = _run("analyze", str(seeds_dir()))
    assert result.returncode == 0, result.stderr
    assert "Facts across sources" in result.stdout


def test_no_usable_article_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = _run("analyze", str(tmp_path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert lines == [f"workbench: error: {tmp_path}: no usable article (empty.txt: skipped: empty)"]


def test_bad_file_skipped_but_rest_analysed(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "good.txt").write_text("Dam fails\n\nNine workers were hurt on 3 May 2027.\n", encoding="utf-8")
    result = _run("analyze", "--format", "json", str(tmp_path))
    assert result.returncode == 0
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["good"]
    assert "bin.txt" in result.stderr and "binary" in result.stderr


def test_bad_max_bytes_is_a_usage_error():
    result = _run("analyze", "--max-bytes", "lots")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_workers_must_be_one_or_more(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["analyze", "--workers", "0", str(seeds_dir())])
    assert exit_.value.code == 2 and "--workers: must be positive: '0'" in capsys.readouterr().err
    assert main(["analyze", "--workers", "1", "--format", "json", str(seeds_dir())]) == 0
    assert json.loads(capsys.readouterr().out)["clusters"]


def test_warnings_never_pass_escape_sequences_to_the_terminal(tmp_path):
    bad = tmp_path / "evil\x1b]0;PWNED\x07.txt"
    bad.write_bytes(b"")
    result = _run("analyze", str(tmp_path))
    assert result.returncode == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1  # the error, naming the file and why
