"""Pictures of the progress review and the history over a deterministic seeded log: fixed
session dates, a frozen clock and UTC as the local zone, so they do not change day to day.

Update them deliberately with `uv run pytest tests/ui/test_progress_snapshots.py --snapshot-update`
after a visual change, and look at the pictures before committing."""

import time
from pathlib import Path

import pytest

from systemcraft_tui.content.library import load_library
from systemcraft_tui.ui.app import SystemCraftApp
from tests.clock import FakeClock
from tests.ui.seeded_log import NOW, seed_log

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


@pytest.fixture
def seeded_app(private_data_dir, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    seed_log(private_data_dir)
    yield SystemCraftApp(load_library([FIXTURES]), clock=FakeClock(NOW))
    monkeypatch.undo()
    time.tzset()


def test_progress(snap_compare, seeded_app):
    assert snap_compare(seeded_app, press=["g"], terminal_size=(100, 50))


def test_history(snap_compare, seeded_app):
    assert snap_compare(seeded_app, press=["h", "down", "down"], terminal_size=(100, 30))
