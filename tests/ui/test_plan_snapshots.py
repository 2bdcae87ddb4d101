"""Pictures of the practice plan and deep dive screens at 80x24, from fixture content, an
empty log and a frozen clock (18 Nov 2026, noon UTC).

Update them deliberately with `uv run pytest tests/ui/test_plan_snapshots.py --snapshot-update`
after a visual change, and look at the report before committing."""

from datetime import UTC, datetime

from systemcraft_tui.ui.app import SystemCraftApp
from tests.clock import FakeClock
from tests.ui.apps import fixture_app
from tests.ui.plans import follow_plan

SIZE = (80, 24)


def _app() -> SystemCraftApp:
    return fixture_app(clock=FakeClock(datetime(2026, 11, 18, 12, 0, tzinfo=UTC)))


def test_follow_plan_dialog(snap_compare):
    async def run_before(pilot):
        await pilot.press("l")
        await pilot.pause()

    assert snap_compare(_app(), run_before=run_before, terminal_size=SIZE)


def test_plan_week(snap_compare):
    async def run_before(pilot):
        await follow_plan(pilot, "2026-11-09")
        await pilot.press("space")
        await pilot.pause()

    assert snap_compare(_app(), run_before=run_before, terminal_size=SIZE)


def test_plan_assessment_with_a_trigger(snap_compare):
    async def run_before(pilot):
        await follow_plan(pilot, "2026-11-09")
        await pilot.press("r", "2", "2", "4", "3")  # each typed rating goes on to the next
        await pilot.pause()

    assert snap_compare(_app(), run_before=run_before, terminal_size=SIZE)


def test_deep_dive_checklists(snap_compare):
    async def run_before(pilot):
        table = pilot.app.screen.query_one("#items")
        table.move_cursor(row=table.get_row_index("deep-dive"))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("tab", "4", "2")  # each typed rating goes on to the next
        await pilot.pause()

    assert snap_compare(_app(), run_before=run_before, terminal_size=SIZE)
