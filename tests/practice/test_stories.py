"""Own stories: the coverage grid, the overuse warning and a story as a rehearsable scenario."""

import dataclasses
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from systemcraft_tui.content.library import load_library
from systemcraft_tui.content.principles import PRINCIPLES
from systemcraft_tui.content.questions import derived_question
from systemcraft_tui.core.records import ScenarioRef, Story
from systemcraft_tui.core.summaries import summarize
from systemcraft_tui.practice.assessment import rating_items
from systemcraft_tui.practice.principle_probes import PRINCIPLE_PROBES, principle_probes
from systemcraft_tui.practice.steps import behavioral_plan
from systemcraft_tui.practice.stories import (
    coverage,
    gaps,
    overused,
    recent_uses,
    story_hash,
    story_scenario,
)
from tests.store import factories

ITEMS = load_library([Path(__file__).parent.parent / "fixtures" / "content"]).items
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def story(title: str, *principles: str, **fields) -> Story:
    return Story(title, NOW, NOW, principles=principles, **fields)


def told(story_id: str, days_ago: float, status: str = "completed", kind: str = "story"):
    session = factories.session(random.Random(1), 1, notes_chars=0, status=status)
    return summarize(dataclasses.replace(session, scenario=ScenarioRef(story_id, "t", kind, None, "h"), started=NOW - timedelta(days=days_ago)))


def test_coverage_lists_every_principle_with_its_stories_and_marks_gaps():
    a = story("Billing migration", "Ownership", "Dive Deep")
    b = story("Hiring loop", "Hire and Develop the Best", "ownership", "Not a principle")
    grid = coverage([a, b])
    assert list(grid) == list(PRINCIPLES)
    assert grid["Ownership"] == [a, b] and grid["Dive Deep"] == [a]
    assert gaps([a, b]) == [p for p in PRINCIPLES if p not in ("Ownership", "Dive Deep", "Hire and Develop the Best")]
    assert gaps([]) == list(PRINCIPLES)


def test_overuse_counts_completed_story_rehearsals_in_the_last_fourteen_days():
    summaries = [told("s1", 1), told("s1", 5), told("s1", 13.9), told("s1", 15), told("s1", 2, "abandoned")]
    summaries += [told("s2", 1), told("s2", 3), told("s1", 1, kind="behavioral")]
    uses = recent_uses(summaries, NOW)
    assert uses == {"s1": 3, "s2": 2}
    assert overused(uses["s1"]) and not overused(uses["s2"])


def test_a_story_rehearses_with_default_windows_its_own_text_and_principle_probes():
    mine = story(
        "Saved the launch", "Ownership", level="L7",
        situation="Launch slipping", task="I owned it", action="Cut scope", result="Shipped", metrics="2 weeks early",
    )  # fmt: skip
    scenario = story_scenario(mine)
    assert scenario.kind == "story" and scenario.id == mine.id and scenario.levels == ("L7",)
    assert [(s.name, s.min_seconds, s.max_seconds, s.timing) for s in scenario.star] == [
        ("Situation", 30, 45, "default"), ("Task", 20, 30, "default"), ("Action", 120, 150, "default"), ("Result", 35, 45, "default"),
    ]  # fmt: skip
    assert scenario.star[3].text == "Shipped\nMetrics: 2 weeks early"
    assert scenario.canonical_principles == ["Ownership"] and "Ownership" in scenario.question
    # Not another scenario's probes about its own events: the principle's, said to be such.
    scenario_questions = {p.question for i in ITEMS if hasattr(i, "probes") for p in i.probes}
    assert [p.question for p in scenario.probes] == [q for q, _ in PRINCIPLE_PROBES["Ownership"]]
    assert not scenario_questions & {p.question for p in scenario.probes}
    plan = behavioral_plan(scenario)
    assert [s.reference for s in plan.steps][:3] == ["Launch slipping", "I owned it", "Cut scope"]
    probes = [s for s in plan.steps if s.kind == "probe"]
    assert all(s.note == "Principle-level probe on Ownership" and s.reference for s in probes)
    assert rating_items(scenario)[0] == "Ownership"


def test_principle_probes_take_the_primary_first_then_one_from_each_in_turn():
    probes = principle_probes(["Frugality", "Dive Deep", "Nonsense"])
    assert [(p.principle, p.question) for p in probes] == [
        ("Frugality", PRINCIPLE_PROBES["Frugality"][0][0]),
        ("Dive Deep", PRINCIPLE_PROBES["Dive Deep"][0][0]),
        ("Frugality", PRINCIPLE_PROBES["Frugality"][1][0]),
    ]
    assert all(p.answer_kind == "guidance" and p.answer for p in probes)
    assert principle_probes([]) == []


def test_every_principle_has_two_or_three_probes_each_with_guidance():
    assert list(PRINCIPLE_PROBES) == list(PRINCIPLES)
    assert all(2 <= len(probes) <= 3 for probes in PRINCIPLE_PROBES.values())
    assert all(question.endswith("?") and guidance for probes in PRINCIPLE_PROBES.values() for question, guidance in probes)


def test_the_hash_follows_the_words_not_the_edit_time():
    mine = story("A", "Ownership", action="x")
    assert story_hash(mine) == story_hash(dataclasses.replace(mine, updated=NOW + timedelta(days=1)))
    assert story_hash(mine) != story_hash(dataclasses.replace(mine, action="y"))


def test_a_story_of_ones_own_is_asked_with_its_primary_principle_or_title_and_says_so():
    with_principles = story_scenario(story("Saved the launch", "Ownership", "Dive Deep"))
    assert (with_principles.question, with_principles.question_source) == (
        "Tell me about a time that shows Ownership. (Your story: Saved the launch)",
        "principle",
    )
    # The same wording as a story in a file that gives no question: one place says it.
    assert (with_principles.question, with_principles.question_source) == derived_question("Saved the launch", ["Ownership"])
    untagged = story_scenario(story("Saved the launch"))
    assert (untagged.question, untagged.question_source) == ("Walk me through this story: Saved the launch", "title")


def test_a_story_with_a_level_the_defaults_do_not_know_is_timed_as_l6():
    from systemcraft_tui.content.timing import DEFAULT_STAR_SECONDS

    odd = story("Imported", level="Senior \x1b[31m", situation="s")
    scenario = story_scenario(odd)
    assert scenario.levels == ()
    assert [(s.min_seconds, s.max_seconds) for s in scenario.star] == list(DEFAULT_STAR_SECONDS["L6"].values())
