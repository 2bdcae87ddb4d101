"""Every count on screen agrees with its noun: "1 story", "1 follow-up question", "1 of 1 item"."""

import re
from pathlib import Path

from textual.widgets import Static

from systemcraft_tui.content.library import load_library
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.stories import StoryBankScreen
from tests.clock import FakeClock
from tests.ui.apps import FIXTURES, opened
from tests.ui.shown import shown
from tests.ui.test_story_bank import _story


def _design_with_one_follow_up(folder: Path) -> Path:
    text = (FIXTURES / "system_design.md").read_text()
    text = re.sub(r"^2\. .*\n", "", text, flags=re.M)  # keep the first follow-up question only
    (folder / "design.md").write_text(text)
    return folder


async def test_counts_of_one_are_singular(tmp_path):
    PracticeLog.open().save(_story("Billing migration"))
    app = SystemCraftApp(load_library([_design_with_one_follow_up(tmp_path)]), clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        status = str(app.screen.query_one("#status", Static).content)
        assert status.startswith("1 of 1 item · 1 due")
        assert "\n1 follow-up question" in shown(app.screen.query_one("#preview-text", Static))
        await opened(pilot, "s", StoryBankScreen)
        assert str(app.screen.query_one("#story-status", Static).content).startswith("1 story · ")
