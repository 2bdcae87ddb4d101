from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from systemcraft_tui.content.parser import parse_file, parse_text
from systemcraft_tui.core.vocabulary import Mode
from systemcraft_tui.core.windows import Phase, countdown, span_total
from systemcraft_tui.practice.rehearsal import Rehearsal
from systemcraft_tui.practice.steps import behavioral_plan, design_plan, fitted_design_plan
from tests.clock import FakeClock

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


@pytest.fixture
def scenario():
    return parse_file(FIXTURES / "template_single.md").items[0]


@pytest.fixture
def design():
    return parse_file(FIXTURES / "system_design.md").items[0]


def test_full_mode_keeps_the_file_windows_then_probes(scenario):
    plan = behavioral_plan(scenario)
    assert [(s.kind, s.name, s.min_seconds, s.max_seconds) for s in plan.steps] == [
        ("star", "Situation", 30, 45),
        ("star", "Task", 15, 30),
        ("star", "Action", 90, 120),
        ("star", "Result", 30, 45),
        ("probe", "Probe 1", 60, 90),
        ("probe", "Probe 2", 60, 90),
    ]
    # The STAR target is the sum of the section windows; the file's "4-6 minutes" is the
    # whole story with its follow-ups.
    assert (plan.target_min_seconds, plan.target_max_seconds) == (165, 240)
    assert plan.whole_story == (240, 360)
    assert plan.steps[4].prompt == "What did you stop doing to make room?"
    assert plan.steps[0].reference.startswith("A logistics partner")


def test_short_modes_scale_sections_in_proportion(scenario):
    two = behavioral_plan(scenario, Mode.TWO_MINUTE)
    star = [s for s in two.steps if s.kind == "star"]
    # 45/30/120/45 of 240 s scaled to 120 s: exactly half each.
    assert [(s.min_seconds, s.max_seconds) for s in star] == [(15, 23), (8, 15), (45, 60), (15, 22)]
    assert sum(s.max_seconds for s in star) == 120
    elevator = behavioral_plan(scenario, Mode.ELEVATOR)
    assert [s.max_seconds for s in elevator.steps if s.kind == "star"] == [6, 4, 15, 5]
    assert sum(s.min_seconds for s in elevator.steps if s.kind == "star") == elevator.target_min_seconds
    assert elevator.target_max_seconds == 30 and elevator.whole_story is None


def test_parts_of_one_length_scaled_stay_one_length():
    """Four parts timed exactly (30 s, 15 s, 2 min, 30 s) scaled to two minutes: STAR 2:00, not 1:59–2:00."""
    path = Path(__file__).parent.parent / "fixtures" / "real_shapes" / "stories_caps_labels_glossed_timings_quoted.md"
    story = parse_file(path).items[0]
    two = behavioral_plan(story, Mode.TWO_MINUTE)
    star = [s for s in two.steps if s.kind == "star"]
    assert all(s.min_seconds == s.max_seconds for s in star)
    assert two.target_min_seconds == two.target_max_seconds == 120


def test_probe_window_is_configurable(scenario):
    plan = behavioral_plan(scenario, probe_seconds=(45, 60))
    assert {(s.min_seconds, s.max_seconds) for s in plan.steps if s.kind == "probe"} == {(45, 60)}


def test_walk_with_pause_back_and_restart(scenario):
    clock = FakeClock()
    run = Rehearsal(behavioral_plan(scenario), clock)
    run.start()
    clock.advance(20)
    assert run.phase() is Phase.EARLY
    clock.advance(20)
    assert run.phase() is Phase.CLOSING  # 40 s of a 30-45 s window
    clock.advance(10)
    assert run.phase() is Phase.OVER and countdown(run.elapsed(), 45) == "0:05 over"
    run.next()
    clock.advance(10)
    run.toggle_pause()
    clock.advance(300)
    assert run.paused and run.elapsed() == 10
    run.toggle_pause()
    clock.advance(5)
    run.previous()  # back to Situation: its clock continues from 50 s
    clock.advance(2)
    assert run.elapsed() == 52 and run.elapsed(1) == 15
    run.restart_step()
    clock.advance(3)
    assert run.elapsed() == 3
    for _ in range(6):
        run.next()
    assert run.finished
    assert run.total_elapsed() == 3 + 15


def test_design_plan_uses_file_phases_or_a_preset(design):
    plan = design_plan(design)
    assert next(s.name for s in plan.steps if s.kind == "phase") == "High-Level Architecture"
    assert plan.target_max_seconds == 55 * 60
    preset = design_plan(design, preset_minutes=90)
    assert preset.target_max_seconds == 90 * 60
    assert [s.kind for s in preset.steps][-2:] == ["follow_up", "follow_up"]
    # The file's reference design goes with each phase, by name for a preset's phases.
    assert plan.steps[0].reference == "Scans flow through an ingestion tier into a status store."
    references = {s.name: s.reference for s in preset.steps if s.kind == "phase"}
    assert references["High-Level Architecture"] == plan.steps[0].reference
    assert references["Requirements Clarification"] is None


