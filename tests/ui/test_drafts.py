"""Unfinished work survives: the draft keeps typed notes a moment after typing stops (saved in
a worker thread), the time spent on the current section, and the ratings of a self-assessment
left part-way; the resume dialog takes Enter as Resume and brings all of it back."""

import errno
import signal
import subprocess
import threading

import pytest
from textual.widgets import Button, Static, TextArea

from systemcraft_tui.content.library import load_library
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.store.live import LIVE_FOLDER, LiveSessions
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.assessment import AssessmentScreen
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.rehearsal import TYPING_PAUSE, RehearsalScreen
from systemcraft_tui.ui.screens.review import ReviewScreen
from systemcraft_tui.ui.widgets.rating import Rating
from tests.clock import FakeClock
from tests.store.live_holder import held_in_another_process
from tests.ui.apps import FIXTURES, until
from tests.ui.assess import answer_every_step, assess_and_save
from tests.ui.shown import shown


def _library():
    return load_library([FIXTURES / "template_single.md"])


async def _start(pilot) -> RehearsalScreen:
    await pilot.press("enter", "enter")  # the fixture scenario, full answer
    await pilot.pause()
    assert isinstance(pilot.app.screen, RehearsalScreen)
    return pilot.app.screen


def _focused_button(app) -> str:
    assert isinstance(app.focused, Button)
    return str(app.focused.id)


