"""Exports: CSV round trip with formula neutralisation, JSON provenance, JSON Lines, ClaimReview."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import stat

import pytest

from tests.support.small_corpus import TEXTS, cid
from workbench.output.exports import CSV_COLUMNS, export, neutralise, output_problem, records, write_file

A12, B12, G15 = cid("alpha", "12 people"), cid("beta", "12 people"), cid("gamma", "15 people")
FORMULA = cid("gamma", "=SUM(A1)")


@pytest.fixture
def reviewed(store):
    store.link(A12, [B12])
    store.confirm(A12)
    store.note(A12, '-12 or 14? "police" says 12, mayor 14')
    store.reject(G15)
    store.confirm(FORMULA)
    store.edit_value(FORMULA, "@cmd")
    store.note(cid("alpha", "$1.5 billion"), "pending, not exported by default")
    return store


def rows(text):
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_has_a_header_and_one_crlf_row_per_confirmed_claim(reviewed):
    text = export(reviewed, "csv")
    lines = text.split("\r\n")
    assert lines[0] == ",".join(CSV_COLUMNS)
    assert lines[-1] == ""
    table = rows(text)
    assert [r["claim_id"] for r in table] == [str(c.id) for c in reviewed.claims("confirmed")]
    first = table[0]
    assert (first["kind"], first["text"], first["value"], first["unit"]) == ("quantity", "12 people", "12", "person")
    assert (first["sources"], first["articles"]) == ("2", "alpha;beta")
    assert first["mentions"] == "alpha:12-21;beta:9-18"
    assert (first["status"], first["analyst"]) == ("confirmed", "ann")
    assert first["decided_at"] == reviewed.claim_of(A12).decided_at


def test_csv_round_trips_through_the_csv_module_with_formulas_neutralised(reviewed):
    table = {r["claim_id"]: r for r in rows(export(reviewed, "csv", "all"))}
    for claim in reviewed.claims():
        row = table[str(claim.id)]
        for column, value in (("text", claim.label), ("note", claim.note), ("status", claim.status)):
            assert row[column] == neutralise(value)
    formula = table[str(reviewed.claim_of(FORMULA).id)]
    assert (formula["text"], formula["value"]) == ("'=SUM(A1)", "'@cmd")
    assert table[str(reviewed.claim_of(A12).id)]["note"].startswith("'-12 or 14?")


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_neutralise_prefixes_every_formula_start(start):
    assert neutralise(f"{start}1+1") == f"'{start}1+1"
    assert neutralise(f"x{start}") == f"x{start}"


@pytest.mark.parametrize("sign", ["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20"])
@pytest.mark.parametrize(
    "lead",
    ["", " ", "  \n", "\u00a0", "\u3000", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", " \u200b\ufeff\u00a0"],
)
def test_neutralise_sees_a_formula_after_what_a_spreadsheet_skips(lead, sign):
    cell = f'{lead}{sign}HYPERLINK("http://evil.example")'
    assert neutralise(cell) == "'" + cell
    assert neutralise(f"{lead}x{sign}1") == f"{lead}x{sign}1"


def test_a_csv_cell_with_a_hidden_formula_is_neutralised(reviewed):
    reviewed.note(A12, "\ufeff\u200b\uff1dcmd|' /C calc'!A0")
    row = rows(export(reviewed, "csv"))[0]
    assert row["note"] == "'\ufeff\u200b\uff1dcmd|' /C calc'!A0"


@pytest.mark.parametrize(
    ("status", "expected"),
    [("confirmed", {"confirmed"}), ("rejected", {"rejected"}), ("all", {"confirmed", "rejected", "pending"})],
)
def test_status_selects_the_claims(reviewed, status, expected):
    assert {r.status for r in records(reviewed, status)} == expected


def test_json_and_jsonl_carry_full_provenance_per_mention(reviewed):
    as_json = json.loads(export(reviewed, "json"))
    as_jsonl = [json.loads(line) for line in export(reviewed, "jsonl").splitlines()]
    assert as_json == as_jsonl == json.loads(json.dumps([r.to_json() for r in records(reviewed)]))
    mention = next(r for r in as_json if r["claim_id"] == reviewed.claim_of(B12).id)["mentions"][1]
    article = reviewed.articles()[1]
    assert mention["article"] == "beta" and mention["candidate"] == B12
    assert (mention["title"], mention["path"], mention["sha256"]) == (
        article.title,
        article.path,
        article.sha256,
    )
    assert (mention["start"], mention["end"]) == (9, 18)
    assert mention["sentence"] == "At least 12 people died, officials said."
    assert mention["sentence"] in TEXTS["beta"]


def test_claimreview_is_schema_org_json_ld_for_each_decided_claim(reviewed):
    reviews = json.loads(export(reviewed, "claimreview", "all"))
    decided = [c for c in reviewed.claims() if c.status != "pending"]
    assert len(reviews) == len(decided)
    by_id = {r["identifier"][0]["value"]: r for r in reviews}
    claim_id = reviewed.claim_of(A12).id
    review = by_id[str(claim_id)]
    assert review["url"] == f"https://factcheck.example/reviews/{claim_id}"
    assert review["identifier"][1] == {
        "@type": "PropertyValue",
        "propertyID": "audit_head",
        "value": reviewed.head().hash,
    }
    assert (review["@context"], review["@type"]) == ("https://schema.org", "ClaimReview")
    assert review["claimReviewed"] == "Police said 12 people died in the blast."  # as the first source states it
    assert review["itemReviewed"]["name"] == "12 people"
    assert review["reviewRating"]["@type"] == "Rating"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Accurate",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert review["itemReviewed"]["@type"] == "Claim"
    assert [a["identifier"] for a in review["itemReviewed"]["appearance"]] == ["alpha", "beta"]
    assert review["itemReviewed"]["appearance"][0]["name"] == "Alpha report"
    assert review["author"] == {"@type": "Organization", "name": "Fact Workbench", "url": "https://factcheck.example/"}
    assert review["datePublished"] == reviewed.claim_of(A12).decided_at[:10]
    assert by_id[str(reviewed.claim_of(G15).id)]["reviewRating"]["alternateName"] == "Inaccurate"


def test_an_empty_store_exports_a_header_only(store):
    assert export(store, "csv") == ",".join(CSV_COLUMNS) + "\r\n"
    assert json.loads(export(store, "claimreview")) == []
    assert export(store, "jsonl") == ""


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("", "no file path given"),
        ("out", "it is a folder"),
        ("missing/claims.csv", "no folder "),
        ("review.sqlite", "it is the review store"),
        ("~/review.sqlite", "it is the review store"),
        ("out/../review.sqlite-wal", "it is the review store"),
        ("link.sqlite", "it is the review store"),
        ("claims.csv", None),
    ],
)
def test_output_problem_refuses_what_an_export_must_not_write(tmp_path, monkeypatch, path, problem):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "review.sqlite").write_bytes(b"store")
    (tmp_path / "link.sqlite").symlink_to(tmp_path / "review.sqlite")
    found = output_problem(path, "review.sqlite")
    assert found == problem if problem is None else found.startswith(problem)


def test_output_problem_refuses_a_fifo_and_unless_asked_an_existing_file(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    assert output_problem(str(fifo), "review.sqlite") == "not a regular file (a FIFO)"
    existing = tmp_path / "claims.csv"
    existing.write_text("old")
    assert output_problem(str(existing), "review.sqlite") is None
    assert output_problem(str(existing), "review.sqlite", overwrite=False) == "the file exists (--force overwrites it)"
    assert output_problem(str(tmp_path / "new.csv"), "review.sqlite", overwrite=False) is None


def test_write_file_replaces_the_file_whole_and_keeps_its_mode(tmp_path):
    target = tmp_path / "claims.json"
    target.write_text("[]\n")
    target.chmod(0o640)
    write_file('[{"a": 1}]\n', str(target))
    assert json.loads(target.read_text()) == [{"a": 1}]
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.json"]


def test_a_failed_write_leaves_the_previous_export_intact(tmp_path, monkeypatch):
    target = tmp_path / "claims.json"
    target.write_text('[{"claim_id": 1}]\n')
    before = target.read_bytes()
    real_open = open

    class FullDisk(io.TextIOWrapper):
        def write(self, text):
            super().write(text[: len(text) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

    def full_open(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        if "w" in mode:
            return FullDisk(handle.detach(), encoding="utf-8", newline="")
        return handle

    monkeypatch.setattr("builtins.open", full_open)
    with pytest.raises(OSError, match="No space left"):
        write_file('[{"claim_id": 1}, {"claim_id": 2}]\n', str(target))
    monkeypatch.undo()
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.json"]


def test_write_file_expands_the_home_folder_and_keeps_line_ends(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert write_file("a\r\nb\n", "~/claims.csv") == tmp_path / "claims.csv"
    assert (tmp_path / "claims.csv").read_bytes() == b"a\r\nb\n"
