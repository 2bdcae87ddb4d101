"""A session file damaged by something outside the app while a rehearsal runs: each save
is kept beside the log (store/unsaved.py), the candidate is told once rather than at every
autosave, and the completed answer is in the log after the next start sets the damaged
file aside."""

from pathlib import Path

from systemcraft_tui.content.library import load_library
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from systemcraft_tui.ui.screens.review import ReviewScreen
from tests.clock import FakeClock
from tests.store.factories import segments
from tests.ui.apps import until
from tests.ui.assess import answer_every_step

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


async def test_a_rehearsal_over_a_damaged_log_is_kept_and_told_once(private_data_dir):
    clock = FakeClock()
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")  # the one scenario, its full answer
        await pilot.pause()
        assert isinstance(app.screen, RehearsalScreen)
        await app.workers.wait_for_complete()  # the first draft is in the log
        [session_file] = segments(PracticeLog.open(private_data_dir))
        session_file.write_bytes(b'{"sessions": ')  # cut short by another program

        await pilot.press(*"partner leaving")
        assessment = await answer_every_step(pilot, 20)  # a draft saved at every step
        for _ in assessment.items:
            await pilot.press("4")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))  # pushed once the save's worker is done
        assert app.screen.saved_note == "Not saved to the log: see the notice."
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert len(errors) <= 2, errors  # drafts told once; the completed save (with its card) once more
        assert all(m.startswith("Not in the practice log yet: sessions-000001.json is cut short") for m in errors), errors
    assert session_file.read_bytes() == b'{"sessions": '

    log = PracticeLog.open(private_data_dir, start_fresh=True)
    [session] = log.summaries()
    assert session.status == SessionStatus.COMPLETED
    assert log.session(session.id).sections[0].notes == "partner leaving"
    assert len(log.review_cards()) == 1
