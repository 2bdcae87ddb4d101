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
from tests.ui.apps import FIXTURES


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
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen) and not app.practice.ready
        assert app.sub_title == "preparing history: 0 of 1 file"
        for key in ("h", "g", "n"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)
        assert notes == ["Your practice history is being prepared (0 of 1 file read); this opens once it is ready."] * 3
        release.set()
        for _ in range(100):
            await pilot.pause(0.02)
            if app.practice.ready:
                break
        await pilot.pause()
        assert app.sub_title == app.SUB_TITLE and threads != [threading.current_thread().name]
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen) and app.practice.history().sessions == 30
        await pilot.press("escape", "g")
        await pilot.pause()
        assert isinstance(app.screen, ProgressScreen)
