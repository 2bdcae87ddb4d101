"""Mock interviews driven with the clock frozen: a whole behavioral round and a two-round
loop to their debrief and into the log, a mock resumed after a closed terminal, the
library's key and the palette, and hostile content shown inert."""

from __future__ import annotations

import random
import re
import signal
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from textual.widgets import OptionList

from systemcraft_tui.content.library import load_library
from systemcraft_tui.core.records import PlanProgress
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.practice.mock_results import Outcome, RunStatus
from systemcraft_tui.practice.mock_run import NEXT_QUESTION_LINE, PartKind
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.store.live import LIVE_FOLDER
from systemcraft_tui.ui.app import LibrarySource, Settings, SystemCraftApp
from systemcraft_tui.ui.mocks import MockAssessmentScreen
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.debrief import DebriefScreen
from systemcraft_tui.ui.screens.mock import MockScreen
from systemcraft_tui.ui.screens.mock_choice import MockChoiceScreen
from systemcraft_tui.ui.screens.mock_feedback import FeedbackScreen
from systemcraft_tui.ui.widgets.rating import Rating
from tests.clock import FakeClock
from tests.hostile import raw_controls, scenario_markdown
from tests.store import factories
from tests.store.live_holder import held_in_another_process
from tests.ui.apps import until
from tests.ui.shown import screen_text
from tests.ui.terminal import terminal_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"
BEHAVIORAL = ("template_single.md", "collection.md")
BUNDLED_SCENARIOS = Path(__file__).parent.parent.parent / "data" / "behavioral"


def _app(*paths: Path, mock: tuple[str, int | None] | None = None, clock: FakeClock | None = None) -> SystemCraftApp:
    return SystemCraftApp(load_library(list(paths)), clock=clock or FakeClock(), settings=Settings(bell=False, mock=mock))


def _fixtures(*names: str) -> list[Path]:
    return [FIXTURES / name for name in names]


async def _answer_all(pilot, app: SystemCraftApp, seconds: float = 40) -> list[str]:
    """Answer every part, `seconds` each, until the mock ends; the screen texts seen."""
    seen = []
    while isinstance(app.screen, MockScreen):
        seen.append(screen_text(app.screen))
        app.clock.advance(seconds)
        await pilot.press("ctrl+n")
        await pilot.pause()
    return seen


async def _resume_the_draft(pilot) -> None:
    """Take the offer the start makes for a mock draft."""
    await pilot.pause()
    assert isinstance(pilot.app.screen, ConfirmScreen)
    await pilot.press("enter")  # Resume
    await pilot.pause()


async def _rate_everything(
    pilot, app: SystemCraftApp, value: int, screens_of: tuple[type, ...] = (MockAssessmentScreen, FeedbackScreen)
) -> int:
    """Rate every answer and every feedback area (or only the screens of `screens_of`)
    `value`; how many screens asked."""
    screens = 0
    while isinstance(app.screen, screens_of):
        for rating in app.screen.query(Rating):
            rating.value = value
        await pilot.press("ctrl+s")
        await pilot.pause()
        screens += 1
    return screens


async def test_a_whole_behavioral_round_from_the_first_question_to_the_debrief_and_the_log():
    app = _app(*_fixtures(*BEHAVIORAL), mock=("behavioral", 7))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MockScreen)
        run = app.screen.run
        drawn = run.draw.questions
        assert 3 <= len(drawn) <= 4
        app.clock.advance(90)
        await pilot.press("ctrl+n")  # the introduction
        await pilot.pause()
        assert run.current.kind is PartKind.QUESTION
        # The first answer runs far past its window: the interviewer moves on, the round keeps time.
        app.clock.advance(run.answer_clock().limit + 1)
        app.screen.refresh_clock()
        await pilot.pause()
        assert run.parts[1].outcome is Outcome.MOVED_ON
        said = str(app.screen.query_one("#said").content)
        assert NEXT_QUESTION_LINE in said
        seen = await _answer_all(pilot, app)
        for text in seen:  # only the question: never its title, principles or model answer
            for question in drawn:
                assert run.items[question.item_id].title not in text
            assert "Strong" not in text and "Primary" not in text
        assert any(q.asked in " ".join(seen).replace("\n ", " ") for q in drawn[1:])
        assert run.status is RunStatus.FINISHED
        assert app.screen.sub_title == f"mock: answer 1 of {len(drawn)}"
        assert await _rate_everything(pilot, app, 4) == len(drawn) + 1  # each answer, then the round
        assert isinstance(app.screen, DebriefScreen)
        debrief = screen_text(app.screen)
        assert "Verdict" in debrief and "systemcraft mock behavioral --seed 7" in debrief
        assert "cut off by the interviewer" in debrief  # the first answer
        await app.workers.wait_for_complete()
        verdict = app.screen.debrief.verdict.label
    log = PracticeLog.open()
    (mock,) = log.mocks()
    assert (mock.format, mock.seed, mock.status, mock.verdict) == ("behavioral", 7, SessionStatus.COMPLETED, verdict)
    assert mock.snapshot is None and mock.rounds[0].ratings == {a.name: 4 for a in run.draw.format.rounds[0].areas}
    sessions = [log.session(i) for i in mock.session_ids]
    assert all(s is not None and s.status == SessionStatus.COMPLETED and s.score is not None for s in sessions)
    assert [s.scenario.id for s in sessions if s] == [q.item_id for q in drawn]
    assert {c.subject_id for c in log.review_cards()} == {q.item_id for q in drawn}  # FSRS counts them


