"""The end of a rehearsal in a pilot test: reach the self-assessment; rate everything, save,
read the score, leave the review."""

from __future__ import annotations

from systemcraft_tui.ui.screens.assessment import AssessmentScreen
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from systemcraft_tui.ui.screens.review import ReviewScreen
from tests.ui.apps import until


async def answer_every_step(pilot, seconds: float) -> AssessmentScreen:
    """From the rehearsal's first step, `seconds` on the (frozen) clock for each step, to the self-assessment."""
    while isinstance(pilot.app.screen, RehearsalScreen):
        pilot.app.clock.advance(seconds)
        await pilot.press("ctrl+n")
        await pilot.pause()
    assert isinstance(pilot.app.screen, AssessmentScreen)
    return pilot.app.screen


async def assess_and_save(pilot, rating: int) -> int:
    """Give every self-assessment item `rating`, save, and close the review; the saved score."""
    assert isinstance(pilot.app.screen, AssessmentScreen)
    for _ in pilot.app.screen.items:
        await pilot.press(str(rating))  # a typed rating moves on to the next
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(pilot.app.screen, ReviewScreen))  # the save runs in a worker
    score = pilot.app.screen.attempt.score
    await pilot.press("escape")
    await pilot.pause()
    return score
