"""A screen that raises while it is composed, mounted or drawn is closed with a short
message and the user is back where they were, the app still answering keys; when there is
nothing to go back to, the app stops with a one-line message and exit status 1."""

import asyncio

import pytest
from rich.text import Text
from textual.app import ComposeResult
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Static

from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.history import HistoryScreen
from systemcraft_tui.ui.screens.library import LibraryScreen
from tests.ui.apps import fixture_app, opened


class RaisesInCompose(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Static("half")
        raise ValueError("no such colour \x1b]0;pwned\x07")


class RaisesInMount(ModalScreen[None]):
    def compose(self) -> ComposeResult:
        yield Static("fine")

    def on_mount(self) -> None:
        self.query_one("#missing")


class Unrenderable(Widget):
    def render(self) -> Text:
        raise ZeroDivisionError("drawn")


class RaisesInRender(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Unrenderable()


def _app() -> SystemCraftApp:
    return fixture_app("template_single.md")


async def _settle(pilot) -> None:
    """Let the failed screen be closed. Not `pilot.pause()`, which waits for every widget of
    the top screen to answer, and a screen whose mount failed never answers again. Up to
    20 s, as `until` waits: half a second was not always enough on a loaded machine."""
    for _ in range(2000):
        await asyncio.sleep(0.01)
        if pilot.app._notifications:
            break
    await pilot.pause()


def _messages(app) -> list[str]:
    return [n.message for n in app._notifications]


@pytest.mark.parametrize("broken", [RaisesInCompose, RaisesInMount, RaisesInRender])
async def test_a_failing_screen_is_closed_and_the_app_answers_keys(broken, expected_screen_failures):
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        library = app.screen
        assert isinstance(library, LibraryScreen)
        app.push_screen(broken())
        await _settle(pilot)
        assert app.screen is library
        assert expected_screen_failures, "the error reached the guard"
        (message,) = _messages(app)
        assert "that screen" in message and "closed" in message
        assert "\x1b" not in message  # the error's own text is shown, not sent to the terminal
        await opened(pilot, "h", HistoryScreen)  # still answering keys
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("escape")
        assert app.screen is library
    assert not app.return_code  # it never stopped


async def test_screens_above_the_failed_one_close_with_it(expected_screen_failures):
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "h", HistoryScreen)
        history = app.screen
        app.push_screen(RaisesInCompose())
        await _settle(pilot)
        assert app.screen is history and len(expected_screen_failures) >= 1


async def test_when_the_library_itself_fails_the_app_stops_with_a_short_message(monkeypatch, capfd):
    def broken(self):
        raise RuntimeError("library broke")

    monkeypatch.setattr(LibraryScreen, "compose", broken)
    app = _app()
    with pytest.raises(RuntimeError, match="library broke"):  # run_test() raises what stopped the app
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
    assert app.return_code == 1
    printed = " ".join(capfd.readouterr().err.split())  # once the terminal is restored
    assert printed == (
        "SystemCraft stopped on an internal error: RuntimeError: library broke Everything saved before it is in your practice log."
    )


async def test_an_error_quoting_a_huge_text_is_told_in_a_few_lines(monkeypatch, capfd):
    """An imported title of a megabyte quoted in an error's text stays off the screen."""

    def broken(self):
        raise RuntimeError("cannot keep " + "y" * 1_000_000)

    monkeypatch.setattr(LibraryScreen, "compose", broken)
    app = _app()
    with pytest.raises(RuntimeError):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
    printed = " ".join(capfd.readouterr().err.split())
    assert printed.startswith("SystemCraft stopped on an internal error: RuntimeError: cannot keep yyy")
    assert "y… Everything saved before it is in your practice log." in printed and len(printed) < 400
