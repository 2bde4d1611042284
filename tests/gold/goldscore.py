"""Scoring an analysis against a hand-made gold file (rules in tests/gold/FORMAT.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from workbench.model import Analysis, Candidate


@dataclass
class GoldFact:
    id: str
    article: str
    kind: str
    start: int
    end: int
    value: object
    speaker: str | None
    speaker_alts: list[str]


@dataclass
class Score:
    recall: float
    missed: list[str]
    pair_precision: float
    pair_recall: float
    pair_f1: float
    status_wrong: list[str]
    name_groups_split: list[str]
    names_merged: list[tuple[str, str]]
    speaker_accuracy: float
    speakers_wrong: list[str]
    in_boilerplate: list[str]
    value_accuracy: dict[str, float] = field(default_factory=dict)
    values_wrong: list[str] = field(default_factory=list)


def locate(text: str, needle: str, occurrence: int) -> int:
    """Where the `occurrence`-th `needle` starts in `text`; ValueError when it is not there."""
    at = -1
    for _ in range(occurrence):
        at = text.find(needle, at + 1)
        if at < 0:
            raise ValueError(f"gold text not found: {needle!r} (occurrence {occurrence})")
    return at


def load_gold(path: Path, texts: dict[str, str]) -> tuple[dict, dict[str, GoldFact]]:
    """The gold file and its facts with their spans located in `texts` (article id -> text)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    facts = {}
    for f in gold["facts"]:
        start = locate(texts[f["article"]], f["text"], f.get("occurrence", 1))
        facts[f["id"]] = GoldFact(
            f["id"],
            f["article"],
            f["kind"],
            start,
            start + len(f["text"]),
            f.get("value"),
            f.get("speaker"),
            f.get("speaker_alts", []),
        )
    return gold, facts


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def match(fact: GoldFact, candidates: list[Candidate]) -> Candidate | None:
    """The candidate of the fact's kind and article overlapping it most (at least half the shorter span)."""
    best, best_overlap = None, 0
    for c in candidates:
        if c.article != fact.article or c.kind != fact.kind:
            continue
        overlap = _overlap(c.start, c.end, fact.start, fact.end)
        if overlap * 2 >= min(c.end - c.start, fact.end - fact.start) and overlap > best_overlap:
            best, best_overlap = c, overlap
    return best


def _norm(s: str | None) -> str:
    return " ".join((s or "").casefold().split())


def _values_equal(kind: str, expected: object, got: object) -> bool:
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return abs(expected - got) <= 1e-6 * max(1.0, abs(expected))
    return expected == got


def matched_gold(analysis: Analysis, gold_path: Path):
    """The gold file, its located facts, each fact's matching candidate (or None) and the
    candidates by article."""
    texts = {a.id: a.text for a in analysis.articles}
    gold, facts = load_gold(gold_path, texts)
    by_article: dict[str, list[Candidate]] = {}
    for c in analysis.candidates:
        by_article.setdefault(c.article, []).append(c)
    matched = {fid: match(f, by_article.get(f.article, [])) for fid, f in facts.items()}
    return gold, facts, matched, by_article


