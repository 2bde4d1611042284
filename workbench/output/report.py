"""The `analyze --format table` report: a Rich rendering for people, conflicts first.

Article text, and every name from outside (article ids come from file names), reaches the terminal only
through display.clean or display.one_line, inside rich.text.Text objects, never as markup.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from workbench.display import clean, excerpt, one_line
from workbench.model import Analysis, Candidate, Cluster

_SINGLE_SOURCE_KINDS = ("quantity", "money", "percent", "date", "quote")
CONTEXT_CHARS = 45  # of a mention's sentence shown either side of it ("Wednesday" alone says nothing)


def _value(candidate: Candidate) -> str:
    if candidate.kind == "quote":
        return clean(candidate.text)
    value = candidate.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    unit = f" {candidate.unit}" if candidate.unit and candidate.kind in ("quantity", "money") else ""
    return clean(f"{value}{unit}")


def in_context(candidate: Candidate, text: str) -> Text:
    """The mention in bold inside its sentence (display.excerpt); a quote alone."""
    if candidate.kind == "quote":
        return Text(clean(candidate.text))
    before, mention, after = excerpt(text, candidate.start, candidate.end, candidate.sentence, CONTEXT_CHARS)
    return Text.assemble(before, (mention, "bold"), after)


def _cluster_note(cluster: Cluster) -> str:
    """How many independent sources carry the fact, how its figures relate, whether speakers differ."""
    n = cluster.independent_sources
    parts = [f"{n} independent source{'s' if n != 1 else ''}"] if n is not None else []
    if cluster.detail:
        parts.append(cluster.detail)
    if cluster.speakers_differ:
        parts.append("speakers differ")
    return "; ".join(parts)


def _clusters_table(analysis: Analysis, by_id: dict[str, Candidate], texts: dict[str, str]) -> Table:
    table = Table(title="Facts across sources (conflicts first)", show_lines=True, expand=True)
    table.add_column("", width=2, no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("fact", ratio=2)
    table.add_column("sources: value", ratio=3)
    order = sorted(analysis.clusters, key=lambda c: (c.status != "conflict", -len(c.articles)))
    for cluster in order:
        members = [by_id[m] for m in cluster.members]
        mark = Text("✗", style="bold red") if cluster.status == "conflict" else Text("✓", style="green")
        sources = Text()
        for m in members:
            sources.append(one_line(m.article), style="cyan")
            sources.append(": ")
            sources.append(clean(m.text))
            if m.kind != "quote" and _value(m) != clean(m.text):
                sources.append(f"  = {_value(m)}", style="dim")
            if m.hedge:
                sources.append(f"  ({clean(m.hedge)})", style="dim")
            if m.variant and m.variant != "verbatim":
                sources.append(f"  [{m.variant}]", style="yellow")
            sources.append("\n")
        sources.rstrip()
        fact = in_context(members[0], texts[members[0].article])
        note = _cluster_note(cluster)
        if note:
            fact.append(f"\n{note}", style="dim")
        kind = f"{cluster.kind}\n{cluster.story}" if len(analysis.stories) > 1 and cluster.story else cluster.kind
        table.add_row(mark, kind, fact, sources)
    return table


def _single_table(analysis: Analysis, texts: dict[str, str]) -> Table:
    clustered = {m for c in analysis.clusters for m in c.members}
    table = Table(title="Single-source facts", expand=True)
    table.add_column("article", no_wrap=True, style="cyan")
    table.add_column("kind", no_wrap=True)
    table.add_column("text", ratio=3)
    table.add_column("value", ratio=1)
    for c in analysis.candidates:
        if c.kind in _SINGLE_SOURCE_KINDS and c.id not in clustered:
            table.add_row(Text(one_line(c.article)), c.kind, in_context(c, texts[c.article]), Text(_value(c)))
    return table


def _names_table(analysis: Analysis) -> Table:
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    articles: dict[str, set[str]] = defaultdict(set)
    for c in analysis.candidates:
        if c.kind == "entity":
            spellings[str(c.value)][c.text] += 1
            articles[str(c.value)].add(c.article)
    table = Table(title="Names and their spellings", expand=True)
    table.add_column("name", ratio=1)
    table.add_column("articles", justify="right")
    table.add_column("spellings", ratio=3)
    for name in sorted(spellings, key=lambda n: (-len(articles[n]), n)):
        if len(articles[name]) > 1 or len(spellings[name]) > 1:
            table.add_row(Text(clean(name)), str(len(articles[name])), Text(clean(", ".join(spellings[name]))))
    return table


def _passages_table(analysis: Analysis, texts: dict[str, str]) -> Table:
    table = Table(title="Passages several articles share (one origin, not independent sources)", expand=True)
    table.add_column("articles", style="cyan", ratio=1)
    table.add_column("passage", ratio=3)
    table.add_column("alike", justify="right", no_wrap=True)
    for passage in analysis.shared_passages:
        article, start, end = passage.spans[0]
        table.add_row(
            Text("\n".join(one_line(a) for a in passage.articles)),
            Text(clean(texts[article][start:end])),
            f"{passage.similarity:.0%}",
        )
    return table


def render_report(analysis: Analysis) -> RenderableType:
    """The whole report as one renderable."""
    by_id = {c.id: c for c in analysis.candidates}
    kinds = Counter(c.kind for c in analysis.candidates)
    conflicts = sum(1 for c in analysis.clusters if c.status == "conflict")
    head = Text()
    head.append(f"{len(analysis.articles)} articles, {len(analysis.candidates)} candidate facts", style="bold")
    if kinds:
        head.append(" (" + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + ")")
    head.append("\n")
    head.append(f"{len(analysis.clusters)} facts in several sources, ")
    head.append(f"{conflicts} in conflict", style="bold red" if conflicts else "")
    if len(analysis.stories) > 1:  # facts are aligned within a story: say which articles are one
        head.append(f"\n{len(analysis.stories)} stories (facts are compared within a story):", style="bold")
        for story in analysis.stories:
            shown = ", ".join(one_line(a) for a in story.articles[:4])
            more = f" and {len(story.articles) - 4} more" if len(story.articles) > 4 else ""
            head.append(f"\n  {story.id}: {shown}{more}")
    texts = {a.id: a.text for a in analysis.articles}
    tables = [_clusters_table(analysis, by_id, texts), _single_table(analysis, texts), _names_table(analysis)]
    if analysis.shared_passages:
        tables.insert(1, _passages_table(analysis, texts))
    return Group(head, *tables)


def print_report(analysis: Analysis, console: Console | None = None) -> None:
    """Print the report on stdout (or the given console)."""
    (console or Console()).print(render_report(analysis))
