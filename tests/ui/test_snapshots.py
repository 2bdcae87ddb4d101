"""Pictures of the main screens at 80x24 (and one wider), from fixture content and a frozen clock.

Update them deliberately with `uv run pytest tests/ui/test_snapshots.py --snapshot-update`
after a visual change, and look at the report before committing."""

from pathlib import Path

from systemcraft_tui.content.library import load_library
from systemcraft_tui.ui.app import SystemCraftApp
from tests.clock import FakeClock

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


def _steady(pilot) -> None:
    """No blinking cursor: a picture must not depend on the instant it is taken."""
    for widget in pilot.app.screen.query("TextArea, Input"):
        widget.cursor_blink = False


def _app(*names: str) -> SystemCraftApp:
    return SystemCraftApp(load_library([FIXTURES / n for n in names]), clock=FakeClock())


def test_library(snap_compare):
    assert snap_compare(_app("template_single.md", "collection.md", "system_design.md"), terminal_size=(80, 24))


def test_rehearsal_section(snap_compare):
    async def run_before(pilot):
        await pilot.press("enter", "enter")
        await pilot.pause()
        pilot.app.clock.advance(38)
        await pilot.press(*"partner leaving")
        pilot.app.screen.refresh_clock()
        _steady(pilot)

    assert snap_compare(_app("template_single.md"), run_before=run_before, terminal_size=(80, 24))


def test_probe(snap_compare):
    async def run_before(pilot):
        await pilot.press("enter", "enter")
        await pilot.pause()
        for _ in range(5):
            pilot.app.clock.advance(30)
            await pilot.press("ctrl+n")
        pilot.app.screen.refresh_clock()
        _steady(pilot)

    assert snap_compare(_app("template_single.md"), run_before=run_before, terminal_size=(100, 30))


def _to_assessment(presses: tuple[str, ...] = ()):
    async def run_before(pilot):
        await pilot.press("enter", "enter")
        await pilot.pause()
        for _ in range(6):
            pilot.app.clock.advance(40)
            await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press(*presses)
        await pilot.pause()

    return run_before


def test_self_assessment(snap_compare):
    assert snap_compare(_app("template_single.md"), run_before=_to_assessment(("4", "tab", "3")), terminal_size=(100, 40))


def test_review(snap_compare):
    rate_all = ("5", "tab") * 11 + ("ctrl+s",)
    assert snap_compare(_app("template_single.md"), run_before=_to_assessment(rate_all), terminal_size=(100, 40))
