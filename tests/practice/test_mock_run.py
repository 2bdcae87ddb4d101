"""A mock run driven with the clock frozen: a whole behavioral round, a two-round loop, the
round running out of time, and the draft snapshot."""

import copy
import functools
import json
import subprocess
import sys
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systemcraft_tui.content.model import BehavioralScenario
from systemcraft_tui.practice.assessment import rating_items
from systemcraft_tui.practice.debrief import Evidence, VerdictLabel, mock_debrief
from systemcraft_tui.practice.mock_draw import DrawHistory, draw_mock
from systemcraft_tui.practice.mock_formats import (
    BEHAVIORAL,
    BEHAVIORAL_ROUND,
    DESIGN_ROUND,
    FINAL_IMPROVEMENT,
    FORMATS,
    OVERALL_PERFORMANCE,
    MockFormat,
)
from systemcraft_tui.practice.mock_results import Outcome, RunStatus
from systemcraft_tui.practice.mock_run import (
    BREAK_OVER_LINE,
    CANDIDATE_LINE,
    NEXT_QUESTION_LINE,
    OUT_OF_TIME_LINE,
    TO_CANDIDATE_LINE,
    Event,
    EventKind,
    MockError,
    MockRun,
    PartKind,
    move_on_limit,
)
from tests.clock import FakeClock
from tests.practice.mock_items import bundled_library, fixture_library

LIBRARY = fixture_library()
TWO_ROUNDS = MockFormat(
    "two-rounds",
    "Two-round loop",
    "Consistency across rounds",
    (BEHAVIORAL_ROUND, DESIGN_ROUND),
    areas=(OVERALL_PERFORMANCE, FINAL_IMPROVEMENT),
    break_seconds=600,
)
WITH_TWO_ROUNDS = {**FORMATS, TWO_ROUNDS.key: TWO_ROUNDS}
GOOD_NOTES = {
    "Situation": "I owned the integration that 40,000 customers relied on.",
    "Action": "I decided to rebuild the retry logic myself and I reviewed every failure with the customer.",
    "Result": "Failures fell from 4.1% to 0.2% in six weeks and the customer renewed.",
}


class Driver:
    """A run and its frozen clock; counts the seconds the clock moved and those paused."""

    def __init__(self, fmt, library=LIBRARY, seed=1):
        self.clock = FakeClock()
        self.run = MockRun(draw_mock(fmt, library, DrawHistory(), seed), library, self.clock)
        self.moved = 0.0

    def wait(self, seconds):
        self.clock.advance(seconds)
        self.moved += seconds

    def step(self, seconds, notes=""):
        """Speak for `seconds` on the current step, then press next."""
        self.wait(seconds)
        self.run.current.rehearsal.current.notes = notes
        return self.run.next()

    def answer_in_windows(self, notes=GOOD_NOTES):
        """Every step of the current question at its window's minimum: on time."""
        for step in self.run.current.rehearsal.plan.steps:
            assert self.step(step.min_seconds, notes.get(step.name, "")) in ([], [Event(EventKind.FINISHED, "That's the end of the interview.")])

    def rate_everything(self, answer=5, areas=(4, 4, 4)):
        run = self.run
        for r, drawn in enumerate(run.draw.rounds):
            for n, question in enumerate(drawn.questions):
                if run.attempt(r, n) is not None:
                    run.rate_answer(r, n, dict.fromkeys(rating_items(run.items[question.item_id]), answer))
            run.rate_round(r, {a.name: rating for a, rating in zip(drawn.format.areas, areas, strict=False)})