async def test_a_two_round_loop_rated_round_by_round_with_a_skipped_break():
    # The bundled scenarios and no design problem: the loop is its behavioral round and its bar raiser.
    app = _app(BUNDLED_SCENARIOS, mock=("loop", 3))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        run = app.screen.run
        assert [r.format.kind for r in run.draw.rounds] == ["behavioral", "bar_raiser"]
        while run.current.kind is not PartKind.BREAK:
            app.clock.advance(30)
            await pilot.press("ctrl+n")
            await pilot.pause()
        # The break begins with the first round's debrief: its answers, then its feedback areas.
        first = len(run.draw.rounds[0].questions)
        assert app.screen.sub_title == f"mock: answer 1 of {first}"
        assert await _rate_everything(pilot, app, 5) == first + 1
        assert run.round_ratings[0] and all((0, n) in run.answer_ratings for n in range(first))
        assert "Next skips the rest of the break" in screen_text(app.screen)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert run.current.kind is PartKind.INTRO and run.current.round == 1
        assert "Round 2 of 2" in screen_text(app.screen)
        await _answer_all(pilot, app)
        second = len(run.draw.rounds[1].questions)
        assert await _rate_everything(pilot, app, 5) == second + 1 + 1  # its answers, the round, the loop
        text = screen_text(app.screen)
        assert "1 break skipped" in text and "Round 2: Bar raiser" in text
        await app.workers.wait_for_complete()
    (mock,) = PracticeLog.open().mocks()
    assert [r.kind for r in mock.rounds] == ["behavioral", "bar_raiser"] and mock.ratings


async def test_a_mock_left_by_a_closed_terminal_resumes_paused_with_its_questions_and_notes():
    app = _app(*_fixtures(*BEHAVIORAL), mock=("behavioral", 11))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.clock.advance(60)
        await pilot.press("ctrl+n")
        await pilot.press(*"cut the scope")
        app.clock.advance(20)
        await pilot.pause()
        drawn = app.screen.run.draw
    (draft,) = PracticeLog.open().mocks()
    assert draft.status == SessionStatus.DRAFT and draft.snapshot is not None
    again = _app(*_fixtures(*BEHAVIORAL))
    async with again.run_test(size=(80, 24)) as pilot:
        await _resume_the_draft(pilot)
        assert isinstance(again.screen, MockScreen)
        run = again.screen.run
        assert run.draw == drawn and run.paused and run.pauses[0].count == 1
        assert run.current.rehearsal.current.notes == "cut the scope"
        assert "paused" in screen_text(again.screen)
        assert "^t Resume" in terminal_text(again)  # the footer names what the key will do
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert not run.paused and "^t Pause" in terminal_text(again)


async def test_systemcraft_mock_opens_the_mock_once_the_library_is_read():
    app = SystemCraftApp(LibrarySource(_fixtures(*BEHAVIORAL)), clock=FakeClock(), settings=Settings(bell=False, mock=("behavioral", 3)))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, MockScreen))  # once the whole library is read
        assert app.screen.run.draw.seed == 3 and app.screen.run.draw.questions


