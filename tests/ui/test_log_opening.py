"""The library is shown at once; the practice log is opened in a worker after the first
frame. Until it is open the history's figures say they are being read, and what needs the
log says it waits."""

from __future__ import annotations

import dataclasses
import random
import threading

from rich.text import Text
from textual.widgets import DataTable

from systemcraft_tui.content.library import load_library
from systemcraft_tui.core.records import ScenarioRef
from systemcraft_tui.service import Practice
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.history import HistoryScreen
from systemcraft_tui.ui.screens.library import LibraryScreen
from tests.clock import FakeClock
from tests.store import factories
from tests.ui.apps import FIXTURES, until

ITEM = "template-single/co-01"  # tests/fixtures/content/template_single.md


def _practised(data_dir) -> int:
    """A completed rehearsal of ITEM in the log; its score."""
    session = factories.session(random.Random(1), 0)
    session = dataclasses.replace(session, scenario=dataclasses.replace(session.scenario, id=ITEM))
    assert isinstance(session.scenario, ScenarioRef) and session.score is not None
    PracticeLog.open(data_dir).save_all([session])
    return session.score


def _history(app: SystemCraftApp) -> list[str]:
    """The library's first row: its Last and Score cells, and the status line."""
    cells = app.screen.query_one("#items", DataTable).get_row_at(0)[-2:]
    return [
        *(cell.plain if isinstance(cell, Text) else str(cell) for cell in cells),
        str(app.screen.query_one("#status").render()),
    ]


async def test_the_first_frame_says_the_history_is_being_read(private_data_dir, monkeypatch):
    score = _practised(private_data_dir)
    first: list[tuple[str, list[str], bool]] = []
    display = SystemCraftApp._display

    def painted(app, screen, renderable) -> None:
        if renderable is not None and not app._batch_count and not first and isinstance(screen, LibraryScreen):
            first.append((app.sub_title, _history(app), app.opened is None))
        display(app, screen, renderable)

    monkeypatch.setattr(SystemCraftApp, "_display", painted)
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())
    async with app.run_test(size=(80, 24)):
        last, shown_score, status = _history(app)
        assert (shown_score, status) == (str(score), "1 of 1 item · 1 due (d: due only)") and last != "–"
        assert app.sub_title == app.SUB_TITLE
    [(sub_title, (first_last, first_score, first_status), unopened)] = first
    assert unopened and sub_title == "reading the practice log"
    assert (first_last, first_score, first_status) == ("…", "…", "1 of 1 item · … due")


async def test_what_needs_the_log_says_it_waits_until_it_is_open(private_data_dir, monkeypatch, log_not_open_yet):
    release = threading.Event()
    open_log = Practice.open

    def held(*args, **kwargs):
        release.wait(10)  # a slow disk
        return open_log(*args, **kwargs)

    monkeypatch.setattr(Practice, "open", held)
    app = SystemCraftApp(load_library([FIXTURES / "template_single.md"]), clock=FakeClock())
    notes: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        monkeypatch.setattr(app, "notify", lambda message, **_: notes.append(message))
        await pilot.pause()
        keys = ("n", "h", "g", "s", "l", "m", "d", "enter")
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen) and app.opened is None, key
        assert notes == ["Your practice log is being read; this opens once it is read."] * len(keys)
        release.set()
        await until(pilot, lambda: app.opened is not None)
        await pilot.press("h")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
