"""The filterable table the library, the history and the story bank share: the highlighted
row keeps its place across a new filtering and a resize, the preview goes under the table
below 120 columns, the title column takes what the others leave, the search filters the
rows' texts once the keys pause, and the search box hands the keys back to the table."""

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import Input, Select, Static

from systemcraft_tui.ui.widgets.filter_table import SEARCH_PAUSE, FilterTable, Row

TITLES = [f"Scenario number {n} about migrating a billing system without downtime" for n in range(12)]


class Filtering(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.filterings = 0  # Changed messages: the choices' changes
        self.searches = 0  # Filtered messages: the table's new rows

    def compose(self) -> ComposeResult:
        choice = Select((("even", "even"),), prompt="Any", id="parity", compact=True)
        yield FilterTable((("#", 3),), (("Kind", 10),), table_id="rows", preview=lambda key: f"preview of {key}",
                          search="Search (/)", filters=[choice])  # fmt: skip

    def on_mount(self) -> None:
        self.refilter()

    def on_filter_table_changed(self) -> None:
        self.filterings += 1
        self.refilter()

    def on_filter_table_filtered(self) -> None:
        self.searches += 1

    def refilter(self) -> None:
        even = self.query_one("#parity", Select).value == "even"
        rows = [
            Row(f"row-{n}", title, (str(n),), ("Design",), text=f"{title} row-{n}".lower())
            for n, title in enumerate(TITLES)
            if not (even and n % 2)
        ]
        self.query_one(FilterTable).show(rows, Text("Nothing matches."))


def _preview(app: App) -> str:
    return str(app.query_one("#preview-text", Static).content)


async def test_the_highlighted_row_keeps_its_place_across_filtering_and_resizes():
    app = Filtering()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(FilterTable)
        table.table.focus()
        for _ in range(4):
            await pilot.press("down")
        assert table.highlighted == "row-4" and _preview(app) == "preview of row-4"
        app.query_one("#parity", Select).value = "even"
        await pilot.pause()
        assert app.filterings == 1 and table.table.row_count == 6
        assert table.highlighted == "row-4" and table.table.cursor_row == 2 and _preview(app) == "preview of row-4"
        await pilot.resize_terminal(130, 30)
        await pilot.pause()
        assert table.highlighted == "row-4" and _preview(app) == "preview of row-4"
        app.query_one("#search").focus()
        await pilot.press(*"number 1")  # row 4 is filtered out: back to the first row
        await pilot.pause(2 * SEARCH_PAUSE)
        assert table.highlighted == "row-10"
        await pilot.press("ctrl+u", "x")
        await pilot.pause(2 * SEARCH_PAUSE)
        assert table.highlighted is None and _preview(app) == "Nothing matches."


async def test_the_search_filters_once_the_keys_pause_on_every_word_of_the_rows_texts():
    app = Filtering()
    async with app.run_test(size=(80, 24)) as pilot:
        table, search = app.query_one(FilterTable), app.query_one("#search", Input)
        await pilot.pause()
        searches = app.searches
        for typed in ("B", "BI", "BIL", "BILL", "BILLI", "BILLING ", "BILLING R", "BILLING RO", "BILLING ROW-1"):
            search.value = typed  # a word typed quickly: no pause between the keys
        await pilot.pause()
        assert app.searches == searches and table.table.row_count == len(TITLES)  # not yet
        await pilot.pause(2 * SEARCH_PAUSE)
        assert app.searches == searches + 1  # once, for the whole burst
        # every word, in any case, anywhere in the row's text (here the title and the key)
        assert [row.key for row in table.shown] == ["row-1", "row-10", "row-11"] and table.table.row_count == 3
        search.value = ""
        search.focus()
        await pilot.press("x", "enter")  # Enter filters at once, without the pause
        assert table.table.row_count == 0 and app.focused is table.table


async def test_the_preview_goes_under_the_table_below_150_columns_and_the_title_takes_the_rest():
    app = Filtering()
    async with app.run_test(size=(80, 24)) as pilot:
        table, preview = app.query_one(FilterTable), app.query_one("#preview")
        assert table.has_class("-narrow") and preview.region.y > table.table.region.y
        narrow = table.title_width
        assert str(table.table.get_cell_at((0, 1))).endswith("…")  # cut at a word
        await pilot.resize_terminal(150, 30)
        await pilot.pause()
        assert not table.has_class("-narrow") and preview.region.x > table.table.region.x
        assert table.title_width != narrow  # 2fr of 150 columns beside the preview, not 80
        # the title column is what the table's width leaves after '#' and 'Kind' (each padded by 2)
        assert table.title_width == table.table.scrollable_content_region.width - (3 + 2) - (10 + 2) - 2
        assert table.table.ordered_columns[1].width == table.title_width  # the rows were laid out again


async def test_at_120_columns_the_table_takes_the_whole_width_over_the_preview():
    app = Filtering()
    async with app.run_test(size=(80, 24)) as pilot:
        table, preview = app.query_one(FilterTable), app.query_one("#preview")
        narrow = table.title_width
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        # Beside the preview, 2/3 of 120 columns gave the title no more room than at 80.
        assert table.has_class("-narrow") and preview.region.y > table.table.region.y
        assert table.title_width == narrow + 40


async def test_enter_esc_and_down_in_the_search_box_go_back_to_the_table():
    app = Filtering()
    async with app.run_test(size=(80, 24)) as pilot:
        rows = app.query_one(FilterTable).table
        for key in ("enter", "escape", "down"):
            app.query_one("#search").focus()
            await pilot.press(*"Scenario")
            assert isinstance(app.focused, Input)
            await pilot.press(key)
            assert app.focused is rows, key


async def _searched(app: App, pilot, words: str) -> FilterTable:
    """The app's table once the search for these words has filtered it."""
    app.query_one("#search", Input).value = words
    await pilot.pause(2 * SEARCH_PAUSE)
    return app.query_one(FilterTable)


async def test_a_cell_changed_while_its_row_is_searched_out_shows_when_the_row_is_back():
    app = Filtering()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _searched(app, pilot, "number 1")
        table.update_cell("row-1", 0, "*")  # shown
        table.update_cell("row-2", 0, "[b]2")  # searched out
        assert str(table.table.get_cell("row-1", "#")) == "*" and "row-2" not in table.table.rows
        await _searched(app, pilot, "")
        assert [str(table.table.get_cell(f"row-{n}", "#")) for n in range(4)] == ["0", "*", "[b]2", "3"]  # literal
        table.table.focus()
        await pilot.press("end")
        assert table.highlighted == "row-11" and _preview(app) == "preview of row-11"


class ManyRows(App[None]):
    def compose(self) -> ComposeResult:
        yield FilterTable((("#", 5),), (("Kind", 10),), table_id="rows", preview=lambda key: key, search="Search (/)")

    def on_mount(self) -> None:
        rows = [Row(f"row-{n}", f"Scenario {n}", (str(n),), ("Design",), text=f"scenario {n}") for n in range(5000)]
        self.query_one(FilterTable).show(rows, Text("Nothing matches."))


async def test_only_the_rows_drawn_have_their_cells_made_and_they_read_as_laid_out():
    app = ManyRows()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(FilterTable)
        made = sum(cells is not None for cells in table._data)
        assert 0 < made <= 24
        assert [str(cell) for cell in table.table.get_row_at(4000)] == ["4000", "Scenario 4000", "Design"]
        table.table.focus()
        await pilot.press("end")
        await pilot.pause()
        shown = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert table.highlighted == "row-4999" and "Scenario 4999" in shown
        assert sum(cells is not None for cells in table._data) <= 2 * 24 + 1
        table.update_cell("row-10", 2, "Behavioral")  # not shown now: kept for when it is
        await pilot.press("home")
        await pilot.pause()
        assert [str(cell) for cell in table.table.get_row_at(10)] == ["10", "Scenario 10", "Behavioral"]


async def test_a_row_not_drawn_yet_reads_by_its_key_as_a_string():
    """DataTable.get_row takes the key as a string too. A row whose cells were not made yet
    (not drawn) raised AttributeError: under load a test read the library before its redraw."""
    app = ManyRows()
    async with app.run_test(size=(80, 24)):
        table = app.query_one(FilterTable)
        assert table._data[4000] is None
        assert [str(cell) for cell in table.table.get_row("row-4000")] == ["4000", "Scenario 4000", "Design"]


async def test_another_rows_preview_opens_at_its_top_not_where_the_last_was_scrolled_to():
    app = Filtering()
    long_preview = "\n".join(f"line {n}" for n in range(80))
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(FilterTable)
        table.preview_of = lambda key: f"{key}\n{long_preview}"
        table.table.focus()
        await pilot.press("down")
        await pilot.pause()
        preview = app.query_one("#preview")
        preview.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert preview.scroll_y > 0
        await pilot.press("down")
        await pilot.pause()
        assert preview.scroll_y == 0 and _preview(app).startswith("row-2")
        preview.scroll_end(animate=False, immediate=True)
        app.refilter()  # the same row shown again (the log changed): the reader keeps their place
        await pilot.pause()
        assert preview.scroll_y > 0 and table.highlighted == "row-2"


class Growing(App[None]):
    def compose(self) -> ComposeResult:
        yield FilterTable((("#", 5),), (("Kind", 10),), table_id="rows", preview=lambda key: key, growing=True)

    def on_mount(self) -> None:
        self.query_one(FilterTable).show(_numbered(range(40)), Text("Nothing read yet."))


def _numbered(numbers: range) -> list[Row]:
    return [Row(f"row-{n}", f"Scenario {n}", (str(n),), ("Design",), text=f"scenario {n}") for n in numbers]


async def test_rows_added_below_the_view_neither_lay_the_screen_out_nor_draw_the_table_again(monkeypatch):
    """A long library read adds rows a few times a second: the screen was laid out and
    drawn whole each time, though only the scrollbar changes."""
    app = Growing()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(FilterTable)
        table.table.focus()
        await pilot.pause(0.2)  # settled: focused, styled, drawn
        layouts, drawn = [], []
        refresh_layout, render_line = type(app.screen)._refresh_layout, type(table.table).render_line
        monkeypatch.setattr(type(app.screen), "_refresh_layout", lambda *a, **k: layouts.append(1) or refresh_layout(*a, **k))
        monkeypatch.setattr(type(table.table), "render_line", lambda *a, **k: drawn.append(1) or render_line(*a, **k))
        table.extend(_numbered(range(40, 140)), Text("Nothing read yet."), more=True)
        await pilot.pause()
        assert not layouts and not drawn
        assert table.table.vertical_scrollbar.window_virtual_size == 141  # the rows and the header
        await pilot.press("end")
        await pilot.pause()
        shown = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert table.highlighted == "row-139" and "Scenario 139" in shown


async def test_the_last_rows_restyle_the_table_alone(monkeypatch):
    """Once the last rows of a long read come, the scrollbar's room kept for them is given
    back: restyling the search box, the choices and the preview as well took most of the
    time from the last file read to the whole library's frame."""
    app = Growing()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(FilterTable)
        await pilot.pause(0.2)  # settled: styled, drawn
        restyled: list[object] = []
        update_nodes = type(app.stylesheet).update_nodes

        def recorded(stylesheet, nodes, **options):
            nodes = list(nodes)
            restyled.extend(nodes)
            update_nodes(stylesheet, nodes, **options)

        monkeypatch.setattr(type(app.stylesheet), "update_nodes", recorded)
        table.extend(_numbered(range(40, 45)), Text("Nothing read yet."), more=False)
        await pilot.pause()
        assert restyled and set(restyled) <= {table.table, *table.table.walk_children()}


class Ranked(App[None]):
    TITLES = ("Sale day: the outage on checkout", "Notes on sale day", "Fixed the checkout outage on sale day")

    def compose(self) -> ComposeResult:
        yield FilterTable((("#", 3),), (("Kind", 10),), table_id="rows", preview=lambda key: key, search="Search (/)")

    def on_mount(self) -> None:
        rows = [Row(f"row-{n}", title, (str(n),), ("Story",), text=f"{title} checkout outage".lower()) for n, title in enumerate(self.TITLES)]
        self.query_one(FilterTable).show(rows, Text("Nothing matches."))


async def test_rows_whose_title_holds_the_search_come_first():
    app = Ranked()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _searched(app, pilot, "checkout outage on sale")
        # as typed in one title, then every word in another's title, then the words elsewhere in a row's text
        assert [row.key for row in table.shown] == ["row-2", "row-0", "row-1"]
