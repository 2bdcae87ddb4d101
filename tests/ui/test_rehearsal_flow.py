"""Whole rehearsals driven through the screens with a frozen, hand-moved clock."""

from pathlib import Path

from textual.widgets import SelectionList, Static, TextArea
from textual.widgets._footer import FooterKey

from systemcraft_tui.content.library import load_library
from systemcraft_tui.core.vocabulary import Mode
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.assessment import AssessmentScreen
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.rehearsal import REVEAL_HINT, RehearsalScreen
from systemcraft_tui.ui.screens.review import ReviewScreen
from systemcraft_tui.ui.screens.start import StartChoice
from tests.clock import FakeClock
from tests.ui.apps import fixture_app, until
from tests.ui.shown import shown
from tests.ui.terminal import terminal_text
from tests.ui.typing import type_at_once, type_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


def _text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).content)


async def _open(pilot, app, item_id: str) -> None:
    index = [item.id for item in app.library.items].index(item_id)
    for _ in range(index):
        await pilot.press("down")
    await pilot.press("enter")  # the start choice
    await pilot.pause()


async def _rehearse_in_full(pilot, app) -> None:
    """Open the one fixture scenario and start its full answer."""
    await _open(pilot, app, "template-single/co-01")
    await pilot.press("enter")  # Full answer
    await pilot.pause()


async def test_behavioral_rehearsal_with_probes_to_review():
    clock = FakeClock()
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await _rehearse_in_full(pilot, app)
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        assert "went beyond what the customer asked" in _text(screen, "#question")

        typed = {
            "Situation": "partner about to leave after 3 outages",
            "Task": "I owned the recovery",
            "Action": "I mapped failed calls and I reprioritised",
            "Result": "failures fell from 4.1% to 0.2% in 6 weeks",
        }
        for name, seconds in (("Situation", 40), ("Task", 20), ("Action", 100), ("Result", 50)):
            assert screen.rehearsal.current.step.name == name
            await type_text(pilot, typed[name])
            clock.advance(seconds)
            screen.refresh_clock()
            if name == "Result":  # 50 s of a 30-45 s window: red, and the clock keeps going
                assert screen.query_one("#countdown").has_class("over")
                assert "0:05 over" in _text(screen, "#countdown")
            await pilot.press("ctrl+n")

        # Probe 1: its question shows; its strong response appears only after moving on.
        assert "What did you stop doing" in _text(screen, "#prompt")
        assert not screen.query_one("#reveal").display
        clock.advance(70)
        await pilot.press("ctrl+n")
        assert "We paused the dashboard redesign" in _text(screen, "#reveal-text")
        assert _text(screen, "#reveal-text").startswith("Strong answer to the last probe:")
        clock.advance(65)
        await pilot.press("ctrl+n")
        await pilot.pause()

        assert isinstance(app.screen, AssessmentScreen)
        attempt = app.screen.attempt
        assert [s.actual_seconds for s in attempt.steps] == [40, 20, 100, 50, 70, 65]
        assert attempt.steps[0].notes == typed["Situation"]
        assert {c.name: c.passed for c in attempt.checks}["Quantified result"]
        await pilot.press("4")  # rate the first item
        assert app.screen.attempt.ratings == {"Customer Obsession": 4}
        await pilot.press("ctrl+s")  # refused: ten items are still unrated
        await pilot.pause()
        assert isinstance(app.screen, AssessmentScreen)
        assert app.focused is app.screen.query_one("#rating-1")
        for _ in range(10):
            await pilot.press("5")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))  # the save runs in a worker
        assert isinstance(app.screen, ReviewScreen)
        saved = app.screen.attempt
        assert len(saved.ratings) == 11 and saved.ratings["Customer Obsession"] == 4

    # The attempt is in the log, as a new process would read it.
    (session,) = PracticeLog.open().sessions()
    assert session.status == "completed" and session.scenario.id == "template-single/co-01"
    assert session.score == saved.score and session.ratings == saved.ratings
    assert [(s.name, s.actual_seconds, s.notes) for s in session.sections][3] == ("Result", 50, typed["Result"])
    assert [(p.question, p.actual_seconds) for p in session.probes] == [
        ("What did you stop doing to make room?", 70),
        ("How did you know the fix worked?", 65),
    ]
    assert session.principles[0] == "Customer Obsession"
    assert {c.name for c in session.checks} >= {"Quantified result", "Timing"}


