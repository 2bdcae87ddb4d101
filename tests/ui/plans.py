"""Following a plan through the screens, as the plan tests start: the plan chosen, a start
date typed, and the plan's screen up once the log has saved the choice."""

from systemcraft_tui.ui.screens.follow_plan import FollowPlanScreen
from systemcraft_tui.ui.screens.plan import PlanScreen
from tests.ui.apps import until
from tests.ui.shown import screen_text


async def follow_plan(pilot, start: str) -> None:
    """Choose the first plan from `start`; wait for its screen, or for the date's error.

    The choice is saved by a worker before the plan's screen is pushed: one pause is not
    always enough on a loaded machine."""
    await pilot.press("l")
    await pilot.pause()
    assert isinstance(pilot.app.screen, FollowPlanScreen)
    await pilot.press("enter", "home", "ctrl+k", *start, "enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, PlanScreen) or screen_text(pilot.app.screen, "#date-error").strip())