def test_a_whole_behavioral_round():
    d = Driver(BEHAVIORAL)
    run = d.run
    assert run.status is RunStatus.READY
    run.start()
    assert run.current.kind is PartKind.INTRO and run.interviewer_line() == BEHAVIORAL_ROUND.intro_line
    d.wait(90)
    assert run.next() == []

    # Question 1, answered in its windows; the screen shows the question and each probe, never the title.
    first = run.current_question()
    assert run.interviewer_line() == first.asked and first == run.draw.rounds[0].questions[0]
    probes = [s for s in run.current.rehearsal.plan.steps if s.kind == "probe"]
    for step in run.current.rehearsal.plan.steps:
        assert run.current_step() == step
        assert run.interviewer_line() == (step.prompt if step.kind == "probe" else first.asked)
        d.step(step.min_seconds, GOOD_NOTES.get(step.name, ""))
    assert len(probes) == 2 and run.current_question() == run.draw.rounds[0].questions[1]

    # Question 2 runs long in the Action: the interviewer cuts in at its move-on limit.
    limit = move_on_limit(run.current.rehearsal.plan.target_max_seconds)
    d.step(30)
    d.step(20)
    d.wait(limit - 50 + 30)  # 30 s past the limit; the key comes late
    assert run.next() == [Event(EventKind.MOVE_ON, NEXT_QUESTION_LINE)]
    second = run.question_part(0, 1)
    assert second.outcome is Outcome.MOVED_ON and second.cut_off == ("Result", "Probe 1", "Probe 2")
    assert second.rehearsal.total_elapsed() == limit
    assert run.current.question == 2 and run.current.rehearsal.index == 0  # the late key did not end question 3's Situation
    assert run.part_elapsed(run.index) == 30  # question 3 began at the cut, not at the key

    # Question 3, with a two-minute pause in the Action, and a second probe that runs long.
    d.step(20)
    d.step(25)
    d.wait(50)
    assert run.toggle_pause() == []
    d.wait(120)
    assert run.paused and run.answer_clock().elapsed == 30 + 20 + 25 + 50
    run.toggle_pause()
    d.step(70)
    d.step(40, GOOD_NOTES["Result"])
    d.step(75)
    assert run.interviewer_line() == run.current_step().prompt
    d.wait(150)
    assert run.poll() == [Event(EventKind.MOVE_ON, TO_CANDIDATE_LINE)]
    third = run.question_part(0, 2)
    assert third.outcome is Outcome.MOVED_ON and third.cut_off == ()
    assert third.rehearsal.elapsed(len(third.rehearsal.states) - 1) == 135

    # The candidate's own questions, then the end.
    assert run.current.kind is PartKind.CANDIDATE_QUESTIONS and run.interviewer_line() == CANDIDATE_LINE
    d.wait(240 - 15)  # 15 s of it went by before the poll noticed the cut
    assert run.next() == [Event(EventKind.FINISHED, "That's the end of the interview.")]
    assert run.status is RunStatus.FINISHED and run.next() == []
    assert run.round_elapsed(0) == run.loop_elapsed() == d.moved - 120  # the clocks keep time, pauses excluded

    # Debrief: self-assessment per answer, the round's feedback areas, the evidence and the verdict.
    with pytest.raises(ValueError, match="is rated 1 to 5"):
        run.rate_round(0, {"Story quality": 6})
    d.rate_everything(answer=4, areas=(4, 3, 4))
    result = run.result()
    (round_result,) = result.rounds
    assert (round_result.pauses, round_result.pause_seconds) == (1, 120)
    assert [a.outcome for a in round_result.answers] == [Outcome.DONE, Outcome.MOVED_ON, Outcome.MOVED_ON]
    assert [a.answer_seconds for a in round_result.answers][1] == run.question_part(0, 1).rehearsal.total_elapsed()
    first_attempt = round_result.answers[0].attempt
    assert first_attempt.mode == "full" and first_attempt.score == 81  # 70 × 3/4 + 20 × 4/4 + 10 × 5/6 = 80.8
    assert {c.name: c.passed for c in first_attempt.checks}["Quantified result"]
    cut = round_result.answers[1].attempt
    assert [s.actual_seconds for s in cut.steps][3:] == [0, 0, 0]  # cut off: no time, no notes
    debrief = mock_debrief(result)
    assert [a.meaning for a in debrief.rounds[0].areas] == [
        BEHAVIORAL_ROUND.areas[0].meanings[3],
        BEHAVIORAL_ROUND.areas[1].meanings[2],
        BEHAVIORAL_ROUND.areas[2].meanings[3],
    ]
    assert [(row.subject, row.evidence) for row in debrief.grid] == [
        (q.principle, Evidence.STRONG if n == 0 else Evidence.WEAK) for n, q in enumerate(run.draw.rounds[0].questions)
    ]
    assert debrief.verdict.label is VerdictLabel.NOT_YET
    assert debrief.verdict.because == (
        "Not yet: 1 of 3 principles and design problems asked have a strong answer (Hire needs 2); "
        "the lowest mean feedback rating is 3.7 (round 1)."
    )


