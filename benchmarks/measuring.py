"""What the benchmarks share: the floor beside each figure and a run in a child process."""

from __future__ import annotations

import multiprocessing
import queue
import re
import time
from collections.abc import Callable
from typing import Any

_FLOOR = re.compile(r"\w+|[^\w\s]")


def regex_floor(text: str) -> float:
    """Seconds for one regex pass over the text: the floor an analysis of it is compared with."""
    t0 = time.perf_counter()
    sum(1 for _ in _FLOOR.finditer(text))
    return time.perf_counter() - t0


def _answer(target: Callable[..., Any], args: tuple, answer) -> None:
    answer.put(target(*args))


def in_child(target: Callable[..., Any], args: tuple, limit: float) -> Any | None:
    """What target(*args) returns, run in a fresh child process (its own peak memory, nothing cached),
    or None when it took longer than `limit` seconds or failed. The child may start processes of its own
    (analyze's pool): it is not daemonic."""
    context = multiprocessing.get_context("spawn")
    answer = context.Queue()
    child = context.Process(target=_answer, args=(target, args, answer))
    child.start()
    deadline = time.perf_counter() + limit + 5  # + the child's start-up
    try:
        while child.is_alive() or not answer.empty():
            try:
                return answer.get(timeout=max(0.01, min(1.0, deadline - time.perf_counter())))
            except queue.Empty:
                if time.perf_counter() >= deadline:
                    return None
        return None  # it failed
    finally:
        child.kill()
        child.join()
