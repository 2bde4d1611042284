"""The story list's rows: each story of the store with its articles' outlets, a title and its counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from workbench.output.names import name_key
from workbench.store import CandidateState, Store, StoryRecord


@dataclass(frozen=True)
class StoryRow:
    """One story as the list shows it: the story, its title (its first article's headline, else its id), the
    outlets of its articles (each once, in article order), its facts (the summary's rows: suggested clusters,
    names several articles give, and the other mentions no cluster holds) and its open conflicts (conflicting
    clusters with a pending mention)."""

    story: StoryRecord
    title: str
    outlets: list[str]
    facts: int
    conflicts: int


def story_rows(store: Store, only: StoryRecord | None = None) -> list[StoryRow]:
    """The rows of every story of the store, in the store's order, or the row of the `only` story (its articles
    read alone). One read of the store, its candidates in brief (store.candidate_states)."""
    within = None if only is None else only.articles
    with store.reading():
        stories = store.stories() if only is None else [only]
        articles = {a.id: a for a in store.articles(within)}
        candidates = store.candidate_states(within)
        clusters = store.clusters(within)
        splits = store.name_splits()
    story_of = {article: story.id for story in stories for article in story.articles}
    status = {c.id: c.status for c in candidates}
    clustered = {m for cluster in clusters for m in cluster.members}
    facts = Counter(story_of.get(c.article) for c in candidates if c.id not in clustered)
    # The names no cluster holds, grouped within each story as the review groups them (output.names).
    names: dict[tuple[str | None, str, str | None], list[CandidateState]] = {}
    for c in candidates:
        if c.kind == "entity" and isinstance(c.value, str) and c.id not in clustered and c.article in articles:
            names.setdefault((story_of.get(c.article), *name_key(c, splits)), []).append(c)
    for (of, *_), found in names.items():
        if len({c.article for c in found}) > 1:  # one fact (app.review)
            facts[of] -= len(found) - 1
    conflicts: Counter[str | None] = Counter()
    for cluster in clusters:
        of = next((story_of[a] for a in cluster.articles if a in story_of), None)
        facts[of] += 1
        pending = any(status.get(m) == "pending" for m in cluster.members)
        conflicts[of] += cluster.status == "conflict" and pending
    rows = []
    for story in stories:
        shown = [articles[a] for a in story.articles if a in articles]
        title = next((a.title for a in shown if a.title.strip()), story.id)
        outlets = list(dict.fromkeys(a.outlet or a.id for a in shown))
        rows.append(StoryRow(story, title, outlets, facts[story.id], conflicts[story.id]))
    return rows
