"""A table read row by row, whose cells are data.

Home and End go to the first and the last row: DataTable's own scroll sideways, which a
table with a row cursor never needs (its columns fit), so the keys did nothing visible.
A string cell is shown as it is: DataTable would read it as markup ("[/]" in a title from
a log import raised) and pass control characters to the terminal.

`replace_rows` puts a whole new set of rows in at once, for a search over thousands; with
`LazyRows`, each row's cells are made when the table first reads them (the rows it shows).
`append_rows` adds more of them below, as a library read in order brings them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from rich.text import Text
from textual._two_way_dict import TwoWayDict
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.geometry import Size
from textual.widgets import DataTable
from textual.widgets.data_table import CellType, ColumnKey, Row, RowKey

from systemcraft_tui.core.terminal_text import visible


def literal(value: object) -> object:
    """A cell's value as the table shows it: a string as literal text."""
    return Text(visible(value)) if isinstance(value, str) else value


class LazyRows(dict[RowKey, dict[ColumnKey, object]]):
    """Rows by key, each row's cells made by `cells(key)` when the table first reads them:
    a table draws the rows on screen, and laying out thousands of rows' cells ahead is
    most of the time a big library's first frame costs beyond a small one's."""

    def __init__(self, keys: Iterable[RowKey], cells: Callable[[RowKey], dict[ColumnKey, object]]) -> None:
        super().__init__(dict.fromkeys(keys))  # type: ignore[arg-type]  # None until made
        self._cells = cells

    def __getitem__(self, key: RowKey | str) -> dict[ColumnKey, object]:
        row_key = key if isinstance(key, RowKey) else RowKey(key)  # DataTable.get_row passes the key as a string
        row = super().__getitem__(row_key)
        if row is None:
            row = self._cells(row_key)
            super().__setitem__(row_key, row)
        return row

    def add(self, keys: Iterable[RowKey]) -> None:
        """More rows, their cells made by the same `cells` when first read."""
        super().update(dict.fromkeys(keys))  # type: ignore[arg-type]  # None until made

    # What DataTable reads besides a row by key (get_row, sorting) makes the cells too.
    def get(self, key: RowKey, default=None):  # type: ignore[override]
        return self[key] if key in self else default

    def values(self):  # type: ignore[override]
        return [self[key] for key in self]

    def items(self):  # type: ignore[override]
        return [(key, self[key]) for key in self]


class RowTable(DataTable):
    BINDINGS = [
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
    ]

    def add_row(self, *cells: CellType, height: int | None = 1, key: str | None = None, label=None) -> RowKey:
        return super().add_row(*map(literal, cells), height=height, key=key, label=label)

    def update_cell_at(self, coordinate: Coordinate, value: CellType, *, update_width: bool = False) -> None:
        super().update_cell_at(coordinate, literal(value), update_width=update_width)

    def row_data(self, values: Iterable[object]) -> dict[ColumnKey, object]:
        """A row's values under the table's columns, as `replace_rows` takes them."""
        return dict(zip(self.columns, map(literal, values), strict=False))

    def replace_rows(self, rows: Mapping[RowKey, dict[ColumnKey, object]]) -> None:
        """The table's rows, one line each, become `rows` (each key's `row_data`), in their
        order, the cursor on the first. As `clear()` and then `add_row` for each, without
        their cost for each row: add_row sets the cursor (a reactive) and leaves every cell
        to be measured at the next idle moment, 2.7 s for 5,048 rows on a busy two-core
        machine, though the columns' widths are fixed (checked here) and need no measure.
        The row data is shared, not copied (nor, from `LazyRows`, made yet):
        `update_cell_at` changes it for the next replacement too."""
        assert not any(column.auto_width for column in self.columns.values())
        self._clear_caches()
        ordered = [Row(key, 1) for key in rows]
        self._data = rows if isinstance(rows, LazyRows) else dict(rows)
        self.rows = {row.key: row for row in ordered}
        self._row_locations = TwoWayDict({row.key: index for index, row in enumerate(ordered)})
        self._new_rows.clear()
        self._require_update_dimensions = True  # the virtual size, at the next idle moment
        self._update_count += 1
        # What the table would work out from the rows, row by row, on its first paint.
        self._ordered_row_cache[(len(ordered), self._update_count)] = ordered
        self._offset_cache[self._update_count] = [(row.key, 0) for row in ordered]
        self.cursor_coordinate = self.hover_coordinate = Coordinate(0, 0)
        if ordered:
            self._highlight_cursor()  # as add_row does for a first row: RowHighlighted
        self.refresh()
        self.scroll_x = self.scroll_y = self.scroll_target_x = self.scroll_target_y = 0

    def append_rows(self, keys: Sequence[RowKey]) -> None:
        """Rows below the table's, from the `LazyRows` given to `replace_rows` (which makes
        their cells): the cursor and the view stay where they are. As `add_row` for each,
        without its cost for each row (see `replace_rows`), and without drawing the rows
        already shown again: they are as they were, so their lines cached under the
        table's update count stay good; only where each line's row is must be found again."""
        assert isinstance(self._data, LazyRows)
        if not keys:
            return
        self._data.add(keys)
        first = len(self.rows)
        for index, key in enumerate(keys, first):
            self.rows[key] = Row(key, 1)
            self._row_locations[key] = index
        self._offset_cache.clear()
        if not first:
            self._highlight_cursor()  # as add_row does for a first row: RowHighlighted
        if self._require_update_dimensions:  # a size still to work out (replace_rows): these rows go in it then
            self.refresh()
            return
        # Only the height grows, a line a row. Set as the virtual size is at an idle moment,
        # it asked for a layout: the whole screen laid out and drawn again for each batch a
        # long library read adds, though the table's own size never depends on its rows.
        grown = Size(self.virtual_size.width, self.virtual_size.height + len(keys))
        self.set_reactive(DataTable.virtual_size, grown)
        self._scroll_update(grown)  # the scrollbar: shown once the rows overflow, its thumb sized
        if first < self.scroll_offset.y + self.scrollable_content_region.height:  # rows that show
            self.refresh()
