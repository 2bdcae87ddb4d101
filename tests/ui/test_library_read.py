"""A library read in a thread: the library screen is the first frame, however big the
library, and fills in as files are read, usable for what is read; a warm read is the
whole library from the first frame."""

import shutil
import threading
import time
from pathlib import Path

import pytest
from textual.widgets import DataTable, Select

from systemcraft_tui.content import cache as cache_module
from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.gated_pool import GatedPool
from systemcraft_tui.content.library import Library, load_library
from systemcraft_tui.practice.library_filter import search_text
from systemcraft_tui.ui import library_read
from systemcraft_tui.ui.app import LibrarySource, SystemCraftApp
from systemcraft_tui.ui.library_read import LibraryRead
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.history import HistoryScreen
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.screens.progress import ProgressScreen
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from systemcraft_tui.ui.screens.start import StartScreen
from systemcraft_tui.ui.screens.stories import StoryBankScreen
from systemcraft_tui.ui.widgets.choice_stand_in import ChoiceStandIn
from systemcraft_tui.ui.widgets.filter_table import FilterTable
from systemcraft_tui.ui.widgets.row_table import RowTable
from tests.clock import FakeClock
from tests.ui.apps import FIXTURES, until

BEING_READ = "The content library is being read (6 of 15 files read); this opens once it is read."


def _copies(folder: Path, copies: int = 3) -> Path:
    """The fixture files (5 files, 6 items) in `copies` folders: the later copies' ids are renamed."""
    for copy in range(copies):
        shutil.copytree(FIXTURES, folder / f"copy{copy}")
    return folder


class HeldRead:
    """The app's read (load_library), handing over a file's items only when the test lets
    it: after `let(n)`, n more files are handed over, and the next one is read and held."""

    def __init__(self, monkeypatch) -> None:
        self._passes = threading.Semaphore(0)
        self.over = threading.Event()  # the read has ended
        self.handed_over = 0  # files

        def held(paths, cache, progress, workers, arrived, forked=None):
            def one_by_one(items, problems):
                assert self._passes.acquire(timeout=30), "the test never let this file through"
                arrived(items, problems)
                self.handed_over += 1

            try:
                return load_library(paths, cache, progress, 1, one_by_one)
            finally:
                self.over.set()

        monkeypatch.setattr(library_read, "load_library", held)

    def let_all(self) -> None:
        self._passes.release(1000)

    async def let(self, pilot, files: int, then_reading: str) -> None:
        self._passes.release(files)
        await until(pilot, lambda: then_reading in _status(pilot.app))


def _status(app) -> str:
    """The library's status line, whatever is open over it."""
    return str(app.screen_stack[0].query_one("#status").content)


def _settled(app) -> bool:
    """The filters in place: the Selects that stood in for the first frame are mounted. (An
    app closed while one is mounted stops on an internal error, Select's mount finding its
    overlay gone: the tests wait for this, not for a fixed time.)"""
    screen = app.screen
    return not screen.query(ChoiceStandIn) and all(s.is_mounted for s in screen.query(Select))


def _ids(library: Library, files: int) -> list[str]:
    """The ids of the items of the library's first `files` files."""
    first = set(library.files[:files])
    return [item.id for item in library.items if item.origin.path in first]


