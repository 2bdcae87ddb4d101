"""A paste far longer than any answer's notes (a whole file by mistake, a megabyte from a
stranger) is refused with a notice: Textual's text box re-lays its whole text at each key,
so a megabyte froze the rehearsal's clock for seconds at every keystroke."""

from __future__ import annotations

from textual import events

from systemcraft_tui.ui.app import PASTE_LIMIT
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from tests.ui.apps import fixture_app, until


async def test_a_paste_over_the_limit_is_refused_and_a_shorter_one_goes_in():
    app = fixture_app("template_single.md")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        while not isinstance(app.screen, RehearsalScreen):
            await pilot.press("enter")
            await pilot.pause()
        app.post_message(events.Paste("z" * (PASTE_LIMIT + 1)))
        await until(pilot, lambda: bool(app._notifications))
        assert app.screen.rehearsal.current.notes == ""
        [notice] = [n.message for n in app._notifications]
        assert notice == f"Not pasted: {PASTE_LIMIT + 1:,} characters, more than a text box here takes ({PASTE_LIMIT:,}). Paste a shorter part."
        app.post_message(events.Paste("z" * PASTE_LIMIT))
        await until(pilot, lambda: len(app.screen.rehearsal.current.notes) == PASTE_LIMIT)
