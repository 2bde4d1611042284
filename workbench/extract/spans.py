"""Spans of a text already claimed (dates, photo credits, boilerplate), asked whether a span overlaps them."""

from __future__ import annotations

from bisect import bisect_right, insort

from workbench.model import Span


class Spans:
    """Sorted, disjoint spans; answers overlap queries in O(log n)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans: list[Span] = sorted(spans)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps any of the spans."""
        i = bisect_right(self.spans, (end,)) - 1  # the last span starting before `end`
        return i >= 0 and self.spans[i][1] > start

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))


def union(spans: list[Span]) -> list[Span]:
    """The spans merged where they overlap, sorted (disjoint, as Spans needs them)."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
