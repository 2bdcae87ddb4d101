"""Figures about the user's practice, computed from the session summaries alone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from systemcraft_tui.store.summaries import SessionSummary


@dataclass
class Tally:
    """Sessions practised (completed or abandoned), their time, and their scores."""

    sessions: int = 0
    seconds: float = 0.0
    scored: int = 0
    score_total: int = 0

    def add(self, session: SessionSummary) -> None:
        self.sessions += 1
        self.seconds += session.practice_seconds
        if session.score is not None:
            self.scored += 1
            self.score_total += session.score

    @property
    def mean_score(self) -> float | None:
        return self.score_total / self.scored if self.scored else None


@dataclass
class PracticeStats:
    completed: int = 0
    abandoned: int = 0
    drafts: int = 0
    overall: Tally = field(default_factory=Tally)
    last_7_days: Tally = field(default_factory=Tally)
    last_30_days: Tally = field(default_factory=Tally)
    by_kind: dict[str, Tally] = field(default_factory=dict)
    by_level: dict[str, Tally] = field(default_factory=dict)
    by_principle: dict[str, Tally] = field(default_factory=dict)
    first: datetime | None = None
    last: datetime | None = None


def practice_stats(summaries: Iterable[SessionSummary], now: datetime) -> PracticeStats:
    """Drafts are counted apart: they are rehearsals still under way, not practice done."""
    stats = PracticeStats()
    week_ago, month_ago = now - timedelta(days=7), now - timedelta(days=30)
    for s in summaries:
        if s.status == "draft":
            stats.drafts += 1
            continue
        if s.status == "completed":
            stats.completed += 1
        else:
            stats.abandoned += 1
        stats.overall.add(s)
        if s.started >= week_ago:
            stats.last_7_days.add(s)
        if s.started >= month_ago:
            stats.last_30_days.add(s)
        stats.by_kind.setdefault(s.scenario.kind, Tally()).add(s)
        stats.by_level.setdefault(s.scenario.level or "no level", Tally()).add(s)
        for principle in s.principles:
            stats.by_principle.setdefault(principle, Tally()).add(s)
        stats.first = s.started if stats.first is None else min(stats.first, s.started)
        stats.last = s.started if stats.last is None else max(stats.last, s.started)
    return stats
