"""Text at 80x24: labels wrap or are cut at a word with an ellipsis, never mid-word; tables
give the title column the room; a preview under its table can be read from the keyboard."""

import dataclasses
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from textual.geometry import Region
from textual.widgets import DataTable, SelectionList

from systemcraft_tui.content.library import load_library
from systemcraft_tui.practice.checklists import _BY_KEYWORD, _GENERAL, ITEM_WIDTH
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.fit import ELLIPSIS, cut, cut_lines
from systemcraft_tui.ui.screens.history import HistoryScreen
from systemcraft_tui.ui.screens.progress import ProgressScreen
from systemcraft_tui.ui.screens.stories import StoryBankScreen
from tests.clock import FakeClock
from tests.store import factories
from tests.ui.apps import FIXTURES, opened
from tests.ui.seeded_log import NOW, seed_log
from tests.ui.shown import shown

words = st.text(st.characters(categories=("L", "N")), min_size=1, max_size=14)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a loaded machine is slow, not wrong
@given(st.lists(words, min_size=1, max_size=12), st.integers(min_value=2, max_value=60))
def test_a_cut_fits_and_ends_at_a_word(parts, width):
    text = " ".join(parts)
    result = cut(text, width)
    assert cell_len(result) <= width
    if cell_len(text) <= width:
        assert result == text
    else:
        assert result.endswith(ELLIPSIS)
        kept = result[:-1].split()
        # Whole words from the start, or (when even the first does not fit) part of the first alone.
        assert kept == parts[: len(kept)] or (len(kept) == 1 and parts[0].startswith(kept[0]) and cell_len(parts[0]) >= width)


def test_cut_examples():
    assert cut("Rebuilding Appointment Rescheduling Around a Clinic", 40) == "Rebuilding Appointment Rescheduling…"
    assert cut("Holding Back, a Search Model", 15) == "Holding Back…"  # no dangling comma
    assert cut("Supercalifragilistic", 8) == "Superca…"
    assert cut("Short", 20) == "Short"


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(words, min_size=1, max_size=30), st.integers(min_value=4, max_value=40), st.integers(min_value=1, max_value=4))
def test_lines_cut_fit_their_rows_and_keep_the_text_s_start(parts, width, rows):
    text = Text(" ".join(parts), style="dim")
    result = cut_lines(text, width, rows, Console())
    lines = result.wrap(Console(), width)  # as the widget showing it wraps it
    assert len(lines) <= rows and all(cell_len(line.plain.rstrip()) <= width for line in lines)
    if result is not text:
        assert result.plain.endswith(ELLIPSIS) and {str(span.style) for span in result.spans} == {"dim"}  # its style kept
        shown = "".join(result.plain.removesuffix(ELLIPSIS).split())
        assert "".join(parts).startswith(shown)


def test_lines_cut_examples():
    line = Text("Requirements Clarification 3–5 · High-Level Architecture 5–7 · Deep Dive 10–12")
    assert cut_lines(line, 40, 2, Console()).plain == "Requirements Clarification 3–5 · \nHigh-Level Architecture 5–7 · Deep Dive…"
    assert cut_lines(line, 40, 3, Console()) is line  # it fits: shown whole


def _cells_cut_at_words(table: DataTable, column: int, titles: list[str]) -> None:
    for row, title in enumerate(titles):
        cell = str(table.get_cell_at((row, column)))
        assert cell == title or (cell.endswith(ELLIPSIS) and title.startswith(cell[:-1]) and title[len(cell) - 1] == " ")


async def test_history_titles_get_the_room_and_are_cut_at_a_word(private_data_dir):
    log = seed_log(private_data_dir)
    app = SystemCraftApp(load_library([FIXTURES]), clock=FakeClock(NOW))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "h", HistoryScreen)
        await pilot.pause()
        table = app.screen.query_one("#attempts", DataTable)
        title = table.ordered_columns[4]
        assert str(title.label) == "Title" and title.width >= 26  # 18 before, beside the preview
        _cells_cut_at_words(table, 4, [s.scenario.title for s in log.summaries()][:20])


async def test_library_and_story_titles_are_cut_at_a_word_with_an_ellipsis():
    long = "Rebuilding a Release Engineering Team Without Losing a Single Weekly Release Train"
    PracticeLog.open().save(dataclasses.replace(factories.story(random.Random(1), 0), title=long))
    app = SystemCraftApp(load_library([FIXTURES]), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        _cells_cut_at_words(app.screen.query_one("#items", DataTable), 0, [i.title for i in app.screen.shown])
        await opened(pilot, "s", StoryBankScreen)
        table = app.screen.query_one("#stories", DataTable)
        cell = str(table.get_cell_at((0, 1)))
        assert cell.endswith(ELLIPSIS) and long.startswith(cell[:-1]) and len(cell) > 30
        _cells_cut_at_words(table, 1, [long])


async def test_the_preview_under_the_library_scrolls_from_the_keyboard_and_says_how():
    app = SystemCraftApp(load_library([FIXTURES]), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        preview = app.screen.query_one("#preview")
        assert "Tab" in str(preview.border_title)
        await pilot.press("tab")
        assert app.focused is preview
        await pilot.press("down", "down")
        await pilot.pause()
        assert preview.scroll_y == 2


async def test_a_long_red_flag_wraps_under_its_box_whole():
    app = SystemCraftApp(load_library([FIXTURES / "collection.md"]), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")
        await pilot.pause()
        for _ in range(6):
            app.clock.advance(30)
            await pilot.press("ctrl+n")
            await pilot.pause()
        await pilot.pause()
        flag = app.screen.query_one("#flag-0")
        flag.focus()
        await pilot.pause()
        size = flag.size
        lines = [line.text.rstrip() for line in flag.render_lines(Region(0, 0, *size))]
    assert size.height == 2 and size.width <= 78
    assert " ".join(" ".join(lines).replace("[ ]", "").split()) == (
        "Working the team through weekends as the only plan, with no evidence the dates could hold"
    )


async def test_a_design_checklist_item_fits_its_line_at_80_columns():
    assert max(len(item) for _, items in _BY_KEYWORD for item in items) <= ITEM_WIDTH
    assert max(len(item) for item in _GENERAL) <= ITEM_WIDTH
    app = SystemCraftApp(load_library([FIXTURES / "system_design.md"]), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")
        await pilot.pause()
        checklist = app.screen.query_one("#checklist", SelectionList)
        assert checklist.scrollable_content_region.width - 4 >= ITEM_WIDTH  # the box takes 4


async def test_the_principles_table_gives_the_principle_the_room(private_data_dir):
    seed_log(private_data_dir, sessions=3)  # most principles: no story and never practised
    app = SystemCraftApp(load_library([FIXTURES]), clock=FakeClock(NOW))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "g", ProgressScreen)
        await pilot.pause()
        table = shown(app.screen.query_one("#principles"), width=78)
    assert "no story, never practised" not in table  # one gap a line, not 27 columns of them
    for name in ("Customer Obsession", "Learn and Be Curious", "Hire and Develop the Best", "Insist on the Highest Standards"):
        assert name in table  # on one line
