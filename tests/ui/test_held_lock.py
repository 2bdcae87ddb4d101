"""Another SystemCraft window holds the practice log's lock while a rehearsal saves: the
save waits in a worker, the keys and the section clock go on, and the save lands after."""

from pathlib import Path

from textual.widgets import Static, TextArea

from systemcraft_tui.content.library import load_library
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from tests.clock import FakeClock
from tests.store import lock_holder
from tests.ui.apps import until

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


async def test_keys_and_the_section_clock_run_while_another_process_holds_the_lock(private_data_dir):
    lock = PracticeLog.open(private_data_dir).folder.lock
    clock = FakeClock()
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")  # the one scenario, its full answer
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        await app.workers.wait_for_complete()  # the draft saved as the rehearsal opened

        await pilot.press(*"partner leaving")
        clock.advance(40)
        holder = lock_holder.start(lock)  # held until released below, however slow the machine
        try:
            await pilot.press("ctrl+n")  # on to Task: the step's draft save waits for the lock
            await pilot.press(*"I owned it")
            clock.advance(15)
            countdown = screen.query_one("#countdown", Static)
            # The section clock's own timer (every TICK_SECONDS) repaints it, however late it runs.
            await until(pilot, lambda: str(countdown.content).startswith("0:15 left"))
            assert screen.rehearsal.current.step.name == "Task"
            assert screen.query_one("#notes", TextArea).text == "I owned it"
            assert str(countdown.content).startswith("0:15 left")  # Task: 30 s at most
            [draft] = app.practice.drafts()
            assert [s.actual_seconds for s in draft.sections][:2] == [0, 0]  # the save has not landed yet
        finally:
            lock_holder.release(holder)
        await app.workers.wait_for_complete()
        await pilot.pause()
        [draft] = PracticeLog.open(private_data_dir).drafts()
        assert draft.sections[0].actual_seconds == 40 and draft.sections[0].notes == "partner leaving"
        assert not [n for n in app._notifications if n.severity == "error"]
