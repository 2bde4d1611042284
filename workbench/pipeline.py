"""The analysis pipeline: load articles, extract candidate facts, align them across sources, find the
passages outlets share and annotate the clusters.

A store keeps what an analysis was made from (`inputs_of`) and each article's extraction (by
extract.extraction_key), so that reopening unchanged files shows the stored analysis and a changed file is
the only one extracted again.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple, ParamSpec, Protocol, TypeVar

from workbench import __version__
from workbench.align.annotate import count_sources, describe_clusters
from workbench.align.clusters import align, cluster_order_of
from workbench.align.passages import assign_families, find_shared_passages, quote_spans, sentence_reductions
from workbench.align.stories import group_stories, story_words
from workbench.extract import EXTRACTOR_VERSION, Each, extract_facts, extraction_key, warn_capped
from workbench.extract.aliases import user_file
from workbench.load.files import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    StoredPage,
    Warn,
    fingerprint,
    mark_boilerplate,
    read_articles,
)
from workbench.model import Analysis, Article, Candidate, Cluster, Extraction, Story

Progress = Callable[[str, int, int], None]  # (stage, done, total)
Known = Callable[[list[str]], dict[str, Extraction]]  # extraction keys -> the extractions kept under them

POOL_FROM = 50  # files or articles from which a process pool pays for starting it (break-even ~40 on 2 busy cores)
STORY_SHARE = 0.5  # the largest story's share of the articles up to which each story is analysed in one process


def cores() -> int:
    """The cores this process may run on: the default number of workers."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # no sched_getaffinity (macOS, Windows)
        return os.cpu_count() or 1


@contextmanager
def _mapper(workers: int) -> Iterator[Each]:
    """map, until a call on enough items (POOL_FROM) for a pool of `workers` processes to pay off: from then
    on the pool's map (when this process may start others: a daemonic one may not)."""
    with ExitStack() as stack:
        pool: list[Each] = []

        def each(work: Callable[[Any], Any], items: list[Any]) -> Iterable[Any]:
            if not pool and len(items) >= POOL_FROM:
                pool.append(_pool(workers, len(items), stack))
            return (pool[0] if pool else map)(work, items)

        yield each


