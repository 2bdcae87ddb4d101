"""The FSRS mapping, the due queue, the weakest principle and the practice-next choice."""

import dataclasses
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Rating

from systemcraft_tui.content.library import load_library
from systemcraft_tui.core.records import ScenarioRef, Story
from systemcraft_tui.core.summaries import summarize
from systemcraft_tui.practice.card_review import rating_for, review, review_session
from systemcraft_tui.practice.progress import last_practised, principle_standings
from systemcraft_tui.practice.scheduling import practice_next, schedule, since, subjects
from tests.store import factories

ITEMS = load_library([Path(__file__).parent.parent / "fixtures" / "content"]).items
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def scored(scenario_id: str, score: int, principles: tuple[str, ...], *, kind: str = "behavioral", days_ago: float = 1, status: str = "completed"):
    """A summary of a realistic session, pointed at the given scenario."""
    session = factories.session(random.Random(score), 1, notes_chars=0, status=status)
    started = NOW - timedelta(days=days_ago)
    return summarize(
        dataclasses.replace(
            session,
            scenario=ScenarioRef(scenario_id, scenario_id, kind, "L6", "sha256:x"),
            started=started,
            finished=started + timedelta(minutes=6),
            score=score if status == "completed" else None,
            principles=principles,
        )
    )


@pytest.mark.parametrize(
    ("score", "rating"),
    [(0, Rating.Again), (49, Rating.Again), (50, Rating.Hard), (69, Rating.Hard), (70, Rating.Good), (84, Rating.Good), (85, Rating.Easy), (100, Rating.Easy)],
)
def test_score_bands_map_to_ratings(score, rating):
    assert rating_for(score) is rating


def test_first_review_schedules_by_rating_and_uses_the_finish_time():
    due = {score: review(None, "scenario", "s", score, NOW).due - NOW for score in (30, 60, 75, 95)}
    assert due[30] == timedelta(days=1)  # Again: the one-day learning step
    assert due[60] == timedelta(days=1, hours=12)  # Hard: 1.5 × the step
    assert timedelta(days=1) < due[75] < due[95]  # Good and Easy graduate, Easy further out
    card = review(None, "scenario", "s", 75, NOW)
    assert (card.state, card.step, card.last_review) == ("review", None, NOW)


def test_a_good_review_on_time_pushes_the_card_further_and_a_bad_one_brings_it_back():
    card = review(None, "scenario", "s", 80, NOW)
    good = review(card, "scenario", "s", 80, card.due)
    assert good.due - card.due > card.due - NOW
    again = review(good, "scenario", "s", 20, good.due)
    assert again.state == "relearning" and again.due - good.due == timedelta(days=1)
    assert again.difficulty > good.difficulty


def test_review_session_finds_the_card_by_subject():
    story_card = review(None, "story", "abc", 90, NOW - timedelta(days=30))
    scenario_card = review(None, "scenario", "abc", 90, NOW - timedelta(days=30))
    moved = review_session([scenario_card, story_card], "story", "abc", 40, NOW)
    assert moved.subject == "story" and moved.last_review == NOW
    assert moved.stability != review(None, "story", "abc", 40, NOW).stability  # it continued the old card


def test_new_subjects_are_due_now_and_reviewed_ones_when_the_card_says():
    found = subjects(ITEMS)
    assert [s.id for s in found] == [i.id for i in ITEMS if i.kind in ("behavioral", "system_design")]
    reviewed = review(None, "scenario", found[0].id, 90, NOW)
    queue = schedule(found, [reviewed], NOW)
    assert queue[-1].subject.id == found[0].id and not queue[-1].new and queue[-1].due > NOW
    assert all(s.new and s.due == NOW for s in queue[:-1])