async def test_systemcraft_mock_with_a_library_that_cannot_fill_it_ends_with_the_draw_s_reason(capfd):
    app = SystemCraftApp(LibrarySource(_fixtures(*BEHAVIORAL)), clock=FakeClock(), settings=Settings(bell=False, mock=("design", None)))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.return_code is not None)
    assert app.return_code == 1
    told = " ".join(capfd.readouterr().err.split())
    assert told == (
        "Error: System design round: the library has no system design problem, so the round is left out. "
        "Nothing can be asked: the mock cannot run with this library."
    )


async def test_the_library_key_and_the_palette_start_a_mock_of_the_chosen_format():
    app = _app(*_fixtures(*BEHAVIORAL, "system_design.md"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        assert isinstance(app.screen, MockChoiceScreen)
        options = app.screen.query_one(OptionList)
        assert [options.get_option_at_index(i).id for i in range(options.option_count)] == ["behavioral", "design", "bar-raiser", "loop"]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MockScreen)
        assert app.screen.run.draw.format.key == "design"
        library = [command.title for command in app.get_system_commands(app.screen_stack[0])]
        elsewhere = [command.title for command in app.get_system_commands(app.screen)]
        assert "Mock" in library and "Mock interview" in elsewhere  # the library's key, else the app's command


async def test_hostile_content_reaches_the_terminal_inert(tmp_path):
    (tmp_path / "hostile.md").write_text(scenario_markdown())
    app = _app(tmp_path, mock=("behavioral", 1))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        outputs = []
        while isinstance(app.screen, MockScreen):
            outputs.append(terminal_text(app))
            app.clock.advance(30)
            await pilot.press("ctrl+n")
            await pilot.pause()
        await _rate_everything(pilot, app, 3)
        outputs.append(terminal_text(app))
        assert isinstance(app.screen, DebriefScreen)
    assert any("[bold red]Loud[/]" in output for output in outputs)  # markup shown, not obeyed
    assert all(not raw_controls(output) for output in outputs)


async def test_progress_and_the_followed_plan_count_a_finished_mock():
    plans = load_library([BUNDLED_SCENARIOS.parent / "plans"])
    plan = next(item for item in plans.items if item.id == "6-week-plan")
    now = datetime(2026, 11, 11, 12, tzinfo=UTC)  # week 2 of a plan started on 2 Nov
    mock = replace(factories.mock_record(), format="behavioral", started=now - timedelta(days=1), finished=now, verdict="Hire")
    answer = replace(factories.session(random.Random(1), 1), id=mock.session_ids[0], started=mock.started, finished=now)
    PracticeLog.open().save_all([PlanProgress(plan.id, plan.title, plan.content_hash, date(2026, 11, 2), now), mock, answer])
    app = SystemCraftApp(load_library([BUNDLED_SCENARIOS.parent / "plans", *_fixtures(*BEHAVIORAL)]), clock=FakeClock(now))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        text = screen_text(app.screen)
        assert "First behavioral mock completed with written feedback" in text
        assert "ticked from the log: the behavioral mock of 10 Nov 12:00, verdict Hire" in text
        await pilot.press("escape", "g")
        await pilot.pause()
        progress = screen_text(app.screen, "#mocks")
        assert "Mock interviews" in progress and "45-minute behavioral interview" in progress
        assert "3.5/5" in progress and "Hire" in progress  # the mean of 4 (a round) and 3 (the loop's own area)


async def test_a_mock_left_part_way_keeps_its_answers_as_abandoned_sessions():
    app = _app(*_fixtures(*BEHAVIORAL), mock=("behavioral", 5))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for seconds in (60, 45, 20):  # the introduction, the Situation, part of the Task
            app.clock.advance(seconds)
            await pilot.press("ctrl+n")
            await pilot.pause()
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("left", "enter")  # Leave
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert not isinstance(app.screen, MockScreen)
    log = PracticeLog.open()
    (mock,) = log.mocks()
    assert mock.status == SessionStatus.ABANDONED and mock.snapshot is None and mock.verdict is None
    (answer,) = [log.session(i) for i in mock.session_ids]
    assert answer.status == SessionStatus.ABANDONED and answer.score is None and answer.practice_seconds == 65
    assert log.review_cards() == [] and log.drafts() == []


async def test_a_loop_left_in_its_second_round_keeps_the_answers_rated_at_the_break_completed():
    app = _app(BUNDLED_SCENARIOS, mock=("loop", 3))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        run = app.screen.run
        while run.current.kind is not PartKind.BREAK:
            app.clock.advance(30)
            await pilot.press("ctrl+n")
            await pilot.pause()
        first = [q.item_id for q in run.draw.rounds[0].questions]
        assert await _rate_everything(pilot, app, 4) == len(first) + 1
        for _ in range(2):  # past the break, then the second round's introduction
            await pilot.press("ctrl+n")
            await pilot.pause()
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmScreen)
        assert f"The {len(first)} answers you rated at a break stay completed" in screen_text(app.screen)
        await pilot.press("left", "enter")  # Leave
        await pilot.pause()
        await app.workers.wait_for_complete()
    log = PracticeLog.open()
    (mock,) = log.mocks()
    assert mock.status == SessionStatus.ABANDONED and mock.verdict is None
    sessions = [log.session(i) for i in mock.session_ids]
    rated = [s for s in sessions if s is not None and s.status == SessionStatus.COMPLETED]
    assert [s.scenario.id for s in rated] == first and all(s.score is not None for s in rated)
    assert all(s is not None and s.status == SessionStatus.ABANDONED for s in sessions[len(first):])
    assert {c.subject_id for c in log.review_cards()} == set(first)  # their review cards moved