async def test_notes_typed_just_before_next_stay_with_their_section():
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await _rehearse_in_full(pilot, app)
        screen = app.screen
        type_at_once(app, *"partner about to leave", "ctrl+n", *"I owned it", "ctrl+n")
        await pilot.pause()
        assert screen.rehearsal.current.step.name == "Action"
        assert [state.notes for state in screen.rehearsal.states[:2]] == ["partner about to leave", "I owned it"]
        assert screen.query_one("#notes", TextArea).text == ""


async def test_leaving_asks_first_and_staying_keeps_the_clock():
    clock = FakeClock()
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await _rehearse_in_full(pilot, app)
        rehearsal_screen = app.screen
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#no")
        await pilot.pause()
        assert app.screen is rehearsal_screen
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert not isinstance(app.screen, RehearsalScreen)
        await app.workers.wait_for_complete()  # kept as abandoned by a worker
    (session,) = PracticeLog.open().sessions()
    assert session.status == "abandoned" and session.score is None


async def test_design_rehearsal_with_checklists_time_checks_and_follow_ups():
    clock = FakeClock()
    app = SystemCraftApp(load_library([FIXTURES / "system_design.md"]), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # the problem's own phases (55 minutes)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        assert [s.step.name for s in screen.rehearsal.states] == [
            "High-Level Architecture",
            "Deep Dive Components",
            "Data Design",
            "Trade-offs and Alternatives",
            "Probe 1",
            "Probe 2",
        ]
        checklist = screen.query_one("#checklist", SelectionList)
        assert checklist.display and checklist.option_count == 3
        checklist.select(0)
        await pilot.press("a", "p", "i")
        clock.advance(10 * 60)
        await pilot.press("ctrl+n")
        clock.advance(20 * 60)
        screen.refresh_clock()  # 30 of 55 minutes: the 25% and 50% checks are due
        await pilot.pause()
        assert [n.message for n in app._notifications][-2:] == [
            "Time check: 25% of the interview used",
            "Time check: 50% of the interview used",
        ]
        for _ in range(3):
            clock.advance(5 * 60)
            await pilot.press("ctrl+n")
        assert "How would you handle 10x scale?" in _text(screen, "#prompt")
        assert not screen.query_one("#checklist").display
        clock.advance(60)
        await pilot.press("ctrl+n")
        clock.advance(60)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, AssessmentScreen)
        attempt = app.screen.attempt
        assert attempt.kind == "system_design" and attempt.mode == "phases"
        assert attempt.steps[0].checked == ("Main components drawn",)
        assert attempt.steps[0].notes == "api"
        assert [c.name for c in attempt.checks] == ["Vagueness", "Timing"]


