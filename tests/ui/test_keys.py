"""Keys that did nothing a user could see: Esc and ↓ in a search box, Home and End in a list,
the first Space in a design phase's checklist; and the due count, which follows the search."""


from textual.widgets import DataTable, Input, SelectionList, Static

from systemcraft_tui.ui.screens.history import HistoryScreen
from systemcraft_tui.ui.screens.rehearsal import RehearsalScreen
from systemcraft_tui.ui.widgets.filter_table import SEARCH_PAUSE
from tests.clock import FakeClock
from tests.ui.apps import fixture_app as _app
from tests.ui.apps import opened
from tests.ui.seeded_log import NOW, seed_log


async def test_esc_and_down_leave_the_library_search_for_the_list():
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one("#items", DataTable)
        for key in ("escape", "down"):
            await pilot.press("slash", *"design")
            assert isinstance(app.focused, Input)
            await pilot.press(key)
            assert app.focused is table, key
            assert app.screen.query_one("#search", Input).value == "design"  # the search stays
            await pilot.press("slash", "ctrl+u", "escape")


async def test_the_due_count_is_of_the_items_the_search_and_filters_keep():
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        status = app.screen.query_one("#status", Static)
        assert "6 of 6 items · 4 due" in str(status.content)
        await pilot.press("slash", *"parcel")
        await pilot.pause(2 * SEARCH_PAUSE)
        assert "1 of 6 items · 1 due" in str(status.content)
        await pilot.press("ctrl+u", *"caching")  # a deep dive: never a card, never due
        await pilot.pause(2 * SEARCH_PAUSE)
        assert "1 of 6 items · 0 due" in str(status.content)


async def test_home_and_end_go_to_the_first_and_last_attempt(private_data_dir):
    seed_log(private_data_dir, 40)
    app = _app(clock=FakeClock(NOW))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "h", HistoryScreen)
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one("#attempts", DataTable)
        await pilot.press("end")
        assert table.cursor_row == 39 and table.scroll_x == 0
        await pilot.press("home")
        assert table.cursor_row == 0
        await pilot.press("slash", "down")  # the history's search box hands back the keys too
        assert app.focused is table


async def test_the_first_space_in_a_design_phase_checklist_ticks():
    app = _app("system_design.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        await pilot.press("tab", "space")
        checklist = screen.query_one("#checklist", SelectionList)
        assert app.focused is checklist and checklist.selected == [0]
        await pilot.press("ctrl+n", "tab", "space")  # the next phase's list, fresh
        assert checklist.selected == [0]
        assert screen.rehearsal.states[0].checked == ["Main components drawn"]
