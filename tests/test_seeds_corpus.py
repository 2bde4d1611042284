"""The bundled demo corpus (seeds/) and its hand-made gold (seeds/gold.json) are well formed.

No extractor is involved: the gold is checked against the article texts only.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from workbench.resources import seeds_dir

REPO = Path(__file__).resolve().parents[1]
KINDS = {"quantity", "money", "percent", "date", "quote", "entity"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _span(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _quote_norm(text: str) -> str:
    """Normalise a quote the way FORMAT.md compares them: case, quote marks, hashtags, spelling variants."""
    text = text.lower().translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    text = re.sub(r"[#@]\w+", " ", text)
    text = text.replace("bussed", "bused").replace("organisation", "organization")
    return " ".join(re.findall(r"[a-z0-9']+", text))


@pytest.fixture(scope="module")
def folder() -> Path:
    return seeds_dir()


@pytest.fixture(scope="module")
def texts(folder: Path) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


@pytest.fixture(scope="module")
def gold(folder: Path) -> dict:
    return json.loads((folder / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def facts(gold: dict) -> dict[str, dict]:
    return {f["id"]: f for f in gold["facts"]}


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


def test_top_level_shape(gold: dict, texts: dict[str, str]) -> None:
    assert {"about", "articles", "facts", "clusters", "name_groups", "distinct_names"} <= set(gold)
    assert isinstance(gold["about"], str) and gold["about"]
    assert set(gold["articles"]) == set(texts)
    assert 120 <= len(gold["facts"]) <= 200


def test_articles_dateline_and_boilerplate(gold: dict, texts: dict[str, str]) -> None:
    for art, meta in gold["articles"].items():
        dt.date.fromisoformat(meta["dateline"])  # every demo article is dated
        lines = texts[art].split("\n")
        bp = meta["boilerplate_lines"]
        assert bp and bp == sorted(set(bp)), art
        for n in bp:
            assert isinstance(n, int) and 1 <= n <= len(lines), (art, n)
            assert lines[n - 1].strip(), f"{art}: boilerplate line {n} is empty"
        assert 1 not in bp, f"{art}: the headline is not boilerplate"


def test_fact_fields_and_spans(gold: dict, texts: dict[str, str]) -> None:
    ids = [f["id"] for f in gold["facts"]]
    assert len(ids) == len(set(ids)), "duplicate fact ids"
    for f in gold["facts"]:
        assert f["kind"] in KINDS, f
        assert f["article"] in texts, f
        text = texts[f["article"]]
        span = _span(text, f["text"], f.get("occurrence", 1))
        assert span is not None, f"{f['id']}: {f['text']!r} not found {f.get('occurrence', 1)} time(s)"
        kind, value = f["kind"], f["value"]
        if kind in ("quantity", "money", "percent"):
            assert isinstance(value, (int, float)) and not isinstance(value, bool), f
        if kind == "quantity":
            assert f["unit"] and f["unit"] == f["unit"].lower(), f
        if kind == "date":
            assert isinstance(value, str) and ISO_DATE.match(value), f
        if kind in ("quote", "entity"):
            assert value is None, f
        if kind == "quote":
            assert len(f["text"].split()) >= 3, f
            assert isinstance(f["speaker_alts"], list), f
        else:
            assert f["speaker"] is None and not f["speaker_alts"], f


def test_no_fact_sits_on_a_boilerplate_line(gold: dict, texts: dict[str, str]) -> None:
    for f in gold["facts"]:
        text = texts[f["article"]]
        start, end = _span(text, f["text"], f.get("occurrence", 1))
        lines = _line_spans(text)
        for n in gold["articles"][f["article"]]["boilerplate_lines"]:
            ls, le = lines[n - 1]
            assert end <= ls or start >= le, f"{f['id']} overlaps boilerplate line {n}"


def test_no_two_facts_of_one_kind_overlap(gold: dict, texts: dict[str, str]) -> None:
    placed: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for f in gold["facts"]:
        start, end = _span(texts[f["article"]], f["text"], f.get("occurrence", 1))
        for s, e, other in placed.setdefault((f["article"], f["kind"]), []):
            assert end <= s or start >= e, f"{f['id']} overlaps {other}"
        placed[(f["article"], f["kind"])].append((start, end, f["id"]))


def test_clusters(gold: dict, facts: dict[str, dict]) -> None:
    ids = [c["id"] for c in gold["clusters"]]
    assert len(ids) == len(set(ids))
    seen: set[str] = set()
    for c in gold["clusters"]:
        assert c["kind"] in KINDS and c["status"] in ("agree", "conflict"), c
        members = [facts[m] for m in c["members"]]  # KeyError = dangling member
        assert len(members) >= 2, c
        assert not seen & set(c["members"]), f"{c['id']}: a fact is in two clusters"
        seen |= set(c["members"])
        assert all(m["kind"] == c["kind"] for m in members), c
        if c["kind"] == "quote":
            assert len({m["speaker"] for m in members}) == 1, f"{c['id']}: one statement, one speaker"
            wordings = {_quote_norm(m["text"]) for m in members}
            openings = {" ".join(w.split()[:5]) for w in wordings}
            assert len(openings) == 1, f"{c['id']}: members do not reference one statement"
            status = "agree" if len(wordings) == 1 else "conflict"
        else:
            status = "agree" if len({m["value"] for m in members}) == 1 else "conflict"
        assert status == c["status"], c
        if len({m["article"] for m in members}) == 1:
            assert status == "conflict", f"{c['id']}: a one-article cluster must be a self-contradiction"


def test_corpus_exercises_the_features(gold: dict, facts: dict[str, dict]) -> None:
    clusters = gold["clusters"]
    self_contradictions = [c for c in clusters if len({facts[m]["article"] for m in c["members"]}) == 1]
    assert self_contradictions
    assert any(c["status"] == "agree" and len(c["members"]) >= 3 for c in clusters)
    assert {"agree", "conflict"} <= {c["status"] for c in clusters if c["kind"] == "quote"}
    kinds = {f["kind"] for f in gold["facts"]}
    assert kinds == KINDS
    assert any(f["kind"] == "quote" and f["speaker"] is None for f in gold["facts"])


def test_name_groups_and_distinct_names(gold: dict, facts: dict[str, dict]) -> None:
    gids = [g["id"] for g in gold["name_groups"]]
    assert len(gids) == len(set(gids))
    grouped: set[str] = set()
    for g in gold["name_groups"]:
        assert g["name"] and len(g["members"]) >= 2, g
        for m in g["members"]:
            assert facts[m]["kind"] == "entity", (g["id"], m)
        assert not grouped & set(g["members"]), f"{g['id']}: a mention is in two groups"
        grouped |= set(g["members"])
    for pair in gold["distinct_names"]:
        assert len(pair) == 2 and set(pair) <= set(gids) and pair[0] != pair[1], pair


def test_quoted_speakers_have_name_groups(gold: dict, facts: dict[str, dict]) -> None:
    names = {g["name"] for g in gold["name_groups"]}
    for f in gold["facts"]:
        if f["kind"] == "quote" and f["speaker"]:
            assert f["speaker"] in names, f"{f['id']}: speaker {f['speaker']!r} has no name group"


# --- issue 5: shared passages, families, quote variants, independent sources, figure detail ---

VARIANTS = {"verbatim", "minor", "paraphrase", "altered"}
DETAILS = {"exact", "rounded", "within-bounds", "contradiction"}
NUMERIC = {"quantity", "money", "percent"}


def test_shared_passages_are_located(gold: dict, texts: dict[str, str]) -> None:
    passages = gold["shared_passages"]
    assert passages, "the demo corpus has a shared wire paragraph"
    ids = [p["id"] for p in passages]
    assert len(ids) == len(set(ids))
    for p in passages:
        assert p["about"], p["id"]
        arts = p["articles"]
        assert len(arts) >= 2 and len(set(arts)) == len(arts) and set(arts) <= set(texts), p["id"]
        assert set(p["text"]) == set(arts), f"{p['id']}: one locator per article"
        for art in arts:
            loc = p["text"][art]
            assert loc and loc == loc.strip() and "\n" not in loc, (p["id"], art)
            assert texts[art].count(loc) == 1, f"{p['id']}: locator {loc!r} not found exactly once in {art}"
            start = texts[art].find(loc)
            line = texts[art].count("\n", 0, start) + 1
            assert line not in gold["articles"][art]["boilerplate_lines"], (p["id"], art, line)


def _families_of(gold: dict) -> dict[str, int]:
    return {art: i for i, fam in enumerate(gold["families"]) for art in fam}


def test_families_partition_the_articles(gold: dict, texts: dict[str, str]) -> None:
    fams = gold["families"]
    members = [art for fam in fams for art in fam]
    assert all(fams), "no empty family"
    assert len(members) == len(set(members)), "an article is in two families"
    assert set(members) == set(texts), "families must cover every article"
    # families are exactly the groups of articles linked by shared passages
    parent = {art: art for art in texts}

    def root(a: str) -> str:
        while parent[a] != a:
            a = parent[a]
        return a

    for p in gold["shared_passages"]:
        for art in p["articles"][1:]:
            parent[root(art)] = root(p["articles"][0])
    components: dict[str, set[str]] = {}
    for art in texts:
        components.setdefault(root(art), set()).add(art)
    assert sorted(map(sorted, components.values())) == sorted(map(sorted, fams))


def test_quote_variants(gold: dict, facts: dict[str, dict]) -> None:
    clustered = {m for c in gold["clusters"] for m in c["members"]}
    for f in gold["facts"]:
        if f["kind"] != "quote" or f["id"] not in clustered:
            assert "variant" not in f, f"{f['id']}: variant only on quotes that are in a cluster"
    for c in gold["clusters"]:
        if c["kind"] != "quote":
            continue
        variants = [facts[m].get("variant") for m in c["members"]]
        assert all(v in VARIANTS for v in variants), (c["id"], variants)
        assert "verbatim" in variants, f"{c['id']}: the reference wording is verbatim to itself"
        drift = {"paraphrase", "altered"} & set(variants)
        assert bool(drift) == (c["status"] == "conflict"), (c["id"], c["status"], variants)


def test_independent_sources(gold: dict, facts: dict[str, dict]) -> None:
    family = _families_of(gold)
    for c in gold["clusters"]:
        arts = {facts[m]["article"] for m in c["members"]}
        n = c["independent_sources"]
        assert isinstance(n, int) and not isinstance(n, bool), c["id"]
        assert 1 <= n <= len(arts), (c["id"], n, len(arts))
        assert n == len({family[a] for a in arts}), f"{c['id']}: distinct families among its articles"


def test_figure_detail(gold: dict, facts: dict[str, dict]) -> None:
    for c in gold["clusters"]:
        if c["kind"] not in NUMERIC:
            assert "detail" not in c, f"{c['id']}: detail only on quantity/money/percent clusters"
            continue
        assert c.get("detail") in DETAILS, c["id"]
        values = {facts[m]["value"] for m in c["members"]}
        assert (c["detail"] == "exact") == (len(values) == 1), (c["id"], c["detail"], values)
