"""History, Progress, the story bank and a whole attempt are read from the log in a worker: while the
digest is slow to answer (a big log, another window's save holding it), the keys and the
clocks go on, and what was asked opens once it is read, over the screen it was asked from."""

from __future__ import annotations

import errno
import threading

import pytest
from textual.widgets import DataTable

from systemcraft_tui.service import Practice
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.attempt import AttemptScreen
from systemcraft_tui.ui.screens.help import HelpScreen
from systemcraft_tui.ui.screens.history import HistoryScreen
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.screens.progress import ProgressScreen
from systemcraft_tui.ui.screens.stories import StoryBankScreen
from tests.store import factories
from tests.ui.apps import fixture_app, opened, until


class Held:
    """A practice call that waits, in the thread that makes it, until released."""

    def __init__(self, monkeypatch, name: str) -> None:
        self.release = threading.Event()
        self.threads: list[str] = []
        real = getattr(Practice, name)

        def held(practice, *args):
            self.threads.append(threading.current_thread().name)
            self.release.wait(10)
            return real(practice, *args)

        monkeypatch.setattr(Practice, name, held)


def _app(data_dir, sessions: int = 3) -> SystemCraftApp:
    factories.seed(PracticeLog.open(data_dir), sessions, notes_chars=50)
    return fixture_app()


@pytest.mark.parametrize(
    ("key", "read", "screen_type"),
    [("g", "progress", ProgressScreen), ("h", "history", HistoryScreen), ("s", "story_bank", StoryBankScreen)],
)
async def test_a_screen_is_read_in_a_worker_while_the_keys_go_on(private_data_dir, monkeypatch, key, read, screen_type):
    app = _app(private_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.opened is not None and app.opened.ready)
        held = Held(monkeypatch, read)
        await pilot.press(key)
        await until(pilot, lambda: held.threads)
        library = app.screen
        assert isinstance(library, LibraryScreen) and held.threads != [threading.current_thread().name]
        table = library.query_one("#items", DataTable)
        row = table.cursor_row
        await pilot.press("down")  # answered while the digest is still being asked
        assert table.cursor_row == row + 1
        held.release.set()
        await until(pilot, lambda: isinstance(app.screen, screen_type))


@pytest.mark.parametrize(("key", "screen_type"), [("f1", HelpScreen), ("h", HistoryScreen)])
async def test_what_is_read_after_the_user_moved_on_does_not_open(private_data_dir, monkeypatch, key, screen_type):
    """Progress asked for, then the help or the history before it is read: the later key
    wins, and Progress does not open over the screen it led to."""
    app = _app(private_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.opened is not None and app.opened.ready)
        held = Held(monkeypatch, "progress")
        await pilot.press("g")
        await until(pilot, lambda: held.threads)
        await opened(pilot, key, screen_type)
        held.release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, screen_type)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_a_log_that_cannot_be_read_says_so_and_stays(private_data_dir, monkeypatch):
    app = _app(private_data_dir)
    notes: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.opened is not None and app.opened.ready)

        def refused(*_):
            raise OSError(errno.EIO, "Input/output error")

        monkeypatch.setattr(Practice, "progress", refused)
        monkeypatch.setattr(app, "notify", lambda message, **_: notes.append(message))
        await pilot.press("g")
        await until(pilot, lambda: notes)
        assert isinstance(app.screen, LibraryScreen)
        assert notes[0].startswith("Could not read ") and notes[0].endswith(": input/output error.")


async def test_a_page_read_after_the_history_closed_is_dropped(private_data_dir, monkeypatch):
    app = _app(private_data_dir, sessions=5)
    async with app.run_test(size=(80, 24)) as pilot:
        history = await opened(pilot, "h", HistoryScreen)
        held = Held(monkeypatch, "history_page")
        history.query_one("#history-range").value = 7
        await until(pilot, lambda: held.threads)
        assert history.asking
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
        held.release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)  # and no error from the closed screen


async def test_enter_reads_the_attempt_in_a_worker(private_data_dir, monkeypatch):
    app = _app(private_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        history = await opened(pilot, "h", HistoryScreen)
        held = Held(monkeypatch, "session")
        await pilot.press("enter")
        await until(pilot, lambda: held.threads)
        assert app.screen is history
        held.release.set()
        await until(pilot, lambda: isinstance(app.screen, AttemptScreen))


async def test_a_page_that_cannot_be_read_is_asked_for_again_next_time(private_data_dir, monkeypatch):
    app = _app(private_data_dir, sessions=5)
    notes: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        history = await opened(pilot, "h", HistoryScreen)
        real = Practice.history_page

        def refused(*_):
            raise OSError(errno.EIO, "Input/output error")

        monkeypatch.setattr(Practice, "history_page", refused)
        monkeypatch.setattr(app, "notify", lambda message, **_: notes.append(message))
        history.query_one("#history-range").value = 7
        await until(pilot, lambda: notes)
        assert not history.asking and notes[0].startswith("Could not read ")
        monkeypatch.setattr(Practice, "history_page", real)
        history.query_one("#history-range").value = 0
        await until(pilot, lambda: not history.asking and history.query_one("#attempts", DataTable).row_count == 5)
