"""Pilot tests of the history: filters, preview, the whole attempt and the comparison."""

import dataclasses
from datetime import timedelta

from textual.widgets import DataTable, Input

from systemcraft_tui.core.records import CheckOutcome, ScenarioRef
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.attempt import AttemptScreen, CompareScreen
from systemcraft_tui.ui.screens.history import HistoryScreen
from systemcraft_tui.ui.screens.library import LibraryScreen
from systemcraft_tui.ui.widgets.filter_table import SEARCH_PAUSE
from tests.clock import FakeClock
from tests.hostile import HOSTILE, assert_inert
from tests.practice.summaries import session
from tests.ui.apps import fixture_app, opened, until
from tests.ui.seeded_log import NOW, seed_log
from tests.ui.shown import screen_text


def _app() -> SystemCraftApp:
    return fixture_app(clock=FakeClock(NOW))


def _preview(screen) -> str:
    return screen_text(screen, "#preview-text")


def _rows(screen) -> int:
    return screen.query_one("#attempts", DataTable).row_count


async def _read(pilot, screen) -> None:
    """Once the page the filters ask for is read (in a worker) and shown."""
    await until(pilot, lambda: not screen.asking)
    await pilot.pause()


async def _attempt_opened(pilot) -> None:
    """The history opened, and Enter on its newest attempt read that attempt whole."""
    await opened(pilot, "h", HistoryScreen)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, AttemptScreen))


async def test_an_empty_log_says_how_to_start():
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "h", HistoryScreen)
        assert isinstance(app.screen, HistoryScreen)
        assert _rows(app.screen) == 0
        assert "No attempts in your log yet" in _preview(app.screen)
        await pilot.press("o", "m", "c", "enter")  # nothing to open, mark or compare: no crash
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_attempts_newest_first_with_every_status_and_a_preview_that_follows(private_data_dir):
    log = seed_log(private_data_dir)
    newest, second = log.summaries()[:2]
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await opened(pilot, "h", HistoryScreen)
        screen = app.screen
        assert _rows(screen) == len(log.summaries()) == 150
        statuses = {str(row[2]) for row in (screen.query_one("#attempts", DataTable).get_row_at(i) for i in range(150))}
        assert statuses == {"✓", "✗"}
        assert newest.scenario.title in _preview(screen) and f"score {newest.score}/100" in _preview(screen)
        await pilot.press("down")
        assert second.scenario.title in _preview(screen)
        assert "150 of 150 attempts" in screen_text(screen, "#history-status")


async def test_filters_by_scenario_kind_and_date(private_data_dir):
    log = seed_log(private_data_dir)
    summaries = log.summaries()
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await opened(pilot, "h", HistoryScreen)
        screen = app.screen
        await pilot.press("slash", *"outage")
        await pilot.pause(2 * SEARCH_PAUSE)
        await _read(pilot, screen)
        outage = [s for s in summaries if "outage" in s.scenario.title.lower()]
        assert _rows(screen) == len(outage) > 0
        screen.query_one("#search", Input).value = ""
        screen.query_one("#history-kind").value = "system_design"
        await pilot.pause()
        await _read(pilot, screen)
        assert _rows(screen) == sum(s.scenario.kind == "system_design" for s in summaries)
        screen.query_one("#history-kind").clear()
        screen.query_one("#history-range").value = 7
        await pilot.pause()
        await _read(pilot, screen)
        week = [s for s in summaries if (NOW - s.started).days < 7]
        assert _rows(screen) == len(week) < len(summaries)
        screen.query_one("#search", Input).value = "no such scenario"
        await pilot.pause(2 * SEARCH_PAUSE)
        await _read(pilot, screen)
        assert _rows(screen) == 0 and "No attempt matches these filters." in _preview(screen)


async def test_enter_opens_the_whole_attempt_with_notes(private_data_dir):
    log = seed_log(private_data_dir)
    newest = log.session(log.summaries()[0].id)
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _attempt_opened(pilot)
        shown = screen_text(app.screen)
        first_words = newest.sections[0].notes.split()[0]
        assert first_words in shown and newest.sections[0].name in shown
        assert "Answer checks" in shown and "Your ratings" in shown
        await pilot.press("escape")
        assert isinstance(app.screen, HistoryScreen)