def _pool(workers: int, items: int, stack: ExitStack) -> Each:
    """A pool of `workers` processes' map (at most one per item), closed with `stack`; map when there is
    none to start.

    The processes fork from this one when it runs no other thread (the command); else (the app analyses
    in a thread) from a server process, as forking a process with threads may copy a held lock."""
    import multiprocessing

    if workers <= 1 or multiprocessing.current_process().daemon:
        return map
    import threading
    from concurrent.futures import ProcessPoolExecutor

    # loaded here, a forked worker starts with them (boilerplate's patterns took ~40 ms of each worker's first file)
    import workbench.extract.warm
    import workbench.load.boilerplate  # noqa: F401

    context: multiprocessing.context.BaseContext
    if threading.active_count() == 1:
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("forkserver")
        preload = ["__main__", "workbench.extract.warm", "workbench.load.boilerplate"]
        context.set_forkserver_preload(preload)  # loaded once, not in each worker
        try:
            probe = context.Process(target=int)
            probe.start()  # starts the server, or fails as the pool would
            probe.join()
        except (OSError, ValueError):  # standard streams without a file (a TUI's): no server can start
            return map
    pool = stack.enter_context(ProcessPoolExecutor(min(workers, items), mp_context=context))
    return lambda work, items: pool.map(work, items, chunksize=max(1, len(items) // (8 * workers)))


# 2: within stories; 3: a distinctive figure always links; 4: outlets from text; 5: stories at 15%; 6: frames of a
# span of time's term, a toll's perpetrator and what a measure measures, seafarers as crew, quotes cut with a word
# dropped or overlapping, reporting verbs that name no one acting; 7: session 14's (outcomes told against forecasts,
# peoples by their plurals, injuries as casualties, abbreviated units, what a day dates as a trait of its cluster,
# a given name alone as the one person its article names with it, a passive's agent as no one a day dates, 'on board'
# beside a casualty as a place, a change told by a bare number as no part, a length's extent, a vehicle's count as no
# count of people aboard); 8: session 15's (statement days, the same-day likeness, a sum's parties as those paid for,
# sums twice apart, a tally's role, 'all N', the whole of a part, a quote joining every part of it quoted elsewhere);
# 9: session 16's (an undated article's relative days read on the story's one dateline, a conversion's extent, speeds
# in one measure, a date told less finely as a conflict, overlapping quotes with a word split); 10: session 17's (a
# quote its page cuts mid-word overlapping another cut, two pieces of one telling held by a longer quote agreeing, two
# quotes as long as each other sharing a long run linked, a vague count's status by what its bounds meet, the verb of
# harm after a participle's phrase as a figure's role, cops and gendarmes as officers); 11: session 18's (an age's
# person as its party: one person's ages link, two people's never; a fine, a penalty or a settlement as what is paid;
# "in the northern town of X" as a figure's place; a cluster's detail in one unit of time or length; a quote with
# words left out at an ellipsis as truncated; two full days one link joins directly as one date in conflict;
# "raises of 40%", "hiked 12%" as rises; machinists, mechanics, pilots and other trades as people counted; a year
# opening a sentence or holding a "when" clause as its figures' frame); 12: session 19's (a caption without its
# credit, a picture's present-tense scene of one sentence dated to the day, as furniture; a day of the month
# without its year against a date with its year by month and day, not by the weekday the story's year gives it;
# the part of the day a date's words give as what sets two happenings of one day apart; a part of a longer quote
# with a word or two changed as the same statement, altered; captives, mourners, immigrants, monks counted as people;
# one place's share of a toll its sentence breaks down as a part; a true toll beyond the official one as another);
# 13: session 20's (foreigners counted as people; countries and nations one noun; "19 of those injured", "19 people
# in critical condition" some of a fate, never a conflicting count of all of it; "The dead included 19 foreigners"
# the dead; a true toll's value told again in its article still the true toll; "19 were seriously injured" some of
# a fate; a subset never with a count of all of its fate; "the 193-nation" assembly no count of voters; "among the
# victims" no fate; "135 months — or more than 11 years" one time in two units; the third review's: "The victims
# included" the dead unless wounds are told; "far higher than 40 deaths" no true toll; a standing body's size only
# as a whole; a subset's own fate); 14: session 21's ("33 at X and 10 others at Y" shares of a breakdown by place;
# "killing 11" and "the death toll had reached 9" in one article one toll updated; storey, story and floor one noun;
# "39 people have been identified", "31 bodies handed over" the identified and handed over, not the dead; "Of them, 31"
# a part; "a year after an attack … that killed 20" a past toll; "150 people, mostly young adults, died" the dead;
# homes destroyed and homes damaged two counts; "to 3.75% from 4%" ends of one change; inflation no growth; a change
# in points no level in percent; one named speaker's statement in other words one statement; "X received 55.69%
# and Y received 44.30%" two people's shares; "In July 2021, … 54 people killed" a past toll); 15: session 22's ("his
# son, Paul X", "Maggie and Paul X" and "Maggie X, 52, and Paul X, 22" kin, never who X alone names; "rallied",
# "rallies" and "rallying" one word; "with 4.6 million or 33.49%" after "5.5 million votes" 4,671,021 votes rounded;
# of two shares a close one first; life sentences and life (or prison) terms one noun, terms of office not; "and 25
# others were injured" after service members one count of the injured with "30 others were wounded"; personnel and
# respondents people; "26.46% of the vote" a vote share, no turnout; "since April 1984" and "on April 5,
# 1984" one date; "Three officers and 25 others were killed" the rest of a toll; Twitter the platform X); 16: session 23's
# (one day told with and without a person acting on it one date; a month or a year one date whoever acted in it;
# a business's branches, locations and stores one noun; a move in points no level it moves to, from or "a rate of");
# 17: session 24's (the year what holds a count was built, founded or opened dates no count; a quote's words side
# by side in another order in a longer one a part altered); 18: session 26's (a quarter or half of a year another time
# than the year; a phrase quoted inside two statements no bridge between them; a revised toll and the one it replaced
# one fact; the first of a list of places' counts a share; a headline's toll and its body's one fact; the review's
# mends: "the fourth quarter of the 2022 Super Bowl" no year's quarter, "the first six months", "H1", "the
# October-December quarter" and "fourth-quarter 2022" a year's parts; a role word past another figure that figure's;
# the second review's mends: a headline's toll only in the article's title (not a question's, a past event's or "mother
# of three"), a changed toll only of the dead, no place list's first count a share, "Route 66" no figure)
ANALYSIS_VERSION = 18
"""Goes up whenever what alignment, shared passages or annotation give for the same candidates changes: an
analysis a store holds from another version is then made again on reopening (inputs_of)."""


class Kept(Protocol):
    """What a store keeps of the analysis it holds (workbench.store.Store is one)."""

    def analysed(self, inputs: str) -> list[str] | None: ...

    def extractions(self, keys: list[str]) -> dict[str, Extraction]: ...


def inputs_of(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES, stored_page: StoredPage | None = None
) -> str | None:
    """A hash of all that an analysis of `paths` depends on: the versions of the code, the size limit, the
    analyst's alias file, and each file's path and bytes (an address's kept page). None when an address has
    no kept page (it must be fetched). Taken before the analysis loads the files: a file changed meanwhile
    then differs from what was analysed, and is analysed again the next time."""
    paths = [str(path) for path in paths]
    files = fingerprint(paths, max_bytes, stored_page)
    if files is None:
        return None
    try:
        alias_digest: str | None = hashlib.sha256(user_file().read_bytes()).hexdigest()
    except OSError:  # none, or unreadable: the shipped aliases alone
        alias_digest = None
    versions = [__version__, EXTRACTOR_VERSION, ANALYSIS_VERSION]
    return hashlib.sha256(json.dumps([versions, max_bytes, alias_digest, paths, files]).encode()).hexdigest()


COLLECT_EVERY = 50_000  # allocations between two collections of the youngest generation while analysing (700 else)
_P = ParamSpec("_P")
_R = TypeVar("_R")


def _collecting_less(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """`function`, run with the garbage collector's youngest generation collected every COLLECT_EVERY allocations:
    an analysis makes millions of objects that live until its end, and collecting every 700 spent ~5% of its
    time walking them again (no cycles to free among them). Left as it is when already so (a second analysis
    at once). What it leaves out of collection (gc.freeze: each story's records as they come back) is let in
    again at its end, unless objects were frozen before it (the caller's: the analysis stays frozen with them)."""

    @functools.wraps(function)
    def collecting_less(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        threshold = gc.get_threshold()
        if threshold[0] >= COLLECT_EVERY:
            return function(*args, **kwargs)
        frozen = gc.get_freeze_count()
        gc.set_threshold(COLLECT_EVERY, *threshold[1:])
        try:
            return function(*args, **kwargs)
        finally:
            gc.set_threshold(*threshold)
            if not frozen:
                gc.unfreeze()

    return collecting_less


@_collecting_less
def analyze(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    warn: Warn = lambda message: None,
    progress: Progress = lambda stage, done, total: None,
    timeout: float = DEFAULT_TIMEOUT,
    stored_page: StoredPage | None = None,
    known: Known | None = None,
    inputs: str | None = None,
    workers: int | None = None,
    keep_extractions: bool = True,
) -> Analysis:
    """Load the articles under `paths` (files, folders, http(s) addresses) and return their candidate
    facts and clusters. `timeout` and `stored_page` are as in corpus.load_articles. An article whose
    extraction `known` keeps is not extracted again; the analysis carries the others' extractions, the
    `inputs` given (inputs_of the paths) and the warnings it gave; none with `keep_extractions` false (when
    nothing will keep them: the analysis the command prints, whose story workers then do not send them back,
    ~30% of what they send). Work runs in `workers` processes (default:
    one per core; 1: in this one), with the same result: the files are read, the articles' boilerplate marked and
    their story words read one each; the pairs of articles worth comparing for stories found in group_stories.PARTS
    ranges; once this process has found the stories, a story each (its articles
    extracted, its candidates made, aligned and their clusters described there, which spares sending each
    extraction back and forth) when the corpus holds several and none of them more than STORY_SHARE of its
    articles; else an article each (extraction, then quotes), then a story each (one story: its blocks of
    candidates).

    Raises corpus.NoArticlesError when no usable article is found.
    """
    warnings: list[str] = []

    def note(message: str) -> None:
        warnings.append(message)
        warn(message)

    progress("loading", 0, 3)
    with _mapper(cores() if workers is None else workers) as each:
        articles, lines = read_articles(
            paths, max_bytes=max_bytes, warn=note, timeout=timeout, stored_page=stored_page, each=each
        )
        read = mark_boilerplate(articles, each, story_words if len(articles) > 1 else None, lines)
        progress("extracting", 1, 3)
        keys = [extraction_key(article) for article in articles]
        kept = known(keys) if known else {}
        reused = set(kept)
        stories = group_stories(articles, [words for words in read if words], each)
        del read  # the story words (~13 MB at 1,000 articles) are not kept through the extraction
        reductions = None  # worked out by find_shared_passages
        if len(stories) > 1 and max(len(s.articles) for s in stories) <= STORY_SHARE * len(articles):
            candidates, clusters, capped, reductions = _story_by_story(
                stories, articles, keys, kept, each, keep_extractions
            )
            progress("aligning", 2, 3)  # done with the extraction, in each story's worker
        else:
            candidates, capped = extract_facts(articles, kept, each, [story.articles for story in stories])
            progress("aligning", 2, 3)
            clusters = _align_stories(stories, articles, candidates, each)
            describe_clusters(clusters, candidates)
    warn_capped(articles, capped, note)
    shared = find_shared_passages(articles, candidates, reductions)
    assign_families(articles, shared)
    count_sources(clusters, articles)
    progress("done", 3, 3)
    return Analysis(
        articles=articles,
        candidates=candidates,
        clusters=clusters,
        shared_passages=shared,
        stories=stories,
        extractions={key: None if key in reused else kept[key] for key in keys} if keep_extractions else {},
        inputs=inputs,
        warnings=warnings,
    )


def _align_stories(
    stories: list[Story], articles: list[Article], candidates: list[Candidate], each: Each
) -> list[Cluster]:
    """The clusters of each story, aligned apart (no fact links across stories), in align's order over the
    corpus: by kind, then first member; ids k1, k2, ... in that order. Several stories are aligned in
    `each`'s processes, one story each (the largest first); one story compares its blocks there."""
    story_of = {article: story.id for story in stories for article in story.articles}
    texts: dict[str, list[Article]] = defaultdict(list)
    facts: dict[str, list[Candidate]] = defaultdict(list)
    for article in articles:
        texts[story_of[article.id]].append(article)
    for candidate in candidates:
        facts[story_of[candidate.article]].append(candidate)
    work = sorted(((facts[s.id], texts[s.id]) for s in stories), key=lambda w: -len(w[0]))
    found = each(_align_story, work) if len(stories) > 1 else [align(*work[0], each)]
    clusters = []
    for mine, (_, story_texts) in zip(found, work):
        for cluster in mine:
            cluster.story = story_of[story_texts[0].id]
        clusters.extend(mine)
    return _numbered(clusters)


def _numbered(clusters: list[Cluster]) -> list[Cluster]:
    """The clusters in align's order over the corpus (by kind, then first member), with ids k1, k2, ... in it."""
    clusters.sort(key=cluster_order_of)
    for n, cluster in enumerate(clusters, 1):
        cluster.id = f"k{n}"
    return clusters


class _StoryFound(NamedTuple):
    """What the analysis of one story gives (_analyse_story), sent back from a pool's worker."""

    candidates: list[Candidate]
    clusters: list[Cluster]
    datelines: list[str | None]  # of its articles, in order
    capped: dict[str, list[str]]  # as extract.Facts
    reductions: list[list[tuple[int, int, int, str]]]  # passages.sentence_reductions of its articles, in order
    made: dict[str, Extraction]  # the extractions it made (of the articles whose key it was not given)


def _story_by_story(
    stories: list[Story],
    articles: list[Article],
    keys: list[str],
    kept: dict[str, Extraction],
    each: Each,
    send_back: bool = True,
) -> tuple[list[Candidate], list[Cluster], dict[str, list[str]], dict[str, list[tuple[int, int, int, str]]]]:
    """The candidates and clusters of a corpus of several stories, each story's articles extracted (those whose
    extraction_key, `keys` in corpus order, `kept` lacks), their candidates made and aligned in one of `each`'s
    processes (the largest story first): what extract_facts and _align_stories give, with one trip to a worker
    and back per story; and the articles' sentence reductions for shared passages, by article id. Adds the
    extractions made to `kept` (when `send_back`), each of a key from the last article holding it (as
    extract_facts does). Sets the articles' datelines."""
    by_id = {article.id: article for article in articles}
    key_of = {article.id: key for article, key in zip(articles, keys)}
    story_of = {article: story.id for story in stories for article in story.articles}
    last = {key: story_of[article.id] for key, article in zip(keys, articles)}  # the story of each key's last
    order = sorted(stories, key=lambda s: -len(s.articles))
    work = []
    for story in order:
        texts = [by_id[i] for i in story.articles]
        work.append((texts, {key_of[i]: kept[key_of[i]] for i in story.articles if key_of[i] in kept}, send_back))
    candidates: list[Candidate] = []
    clusters: list[Cluster] = []
    capped: dict[str, list[str]] = {}
    reductions: dict[str, list[tuple[int, int, int, str]]] = {}
    for story, (texts, _, _), found in zip(order, work, each(_analyse_story, work)):
        for article, dateline, reduced in zip(texts, found.datelines, found.reductions):
            article.dateline = dateline
            reductions[article.id] = reduced
        for cluster in found.clusters:
            cluster.story = story.id
        candidates.extend(found.candidates)
        clusters.extend(found.clusters)
        capped.update(found.capped)
        kept.update((key, made) for key, made in found.made.items() if last[key] == story.id)
        gc.freeze()  # kept to the end: collections walking the stories' records again took ~2 s at 10,000 articles
    candidates.sort(key=attrgetter("article"))  # extract_facts' order: each article's are in it, of one story
    return candidates, _numbered(clusters), capped, reductions


def _analyse_story(work: tuple[list[Article], dict[str, Extraction], bool]) -> _StoryFound:
    """extract_facts, align and describe_clusters on one story's articles, given the extractions kept of them
    (the others are made here, and sent back when asked); and the articles' sentence reductions for shared
    passages."""
    articles, kept, send_back = work
    given = set(kept)
    candidates, capped = extract_facts(articles, kept)
    quotes = quote_spans(candidates)
    reductions = [sentence_reductions(article, quotes.get(article.id, [])) for article in articles]
    datelines = [article.dateline for article in articles]
    clusters = align(candidates, articles)
    describe_clusters(clusters, candidates)
    made = {key: extraction for key, extraction in kept.items() if key not in given} if send_back else {}
    return _StoryFound(candidates, clusters, datelines, capped, reductions, made)


def _align_story(story: tuple[list[Candidate], list[Article]]) -> list[Cluster]:
    """align on one story's candidates and articles, in this process (a pool's worker)."""
    return align(*story)


def reanalyze(
    paths: Iterable[str | Path],
    kept: Kept | None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stored_page: StoredPage | None = None,
    warn: Warn = lambda message: None,
    **options: Any,
) -> Analysis | None:
    """`analyze` the paths again for a store that `kept` an analysis: None when it holds the analysis of these
    very files (its warnings go to `warn` again); else the analysis, the articles whose extraction it keeps
    not extracted again. With no `kept`, everything is analysed. `options` go to `analyze`."""
    paths = list(paths)
    inputs = inputs_of(paths, max_bytes=max_bytes, stored_page=stored_page) if kept else None
    said = kept.analysed(inputs) if kept and inputs else None
    if said is not None:
        for message in said:
            warn(message)
        return None
    known = kept.extractions if kept else None
    return analyze(
        paths, max_bytes=max_bytes, stored_page=stored_page, warn=warn, known=known, inputs=inputs, **options
    )
