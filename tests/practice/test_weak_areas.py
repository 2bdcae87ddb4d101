"""The weakest-area ranking: plan triggers first, then principles and STAR timing from the log."""

from datetime import UTC, date, datetime
from pathlib import Path

from systemcraft_tui.content.model import (
    BehavioralScenario,
    Origin,
    PrincipleRef,
    Trigger,
)
from systemcraft_tui.core.records import DimensionRating, WeeklyAssessment
from systemcraft_tui.practice.progress import (
    PrincipleStanding,
    principle_standings,
    section_timing,
)
from systemcraft_tui.practice.weak_areas import (
    group_means,
    suggest_scenario,
    trigger_applies,
    weakest_areas,
)
from tests.practice.summaries import at, summary

TRIGGERS = [
    Trigger("If behavioral scores < 3", "behavioral", 3.0, "Swap two technical sessions for story work"),
    Trigger("If technical scores < 3", "technical", 3.0, "Redo two earlier problems slowly"),
    Trigger("If interview scores < 3", "interview", 3.0, "Add a short extra mock"),
]


def _assessment(**groups: tuple[int, ...]) -> WeeklyAssessment:
    ratings = [DimensionRating(group, f"{group}-{n}", r) for group, values in groups.items() for n, r in enumerate(values)]
    return WeeklyAssessment(date(2026, 10, 26), at("2026-11-01 18:00"), ratings, "6-week-plan")


def _scenario(sid: str, title: str, *principles: str) -> BehavioralScenario:
    refs = [PrincipleRef(p, p, None, "", 1) for p in principles]
    return BehavioralScenario(sid, title, None, ("L6",), Origin(Path("x.md"), 1), "h", principles=refs)


def _standing(name: str, stories: int = 0, sessions: int = 0, mean: float | None = None) -> PrincipleStanding:
    last = datetime(2026, 11, 1, tzinfo=UTC) if sessions else None
    return PrincipleStanding(name, stories, sessions, mean, last)


def test_group_means_and_trigger_matching():
    assessment = _assessment(behavioral_strength=(2, 3, 3), technical_competence=(4, 5, 3))
    assert group_means(assessment) == {"behavioral_strength": 8 / 3, "technical_competence": 4}
    assert trigger_applies(TRIGGERS[0], "behavioral_strength")
    assert not trigger_applies(TRIGGERS[0], "technical_competence")
    assert trigger_applies(TRIGGERS[2], "interview_readiness")


def test_groups_below_the_bar_bring_the_plans_recommendation_lowest_first():
    assessment = _assessment(behavioral_strength=(2, 3, 3), technical_competence=(4, 5, 3), interview_readiness=(1, 2, 3))
    standings = [_standing("Frugality", sessions=2, mean=40)]
    areas = weakest_areas(assessment, TRIGGERS, standings, [], [], {})
    assert [a.area for a in areas] == ["Interview readiness", "Behavioral strength", "Frugality"]
    assert areas[0].next_step == "Add a short extra mock"
    assert "2.0/5, below 3" in areas[0].evidence and "26 Oct 2026" in areas[0].evidence
    assert areas[1].next_step == "Swap two technical sessions for story work"


def test_a_group_at_the_bar_does_not_trigger():
    assessment = _assessment(behavioral_strength=(3, 3, 3))
    areas = weakest_areas(assessment, TRIGGERS, [_standing("Ownership", 1, 3, 90)], [], [], {})
    assert [a.area for a in areas] == ["Ownership"]


def test_without_assessments_principles_rank_unpractised_then_lowest_mean_with_the_worst_timing_second():
    standings = [
        _standing("Ownership", stories=1, sessions=5, mean=82),
        _standing("Frugality", stories=0, sessions=3, mean=41),
        _standing("Dive Deep", stories=2, sessions=0),
        _standing("Think Big", stories=0, sessions=0),
        _standing("Earn Trust", stories=1, sessions=2, mean=55),
    ]
    timing = [section_timing("Situation", [(0, 8), (5, 2)]), section_timing("Action", [(0, 2), (34, 8)]), section_timing("Result", [(-12, 5), (0, 5)])]
    areas = weakest_areas(None, TRIGGERS, standings, timing, [], {})
    assert [a.area for a in areas] == ["Think Big", "Action timing", "Dive Deep"]
    assert areas[0].evidence == "never practised; no own story"
    assert areas[1].evidence == "median 0:34 over its window; on time in 2 of 10 answers"
    assert areas[1].next_step.startswith("Keep the three decisions")
    assert areas[2].next_step == "Rehearse your own story for it"


def test_practised_principles_rank_by_mean_score():
    standings = [_standing(p, 1, 3, mean) for p, mean in (("Ownership", 80), ("Frugality", 41), ("Earn Trust", 55), ("Dive Deep", 60))]
    areas = weakest_areas(None, [], standings, [section_timing("Task", [(0, 4)])], [], {})
    assert [a.area for a in areas] == ["Frugality", "Earn Trust", "Dive Deep"]  # timing on target: no timing area
    assert areas[0].evidence == "mean score 41 over 3 sessions"


def test_short_sections_are_weak_too():
    areas = weakest_areas(None, [], [_standing("Ownership", 1, 3, 90)], [section_timing("Result", [(-10, 3), (0, 1)])], [], {})
    assert areas[1].area == "Result timing" and "median 0:10 short of its window" in areas[1].evidence


def test_next_step_names_a_scenario_on_the_principle_never_practised_first():
    scenarios = [
        _scenario("a", "Cut costs in a downturn", "Frugality"),
        _scenario("b", "Said no to the VP", "Have Backbone; Disagree and Commit", "Frugality"),
        _scenario("c", "Ran the team on half the budget", "Frugality"),
    ]
    last = {"a": at("2026-10-01 08:00"), "c": at("2026-09-01 08:00")}
    assert suggest_scenario("Frugality", scenarios, last).id == "c"  # primary ones only; oldest practice
    assert suggest_scenario("Frugality", scenarios, {"a": at("2026-10-01 08:00")}).id == "c"  # never practised
    assert suggest_scenario("Have Backbone; Disagree and Commit", scenarios, last).id == "b"
    assert suggest_scenario("Think Big", scenarios, last) is None
    area = weakest_areas(None, [], [_standing("Frugality", stories=0, sessions=2, mean=30)], [], scenarios, last)[0]
    assert area.next_step == 'Rehearse "Ran the team on half the budget" (practised longest ago); then write your own story for it'


def test_ranking_from_a_real_log():
    summaries = [summary("2026-11-01 08:00", score=30, principles=("Frugality",), times={"Action": 200})]
    standings = principle_standings(summaries, [])
    areas = weakest_areas(None, [], standings, [], [], {})
    # Fifteen principles were never practised and have no story: the first three in canonical order.
    assert [a.area for a in areas] == ["Customer Obsession", "Ownership", "Invent and Simplify"]
