"""`workbench merge`: the merged store and its summary, a store that cannot be merged refused in one line (exit 2),
and `audit --verify` of the merged store checking the merged chains."""

from __future__ import annotations

import sqlite3

from tests.cli.running import run
from tests.support.small_corpus import ALPHA_12, make_analysis
from workbench.store import Store


def _reviewed(path, analyst, decide):
    with Store.open(path, analyst=analyst) as opened:
        opened.ingest(make_analysis())
        decide(opened)


def test_merge_then_verify(tmp_path, capsys):
    _reviewed(tmp_path / "a.sqlite", "ann", lambda s: s.confirm(ALPHA_12))
    _reviewed(tmp_path / "b.sqlite", "bob", lambda s: s.reject(ALPHA_12))
    out = tmp_path / "c.sqlite"
    code, said, err = run(capsys, "merge", str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite"), "-o", str(out))
    assert (code, err) == (0, "")
    assert said.startswith(f"merged 2 stores into {out}: 1 claim, 1 disputed;")
    code, said, _ = run(capsys, "audit", "--db", str(out), "--verify")
    assert code == 0 and said.startswith("ok: ") and "events of 1 merged store\n" in said
    code, said, err = run(capsys, "merge", str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite"), "-o", str(out))
    assert (code, said, err) == (2, "", f"workbench: error: {out}: exists (--force to replace it)\n")


def test_a_tampered_store_is_refused_in_one_line(tmp_path, capsys):
    _reviewed(tmp_path / "a.sqlite", "ann", lambda s: s.confirm(ALPHA_12))
    _reviewed(tmp_path / "b.sqlite", "bob", lambda s: s.reject(ALPHA_12))
    conn = sqlite3.connect(tmp_path / "b.sqlite")
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE seq = 1")
    conn.commit()
    conn.close()
    code, said, err = run(
        capsys, "merge", str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite"), "-o", str(tmp_path / "c.sqlite")
    )
    assert (code, said) == (2, "")
    assert err.startswith(f"workbench: error: {tmp_path / 'b.sqlite'}: its audit log does not verify (seq 1: missing")
    assert err.count("\n") == 1 and not (tmp_path / "c.sqlite").exists()