def test_a_two_round_loop_with_a_skipped_break():
    d = Driver(TWO_ROUNDS)
    run = d.run
    assert [r.format for r in run.draw.rounds] == [BEHAVIORAL_ROUND, DESIGN_ROUND] and run.draw.notes == ()
    run.start()
    with pytest.raises(ValueError, match="round 1 is not over yet"):
        run.rate_round(0, {})
    d.wait(60)
    run.next()
    for _ in range(3):
        d.answer_in_windows()
    d.wait(200)
    run.next()

    # The break: not paused, skipped after a minute.
    assert run.current.kind is PartKind.BREAK and run.interviewer_line() == "A 10-minute break before the next round."
    assert run.toggle_pause() == [] and not run.paused
    d.wait(60)
    assert run.skip_break() == []
    assert run.current.kind is PartKind.INTRO and run.current.round == 1

    # Round 2: the design problem, its phases scaled to fill 50 minutes, with time checks.
    d.wait(100)
    run.next()
    plan = run.current.rehearsal.plan
    assert plan.target_max_seconds == 50 * 60
    announced = []
    for step in plan.steps:
        if step.kind == "phase":
            d.wait(step.max_seconds - 10)
            announced += [e.line for e in run.poll()]
            run.toggle_pause()
            d.wait(30)
            run.toggle_pause()
            d.wait(10)
            announced += [e.line for e in run.next()]
        else:
            d.step(step.min_seconds)
    assert announced == [f"Time check: {p} % of the design time is gone." for p in (25, 50, 75, 90)]
    d.wait(299)
    assert run.next()[-1].kind is EventKind.FINISHED

    phases = sum(1 for s in plan.steps if s.kind == "phase")
    results = run.result()
    assert results.breaks_skipped == 1 and [(r.pauses, r.pause_seconds) for r in results.rounds] == [(0, 0), (phases, 30 * phases)]
    assert results.seconds == d.moved - 30 * phases  # break included, pauses excluded
    assert results.rounds[0].seconds + results.rounds[1].seconds + 60 == results.seconds
    with pytest.raises(ValueError, match="'Grit' is not rated here"):
        run.rate_mock({"Grit": 4})
    d.rate_everything(answer=5, areas=(5, 4, 4))
    run.rate_mock({"Overall performance": 4, "Areas for final improvement": 4})
    debrief = mock_debrief(run.result())
    assert len(debrief.grid) == 3 and all(row.evidence is Evidence.STRONG for row in debrief.grid)
    assert [(row.subject, row.evidence) for row in debrief.designs] == [(run.items["system-design"].title, Evidence.STRONG)]
    assert debrief.verdict.label is VerdictLabel.RAISES_THE_BAR
    assert debrief.verdict.because == (
        "Raises the bar: 4 of 4 principles and design problems asked have a strong answer; the lowest feedback rating is 4."
    )


