"""What a rule works out of a heading that other rules ask again while the same file is read
(a story's told lines: worked out by the rule that finds the story, then again by its
reader), kept for that one read. A heading is its own key: two headings are never equal,
however alike (markdown_tree.Section)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S")

_reading = threading.local()  # a thread reads its own files (the app reads in one beside the screen's)


@contextmanager
def one_read() -> Iterator[None]:
    """Within it, a memoised rule works each heading out once; after it, nothing is kept."""
    outer = getattr(_reading, "memo", None)
    _reading.memo = {}
    try:
        yield
    finally:
        _reading.memo = outer


def per_heading(rule: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """`rule`, worked out once per heading and arguments within `one_read`, its value
    shared: it must be one no caller changes (a tuple, not a list)."""

    @wraps(rule)
    def asked(section: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        memo: dict[Hashable, Any] | None = getattr(_reading, "memo", None)
        if memo is None:
            return rule(section, *args, **kwargs)
        key = (rule, section, args, tuple(kwargs.items()))
        if key not in memo:
            memo[key] = rule(section, *args, **kwargs)
        value: R = memo[key]
        return value

    return asked
