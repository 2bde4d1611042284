"""Checks every hand-made gold file must pass (format in tests/gold/FORMAT.md).

Each check is a plain function taking the gold (the parsed JSON) and the texts (article id -> text with
line endings normalised to LF) and raising AssertionError with a message naming the offending item.
The checks read the article texts only; no extractor is involved. Corpus-specific rules (word counts,
locator lengths for third-party text, ...) stay in the test file of that corpus.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

KINDS = {"quantity", "money", "percent", "date", "quote", "entity"}
NUMERIC = {"quantity", "money", "percent"}
STATUSES = {"agree", "conflict"}
VARIANTS = {"verbatim", "minor", "paraphrase", "altered"}
DETAILS = {"exact", "rounded", "within-bounds", "contradiction"}
TOP_LEVEL = {"about", "articles", "facts", "clusters", "name_groups", "distinct_names", "shared_passages", "families"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

Check = Callable[[dict, dict[str, str]], None]


# --- loading and locating ---


def read_texts(folder: Path) -> dict[str, str]:
    """The articles of a folder (*.txt), keyed by file stem, with CRLF/CR turned into LF."""
    return {
        p.stem: p.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
        for p in sorted(folder.glob("*.txt"))
    }


def read_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def span(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    """The `occurrence`-th match of `needle` in `text`, or None when there are fewer."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each line, without its newline."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def facts_by_id(gold: dict) -> dict[str, dict]:
    return {f["id"]: f for f in gold["facts"]}