async def test_the_library_shows_at_once_and_fills_in_as_it_is_read(tmp_path, monkeypatch):
    folder = _copies(tmp_path / "library")
    whole = load_library([folder])
    held = HeldRead(monkeypatch)
    rebuilt: list[int] = []
    replace_rows = RowTable.replace_rows
    monkeypatch.setattr(RowTable, "replace_rows", lambda table, rows: rebuilt.append(len(rows)) or replace_rows(table, rows))
    app = SystemCraftApp(LibrarySource([folder]), clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        screen, table = app.screen, app.screen.query_one(FilterTable)
        assert isinstance(screen, LibraryScreen) and app.screen_stack == [screen]
        assert not table.shown and _status(app).startswith("Reading ")
        await held.let(pilot, 5, "Reading 6 of 15 files · 6 items so far")
        assert [row.key for row in table.shown] == _ids(whole, 5)
        await pilot.press("down", "down")
        highlighted, builds = table.highlighted, len(rebuilt)
        await held.let(pilot, 5, "Reading 11 of 15 files · 12 items so far")
        assert [row.key for row in table.shown] == _ids(whole, 10)
        assert table.table.cursor_row == 2 and table.highlighted == highlighted  # the user's place kept
        assert len(rebuilt) == builds  # the rows went in under the others: the table was not built again
        await pilot.press("slash", *"parcel", "enter")  # a search, applied to the rows as they come
        await until(pilot, lambda: len(table.shown) == 2)
        await pilot.press("enter")  # a row read can be rehearsed
        await until(pilot, lambda: isinstance(app.screen, StartScreen))
        await pilot.press("escape")
        await held.let(pilot, 5, "3 of 18 items")
        assert [row.key for row in table.shown] == [item.id for item in whole.items if "parcel" in search_text(item)]
        assert app.library == whole  # items in the same order, with the same ids, and the same problems
        await until(pilot, lambda: _settled(app))


async def test_what_was_read_before_the_first_frame_shows_in_the_next_one(tmp_path, monkeypatch):
    monkeypatch.setattr("systemcraft_tui.ui.app.READ_SHOWN_EVERY", 3600)  # no take but the first, until the read ends
    held = HeldRead(monkeypatch)
    reading = LibraryRead(LibrarySource([_copies(tmp_path / "library")]))
    held._passes.release(5)
    deadline = time.monotonic() + 30
    while held.handed_over < 5 and time.monotonic() < deadline:
        time.sleep(0.01)
    app = SystemCraftApp(reading, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: "Reading 6 of 15 files · 6 items so far" in _status(app))
        held.let_all()
        await until(pilot, lambda: _settled(app))


async def test_a_choice_made_while_the_library_is_read_applies_to_the_rows_that_come(tmp_path, monkeypatch):
    folder = _copies(tmp_path / "library")
    held = HeldRead(monkeypatch)
    app = SystemCraftApp(LibrarySource([folder]), clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: _settled(app))
        level = app.screen.query_one("#level", Select)
        await held.let(pilot, 1, "Reading 2 of 15 files")  # collection.md: one L6 scenario, one L7
        await until(pilot, lambda: app.screen.levels == ["L6", "L7"])
        level.value = "L7"  # one of the choice's options now: else an error
        await until(pilot, lambda: "1 of 2 items so far" in _status(app))
        await held.let(pilot, 14, "of 18 items")
        whole = load_library([folder])
        assert [row.key for row in app.screen.query_one(FilterTable).shown] == [i.id for i in whole.items if "L7" in i.levels]
        assert level.value == "L7"


async def test_what_needs_the_whole_library_waits_for_it(tmp_path, monkeypatch):
    held = HeldRead(monkeypatch)
    app = SystemCraftApp(LibrarySource([_copies(tmp_path / "library")]), clock=FakeClock())
    notes: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await held.let(pilot, 5, "Reading 6 of 15 files")
        notify = app.notify
        monkeypatch.setattr(app, "notify", lambda message, **_: notes.append(message))
        keys = ("n", "g", "l", "m", "d")  # practice next, progress, plan, mock, due only
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen), key
        assert notes == [BEING_READ] * len(keys)
        await pilot.press("h")  # the history and the story bank are the log's alone
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.press("escape", "s")
        await until(pilot, lambda: isinstance(app.screen, StoryBankScreen))
        await pilot.press("escape")
        monkeypatch.setattr(app, "notify", notify)
        await held.let(pilot, 10, "18 of 18 items")
        await pilot.press("g")
        await until(pilot, lambda: isinstance(app.screen, ProgressScreen))
        await pilot.press("escape")
        await until(pilot, lambda: _settled(app))