async def test_notes_are_in_the_log_a_moment_after_typing_stops_saved_off_the_event_loop(monkeypatch):
    threads: dict[str, str] = {}  # notes saved -> the thread that saved them
    save = PracticeLog.save_all

    def recording(log, records):
        for record in records:
            threads[record.sections[0].notes] = threading.current_thread().name
        return save(log, records)

    monkeypatch.setattr(PracticeLog, "save_all", recording)
    app = SystemCraftApp(_library(), clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await _start(pilot)
        await pilot.press(*"the partner was about to leave")
        await pilot.pause(TYPING_PAUSE + 0.3)
        await app.workers.wait_for_complete()
        # What a kill -9 now would leave: the log as it is on disk, read by another process.
        (draft,) = PracticeLog.open().drafts()
        assert draft.sections[0].notes == "the partner was about to leave"
        assert threads["the partner was about to leave"] != threading.main_thread().name, "saved on the event loop"


async def test_the_time_on_the_current_section_comes_back_on_resume_with_enter():
    clock = FakeClock()
    library = _library()
    app = SystemCraftApp(library, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _start(pilot)
        clock.advance(35)
        await pilot.press("ctrl+n")
        clock.advance(21)  # talking, not typing: nothing but the clock has changed
    # The app closed (Ctrl+Q, or a closed terminal's hang-up) in the middle of the Task section.

    app = SystemCraftApp(library, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert _focused_button(app) == "yes"  # Resume, painted as the choice, takes Enter
        assert app.screen.query_one("#yes", Button).variant == "primary"
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        assert screen.rehearsal.current.step.name == "Task"
        assert screen.rehearsal.elapsed() == 21 and screen.rehearsal.elapsed(0) == 35
        assert "0:21" in shown(screen.query_one("#step-list", Static))


async def test_while_the_clock_runs_the_draft_keeps_its_time_without_any_typing():
    clock = FakeClock()
    app = SystemCraftApp(_library(), clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _start(pilot)
        clock.advance(17)
        screen._keep_running_draft()  # what the timer does every few seconds
        await app.workers.wait_for_complete()
        (draft,) = PracticeLog.open().drafts()  # as a kill -9 now would leave it
        assert draft.sections[0].actual_seconds == 17
        await pilot.press("ctrl+t")  # paused: nothing changes, nothing is written
        clock.advance(30)
        screen._keep_running_draft()
        await app.workers.wait_for_complete()
        (draft,) = PracticeLog.open().drafts()
        assert draft.sections[0].actual_seconds == 17


async def test_the_dialogs_buttons_move_with_the_arrows_and_tab_and_esc_answers_neither():
    app = SystemCraftApp(_library(), clock=FakeClock())
    answers = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for default in ("yes", "no"):
            app.push_screen(ConfirmScreen("Go?", "Go", "Stay", default=default), answers.append)
            await pilot.pause()
            assert _focused_button(app) == default
            await pilot.press("right", "right")
            assert _focused_button(app) == "no"
            await pilot.press("left", "left")
            assert _focused_button(app) == "yes"
            await pilot.press("tab")
            assert _focused_button(app) == "no"
            await pilot.press("shift+tab", "enter")  # Enter takes the focused answer
            await pilot.pause()
        app.push_screen(ConfirmScreen("Go?"), answers.append)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    assert answers == [True, True, None]


async def test_esc_on_the_resume_dialog_keeps_the_draft_for_the_next_start():
    library = _library()
    async with SystemCraftApp(library, clock=FakeClock()).run_test(size=(100, 30)) as pilot:
        await _start(pilot)
    app = SystemCraftApp(library, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert "asked again" in [n.message for n in app._notifications][-1]
    assert len(PracticeLog.open().drafts()) == 1


async def test_leaving_the_self_assessment_asks_first_and_keeps_the_ratings_for_a_resume():
    clock = FakeClock()
    library = _library()
    app = SystemCraftApp(library, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _start(pilot)
        await answer_every_step(pilot, 30)
        await pilot.press("4", "2")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "2 ratings given so far" in str(app.screen.query_one("Static").content)
        await pilot.press("enter")  # the default keeps rating
        await pilot.pause()
        assert isinstance(app.screen, AssessmentScreen)
        assert [r.value for r in app.screen.query(Rating)][:3] == [4, 2, None]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("left", "enter")  # Leave
        await pilot.pause()
        assert not isinstance(app.screen, (AssessmentScreen, ConfirmScreen))
        await app.workers.wait_for_complete()  # the draft with the ratings is saved by a worker

    (draft,) = PracticeLog.open().drafts()
    assert draft.finished is not None and draft.score is None
    assert list(draft.ratings.values()) == [4, 2]

    app = SystemCraftApp(library, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "was not rated" in str(app.screen.query_one("Static").content)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AssessmentScreen)
        ratings = list(screen.query(Rating))
        assert [r.value for r in ratings][:3] == [4, 2, None]
        assert app.focused is ratings[2], "it opens on the first item still unrated, where the user left off"
        for rating in ratings[2:]:
            rating.value = 3
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))  # the save runs in a worker
        assert isinstance(app.screen, ReviewScreen)
    (session,) = PracticeLog.open().sessions()
    assert session.status == "completed" and list(session.ratings.values())[:3] == [4, 2, 3]
    assert [s.actual_seconds for s in session.sections] == [30, 30, 30, 30]


def _full_disk(patch: pytest.MonkeyPatch, also_aside: bool = False) -> None:
    """Every write of the log's files fails as a full disk fails (and the keeping aside too)."""
    from systemcraft_tui.store import storage, unsaved

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    patch.setattr(storage, "write_together", full)
    if also_aside:
        patch.setattr(unsaved, "atomic_write", full)


async def test_quitting_mid_rehearsal_on_a_full_disk_keeps_the_draft_aside_and_says_where(monkeypatch, capfd, private_data_dir):
    app = SystemCraftApp(_library(), clock=FakeClock())
    with monkeypatch.context() as patch:
        async with app.run_test(size=(100, 30)) as pilot:
            await _start(pilot)
            await app.workers.wait_for_complete()
            _full_disk(patch)
            await pilot.press(*"kept through a full disk")
            await pilot.press("ctrl+q")
    assert app.return_code == 0
    printed = capfd.readouterr().err.strip()  # one line, its paths unbroken
    log = private_data_dir / "practice-log"
    assert printed == (
        f"Could not save to {log}: no space left on device. "
        f"The unfinished rehearsal is kept in {log / 'unsaved'}, and goes into the log when SystemCraft next opens it."
    )
    (draft,) = PracticeLog.open().drafts()  # brought back from the unsaved folder
    assert draft.sections[0].notes == "kept through a full disk"


async def test_quitting_when_even_the_keeping_aside_fails_says_the_draft_is_lost_and_exits_non_zero(monkeypatch, capfd):
    app = SystemCraftApp(_library(), clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await _start(pilot)
        await app.workers.wait_for_complete()
        _full_disk(monkeypatch, also_aside=True)
        await pilot.press(*"nowhere to go")
        await pilot.press("ctrl+q")
    assert app.return_code == 1
    printed = capfd.readouterr().err.strip()
    assert printed.startswith("Could not save to ") and printed.endswith(
        "practice-log: no space left on device. "
        "The unfinished rehearsal could not be kept aside either: what changed since its last save is lost."
    )


def _held_in_another_process(session_id: str) -> subprocess.Popen:
    """Another window rehearsing the session (store/live.py)."""
    return held_in_another_process(PracticeLog.open().folder.root / LIVE_FOLDER, session_id)


async def test_a_draft_another_window_is_rehearsing_is_not_offered_until_that_window_ends():
    library = _library()
    async with SystemCraftApp(library, clock=FakeClock()).run_test(size=(100, 30)) as pilot:
        await _start(pilot)  # closed mid-rehearsal: a draft
    (draft,) = PracticeLog.open().drafts()
    holder = _held_in_another_process(draft.id)
    try:
        app = SystemCraftApp(library, clock=FakeClock())
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert not isinstance(app.screen, ConfirmScreen)  # resuming it here would make two saves of one session
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    app = SystemCraftApp(library, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))  # that window gone: offered at once


async def test_resume_refused_when_another_window_took_the_draft_after_it_was_offered():
    library = _library()
    async with SystemCraftApp(library, clock=FakeClock()).run_test(size=(100, 30)) as pilot:
        await _start(pilot)
    (draft,) = PracticeLog.open().drafts()
    app = SystemCraftApp(library, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        holder = _held_in_another_process(draft.id)
        try:
            await pilot.press("enter")
            await pilot.pause()
            assert not isinstance(app.screen, RehearsalScreen)
            assert "Another window is rehearsing it now" in [n.message for n in app._notifications][-1]
        finally:
            holder.send_signal(signal.SIGKILL)
            holder.wait()


async def test_notes_typed_after_a_resume_go_on_after_the_notes_kept():
    library = _library()
    async with SystemCraftApp(library, clock=FakeClock()).run_test(size=(100, 30)) as pilot:
        await _start(pilot)
        await pilot.press(*"first notes")
        await pilot.pause(TYPING_PAUSE + 0.3)
    app = SystemCraftApp(library, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, RehearsalScreen))
        await pilot.press(*" and more")
        assert app.screen.query_one("#notes", TextArea).text == "first notes and more"


async def test_a_rehearsal_under_way_is_held_for_its_window_and_let_go_once_saved():
    app = SystemCraftApp(_library(), clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await _start(pilot)
        await app.workers.wait_for_complete()  # held in the log's worker, with the first draft
        (draft,) = PracticeLog.open().drafts()
        other_window = LiveSessions(PracticeLog.open().folder.root / LIVE_FOLDER)
        assert other_window.held_elsewhere(draft.id)
        await answer_every_step(pilot, 30)
        await assess_and_save(pilot, 4)
        await app.workers.wait_for_complete()
        assert not other_window.held_elsewhere(draft.id)  # saved: nothing left to resume, nothing held