async def test_a_closed_terminal_leaves_a_draft_that_the_next_start_resumes():
    clock = FakeClock()
    library = load_library([FIXTURES / "template_single.md"])
    app = SystemCraftApp(library, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await _rehearse_in_full(pilot, app)
        await pilot.press(*"three outages")
        clock.advance(35)
        await pilot.press("ctrl+n")  # moving on keeps the draft
        await pilot.press(*"owned it")
        clock.advance(12)
        app.screen._keep_typed_notes()  # what a pause in typing does
    # The app is gone without saving anything else: as if the terminal closed.
    (draft,) = PracticeLog.open().drafts()
    assert [(s.name, s.actual_seconds, s.notes) for s in draft.sections][:2] == [
        ("Situation", 35, "three outages"),
        ("Task", 12, "owned it"),
    ]

    clock.advance(3600)
    app = SystemCraftApp(library, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#yes")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        assert screen.rehearsal.current.step.name == "Task" and screen.rehearsal.paused
        assert screen.query_one("#notes", TextArea).text == "owned it"
        assert screen.rehearsal.elapsed() == 12 and screen.rehearsal.elapsed(0) == 35


async def test_declining_a_draft_keeps_it_as_abandoned():
    clock = FakeClock()
    library = load_library([FIXTURES / "template_single.md"])
    app = SystemCraftApp(library, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await _rehearse_in_full(pilot, app)
    app = SystemCraftApp(library, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.click("#no")
        await pilot.pause()
        await app.workers.wait_for_complete()  # set aside as abandoned by a worker
    (session,) = PracticeLog.open().sessions()
    assert session.status == "abandoned"
    assert PracticeLog.open().drafts() == []


async def test_a_damaged_log_is_explained_and_only_replaced_when_asked(private_data_dir):
    library = load_library([FIXTURES / "template_single.md"])
    target = private_data_dir / "practice-log" / "practice.json"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"{ not json")

    app = SystemCraftApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = str(app.screen.query_one(Static).content)
        assert "could not be read" in text and str(target) in text
        await pilot.press("enter")  # Quit has the focus: nothing is changed unless asked
        await pilot.pause()
    assert target.read_bytes() == b"{ not json"  # untouched when the user quits

    app = SystemCraftApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("left", "enter")  # ←/→ move between the answers, as in every question
        await until(pilot, lambda: app.opened is not None)  # the fresh log is opened by a worker
        assert app.opened is not None
    kept = [p for p in private_data_dir.rglob("*") if p.is_file() and p.read_bytes() == b"{ not json"]
    assert kept, "the damaged bytes must be kept aside"


async def test_a_start_choice_without_a_mode_rehearses_a_scenario_in_full():
    """A behavioral item started with no mode chosen gets the full answer, not a plan built
    for a missing mode (which crashed, or was logged as a design's own phases)."""
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app._start(app.library.get("template-single/co-01"), StartChoice())
        await pilot.pause()
        assert isinstance(app.screen, RehearsalScreen)
        assert app.screen.rehearsal.plan.mode is Mode.FULL and app.screen.rehearsal.plan.mode_name == "full"


async def test_a_rehearsal_left_with_esc_shows_in_the_library_s_last_column_its_score_stays_the_last_completed():
    from textual.widgets import DataTable

    clock = FakeClock()
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await _rehearse_in_full(pilot, app)
        clock.advance(30)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#yes")  # Leave: kept as abandoned
        await app.workers.wait_for_complete()
        await pilot.pause()
        row = app.screen.query_one(DataTable).get_row("template-single/co-01")
        assert [str(cell) for cell in row[-2:]] == [f"{clock.utc_now().astimezone():%d %b}", "–"]
    (session,) = PracticeLog.open().sessions()
    assert session.status == "abandoned"


async def test_a_long_phase_name_wraps_beside_its_step_and_window_which_stay_on_one_line():
    app = fixture_app("system_design.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")  # the problem's own phases
        await pilot.pause()
        for _ in range(3):  # to "Trade-offs and Alternatives", too long beside them at 80 columns
            await pilot.press("ctrl+n")
            await pilot.pause()
        lines = shown(app.screen.query_one("#step-title", Static), width=54).splitlines()
        assert lines[0].startswith("Trade-offs and") and lines[0].endswith("window 5–10 min")  # not "window" / "5–10 min"
        assert lines[1].strip() == "Alternatives"


LONG_ANSWER = (
    " ".join(
        f"Step {n}: I wrote down what result would change my mind before the test began, and agreed it with the team."
        for n in range(1, 9)
    )
    + " That is how it ended, in Zanzibar."
)


def _long_answer_app(folder: Path) -> SystemCraftApp:
    """The fixture scenario with a strong answer to its first probe far longer than six lines."""
    short = "We paused the dashboard redesign; I told its sponsor why and when it would resume."
    scenario = folder / "template_single.md"  # the same id as the fixture's
    scenario.write_text((FIXTURES / "template_single.md").read_text().replace(short, LONG_ANSWER))
    return SystemCraftApp(load_library([scenario]), clock=FakeClock())


async def _past_the_first_probe(pilot, app) -> None:
    await _rehearse_in_full(pilot, app)
    for _ in range(5):
        await pilot.press("ctrl+n")
    await pilot.pause()


async def test_a_long_strong_answer_shows_whole_where_there_is_room(tmp_path):
    app = _long_answer_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _past_the_first_probe(pilot, app)
        text = terminal_text(app)
        assert "Step 1:" in text and "Zanzibar." in text  # was cut after six lines
        assert REVEAL_HINT not in text  # nothing to scroll


async def test_a_long_strong_answer_scrolls_under_the_clock_and_the_notes_at_80x24(tmp_path):
    app = _long_answer_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _past_the_first_probe(pilot, app)
        text = terminal_text(app)
        assert "Step 1:" in text and REVEAL_HINT in text and "Zanzibar." not in text
        await pilot.press("tab", "end")  # to the answer, and to its end
        await pilot.pause()
        text = terminal_text(app)
        assert "Zanzibar." in text
        assert "1:30 left" in text and "Notes for Probe 2" in text  # the clock and the notes stay on screen
        assert app.screen.query_one("#notes").size.height >= 3  # room to write in


async def test_the_footer_says_resume_while_the_clock_is_paused_and_pause_while_it_runs():
    def footer(app) -> list[str]:
        return [key.description for key in app.screen.query(FooterKey)]

    app = fixture_app("template_single.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await _rehearse_in_full(pilot, app)
        await pilot.pause()
        assert "Pause" in footer(app) and "Resume" not in footer(app)
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.screen.rehearsal.paused
        assert "Resume" in footer(app) and "Pause" not in footer(app)  # was "Pause" still
        await pilot.press("ctrl+t")  # the key resumes: the footer said what it would do
        await pilot.pause()
        assert not app.screen.rehearsal.paused and "Pause" in footer(app)


def test_a_strong_answer_of_several_points_shows_each_on_its_own_line():
    from systemcraft_tui.ui.screens.rehearsal import revealed

    shown = revealed("How do you stop one noisy team?", "Per-team quotas\nDigest low-priority messages\n")
    assert shown == "How do you stop one noisy team?\n→ Per-team quotas\n→ Digest low-priority messages"


HINTED_PROBES = """\
# Design: Parcel Lockers

## Requirements
- A courier drops a parcel into a free locker; the shopper opens it with a code.

## High-Level Architecture
- Locker service, code service, notification service.

## Storage
- One table of lockers, one of codes.

## Interview Questions
1. [Amazon] How do you pick a locker for a parcel? *(Hint: size first, then the one nearest the door.)*
2. What happens when every locker is full? *(Hint: hold the parcel at the depot.)*
"""


async def test_a_probe_s_hint_is_shown_as_what_a_strong_answer_covers_not_as_one(tmp_path):
    (tmp_path / "parcel-lockers.md").write_text(HINTED_PROBES)
    clock = FakeClock()
    app = SystemCraftApp(load_library([tmp_path]), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # the problem's own steps
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        while screen.rehearsal.current.step.name != "Probe 1":
            await pilot.press("ctrl+n")
        assert _text(screen, "#prompt") == "How do you pick a locker for a parcel?"
        await pilot.press("ctrl+n")
        await pilot.pause()
        shown = _text(screen, "#reveal-text")
        assert shown.startswith("What a strong answer to the last probe covers:")
        assert "(Hint: size first, then the one nearest the door.)" in shown
