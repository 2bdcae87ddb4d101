"""Where the user stands in a practice plan: which week to show, the schedule entry that
covers it, the keys of ticked deliverables, the weekly assessment of a week and the trend
of the group means. The week a day falls in is `milestones.plan_week`; group means and
the adjustment triggers are `weak_areas`, so the progress screen and the plan screen
always agree."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from systemcraft_tui.content.model import PracticePlan, Week
from systemcraft_tui.core.records import WeeklyAssessment
from systemcraft_tui.practice.milestones import plan_week
from systemcraft_tui.practice.weak_areas import group_means


def week_start(start: date, number: int, first: int = 1) -> date:
    """The first day of the plan's week `number`, its `first` week starting on the start date."""
    return start + timedelta(weeks=number - first)


def weeks_days(start: date, week: Week, plan_first: int = 1) -> tuple[date, date]:
    """The first and last day of a schedule entry ("Weeks 3-4": the first of week 3, the last of week 4)."""
    return week_start(start, week.first, plan_first), week_start(start, week.last + 1, plan_first) - timedelta(days=1)


def week_of(plan: PracticePlan, start: date, day: date) -> int:
    """The plan's own week that `day` falls in, its first week starting on `start` (a plan of
    "Week 9" alone is in week 9 from its first day); before it starts, a week before its first."""
    return plan_week(start, day, plan.first_week)


def shown_week(plan: PracticePlan, number: int) -> int:
    """The week to show for `number`: itself within the plan, else the nearest end."""
    return min(max(number, plan.first_week), max(plan.last_week, plan.first_week))


def schedule_for(plan: PracticePlan, number: int) -> Week | None:
    """The schedule entry covering the week; "Weeks 3-4" covers both 3 and 4."""
    return next((week for week in plan.weeks if week.first <= number <= week.last), None)


def deliverable_key(week: Week, text: str) -> str:
    """What PlanProgress.done keeps for a ticked deliverable. Keyed by the entry's first
    week and the text, so a range's items are one tick for all its weeks and survive the
    author reordering the list."""
    return f"week {week.first}/{text}"


def with_tick(done: Sequence[str], key: str, ticked: bool) -> tuple[str, ...]:
    """`done` with `key` added or removed, order kept, no repeats."""
    kept = [k for k in done if k != key]
    return (*kept, key) if ticked else tuple(kept)


def assessment_of_week(
    assessments: Iterable[WeeklyAssessment], start: date, number: int, first: int = 1
) -> WeeklyAssessment | None:
    """The assessment made for the plan's week `number`: the one whose week_start falls in
    that week (the app writes the week's first day), the last recorded should there be two."""
    found = [a for a in assessments if plan_week(start, a.week_start, first) == number]
    return max(found, key=lambda a: a.recorded) if found else None


@dataclass(frozen=True)
class WeekMeans:
    week_start: date
    means: dict[str, float]


def trend(assessments: Iterable[WeeklyAssessment]) -> list[WeekMeans]:
    """Each assessed week's group means, oldest first; an assessment with no ratings is left out."""
    points = [WeekMeans(a.week_start, group_means(a)) for a in assessments if a.ratings]
    return sorted(points, key=lambda p: p.week_start)


def parse_day(text: str) -> date:
    """A date typed as YYYY-MM-DD; ValueError says what is wrong in words a user reads."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        said = f"{text.strip()} is not a date" if text.strip() else "No date typed"
        raise ValueError(f"{said}: type it as YYYY-MM-DD, e.g. 2026-11-02") from None
