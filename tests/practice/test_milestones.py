"""Readiness against a plan's milestones: what the log can check is checked, the rest is said to be the user's."""

from datetime import date

from systemcraft_tui.content.model import Milestone
from systemcraft_tui.core.records import DimensionRating, MockRecord, WeeklyAssessment
from systemcraft_tui.practice.milestones import (
    MET,
    NOT_YET,
    UNASSESSED,
    YOURS,
    plan_week,
    readiness,
)
from tests.practice.summaries import at

START = date(2026, 10, 5)
MILESTONES = [
    Milestone(2, "Basic competency in all areas, 8 stories and a repeatable design structure (all scores ≥ 3)"),
    Milestone(4, "Strong competency in focus areas (primary scores ≥ 4)"),
    Milestone(5, "Interview-ready confidence after a full loop simulation (all scores ≥ 4)"),
]


def _assessment(week_start: date, *ratings: int) -> WeeklyAssessment:
    return WeeklyAssessment(week_start, at("2026-11-01 18:00"), [DimensionRating("g", f"d{n}", r) for n, r in enumerate(ratings)])


def test_plan_week():
    assert plan_week(START, date(2026, 10, 4)) == 0
    assert plan_week(START, START) == 1
    assert plan_week(START, date(2026, 10, 11)) == 1
    assert plan_week(START, date(2026, 10, 12)) == 2
    # A plan whose first week is "Week 9": its own numbers, the week before it before it starts.
    assert plan_week(START, START, first=9) == 9
    assert plan_week(START, date(2026, 10, 12), first=9) == 10
    assert plan_week(START, date(2026, 10, 4), first=9) == 8


def test_milestones_check_the_latest_assessment_and_the_story_count():
    older, latest = _assessment(date(2026, 10, 12), 1, 1), _assessment(date(2026, 10, 26), 3, 4, 5)
    checks = readiness(MILESTONES, START, [older, latest], stories=8)
    assert [c.verdict for c in checks] == [MET, YOURS, NOT_YET]
    assert checks[0].due == date(2026, 10, 18)
    assert checks[0].findings == ("lowest rating 3 in the week of 26 Oct (needs ≥ 3)", "8 of 8 own stories written")
    assert checks[1].findings == ()
    assert checks[2].findings == ("lowest rating 3 in the week of 26 Oct (needs ≥ 4)",)


def test_too_few_stories_is_not_yet_even_when_the_scores_pass():
    checks = readiness(MILESTONES[:1], START, [_assessment(date(2026, 10, 26), 5, 5)], stories=3)
    assert checks[0].verdict == NOT_YET and "3 of 8 own stories written" in checks[0].findings


def test_without_an_assessment_score_milestones_cannot_be_met():
    checks = readiness(MILESTONES, START, [], stories=9)
    assert [c.verdict for c in checks] == [UNASSESSED, YOURS, UNASSESSED]
    assert checks[0].findings[0] == "all scores ≥ 3: rate a weekly assessment to check it"


def test_mock_feedback_positive_is_the_verdict_of_the_last_mock_finished_by_the_milestone():
    milestone = [Milestone(3, "Strong performance consistency in the final mock (mock feedback positive)")]  # due 25 Oct

    def mock(day: str, verdict: str | None, status: str = "completed") -> MockRecord:
        return MockRecord("loop", 1, at(f"2026-10-{day} 09:00"), status, None, (), [], {}, verdict)

    assert readiness(milestone, START, [], 0, [])[0].findings == ("mock feedback positive: no mock finished yet",)
    hired = readiness(milestone, START, [], 0, [mock("10", "Not yet"), mock("20", "Hire"), mock("24", None, "abandoned")])[0]
    assert hired.verdict == MET and hired.findings == ("last mock, loop on 20 Oct: Hire (needs Hire or better)",)
    later = readiness(milestone, START, [], 0, [mock("20", "Hire"), mock("22", "Not yet"), mock("27", "Raises the bar")])[0]
    assert later.verdict == NOT_YET  # the last one by 25 Oct said Not yet; the one after is too late
