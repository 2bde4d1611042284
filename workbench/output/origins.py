"""Where the mentions of one fact come from: the sources the articles credit (a figure's "according to",
a quote's speaker). Four outlets repeating one party's figure have one origin, not four confirmations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class Credited(Protocol):
    """A mention with its article and the source the text credits it to (a candidate, a claim's mention)."""

    @property
    def article(self) -> str: ...

    @property
    def attributed_to(self) -> str | None: ...


def origins_of(mentions: Sequence[Credited]) -> list[str]:
    """The distinct sources the mentions are credited to, sorted."""
    return sorted({m.attributed_to for m in mentions if m.attributed_to})


def one_origin(mentions: Sequence[Credited]) -> str | None:
    """The source every mention (from two articles or more) is credited to, else None: outlets repeating
    one party's figure are one origin, not independent confirmations."""
    origins = origins_of(mentions)
    articles = {m.article for m in mentions}
    if len(origins) == 1 and len(articles) > 1 and all(m.attributed_to for m in mentions):
        return origins[0]
    return None