def test_a_preset_asks_the_problems_follow_ups_inside_the_interview(design):
    preset = design_plan(design, preset_minutes=45)
    phases = [s for s in preset.steps if s.kind == "phase"]
    probes = [s for s in preset.steps if s.kind == "follow_up"]
    assert "Follow-up Questions" not in [s.name for s in phases] and len(probes) == len(design.follow_ups) == 2
    every = span_total((s.min_seconds, s.max_seconds) for s in preset.steps)
    assert every[1] <= 45 * 60 == preset.target_max_seconds  # the probes are inside the 45 minutes
    many = replace(design, follow_ups=design.follow_ups * 5)
    shared = [s for s in design_plan(many, preset_minutes=45).steps if s.kind == "follow_up"]
    assert span_total((s.min_seconds, s.max_seconds) for s in shared)[1] <= 45 * 60 - sum(s.max_seconds for s in phases)
    bare = replace(design, follow_ups=[])
    assert [s.name for s in design_plan(bare, preset_minutes=45).steps][-1] == "Follow-up Questions"


def test_a_phase_timed_in_seconds_is_rehearsed_in_seconds():
    text = "# Design a Parcel Locker\n\n## Opening (30-60s)\nFrame it.\n\n## Requirements (5 min)\nAsk.\n\n## Deep Dive (10 min)\nDig.\n"
    (problem,) = parse_text(text, Path("x.md")).items
    assert [(p.min_minutes, p.max_minutes) for p in problem.phases] == [(0.5, 1), (5, 5), (10, 10)]
    steps = [(s.min_seconds, s.max_seconds) for s in design_plan(problem).steps if s.kind == "phase"]
    assert steps == [(30, 60), (300, 300), (600, 600)]
    assert problem.total_minutes == 16


def test_time_checks_fire_once_each(design):
    clock = FakeClock()
    run = Rehearsal(design_plan(design, preset_minutes=60), clock)
    run.start()
    clock.advance(14 * 60)
    assert run.due_time_checks() == []
    clock.advance(60)
    assert run.due_time_checks() == [25]
    assert run.due_time_checks() == []
    clock.advance(40 * 60)
    assert run.due_time_checks() == [50, 75, 90]


def test_restore_a_draft_waits_paused_on_the_step_it_left(scenario):
    clock = FakeClock()
    run = Rehearsal(behavioral_plan(scenario), clock)
    started = clock.utc_now()
    run.restore([40, 12.5, 0, 0, 0, 0], ["s notes", "t notes", "", "", "", ""], [[]] * 6, 1, started)
    assert run.index == 1 and run.paused
    assert run.elapsed(0) == 40 and run.elapsed() == 12.5
    clock.advance(100)
    assert run.elapsed() == 12.5  # paused until the user resumes
    run.toggle_pause()
    clock.advance(3)
    assert run.elapsed() == 15.5 and run.states[0].notes == "s notes"
    assert run.started_at == started


def test_a_fitted_design_plan_scales_the_files_own_phases_to_the_minutes_given(design):
    own = [s for s in design_plan(design).steps if s.kind == "phase"]
    fitted = fitted_design_plan(design, 50)
    phases = [s for s in fitted.steps if s.kind == "phase"]
    assert [s.name for s in phases] == [s.name for s in own]
    assert fitted.target_max_seconds == sum(s.max_seconds for s in phases) == 50 * 60
    assert all(s.min_seconds <= s.max_seconds and s.max_seconds % 60 == 0 for s in phases)
    assert [s.kind for s in fitted.steps][-2:] == ["follow_up", "follow_up"]


def test_start_and_stop_can_be_dated_back_to_the_instant_of_a_cut(scenario):
    clock = FakeClock()
    run = Rehearsal(behavioral_plan(scenario), clock)
    run.start(seconds_ago=12)
    assert run.elapsed() == 12 and run.started_at == clock.utc_now() - timedelta(seconds=12)
    clock.advance(50)
    run.next()
    clock.advance(40)
    run.stop(seconds_ago=15)  # the interviewer cut in during the Task, 15 s ago
    assert run.finished and run.finished_at == clock.utc_now() - timedelta(seconds=15)
    assert [run.elapsed(i) for i in range(3)] == [62, 25, 0]
    clock.advance(100)
    assert run.total_elapsed() == 87


def test_a_design_s_own_untimed_steps_are_rehearsed_before_any_preset():
    """Steps the file names but does not time share the default plan's minutes; a preset only when chosen."""
    path = Path(__file__).parent.parent / "fixtures" / "real_shapes" / "system-design" / "notification-hub.md"
    problem = parse_file(path).items[0]
    assert all(p.timing == "default" for p in problem.phases)
    plan = design_plan(problem)
    assert [s.name for s in plan.steps if s.kind == "phase"][:4] == ["Overview", "Architecture", "Storage", "Scaling"]
    assert plan.preset_minutes is None and plan.steps[0].reference  # the file's own text shown beside its step
    preset = design_plan(problem, preset_minutes=45)
    assert preset.steps[0].name == "Requirements Clarification" and preset.preset_minutes == 45
