"""Pictures at 80x24 of the dialogs that ask before work could be lost, and of help: the
resume dialog (Resume painted and focused), the self-assessment's leave question (Keep
rating painted and focused) and help opened from a rehearsal (its keys first).

Update them deliberately with `uv run pytest tests/ui/test_dialog_snapshots.py --snapshot-update`
after a visual change, and look at the pictures before committing."""

import dataclasses
import random

from systemcraft_tui.core.records import ScenarioRef
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from tests.clock import FakeClock
from tests.store import factories
from tests.ui.apps import fixture_app, steady
from tests.ui.assess import answer_every_step


def _app() -> SystemCraftApp:
    return fixture_app("template_single.md")


def test_resume_dialog(snap_compare, utc):
    session = factories.session(random.Random(2), 0, status="draft")
    ref = ScenarioRef("template-single/co-01", "Turning Around a Failing Partner Integration", "behavioral", "L6", "h")
    PracticeLog.open().save(dataclasses.replace(session, scenario=ref, started=FakeClock().utc_now()))
    assert snap_compare(_app(), terminal_size=(80, 24))


def test_help_from_a_rehearsal(snap_compare):
    async def run_before(pilot):
        await pilot.press("enter", "enter")
        await steady(pilot)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(_app(), run_before=run_before, terminal_size=(80, 24))


def test_leaving_the_self_assessment_asks_first(snap_compare):
    async def run_before(pilot):
        await pilot.press("enter", "enter")
        await pilot.pause()
        await answer_every_step(pilot, 30)
        await pilot.press("4", "2", "escape")
        await pilot.pause()

    assert snap_compare(_app(), run_before=run_before, terminal_size=(80, 24))