def _six_minute_answers(items):
    """The library with every STAR answer stretched to a 4-6 minute story: four of them
    fill a 45-minute round, so answers at their limits run it out of time."""
    def stretched(item):
        if not isinstance(item, BehavioralScenario):
            return item
        low, high = sum(s.min_seconds for s in item.star), sum(s.max_seconds for s in item.star)
        star = [replace(s, min_seconds=s.min_seconds * 240 // low, max_seconds=s.max_seconds * 360 // high) for s in item.star]
        return replace(item, star=star)

    return [stretched(item) for item in items]


def test_the_round_runs_out_of_time_and_the_last_question_is_not_asked():
    library = _six_minute_answers(bundled_library())
    d = Driver(BEHAVIORAL, library, seed=3)
    run = d.run
    run.start()
    d.wait(239)  # the introduction, one second short of its move-on limit
    run.next()
    spent, events, asked = 239, [], 0
    while not events and run.current.kind is PartKind.QUESTION:
        plan = run.current.rehearsal.plan
        star = [s for s in plan.steps if s.kind == "star"]
        for step in plan.steps:  # every answer and probe one second short of its move-on limit
            if step.kind != "star":
                seconds = move_on_limit(step.max_seconds) - 1
            elif step is star[0]:
                seconds = move_on_limit(plan.target_max_seconds) - 1 - 60 * (len(star) - 1)
            else:
                seconds = 60
            d.wait(seconds)
            spent += seconds
            events += run.next()
        asked += 1
    assert events == [Event(EventKind.OUT_OF_TIME, OUT_OF_TIME_LINE)]
    assert run.round_remaining(0) == 45 * 60 - spent < run.question_part(0, asked).min_seconds + 180
    assert run.question_part(0, asked).outcome is Outcome.OUT_OF_TIME and run.attempt(0, asked) is None
    assert run.current.kind is PartKind.CANDIDATE_QUESTIONS
    with pytest.raises(ValueError, match="only an answer that was given"):
        run.rate_answer(0, asked, {})


def test_a_break_that_runs_out_ends_itself():
    d = Driver(TWO_ROUNDS)
    run = d.run
    run.start()
    while run.current.kind is not PartKind.BREAK:
        d.wait(10)
        run.next()
    d.wait(700)
    assert run.poll() == [Event(EventKind.BREAK_OVER, BREAK_OVER_LINE)]
    assert run.current.kind is PartKind.INTRO and run.part_elapsed(run.index) == 100


def test_abandoning_keeps_what_was_said():
    d = Driver(BEHAVIORAL)
    run = d.run
    run.start()
    d.wait(60)
    run.next()
    d.step(40, "I owned it")
    d.wait(25)
    run.abandon()
    assert run.status is RunStatus.ABANDONED and run.next() == [] and run.toggle_pause() == []
    result = run.result()
    answer = result.rounds[0].answers[0]
    assert answer.outcome is Outcome.ABANDONED and answer.answer_seconds == 65
    assert answer.attempt.steps[0].notes == "I owned it"
    assert [a.attempt for a in result.rounds[0].answers[1:]] == [None, None]


# --- the draft ------------------------------------------------------------------------------


def _plain(snapshot):
    return json.loads(json.dumps(snapshot))


def _mid_loop():
    """A loop stopped in the Action of question 2, after a pause and a rated answer."""
    d = Driver(TWO_ROUNDS)
    d.run.start()
    d.wait(70)
    d.run.next()
    d.answer_in_windows()
    d.run.rate_answer(0, 0, {"Timing": 4}, [])
    d.step(35, "s notes")
    d.run.toggle_pause()
    d.wait(40)
    d.run.toggle_pause()
    d.step(20, "t notes")
    d.wait(33.5)
    d.run.current.rehearsal.current.notes = "a notes"
    return d


def _without_pauses(snapshot):
    return {k: v for k, v in snapshot.items() if k != "pauses"}


def test_a_restored_draft_waits_paused_then_carries_on_exactly_as_the_original():
    d = _mid_loop()
    snapshot = _plain(d.run.snapshot())
    clock = FakeClock()  # a new process: its own clock, an hour later
    clock.advance(d.moved)
    restored = MockRun.restore(snapshot, LIBRARY, clock, formats=WITH_TWO_ROUNDS)
    assert restored.paused and restored.index == d.run.index
    assert restored.answer_clock() == d.run.answer_clock()
    assert restored.pauses[0].count == 2 and restored.pauses[0].seconds == 40  # the interruption counts as a pause
    assert _without_pauses(_plain(restored.snapshot())) == _without_pauses(snapshot)
    clock.advance(3600)
    assert restored.answer_clock().elapsed == 35 + 20 + 33 and restored.poll() == []  # whole seconds, as shown
    restored.toggle_pause()
    # The original, paused as long; from here both take the same steps at the same instants.
    d.run.toggle_pause()
    d.clock.advance(3600)
    d.run.toggle_pause()
    for run, c in ((d.run, d.clock), (restored, clock)):
        for seconds in (500, 30, 60, 60, 60, 60, 100):
            c.advance(seconds)
            run.next()
    assert restored.snapshot() == d.run.snapshot()
    assert restored.result().rounds[0].answers[0].attempt.ratings == {"Timing": 4}


def test_a_finished_mock_round_trips_unchanged():
    d = Driver(BEHAVIORAL)
    d.run.start()
    while d.run.status is RunStatus.RUNNING:
        d.wait(45)
        d.run.next()
    d.rate_everything()
    snapshot = _plain(d.run.snapshot())
    assert _plain(MockRun.restore(snapshot, LIBRARY, FakeClock()).snapshot()) == snapshot


def test_a_draft_kept_before_the_start_starts_as_new():
    d = Driver(BEHAVIORAL)
    restored = MockRun.restore(_plain(d.run.snapshot()), LIBRARY, d.clock)
    assert restored.status is RunStatus.READY and not restored.paused
    restored.start()
    d.wait(30)
    assert restored.answer_clock().elapsed == 30


def test_a_draft_whose_question_left_the_library_cannot_be_resumed():
    d = _mid_loop()
    snapshot = _plain(d.run.snapshot())
    gone = snapshot["draw"]["rounds"][0]["questions"][2]["item_id"]
    with pytest.raises(ValueError, match=f"question 3: '{gone}' is no longer in the library"):
        MockRun.restore(snapshot, [i for i in LIBRARY if i.id != gone], FakeClock(), formats=WITH_TWO_ROUNDS)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda s: s.update(version=2), r"mock\.version is 2; this app reads version 1"),
        (lambda s: s.pop("parts"), r"mock\.parts is missing"),
        (lambda s: s["parts"].pop(), "parts, but the draw makes"),
        (lambda s: s.update(index=99), r"mock\.index: no part 99"),
        (lambda s: s["draw"].update(format="marathon"), "no mock format 'marathon'"),
        (lambda s: s["parts"][3].update(elapsed=["ten"]), r"mock\.parts\[3\]\.elapsed\[0\] should be float, not str"),
        (lambda s: s["answer_ratings"][0]["ratings"].update(Timing=9), "rated 1 to 5, not 9"),
        (lambda s: s.update(started_at="yesterday"), "Invalid isoformat"),
        (lambda s: s.update(status="sleeping"), "'sleeping' is not a valid RunStatus"),
    ],
)
def test_a_damaged_draft_gives_a_clear_error(damage, message):
    snapshot = _plain(_mid_loop().run.snapshot())
    damage(snapshot)
    with pytest.raises(ValueError, match=message) as raised:
        MockRun.restore(snapshot, LIBRARY, FakeClock(), formats=WITH_TWO_ROUNDS)
    assert str(raised.value).startswith("the mock draft cannot be resumed: ")