async def test_a_draft_is_offered_once_the_library_is_read(tmp_path, monkeypatch):
    folder = _copies(tmp_path / "library")
    whole, clock = load_library([folder]), FakeClock()
    app = SystemCraftApp(whole, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("end", "enter", "enter")  # the last item: in the last file read
        await until(pilot, lambda: isinstance(app.screen, RehearsalScreen))
        clock.advance(35)
        await pilot.press("ctrl+n")  # a draft, saved
        await app.workers.wait_for_complete()
    held = HeldRead(monkeypatch)
    app = SystemCraftApp(LibrarySource([folder]), clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await held.let(pilot, 14, "Reading 15 of 15 files")
        await pilot.pause(0.3)
        assert isinstance(app.screen, LibraryScreen)  # not offered while its scenario is still to come
        await held.let(pilot, 1, "18 of 18 items")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("enter")  # Resume
        await until(pilot, lambda: isinstance(app.screen, RehearsalScreen))
        assert app.screen.question == whole.items[-1].question  # found by its id, renamed as the whole read renames it


async def test_quitting_mid_read_does_not_wait_for_the_rest(tmp_path, monkeypatch):
    held = HeldRead(monkeypatch)
    reading = LibraryRead(LibrarySource([_copies(tmp_path / "library")]))
    app = SystemCraftApp(reading, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await held.let(pilot, 1, "Reading 2 of 15 files")
        await until(pilot, lambda: _settled(app))
        await pilot.press("q")
    assert app.return_code == 0 and not held.over.is_set()  # closed while the read is held
    held.let_all()
    assert held.over.wait(10) and reading.library() == load_library([tmp_path / "library"])  # and read on, quietly


def test_quitting_mid_read_keeps_the_parses_made_so_far(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "RACY_SECONDS", 0)  # the copies just made may be kept
    held = HeldRead(monkeypatch)
    folder = tmp_path / "cache"
    reading = LibraryRead(LibrarySource([_copies(tmp_path / "library")], ParseCache(folder)))
    held._passes.release(5)
    deadline = time.monotonic() + 10
    while reading.take().files[0] < 6:  # the sixth file parsed, held before it is handed over
        assert time.monotonic() < deadline, "the read never reached the sixth file"
        time.sleep(0.01)
    assert not list(folder.glob("*.json"))  # held in memory, as a read does until it ends
    reading.keep_read_so_far(5.0)  # as `systemcraft` does once the app has quit
    kept = len(list(folder.glob("*.json")))
    assert 6 <= kept < 15
    held.let_all()
    assert held.over.wait(10)


def _entries(folder: Path) -> int:
    return len(list(folder.glob("*.json")))


def _cached_read(tmp_path: Path, monkeypatch, waits: float) -> tuple[LibraryRead, Path]:
    """A read of the 15 fixture copies through a parse cache that keeps them, its entries
    waiting at most `waits` seconds for the library to be shown; and the cache's folder."""
    monkeypatch.setattr(cache_module, "RACY_SECONDS", 0)  # the copies just made may be kept
    monkeypatch.setattr(library_read, "WRITE_WAITS_AT_MOST", waits)
    folder = tmp_path / "cache"
    return LibraryRead(LibrarySource([_copies(tmp_path / "library")], ParseCache(folder))), folder


def _written(folder: Path) -> None:
    deadline = time.monotonic() + 10
    while _entries(folder) < 15:
        assert time.monotonic() < deadline, "the entries were never written"
        time.sleep(0.01)


def test_a_reads_new_cache_entries_wait_until_the_library_is_shown(tmp_path, monkeypatch):
    reading, folder = _cached_read(tmp_path, monkeypatch, waits=30.0)
    reading.library()
    time.sleep(0.2)
    assert _entries(folder) == 0  # read, not shown yet: held
    reading.on_screen()
    _written(folder)


def test_entries_read_but_not_yet_written_are_written_as_the_app_quits(tmp_path, monkeypatch):
    reading, folder = _cached_read(tmp_path, monkeypatch, waits=30.0)
    reading.library()
    reading.keep_read_so_far(5.0)  # quit before the library was shown: this thread writes them too
    assert _entries(folder) == 15


def test_with_no_app_to_show_it_a_read_writes_its_entries_all_the_same(tmp_path, monkeypatch):
    reading, folder = _cached_read(tmp_path, monkeypatch, waits=0.1)
    reading.library()
    _written(folder)


@pytest.mark.parametrize("read_before_the_app", [False, True])
async def test_the_app_has_a_reads_entries_written_once_it_shows_the_library(tmp_path, monkeypatch, read_before_the_app):
    reading, folder = _cached_read(tmp_path, monkeypatch, waits=30.0)
    if read_before_the_app:  # a warm read, whole by the first frame
        reading.library()
    app = SystemCraftApp(reading)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.screen.files_read is None)
        await until(pilot, lambda: _entries(folder) == 15, tries=250)  # far less than the 30 s wait
        await until(pilot, lambda: _settled(app))


async def test_the_collector_paused_for_the_start_resumes_once_the_whole_library_is_shown_and_frozen(tmp_path, monkeypatch):
    import gc

    from systemcraft_tui.core import allocation

    frozen: list[int] = []  # the library's items when the heap was frozen (not for good: tests build many apps)
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(len(app.library.items)))
    held = HeldRead(monkeypatch)
    # As `systemcraft` does, before the app (and its read's thread, which parses with the collector paused
    # for each file and resumes it after, as it found it) starts.
    allocation.pause_for_start()
    app = SystemCraftApp(LibrarySource([_copies(tmp_path / "library")]), clock=FakeClock())
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await held.let(pilot, 5, "Reading 6 of 15 files")
            assert not gc.isenabled() and not frozen  # mid-read: the items coming in would be passed over again and again
            held.let_all()
            await until(pilot, lambda: app.screen.files_read is None)
            await until(pilot, gc.isenabled)
            assert frozen == [18]  # once, the whole library in: full passes over 5,000 items stalled keystrokes
            await until(pilot, lambda: _settled(app))
    finally:
        gc.enable()
        allocation._paused_for_start = False


def test_the_library_mid_read(snap_compare, tmp_path, monkeypatch):
    held = HeldRead(monkeypatch)

    async def run_before(pilot):
        await held.let(pilot, 5, "Reading 6 of 15 files")
        await until(pilot, lambda: _settled(pilot.app))

    app = SystemCraftApp(LibrarySource([_copies(tmp_path / "library")]), clock=FakeClock())
    assert snap_compare(app, run_before=run_before, terminal_size=(80, 24))


async def test_the_library_read_in_the_app_is_the_library_read_directly(tmp_path):
    from systemcraft_tui.content.cache import ParseCache

    folder = _copies(tmp_path / "library", 4)  # 20 files: parsed on more than one process where there are cores
    app = SystemCraftApp(LibrarySource([folder], ParseCache(tmp_path / "cache")))
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.screen.files_read is None)
        assert app.library == load_library([folder])
        assert app.screen.query_one("#items", DataTable).row_count == len(app.library.items)
        await until(pilot, lambda: _settled(app))


