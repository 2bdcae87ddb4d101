"""While a section clock counts down and nobody types, a tick repaints only what it
changed: nothing within a second, the running step's row (not the whole step list) and
the clock's own lines when a second passes; the draft saved meanwhile leaves the covered
library alone (rebuilt, it repainted the whole screen above it); the notes cursor stops
blinking a while after the last key."""

from textual.widget import Widget

from systemcraft_tui.ui.app import Settings, SystemCraftApp
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.screens.mock import MockScreen
from systemcraft_tui.ui.widgets import notes
from tests.ui.apps import FIXTURES, fixture_app, until


def _spy(monkeypatch) -> list[tuple[str | None, int]]:
    """Each widget refreshed from now on, with the number of regions it named."""
    repainted: list[tuple[str | None, int]] = []
    refresh = Widget.refresh

    def spy(widget, *regions, **options):
        repainted.append((widget.id, len(regions)))
        return refresh(widget, *regions, **options)

    monkeypatch.setattr(Widget, "refresh", spy)
    return repainted


async def test_a_tick_repaints_only_what_changed(monkeypatch):
    app = fixture_app("template_single.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")
        await pilot.pause()
        screen = app.screen
        app.clock.advance(10.2)
        screen.refresh_clock()
        await pilot.pause()
        repainted = _spy(monkeypatch)
        app.clock.advance(0.25)  # the same second: nothing to draw
        screen.refresh_clock()
        assert repainted == []
        app.clock.advance(1)
        screen.refresh_clock()
        assert {name for name, _ in repainted} <= {"countdown", "step-progress", "total", "step-list"}
        assert ("step-list", 1) in repainted and ("step-list", 0) not in repainted  # one row of it


async def test_a_draft_saved_under_the_clock_leaves_the_library_as_it_is(monkeypatch):
    rebuilt: list[LibraryScreen] = []
    apply_filters = LibraryScreen._apply_filters
    monkeypatch.setattr(LibraryScreen, "_apply_filters", lambda screen: rebuilt.append(screen) or apply_filters(screen))
    app = fixture_app("template_single.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")
        await until(pilot, lambda: app.practice.drafts())
        before = len(rebuilt)
        app.clock.advance(6)
        app.screen._keep_running_draft()
        await until(pilot, lambda: app.practice.drafts()[0].practice_seconds >= 6)
        await app.workers.wait_for_complete()  # and its LogChanged posted (after the save): handled by the pause
        await pilot.pause()
        assert len(rebuilt) == before


async def test_a_mock_tick_repaints_only_what_changed(monkeypatch):
    from systemcraft_tui.content.library import load_library
    from tests.clock import FakeClock

    library = load_library([FIXTURES / n for n in ("template_single.md", "collection.md", "system_design.md")])
    app = SystemCraftApp(library, clock=FakeClock(), settings=Settings(bell=False, mock=("behavioral", 7)))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, MockScreen))
        app.clock.advance(10.2)
        app.screen.refresh_clock()
        await pilot.pause()
        repainted = _spy(monkeypatch)
        app.clock.advance(0.25)
        app.screen.refresh_clock()
        assert repainted == []
        app.clock.advance(1)
        app.screen.refresh_clock()
        assert {name for name, _ in repainted} <= {"mock-clocks", "mock-part", "answer-clock", "answer-progress"}


async def test_the_notes_cursor_stops_blinking_a_while_after_the_last_key(monkeypatch):
    monkeypatch.setattr(notes, "BLINK_SECONDS", 0.1)
    app = fixture_app("template_single.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")
        box = app.screen.query_one("#notes", notes.NotesArea)
        await until(pilot, lambda: box.has_focus and not box.cursor_blink)
        assert box.has_focus  # so its cursor is drawn, steady
        monkeypatch.setattr(notes, "BLINK_SECONDS", 60)  # a loaded machine must not end it before the check
        await pilot.press("a")
        assert box.cursor_blink and box.text == "a"
