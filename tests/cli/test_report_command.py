"""`workbench report`: what the page and the Markdown say of the small corpus's reviewed store, and the
command's output file, refusals and exit codes."""

from __future__ import annotations

import re

import pytest

from tests.cli.running import run
from tests.support.frozen import load_frozen
from tests.support.report_page import ReportPage
from tests.support.small_corpus import fingerprint
from workbench.store import Store

SENTENCES = (  # every outlet's sentence of the one conflict (12, 14, 12 and 15 people died)
    "Police said 12 people died in the blast.",
    "The mayor said 14 people died.",
    "At least 12 people died, officials said.",
    "Rescuers said 15 people died.",
)


def _report(capsys, reviewed, tmp_path, fmt: str = "html") -> str:
    target = tmp_path / f"report.{fmt}"
    assert run(capsys, "report", "--db", str(reviewed), "-o", str(target), "--format", fmt) == (0, "", "")
    return target.read_text(encoding="utf-8")


def test_the_matrix_marks_conflict_and_agreement_by_symbol_and_class(reviewed, tmp_path, capsys):
    page = ReportPage(_report(capsys, reviewed, tmp_path))
    head, *rows = page.rows("matrix")
    assert [c.text for c in head][5:] == ["1 Alpha report", "2 Beta report", "3 Gamma report"]
    by_kind = {row[1].text: row for row in rows}
    conflict = by_kind["quantity"]
    assert (conflict[0].text, conflict[0].tone) == ("≠", "conflict")
    assert [(c.text, c.tone) for c in conflict[5:]] == [
        ("≠ 12 person / 14 person", "odd"),  # alpha gives two values, one of them not the leading 12
        ("= 12 person", "agree"),
        ("≠ 15 person", "odd"),
    ]
    assert (conflict[4].text, conflict[4].tone) == ("± mixed", "mixed")  # one side confirmed, one rejected
    money = by_kind["money"]
    assert (money[0].text, money[0].tone) == ("=", "agree")
    assert [(c.text, c.tone) for c in money[5:]] == [
        ("= 1,500,000,000", "agree"),
        ("= 1,500,000,000", "agree"),
        ("—", "absent"),
    ]


def test_each_conflict_shows_every_outlets_sentence_with_the_mention_marked(reviewed, tmp_path, capsys):
    page = ReportPage(_report(capsys, reviewed, tmp_path))
    head, *rows = page.rows("conflicts")
    assert [c.text for c in head] == ["", "source", "value", "sentence"]
    assert [row[3].text for row in rows] == list(SENTENCES)
    assert all("mark" in row[3].tags for row in rows)
    assert [(row[0].text, row[1].text) for row in rows] == [
        ("≠", "1 Alpha report"),
        ("≠", "1 Alpha report"),
        ("=", "2 Beta report"),
        ("≠", "3 Gamma report"),
    ]


def test_decisions_and_the_audit_head_with_the_command_that_verifies_it(reviewed, tmp_path, capsys):
    with Store.open(reviewed, analyst="ann") as store:
        store.note(store.claims("rejected")[0].members[0], "Only the rescuers say so.")
        head = store.head().hash
    page = ReportPage(_report(capsys, reviewed, tmp_path))
    decided = [[c.text for c in row] for row in page.rows("decisions")[1:]]
    assert [row[:6] for row in decided] == [
        ["✓ Accurate", "quantity", "12 people", "12", "1 Alpha report, 2 Beta report", "—"],
        ["✗ Inaccurate", "quantity", "15 people", "15", "3 Gamma report", "Only the rescuers say so."],
    ]
    assert [row[6:] for row in decided] == [["ann", "2027-09-01 09:00 UTC"], ["ann", "2027-09-01 09:00 UTC"]]
    command = f"workbench audit --db {reviewed.name} --verify --expect {head}"
    assert command in page.text
    argv = command.split()[1:]
    argv[argv.index("--db") + 1] = str(reviewed)
    printed = "ok: 7 events, 2 claims; the anchor is seq 7"  # what the page says it prints, and it does
    assert f"It prints {printed} while" in page.text
    assert run(capsys, *argv) == (0, f"{printed}\n", "")


