"""Full passes over every session summary: what the app computed before the digest, kept
as the reference the digest's sums are checked against."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta, tzinfo

from systemcraft_tui.core.summaries import SessionSummary, answering
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.practice.progress import local_day, streak_of
from systemcraft_tui.store.stats import PracticeStats, Tally


def practice_stats(summaries: Iterable[SessionSummary], now: datetime) -> PracticeStats:
    """Drafts are counted apart: they are rehearsals still under way, not practice done."""
    summaries = list(summaries)
    practised = [s for s in summaries if s.status != SessionStatus.DRAFT]
    if not practised:
        return PracticeStats(drafts=len(summaries))
    answered = {s.id: answering(s) for s in practised}
    by_principle: dict[str, list[SessionSummary]] = defaultdict(list)
    for s in practised:
        for principle in s.principles:
            by_principle[principle].append(s)
    return PracticeStats(
        completed=sum(s.status == SessionStatus.COMPLETED for s in practised),
        abandoned=sum(s.status == SessionStatus.ABANDONED for s in practised),
        drafts=len(summaries) - len(practised),
        overall=Tally.of(practised, answered),
        last_7_days=Tally.of([s for s in practised if s.started >= now - timedelta(days=7)], answered),
        last_30_days=Tally.of([s for s in practised if s.started >= now - timedelta(days=30)], answered),
        by_kind=_grouped(practised, lambda s: s.scenario.kind, answered),
        by_level=_grouped(practised, lambda s: s.scenario.level or "no level", answered),
        by_principle={name: Tally.of(group, answered) for name, group in by_principle.items()},
        first=min(s.started for s in practised),
        last=max(s.started for s in practised),
    )


def _grouped(
    sessions: list[SessionSummary], key: Callable[[SessionSummary], str], answered: Mapping[str, int]
) -> dict[str, Tally]:
    groups: dict[str, list[SessionSummary]] = defaultdict(list)
    for s in sessions:
        groups[key(s)].append(s)
    return {name: Tally.of(group, answered) for name, group in groups.items()}


def current_streak(summaries: Iterable[SessionSummary], today: date, tz: tzinfo) -> int:
    """Consecutive days, up to today, with at least one completed session. A day not yet
    practised today does not break the streak: it counts back from yesterday then."""
    days = {local_day(s.started, tz) for s in summaries if s.status == SessionStatus.COMPLETED}
    return streak_of(sorted(days, reverse=True), today)
