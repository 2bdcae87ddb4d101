"""The app as the pilot and snapshot tests start it: over fixture content, on a clock the
test moves (tests/clock.py), with the practice log in the test's own folder (conftest.py)."""

import asyncio
from pathlib import Path

from systemcraft_tui.content.library import load_library
from systemcraft_tui.ui.app import SystemCraftApp
from tests.clock import FakeClock

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


def fixture_app(*names: str, clock: FakeClock | None = None) -> SystemCraftApp:
    """Over the named files of tests/fixtures/content, or all of it when none is named."""
    return SystemCraftApp(load_library([FIXTURES / name for name in names] or [FIXTURES]), clock=clock or FakeClock())


async def until(pilot, condition, tries: int = 1000) -> None:
    """Let workers and threads run until `condition()` holds (up to about 20 s: CI is slow)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause()
        await asyncio.sleep(0.02)
    raise AssertionError("timed out waiting")
