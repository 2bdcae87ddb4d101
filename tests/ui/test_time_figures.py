"""One model of time on every screen: the STAR target is the sum of the section windows,
the file's "4-6 minutes" is the whole story with its follow-ups, and every figure shown
beside another agrees with it (core/windows.py rounds once for all of them)."""

import dataclasses
import re
from pathlib import Path

from textual.widgets import OptionList

from systemcraft_tui.content.library import load_library
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.attempt import CompareScreen
from systemcraft_tui.ui.screens.history import HistoryScreen
from systemcraft_tui.ui.screens.review import ReviewScreen
from systemcraft_tui.ui.widgets.readouts import WindowBar
from tests.clock import FakeClock
from tests.practice.summaries import session
from tests.ui.apps import fixture_app, opened, until
from tests.ui.shown import screen_text, shown

CLOCK = r"(\d+):(\d\d)"
REAL_SHAPES = Path(__file__).resolve().parent.parent / "fixtures" / "real_shapes"


def _seconds(minutes: str, seconds: str) -> int:
    return int(minutes) * 60 + int(seconds)


def _app() -> SystemCraftApp:
    return fixture_app("template_single.md")


async def _rehearse_in_full(pilot) -> None:
    await pilot.press("enter", "enter")
    await pilot.pause()


async def test_the_start_dialog_and_the_rehearsal_give_the_same_star_target_and_whole_story():
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        full = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        # The fixture's windows add up to 2:45-4:00; its Timing Practice says 4-6 minutes.
        assert "STAR 2:45–4:00" in full and "4:00–6:00 with follow-ups" in full
        await pilot.press("enter")
        await pilot.pause()
        app.clock.advance(20.7)
        app.screen.refresh_clock()
        total = shown(app.screen.query_one("#total"))
        assert "STAR answer 0:20 of 2:45–4:00 target" in total
        assert "Whole story with follow-ups 0:20 of 4:00–6:00" in total
        assert "4:00–6:00 target" not in total


async def test_every_time_on_the_review_agrees_with_the_ones_beside_it():
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _rehearse_in_full(pilot)
        sidebar = {}
        # Fractions of a second that rounded one way in one place and another way elsewhere.
        for name, seconds in (("Situation", 29.6), ("Task", 6.62), ("Action", 120.95), ("Result", 45.5)):
            app.clock.advance(seconds)
            app.screen.refresh_clock()
            listed = shown(app.screen.query_one("#step-list"))
            sidebar[name] = re.search(rf"{name}\s+{CLOCK}", listed).groups()
            await pilot.press("ctrl+n")
            await pilot.pause()
        for _ in range(2):
            app.clock.advance(61.5)
            await pilot.press("ctrl+n")
            await pilot.pause()
        await pilot.pause()
        for _ in app.screen.items:
            await pilot.press("4")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))  # the save runs in a worker
        assert isinstance(app.screen, ReviewScreen)
        review = screen_text(app.screen)

    rows = re.findall(rf"│ (\w[\w ]*?)\s+│\s+{CLOCK}–{CLOCK} │\s+{CLOCK} │ (on time|{CLOCK} (short|over))", review)
    assert [row[0] for row in rows] == ["Situation", "Task", "Action", "Result", "Probe 1", "Probe 2", "STAR answer"]
    for name, low_m, low_s, high_m, high_s, you_m, you_s, _word, by_m, by_s, side in rows:
        low, high, you = _seconds(low_m, low_s), _seconds(high_m, high_s), _seconds(you_m, you_s)
        if name in sidebar:
            assert (you_m, you_s) == sidebar[name]  # the review shows what the clock showed
        if side == "short":
            assert you + _seconds(by_m, by_s) == low
        elif side == "over":
            assert you - _seconds(by_m, by_s) == high
        else:
            assert low <= you <= high
    times = {row[0]: _seconds(row[5], row[6]) for row in rows}
    assert times["STAR answer"] == sum(times[n] for n in ("Situation", "Task", "Action", "Result"))
    # The timing check names the same seconds as the table.
    assert "Task 0:06, 0:09 short (window 0:15–0:30)" in review.replace("\n    ", " ")


async def test_a_comparison_never_shows_a_change_of_nothing_with_a_sign(private_data_dir):
    log = PracticeLog.open(private_data_dir)
    log.save(session("2026-11-01 08:00", times={"Situation": 40.2, "Task": 20.9}, sid="one"))
    log.save(session("2026-11-02 08:00", times={"Situation": 40.7, "Task": 22.1}, sid="two"))
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await opened(pilot, "h", HistoryScreen)
        await pilot.press("m", "down", "c")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        table = screen_text(app.screen)
    assert re.search(r"Situation\s+│\s+0:40 │\s+0:40 │\s+same", table)
    assert re.search(r"Task\s+│\s+0:20 │\s+0:22 │\s+\+0:02", table)
    assert re.search(r"Total time\s+│\s+1:00 │\s+1:02 │\s+\+0:02", table)
    assert "+0:00" not in table


async def test_the_bar_takes_the_countdown_colour_in_every_phase():
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _rehearse_in_full(pilot)
        screen = app.screen
        # Situation is 30-45 s: green, amber from 35 s, red past 45 s (a full bar, not a green one).
        for seconds, expected in ((10, "success"), (26, "warning"), (15, "error")):
            app.clock.advance(seconds)
            screen.refresh_clock()
            await pilot.pause()
            bar = screen.query_one("#step-progress", WindowBar)
            part = "bar--complete" if bar.filled >= 1 else "bar--bar"
            colour = bar.get_component_rich_style(part).color.triplet.hex
            assert colour.upper() == app.theme_variables[expected][:7].upper()
            assert screen.query_one("#countdown").styles.color.hex.upper() == colour.upper()


async def test_a_full_answer_beside_a_two_minute_version_says_so_and_no_raw_mode_is_shown(private_data_dir):
    log = PracticeLog.open(private_data_dir)
    full = session("2026-11-01 08:00", times={"Situation": 40}, sid="full")
    short = dataclasses.replace(session("2026-11-02 08:00", times={"Situation": 12}, sid="short"), mode="two_minute")
    log.save_all([full, short])
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await opened(pilot, "h", HistoryScreen)
        await pilot.pause()
        preview = screen_text(app.screen, "#preview-text")
        assert "2-minute version" in preview and "two_minute" not in preview
        await pilot.press("m", "down", "c")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        compared = screen_text(app.screen)
    assert "Not like for like: Full answer (earlier) beside 2-minute version (later)" in compared
    assert "two_minute" not in compared


async def test_a_preset_designs_phases_and_its_follow_ups_are_timed_apart():
    # No phases of its own: the preset's, its last window shared by the follow-ups.
    app = SystemCraftApp(load_library([REAL_SHAPES / "design_questions_by_category.md"]), clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        app.clock.advance(20.7)
        app.screen.refresh_clock()
        total = shown(app.screen.query_one("#total"))
        assert re.search(rf"All phases 0:20 of {CLOCK}–{CLOCK} target", total)
        assert "With follow-ups 0:20 of" in total
