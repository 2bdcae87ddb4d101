"""Timing windows and where a time stands against one: the one module that rounds.

The rule, applied everywhere a time is shown or judged: whole seconds, elapsed time
floored (a clock reads 0:08 until the ninth second is complete), and everything derived
from a time (left, over, short, on time, a total, a change) computed from the whole
seconds shown, so figures side by side always agree with each other.

The model of a behavioral answer's time: a section's window is how long that STAR part
should take; the target for the answer is the sum of its section windows. A scenario's
Timing Practice line ("tell this story in 4-6 minutes") is the whole telling with its
follow-up probes, and is shown as that, never as the STAR target."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

WARNING_SECONDS = 10  # a window turns amber for its last 10 seconds...
WARNING_SHARE = 4  # ...or its last quarter, when that is shorter (a 6-second elevator section)
DEFAULT_PROBE_SECONDS = (60, 90)  # a follow-up probe's window, unless `--probe-seconds` says otherwise


def shown(seconds: float) -> int:
    """The whole seconds a clock shows for an elapsed time: floored, never negative."""
    return max(0, math.floor(seconds))


def kept(seconds: float) -> float:
    """An elapsed time as the log keeps it: tenths, floored, so the whole seconds shown of
    a saved attempt are the ones its clock showed while it ran."""
    whole = shown(seconds)
    # Rounded before the floor so 2.3 stays 2.3 (its fraction is 0.2999...), capped at 9 tenths.
    tenths = min(9, math.floor(round((seconds - whole) * 10, 9))) if seconds > whole else 0
    return whole + tenths / 10


def total(elapsed: Iterable[float]) -> int:
    """A total that adds up to the parts shown beside it: the sum of their whole seconds."""
    return sum(max(0, math.floor(seconds)) for seconds in elapsed)  # shown(), inlined: stats add 60,000 of them


def span_total(windows: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """The window of several parts told one after another: the sums of their ends."""
    pairs = list(windows)
    return sum(low for low, _ in pairs), sum(high for _, high in pairs)


# --- where a time stands -----------------------------------------------------------------


class Standing(Enum):
    SHORT = "short"
    INSIDE = "on time"
    OVER = "over"


@dataclass(frozen=True)
class Verdict:
    standing: Standing
    by: int  # whole seconds outside the window; 0 inside it

    @classmethod
    def from_miss(cls, miss: int) -> Verdict:
        standing = Standing.OVER if miss > 0 else Standing.SHORT if miss < 0 else Standing.INSIDE
        return cls(standing, abs(miss))

    @property
    def miss(self) -> int:
        """Signed: positive over the window's maximum, negative short of its minimum."""
        return -self.by if self.standing is Standing.SHORT else self.by

    @property
    def text(self) -> str:
        return "on time" if self.standing is Standing.INSIDE else f"{clock(self.by)} {self.standing.value}"


def verdict(elapsed: float, low: int, high: int) -> Verdict:
    seconds = shown(elapsed)
    if seconds > high:
        return Verdict(Standing.OVER, seconds - high)
    if seconds < low:
        return Verdict(Standing.SHORT, low - seconds)
    return Verdict(Standing.INSIDE, 0)


def inside(elapsed: float, low: int, high: int) -> bool:
    return verdict(elapsed, low, high).standing is Standing.INSIDE


# --- a running clock ---------------------------------------------------------------------


class Phase(Enum):
    EARLY = "early"  # before the window's minimum
    ON_TIME = "on_time"  # inside the window
    CLOSING = "closing"  # the window's last stretch (see warning_seconds)
    OVER = "over"  # past the window's maximum; the clock keeps running


def warning_seconds(high: int) -> int:
    """How long before a window's end it turns amber: 10 s, or a quarter of a short window."""
    return min(WARNING_SECONDS, high // WARNING_SHARE)


def phase(elapsed: float, low: int, high: int) -> Phase:
    seconds = shown(elapsed)
    if seconds > high:
        return Phase.OVER
    if seconds >= high - warning_seconds(high):
        return Phase.CLOSING
    if seconds >= low:
        return Phase.ON_TIME
    return Phase.EARLY


def countdown(elapsed: float, high: int) -> str:
    """'0:12 left', then '0:03 over': the same seconds the section's clock shows."""
    left = high - shown(elapsed)
    return f"{clock(left)} left" if left >= 0 else f"{clock(-left)} over"


# --- formats -----------------------------------------------------------------------------


def clock(seconds: float) -> str:
    """m:ss of a duration's whole seconds; the sign is left to the caller's words."""
    whole = shown(abs(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def span(low: float, high: float) -> str:
    """m:ss–m:ss, or one m:ss when both ends show the same (a mode scaled to a fixed total)."""
    return clock(high) if clock(low) == clock(high) else f"{clock(low)}–{clock(high)}"


def words(low: int, high: int) -> str:
    """A window as a person says it: '20–30 s', '2–3 min' (whole minutes from two minutes up),
    '2:45–4:00' (both ends two minutes or more, not whole: as the clock that times it shows it)."""
    if high >= 120 and low % 60 == 0 and high % 60 == 0:
        return f"{low // 60}–{high // 60} min" if low != high else f"{high // 60} min"
    if low >= 120:
        return span(low, high)
    return f"{low}–{high} s" if low != high else f"{high} s"


def duration(seconds: float) -> str:
    """A duration in words, from its whole seconds: 41 s, 6 min 12 s, 3 h 05 min."""
    whole = shown(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def change(before: float, after: float) -> str:
    """How a time moved between two attempts, from the whole seconds shown for each."""
    delta = shown(after) - shown(before)
    if delta == 0:
        return "same"
    return f"{'+' if delta > 0 else '−'}{clock(delta)}"
