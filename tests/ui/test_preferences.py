"""The theme chosen is the theme of the next start; a bad preferences file is ignored."""

import json
import os

import pytest

from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.preferences import preferences_path
from tests.ui.apps import fixture_app


def _app() -> SystemCraftApp:
    return fixture_app("template_single.md")


async def _choose(pilot, theme: str) -> None:
    """Choose a theme (as the palette does) and let its worker keep it."""
    pilot.app.theme = theme
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()


async def test_the_chosen_theme_comes_back_at_the_next_start():
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == "textual-dark"
        await _choose(pilot, "nord")
    path = preferences_path()
    assert json.loads(path.read_text()) == {"theme": "nord"}
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # written through a temporary, renamed
    app = _app()
    async with app.run_test(size=(80, 24)):
        assert app.theme == "nord"


async def test_the_theme_of_the_last_start_is_in_place_before_the_first_screen(monkeypatch):
    """Set once the library's screen was mounted, the theme restyled it all before the
    first frame (a tenth of a warm start's instructions): it is set before, so the only
    refresh of the styles comes while no screen is up."""
    from textual.app import App

    from systemcraft_tui.ui.preferences import save_theme

    save_theme(preferences_path(), "nord")
    screens_at_refresh: list[list[str]] = []
    refresh_css = App.refresh_css

    def refresh(app, animate: bool = True) -> None:
        screens_at_refresh.append([type(screen).__name__ for screen in app._screen_stack])
        refresh_css(app, animate)

    monkeypatch.setattr(App, "refresh_css", refresh)
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "nord"
    assert screens_at_refresh == [[]]


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[1, 2]", b'{"theme": 7}', b'{"theme": "no-such-theme"}', b"\xff\xfe", b"[" * 100_000],
    ids=["torn", "a list", "not a name", "unknown theme", "not utf-8", "nested deep"],
)
async def test_a_bad_preferences_file_is_ignored_and_the_next_choice_replaces_it(content):
    path = preferences_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == "textual-dark"
        await _choose(pilot, "gruvbox")
    assert json.loads(path.read_text()) == {"theme": "gruvbox"}


async def test_a_fifo_in_place_of_the_file_does_not_hang_the_start():
    path = preferences_path()
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    app = _app()
    async with app.run_test(size=(80, 24)):
        assert app.theme == "textual-dark"


def test_saving_the_theme_keeps_the_other_preferences():
    from systemcraft_tui.ui.preferences import save_theme

    path = preferences_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"theme": "nord", "later": {"kept": true}}')
    save_theme(path, "dracula")
    assert json.loads(path.read_text()) == {"theme": "dracula", "later": {"kept": True}}
