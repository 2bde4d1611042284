"""The analysis pipeline: load articles, extract candidate facts, align them across sources, find the
passages outlets share and annotate the clusters."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench.align.annotate import annotate_clusters
from workbench.align.clusters import align
from workbench.align.passages import assign_families, find_shared_passages
from workbench.extract import Each, extract
from workbench.load.files import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, StoredPage, Warn, load_articles
from workbench.model import Analysis

Progress = Callable[[str, int, int], None]  # (stage, done, total)

POOL_FROM = 50  # articles from which a process pool pays for starting it (break-even ~40 on 2 busy cores)


def cores() -> int:
    """The cores this process may run on: the default number of workers."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # no sched_getaffinity (macOS, Windows)
        return os.cpu_count() or 1


@contextmanager
def _mapper(workers: int, articles: int) -> Iterator[Each]:
    """map, or a pool of `workers` processes' map when there are enough articles for it to pay off (and
    this process may start others: a daemonic one may not).

    The processes fork from this one when it runs no other thread (the command); else (the app analyses
    in a thread) from a server process, as forking a process with threads may copy a held lock."""
    import multiprocessing

    if workers <= 1 or articles < POOL_FROM or multiprocessing.current_process().daemon:
        yield map
        return
    import threading
    from concurrent.futures import ProcessPoolExecutor

    import workbench.extract.warm  # noqa: F401 - loaded here, a forked worker starts with it

    context = multiprocessing.get_context("fork" if threading.active_count() == 1 else "forkserver")
    context.set_forkserver_preload(["__main__", "workbench.extract.warm"])  # loaded once, not in each worker
    with ProcessPoolExecutor(min(workers, articles), mp_context=context) as pool:
        yield lambda work, items: pool.map(work, items, chunksize=max(1, len(items) // (8 * workers)))


def analyze(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    warn: Warn = lambda message: None,
    progress: Progress = lambda stage, done, total: None,
    timeout: float = DEFAULT_TIMEOUT,
    stored_page: StoredPage | None = None,
    workers: int | None = None,
) -> Analysis:
    """Load the articles under `paths` (files, folders, http(s) addresses) and return their candidate
    facts and clusters. `timeout` and `stored_page` are as in corpus.load_articles. Articles are
    extracted, and blocks of candidates aligned, in `workers` processes (default: one per core; 1: in
    this one), with the same result.

    Raises corpus.NoArticlesError when no usable article is found.
    """
    progress("loading", 0, 3)
    articles = load_articles(paths, max_bytes=max_bytes, warn=warn, timeout=timeout, stored_page=stored_page)
    progress("extracting", 1, 3)
    with _mapper(cores() if workers is None else workers, len(articles)) as each:
        candidates = extract(articles, warn, each)
        progress("aligning", 2, 3)
        clusters = align(candidates, articles, each)
    shared = find_shared_passages(articles, candidates)
    assign_families(articles, shared)
    annotate_clusters(clusters, candidates, articles)
    progress("done", 3, 3)
    return Analysis(articles=articles, candidates=candidates, clusters=clusters, shared_passages=shared)
