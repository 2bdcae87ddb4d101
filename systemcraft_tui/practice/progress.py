"""Where the user stands, from the practice log alone: practice per week, the streak, the
16 Leadership Principles and the timing of each STAR section.

Pure functions over session summaries (sessions without their notes), so the progress
screen stays fast at 10,000 sessions. "Practised" means completed or abandoned: a
rehearsal left part-way is still time spent, as `systemcraft stats` counts it. Drafts are
rehearsals under way and never count. Days are the user's local days (`tz`)."""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol, TypeVar

from systemcraft_tui.content.principles import PRINCIPLES, canonical_principle
from systemcraft_tui.core.records import Story
from systemcraft_tui.core.summaries import SessionSummary, heard_figures
from systemcraft_tui.core.vocabulary import ItemKind, SessionStatus
from systemcraft_tui.core.windows import verdict

PRACTISED = (SessionStatus.COMPLETED, SessionStatus.ABANDONED)
STAR_NAMES = ("Situation", "Task", "Action", "Result")
STAR_KINDS = (ItemKind.BEHAVIORAL, ItemKind.STORY)  # own stories are rehearsed with the same STAR timers


class Timed(Protocol):
    """What the weeks of practice read of a session: a SessionSummary, or the log digest's row."""

    @property
    def started(self) -> datetime: ...
    @property
    def status(self) -> SessionStatus: ...
    @property
    def practice_seconds(self) -> float: ...
    @property
    def score(self) -> int | None: ...


T = TypeVar("T", bound=Timed)


def practised(summaries: Iterable[T]) -> list[T]:
    return [s for s in summaries if s.status in PRACTISED]


def local_day(instant: datetime, tz: tzinfo) -> date:
    return instant.astimezone(tz).date()


def week_start(day: date) -> date:
    """The Monday of the day's week."""
    return day - timedelta(days=day.weekday())


# --- per week -------------------------------------------------------------------------


@dataclass(frozen=True)
class PracticeWeek:
    start: date  # a Monday
    sessions: int
    minutes: float
    mean_score: float | None  # of that week's completed, scored sessions


def practice_weeks(summaries: Iterable[Timed], today: date, tz: tzinfo, limit: int = 12) -> list[PracticeWeek]:
    """The last `limit` weeks up to this one, empty weeks included so a pause (or the time
    before the first practice) shows as such: a chart of them always spans the same weeks.
    Nothing at all when nothing was ever practised."""
    current = week_start(today)
    oldest_shown = current - timedelta(weeks=limit - 1)
    counts: dict[date, int] = defaultdict(int)
    seconds: dict[date, float] = defaultdict(float)
    scores: dict[date, list[int]] = defaultdict(list)
    ever = False
    for s in practised(summaries):
        week = week_start(local_day(s.started, tz))
        if week > current:
            continue
        ever = True
        if week < oldest_shown:
            continue
        counts[week] += 1
        seconds[week] += s.practice_seconds
        if s.status == SessionStatus.COMPLETED and s.score is not None:
            scores[week].append(s.score)
    if not ever:
        return []
    start = oldest_shown
    weeks = []
    while start <= current:
        week_scores = scores.get(start)
        mean = statistics.fmean(week_scores) if week_scores else None
        weeks.append(PracticeWeek(start, counts.get(start, 0), seconds.get(start, 0.0) / 60, mean))
        start += timedelta(weeks=1)
    return weeks


def streak_of(days: Iterable[date], today: date) -> int:
    """The streak from the days completed sessions started on, newest first (repeats and
    days after today allowed): read only as far back as the streak goes."""
    expected: date | None = None
    streak = 0
    for day in days:
        if day > today or (expected is not None and day > expected):
            continue  # later than today, or a day already counted
        if expected is None:
            if day < today - timedelta(days=1):
                return 0
            expected = day
        if day < expected:
            break
        streak += 1
        expected = day - timedelta(days=1)
    return streak


# --- principles -------------------------------------------------------------------------


@dataclass(frozen=True)
class PrincipleStanding:
    name: str
    stories: int  # the user's own stories that list it
    sessions: int  # practised sessions that covered it
    mean_score: float | None  # of those sessions that were completed and scored
    last_practised: datetime | None

    @property
    def gaps(self) -> tuple[str, ...]:
        return tuple(gap for gap, missing in (("no story", not self.stories), ("never practised", not self.sessions)) if missing)


@dataclass(frozen=True)
class PrincipleFigures:
    """What the practised sessions listing one principle add up to (the log's digest
    keeps the same sums, so they need not be read session by session)."""

    sessions: int  # practised sessions that list it, once per listing
    scored: int  # of them, completed with a score
    score_total: int
    last: datetime | None