MID_LOOP = _plain(_mid_loop().run.snapshot())
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 99) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def _paths(value, path=()):
    yield path
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        yield from _paths(child, (*path, key))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_damage_to_a_draft_gives_a_mock_error_or_a_usable_run(data):
    snapshot = copy.deepcopy(MID_LOOP)
    path = data.draw(st.sampled_from(list(_paths(snapshot))[1:]))
    parent = functools.reduce(lambda value, key: value[key], path[:-1], snapshot)
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(json_values)
    try:
        run = MockRun.restore(snapshot, LIBRARY, FakeClock(), formats=WITH_TWO_ROUNDS)
    except MockError as error:
        assert str(error).startswith("the mock draft cannot be resumed: ")
        return
    run.result()
    json.dumps(run.snapshot())
    run.toggle_pause()
    run.next()


def test_the_mock_engine_loads_neither_the_store_nor_textual():
    script = (
        "import sys\n"
        "import systemcraft_tui.practice.debrief, systemcraft_tui.practice.mock_run\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tinydb', 'rich', 'fsrs')"
        " or m.startswith(('systemcraft_tui.store', 'systemcraft_tui.ui'))))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert loaded == "[]\n"


def test_a_draft_whose_time_reaches_before_the_year_one_is_a_mock_error():
    """Found by the test above: 2,000 years on a question's clock made stopping it overflow."""
    snapshot = copy.deepcopy(MID_LOOP)
    snapshot["parts"][2]["elapsed"][3] = 63929207013.0
    with pytest.raises(MockError, match=r"parts\[2\]\.elapsed: every time must be from 0 to 1,000,000,000 seconds"):
        MockRun.restore(snapshot, LIBRARY, FakeClock(), formats=WITH_TWO_ROUNDS)
