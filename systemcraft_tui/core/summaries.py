"""A session without its notes, for everything that looks across the whole history (stats,
progress, the library's "last practised"); the store keeps one per session in its summary
files (store/summaries.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from systemcraft_tui.core.records import ScenarioRef, Session
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.core.windows import total


@dataclass(frozen=True, slots=True)
class TimedPart:
    """A section or probe's window and time, without its notes."""

    name: str
    planned_min_seconds: int
    planned_max_seconds: int
    actual_seconds: float


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """Everything of a session but its notes and the check explanations."""

    id: str
    scenario: ScenarioRef
    mode: str
    status: SessionStatus
    started: datetime
    finished: datetime | None
    score: int | None
    principles: tuple[str, ...]
    red_flags: tuple[str, ...]
    ratings: dict[str, int]
    practice_seconds: float  # every section and probe
    checks_passed: int
    checks_total: int
    # [name, min, max, actual] per section, then per probe; TimedParts are made only when asked
    # for, since stats over 10,000 sessions never need them.
    _timings: list[list[Any]] = field(repr=False)
    _section_count: int = field(repr=False)
    # [words, seconds of audio, fillers, long pauses] over the parts heard with voice; None if none was
    heard: list[float] | None = None

    @property
    def sections(self) -> tuple[TimedPart, ...]:
        return tuple(TimedPart(*part) for part in self._timings[: self._section_count])

    @property
    def probes(self) -> tuple[TimedPart, ...]:
        return tuple(TimedPart(*part) for part in self._timings[self._section_count :])


def summarize(session: Session) -> SessionSummary:
    timings = [[s.name, s.planned_min_seconds, s.planned_max_seconds, s.actual_seconds] for s in session.sections]
    timings += [[p.question, p.planned_min_seconds, p.planned_max_seconds, p.actual_seconds] for p in session.probes]
    return SessionSummary(
        id=session.id,
        scenario=session.scenario,
        mode=session.mode,
        status=session.status,
        started=session.started,
        finished=session.finished,
        score=session.score,
        principles=tuple(session.principles),
        red_flags=tuple(session.red_flags),
        ratings=dict(session.ratings),
        practice_seconds=session.practice_seconds,
        checks_passed=sum(c.passed for c in session.checks),
        checks_total=len(session.checks),
        _timings=timings,
        _section_count=len(session.sections),
        heard=heard_totals(session),
    )


def search_text(summary: SessionSummary) -> str:
    """What a search of the history looks in: the scenario's title and id (the store's
    digest keeps it for each session, so a search of 100,000 never builds them)."""
    return f"{summary.scenario.title} {summary.scenario.id}".lower()


def heard_totals(session: Session) -> list[float] | None:
    """[words, seconds of audio, fillers, long pauses] over the parts heard with voice."""
    parts = [part for part in session.spoken if part is not None]
    if not parts:
        return None
    return [
        sum(p.words for p in parts),
        sum(p.seconds for p in parts),
        sum(len(p.fillers) for p in parts),
        sum(len(p.pauses) for p in parts),
    ]


def answering(attempt: Session | SessionSummary) -> int:
    """Whole seconds spent answering: the sum of the times shown for its sections and
    probes, so that a total adds up to the parts listed beside it."""
    if isinstance(attempt, SessionSummary):  # from its plain timings: stats read 10,000 of these
        return total(part[3] for part in attempt._timings)
    return total(s.actual_seconds for s in attempt.sections) + total(p.actual_seconds for p in attempt.probes)


def heard_figures(heard: list[float] | None) -> tuple[float, float, int] | None:
    """Words and fillers a minute over the audio, and the long pauses, from heard_totals;
    None when the session was not heard with voice or nothing was said."""
    if heard is None:
        return None
    words, seconds, fillers, pauses = heard
    if not words or seconds <= 0:
        return None
    return words * 60 / seconds, fillers * 60 / seconds, int(pauses)