async def test_every_parse_process_forked_ahead_parses_once_the_first_frame_is_drawn(tmp_path, monkeypatch):
    opened: list[bool] = []  # whether the first frame was drawn when the gate opened
    real = GatedPool.open_gate
    monkeypatch.setattr(GatedPool, "open_gate", lambda pool: opened.append(app._first_frame is None) or real(pool))
    monkeypatch.setattr(library_read, "default_workers", lambda: 2)
    app = SystemCraftApp(LibrarySource([_copies(tmp_path / "library", 4)], ParseCache(tmp_path / "cache")))
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.screen.files_read is None)
        assert opened == [True]
        await until(pilot, lambda: _settled(app))


async def test_a_library_read_by_the_first_frame_is_the_whole_library_from_the_start():
    reading = LibraryRead(LibrarySource([FIXTURES]))
    reading.library()  # done (as a warm read is) before the app mounts
    app = SystemCraftApp(reading)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen) and screen.files_read is None
        assert app.screen_stack == [screen]  # the first screen itself: no blank screen under it
        assert screen.query_one("#items", DataTable).row_count == 6
        await until(pilot, lambda: _settled(app))


async def test_a_library_read_just_after_textual_asks_for_a_screen_fills_it_at_once():
    class ReadJustAfter(LibraryRead):
        asked = 0

        def done(self) -> bool:  # not yet when Textual asks for its first screen, then read
            self.asked += 1
            return self.asked > 1 and super().done()

    reading = ReadJustAfter(LibrarySource([FIXTURES]))
    reading.library()
    app = SystemCraftApp(reading)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.screen.files_read is None)
        assert app.screen.query_one("#items", DataTable).row_count == 6
        assert str(app.screen.query_one("#status").content).startswith("6 of 6 items")
        await until(pilot, lambda: _settled(app))


def test_a_read_whose_parse_processes_cannot_be_forked_says_why(tmp_path, monkeypatch):
    def refused(paths, cache, workers):
        raise OSError("no process to be had")

    monkeypatch.setattr(library_read, "fork_ahead", refused)
    read = LibraryRead(LibrarySource([FIXTURES], ParseCache(tmp_path / "cache")))
    deadline = time.monotonic() + 30
    while not read.done() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert read.done()  # the app waiting for the library is told, not left waiting
    with pytest.raises(OSError, match="no process to be had"):
        read.library()


async def test_during_a_first_read_a_preview_shows_the_items_summary_and_the_whole_once_the_read_is_saved(tmp_path, monkeypatch):
    from systemcraft_tui.content import parser
    from systemcraft_tui.ui.preview import item_preview

    parsed_here: list[Path] = []  # by the app's own process: its parse processes are forked, their lists their own
    real_parse = parser.parse_bytes
    monkeypatch.setattr(parser, "parse_bytes", lambda data, path: parsed_here.append(path) or real_parse(data, path))
    saving = threading.Event()
    write_held = ParseCache.write_held
    monkeypatch.setattr(ParseCache, "write_held", lambda cache, deadline=None: saving.wait(30) and write_held(cache, deadline))
    monkeypatch.setattr(library_read, "default_workers", lambda: 2)
    monkeypatch.setattr(cache_module, "RACY_SECONDS", 0)  # the copies just made may be kept
    folder = _copies(tmp_path / "library", 4)  # 20 files: parsed by the processes forked ahead
    app = SystemCraftApp(LibrarySource([folder], ParseCache(tmp_path / "cache")))
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, lambda: app.screen.files_read is None)
            preview = app.screen.query_one("#preview-text")
            item = app.library.get(app.screen.query_one(FilterTable).highlighted)
            assert "The rest of its preview shows once the library's first read is saved." in str(preview.content)
            assert item.title in str(preview.content) and parsed_here == []
            saving.set()
            await until(pilot, lambda: "first read is saved" not in str(preview.content), tries=250)
            assert parsed_here == []  # the whole item came from the cache entry its process made
            assert str(preview.content) == item_preview(load_library([folder]).get(item.id)).plain
            await until(pilot, lambda: _settled(app))
    finally:
        saving.set()
