"""The library read behind a progress screen: the first frame never waits for content."""

import threading
from pathlib import Path

from textual.widgets import DataTable, Select, Static

from systemcraft_tui.content.library import load_library
from systemcraft_tui.ui import library_read
from systemcraft_tui.ui.app import LibrarySource, SystemCraftApp
from systemcraft_tui.ui.library_read import LibraryRead
from systemcraft_tui.ui.screens.help import HelpScreen
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.screens.loading import LoadingScreen
from systemcraft_tui.ui.widgets.choice_stand_in import ChoiceStandIn
from tests.ui.apps import until

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


def _library_filled(app) -> bool:
    screen = app.screen
    return isinstance(screen, LibraryScreen) and any(table.row_count for table in screen.query("#items").results(DataTable))


def _library_settled(app) -> bool:
    """Filled, and the filters in place: the Selects that stood in for the first frame are
    mounted. (An app closed while one is mounted stops on an internal error, Select's
    mount finding its overlay gone: the tests wait for this, not for a fixed time.)"""
    screen = app.screen
    return _library_filled(app) and not screen.query(ChoiceStandIn) and all(s.is_mounted for s in screen.query(Select))


async def test_progress_shows_while_reading_and_the_library_follows_whatever_is_on_top(monkeypatch, log_not_open_yet):
    halfway, go_on = threading.Event(), threading.Event()

    def slow_load(paths, cache, progress, workers):
        progress(1, 2)
        halfway.set()
        go_on.wait(10)
        progress(2, 2)
        return load_library(paths, cache)

    monkeypatch.setattr(library_read, "load_library", slow_load)
    app = SystemCraftApp(LibrarySource([FIXTURES]))
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, halfway.is_set)
        await until(pilot, lambda: "1 of 2 files" in str(app.screen.query_one("#reading-text", Static).content))
        assert isinstance(app.screen, LoadingScreen)
        await pilot.press("f1")  # the app answers keys while it reads
        assert isinstance(app.screen, HelpScreen)
        go_on.set()
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
        assert isinstance(app.screen, HelpScreen)  # left open until the user closes it
        await pilot.press("escape")
        await until(pilot, lambda: _library_filled(app))
        assert app.screen.query_one("#items", DataTable).row_count == 6
        await until(pilot, lambda: _library_settled(app))
        assert not any(isinstance(screen, LoadingScreen) for screen in app.screen_stack)


async def test_the_library_read_in_the_app_is_the_library_read_directly(tmp_path):
    from systemcraft_tui.content.cache import ParseCache
    from systemcraft_tui.content.serialize import item_to_dict

    app = SystemCraftApp(LibrarySource([FIXTURES], ParseCache(tmp_path / "cache")))
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: _library_filled(app))
        await until(pilot, lambda: _library_settled(app))
        direct = load_library([FIXTURES])
        assert [item_to_dict(i) for i in app.library.items] == [item_to_dict(i) for i in direct.items]
        assert app.library.problems == direct.problems


async def test_a_library_read_by_the_first_frame_goes_straight_to_the_library(monkeypatch):
    shown: list[LoadingScreen] = []
    monkeypatch.setattr(LoadingScreen, "on_mount", lambda screen: shown.append(screen), raising=False)
    reading = LibraryRead(LibrarySource([FIXTURES]))
    reading.library()  # done (as a warm read is) before the app mounts
    app = SystemCraftApp(reading)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: _library_settled(app))
        assert shown == []
        assert app.screen_stack == [app.screen]  # the first screen itself: no blank screen under it


async def test_a_library_read_just_after_textual_asks_for_a_screen_goes_straight_to_it(monkeypatch):
    shown: list[LoadingScreen] = []
    monkeypatch.setattr(LoadingScreen, "on_mount", lambda screen: shown.append(screen), raising=False)

    class ReadJustAfter(LibraryRead):
        asked = 0

        def done(self) -> bool:  # not yet when Textual asks for its first screen, then read
            self.asked += 1
            return self.asked > 1 and super().done()

    reading = ReadJustAfter(LibrarySource([FIXTURES]))
    reading.library()
    app = SystemCraftApp(reading)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: _library_settled(app))
        assert shown == []
        assert len(app.screen_stack) == 2  # over Textual's blank screen
