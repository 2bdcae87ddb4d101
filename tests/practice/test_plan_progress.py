"""Week arithmetic of a followed plan, ticked deliverables, the week's assessment, the trend
and the adjustments a plan's triggers bring, on the fixture plan (weeks 1, 2 and 3-4)."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from systemcraft_tui.content.library import load_library
from systemcraft_tui.core.records import DimensionRating, WeeklyAssessment
from systemcraft_tui.practice.milestones import plan_week
from systemcraft_tui.practice.plan_progress import (
    assessment_of_week,
    deliverable_key,
    parse_day,
    schedule_for,
    shown_week,
    trend,
    week_start,
    with_tick,
)
from systemcraft_tui.practice.weak_areas import triggered_areas

PLAN = load_library([Path(__file__).parent.parent / "fixtures" / "content" / "plan.md"]).get("plan")
START = date(2026, 11, 2)  # a Monday; the plan's weeks need not start on one


def _assessment(day: date, recorded: str = "2026-11-20T18:00", **ratings: int) -> WeeklyAssessment:
    groups = {"story_quality": "behavioral_strength", "delivery_confidence": "behavioral_strength",
              "system_design": "technical_competence", "time_management": "interview_readiness"}
    return WeeklyAssessment(
        day, datetime.fromisoformat(recorded).replace(tzinfo=UTC),
        [DimensionRating(groups[name], name, value) for name, value in ratings.items()], "plan",
    )


def test_today_falls_in_a_week_counted_from_the_start_date():
    assert plan_week(START, date(2026, 11, 8)) == 1
    assert plan_week(START, date(2026, 11, 9)) == 2
    assert plan_week(date(2026, 11, 4), date(2026, 11, 10)) == 1  # a Wednesday start: weeks run Wednesday-Tuesday
    assert week_start(START, 3) == date(2026, 11, 16)
    assert plan_week(START, week_start(START, 3)) == 3


def test_before_the_start_and_after_the_end_show_the_nearest_week():
    assert PLAN.length_weeks == 4
    before = plan_week(START, date(2026, 10, 30))
    after = plan_week(START, date(2026, 12, 10))
    assert (before, shown_week(PLAN, before)) == (0, 1)
    assert (after, shown_week(PLAN, after)) == (6, 4)
    assert shown_week(PLAN, 3) == 3


def test_a_range_of_weeks_is_one_schedule_entry_for_each_of_its_weeks():
    third, fourth = schedule_for(PLAN, 3), schedule_for(PLAN, 4)
    assert third is fourth and third is not None and third.span == "Weeks 3-4"
    assert (second := schedule_for(PLAN, 2)) is not None and second.span == "Week 2"
    assert schedule_for(PLAN, 5) is None
    # one tick for the range, whichever of its weeks it is made in
    assert deliverable_key(third, "Two full mocks") == deliverable_key(fourth, "Two full mocks") == "week 3/Two full mocks"


def test_ticks_are_added_once_and_removed_in_order():
    done = with_tick((), "week 1/a", True)
    done = with_tick(done, "week 2/b", True)
    assert with_tick(done, "week 1/a", True) == ("week 2/b", "week 1/a")
    assert with_tick(done, "week 1/a", False) == ("week 2/b",)
    assert with_tick(done, "week 9/never ticked", False) == done


def test_the_weeks_assessment_is_the_last_recorded_in_that_week():
    monday_style = _assessment(date(2026, 11, 9), story_quality=2)  # another week_start convention, same plan week
    first = _assessment(date(2026, 11, 16), "2026-11-17T08:00", story_quality=3)
    again = _assessment(date(2026, 11, 16), "2026-11-19T08:00", story_quality=4)
    assert assessment_of_week([monday_style, first, again], START, 3) is again
    assert assessment_of_week([monday_style, first, again], START, 2) is monday_style
    assert assessment_of_week([first], START, 4) is None


def test_the_trend_is_the_group_means_per_week_oldest_first_without_empty_weeks():
    later = _assessment(date(2026, 11, 9), story_quality=4, delivery_confidence=5, system_design=2)
    earlier = _assessment(date(2026, 11, 2), story_quality=1, delivery_confidence=2)
    empty = _assessment(date(2026, 11, 16))
    points = trend([later, empty, earlier])
    assert [p.week_start for p in points] == [date(2026, 11, 2), date(2026, 11, 9)]
    assert points[0].means == {"behavioral_strength": 1.5}
    assert points[1].means == {"behavioral_strength": 4.5, "technical_competence": 2.0}


def test_a_group_below_its_trigger_brings_the_plans_adjustment():
    week = _assessment(START, story_quality=2, delivery_confidence=3, system_design=3, time_management=1)
    areas = triggered_areas(week, PLAN.triggers)
    assert [(a.area, a.next_step) for a in areas] == [
        ("Interview readiness", "Increase mock frequency"),
        ("Behavioral strength", "Increase story practice time"),
    ]  # technical is at 3: a trigger fires below its bar, not at it
    assert triggered_areas(_assessment(START, story_quality=5, system_design=4), PLAN.triggers) == []


def test_start_dates_are_typed_as_iso_dates():
    assert parse_day(" 2026-11-02 ") == START
    for typed in ("2026-13-01", "next monday", ""):
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            parse_day(typed)
    with pytest.raises(ValueError, match=r"^No date typed: "):  # not "Nothing is not a date"
        parse_day("  ")


def test_a_plan_that_starts_past_week_one_is_followed_from_its_first_week():
    # A file of one week ("Week 2: Design Rounds") was followed as a plan of two weeks, the
    # first empty ("The plan has no schedule for week 1").
    from systemcraft_tui.content.parser import parse_text
    from systemcraft_tui.practice.milestones import check_milestone
    from systemcraft_tui.practice.plan_progress import week_of

    text = "# March Practice Plan\n\n## Week 2: Design Rounds\n- [ ] Two timed designs\n\n## Week 3: Stories\n- [ ] Eight stories\n"
    (plan,) = parse_text(text, Path("march.md")).items
    assert (plan.first_week, plan.last_week, plan.length_weeks) == (2, 3, 2)
    assert week_of(plan, START, START) == 2 and week_of(plan, START, date(2026, 11, 9)) == 3
    assert week_of(plan, START, date(2026, 11, 1)) == 1  # the day before it starts: before its first week
    assert shown_week(plan, 1) == 2 and shown_week(plan, 9) == 3
    assert week_start(START, 2, plan.first_week) == START and week_start(START, 3, plan.first_week) == date(2026, 11, 9)
    rated = _assessment(date(2026, 11, 9), story_quality=4)
    assert assessment_of_week([rated], START, 3, plan.first_week) is rated
    assert assessment_of_week([rated], START, 2, plan.first_week) is None
    from systemcraft_tui.content.model import Milestone

    due = check_milestone(Milestone(3, "8 stories written"), START, None, 8, (), plan.first_week).due
    assert due == date(2026, 11, 15)  # the end of the plan's week 3: its second week from the start
