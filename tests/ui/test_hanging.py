"""Wrapped lines go on under their own text, not back under the bullet, mark or label
ahead of it: checks, ratings and red flags (review, history, attempt) and the plan's week."""

from rich.console import Console

from systemcraft_tui.practice.checks import CheckResult
from systemcraft_tui.ui.attempt_text import ratings_text
from systemcraft_tui.ui.screens.plan import PlanScreen
from systemcraft_tui.ui.widgets.checks import checks_text
from tests.ui.plans import follow_plan
from tests.ui.terminal import terminal_text
from tests.ui.test_plan_screen import _app


def _lines(renderable, width: int = 40) -> list[str]:
    console = Console(width=width, record=True, file=open("/dev/null", "w"))
    console.print(renderable)
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_a_check_wraps_under_its_name_and_its_words_found_under_themselves():
    check = CheckResult(
        "Vagueness", False, "Something in the notes sounds vague: rephrase it.", ("kind of", "sort of", "stuff", "basically")
    )
    assert _lines(checks_text([check])) == [
        "! Vagueness: Something in the notes",
        "  sounds vague: rephrase it.",
        "    found: kind of, sort of, stuff,",
        "           basically",
        "",
    ]


def test_ratings_and_red_flags_wrap_under_their_text():
    lines = _lines(ratings_text({"A measurable before and after the change": 4}, ["Blaming the partner's systems"], ()))
    assert lines == [
        "Your ratings",
        "  4/5  A measurable before and after the",
        "       change",
        "Red flags ticked: Blaming the partner's",
        "                  systems",
        "",
    ]


async def test_the_plans_daily_routine_wraps_under_each_items_text():
    async with _app().run_test(size=(32, 40)) as pilot:
        await follow_plan(pilot, "2026-11-09")
        assert isinstance(pilot.app.screen, PlanScreen)
        lines = terminal_text(pilot.app).splitlines()
        first = next(n for n, line in enumerate(lines) if "• 30 minutes" in line)
        assert lines[first].startswith(" • 30 minutes behavioral")
        assert lines[first + 1].startswith("   practice")  # under "30", not under the bullet
