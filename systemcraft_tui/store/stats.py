"""Figures about the user's practice, computed from the session summaries alone, or summed
by the log's digest (the same figures: tests/store/test_digest.py compares them)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from systemcraft_tui.core.summaries import SessionSummary
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.store.digest import Digest


@dataclass(frozen=True)
class Tally:
    """Sessions practised (completed or abandoned), their time, and their scores."""

    sessions: int = 0
    seconds: int = 0  # the sum of each session's time as its attempt shows it (core.summaries.answering)
    scored: int = 0
    score_total: int = 0

    @classmethod
    def of(cls, sessions: list[SessionSummary], answered: Mapping[str, int]) -> Tally:
        """`answered`: each session's answering time by id, worked out once for every tally."""
        scores = [s.score for s in sessions if s.score is not None]
        return cls(len(sessions), sum(answered[s.id] for s in sessions), len(scores), sum(scores))

    @property
    def mean_score(self) -> float | None:
        return self.score_total / self.scored if self.scored else None


@dataclass(frozen=True)
class PracticeStats:
    completed: int = 0
    abandoned: int = 0
    drafts: int = 0
    overall: Tally = Tally()
    last_7_days: Tally = Tally()
    last_30_days: Tally = Tally()
    by_kind: dict[str, Tally] = field(default_factory=dict)
    by_level: dict[str, Tally] = field(default_factory=dict)
    by_principle: dict[str, Tally] = field(default_factory=dict)
    first: datetime | None = None
    last: datetime | None = None


def digest_stats(digest: Digest, now: datetime) -> PracticeStats:
    """Drafts are counted apart (rehearsals still under way, not practice done): every
    figure summed by the digest, never by a pass over every session."""
    counts = digest.status_counts()
    drafts = counts.get(SessionStatus.DRAFT, 0)
    overall = digest.tally()
    ends = digest.practised_ends()
    if not overall.sessions or ends is None:
        return PracticeStats(drafts=drafts)

    def grouped(column: str, name: Callable[[str], str] = str) -> dict[str, Tally]:
        return {name(key): Tally(**vars(row)) for key, row in digest.tallies_by(column).items()}

    return PracticeStats(
        completed=counts.get(SessionStatus.COMPLETED, 0),
        abandoned=counts.get(SessionStatus.ABANDONED, 0),
        drafts=drafts,
        overall=Tally(**vars(overall)),
        last_7_days=Tally(**vars(digest.tally(now - timedelta(days=7)))),
        last_30_days=Tally(**vars(digest.tally(now - timedelta(days=30)))),
        by_kind=grouped("kind"),
        by_level=grouped("level", lambda level: level or "no level"),
        by_principle=grouped("principle"),
        first=ends[0],
        last=ends[1],
    )
