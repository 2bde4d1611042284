"""Scoring an analysis against the gold's issue-5 keys: shared passages, families, quote variants,
independent sources and figure detail (rules in tests/gold/FORMAT.md, last section)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from tests.gold.goldscore import locate, matched_gold
from workbench.model import Analysis, Candidate, Cluster


@dataclass
class SourcesScore:
    passages_missed: list[str]  # gold passages no predicted passage covers in all their articles
    passages_spurious: list[str]  # predicted passages joining two articles that share no gold passage
    families: list[list[str]]  # predicted, sorted
    gold_families: list[list[str]]  # sorted
    variants_wrong: list[str]
    independence_wrong: list[str]  # as FORMAT.md scores it: the predicted cluster's count
    independence_of_gold_members_wrong: list[str]  # predicted families counted over the gold members' articles
    detail_wrong: list[str]


def _partition(groups) -> list[list[str]]:
    return sorted(sorted(g) for g in groups)


def _covers(analysis: Analysis, passage: dict, texts: dict[str, str]) -> bool:
    """Whether one predicted passage overlaps the gold passage's locator in each of its articles."""
    starts = {art: locate(texts[art], loc, 1) for art, loc in passage["text"].items()}  # raises when absent
    locators = {art: (start, start + len(passage["text"][art])) for art, start in starts.items()}
    for predicted in analysis.shared_passages:
        spans = {art: [] for art in locators}
        for art, start, end in predicted.spans:
            if art in spans:
                spans[art].append((start, end))
        if all(any(s < locators[art][1] and locators[art][0] < e for s, e in spans[art]) for art in locators):
            return True
    return False


def top_cluster(gold_cluster: dict, matched: dict[str, Candidate | None], clusters: list[Cluster]) -> Cluster | None:
    """The predicted cluster holding most of the gold cluster's members (None if it holds none)."""
    cluster_of = {m: cl for cl in clusters for m in cl.members}
    held = Counter(
        cluster_of[c.id].id
        for c in (matched[m] for m in gold_cluster["members"])
        if c is not None and c.id in cluster_of
    )
    if not held:
        return None
    best = held.most_common(1)[0][0]
    return next(cl for cl in clusters if cl.id == best)


def score_sources(analysis: Analysis, gold_path: Path) -> SourcesScore:
    """Score `analysis` against the issue-5 keys of the gold file."""
    texts = {a.id: a.text for a in analysis.articles}
    gold, facts, matched, _ = matched_gold(analysis, gold_path)

    passages = gold["shared_passages"]
    missed = [p["id"] for p in passages if not _covers(analysis, p, texts)]
    gold_pairs = {frozenset(pair) for p in passages for pair in combinations(p["articles"], 2)}
    spurious = [
        f"{a} ~ {b} at {p.spans[0]} (similarity {p.similarity})"
        for p in analysis.shared_passages
        for a, b in combinations(p.articles, 2)
        if frozenset((a, b)) not in gold_pairs
    ]

    families: dict[str, list[str]] = {}
    for article in analysis.articles:
        families.setdefault(article.family or article.id, []).append(article.id)

    variants_wrong = []
    for f in gold["facts"]:
        if "variant" in f:
            c = matched[f["id"]]
            got = c.variant if c else None
            if got != f["variant"]:
                variants_wrong.append(f"{f['id']} {f['article']} {f['text']!r}: expected {f['variant']}, got {got}")

    family_of = {a.id: a.family or a.id for a in analysis.articles}
    independence_wrong, of_gold_members_wrong, detail_wrong = [], [], []
    for cl in gold["clusters"]:
        expected = cl["independent_sources"]
        gold_articles = {facts[m].article for m in cl["members"]}
        over_gold_members = len({family_of[a] for a in gold_articles})
        if over_gold_members != expected:
            of_gold_members_wrong.append(f"{cl['id']} expected {expected}, got {over_gold_members}")
        top = top_cluster(cl, matched, analysis.clusters)
        got_sources = top.independent_sources if top else None
        if got_sources != expected:
            predicted = sorted(top.articles) if top else []
            independence_wrong.append(
                f"{cl['id']} expected {expected}, got {got_sources} (articles {predicted}, gold {sorted(gold_articles)})"
            )
        if "detail" in cl and (top.detail if top else None) != cl["detail"]:
            detail_wrong.append(f"{cl['id']} expected {cl['detail']}, got {top.detail if top else None}")

    return SourcesScore(
        passages_missed=missed,
        passages_spurious=spurious,
        families=_partition(families.values()),
        gold_families=_partition(gold["families"]),
        variants_wrong=variants_wrong,
        independence_wrong=independence_wrong,
        independence_of_gold_members_wrong=of_gold_members_wrong,
        detail_wrong=detail_wrong,
    )


def describe_sources(s: SourcesScore) -> str:
    """A human summary of a score, for assertion messages."""
    return "\n".join(
        [
            f"shared passages missed: {s.passages_missed}; spurious: {s.passages_spurious}",
            f"families: {s.families}; gold: {s.gold_families}",
            f"variants wrong: {s.variants_wrong}",
            f"independent sources wrong: {s.independence_wrong}",
            f"independent sources over the gold members wrong: {s.independence_of_gold_members_wrong}",
            f"detail wrong: {s.detail_wrong}",
        ]
    )
