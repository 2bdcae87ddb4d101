"""Small formatting helpers shared by the screens."""

from __future__ import annotations

from systemcraft_tui.practice.steps import Step


def clock_text(seconds: float) -> str:
    """m:ss for a duration; the sign is left to the caller's words ("left"/"over")."""
    whole = int(abs(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def clock_span(low: float, high: float) -> str:
    """m:ss–m:ss, or one m:ss when both ends are the same (a mode scaled to a fixed total)."""
    return clock_text(high) if clock_text(low) == clock_text(high) else f"{clock_text(low)}–{clock_text(high)}"


def window_text(step: Step) -> str:
    low, high = step.min_seconds, step.max_seconds
    if high >= 120 and low % 60 == 0 and high % 60 == 0:
        return f"{low // 60}–{high // 60} min" if low != high else f"{high // 60} min"
    return f"{low}–{high} s" if low != high else f"{high} s"

