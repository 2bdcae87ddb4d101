"""A table read row by row, whose cells are data.

Home and End go to the first and the last row: DataTable's own scroll sideways, which a
table with a row cursor never needs (its columns fit), so the keys did nothing visible.
A string cell is shown as it is: DataTable would read it as markup ("[/]" in a title from
a log import raised) and pass control characters to the terminal."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.widgets import DataTable
from textual.widgets.data_table import CellType, RowKey

from systemcraft_tui.core.terminal_text import visible


def _cell(value: object) -> object:
    return Text(visible(value)) if isinstance(value, str) else value


class RowTable(DataTable):
    BINDINGS = [
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
    ]

    def add_row(self, *cells: CellType, height: int | None = 1, key: str | None = None, label=None) -> RowKey:
        return super().add_row(*map(_cell, cells), height=height, key=key, label=label)

    def update_cell_at(self, coordinate: Coordinate, value: CellType, *, update_width: bool = False) -> None:
        super().update_cell_at(coordinate, _cell(value), update_width=update_width)
