"""Pictures of the story bank at 80x24: the list with one story told too often, and the
coverage grid, over a seeded log and a frozen clock.

Update deliberately with `uv run pytest tests/ui/test_story_snapshots.py --snapshot-update`."""

import dataclasses
import random
from datetime import timedelta

from systemcraft_tui.content.library import load_library
from systemcraft_tui.core.records import ScenarioRef, Story
from systemcraft_tui.practice.card_review import review
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.stories import StoryBankScreen
from tests.clock import FakeClock
from tests.store import factories
from tests.ui.apps import FIXTURES, opened, steady

NOW = FakeClock().utc_now()
STORIES = (
    Story(
        "Billing migration", NOW, NOW, id="story-1", level="L6", impact=4, metrics="errors 2% → 0.1%",
        situation="Billing ran on a 12-year-old system that failed every month-end close.",
        task="I owned the cut-over with no downtime allowed.",
        action="I split the move into five waves, each with a rollback, and ran both systems side by side.",
        result="Zero downtime; month-end close went from 3 days to 4 hours.",
        principles=("Ownership", "Dive Deep", "Deliver Results"),
    ),
    Story("Hiring loop redesign", NOW, NOW, id="story-2", level="L7", impact=3, principles=("Hire and Develop the Best", "Insist on the Highest Standards")),
    Story("Pushing back on a launch date", NOW, NOW, id="story-3", principles=("Have Backbone; Disagree and Commit", "Customer Obsession")),
)  # fmt: skip


def _seeded_app() -> SystemCraftApp:
    told = []
    for days in (1, 4, 9):
        session = factories.session(random.Random(days), 1, notes_chars=40)
        started = NOW - timedelta(days=days)
        ref = ScenarioRef("story-1", "Billing migration", "story", "L6", "h")
        told.append(dataclasses.replace(session, id=f"told-{days}", scenario=ref, started=started, finished=started + timedelta(minutes=5)))
    card = review(None, "story", "story-2", 30, NOW - timedelta(days=2))  # Again a day after: due a day ago
    PracticeLog.open().save_all([*STORIES, *told, card])
    return SystemCraftApp(load_library([FIXTURES]), clock=FakeClock())


async def _open_bank(pilot):
    await opened(pilot, "s", StoryBankScreen)


def test_story_bank(snap_compare):
    assert snap_compare(_seeded_app(), run_before=_open_bank, terminal_size=(80, 24))


def test_story_coverage(snap_compare):
    async def run_before(pilot):
        await _open_bank(pilot)
        await pilot.press("c")
        await pilot.pause()

    assert snap_compare(_seeded_app(), run_before=run_before, terminal_size=(80, 24))


def test_story_editor(snap_compare):
    async def run_before(pilot):
        await _open_bank(pilot)
        await pilot.press("e")
        await steady(pilot)

    assert snap_compare(_seeded_app(), run_before=run_before, terminal_size=(80, 24))
