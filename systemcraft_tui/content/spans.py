"""Which of many line spans (a heading's first and last lines) hold a line, looked up by
bisection rather than a walk of them all: a bank of 2,000 stories has thousands of lines to
look up among thousands of spans. A span whose last line is before its first holds none."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from heapq import heappop, heappush
from itertools import accumulate
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


class Spans:
    """Whether some one span holds, or meets, a run of lines (not their union: two spans
    side by side hold no run across both)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))  # farthest end of those started so far

    def _farthest(self, line: int) -> int | None:
        """The last line the spans starting at or before `line` reach."""
        at = bisect_right(self._starts, line) - 1
        return self._reach[at] if at >= 0 else None

    def hold(self, first: int, last: int) -> bool:
        """Whether one span runs from `first` or before to `last` or after."""
        reach = self._farthest(first)
        return reach is not None and reach >= last

    def meet(self, first: int, last: int) -> bool:
        """Whether one span shares a line with `first` to `last`."""
        reach = self._farthest(last)
        return reach is not None and reach >= first


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