async def test_a_mock_draft_that_cannot_be_resumed_is_kept_as_abandoned_and_said_why():
    damaged = replace(factories.mock_record(), status="draft", finished=None, verdict=None, snapshot={"version": 1, "draw": "?"})
    PracticeLog.open().save(damaged)
    app = _app(*_fixtures(*BEHAVIORAL))
    async with app.run_test(size=(80, 24)) as pilot:
        await _resume_the_draft(pilot)
        assert not isinstance(app.screen, MockScreen)
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("the mock draft cannot be resumed") and m.endswith("kept in the log as abandoned.") for m in messages)
        await app.workers.wait_for_complete()  # kept as abandoned by a worker
    (kept,) = PracticeLog.open().mocks()
    assert kept.status == SessionStatus.ABANDONED and kept.snapshot == damaged.snapshot  # its bytes stay for a look
    assert kept.session_ids == ()  # the ids a draft keeps for its sessions to come: none was saved


async def test_a_mock_draft_set_aside_claims_no_sessions_it_never_saved():
    app = _app(*_fixtures(*BEHAVIORAL), mock=("behavioral", 11))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()  # closed on its first question: a draft
    (draft,) = PracticeLog.open().mocks()
    assert draft.session_ids  # one id kept per question drawn
    again = _app(*_fixtures(*BEHAVIORAL))
    async with again.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ConfirmScreen))
        await pilot.press("right", "enter")  # Set it aside
        await again.workers.wait_for_complete()
    (kept,) = PracticeLog.open().mocks()
    assert kept.status == SessionStatus.ABANDONED and kept.session_ids == ()  # Progress counts no question for it


async def test_a_mock_closed_at_its_rating_resumes_there_with_the_ratings_given():
    app = _app(*_fixtures(*BEHAVIORAL), mock=("behavioral", 7))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _answer_all(pilot, app)
        await app.workers.wait_for_complete()  # the terminal closes before any rating
    again = _app(*_fixtures(*BEHAVIORAL))
    async with again.run_test(size=(80, 24)) as pilot:
        await _resume_the_draft(pilot)
        assert isinstance(again.screen, MockAssessmentScreen)
        assert again.screen.sub_title.startswith("mock: answer 1 of ")
        for rating in again.screen.query(Rating):
            rating.value = 5
        await pilot.press("ctrl+s")
        await pilot.pause()
        await again.workers.wait_for_complete()  # and closes again after one
    last = _app(*_fixtures(*BEHAVIORAL))
    async with last.run_test(size=(80, 24)) as pilot:
        await _resume_the_draft(pilot)
        assert last.screen.sub_title.startswith("mock: answer 2 of ")