def _ensure(condition: object, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def _unique_ids(items: list[dict], what: str) -> None:
    ids = [item["id"] for item in items]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    _ensure(not dupes, f"duplicate {what} ids: {dupes}")


def _member(facts: dict[str, dict], owner: str, fact_id: str) -> dict:
    _ensure(fact_id in facts, f"{owner}: member {fact_id!r} is not a fact id")
    return facts[fact_id]


def _members(facts: dict[str, dict], owner: dict) -> list[dict]:
    return [_member(facts, owner["id"], m) for m in owner["members"]]


def _fact_span(f: dict, texts: dict[str, str]) -> tuple[int, int]:
    _ensure(f["article"] in texts, f"{f['id']}: article {f['article']!r} is not in the corpus")
    occ = f.get("occurrence", 1)
    found = span(texts[f["article"]], f["text"], occ) if isinstance(occ, int) and occ >= 1 else None
    _ensure(found is not None, f"{f['id']}: {f['text']!r} not found {occ} time(s) in {f['article']}")
    return found  # type: ignore[return-value]


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# --- the checks ---


def check_top_level(gold: dict, texts: dict[str, str]) -> None:
    """Every top-level key is there; the articles are exactly the corpus's."""
    missing = sorted(TOP_LEVEL - set(gold))
    _ensure(not missing, f"gold lacks top-level keys {missing}")
    _ensure(isinstance(gold["about"], str) and gold["about"], "'about' must be a non-empty string")
    _ensure(
        set(gold["articles"]) == set(texts),
        f"gold articles differ from the corpus: only in gold {sorted(set(gold['articles']) - set(texts))}, "
        f"only in corpus {sorted(set(texts) - set(gold['articles']))}",
    )


def check_articles(gold: dict, texts: dict[str, str]) -> None:
    """Datelines are ISO dates or null; boilerplate lines are sorted, unique, in range and not empty."""
    for art, meta in gold["articles"].items():
        d = meta["dateline"]
        if d is not None:
            try:
                dt.date.fromisoformat(d)
            except (TypeError, ValueError):
                raise AssertionError(f"{art}: dateline {d!r} is not an ISO date") from None
        _ensure(art in texts, f"{art}: not in the corpus")
        lines = texts[art].split("\n")
        bp = meta["boilerplate_lines"]
        _ensure(isinstance(bp, list) and bp == sorted(set(bp)), f"{art}: boilerplate lines must be sorted and unique")
        for n in bp:
            _ensure(
                isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= len(lines),
                f"{art}: boilerplate line {n!r} is out of range 1..{len(lines)}",
            )
            _ensure(lines[n - 1].strip(), f"{art}: boilerplate line {n} is empty")


def check_fact_ids_unique(gold: dict, texts: dict[str, str]) -> None:
    _unique_ids(gold["facts"], "fact")


def check_facts_located(gold: dict, texts: dict[str, str]) -> None:
    """Every fact's `text` is a one-line, trimmed substring found `occurrence` times in its article."""
    for f in gold["facts"]:
        missing = sorted({"id", "article", "kind", "text", "value"} - set(f))
        _ensure(not missing, f"{f.get('id', f)}: fact lacks {missing}")
        _ensure(f["kind"] in KINDS, f"{f['id']}: unknown kind {f['kind']!r}")
        text = f["text"]
        _ensure(
            isinstance(text, str) and text and text == text.strip() and "\n" not in text,
            f"{f['id']}: text {text!r} must be a non-empty, trimmed, single-line string",
        )
        occ = f.get("occurrence", 1)
        _ensure(
            isinstance(occ, int) and not isinstance(occ, bool) and occ >= 1,
            f"{f['id']}: occurrence {occ!r} must be an integer >= 1",
        )
        _fact_span(f, texts)


def check_fact_values(gold: dict, texts: dict[str, str]) -> None:
    """Values, units and speakers have the shape FORMAT.md gives each kind."""
    for f in gold["facts"]:
        fid, kind, value = f["id"], f["kind"], f["value"]
        if kind in NUMERIC:
            _ensure(value is None or _is_number(value), f"{fid}: {kind} value {value!r} is not a number")
        if kind == "quantity":
            unit = f.get("unit")
            _ensure(
                isinstance(unit, str) and unit and unit == unit.lower(),
                f"{fid}: quantity unit {unit!r} must be a lower-case noun",
            )
        if kind == "date":
            _ensure(
                value is None or (isinstance(value, str) and ISO_DATE.match(value)),
                f"{fid}: date value {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY",
            )
        if kind in ("quote", "entity"):
            _ensure(value is None, f"{fid}: a {kind} is not valued, got {value!r}")
        if kind == "quote":
            _ensure(len(f["text"].split()) >= 3, f"{fid}: a quote fact is three words or more")
            _ensure("speaker" in f and "speaker_alts" in f, f"{fid}: a quote names its speaker and speaker_alts")
            speaker, alts = f["speaker"], f["speaker_alts"]
            _ensure(
                speaker is None or (isinstance(speaker, str) and speaker),
                f"{fid}: speaker {speaker!r} must be null or a name",
            )
            _ensure(
                isinstance(alts, list) and all(isinstance(a, str) and a for a in alts),
                f"{fid}: speaker_alts must be a list of names",
            )
            _ensure(speaker is not None or not alts, f"{fid}: speaker_alts without a speaker")
        else:
            _ensure(f.get("speaker") is None and not f.get("speaker_alts"), f"{fid}: only quotes have speakers")


def check_facts_off_boilerplate(gold: dict, texts: dict[str, str]) -> None:
    """No fact overlaps a boilerplate line."""
    for f in gold["facts"]:
        start, end = _fact_span(f, texts)
        lines = line_spans(texts[f["article"]])
        for n in gold["articles"][f["article"]]["boilerplate_lines"]:
            ls, le = lines[n - 1]
            _ensure(end <= ls or start >= le, f"{f['id']} ({f['text']!r}) overlaps boilerplate line {n}")


def check_same_kind_facts_apart(gold: dict, texts: dict[str, str]) -> None:
    """No two facts of one kind in one article overlap (which also rules out duplicated facts)."""
    placed: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for f in gold["facts"]:
        start, end = _fact_span(f, texts)
        for s, e, other in placed.setdefault((f["article"], f["kind"]), []):
            _ensure(end <= s or start >= e, f"{f['id']} overlaps {other} ({f['kind']} in {f['article']})")
        placed[(f["article"], f["kind"])].append((start, end, f["id"]))


def check_clusters(gold: dict, texts: dict[str, str]) -> None:
    """Cluster ids unique, members exist, share the cluster's kind, sit in one cluster; status matches values."""
    facts = facts_by_id(gold)
    _unique_ids(gold["clusters"], "cluster")
    seen: dict[str, str] = {}
    for c in gold["clusters"]:
        cid = c["id"]
        _ensure(c["kind"] in KINDS, f"{cid}: unknown kind {c['kind']!r}")
        _ensure(c["status"] in STATUSES, f"{cid}: status {c['status']!r} is not agree/conflict")
        members = _members(facts, c)
        _ensure(len(members) >= 2, f"{cid}: a cluster has two members or more")
        for m in members:
            _ensure(m["kind"] == c["kind"], f"{cid}: member {m['id']} is a {m['kind']}, the cluster a {c['kind']}")
            _ensure(m["id"] not in seen, f"{m['id']} is in two clusters ({seen.get(m['id'])} and {cid})")
            seen[m["id"]] = cid
        if c["kind"] != "quote":  # quote wording is compared by the variants check
            values = {m["value"] for m in members} - {None}
            expected = "conflict" if len(values) > 1 else "agree"
            _ensure(c["status"] == expected, f"{cid}: status {c['status']!r} but values {sorted(map(str, values))}")
        if len({m["article"] for m in members}) == 1:
            _ensure(c["status"] == "conflict", f"{cid}: a one-article cluster must be a self-contradiction")


def check_name_groups(gold: dict, texts: dict[str, str]) -> None:
    """Name group ids unique, members are existing entity facts in one group each; distinct_names pair groups."""
    facts = facts_by_id(gold)
    _unique_ids(gold["name_groups"], "name group")
    seen: dict[str, str] = {}
    for g in gold["name_groups"]:
        _ensure(isinstance(g["name"], str) and g["name"], f"{g['id']}: a name group has a name")
        _ensure(g["members"], f"{g['id']}: a name group has members")
        for m in _members(facts, g):
            _ensure(m["kind"] == "entity", f"{g['id']}: member {m['id']} is a {m['kind']}, not an entity")
            _ensure(m["id"] not in seen, f"{m['id']} is in two name groups ({seen.get(m['id'])} and {g['id']})")
            seen[m["id"]] = g["id"]
    gids = {g["id"] for g in gold["name_groups"]}
    for pair in gold["distinct_names"]:
        _ensure(
            isinstance(pair, list) and len(pair) == 2 and pair[0] != pair[1] and set(pair) <= gids,
            f"distinct_names {pair!r}: two different name group ids",
        )


def check_entities_grouped(gold: dict, texts: dict[str, str]) -> None:
    """Entity facts are marked for the name groups, so each one is in a group."""
    grouped = {m for g in gold["name_groups"] for m in g["members"]}
    for f in gold["facts"]:
        if f["kind"] == "entity":
            _ensure(f["id"] in grouped, f"{f['id']} ({f['text']!r}) is in no name group")


# --- sources: shared passages, families, quote variants, independent sources, figure detail ---


def check_shared_passages(gold: dict, texts: dict[str, str]) -> None:
    """Each passage joins two or more articles and is located once in each, outside boilerplate."""
    passages = gold["shared_passages"]
    _ensure(passages, "no shared passages: both corpora carry a shared wire paragraph")
    _unique_ids(passages, "shared passage")
    for p in passages:
        pid, arts = p["id"], p["articles"]
        _ensure(p.get("about"), f"{pid}: says what the passage is about")
        _ensure(len(arts) >= 2 and len(set(arts)) == len(arts), f"{pid}: two or more different articles")
        _ensure(set(arts) <= set(texts), f"{pid}: articles {sorted(set(arts) - set(texts))} are not in the corpus")
        _ensure(set(p["text"]) == set(arts), f"{pid}: one locator per article")
        for art in arts:
            loc = p["text"][art]
            _ensure(
                isinstance(loc, str) and loc and loc == loc.strip() and "\n" not in loc,
                f"{pid}: locator in {art} must be a non-empty, trimmed, single-line string",
            )
            count = texts[art].count(loc)
            _ensure(count == 1, f"{pid}: locator {loc!r} found {count} times in {art}, not exactly once")
            line = line_of(texts[art], texts[art].find(loc))
            _ensure(
                line not in gold["articles"][art]["boilerplate_lines"],
                f"{pid}: locator in {art} lies on boilerplate line {line}",
            )


def families_of(gold: dict) -> dict[str, int]:
    """Article id -> index of its family."""
    return {art: i for i, fam in enumerate(gold["families"]) for art in fam}


def _passage_components(gold: dict, texts: dict[str, str]) -> list[list[str]]:
    """The groups of articles linked, directly or through others, by shared passages."""
    groups = [{art} for art in texts]
    for p in gold["shared_passages"]:
        joined = [g for g in groups if g & set(p["articles"])]
        groups = [g for g in groups if not g & set(p["articles"])] + [set().union(*joined, p["articles"])]
    return sorted(sorted(g) for g in groups)


def check_families(gold: dict, texts: dict[str, str]) -> None:
    """Families partition the articles and are exactly the groups linked by shared passages."""
    fams = gold["families"]
    members = [art for fam in fams for art in fam]
    _ensure(all(fams), "no empty family")
    twice = sorted({a for a in members if members.count(a) > 1})
    _ensure(not twice, f"articles in two families: {twice}")
    _ensure(
        set(members) == set(texts),
        f"families must cover exactly the articles: missing {sorted(set(texts) - set(members))}, "
        f"unknown {sorted(set(members) - set(texts))}",
    )
    expected = _passage_components(gold, texts)
    _ensure(sorted(map(sorted, fams)) == expected, f"families {fams} differ from the passage-linked groups {expected}")


def check_quote_variants(gold: dict, texts: dict[str, str]) -> None:
    """Every clustered quote has a variant (one verbatim); drift in a cluster iff it is a conflict."""
    facts = facts_by_id(gold)
    clustered = {m for c in gold["clusters"] for m in c["members"]}
    for f in gold["facts"]:
        if f["kind"] != "quote" or f["id"] not in clustered:
            _ensure("variant" not in f, f"{f['id']}: variant only on quotes that are in a cluster")
    for c in gold["clusters"]:
        if c["kind"] != "quote":
            continue
        variants = [m.get("variant") for m in _members(facts, c)]
        _ensure(all(v in VARIANTS for v in variants), f"{c['id']}: variants {variants} not all in {sorted(VARIANTS)}")
        _ensure("verbatim" in variants, f"{c['id']}: the reference wording is verbatim to itself")
        drift = {"paraphrase", "altered"} & set(variants)
        _ensure(
            bool(drift) == (c["status"] == "conflict"),
            f"{c['id']}: status {c['status']!r} does not fit variants {variants}",
        )


def check_independent_sources(gold: dict, texts: dict[str, str]) -> None:
    """independent_sources = the number of distinct families among a cluster's articles."""
    facts = facts_by_id(gold)
    family = families_of(gold)
    for c in gold["clusters"]:
        arts = {m["article"] for m in _members(facts, c)}
        n = c.get("independent_sources")
        _ensure(isinstance(n, int) and not isinstance(n, bool), f"{c['id']}: independent_sources {n!r} is not an int")
        _ensure(1 <= n <= len(arts), f"{c['id']}: independent_sources {n} outside 1..{len(arts)}")
        _ensure(arts <= set(family), f"{c['id']}: articles {sorted(arts - set(family))} are in no family")
        fams = len({family[a] for a in arts})
        _ensure(n == fams, f"{c['id']}: independent_sources {n}, but its articles span {fams} families")


def check_figure_detail(gold: dict, texts: dict[str, str]) -> None:
    """`detail` on quantity/money/percent clusters only; `exact` iff all members' values are equal."""
    facts = facts_by_id(gold)
    for c in gold["clusters"]:
        if c["kind"] not in NUMERIC:
            _ensure("detail" not in c, f"{c['id']}: detail only on quantity/money/percent clusters")
            continue
        _ensure(c.get("detail") in DETAILS, f"{c['id']}: detail {c.get('detail')!r} not in {sorted(DETAILS)}")
        values = {m["value"] for m in _members(facts, c)}
        _ensure(None not in values, f"{c['id']}: a scored figure needs a value")
        _ensure(
            (c["detail"] == "exact") == (len(values) == 1),
            f"{c['id']}: detail {c['detail']!r} does not fit values {sorted(values)}",
        )


CHECKS: list[Check] = [
    check_top_level,
    check_articles,
    check_fact_ids_unique,
    check_facts_located,
    check_fact_values,
    check_facts_off_boilerplate,
    check_same_kind_facts_apart,
    check_clusters,
    check_name_groups,
    check_entities_grouped,
    check_shared_passages,
    check_families,
    check_quote_variants,
    check_independent_sources,
    check_figure_detail,
]
