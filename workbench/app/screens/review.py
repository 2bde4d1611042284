"""The review screen: progress line, article panes, inspector, footer; it owns the review's keys and actions.

Navigation, decisions, search, filter, summary, export and the painting of the panes live here; the App
starts it, loads the articles, keeps the theme and the keymap, saves the view state this screen reports
(`keep`), and shows the help and the palette.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Container, Vertical
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Label, ProgressBar

from workbench.app.accept import accept_choice
from workbench.app.adjudicating import Adjudicator
from workbench.app.bindings import REVIEW_BINDINGS
from workbench.app.correcting import Corrector
from workbench.app.filters import Filter
from workbench.app.review import Review
from workbench.app.screens.evidence import EvidenceRequest, EvidenceScreen
from workbench.app.screens.export import ExportChoice, ExportScreen
from workbench.app.screens.filter import FilterScreen
from workbench.app.screens.link import LinkScreen
from workbench.app.screens.names import NamesScreen
from workbench.app.screens.prompt import PromptScreen
from workbench.app.screens.stories import StoryListScreen
from workbench.app.screens.summary import SummaryScreen
from workbench.app.screens.text import counted, say
from workbench.app.screens.timeline import TimelineScreen
from workbench.app.story_rows import StoryRows
from workbench.app.value_edit import edit_text, parse_edit
from workbench.app.view_state import FILTER_KEY, SELECTION_KEY, filter_from_state, filter_to_state
from workbench.app.widgets.article_pane import header_content, source_label
from workbench.app.widgets.article_view import ArticleView
from workbench.app.widgets.inspector import Inspector
from workbench.app.widgets.pane_window import PaneWindow
from workbench.app.widgets.progress_header import RANK_MARKS, ProgressHeader
from workbench.load.fetch import FetchError
from workbench.output.evidence import describe, fetch_source
from workbench.output.exports import export, output_problem, write_file
from workbench.output.review_report import report
from workbench.store import ClaimRecord, ClusterRecord, EvidenceRecord, StaleView, Store, StoreError

SUMMARY_SCREEN = "summary"
POLL_SECONDS = 0.75  # how often the screen asks whether another analyst changed the store (one cheap query)
PREPARED_ROWS = 100  # of the summary, built ahead in each order: more than a screen shows

REVIEW_ACTIONS = frozenset(b.action.split("(")[0] for b in REVIEW_BINDINGS if not b.action.startswith("app.")) | {
    "goto_article"
}
"""The screen's actions: they wait until the articles are loaded."""


class LoadingPanel(Vertical):
    """Shown while a folder is analysed: what is being done, and a progress bar."""

    def compose(self) -> ComposeResult:
        yield Label("Loading the articles…", id="loading-stage")
        yield ProgressBar(total=4, show_eta=False, id="loading-bar")