def principle_figures(summaries: Iterable[SessionSummary]) -> dict[str, PrincipleFigures]:
    sessions: dict[str, int] = defaultdict(int)
    scores: dict[str, list[int]] = defaultdict(list)
    last: dict[str, datetime] = {}
    for s in practised(summaries):
        for name in s.principles:
            sessions[name] += 1
            if s.status == SessionStatus.COMPLETED and s.score is not None:
                scores[name].append(s.score)
            if name not in last or s.started > last[name]:
                last[name] = s.started
    return {name: PrincipleFigures(n, len(scores[name]), sum(scores[name]), last.get(name)) for name, n in sessions.items()}


def principle_standings(summaries: Iterable[SessionSummary], stories: Iterable[Story]) -> list[PrincipleStanding]:
    """One row per Leadership Principle, in the canonical order."""
    return standings_of(principle_figures(summaries), stories)


def standings_of(figures: Mapping[str, PrincipleFigures], stories: Iterable[Story]) -> list[PrincipleStanding]:
    story_counts: dict[str, int] = defaultdict(int)
    for story in stories:
        for name in {name for p in story.principles if (name := canonical_principle(p)) is not None}:
            story_counts[name] += 1
    none = PrincipleFigures(0, 0, 0, None)
    return [
        PrincipleStanding(
            name,
            story_counts.get(name, 0),
            (found := figures.get(name, none)).sessions,
            found.score_total / found.scored if found.scored else None,
            found.last,
        )
        for name in PRINCIPLES
    ]


# --- STAR timing -------------------------------------------------------------------------


@dataclass(frozen=True)
class SectionTiming:
    name: str
    attempts: int
    on_time: int  # attempts inside their window
    median_miss: int  # whole seconds outside the window (windows.Verdict.miss), the median
    # The answers that ran over and those that fell short, each with its own median: the
    # median of all misses reads "on time" when as many ran over as fell short.
    over: int
    median_over: int  # seconds, 0 when none ran over
    short: int
    median_short: int  # seconds short, as a positive number, 0 when none fell short

    @property
    def on_time_share(self) -> float:
        return self.on_time / self.attempts


def _median(counts: Sequence[tuple[int, int]]) -> int:
    """The median of values given as (value, how many), in ascending order, to the whole
    second (of two middle values, their mean); 0 for none. A lower median of the signed
    misses took the larger of two shortfalls, and of the shortfalls alone the smaller: the
    weakest area and the timing table beside it gave one section two medians."""
    total = sum(n for _, n in counts)
    if not total:
        return 0
    wanted = sorted({(total - 1) // 2, total // 2})
    middle: list[int] = []
    seen = 0
    for value, n in counts:
        middle += [value for index in wanted if seen <= index < seen + n]
        seen += n
    return math.floor(sum(middle) / len(middle) + 0.5)  # a half second up, as a clock would count it


def section_timing(name: str, counts: Iterable[tuple[int, int]]) -> SectionTiming:
    """A section's timing from its misses, as (miss in seconds, how many answers missed by it)."""
    ordered = sorted(counts)
    over = [(miss, n) for miss, n in ordered if miss > 0]
    short = [(-miss, n) for miss, n in reversed(ordered) if miss < 0]
    return SectionTiming(
        name,
        sum(n for _, n in ordered),
        sum(n for miss, n in ordered if miss == 0),
        _median(ordered),
        sum(n for _, n in over),
        _median(over),
        sum(n for _, n in short),
        _median(short),
    )


def star_timing(summaries: Iterable[SessionSummary]) -> list[SectionTiming]:
    """Each STAR section's timing over completed behavioral and story sessions, measured
    against the window each attempt was given (a 2-minute version has shorter ones)."""
    misses: dict[str, Counter[int]] = {name: Counter() for name in STAR_NAMES}
    for s in summaries:
        if s.status != SessionStatus.COMPLETED or s.scenario.kind not in STAR_KINDS:
            continue
        for part in s.sections:
            if part.name in misses:
                misses[part.name][verdict(part.actual_seconds, part.planned_min_seconds, part.planned_max_seconds).miss] += 1
    return [section_timing(name, found.items()) for name, found in misses.items() if found]


def last_practised(summaries: Iterable[SessionSummary]) -> dict[str, datetime]:
    """When each scenario (by id) was last practised."""
    last: dict[str, datetime] = {}
    for s in practised(summaries):
        if s.scenario.id not in last or s.started > last[s.scenario.id]:
            last[s.scenario.id] = s.started
    return last


# --- delivery, from the sessions heard with voice --------------------------------------------


@dataclass(frozen=True)
class DeliveryPoint:
    """How one session heard with voice sounded, over all its parts heard."""

    started: datetime
    title: str
    words_per_minute: float
    fillers_per_minute: float
    long_pauses: int


def delivery_trend(summaries: Iterable[SessionSummary], limit: int = 8) -> list[DeliveryPoint]:
    """The latest `limit` practised sessions heard with voice in which something was said,
    oldest first: pace and fillers a minute over their audio, and their long pauses."""
    points = [
        DeliveryPoint(s.started, s.scenario.title, *figures)
        for s in practised(summaries)
        if (figures := heard_figures(s.heard)) is not None
    ]
    return sorted(points, key=lambda p: p.started)[-limit:]
