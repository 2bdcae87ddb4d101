"""A log whose history's digest must be built first (a big log opened for the first time):
the library opens at once, the header counts the files read in a worker, History,
Progress and `n` say they wait for it, and all three work once it is ready."""

from __future__ import annotations

import shutil
import threading

from systemcraft_tui.content.library import load_library
from systemcraft_tui.service import Practice
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.history import HistoryScreen
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.screens.progress import ProgressScreen
from tests.store import factories
from tests.ui.apps import FIXTURES, until


async def test_the_library_opens_while_the_history_is_prepared_in_a_worker(private_data_dir, monkeypatch):
    log = PracticeLog.open(private_data_dir)
    factories.seed(log, 30, notes_chars=100)
    shutil.rmtree(log.path / "digest")
    release = threading.Event()
    threads: list[str] = []
    prepare = Practice.prepare

    def held(self, progress, stopped):
        threads.append(threading.current_thread().name)
        progress(0, 1)
        release.wait(10)
        return prepare(self, progress, stopped)

    monkeypatch.setattr(Practice, "prepare", held)
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]))
    notes: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        monkeypatch.setattr(app, "notify", lambda message, **_: notes.append(message))
        await until(pilot, lambda: app.sub_title == "preparing history: 0 of 1 file")
        assert isinstance(app.screen, LibraryScreen) and not app.practice.ready
        for key in ("h", "g", "n"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)
        assert notes == ["Your practice history is being prepared (0 of 1 file read); this opens once it is ready."] * 3
        release.set()
        await until(pilot, lambda: app.practice.ready and app.sub_title == app.SUB_TITLE)
        assert threads != [threading.current_thread().name]
        await pilot.press("h")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        assert app.practice.history().sessions == 30
        await pilot.press("escape", "g")
        await until(pilot, lambda: isinstance(app.screen, ProgressScreen))
