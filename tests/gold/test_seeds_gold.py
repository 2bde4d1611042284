"""The bundled demo corpus (seeds/) and its hand-made gold (seeds/gold.json) are well formed.

No extractor is involved: the gold is checked against the article texts only. The checks every gold
file must pass are in tests/gold/goldcheck.py; the rules below are the demo corpus's own, stricter ones.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.gold import goldcheck
from tests.support.paths import REPO
from workbench.resources import seeds_dir


@pytest.fixture(scope="module")
def folder() -> Path:
    return seeds_dir()


@pytest.fixture(scope="module")
def texts(folder: Path) -> dict[str, str]:
    return goldcheck.read_texts(folder)


@pytest.fixture(scope="module")
def gold(folder: Path) -> dict:
    return goldcheck.read_gold(folder / "gold.json")


@pytest.fixture(scope="module")
def facts(gold: dict) -> dict[str, dict]:
    return goldcheck.facts_by_id(gold)


@pytest.mark.parametrize("check", goldcheck.CHECKS, ids=lambda check: check.__name__)
def test_gold(check: goldcheck.Check, gold: dict, texts: dict[str, str]) -> None:
    check(gold, texts)


# --- the demo corpus's own rules ---


def test_seeds_dir_finds_the_repo_folder(folder: Path) -> None:
    assert folder.is_dir()
    assert (folder / "gold.json").is_file()
    assert folder.resolve() == (REPO / "seeds").resolve()


def test_only_articles_are_loadable_text(folder: Path) -> None:
    """Every .txt/.md in seeds/ is loaded as an article, so nothing else may be there."""
    assert not list(folder.glob("*.md"))
    assert all(re.fullmatch(r"\d\d_[a-z_]+", p.stem) for p in folder.glob("*.txt"))


def test_corpus_size_and_encoding(folder: Path, texts: dict[str, str]) -> None:
    assert 4 <= len(texts) <= 6
    for art, text in texts.items():
        raw = (folder / f"{art}.txt").read_bytes()
        assert b"\r" not in raw, f"{art}: line endings must be LF"
        assert not raw.startswith(b"\xef\xbb\xbf"), f"{art}: no BOM"
        words = len(text.split())
        assert 300 <= words <= 800, (art, words)
        assert text.strip().split("\n")[0].strip(), f"{art}: first line must be the headline"


def test_fact_count(gold: dict) -> None:
    assert 120 <= len(gold["facts"]) <= 200


def test_articles_are_dated_and_marked(gold: dict) -> None:
    for art, meta in gold["articles"].items():
        assert meta["dateline"] is not None, f"{art}: every demo article is dated"
        bp = meta["boilerplate_lines"]
        assert bp, f"{art}: every demo article has boilerplate lines"
        assert 1 not in bp, f"{art}: the headline is not boilerplate"


def test_every_fact_is_spelled_out_and_valued(gold: dict) -> None:
    for f in gold["facts"]:
        assert {"value", "speaker", "speaker_alts"} <= set(f), f"{f['id']}: value, speaker and speaker_alts given"
        if f["kind"] in goldcheck.NUMERIC | {"date"}:
            assert f["value"] is not None, f"{f['id']}: every demo figure and date is valued"


def _quote_norm(text: str) -> str:
    """Normalise a quote the way FORMAT.md compares them: case, quote marks, hashtags, spelling variants."""
    text = text.lower().translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    text = re.sub(r"[#@]\w+", " ", text)
    text = text.replace("bussed", "bused").replace("organisation", "organization")
    return " ".join(re.findall(r"[a-z0-9']+", text))


def test_quote_clusters_hold_one_statement(gold: dict, facts: dict[str, dict]) -> None:
    """Demo quote facts are whole quotations, so their wording decides the status."""
    for c in gold["clusters"]:
        if c["kind"] != "quote":
            continue
        members = [facts[m] for m in c["members"]]
        assert len({m["speaker"] for m in members}) == 1, f"{c['id']}: one statement, one speaker"
        wordings = {_quote_norm(m["text"]) for m in members}
        openings = {" ".join(w.split()[:5]) for w in wordings}
        assert len(openings) == 1, f"{c['id']}: members do not reference one statement"
        status = "agree" if len(wordings) == 1 else "conflict"
        assert status == c["status"], f"{c['id']}: status {c['status']!r} but the wordings say {status!r}"


def test_corpus_exercises_the_features(gold: dict, facts: dict[str, dict]) -> None:
    clusters = gold["clusters"]
    self_contradictions = [c for c in clusters if len({facts[m]["article"] for m in c["members"]}) == 1]
    assert self_contradictions
    assert any(c["status"] == "agree" and len(c["members"]) >= 3 for c in clusters)
    assert {"agree", "conflict"} <= {c["status"] for c in clusters if c["kind"] == "quote"}
    kinds = {f["kind"] for f in gold["facts"]}
    assert kinds == goldcheck.KINDS
    assert any(f["kind"] == "quote" and f["speaker"] is None for f in gold["facts"])


def test_name_groups_join_two_mentions(gold: dict) -> None:
    for g in gold["name_groups"]:
        assert len(g["members"]) >= 2, f"{g['id']}: a demo name group joins two mentions or more"


def test_quoted_speakers_have_name_groups(gold: dict) -> None:
    names = {g["name"] for g in gold["name_groups"]}
    for f in gold["facts"]:
        if f["kind"] == "quote" and f["speaker"]:
            assert f["speaker"] in names, f"{f['id']}: speaker {f['speaker']!r} has no name group"
