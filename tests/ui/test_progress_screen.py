"""Pilot tests of the progress review over an empty log and a seeded one."""


from rich.console import Console
from textual.widgets import Static

from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.screens.progress import ProgressScreen
from systemcraft_tui.ui.widgets.charts import PracticeChart, ScoreChart
from tests.clock import FakeClock
from tests.ui.apps import fixture_app, opened
from tests.ui.seeded_log import NOW, seed_log
from tests.ui.shown import screen_text, shown


def _app() -> SystemCraftApp:
    return fixture_app(clock=FakeClock(NOW))


def _text(screen, selector: str) -> str:
    return screen_text(screen, selector)


async def test_an_empty_log_says_how_to_start():
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "g", ProgressScreen)
        assert isinstance(app.screen, ProgressScreen)
        assert "No practice in your log yet" in _text(app.screen, "#progress-empty")
        assert not app.screen.query(PracticeChart)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_a_seeded_log_shows_trend_principles_timing_weak_areas_and_milestones(private_data_dir):
    log = seed_log(private_data_dir)
    summaries = log.summaries()
    completed = sum(s.status == "completed" for s in summaries)
    app = _app()
    async with app.run_test(size=(100, 40)) as pilot:
        await opened(pilot, "g", ProgressScreen)
        screen = app.screen
        assert isinstance(screen, ProgressScreen)

        summary = _text(screen, "#progress-summary")
        assert f"{len(summaries)} sessions practised ({completed} completed, {len(summaries) - completed} abandoned)" in summary
        assert "Streak: 44 days" in summary  # a session every seven hours, up to yesterday

        areas = _text(screen, "#weak-areas")
        # The latest weekly assessment rates behavioral strength 2.5: the plan's own trigger.
        assert "1. Behavioral strength" in areas and "Increase story practice time" in areas
        assert areas.count("→") == 3

        principles = _text(screen, "#principles")
        assert all(name in principles for name in ("Customer Obsession", "Deliver Results", "Frugality"))
        assert "no story" in principles

        timing = _text(screen, "#timing")
        assert "Situation" in timing and "Result" in timing
        # A third of the Situations on time, the rest over and short about equally: the
        # median of every miss was 0, shown as "on time"; over and short are shown apart.
        situation = next(line for line in timing.splitlines() if "Situation" in line)
        assert "on time" not in situation and "33% by 0:09" in situation and "35% by 0:08" in situation

        milestones = _text(screen, "#milestones")
        assert "4-Week Practice Plan" in milestones and "week 3 of 4" in milestones
        assert "✗ Week 2" in milestones and "lowest rating 2" in milestones

        weeks = screen.query_one(PracticeChart).weeks
        assert sum(w.sessions for w in weeks) == len(summaries)  # the whole history fits in the 7 weeks shown
        assert screen.query_one(ScoreChart).weeks == weeks


async def test_without_a_plan_it_says_how_to_choose_one(private_data_dir):
    log = PracticeLog.open(private_data_dir)
    seeded = seed_log(private_data_dir / "other")
    log.save_all(seeded.sessions()[:5])
    app = _app()
    async with app.run_test(size=(100, 40)) as pilot:
        await opened(pilot, "g", ProgressScreen)
        assert "You do not follow a practice plan yet" in _text(app.screen, "#milestones")
        # No weekly assessment: the weakest areas come from the log alone.
        assert "Behavioral strength" not in _text(app.screen, "#weak-areas")


async def test_progress_and_history_are_in_the_palette_once():
    app = _app()
    async with app.run_test(size=(100, 30)):
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert titles.count("Progress") == 1 and titles.count("History") == 1


async def test_a_new_theme_recolours_the_texts(private_data_dir):
    seed_log(private_data_dir)
    app = _app()
    async with app.run_test(size=(100, 40)) as pilot:
        await opened(pilot, "g", ProgressScreen)
        screen = app.screen

        def area_colour():
            segments = Console(width=100).render(screen.query_one("#weak-areas", Static).content)
            return next(s.style.color for s in segments if s.text == "Behavioral strength")

        before = area_colour()
        assert before == screen.style("warning").color
        app.theme = "nord"
        await pilot.pause()
        assert area_colour() == screen.style("warning").color != before


async def test_a_followed_plan_with_unchecked_milestones_shows_in_every_theme(private_data_dir):
    """A milestone with no weekly assessment yet is drawn in the theme's muted colour, which
    has an alpha channel ("#E0E0E099"): that froze the whole app once."""
    log = seed_log(private_data_dir)
    for assessment in log.assessments():
        log.delete(assessment)
    app = _app()
    async with app.run_test(size=(100, 40)) as pilot:
        for theme in ("textual-dark", "textual-light", "ansi-dark", "nord"):
            app.theme = theme
            await opened(pilot, "g", ProgressScreen)
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ProgressScreen), theme
            assert "· Week 2 (by" in _text(screen, "#milestones")
            await pilot.press("escape")


async def test_a_milestone_that_wraps_goes_on_under_its_text(private_data_dir):
    seed_log(private_data_dir)
    app = _app()
    async with app.run_test(size=(80, 40)) as pilot:
        await opened(pilot, "g", ProgressScreen)
        await pilot.pause()
        lines = shown(app.screen.query_one("#milestones", Static), width=76).splitlines()
        first = next(n for n, line in enumerate(lines) if "✗ Week 2 (by" in line)
        assert lines[first + 1].strip() == "3)" and lines[first + 1].startswith("  ")  # under "Week", past the mark
        assert lines[first + 2].startswith("    lowest rating 2")
