"""Pictures of the mock interview's screens at 80x24, from fixture content, a fixed seed
and a frozen clock. Update deliberately with --snapshot-update, then look at them."""

from pathlib import Path

from systemcraft_tui.content.library import load_library
from systemcraft_tui.ui.app import Settings, SystemCraftApp
from systemcraft_tui.ui.screens.mock import MockScreen
from systemcraft_tui.ui.widgets.rating import Rating
from tests.clock import FakeClock
from tests.ui.apps import steady

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


def _app(mock=None) -> SystemCraftApp:
    library = load_library([FIXTURES / n for n in ("template_single.md", "collection.md", "system_design.md")])
    return SystemCraftApp(library, clock=FakeClock(), settings=Settings(bell=False, mock=mock))


async def _to_second_question(pilot) -> None:
    await pilot.pause()
    for seconds in (75, 40, 30, 100, 40, 70, 80):  # the introduction, the four STAR sections, two probes
        pilot.app.clock.advance(seconds)
        await pilot.press("ctrl+n")
        await pilot.pause()
    pilot.app.clock.advance(27)
    await pilot.press(*"the churn numbers")
    pilot.app.screen.refresh_clock()


async def _to_the_end(pilot, value: int) -> None:
    await pilot.pause()
    while isinstance(pilot.app.screen, MockScreen):
        pilot.app.clock.advance(45)
        await pilot.press("ctrl+n")
        await pilot.pause()
    while pilot.app.screen.query(Rating):
        for rating in pilot.app.screen.query(Rating):
            rating.value = value
        await pilot.press("ctrl+s")
        await pilot.pause()


def test_mock_choice(snap_compare):
    assert snap_compare(_app(), press=["m"], terminal_size=(80, 24))


def test_mock_question(snap_compare):
    async def run_before(pilot):
        await _to_second_question(pilot)
        await steady(pilot)

    assert snap_compare(_app(("behavioral", 7)), run_before=run_before, terminal_size=(80, 24))


def test_mock_round_feedback(snap_compare):
    async def run_before(pilot):
        await pilot.pause()
        while isinstance(pilot.app.screen, MockScreen):
            pilot.app.clock.advance(45)
            await pilot.press("ctrl+n")
            await pilot.pause()
        while not pilot.app.screen.query("#feedback"):
            await pilot.press("escape")  # each answer left unrated
            await pilot.pause()
            await pilot.press("left", "enter")  # asked first: Leave unrated
            await pilot.pause()
        await pilot.press("4")  # on to the next area by itself

    assert snap_compare(_app(("behavioral", 7)), run_before=run_before, terminal_size=(80, 24))


def test_mock_debrief(snap_compare):
    async def run_before(pilot):
        await _to_the_end(pilot, 4)

    assert snap_compare(_app(("design", 2)), run_before=run_before, terminal_size=(80, 24))
