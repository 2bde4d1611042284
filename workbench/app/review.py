"""The review as the app sees it: a Store's articles, candidates, clusters and progress, kept in memory.

No Textual here. Every decision goes to the store first (one committed transaction); only then are
the touched articles re-read, so what the screen shows as done is what the store holds.
"""

from __future__ import annotations

import contextlib
import gc
import heapq
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from rapidfuzz import fuzz, process

from workbench.align.values import values_agree
from workbench.app.filters import Filter
from workbench.output.adjudication import Position, disputed_step, positions
from workbench.output.blind import blind_candidate, blind_claim, blind_history
from workbench.output.evidence import resolved
from workbench.output.names import NameGroup, name_groups
from workbench.output.queue import RankProgress, ReviewQueue
from workbench.output.summary import Matrix
from workbench.output.timeline import Timeline, build_timeline
from workbench.output.wording import cell_value, read_value
from workbench.settings import Settings
from workbench.store import (
    ArticleRecord,
    CandidateRecord,
    ClaimRecord,
    ClusterRecord,
    EventRecord,
    PassageRecord,
    Progress,
    Store,
    StoryRecord,
)

LINK_OPTIONS = 60


@contextlib.contextmanager
def _kept_for_good() -> Iterator[None]:
    """Objects made in the block live as long as the app: no cycle collection while they are made, and
    then they are frozen out of it (gc.freeze; the app unfreezes on exit). At 3,000 articles each full
    collection walked the review's records for 200-550 ms, in the middle of a key press."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def opening_story(store: Store) -> StoryRecord | None:
    """The story the app opens on: None (every article) when the store holds one story, else its first."""
    stories = store.stories()
    return stories[0] if len(stories) > 1 else None


class Review:
    """The store's review state in memory, with the navigation and same-fact lookups the app needs: of one
    story's articles, candidates and clusters (every article when `story` is None)."""

    def __init__(
        self,
        store: Store,
        settings: Settings | None = None,
        blind: bool = False,
        story: StoryRecord | None = None,
        adjudicate: bool = False,
    ) -> None:
        self.store = store
        self.settings = settings or Settings()
        """The publisher, the review address and the rating scale the verdicts are given on."""
        self.blind = blind
        """Blind review (output/blind.py): the others' decisions on a claim hidden until the analyst decides it."""
        self.story = story
        """The story reviewed (None: all the store's articles)."""
        self.adjudicate = adjudicate
        """The analyst adjudicates: a verdict on a disputed (or settled) claim settles it, the queue walks the
        disputed claims (output/adjudication.py)."""
        self.filter = Filter()
        self._load()

    def _load(self) -> None:
        """Read the store's articles, candidates, clusters and shared passages (the view the store marks)."""
        store = self.store
        self._version = store.data_version()
        store.mark_viewed()
        with _kept_for_good():
            story = None if self.story is None else self.story.articles  # only its rows read
            self.articles: list[ArticleRecord] = store.articles(story)
            self.article_ids = [a.id for a in self.articles]
            self.article_order = {aid: i for i, aid in enumerate(self.article_ids)}
            self.by_id: dict[str, CandidateRecord] = {}
            self.claims: dict[int, set[str]] = {}
            self.by_article: dict[str, list[str]] = {aid: [] for aid in self.article_ids}
            self.clusters: dict[str, ClusterRecord] = {c.id: c for c in store.clusters(story)}
            self.cluster_of = {m: cid for cid, c in self.clusters.items() for m in c.members}
            self._states: Counter[str] = Counter()
            """The candidates in memory by review status, kept up to date as they are replaced."""
            self._pending_in: Counter[str] = Counter()
            """Conflicting clusters' pending members in memory, by cluster id (0 for none)."""
            self._open = 0
            """How many conflicting clusters have a pending member."""
            self._matrix: Matrix | None = None
            self._cluster_articles: dict[str, dict[str, list[str]]] = {}
            self._shown: dict[str, str] = {}
            self._by_kind: dict[str, list[str]] = {}
            self._matrix_lock = threading.Lock()
            self.queue: ReviewQueue | None = None
            self._store_candidates(self._seen(store.candidates(within=story)))
            self.splits = store.name_splits()
            self._group_names()
            self.queue = ReviewQueue(self.by_id, self.cluster, self.reading_order)
            self.family = {a.id: a.family or a.id for a in self.articles}
            self._passages_in: dict[str, list[tuple[int, int, PassageRecord]]] = {}
            """Each article's shared passages, (start, end, passage), in the store's order."""
            for passage in store.shared_passages(story):
                for article, start, end in passage.spans:
                    self._passages_in.setdefault(article, []).append((start, end, passage))

    def _group_names(self) -> None:
        """(Re)make the clusters of the names the alignment leaves unclustered: a name group (output.names)
        several articles give is one fact. Clusters like the store's, marked `derived`; names agree, so they
        open no conflict."""
        for old in [cid for cid, cluster in self.clusters.items() if cluster.derived]:
            for member in self.clusters.pop(old).members:
                self.cluster_of.pop(member, None)
            self._cluster_articles.pop(old, None)
        for group in name_groups(self._names(unclustered=True), self.splits, self.reading_order):
            if len(group.articles) > 1:
                self.clusters[group.id] = ClusterRecord(
                    id=group.id,
                    kind="entity",
                    members=group.members,
                    articles=group.articles,
                    status="agree",
                    derived=True,
                )
                self.cluster_of.update(dict.fromkeys(group.members, group.id))

    def _names(self, unclustered: bool = False) -> list[CandidateRecord]:
        """The name candidates with a text value (only those no alignment cluster holds: `unclustered`)."""
        return [
            c
            for cid, c in self.by_id.items()
            if c.kind == "entity" and isinstance(c.value, str) and not (unclustered and cid in self.cluster_of)
        ]

    def name_groups(self) -> list[NameGroup]:
        """Every canonical name's group (a spelling split off in its own), most articles first."""
        return name_groups(self._names(), self.splits, self.reading_order)

    def split_name(self, name: str, spelling: str) -> None:
        """Split a spelling off its canonical name in the store (raises StoreError), then regroup the names;
        the summary's matrix is made again when next asked for."""
        self.store.split_name(name, spelling)
        self.splits = self.store.name_splits()
        with self._matrix_lock:
            self._group_names()
            self._matrix = None

    # -- reading ---------------------------------------------------------------------------------

    def _store_candidates(self, candidates: Iterable[CandidateRecord], article_ids: Iterable[str] = ()) -> None:
        """Replace the in-memory candidates of `article_ids` and of every article these candidates are in."""
        fresh: dict[str, list[CandidateRecord]] = {aid: [] for aid in article_ids}
        for c in candidates:
            if c.article in self.by_article and not c.stale:
                fresh.setdefault(c.article, []).append(c)
        for aid, found in fresh.items():
            if self._matrix is not None:
                self._matrix.changed([*self.by_article[aid], *(c.id for c in found)])
            for cid in self.by_article[aid]:
                old = self.by_id.pop(cid)
                self._claim_remove(old)
                self._tally(old, -1)
            found.sort(key=lambda c: (c.start, c.end))
            self.by_article[aid] = [c.id for c in found]
            for c in found:
                self.by_id[c.id] = c
                self._tally(c, +1)
                if c.claim_id is not None:
                    self.claims.setdefault(c.claim_id, set()).add(c.id)

    def _tally(self, candidate: CandidateRecord, sign: int) -> None:
        """Count a candidate into (+1) or out of (-1) the progress."""
        self._states[candidate.status] += sign
        if self.queue is not None:
            self.queue.count(candidate, sign)
        if candidate.status != "pending":
            return
        cluster = self.clusters.get(self.cluster_of.get(candidate.id, ""))
        if cluster is not None and cluster.status == "conflict":
            before = self._pending_in[cluster.id]
            self._pending_in[cluster.id] += sign
            self._open += (self._pending_in[cluster.id] > 0) - (before > 0)

    def _claim_remove(self, candidate: CandidateRecord) -> None:
        if candidate.claim_id is None:
            return
        members = self.claims.get(candidate.claim_id)
        if members is not None:
            members.discard(candidate.id)
            if not members:
                del self.claims[candidate.claim_id]

    def _reload(self, article_ids: Iterable[str]) -> None:
        """Re-read the candidates of these articles from the store."""
        for aid in set(article_ids):
            self._store_candidates(self._seen(self.store.candidates(article_id=aid)), [aid])

    def _seen(self, candidates: list[CandidateRecord]) -> list[CandidateRecord]:
        """The candidates as the analyst may see them (blind review: others' decisions hidden)."""
        if not self.blind:
            return candidates
        mine = self.store.decided_by(self.store.analyst)
        return [blind_candidate(c, mine) for c in candidates]

    def poll(self) -> set[str]:
        """`refresh` when another connection changed the store since the last look (one cheap query), else
        nothing; returns the articles read anew."""
        version = self.store.data_version()
        if version == self._version:
            return set()
        self._version = version
        return self.refresh()

    def refresh(self) -> set[str]:
        """Read anew the articles whose candidates or claims others changed since the view the store marked (the
        panes then show their decisions), marking the new view first; returns those article ids."""
        store = self.store
        since = store.viewed or 0
        store.mark_viewed()
        touched = store.touched_since(since)
        articles = {a for a in touched if a in self.article_order}
        articles |= self._articles_of(t for t in touched if t in self.by_id)
        self._reload(articles)
        return articles

    @property
    def progress(self) -> Progress:
        """Mentions pending, confirmed and rejected (as the panes count them), and the conflicts with a
        mention still pending (as the store counts them), from the counts each replaced candidate updates."""
        states = self._states
        return Progress(
            states["pending"],
            states["confirmed"],
            states["rejected"],
            self._open,
            states["rated"],
            states["dismissed"],
            states["disputed"],
        )

    def matrix(self) -> Matrix:
        """The summary's outlet × fact matrix, built on first use (by whichever thread asks first: the
        others wait for it); each decision marks the rows it touches."""
        with self._matrix_lock:
            if self._matrix is None:
                self._matrix = Matrix(self.articles, self.by_id, list(self.clusters.values()), cell_value)
            return self._matrix

    def evidence(self, claim: ClaimRecord | None) -> list[dict[str, Any]]:
        """The claim's evidence items as the exports carry them (a mention with its article and sentence)."""
        entries = []
        for item in claim.evidence if claim else []:
            mention = self.by_id.get(item.candidate or "")
            if mention is None:
                entries.append(resolved(item))
            else:
                article = self.articles[self.article_order[mention.article]]
                entries.append(resolved(item, article, self.sentence(mention.id)))
        return entries

    def timeline(self) -> Timeline:
        """Every dated fact on its date and the dates not placed (output.timeline), from the summary's rows."""
        matrix = self.matrix()
        rows = [matrix.row(index) for index, entry in enumerate(matrix.entries) if entry.kind == "date"]
        return build_timeline(rows, self.by_id, self.articles)

    def cluster(self, cid: str) -> ClusterRecord | None:
        """The alignment cluster holding the candidate, or None."""
        cluster_id = self.cluster_of.get(cid)
        return self.clusters.get(cluster_id) if cluster_id else None

    def claim_members(self, cid: str) -> list[str]:
        """The candidates the analyst's claim groups with this one (itself included)."""
        claim_id = self.by_id[cid].claim_id
        members = self.claims.get(claim_id) if claim_id is not None else None
        return sorted(members, key=self.reading_order) if members else [cid]

    def reading_order(self, cid: str) -> tuple[int, int]:
        """A sort key: article order, then offset."""
        c = self.by_id[cid]
        return self.article_order[c.article], c.start

    def same_fact(self, cid: str) -> list[str]:
        """Every other candidate stating the same fact: the analyst's links first, then the alignment's."""
        cluster = self.cluster(cid)
        members = self.claim_members(cid) + (cluster.members if cluster else [])
        seen = {cid}
        result = []
        for other in members:
            if other not in seen and other in self.by_id:
                seen.add(other)
                result.append(other)
        return result

    def mention_in(self, cid: str, article_id: str) -> str | None:
        """The article's candidate stating the same fact as `cid` (one giving the same value when there
        are several), or None when the article does not mention it. Looks only at the article's members
        of the claim and the cluster, however large the cluster."""
        claimed = [m for m in self.claim_members(cid) if m != cid and self.by_id[m].article == article_id]
        cluster_id = self.cluster_of.get(cid)
        clustered = self._cluster_index(cluster_id).get(article_id, []) if cluster_id in self.clusters else []
        mentions = list(dict.fromkeys(m for m in [*claimed, *clustered] if m != cid and m in self.by_id))
        return next((o for o in mentions if self.agrees(cid, o)), mentions[0] if mentions else None)

    def _cluster_index(self, cluster_id: str) -> dict[str, list[str]]:
        """The cluster's members by article, in the cluster's order (made once per cluster)."""
        index = self._cluster_articles.get(cluster_id)
        if index is None:
            index = self._cluster_articles[cluster_id] = {}
            for member in self.clusters[cluster_id].members:
                if member in self.by_id:
                    index.setdefault(self.by_id[member].article, []).append(member)
        return index

    def agreeing(self, cid: str, others: Iterable[str]) -> dict[str, bool]:
        """`agrees(cid, other)` for each of `others`, judged once per distinct value among them."""
        judged: dict[tuple[str | None, str], bool] = {}
        result = {}
        for other in others:
            b = self.by_id[other]
            value = (b.key, repr(b.value))  # all `agrees` reads of the other mention
            if value not in judged:
                judged[value] = self.agrees(cid, other)
            result[other] = judged[value]
        return result

    def shown(self, cid: str) -> str:
        """`read_value` of the candidate (kept: a candidate's value never changes in the app)."""
        text = self._shown.get(cid)
        if text is None:
            text = self._shown[cid] = read_value(self.by_id[cid])
        return text

    def agrees(self, cid: str, other: str) -> bool:
        """Whether two mentions' values agree as the alignment judges them (workbench.align.values: equal
        figures, a weekday fitting a date, quotes of one comparison form `key`)."""
        a, b = self.by_id[cid], self.by_id[other]
        if a.kind == "quote" and a.key is not None and b.key is not None:
            return a.key == b.key
        return values_agree(a.kind, [a.value, b.value])

    def independent_sources(self, cluster: ClusterRecord) -> int:
        """How many origin families the cluster's articles belong to (wire copy counts once)."""
        return cluster.independent_sources or len({self.family[a] for a in cluster.articles})

    def passage_spans(self, article_id: str) -> list[tuple[int, int]]:
        """The (start, end) of every shared passage in the article."""
        return [(start, end) for start, end, _ in self._passages_in.get(article_id, [])]

    def passage_of(self, cid: str) -> PassageRecord | None:
        """The shared passage holding the candidate, or None."""
        c = self.by_id[cid]
        return next((p for start, end, p in self._passages_in.get(c.article, []) if start <= c.start < end), None)

    def in_conflict(self, cid: str) -> bool:
        """Whether the candidate sits in a conflicting cluster."""
        cluster = self.cluster(cid)
        return cluster is not None and cluster.status == "conflict"

    def visible(self, cid: str) -> bool:
        """Whether the current filter shows the candidate."""
        return self.filter.matches(self.by_id[cid], self.cluster(cid))

    def article_progress(self, article_id: str) -> Progress:
        """Counts of the article's candidates by review status (conflicts are not counted by article)."""
        counts = Counter(self.by_id[cid].status for cid in self.by_article[article_id])
        return Progress(counts["pending"], counts["confirmed"], counts["rejected"])

    # -- navigation ------------------------------------------------------------------------------

    def queue_step(self, cid: str | None, step: int) -> str | None:
        """The first pending mention of the next (+1) or previous (-1) pending fact in the review queue
        (output.queue) from the candidate's fact, or when adjudicating the first mention of the next or previous
        disputed claim; None at either end."""
        assert self.queue is not None
        if self.adjudicate:
            return disputed_step(self.by_id, self.reading_order, cid, step)
        return self.queue.step(cid, step)

    def queue_place(self, cid: str) -> tuple[str, int, int] | None:
        """The candidate fact's rank in the queue, its place in it and the rank's size; None for a name."""
        assert self.queue is not None
        return self.queue.place(cid)

    def queue_progress(self) -> list[RankProgress]:
        """The queue's done and total facts per rank."""
        assert self.queue is not None
        return self.queue.progress()

    def first(self, article_id: str) -> str | None:
        """The article's first visible pending candidate, else its first visible one, else None."""
        visible = [cid for cid in self.by_article[article_id] if self.visible(cid)]
        return next((cid for cid in visible if self.by_id[cid].status == "pending"), None) or next(iter(visible), None)

    def step(self, article_id: str, cid: str | None, step: int) -> str | None:
        """The visible candidate `step` places after (or before) `cid` in the article; stays put at the ends."""
        order = [c for c in self.by_article[article_id] if c == cid or self.visible(c)]
        if not order:
            return None
        if cid not in order:
            return order[0] if step > 0 else order[-1]
        index = min(max(order.index(cid) + step, 0), len(order) - 1)
        return order[index]

    def candidate_at(self, article_id: str, offset: int) -> str | None:
        """The visible candidate whose span holds `offset` (the shortest when they nest)."""
        hits = [
            cid
            for cid in self.by_article[article_id]
            if self.by_id[cid].start <= offset < self.by_id[cid].end and self.visible(cid)
        ]
        return min(hits, key=lambda cid: self.by_id[cid].end - self.by_id[cid].start, default=None)

    def candidate_near(self, article_id: str, offset: int) -> str | None:
        """The first visible candidate ending after `offset`, else the article's last visible one."""
        visible = [cid for cid in self.by_article[article_id] if self.visible(cid)]
        return next((cid for cid in visible if self.by_id[cid].end > offset), visible[-1] if visible else None)

    def find(self, query: str) -> dict[str, list[tuple[int, int]]]:
        """Every case-insensitive occurrence of `query` (literal text), by article."""
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        hits = {a.id: [m.span() for m in pattern.finditer(a.text)] for a in self.articles}
        return {aid: spans for aid, spans in hits.items() if spans}

    def hit_order(self, hits: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
        """Search hits in reading order: (article index, offset)."""
        return sorted((self.article_order[aid], start) for aid, spans in hits.items() for start, _ in spans)

    def hit_after(self, ordered: list[tuple[int, int]], article_index: int, cid: str | None) -> int | None:
        """The index of the first hit after the selection in reading order, wrapping around; None without hits."""
        if not ordered:
            return None
        here = (article_index, self.by_id[cid].start if cid else -1)
        return next((i for i, hit in enumerate(ordered) if hit > here), 0)

    def link_options(self, cid: str, limit: int = LINK_OPTIONS) -> list[dict[str, Any]]:
        """Mentions in the other articles that may state the same fact, best first, for the link modal.

        The score is how likely the mention states the same fact: 0.4 when the alignment (or the
        claim) puts it with this one, up to 0.4 for how alike the sentences are, 0.2 for the same
        value. The suggestion's mentions giving the same value are pre-selected; one giving another
        value (a conflict) is only offered. At most `limit` options.
        """
        source = self.by_id[cid]
        suggested = set(self.same_fact(cid))
        others = [o for o in self._of_kind(source.kind) if self.by_id[o].article != source.article]
        agree = self.agreeing(cid, others)
        sentences = [self.sentence(o) for o in others]  # scored in one call, however many
        likeness = {
            i: ratio
            for _, ratio, i in process.extract(self.sentence(cid), sentences, scorer=fuzz.token_set_ratio, limit=None)
        }
        scores = {
            other: round(0.4 * (other in suggested) + 0.4 * likeness[i] / 100 + 0.2 * agree[other], 2)
            for i, other in enumerate(others)
        }
        best = heapq.nsmallest(max(limit, len(suggested)), scores, key=lambda o: (-scores[o], self.reading_order(o)))
        return [
            {
                "candidate_id": other_id,
                "article": self.by_id[other_id].article,
                "title": self.title(self.by_id[other_id].article),
                "text": self.by_id[other_id].text,
                "value": self.shown(other_id),
                "mark": "agree" if agree[other_id] else "conflict",
                "score": scores[other_id],
                "preselected": other_id in suggested and agree[other_id],
            }
            for other_id in best
        ]

    def _of_kind(self, kind: str) -> list[str]:
        """The candidates of one kind, in memory order (made once per kind)."""
        if not self._by_kind:
            for cid, c in self.by_id.items():
                self._by_kind.setdefault(c.kind, []).append(cid)
        return self._by_kind.get(kind, [])

    def sentence(self, cid: str) -> str:
        """The text of the sentence holding the candidate."""
        c = self.by_id[cid]
        start, end = c.sentence
        return self.articles[self.article_order[c.article]].text[start:end]

    def title(self, article_id: str) -> str:
        """The article's title."""
        return self.articles[self.article_order[article_id]].title

    def claim_of(self, cid: str) -> ClaimRecord | None:
        """The candidate's claim as the store holds it now (None: no decision yet; blind, as the analyst may see
        it); raises StoreError."""
        claim = self.store.claim_of(cid)
        return blind_claim(claim, self.store.analyst) if self.blind else claim

    def settles(self, cid: str) -> bool:
        """Whether a verdict on the candidate settles its claim: the analyst adjudicates, and the claim is disputed
        or settled; raises StoreError."""
        if not self.adjudicate or self.by_id[cid].claim_id is None:
            return False
        claim = self.store.claim_of(cid)
        return claim is not None and (claim.status == "disputed" or claim.settlement is not None)

    def positions(self, cid: str) -> tuple[ClaimRecord | None, list[Position]]:
        """The candidate's claim and each analyst's position on it (output/adjudication.py); raises StoreError."""
        claim = self.store.claim_of(cid)
        return claim, [] if claim is None else positions(claim, self.store.history(cid))

    def note_hidden(self, cid: str) -> bool:
        """Whether blind review hides a note on the candidate's claim (writing one would replace it unseen)."""
        claim = self.store.claim_of(cid) if self.blind else None
        return claim is not None and bool(claim.note) and self.store.analyst not in claim.decisions

    def history(self, cid: str) -> list[EventRecord]:
        """The audit events touching the candidate, its claim or that claim's members, oldest first; raises
        StoreError."""
        events = self.store.history(cid)
        return blind_history(events, self.store.analyst, self.store.claim_of(cid)) if self.blind else events

    # -- deciding --------------------------------------------------------------------------------

    def decide(self, call: Callable[[], Any], touched: Iterable[str]) -> set[str]:
        """Run one store decision, then re-read the articles of the `touched` candidates and of
        their claims' members, before and after; returns those article ids.

        The store commits before returning; a StoreError propagates and nothing in memory changes.
        """
        touched = list(touched)
        before = self._articles_of(touched)
        call()
        self._reload(before)
        if after := self._articles_of(touched) - before:  # a link can reach new articles
            self._reload(after)
        return before | after

    def _articles_of(self, cids: Iterable[str]) -> set[str]:
        """The articles of these candidates and of their claims' members (what a decision can change)."""
        return {self.by_id[m].article for cid in cids if cid in self.by_id for m in self.claim_members(cid)}

    def undo(self) -> EventRecord | None:
        """Undo the last decision or correction in the store, then re-read what it changed."""
        return self._put_back(self.store.undo)

    def redo(self) -> EventRecord | None:
        """Redo the last undone decision or correction in the store, then re-read what it changed."""
        return self._put_back(self.store.redo)

    def _put_back(self, call: Callable[[], EventRecord | None]) -> EventRecord | None:
        event = call()
        if event is not None and {"candidates", "clusters"} & event.after.keys():
            self._load()  # a correction put back: candidates or clusters changed
        elif event is not None:
            changed = [m for _, *snapshots in event.claim_changes() for snap in snapshots if snap for m in snap.members]
            self._reload(self.by_id[m].article for m in changed if m in self.by_id)
        return event

    def correct(self, call: Callable[[], Any]) -> Any:
        """Run one store correction (or re-decision of a stale decision), then read the review anew: it may
        change candidates and clusters. Returns what the call returns; a StoreError propagates, nothing changed."""
        corrected = call()
        self._load()
        return corrected

    def names(self, article_id: str) -> list[str]:
        """The names the article gives (its names, speakers and sources), in reading order, each once."""
        found: list[str] = []
        for cid in self.by_article[article_id]:
            c = self.by_id[cid]
            found.extend(x for x in (c.text if c.kind == "entity" else None, c.speaker, c.attributed_to) if x)
        return list(dict.fromkeys(found))
