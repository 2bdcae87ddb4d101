"""Timings as authors write them in labels and headings: "(30-45 seconds)", "(2 minutes)",
"(5-10 minutes)", and the documented defaults used when a file gives none."""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNIT = r"(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)"
_NUMBER = r"\d+(?:\.\d+)?"
_DURATION = re.compile(
    rf"""^\s*(?:~|about|approx\.?|approximately|up\ to)?\s*
    (?P<a>{_NUMBER})\s*-?\s*(?P<ua>{_UNIT})?\s*
    (?:(?:-|–|—|to)\s*(?P<b>{_NUMBER})\s*-?\s*(?P<ub>{_UNIT})?)?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
_PARENS = re.compile(r"\(([^()]*)\)")
_TIME_WORD = re.compile(r"\d|\b(?:sec|second|min|minute|hour|hr)s?\b", re.IGNORECASE)
_SECONDS_PER = {"s": 1, "m": 60, "h": 3600}


class TimingError(ValueError):
    """A timing that is written but cannot be read."""


@dataclass(frozen=True)
class Window:
    min_seconds: int
    max_seconds: int

    @property
    def min_minutes(self) -> int:
        return round(self.min_seconds / 60)

    @property
    def max_minutes(self) -> int:
        return round(self.max_seconds / 60)


def parse_duration(text: str) -> Window:
    """Read "30-45 seconds", "2 minutes", "1.5 min", "30 sec to 1 min" as a window in seconds."""
    match = _DURATION.match(text)
    if not match:
        raise TimingError(f"unreadable timing {text.strip()!r}: write it like (30-45 seconds) or (2 minutes)")
    unit_a, unit_b = match["ua"], match["ub"]
    if not unit_a and not unit_b:
        raise TimingError(f"timing {text.strip()!r} has no unit: write seconds or minutes")
    low = float(match["a"]) * _SECONDS_PER[(unit_a or unit_b)[0].lower()]
    high = float(match["b"]) * _SECONDS_PER[(unit_b or unit_a)[0].lower()] if match["b"] else low
    return Window(round(low), round(high))


def split_timing(label: str) -> tuple[str, Window | None]:
    """Take a timing in parentheses out of a label: ("Situation", 30..45 s) from
    "Situation (30-45 seconds)". Parentheses that hold no time, like "(optional)",
    are left in the name. Raises TimingError for a timing that cannot be read."""
    for match in _PARENS.finditer(label):
        inner = match.group(1)
        if not _TIME_WORD.search(inner):
            continue
        window = parse_duration(inner)
        name = (label[: match.start()] + label[match.end() :]).strip(" \t:-–—")
        return name, window
    return label.strip(), None


# Documented defaults (README, "Timings"): used for a STAR section whose label has no
# timing. L6 uses the template's own windows; L7 answers carry a longer Action.
DEFAULT_STAR_SECONDS: dict[str, dict[str, tuple[int, int]]] = {
    "L6": {"Situation": (30, 45), "Task": (15, 30), "Action": (90, 120), "Result": (30, 45)},
    "L7": {"Situation": (30, 45), "Task": (20, 30), "Action": (120, 150), "Result": (35, 45)},
}

# Phases offered when a system design file times none of its headings.
DEFAULT_DESIGN_PHASES: tuple[tuple[str, int, int], ...] = (
    ("Requirements Clarification", 5, 5),
    ("High-Level Architecture", 8, 10),
    ("Deep Dive Components", 15, 20),
    ("Scale and Performance", 8, 10),
    ("Trade-offs and Wrap-up", 5, 10),
    ("Follow-up Questions", 5, 5),
)


def default_star_window(section: str, levels: tuple[str, ...]) -> Window:
    """The default window for a STAR section at the most senior level given (L6 if none)."""
    level = "L7" if any(int(lvl[1:]) >= 7 for lvl in levels) else "L6"
    low, high = DEFAULT_STAR_SECONDS[level][section]
    return Window(low, high)
