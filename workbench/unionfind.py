"""Disjoint sets (union-find) over hashable, ordered items: the smaller root wins, so groupings are stable."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Groups items that are joined, directly or through others."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self.parent: dict[T, T] = {item: item for item in items}

    def find(self, item: T) -> T:
        """The root of the item's group (an unseen item is a group of its own)."""
        parent = self.parent
        root = parent.setdefault(item, item)
        if root == item:  # a root (most items asked for are)
            return root
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:  # path compression
            parent[item], item = root, parent[item]
        return root

    def union(self, a: T, b: T) -> T:
        """Join the groups of a and b; the root of the joined group."""
        ra, rb = self.find(a), self.find(b)
        if rb < ra:  # type: ignore[operator]
            ra, rb = rb, ra
        self.parent[rb] = ra
        return ra
