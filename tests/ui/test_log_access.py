"""The app when its log cannot be opened, is read-only, or the app itself fails: a clear
screen, an exit status that says so, and never a record on the terminal."""

from __future__ import annotations

import os
import random
from pathlib import Path

from textual.widgets import Header, Static

from systemcraft_tui.content.library import load_library
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.screens.log_unavailable import LogUnavailableScreen
from tests.store import factories

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


def _library():
    return load_library([FIXTURES / "template_single.md"])


def _seeded(data_dir: Path) -> PracticeLog:
    log = PracticeLog.open(data_dir)
    factories.seed(log, 12, notes_chars=200)
    return log


async def test_a_folder_in_place_of_a_log_file_shows_why_and_quits_with_status_1(private_data_dir):
    log = _seeded(private_data_dir)
    session_file = next(log.path.glob("sessions-*.json"))
    session_file.unlink()
    session_file.mkdir()
    app = SystemCraftApp(_library())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LogUnavailableScreen)
        text = str(app.screen.query_one(Static).content)
        assert f"{session_file} is a folder, not a regular file" in text and "Nothing was read or changed" in text
        assert not any(s.title in text for s in log.stories())
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 1 and app.opened is None
    assert session_file.is_dir() and list(session_file.iterdir()) == []


async def test_a_dangling_link_in_place_of_the_log_quits_with_status_1_by_escape(private_data_dir):
    (private_data_dir / "practice-log").mkdir(parents=True)
    (private_data_dir / "practice-log" / "practice.json").symlink_to("/nonexistent/practice.json")
    app = SystemCraftApp(_library())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "is a symbolic link to /nonexistent/practice.json, which does not exist" in str(app.screen.query_one(Static).content)
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 1


async def test_quitting_at_the_damaged_log_screen_exits_with_status_1(private_data_dir):
    (private_data_dir / "practice-log").mkdir(parents=True)
    (private_data_dir / "practice-log" / "practice.json").write_bytes(b"{")
    app = SystemCraftApp(_library())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.click("#no")  # Quit
        await pilot.pause()
    assert app.return_code == 1


async def test_a_read_only_log_opens_says_so_and_refuses_saves_with_an_error(private_data_dir):
    log = _seeded(private_data_dir)
    PracticeLog.open(private_data_dir)  # summaries written while it may be
    os.chmod(log.path, 0o500)
    try:
        app = SystemCraftApp(_library())
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)
            assert app.practice.read_only_reason is not None
            titles = [n.title for n in app._notifications]
            assert "The practice log is read-only" in titles
            header = app.screen.query_one(Header)
            assert "read-only log" in header.screen_sub_title
            story = factories.story(random.Random(1), 70)
            app.write(lambda: app.practice.save_story(story))
            await app.workers.wait_for_complete()
            await pilot.pause()
            messages = [n.message for n in app._notifications]
            assert any(m.startswith("Could not save to the log: the practice log is read-only") for m in messages), messages
    finally:
        os.chmod(log.path, 0o700)


async def test_a_crash_shows_a_traceback_without_the_values_of_local_variables(capfd, private_data_dir):
    app = SystemCraftApp(_library())
    secret = "".join(["private ", "interview ", "notes"])  # built at run time: not in any source line

    def fail_with_a_secret_in_scope() -> None:
        notes = secret
        raise RuntimeError(f"failed after {len(notes)} characters")

    try:
        async with app.run_test(size=(80, 24)) as pilot:
            app.call_later(fail_with_a_secret_in_scope)
            await pilot.pause()
    except RuntimeError:
        pass
    printed = capfd.readouterr().err
    assert "RuntimeError: failed after 23 characters" in printed
    assert secret not in printed and app.return_code == 1


async def test_an_import_killed_after_its_commit_is_finished_at_start_and_said(private_data_dir, tmp_path, monkeypatch):
    from systemcraft_tui.store import journal

    log = PracticeLog.open(private_data_dir)
    log.save_all([factories.story(random.Random(1), 1)])

    class Killed(BaseException):
        pass

    def killed(root, moves):
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(journal, "_finish", killed)
        try:
            log.merge([*factories.history(3, notes_chars=50), factories.story(random.Random(2), 2)], "import of /tmp/x.json")
        except Killed:
            pass
    app = SystemCraftApp(_library())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        [note] = [n for n in app._notifications if n.title == "An interrupted change"]
        assert note.message.startswith("An interrupted import of /tmp/x.json (started ")
        assert app.practice.history().sessions == 3 and len(app.practice.story_bank().stories) == 2
