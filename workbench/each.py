"""How work on many items is mapped over them: `map`, or a process pool's map (the same results, in order)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

Each = Callable[[Callable[[Any], Any], list[Any]], Iterable[Any]]  # map, or a process pool's map
