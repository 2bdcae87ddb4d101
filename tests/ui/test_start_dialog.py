"""The dialog before a design's clock starts says what each timing means: the phases it is
rehearsed in, each with its window in minutes, and how many follow-ups come after them."""

from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.start import StartScreen
from tests.ui.apps import fixture_app
from tests.ui.shown import shown


async def _phases_shown(pilot, app: SystemCraftApp) -> str:
    await pilot.pause()
    assert isinstance(app.screen, StartScreen)
    return shown(app.screen.query_one("#phases"), width=76)


async def test_the_start_dialog_of_a_design_shows_the_phases_of_the_timing_under_the_cursor():
    app = fixture_app("system_design.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        own = await _phases_shown(pilot, app)
        await pilot.press("down")  # the 45-minute preset
        preset = await _phases_shown(pilot, app)
        await pilot.press("down")  # the 60-minute one
        longer = await _phases_shown(pilot, app)
    flat = " ".join(own.split())
    assert "High-Level Architecture 5–10 · Deep Dive Components 20 · Data Design 10–15" in flat
    assert flat.endswith("Trade-offs and Alternatives 5–10, then 2 follow-ups")
    # A preset's phases are its own, its last one (the follow-ups) holding the problem's two.
    assert "Requirements Clarification" in preset and "Requirements Clarification" not in own
    assert preset != longer and "then 2 follow-ups" in " ".join(longer.split())


async def test_a_story_start_dialog_has_no_phase_line():
    app = fixture_app("template_single.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert not app.screen.query("#phases")
