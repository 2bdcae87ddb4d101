"""Seconds as people read them."""

from __future__ import annotations


def human_duration(seconds: float) -> str:
    """41 s, 6 min 12 s, 3 h 05 min."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def window(low: int, high: int) -> str:
    """A planned window: 30-45 s, 90-120 s, 2 min, 5-10 min."""
    if low == high:
        return human_duration(low)
    if high >= 600 and low % 60 == 0 and high % 60 == 0:
        return f"{low // 60}-{high // 60} min"
    if high >= 600:
        return f"{human_duration(low)} to {human_duration(high)}"
    return f"{low}-{high} s"
