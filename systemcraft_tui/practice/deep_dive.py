"""A deep dive's self-assessment: the score of its 1-5 ratings and the time spent on each
checklist, from the injected clock."""

from __future__ import annotations

from collections.abc import Mapping

from systemcraft_tui.practice.scoring import whole

FORMULA = "score = (mean rating − 1) / 4 × 100: all 1s give 0, all 5s give 100"


def checklist_score(ratings: Mapping[str, int]) -> int | None:
    """0-100 from the mean rating; None before anything is rated."""
    if not ratings:
        return None
    mean = sum(ratings.values()) / len(ratings)
    return whole((mean - 1) / 4 * 100)


class ChecklistTimer:
    """Splits the time on the screen among the checklists: time counts towards the
    checklist the user is working on (the last one they moved into), and the reading
    before that towards the first. The parts always add up to the whole time."""

    def __init__(self, count: int, now: float) -> None:
        self._seconds = [0.0] * count
        self._current = 0
        self._since = now

    def work_on(self, index: int, now: float) -> None:
        self._settle(now)
        self._current = index

    def seconds(self, now: float) -> list[float]:
        self._settle(now)
        return list(self._seconds)

    def _settle(self, now: float) -> None:
        if self._seconds:
            self._seconds[self._current] += max(0.0, now - self._since)
        self._since = now