class ReviewScreen(Screen[None]):
    """The main screen. `review` is None while the articles load (`show_loading`, then `loaded`); `keep`
    is told every change of view state (selection, filter); `ready` is called once the screen is up."""

    BINDINGS = [*REVIEW_BINDINGS]
    ALLOW_IN_MAXIMIZED_VIEW = "ProgressHeader, Footer"

    def __init__(
        self,
        store: Store,
        review: Review | None,
        *,
        keep: Callable[[str, Any], None],
        ready: Callable[[], None],
    ) -> None:
        super().__init__()
        self.store = store
        self.review = review
        self._keep = keep
        self._ready = ready
        self._summary: SummaryScreen | None = None
        self.focus_index = 0
        self.current: str | None = None
        self.search_query = ""
        self._matches: dict[str, list[tuple[int, int]]] = {}
        self._hits: list[tuple[int, int]] = []
        self._hit: int | None = None
        self._corrector = Corrector(self)
        self._story_rows = StoryRows(store)
        self._adjudicator = Adjudicator(self)

    def compose(self) -> ComposeResult:
        yield ProgressHeader(id="progress", markup=False)
        with Container(id="body"):
            yield LoadingPanel() if self.review is None else PaneWindow(len(self.review.articles), id="panes")
        yield Inspector(id="inspector")
        yield Footer()

    def on_mount(self) -> None:
        self._ready()
        self.set_interval(POLL_SECONDS, self._poll)

    def _poll(self) -> None:
        """Show the decisions other analysts (other windows) made since: when the store's data version changed,
        read anew the articles they touched and repaint them, the inspector and the header."""
        if self.review is None:
            return
        try:
            articles = self._review.poll()
        except StoreError:
            return  # the store is busy or gone for now: the next poll tries again
        if articles:
            self._after_change(articles)

    def say(self, message: str, *, title: str = "", severity: SeverityLevel = "information") -> None:
        """Notify in literal text."""
        say(self, message, title=title, severity=severity)

    # -- loading ---------------------------------------------------------------------------------

    def show_loading(self, stage: str, done: int) -> None:
        """Show what the loading does now and how far it is (of 4 steps)."""
        self.query_one("#loading-stage", Label).update(Content(f"{stage.capitalize()}…"))
        self.query_one("#loading-bar", ProgressBar).update(progress=done)

    def loaded(self, review: Review) -> None:
        """Replace the loading panel by the panes over the loaded review."""
        self.review = review
        self.query_one(LoadingPanel).remove()
        self.query_one("#body").mount(PaneWindow(len(review.articles), id="panes"))
        self.populate()

    def offer_stories(self) -> None:
        """Open on the story list when the store holds several stories."""
        if len(self.store.stories()) > 1:
            self.action_story_list()

    def action_back(self) -> None:
        """Escape: a maximised inspector goes back beside the panes; else, of a folder of several stories, the
        story list opens (what a reader of one story goes back to)."""
        if self.maximized is not None:
            self.minimize()
        elif len(self.store.stories()) > 1:
            self.action_story_list()

    def action_story_list(self) -> None:
        """Show every story; enter there opens one's articles side by side."""
        story = self._review.story
        self.app.push_screen(
            StoryListScreen(self._story_rows.rows(story), story.id if story else None), self._open_story
        )

    async def _open_story(self, story_id: str | None) -> None:
        """Show the chosen story's review (None, or the open story: stay): its panes, its queue and counts, its
        summary made anew."""
        story = next((s for s in self.store.stories() if s.id == story_id), None)
        if story is None or (self._review.story is not None and self._review.story.id == story.id):
            return
        review = Review(self.store, self._review.settings, self._review.blind, story, self._review.adjudicate)
        if self._summary is not None:
            self.app.uninstall_screen(SUMMARY_SCREEN)
            self._summary = None
        self.focus_index, self.current = 0, None
        self._matches, self._hits, self._hit = {}, [], None
        await self.query_one(PaneWindow).remove()
        self.review = review
        await self.query_one("#body").mount(PaneWindow(len(review.articles), id="panes"))
        self.populate()

    def populate(self) -> None:
        """Restore the saved filter and selection over the loaded review."""
        review = self._review
        review.filter = filter_from_state(self.store.get_state(FILTER_KEY))
        saved = self.store.get_state(SELECTION_KEY) or {}
        if saved.get("candidate") in review.by_id:
            cid = saved["candidate"]
            self.place(cid)
            if not review.visible(cid):
                self.current = review.first(review.article_ids[self.focus_index])
        elif saved.get("article") in review.article_order:
            self.focus_index = review.article_order[saved["article"]]
            self.current = review.first(saved["article"])
        elif (start := review.queue_step(None, +1)) is not None:
            self.place(start)
        elif review.articles:
            self.current = review.first(review.article_ids[0])
        if review.adjudicate:
            self._adjudicator.start()
        self._show_progress()
        self._prepare_summary()
        self._corrector.announce_stale()

    @work(exclusive=True, exit_on_error=False, group="summary")
    async def _prepare_summary(self) -> None:
        """Build the summary's matrix (in a thread) and its first rows in both orders (between keys), so
        that `s` only renders them."""
        matrix = await asyncio.to_thread(self._review.matrix)
        for by_independent in (False, True):
            for index in matrix.order(by_independent)[:PREPARED_ROWS]:
                matrix.row(index)
                await asyncio.sleep(0)  # a key waits for one row at most
        gc.freeze()  # the matrix lives as long as the app, as the review does (see review._kept_for_good)

    @property
    def _review(self) -> Review:
        assert self.review is not None, "the review is still loading"
        return self.review

    review_now = _review
    """The loaded review (for the corrections, workbench/app/correcting.py)."""

    @property
    def _window(self) -> PaneWindow:
        return self.query_one(PaneWindow)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Review actions wait until the articles are loaded."""
        if self.review is None and action in REVIEW_ACTIONS:
            return False
        if action in ("next_hit", "prev_hit"):
            return self._hit is not None  # shown in the footer only while a search has hits
        if action == "adjudicate":
            return self.review is not None and self.review.adjudicate
        return True

    # -- showing ---------------------------------------------------------------------------------

    @on(PaneWindow.Moved)
    def _window_moved(self) -> None:
        self._window.reveal(self.focus_index)
        self._show_panes(rebind=True)

    def _marks(self, cid: str) -> tuple[str, ...]:
        review = self._review
        if not review.visible(cid):
            return ()
        c = review.by_id[cid]
        marks = (f"article--{c.kind}", f"article--{c.status}")
        return (*marks, "article--conflict") if review.in_conflict(cid) else marks

    def _paint_candidates(self, view: ArticleView, article_id: str) -> None:
        review = self._review
        cids = review.by_article[article_id]
        spans = [(review.by_id[c].start, review.by_id[c].end, c) for c in cids]
        view.set_candidates(spans, {c: self._marks(c) for c in cids})

    def _show_panes(self, rebind: bool = False, repaint: Iterable[str] = ()) -> None:
        """Bring every visible pane up to date: its article (on `rebind`), its marks (for `repaint`
        articles), its cursor, header, search matches; then the inspector and the focus."""
        review = self._review
        window = self._window
        repaint = set(repaint)
        focused_view: ArticleView | None = None
        for index, pane in window.shown():
            article = review.articles[index]
            aid = article.id
            view = pane.view
            if rebind and view.article_id != aid:
                view.show_article(aid, article.text, article.boilerplate)
                view.set_passages(review.passage_spans(aid))
                repaint.add(aid)
            if aid in repaint:
                self._paint_candidates(view, aid)
            view.set_matches(self._matches.get(aid, []))
            target = self.current if index == self.focus_index else self._mention(aid)
            if view.cursor != target or rebind:
                view.set_cursor(self._span(target))
            pane.header.show(
                header_content(
                    article.title,
                    source_label(article),
                    f"[{index + 1}/{len(review.articles)}]",
                    review.article_progress(aid),
                    self._status_line(index),
                )
            )
            if index == self.focus_index:
                focused_view = view
        if focused_view is not None and self.app.screen is self and self.maximized is None:
            focused_view.focus()
        self.query_one(Inspector).show(review, self.current)

    def _mention(self, article_id: str) -> str | None:
        if self.current is None:
            return None
        return self._review.mention_in(self.current, article_id)

    def _span(self, cid: str | None) -> tuple[int, int, str] | None:
        if cid is None:
            return None
        c = self._review.by_id[cid]
        return c.start, c.end, cid

    def _status_line(self, index: int) -> Content:
        review = self._review
        aid = review.article_ids[index]
        if index == self.focus_index:
            if self.current is None:
                return Content.styled("▶ nothing to review here", "italic")
            order = [c for c in review.by_article[aid] if review.visible(c)]
            c = review.by_id[self.current]
            position = order.index(self.current) + 1 if self.current in order else 0
            line = Content.styled(f"▶ {position}/{len(order)} {c.kind} · {c.status}", "bold")
            if place := review.queue_place(self.current):
                rank, index, total = place
                line += Content.styled(f" · {RANK_MARKS[rank]}{index}/{total}", "$text-muted")
            return line
        if self.current is None:
            return Content("")
        mention = review.mention_in(self.current, aid)
        if mention is None:
            return Content.styled("— no mention of this fact", "italic $text-muted")
        agree = review.agrees(self.current, mention)
        mark, style = ("=", "$text-success") if agree else ("≠", "bold $text-error")
        return Content.styled(f"{mark} {review.shown(mention)}", style)

    def _show_progress(self) -> None:
        review = self._review
        self.query_one(ProgressHeader).show(
            len(review.articles),
            review.progress,
            review.queue_progress(),
            review.filter.describe() if review.filter.active else None,
            (self.search_query, 0 if self._hit is None else self._hit + 1, len(self._hits))
            if self.search_query
            else None,
            review.story.id if review.story else None,
        )

    # -- selecting -------------------------------------------------------------------------------

    def place(self, cid: str) -> None:
        """Select `cid` in its article before the panes are shown (select() also shows them)."""
        self.focus_index = self._review.article_order[self._review.by_id[cid].article]
        self.current = cid

    def select(self, article_index: int, cid: str | None) -> None:
        """Focus the article and select the candidate (None: nothing there); other panes follow it."""
        self.focus_index = article_index
        self.current = cid
        moved = self._window.reveal(article_index)
        self._show_panes(rebind=moved)
        self._keep(SELECTION_KEY, {"article": self._review.article_ids[article_index], "candidate": cid})

    def goto_candidate(self, cid: str) -> None:
        """Select a candidate anywhere (clearing a filter that would hide it)."""
        review = self._review
        if cid not in review.by_id:
            return
        if not review.visible(cid):
            self._set_filter(Filter())
        self.select(review.article_order[review.by_id[cid].article], cid)

    def action_next_candidate(self) -> None:
        """Select the next candidate in the focused article."""
        self._step(+1)

    def action_prev_candidate(self) -> None:
        """Select the previous candidate in the focused article."""
        self._step(-1)

    def _step(self, step: int) -> None:
        review = self._review
        self.select(self.focus_index, review.step(review.article_ids[self.focus_index], self.current, step))

    def action_next_in_queue(self) -> None:
        """Select the first pending mention of the next pending fact in the queue, across all articles."""
        self._step_queue(+1)

    def action_prev_in_queue(self) -> None:
        """Select the first pending mention of the previous pending fact in the queue."""
        self._step_queue(-1)

    def _step_queue(self, step: int) -> None:
        found = self._review.queue_step(self.current, step)
        if found is None:
            self.say("Nothing pending further on in the queue." if step > 0 else "This is the start of the queue.")
        else:
            self.goto_candidate(found)

    def action_next_pane(self) -> None:
        """Focus the next article pane, on its mention of the selected fact, else its first pending candidate."""
        self._move_pane(+1)

    def action_prev_pane(self) -> None:
        """Focus the previous article pane, on its mention of the selected fact, else its first pending one."""
        self._move_pane(-1)

    def _move_pane(self, step: int) -> None:
        review = self._review
        index = (self.focus_index + step) % len(review.articles)
        aid = review.article_ids[index]
        mention = self._mention(aid)
        self.select(index, mention if mention is not None and review.visible(mention) else review.first(aid))

    def action_goto_article(self, article_id: str) -> None:
        """Focus an article by id, on its first pending candidate."""
        review = self._review
        if article_id in review.article_order:
            self.select(review.article_order[article_id], review.first(article_id))

    @on(ArticleView.Clicked)
    def _clicked(self, event: ArticleView.Clicked) -> None:
        review = self._review
        aid = event.view.article_id
        if aid is None:
            return
        cid = None if event.offset is None else review.candidate_at(aid, event.offset)
        index = review.article_order[aid]
        if cid is not None:
            self.select(index, cid)
        elif index != self.focus_index:
            self.select(index, review.first(aid))

    # -- deciding --------------------------------------------------------------------------------

    def _decide(self, call: Callable[[], Any], touched: Iterable[str], done: str | None = None) -> bool:
        """Run a store decision; show it only once committed; a store error is shown, nothing else changes."""
        try:
            articles = self._review.decide(call, touched)
        except StaleView as stale:  # someone changed the claim since this view: show what it is now
            self.say(str(stale), title="Not saved: changed by someone else", severity="warning")
            self._after_change(self._review.refresh())
            return False
        except StoreError as error:
            self.say(str(error), title="Not saved", severity="error")
            return False
        self._after_change(articles)
        if done:
            self.say(done)
        return True

    def _after_change(self, articles: Iterable[str]) -> None:
        review = self._review
        if self.current is not None and self.current not in review.by_id:
            self.current = None
        self._show_panes(repaint=articles)
        self._show_progress()

    def _selected(self) -> str | None:
        if self.current is None:
            self.say("Select a candidate first.", severity="warning")
        return self.current

    selected_or_say = _selected
    decide = _decide

    def action_confirm(self) -> None:
        """Confirm the selected candidate's claim (adjudicating a disputed one: settle it so)."""
        if cid := self._selected():
            top = self._review.settings.scale.top
            self._adjudicator.verdict(cid, "confirmed", top, lambda: self.store.confirm(cid))

    def action_reject(self) -> None:
        """Reject the selected candidate's claim (adjudicating a disputed one: settle it so)."""
        if cid := self._selected():
            bottom = self._review.settings.scale.bottom
            self._adjudicator.verdict(cid, "rejected", bottom, lambda: self.store.reject(cid))

    def action_rate(self, number: int) -> None:
        """Give the selected candidate's claim the scale's rating `number` (1: the top, as confirm)."""
        scale = self._review.settings.scale
        if number > len(scale.names):
            self.say(f"The rating scale has {len(scale.names)} ratings.", severity="warning")
        elif cid := self._selected():
            rating = scale.names[number - 1]
            status = scale.status_of(rating)
            self._adjudicator.verdict(cid, status, rating, lambda: self.store.rate(cid, rating, status))

    def action_dismiss_claim(self) -> None:
        """Dismiss the selected candidate's claim: not a checkable fact (kept out of ratings and exports)."""
        if cid := self._selected():
            self._adjudicator.verdict(cid, "dismissed", None, lambda: self.store.dismiss(cid))

    def action_adjudicate(self) -> None:
        """Each analyst's decision, note and evidence on the selected disputed claim side by side, to settle it."""
        self._adjudicator.show()

    def action_evidence(self) -> None:
        """Show the selected claim's evidence ledger; add a mention, an address or a described source, or remove an
        item."""
        if not (selected := self._selected_claim()):
            return
        cid, claim = selected
        items = [describe(entry) for entry in self._review.evidence(claim)]
        self.app.push_screen(EvidenceScreen(items), lambda request: self._evidence(cid, request))

    def _evidence(self, cid: str, request: EvidenceRequest | None) -> None:
        if request is None:
            return
        if request.kind == "remove":
            self._decide(lambda: self.store.remove_evidence(cid, request.index), [cid], done="Evidence removed.")
        elif request.kind == "source":
            item = EvidenceRecord("source", description=request.text, date=request.note or None)
            self._decide(lambda: self.store.add_evidence(cid, item), [cid], done="Evidence added.")
        elif request.kind == "address":
            self._fetch_evidence(cid, request.text, request.note)
        else:
            review = self._review

            def chosen(mentions: list[str] | None) -> None:
                for mention in mentions or []:
                    item = EvidenceRecord("mention", candidate=mention)
                    self._decide(partial(self.store.add_evidence, cid, item), [cid], done="Evidence added.")

            self.app.push_screen(LinkScreen(review.by_id[cid], review.link_options(cid)), chosen)

    @work(thread=True, exit_on_error=False, group="evidence")
    def _fetch_evidence(self, cid: str, address: str, excerpt: str) -> None:
        """Fetch the address (as an article's: time and size limits) in a thread, then add it as evidence."""
        try:
            item, page = fetch_source(address, excerpt)
        except FetchError as error:
            self.app.call_from_thread(self.say, f"{address}: {error}", title="Not fetched", severity="error")
            return
        self.app.call_from_thread(
            self._decide, lambda: self.store.add_evidence(cid, item, page), [cid], f"Evidence added: {item.title}."
        )

    def action_reset(self) -> None:
        """Put the selected candidate's claim back to pending."""
        if cid := self._selected():
            self._decide(lambda: self.store.reset(cid), [cid])

    def action_accept_cluster(self) -> None:
        """Accept the suggested cluster as one claim and confirm it."""
        if not (cid := self._selected()):
            return
        cluster = self._review.cluster(cid)
        if cluster is None:
            self.say("No suggested cluster: this fact has a single source.", severity="warning")
            return
        members = [m for m in cluster.members if m in self._review.by_id]
        if cluster.status != "conflict":
            self._accept(cluster, members, None)
            return
        agreeing = [m for m in members if self._review.agrees(cid, m)]

        def chosen(answer: str | None) -> None:
            if answer == "agreeing":
                self._accept(cluster, members, agreeing)
            elif answer == "all":
                self._accept(cluster, members, None)

        self.app.push_screen(accept_choice(self._review, cid, members, agreeing), chosen)

    def _accept(self, cluster: ClusterRecord, members: list[str], only: list[str] | None) -> None:
        """Confirm the cluster's members (or `only` some of them) as one claim, in one store decision (a
        name group the app derived, which the store holds no cluster for, by its members)."""
        chosen = members if only is None else only

        def accept() -> None:
            if cluster.derived:
                self.store.accept(chosen)
            else:
                self.store.accept_cluster(cluster.id, only)

        self._decide(accept, members, done=f"Accepted {counted(len(chosen), 'mention')} as one confirmed claim.")

    def action_link(self) -> None:
        """Choose the mentions in other articles that state the same fact, and link them into one claim."""
        if not (cid := self._selected()):
            return
        review = self._review
        source = review.by_id[cid]

        def linked(chosen: list[str] | None) -> None:
            if chosen:
                self._decide(
                    lambda: self.store.link(cid, chosen),
                    [cid, *chosen],
                    done=f"Linked {counted(len(chosen), 'mention')}.",
                )

        self.app.push_screen(LinkScreen(source, review.link_options(cid)), linked)

    def action_undo(self) -> None:
        """Undo the last decision or correction."""
        self._put_back(self._review.undo, "undo")

    def action_redo(self) -> None:
        """Redo the last undone decision or correction."""
        self._put_back(self._review.redo, "redo")

    def _put_back(self, call: Callable[[], Any], what: str) -> None:
        try:
            event = call()
        except StoreError as error:
            self.say(str(error), title=f"Not {what}ne", severity="error")
            return
        if event is None:
            self.say(f"Nothing to {what}.")
        elif {"candidates", "clusters"} & event.after.keys():  # a correction: select the fact it put back
            rows = event.after.get("candidates", {})
            self.reviewed_anew(next((cid for cid, row in rows.items() if row), self.current))
        else:
            self._after_change(self._review.article_ids)

    # -- correcting (workbench/app/correcting.py) -------------------------------------------------

    def action_mark_fact(self) -> None:
        """Select text in the focused article and mark it as a fact the extractor missed."""
        self._corrector.mark_fact()

    def action_extend_span(self) -> None:
        """Extend the selected fact's span by a word."""
        self._corrector.respan(+1)

    def action_shrink_span(self) -> None:
        """Shrink the selected fact's span by a word."""
        self._corrector.respan(-1)

    def action_set_source(self) -> None:
        """Set the selected fact's speaker or attribution."""
        self._corrector.set_source()

    def action_split(self) -> None:
        """Take the selected mention out of its suggested cluster."""
        self._corrector.split()

    def action_move(self) -> None:
        """Put the selected mention in the cluster of a mention of another article."""
        self._corrector.move()

    def action_stale(self) -> None:
        """The decisions a re-import left stale, old and new text side by side."""
        self._corrector.stale()

    def reviewed_anew(self, cid: str | None) -> None:
        """After the review was read anew (a correction): repaint every pane, select `cid` (else the focused
        article's first fact) and make the summary again."""
        review = self._review
        if self._summary is not None:
            self.app.uninstall_screen(self._summary)
            self._summary = None
        if cid not in review.by_id:
            cid = review.first(review.article_ids[self.focus_index])
        self.current = cid
        self._show_panes(repaint=review.article_ids)
        if cid is not None:
            self.goto_candidate(cid)
        self._show_progress()
        self._prepare_summary()

    def paint_selection(self, span: tuple[int, int] | None) -> None:
        """Show a selection as the focused pane's cursor (None: the selected fact again)."""
        pane = self._window.pane_of(self.focus_index)
        if pane is not None:
            pane.view.set_cursor(self._span(self.current) if span is None else (*span, ""))

    def _selected_claim(self) -> tuple[str, ClaimRecord | None] | None:
        """The selected candidate and its claim (None when it has none); None, with a notification, when
        nothing is selected or the store cannot be read."""
        if not (cid := self._selected()):
            return None
        try:
            return cid, self._review.claim_of(cid)
        except StoreError as error:
            self.say(str(error), title="Not read", severity="error")
            return None

    def action_note(self) -> None:
        """Write or change the note of the selected candidate's claim."""
        if not (selected := self._selected_claim()):
            return
        cid, claim = selected
        try:
            hidden = self._review.note_hidden(cid)
        except StoreError as error:
            self.say(str(error), title="Not read", severity="error")
            return
        if hidden:
            self.say("Another analyst's note is hidden until you decide this claim (blind review): decide it first.")
            return

        def noted(text: str | None) -> None:
            if text is not None:
                self._decide(lambda: self.store.note(cid, text), [cid])

        self.app.push_screen(PromptScreen("Note on this claim", claim.note if claim else ""), noted)

    def action_edit_value(self) -> None:
        """Correct the normalised value of the selected candidate's claim (a figure as a JSON number, other
        kinds as text); the prompt starts from the value, written so that it parses back unchanged."""
        if not (selected := self._selected_claim()):
            return
        cid, claim = selected
        kind = self._review.by_id[cid].kind
        value = claim.value if claim else self._review.by_id[cid].value

        def edited(text: str | None) -> None:
            if text is None or not text.strip():
                return
            try:
                new = parse_edit(text, kind)
            except ValueError as error:
                self.say(str(error), title="Not saved", severity="error")
                return
            self._decide(lambda: self.store.edit_value(cid, new), [cid])

        self.app.push_screen(PromptScreen("Normalised value", edit_text(value, kind)), edited)

    # -- tools -----------------------------------------------------------------------------------

    def action_search(self) -> None:
        """Search the articles' text; the next hit after the selection is focused."""

        def searched(query: str | None) -> None:
            if query is not None:
                self.search(query)

        self.app.push_screen(PromptScreen("Search the articles", self.search_query), searched)

    def search(self, query: str) -> None:
        """Mark every case-insensitive hit of `query`, and go to the first one after the selection."""
        review = self._review
        self.search_query = query.strip()
        self._matches = review.find(self.search_query) if self.search_query else {}
        self._hits = review.hit_order(self._matches)
        self._hit = review.hit_after(self._hits, self.focus_index, self.current)
        if self._hit is None:
            self._show_panes()
            if self.search_query:
                self.say(f"No match for “{self.search_query}”.", severity="warning")
        else:
            self._go_to_hit()
        self._show_progress()
        self.refresh_bindings()

    def action_next_hit(self) -> None:
        """Go to the next search hit (wrapping around)."""
        self._step_hit(+1)

    def action_prev_hit(self) -> None:
        """Go to the previous search hit (wrapping around)."""
        self._step_hit(-1)

    def _step_hit(self, step: int) -> None:
        if self._hit is not None:
            self._hit = (self._hit + step) % len(self._hits)
            self._go_to_hit()
            self._show_progress()

    def _go_to_hit(self) -> None:
        """Select the candidate at (or after) the current hit and scroll its pane to the hit."""
        review = self._review
        assert self._hit is not None
        index, offset = self._hits[self._hit]
        self.select(index, review.candidate_near(review.article_ids[index], offset))
        pane = self._window.pane_of(index)
        if pane is not None:
            pane.view.scroll_to_offset(offset)

    def action_filter(self) -> None:
        """Choose which candidates are shown and visited: kinds, states, conflicts, single-source."""

        def chosen(new: Filter | None) -> None:
            if new is not None:
                self._set_filter(new)

        self.app.push_screen(FilterScreen(self._review.filter), chosen)

    def _set_filter(self, new: Filter) -> None:
        review = self._review
        review.filter = new
        self._keep(FILTER_KEY, filter_to_state(new))
        if self.current is not None and not review.visible(self.current):
            self.current = review.first(review.article_ids[self.focus_index])
        self._show_panes(repaint=review.article_ids)
        self._show_progress()

    def action_summary(self) -> None:
        """Show the outlet × fact matrix; enter there jumps to the fact. The screen is made once and kept
        (with its order and cursor): opening it again only brings its counts up to date."""
        review = self._review
        if self._summary is None:
            self._summary = SummaryScreen(review.matrix(), review.progress)
            self.app.install_screen(self._summary, SUMMARY_SCREEN)
        else:
            self._summary.update(review.progress)
        self.app.push_screen(self._summary, self._jump)

    def action_timeline(self) -> None:
        """Show every dated fact on its date; enter there jumps to the fact."""
        review = self._review
        sources = {a.id: a.outlet or a.id for a in review.articles}
        texts = {a.id: a.text for a in review.articles}
        self.app.push_screen(TimelineScreen(review.timeline(), sources, texts), self._jump)

    def _jump(self, cid: str | None) -> None:
        """Go to the candidate a summary or timeline chose (None: closed without a choice)."""
        if cid is not None:
            self.goto_candidate(cid)

    def action_maximise_inspector(self) -> None:
        """Show the inspector alone, in full and scrolling (focused: ↑ ↓ scroll it), or back beside the panes."""
        inspector = self.query_one(Inspector)
        if self.maximized is inspector:
            self.minimize()
        else:
            self.maximize(inspector, container=False)

    def watch_maximized(self, maximized: Widget | None) -> None:
        inspector = self.query_one(Inspector)
        inspector.can_focus = maximized is inspector
        if self.review is not None:
            self._show_panes()  # the inspector in full or cut to fit; the focus on the inspector or the pane
        if maximized is inspector:
            inspector.focus()

    def action_names(self) -> None:
        """Show every name group; enter there goes to the group's first mention."""

        def jump(cid: str | None) -> None:
            if cid is not None:
                self.goto_candidate(cid)

        self.app.push_screen(NamesScreen(self._review, self._decide, self._split_name), jump)

    def _split_name(self, name: str, spelling: str) -> bool:
        """Split a spelling off its name in the store; the summary is made again when next shown."""
        try:
            self._review.split_name(name, spelling)
        except StoreError as error:
            self.say(str(error), title="Not saved", severity="error")
            return False
        if self._summary is not None:
            self.app.uninstall_screen(SUMMARY_SCREEN)
            self._summary = None
        self._show_panes(repaint=self._review.article_ids)
        self.say(f"Split “{spelling}” off {name}.")
        return True

    def action_export(self) -> None:
        """Export the chosen claims (by default the open story's) in a chosen format, or the report, to a chosen
        file (by default next to the store)."""
        default = str(Path(self.store.path).parent / "claims.csv")
        story = self._review.story
        self.app.push_screen(ExportScreen(default, self.store.path, story.id if story else None), self._export)

    def _export(self, choice: ExportChoice | None) -> None:
        if choice is None:
            return
        fmt, path, settings = choice.fmt, choice.path, self._review.settings
        written: Path | None = None
        try:
            problem = output_problem(path, self.store.path)
            if problem is None and choice.is_report:
                kind = "md" if fmt == "report-md" else "html"
                written = write_file(report(self.store, kind, settings, choice.story), path)
            elif problem is None:
                written = write_file(export(self.store, fmt, choice.status, settings, choice.bom, choice.story), path)
        except OSError as error:
            problem = error.strerror or str(error)
        except (StoreError, ValueError) as error:
            problem = str(error)
        if problem or written is None:
            self.say(f"{path}: {problem}", title="Not exported", severity="error")
        else:
            self.say(f"Exported {fmt} to {written.resolve()}.", title="Export")
