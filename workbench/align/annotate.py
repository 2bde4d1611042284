"""What a cluster says beyond agree/conflict, worked out once the clusters are made: how its figures relate,
how each quote's wording drifts (describe_clusters: from its members alone, so in a story's worker), and how
many independent sources carry it (count_sources: once the corpus' families are known)."""

from __future__ import annotations

from workbench.align.drift import classify, speakers_differ
from workbench.align.figures import figure_detail
from workbench.model import Article, Candidate, Cluster


def describe_clusters(clusters: list[Cluster], candidates: list[Candidate]) -> None:
    """Set each cluster's `detail`, `speakers_differ` and `origins` (the distinct `attributed_to` of its members,
    sorted), and its quotes' `variant` and `diff`."""
    by_id = {c.id: c for c in candidates}
    for cluster in clusters:
        members = [by_id[m] for m in cluster.members]
        cluster.detail = figure_detail(members)
        cluster.origins = sorted({m.attributed_to for m in members if m.attributed_to})
        if cluster.kind == "quote":
            classify(members)
            cluster.speakers_differ = speakers_differ(members)


def count_sources(clusters: list[Cluster], articles: list[Article]) -> None:
    """Set each cluster's `independent_sources`: the distinct families among its articles (articles need their
    `family`)."""
    family = {a.id: a.family or a.id for a in articles}
    for cluster in clusters:
        cluster.independent_sources = len({family[a] for a in cluster.articles})