def test_markdown_says_the_same(reviewed, tmp_path, capsys):
    text = _report(capsys, reviewed, tmp_path, "md")
    for title in ("Sources", "Outlet × fact matrix", "Conflicts", "Quote drift", "Shared copy", "Timeline"):
        assert f"\n## {title}\n" in text
    assert "| **≠** | quantity | Police said **12 people** died in the blast. | 3 | ± mixed |" in text
    assert "≠\u00a012 person / 14 person | \\=\u00a012 person | ≠\u00a015 person |" in text  # each mark by its value
    for sentence in SENTENCES:  # each with its mention in bold
        assert re.sub(r"(1[2-5] people)", r"**\1**", sentence) in text
    assert "| ✗ Inaccurate | quantity | 15 people | 15 | 3 Gamma report |" in text
    assert re.search(r"`workbench audit --db review\.sqlite --verify --expect [0-9a-f]{64}`", text)
    assert "<" not in text.replace("<ins>", "").replace("</ins>", "").replace("<del>", "").replace("</del>", "")


def test_the_page_asks_for_nothing_from_the_network_and_runs_no_script(reviewed, tmp_path, capsys):
    page = ReportPage(_report(capsys, reviewed, tmp_path))
    tags = {tag for tag, _ in page.elements}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "form", "base"}
    assert not [attrs for _, attrs in page.elements if {"src", "srcset", "action"} & set(attrs)]
    policy = next(a["content"] for t, a in page.elements if t == "meta" and a.get("http-equiv"))
    assert policy is not None and policy.startswith("default-src 'none'")


def test_the_store_is_read_only(reviewed, tmp_path, capsys):
    before = fingerprint(reviewed)
    _report(capsys, reviewed, tmp_path)
    assert fingerprint(reviewed) == before
    assert [p.name for p in reviewed.parent.iterdir() if p.name.startswith(reviewed.name)] == [reviewed.name]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (None, "no such file"),
        (lambda path: path.write_text("not a database"), "not a SQLite database"),
    ],
)
def test_a_bad_store_is_one_line_and_exit_2_and_writes_nothing(tmp_path, capsys, make, message):
    store = tmp_path / "bad.sqlite"
    if make:
        make(store)
    target = tmp_path / "report.html"
    code, out, err = run(capsys, "report", "--db", str(store), "-o", str(target))
    assert (code, out) == (2, "")
    assert err == f"workbench: error: {store}: {message}\n"
    assert not target.exists()


def test_bad_output_paths_and_formats(reviewed, tmp_path, capsys):
    code, _, err = run(capsys, "report", "--db", str(reviewed), "-o", str(reviewed), "--force")
    assert code == 2 and err == f"workbench: error: {reviewed}: it is the review store\n"
    code, _, err = run(capsys, "report", "--db", str(reviewed), "-o", str(tmp_path / "no" / "r.html"))
    assert code == 2 and err == f"workbench: error: {tmp_path / 'no' / 'r.html'}: no folder {tmp_path / 'no'}\n"
    with pytest.raises(SystemExit) as exited:
        run(capsys, "report", "--db", str(reviewed), "-o", str(tmp_path / "r.pdf"), "--format", "pdf")
    assert exited.value.code == 2


def test_quote_drift_shows_the_word_diff_and_marks_the_paraphrase_not_the_quote_it_departs_from(tmp_path, capsys):
    db = tmp_path / "review.sqlite"
    with Store.open(db, analyst="ann") as store:
        store.ingest(load_frozen("paraphrase"))  # the times reorder the mayor's words the courier quotes
    page = ReportPage(_report(capsys, db, tmp_path))
    quote = next(row for row in page.rows("matrix")[1:] if row[1].text == "quote")
    assert [(c.text, c.tone) for c in quote[5:]] == [("= verbatim", "agree"), ("≠ paraphrase", "odd")]
    drift = [[(c.text, c.tone, c.tags) for c in row] for row in page.rows("quote-drift")[1:]]
    assert [row[1][:2] for row in drift] == [("= verbatim", "agree"), ("≠ paraphrase", "odd")]
    times = drift[1][2]
    assert times[0].startswith("Every family will be back home by the autumn, and we will rebuild")
    assert times[2] == ["ins", "del", "del"]  # words the times add, and drop, against the courier's wording