def score(analysis: Analysis, gold_path: Path) -> Score:
    """Score `analysis` against the gold file."""
    texts = {a.id: a.text for a in analysis.articles}
    gold, facts, matched, by_article = matched_gold(analysis, gold_path)
    missed = sorted(fid for fid, c in matched.items() if c is None)

    # values, per kind
    tried: dict[str, int] = {}
    right: dict[str, int] = {}
    values_wrong = []
    for fid, f in facts.items():
        c = matched[fid]
        if c is None or f.value is None or f.kind in ("quote", "entity"):
            continue
        tried[f.kind] = tried.get(f.kind, 0) + 1
        if _values_equal(f.kind, f.value, c.value):
            right[f.kind] = right.get(f.kind, 0) + 1
        else:
            values_wrong.append(f"{fid} {f.kind}: expected {f.value!r}, got {c.value!r} ({c.text!r})")

    # clusters: pairwise over every gold fact of an aligned kind (a fact not found is in no cluster)
    cluster_of_candidate = {m: cl.id for cl in analysis.clusters for m in cl.members}
    status_of = {cl.id: cl.status for cl in analysis.clusters}
    gold_cluster = {m: cl["id"] for cl in gold["clusters"] for m in cl["members"]}
    aligned = [fid for fid in facts if facts[fid].kind != "entity"]
    predicted_cluster = {fid: cluster_of_candidate.get(matched[fid].id) if matched[fid] else None for fid in aligned}
    tp = fp = fn = 0
    for a, b in combinations(aligned, 2):
        gold_pair = gold_cluster.get(a) is not None and gold_cluster.get(a) == gold_cluster.get(b)
        ca, cb = predicted_cluster[a], predicted_cluster[b]
        predicted = ca is not None and ca == cb
        tp += gold_pair and predicted
        fp += predicted and not gold_pair
        fn += gold_pair and not predicted
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    status_wrong = []
    for cl in gold["clusters"]:
        predicted = [cluster_of_candidate.get(matched[m].id) for m in cl["members"] if matched[m] is not None]
        predicted = [p for p in predicted if p is not None]
        top = max(dict.fromkeys(predicted), key=predicted.count) if predicted else None  # ties: the first met
        if top is None or status_of[top] != cl["status"]:
            status_wrong.append(f"{cl['id']} expected {cl['status']}, got {status_of.get(top)}")

    # names
    group_values: dict[str, set] = {}
    split = []
    for group in gold.get("name_groups", []):
        values = {matched[m].value for m in group["members"] if matched[m] is not None}
        group_values[group["id"]] = values
        if len(values) > 1:
            split.append(f"{group['id']} {group['name']}: {sorted(map(str, values))}")
    merged = [
        (a, b) for a, b in gold.get("distinct_names", []) if group_values.get(a, set()) & group_values.get(b, set())
    ]

    # speakers
    named = [f for f in facts.values() if f.kind == "quote" and f.speaker]
    speakers_wrong = []
    for f in named:
        c = matched[f.id]
        accepted = {_norm(f.speaker), *map(_norm, f.speaker_alts)}
        if c is None or _norm(c.speaker) not in accepted:
            speakers_wrong.append(f"{f.id}: expected {f.speaker!r}, got {c.speaker if c else None!r}")

    # boilerplate
    in_boilerplate = []
    for article_id, info in gold["articles"].items():
        text = texts[article_id]
        lines = text.split("\n")
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line) + 1)
        for n in info.get("boilerplate_lines", []):
            start, end = offsets[n - 1], offsets[n - 1] + len(lines[n - 1])
            for c in by_article.get(article_id, []):
                if _overlap(c.start, c.end, start, end):
                    in_boilerplate.append(f"{article_id}:{n} {c.kind} {c.text!r}")

    return Score(
        recall=1 - len(missed) / len(facts),
        missed=missed,
        pair_precision=precision,
        pair_recall=recall,
        pair_f1=f1,
        status_wrong=status_wrong,
        name_groups_split=split,
        names_merged=merged,
        speaker_accuracy=1 - len(speakers_wrong) / len(named) if named else 1.0,
        speakers_wrong=speakers_wrong,
        in_boilerplate=in_boilerplate,
        value_accuracy={k: right.get(k, 0) / n for k, n in tried.items()},
        values_wrong=values_wrong,
    )


def describe(s: Score, facts_by_id: dict | None = None) -> str:
    """A human summary of a score, for assertion messages and the scoring script."""
    return "\n".join(
        [
            f"candidate recall {s.recall:.3f}; missed {s.missed}",
            f"cluster pairs P {s.pair_precision:.3f} R {s.pair_recall:.3f} F1 {s.pair_f1:.3f}",
            f"status wrong: {s.status_wrong}",
            f"name groups split: {s.name_groups_split}; distinct merged: {s.names_merged}",
            f"speaker accuracy {s.speaker_accuracy:.3f}; wrong: {s.speakers_wrong}",
            f"in boilerplate: {s.in_boilerplate}",
            f"value accuracy: { {k: round(v, 3) for k, v in s.value_accuracy.items()} }; wrong: {s.values_wrong}",
        ]
    )
