"""A table read row by row: Home and End go to the first and the last row.

DataTable's own Home and End scroll sideways, which a table with a row cursor never needs
(its columns fit), so the keys did nothing a user could see."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable


class RowTable(DataTable):
    BINDINGS = [
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
    ]
