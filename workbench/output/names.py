"""Name groups: every mention of one canonical name, with its spellings, outlets and counts, reviewed as one.

A spelling the analyst split off its canonical name (store.split_name) makes a group of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

SPLIT_MARK = " | "  # between the canonical name and the spelling split off, in a split group's id


@dataclass(frozen=True)
class NameGroup:
    """The mentions of one canonical name (or of one spelling split off it), in reading order."""

    id: str  # "name:<canonical name>", or "name:<canonical name> | <spelling>" for a spelling split off
    name: str  # the canonical name
    split: str | None  # the spelling split off, None for the canonical group
    members: list[str]
    articles: list[str]  # in reading order
    spellings: list[tuple[str, int]]  # each spelling and its mentions, most mentions first

    @property
    def title(self) -> str:
        """What the group is called: its canonical name, or the spelling split off it."""
        return self.split or self.name


class NameMention(Protocol):
    """What grouping reads of a name's mention: a store.CandidateRecord, or a CandidateState."""

    @property
    def id(self) -> str: ...
    @property
    def article(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def value(self) -> Any: ...


def spelling(candidate: NameMention) -> str:
    """A mention's spelling: its text with its spaces made single."""
    return " ".join(candidate.text.split())


def name_key(mention: NameMention, splits: set[tuple[str, str]]) -> tuple[str, str | None]:
    """The group a name's mention is in: its canonical value, and its spelling when split off it (else None)."""
    written = spelling(mention)
    return mention.value, written if (mention.value, written) in splits else None


def name_groups(
    names: Iterable[NameMention],
    splits: set[tuple[str, str]],
    reading_order: Callable[[str], tuple[int, int]],
) -> list[NameGroup]:
    """The names grouped by canonical value, a spelling split off it apart; most articles first, then most
    mentions, then by name. `names` are name candidates with a text value."""
    grouped: dict[tuple[str, str | None], list[NameMention]] = {}
    for c in names:
        grouped.setdefault(name_key(c, splits), []).append(c)
    groups = []
    for (name, split), found in grouped.items():
        found.sort(key=lambda c: reading_order(c.id))
        groups.append(
            NameGroup(
                id=f"name:{name}" if split is None else f"name:{name}{SPLIT_MARK}{split}",
                name=name,
                split=split,
                members=[c.id for c in found],
                articles=list(dict.fromkeys(c.article for c in found)),
                spellings=Counter(spelling(c) for c in found).most_common(),
            )
        )
    groups.sort(key=lambda g: (-len(g.articles), -len(g.members), g.title.casefold(), g.id))
    return groups
