"""The analysis pipeline: load articles, extract candidate facts, align them across sources, find the
passages outlets share and annotate the clusters."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from workbench.align.annotate import annotate_clusters
from workbench.align.clusters import align
from workbench.align.passages import assign_families, find_shared_passages
from workbench.extract import extract
from workbench.load.files import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, StoredPage, Warn, load_articles
from workbench.model import Analysis

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def analyze(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    warn: Warn = lambda message: None,
    progress: Progress = lambda stage, done, total: None,
    timeout: float = DEFAULT_TIMEOUT,
    stored_page: StoredPage | None = None,
) -> Analysis:
    """Load the articles under `paths` (files, folders, http(s) addresses) and return their candidate
    facts and clusters. `timeout` and `stored_page` are as in corpus.load_articles.

    Raises corpus.NoArticlesError when no usable article is found.
    """
    progress("loading", 0, 3)
    articles = load_articles(paths, max_bytes=max_bytes, warn=warn, timeout=timeout, stored_page=stored_page)
    progress("extracting", 1, 3)
    candidates = extract(articles, warn)
    progress("aligning", 2, 3)
    clusters = align(candidates, articles)
    shared = find_shared_passages(articles, candidates)
    assign_families(articles, shared)
    annotate_clusters(clusters, candidates, articles)
    progress("done", 3, 3)
    return Analysis(articles=articles, candidates=candidates, clusters=clusters, shared_passages=shared)
