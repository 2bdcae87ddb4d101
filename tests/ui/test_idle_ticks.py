"""While a section clock counts down and nobody types, a tick repaints only what it
changed: nothing within a second, the running step's row (not the whole step list) and
the clock's own lines when a second passes; and the draft saved meanwhile leaves the
covered library alone (rebuilt, it repainted the whole screen above it)."""

from textual.widget import Widget

from systemcraft_tui.ui.screens.library import LibraryScreen
from tests.ui.apps import fixture_app, until


async def test_a_tick_repaints_only_what_changed(monkeypatch):
    app = fixture_app("template_single.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")
        await pilot.pause()
        screen = app.screen
        app.clock.advance(10.2)
        screen.refresh_clock()
        await pilot.pause()
        repainted: list[tuple[str | None, int]] = []
        refresh = Widget.refresh

        def spy(widget, *regions, **options):
            repainted.append((widget.id, len(regions)))
            return refresh(widget, *regions, **options)

        monkeypatch.setattr(Widget, "refresh", spy)
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
        await pilot.pause()
        assert len(rebuilt) == before