async def test_esc_on_a_mock_s_self_assessment_and_on_its_round_feedback_asks_before_leaving_unrated():
    app = _app(*_fixtures(*BEHAVIORAL), mock=("behavioral", 5))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _answer_all(pilot, app)
        screen = app.screen
        assert isinstance(screen, MockAssessmentScreen)
        await pilot.press("4", "3", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Leave this answer unrated?" in screen_text(app.screen) and "2 ratings" in screen_text(app.screen)
        await pilot.press("enter")  # the default keeps rating
        await pilot.pause()
        assert app.screen is screen and [r.value for r in screen.query(Rating)][:3] == [4, 3, None]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("left", "enter")  # Leave unrated
        await pilot.pause()
        assert app.screen is not screen
        await _rate_everything(pilot, app, 4, (MockAssessmentScreen,))
        assert isinstance(app.screen, FeedbackScreen)
        feedback = app.screen
        await pilot.press("5", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and "Leave every area unrated?" in screen_text(app.screen)
        await pilot.press("enter")  # Keep rating
        await pilot.pause()
        assert app.screen is feedback and feedback.ratings()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("left", "enter")  # Leave unrated
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        assert screen_text(app.screen).count("Not self-assessed") == 1  # the first answer, its ratings dropped
        assert "unrated" in screen_text(app.screen)


async def test_ctrl_q_part_way_through_a_mock_s_self_assessment_keeps_the_ratings_given_for_the_resume():
    app = _app(*_fixtures(*BEHAVIORAL), mock=("behavioral", 5))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _answer_all(pilot, app)
        assert isinstance(app.screen, MockAssessmentScreen)
        await pilot.press("4", "2", "ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
    again = _app(*_fixtures(*BEHAVIORAL))
    async with again.run_test(size=(80, 24)) as pilot:
        await _resume_the_draft(pilot)
        assert isinstance(again.screen, MockAssessmentScreen)
        assert again.screen.sub_title.startswith("mock: answer 1 of ")
        assert [r.value for r in again.screen.query(Rating)][:3] == [4, 2, None]


async def test_the_debrief_s_time_to_spare_is_the_round_s_length_less_the_clock_shown():
    app = _app(*_fixtures(*BEHAVIORAL), mock=("behavioral", 5))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        run = app.screen.run
        await _answer_all(pilot, app, seconds=7.73)  # the round's clock stops on a fraction of a second
        assert run.round_elapsed(0) % 1 > 0.5
        await _rate_everything(pilot, app, 4)
        assert isinstance(app.screen, DebriefScreen)
        clock, length, spare = re.search(r"Clock (\d+:\d\d) of (\d+:\d\d) \((\d+:\d\d) to spare\)", screen_text(app.screen)).groups()

        def seconds(text: str) -> int:
            minutes, secs = text.split(":")
            return int(minutes) * 60 + int(secs)

        assert seconds(clock) + seconds(spare) == seconds(length) == 45 * 60


async def test_ctrl_q_part_way_through_a_round_s_feedback_keeps_the_areas_rated_for_the_resume():
    app = _app(*_fixtures(*BEHAVIORAL), mock=("behavioral", 5))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _answer_all(pilot, app)
        await _rate_everything(pilot, app, 4, (MockAssessmentScreen,))
        assert isinstance(app.screen, FeedbackScreen)
        await pilot.press("2")  # a typed rating goes on to the next area, as the self-assessment's does
        assert app.focused is app.screen.query_one("#area-1")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
    again = _app(*_fixtures(*BEHAVIORAL))
    async with again.run_test(size=(80, 24)) as pilot:
        await _resume_the_draft(pilot)
        assert isinstance(again.screen, FeedbackScreen)  # every answer rated: straight to the round's areas
        assert [r.value for r in again.screen.query(Rating)] == [2, None, None]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("left", "enter")  # Leave unrated: the area given is dropped
        await pilot.pause()
        assert isinstance(again.screen, DebriefScreen) and "unrated" in screen_text(again.screen)


async def test_a_mock_another_window_is_running_is_not_offered_to_resume():
    app = _app(*_fixtures(*BEHAVIORAL), mock=("behavioral", 11))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"cut the scope")
        await pilot.pause()
    (draft,) = PracticeLog.open().mocks()
    holder = held_in_another_process(PracticeLog.open().folder.root / LIVE_FOLDER, draft.id)  # that window, still running the mock
    try:
        again = _app(*_fixtures(*BEHAVIORAL))
        async with again.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert not isinstance(again.screen, ConfirmScreen)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    again = _app(*_fixtures(*BEHAVIORAL))
    async with again.run_test(size=(80, 24)) as pilot:
        await _resume_the_draft(pilot)
        assert isinstance(again.screen, MockScreen)
