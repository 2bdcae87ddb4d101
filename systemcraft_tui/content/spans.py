"""Which of many line spans (a heading's first and last lines) hold a line, looked up by
bisection rather than a walk of them all: a bank of 2,000 stories has thousands of lines to
look up among thousands of spans. A span whose last line is before its first holds none."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from heapq import heappop, heappush
from typing import Generic, TypeVar

T = TypeVar("T")


class Cover:
    """The lines some span holds, as the starts and ends of disjoint runs."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if self._ends and start <= self._ends[-1] + 1:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def __contains__(self, line: int) -> bool:
        at = bisect_right(self._starts, line) - 1
        return at >= 0 and line <= self._ends[at]


class Innermost(Generic[T]):
    """For any line, the value of the shortest span holding it (of equally short ones, the
    first given), or None."""

    def __init__(self, spans: Sequence[tuple[tuple[int, int], T]]) -> None:
        opened = sorted((start, end - start, order, end) for order, ((start, end), _) in enumerate(spans))
        # Between two bounds (a span's first line, or the line after its last) the spans that
        # hold a line stay the same, and so does the shortest: one answer per stretch.
        self._bounds = sorted({start for start, *_ in opened} | {end + 1 for *_, end in opened})
        self._values: list[T | None] = []
        open_: list[tuple[int, int, int]] = []  # (length, order, end), shortest then first on top
        next_ = 0
        for bound in self._bounds:
            while next_ < len(opened) and opened[next_][0] == bound:
                _, length, order, end = opened[next_]
                heappush(open_, (length, order, end))
                next_ += 1
            while open_ and open_[0][2] < bound:  # ended: one below the top is dropped when it comes up
                heappop(open_)
            self._values.append(spans[open_[0][1]][1] if open_ else None)

    def at(self, line: int) -> T | None:
        at = bisect_right(self._bounds, line) - 1
        return self._values[at] if at >= 0 else None
