"""Pictures at 80x24 of the progress review, the history, one attempt and a comparison over
a deterministic seeded log: fixed session dates, a frozen clock and UTC as the local zone,
so they do not change day to day.

Update them deliberately with `uv run pytest tests/ui/test_progress_snapshots.py --snapshot-update`
after a visual change, and look at the pictures before committing."""

import time

import pytest

from systemcraft_tui.content.library import load_library
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.attempt import AttemptScreen
from systemcraft_tui.ui.screens.history import HistoryScreen
from systemcraft_tui.ui.screens.progress import ProgressScreen
from tests.clock import FakeClock
from tests.ui.apps import FIXTURES, opened, until
from tests.ui.seeded_log import NOW, seed_log


@pytest.fixture
def seeded_app(private_data_dir, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    seed_log(private_data_dir)
    yield SystemCraftApp(load_library([FIXTURES]), clock=FakeClock(NOW))
    monkeypatch.undo()
    time.tzset()


def test_progress(snap_compare, seeded_app):
    async def run_before(pilot):
        await opened(pilot, "g", ProgressScreen)

    assert snap_compare(seeded_app, run_before=run_before, terminal_size=(80, 24))


def test_progress_principles(snap_compare, seeded_app):
    async def run_before(pilot):
        await opened(pilot, "g", ProgressScreen)
        pilot.app.screen.query_one("#principles").scroll_visible(top=True, animate=False)
        await pilot.pause()

    assert snap_compare(seeded_app, run_before=run_before, terminal_size=(80, 24))


def test_history(snap_compare, seeded_app):
    async def run_before(pilot):
        await opened(pilot, "h", HistoryScreen)
        await pilot.press("down", "down")

    assert snap_compare(seeded_app, run_before=run_before, terminal_size=(80, 24))


def test_attempt(snap_compare, seeded_app):
    async def run_before(pilot):
        await opened(pilot, "h", HistoryScreen)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(pilot.app.screen, AttemptScreen) and pilot.app.screen.is_mounted)

    assert snap_compare(seeded_app, run_before=run_before, terminal_size=(80, 24))


def test_compare(snap_compare, seeded_app):
    async def run_before(pilot):
        await opened(pilot, "h", HistoryScreen)
        await pilot.press("m")
        app = pilot.app
        newest = app.screen.shown[0]
        twin = next(i for i, s in enumerate(app.screen.shown[1:], 1) if s.scenario.id == newest.scenario.id)
        app.screen.query_one("#attempts").move_cursor(row=twin)
        await pilot.press("c")
        await pilot.pause()

    assert snap_compare(seeded_app, run_before=run_before, terminal_size=(80, 24))