async def test_mark_and_compare_two_attempts_of_one_scenario(private_data_dir):
    log = seed_log(private_data_dir)
    summaries = log.summaries()
    twin = next(i for i, s in enumerate(summaries[1:], 1) if s.scenario.id == summaries[0].scenario.id)
    other = next(i for i, s in enumerate(summaries) if s.scenario.id != summaries[0].scenario.id)
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await opened(pilot, "h", HistoryScreen)
        await pilot.press("c")  # nothing marked yet: says what to do
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("m")
        table = app.screen.query_one("#attempts", DataTable)
        assert str(table.get_row_at(0)[0]) == "◆"
        table.move_cursor(row=other)
        await pilot.press("c")  # another scenario: refused
        assert isinstance(app.screen, HistoryScreen)
        table.move_cursor(row=twin)
        await pilot.press("c")
        assert isinstance(app.screen, CompareScreen)
        comparison = app.screen.comparison
        assert comparison.earlier.id == summaries[twin].id and comparison.later.id == summaries[0].id
        shown = screen_text(app.screen)
        assert "Total time" in shown and "Score" in shown
        await pilot.press("escape", "m")  # marking another attempt moves the mark
        assert (str(table.get_row_at(0)[0]), str(table.get_row_at(twin)[0])) == ("", "◆")
        await pilot.press("m")  # pressed again on the marked one: unmarked
        assert str(table.get_row_at(twin)[0]) == "" and app.screen.marked is None


async def test_an_abandoned_attempt_compared_says_so_and_its_parts_never_reached_have_no_time(private_data_dir):
    started = NOW - timedelta(days=2)
    done = session(f"{started:%Y-%m-%d %H:%M}", times={"Situation": 40, "Task": 20, "Action": 100, "Result": 35}, sid="done")
    left = session(
        f"{started - timedelta(days=1):%Y-%m-%d %H:%M}",
        status="abandoned",
        times={"Situation": 35, "Task": 25, "Action": 0, "Result": 0},
        sid="left",
    )
    PracticeLog.open(private_data_dir).save_all([done, left])
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await opened(pilot, "h", HistoryScreen)
        await pilot.press("m", "down", "c")  # the completed one marked, compared with the abandoned one
        assert isinstance(app.screen, CompareScreen)
        lines = screen_text(app.screen).splitlines()
        assert any(line.startswith("Earlier:") and "✗ abandoned" in line for line in lines)
        assert any(line.startswith("Later:") and "✓ completed" in line for line in lines)
        rows = {line.split("│")[1].strip(): [cell.strip() for cell in line.split("│")[2:5]] for line in lines if "│" in line}
        assert rows["Task"] == ["0:25", "0:20", "−0:05"]
        assert rows["Action"] == ["–", "1:40", "not reached"]  # was 0:00 and a change of +1:40
        assert rows["Result"] == ["–", "0:35", "not reached"]
        assert rows["Score"][0] == "✗ abandoned"


async def test_titles_with_markup_show_literally(private_data_dir):
    log = PracticeLog.open(private_data_dir)
    session = seed_log(private_data_dir / "other", sessions=1).sessions()[0]
    ref = ScenarioRef("x", "[bold]Loud[/] \x1b[31mred", "behavioral", "L6", "h")
    log.save(dataclasses.replace(session, scenario=ref))
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await opened(pilot, "h", HistoryScreen)
        assert "[bold]Loud[/] ␛[31mred" in _preview(app.screen)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, AttemptScreen))
        assert "[bold]Loud[/]" in screen_text(app.screen)


async def test_a_logged_check_shows_control_characters_as_text(private_data_dir):
    """A check's name and explanation come from the log (an import, say): on the whole
    attempt they are text, never codes for the terminal."""
    log = seed_log(private_data_dir)
    newest = log.session(log.summaries()[0].id)
    log.save(dataclasses.replace(newest, checks=[CheckOutcome(f"Named {HOSTILE}", False, f"Explained {HOSTILE}", ("x",))]))
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _attempt_opened(pilot)
        shown = screen_text(app.screen)
        assert "Named" in shown and "Explained" in shown
        assert_inert(shown)