def test_overdue_ordering_most_overdue_first_then_weakest_principle():
    found = subjects(ITEMS)
    by_id = {s.id: s for s in found}
    late = review(None, "scenario", "collection/l6-scenario-4", 20, NOW - timedelta(days=9))  # due 8 days ago
    later = review(None, "scenario", "system-design", 20, NOW - timedelta(days=3))  # due 2 days ago
    queue = schedule(found, [later, late], NOW, weakest=["Have Backbone; Disagree and Commit", "Customer Obsession"])
    assert [s.subject.id for s in queue] == [
        "collection/l6-scenario-4",
        "system-design",
        "collection/l7-scenario-5",  # primary: Have Backbone, the weakest
        "template-single/co-01",  # primary: Customer Obsession
    ]
    assert by_id["collection/l7-scenario-5"].principle == "Have Backbone; Disagree and Commit"


def test_practice_next_on_an_empty_log_picks_a_new_scenario_of_the_weakest_principle():
    pick = practice_next(ITEMS, [], [], principle_standings([], []), last_practised([]), NOW)
    assert pick.subject.id == "template-single/co-01"  # Customer Obsession: first never practised
    assert pick.reason == "New: never rehearsed; weakest principle: Customer Obsession."


def test_practice_next_takes_the_most_overdue_card_scenario_or_story():
    story = factories.story(random.Random(1), 1)
    rehearsed = [review(None, "scenario", s.id, 90, NOW - timedelta(days=1)) for s in subjects(ITEMS)]
    story_card = review(None, "story", story.id, 10, NOW - timedelta(days=5))  # due 4 days ago
    pick = practice_next(ITEMS, [story], [*rehearsed, story_card], principle_standings([], [story]), last_practised([]), NOW)
    assert pick.subject.subject == "story" and pick.subject.id == story.id
    assert pick.reason == "Most overdue: due 4 days ago."


def test_when_nothing_is_due_practice_next_goes_to_the_weakest_principle():
    cards = [review(None, "scenario", s.id, 95, NOW) for s in subjects(ITEMS)]
    summaries = [
        scored("template-single/co-01", 90, ("Customer Obsession", "Dive Deep", "Deliver Results")),
        scored("collection/l6-scenario-4", 45, ("Ownership", "Have Backbone; Disagree and Commit", "Success and Scale Bring Broad Responsibility")),
        scored("collection/l7-scenario-5", 60, ("Have Backbone; Disagree and Commit", "Hire and Develop the Best", "Strive to be Earth's Best Employer")),
    ]
    pick = practice_next(ITEMS, [], cards, principle_standings(summaries, []), last_practised(summaries), NOW)
    # Never-practised principles rank first, but no scenario covers them; then Ownership (45).
    assert pick.subject.id == "collection/l6-scenario-4"
    assert pick.reason == "Nothing is due. Weakest principle: Ownership (mean score 45 over 1 session; no own story)."
    mine = Story("Mine", NOW, NOW, principles=("Ownership",))
    summaries.append(scored("template-single/co-01", 30, ("Customer Obsession",)))
    summaries.append(scored("template-single/co-01", 10, ("Customer Obsession",)))  # CO: mean 43, below Ownership
    assert practice_next(ITEMS, [mine], [*cards, review(None, "story", mine.id, 95, NOW)], principle_standings(summaries, [mine]), last_practised(summaries), NOW).subject.id == "template-single/co-01"


def test_with_no_principled_scenario_the_soonest_card_comes_next():
    designs = [item for item in ITEMS if item.kind == "system_design"]
    cards = [review(None, "scenario", designs[0].id, 95, NOW)]
    pick = practice_next(designs, [], cards, principle_standings([], []), last_practised([]), NOW)
    assert pick.subject.id == designs[0].id and pick.reason.startswith("Nothing is due; this comes due soonest, in 8 days")
    assert practice_next([], [], [], principle_standings([], []), last_practised([]), NOW) is None


def test_since_reads_like_speech():
    assert since(timedelta(days=2, hours=3)) == "2 days"
    assert since(timedelta(hours=1, minutes=5)) == "1 hour"
    assert since(timedelta(seconds=30)) == "under a minute"


def test_stories_are_subjects_with_their_primary_principle():
    story = Story("Mine", NOW, NOW, principles=("have backbone", "Ownership"))
    (found,) = subjects([], [story])
    assert (found.subject, found.principle) == ("story", "Have Backbone; Disagree and Commit")
