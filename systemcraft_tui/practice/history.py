"""The practice history: which attempts a set of filters keeps, and two attempts of the
same scenario side by side (time per part and score)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from systemcraft_tui.core.summaries import SessionSummary, TimedPart, answering, search_text
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.core.word_forms import found, needle

# The date ranges the history offers, in days; None keeps every attempt.
RANGES: tuple[tuple[str, int | None], ...] = (
    ("Last 7 days", 7),
    ("Last 30 days", 30),
    ("Last 90 days", 90),
    ("All time", None),
)


@dataclass(frozen=True)
class HistoryFilters:
    text: str = ""  # words that must all appear in the scenario's title or id, as typed or in another form
    kind: str | None = None
    days: int | None = None  # only attempts started within this many days of now


def filter_history(summaries: Iterable[SessionSummary], filters: HistoryFilters, now: datetime) -> list[SessionSummary]:
    """Attempts of every status that pass the filters, in the order given (newest first from the log)."""
    words = [needle(word) for word in filters.text.lower().split()]
    since = now - timedelta(days=filters.days) if filters.days is not None else None
    kept = []
    for s in summaries:
        if filters.kind and s.scenario.kind != filters.kind:
            continue
        if since is not None and s.started < since:
            continue
        if words:
            haystack = search_text(s)
            if not all(found(word, haystack) for word in words):
                continue
        kept.append(s)
    return kept


@dataclass(frozen=True)
class PartDelta:
    """One timed part in both attempts; None where an attempt did not have it, or was left
    before it (`reached` False)."""

    name: str
    before: float | None  # seconds in the earlier attempt
    after: float | None  # seconds in the later one
    reached: bool = True


@dataclass(frozen=True)
class Comparison:
    earlier: SessionSummary
    later: SessionSummary
    parts: tuple[PartDelta, ...]

    @property
    def score_delta(self) -> int | None:
        if self.earlier.score is None or self.later.score is None:
            return None
        return self.later.score - self.earlier.score

    # Each attempt's time answering, as the sum of the whole seconds shown for its parts,
    # so the total row adds up to the rows above it.
    @property
    def earlier_seconds(self) -> int:
        return answering(self.earlier)

    @property
    def later_seconds(self) -> int:
        return answering(self.later)


def _timed(summary: SessionSummary) -> dict[str, TimedPart]:
    # A probe's name is its question, so sections and probes match by name alike.
    return {part.name: part for part in (*summary.sections, *summary.probes)}


def _unreached(summary: SessionSummary) -> set[str]:
    """The parts after the last one an unfinished attempt spent time on: it was left before
    them (their 0 s is no time taken). A completed attempt went through every part."""
    if summary.status == SessionStatus.COMPLETED:
        return set()
    parts = [*summary.sections, *summary.probes]
    last = max((i for i, part in enumerate(parts) if part.actual_seconds > 0), default=-1)
    return {part.name for part in parts[last + 1 :]}


def compare(one: SessionSummary, other: SessionSummary) -> Comparison:
    """The two attempts, earlier first, part by part. Raises ValueError for two scenarios."""
    if one.scenario.id != other.scenario.id:
        raise ValueError(f"{one.scenario.title!r} and {other.scenario.title!r} are different scenarios")
    earlier, later = sorted((one, other), key=lambda s: s.started)
    before, after = _timed(earlier), _timed(later)
    left_before, left_after = _unreached(earlier), _unreached(later)
    names = list(dict.fromkeys([*before, *after]))
    parts = tuple(
        PartDelta(
            name,
            before[name].actual_seconds if name in before and name not in left_before else None,
            after[name].actual_seconds if name in after and name not in left_after else None,
            name not in left_before | left_after,
        )
        for name in names
    )
    return Comparison(earlier, later, parts)
