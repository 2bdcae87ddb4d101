"""The self-assessment score, 0-100, from a formula the screen shows in full."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from systemcraft_tui.core.windows import inside
from systemcraft_tui.practice.checks import CheckResult

FORMULA = (
    "score = 70 × (mean rating − 1) / 4 + 20 × share of sections on time "
    "+ 10 × share of checks passed − 5 per red flag ticked (kept within 0-100)"
)


def whole(value: float) -> int:
    """`value` to the nearest whole number, a half up, as someone working the formula by hand
    rounds it (Python's round takes a half to the even number: 52.5 gave 52). Rounded to a
    millionth first, so that a sum meant to end in .5 that floats put just under it goes up too."""
    return math.floor(round(value, 6) + 0.5)


def score(
    ratings: Mapping[str, int],
    timings: Sequence[tuple[str, float, int, int]],
    checks: Sequence[CheckResult],
    red_flags_ticked: int,
) -> int:
    """ratings: item -> 1..5; timings: (name, actual s, min s, max s)."""
    rating_part = (sum(ratings.values()) / len(ratings) - 1) / 4 if ratings else 0.0
    timing_part = sum(inside(a, lo, hi) for _, a, lo, hi in timings) / len(timings) if timings else 0.0
    checks_part = sum(c.passed for c in checks) / len(checks) if checks else 0.0
    raw = 70 * rating_part + 20 * timing_part + 10 * checks_part - 5 * red_flags_ticked
    return max(0, min(100, whole(raw)))
