"""Text from content files is data, never markup: "[bold]", "[/]", "[link=x]" and ANSI
escapes show literally on every screen and never crash one."""

import io

from rich.console import Console
from textual.widgets import Static

from systemcraft_tui.content.library import load_library
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.assessment import AssessmentScreen
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from systemcraft_tui.ui.screens.review import ReviewScreen
from tests.clock import FakeClock

HOSTILE = "[bold]Loud[/] [/] [link=x]click[/link] \x1b[31mred"

SCENARIO = f"""## L6 Scenario 1: Title {HOSTILE}

### The Interview Question
"Question {HOSTILE}"

### What the Interviewer is Evaluating
- **Eval {HOSTILE}** - detail

### Complete STAR Response Example
**Situation (30 seconds)**: "Model {HOSTILE}"
**Task (20 seconds)**: "t"
**Action (60 seconds)**: "a"
**Result (20 seconds)**: "r"

### Follow-up Questions and Responses
**Common Probe #1**: "Probe {HOSTILE}"
**Strong Response**: "Answer {HOSTILE}"

### Red Flags to Avoid
- Flag {HOSTILE}
"""

LITERAL = "[bold]Loud[/] [/] [link=x]click[/link] \\x1b[31mred"


def _all_text(screen) -> str:
    """Every Static's content as a terminal would show it (tables drawn by rich)."""
    console = Console(width=300, record=True, file=io.StringIO(), color_system=None)
    for widget in screen.query(Static):
        console.print(widget.content)
    return console.export_text()


async def test_hostile_text_renders_literally_through_a_whole_rehearsal(tmp_path):
    (tmp_path / "hostile.md").write_text(SCENARIO)
    app = SystemCraftApp(load_library([tmp_path]), clock=FakeClock())
    async with app.run_test(size=(140, 50)) as pilot:
        assert LITERAL in _all_text(app.screen)  # library preview
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, RehearsalScreen)
        await pilot.press(*"[red]typed[/red]")
        assert f"Question {LITERAL}" in _all_text(app.screen)
        for _ in range(4):
            await pilot.press("ctrl+n")
        assert f"Probe {LITERAL}" in _all_text(app.screen)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, AssessmentScreen)
        for _ in range(4):
            await pilot.press("3", "tab")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        review = _all_text(app.screen)
        assert f"Model {LITERAL}" in review and "[red]typed[/red]" in review
