"""`workbench export` with verdicts: --status rated, the publisher from the settings file, --bom."""

from __future__ import annotations

import json

from tests.cli.running import run
from tests.support.small_corpus import cid
from workbench.output.exports import BOM
from workbench.store import EvidenceRecord, Store


def test_export_takes_rated_claims_and_the_settings_publisher(reviewed, tmp_path, monkeypatch, capsys):
    with Store.open(reviewed, analyst="ann") as store:
        store.rate(cid("alpha", "14 people"), "Misleading", "rated")
        store.dismiss(cid("gamma", "=SUM(A1)"))
    settings = tmp_path / "settings.toml"
    settings.write_text('[publisher]\nname = "Lakeport Fact Desk"\nurl = "https://desk.example/"\n')
    monkeypatch.setenv("WORKBENCH_SETTINGS", str(settings))
    code, out, err = run(capsys, "export", "--db", str(reviewed), "--format", "claimreview", "--status", "rated")
    assert (code, err) == (0, "")
    reviews = json.loads(out)
    assert sorted(r["reviewRating"]["alternateName"] for r in reviews) == ["Accurate", "Inaccurate", "Misleading"]
    assert {r["author"]["name"] for r in reviews} == {"Lakeport Fact Desk"}
    code, out, _ = run(capsys, "export", "--db", str(reviewed), "--format", "json", "--status", "all")
    assert "dismissed" not in {r["status"] for r in json.loads(out)}


def test_export_bom_opens_a_csv_file_with_a_byte_order_mark(reviewed, tmp_path, capsys):
    target = tmp_path / "claims.csv"
    assert run(capsys, "export", "--db", str(reviewed), "--bom", "-o", str(target))[0] == 0
    assert target.read_bytes().startswith(BOM.encode("utf-8") + b"claim_id,")
    assert run(capsys, "export", "--db", str(reviewed), "-o", str(target), "--force")[0] == 0
    assert target.read_bytes().startswith(b"claim_id,")


def test_the_report_gives_each_verdict_with_its_evidence(reviewed, tmp_path, capsys):
    with Store.open(reviewed, analyst="ann") as store:
        store.rate(cid("alpha", "14 people"), "Misleading", "rated")
        store.add_evidence(cid("alpha", "14 people"), EvidenceRecord("mention", candidate=cid("beta", "12 people")))
        source = EvidenceRecord("source", description="Call to <b>the police</b>", date="2024-03-16")
        store.add_evidence(cid("alpha", "14 people"), source)
    target = tmp_path / "report.md"
    assert run(capsys, "report", "--db", str(reviewed), "--format", "md", "-o", str(target))[0] == 0
    text = target.read_text(encoding="utf-8")
    assert "| ◆ Misleading | quantity | 14 people *— evidence: mention in beta; source: Call to" in text
    assert "Call to \\<b\\>the police\\</b\\>, 2024-03-16* | 14 |" in text
    page = tmp_path / "report.html"
    assert run(capsys, "report", "--db", str(reviewed), "-o", str(page))[0] == 0
    assert "Call to &lt;b&gt;the police&lt;/b&gt;" in page.read_text(encoding="utf-8")
