"""Lines that start with a label (a bullet, a check's mark, a rating, "Goals:") and, when
they wrap, go on under their own text: a line of Text wraps back to the column its label
starts in, which hides where one item ends and the next begins."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text


def hanging(rows: Iterable[tuple[Text | str, RenderableType]], indent: int = 0) -> Table:
    """One line a row: its label, then its text, which wraps under itself. Labels take the
    widest label's width; `indent` cells go before each."""
    table = Table.grid(expand=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for label, text in rows:
        table.add_row(Text.assemble(" " * indent, label), text)
    return table
