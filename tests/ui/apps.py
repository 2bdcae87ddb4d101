"""The app as the pilot and snapshot tests start it: over fixture content, on a clock the
test moves (tests/clock.py), with the practice log in the test's own folder (conftest.py)."""

from pathlib import Path

from textual.screen import Screen
from textual.widgets import TextArea

from systemcraft_tui.content.library import load_library
from systemcraft_tui.ui.app import SystemCraftApp
from tests.clock import FakeClock

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


def fixture_app(*names: str, clock: FakeClock | None = None) -> SystemCraftApp:
    """Over the named files of tests/fixtures/content, or all of it when none is named."""
    return SystemCraftApp(load_library([FIXTURES / name for name in names] or [FIXTURES]), clock=clock or FakeClock())


async def until(pilot, condition, tries: int = 2000) -> None:
    """Let workers and threads run until `condition()` holds (2000 pauses of at least 20 ms
    each, as patient as before: CI is slow). A pause sleeps at least 20 ms, in which the
    threads run, so the condition is looked at every 20 ms rather than every 40 ms."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause()
    raise AssertionError("timed out waiting")


async def opened(pilot, key: str, screen_type: type[Screen]) -> Screen:
    """The screen `key` opens, once it is up: History, Progress and an attempt read the log
    in a worker before they open."""
    await pilot.press(key)
    await until(pilot, lambda: isinstance(pilot.app.screen, screen_type) and pilot.app.screen.is_mounted)
    return pilot.app.screen


async def steady(pilot) -> None:
    """The screen's text boxes with a steady cursor, so that a picture does not depend on the
    instant it is taken. A focus still on its way lands first (the notes box starts blinking
    when it gets the focus); then each TextArea's lines are drawn again: TextArea caches a line
    drawn in the dark half of a blink under the same key as the line with blinking off, and a
    machine slow enough for one blink would otherwise show that line, without its cursor."""
    await pilot.pause()
    await until(pilot, lambda: pilot.app.focused is None or pilot.app.focused.has_focus)
    for widget in pilot.app.screen.query("TextArea, Input"):
        widget.cursor_blink = False
        if isinstance(widget, TextArea):
            widget.notify_style_update()  # empties its line cache
    await pilot.pause()
