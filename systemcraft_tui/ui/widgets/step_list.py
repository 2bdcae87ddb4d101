"""A rehearsal's steps, each with its mark and its time, as a Rich grid lays them out (a
long name wraps under itself). The running step's time changes every second: only its
row is drawn again and repainted, not the whole list (a grid of every row costs ten
times one row, and a list as tall as the screen widens every repaint around it)."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.table import Table
from rich.text import Text
from textual.geometry import Region
from textual.widgets import Static

StepRow = tuple[str, str, str, str]  # marker, name, style, time ("" before the step starts)


def column_widths(rows: list[StepRow], width: int) -> tuple[int, int, int]:
    """The widths, padding included, that Rich gives the grid of all `rows` at `width`
    (Table._calculate_column_widths for these three columns): the marker's fixed cell
    and its gap, the names and their gap, the times; only the names give way."""
    times = max((cell_len(time) for *_, time in rows), default=0)
    names = max((cell_len(name) for _, name, _, _ in rows), default=0) + 1
    excess = 2 + names + (times or 1) - width
    if excess <= 0:
        return 2, names, times or 1
    return 2, names - min(excess, names), times


def _grid(rows: list[StepRow], widths: tuple[int, int, int] | None = None) -> Table:
    _, names, times = widths or (None, None, None)
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(width=1, no_wrap=True)
    grid.add_column(ratio=1, width=None if names is None else names - 1)
    grid.add_column(no_wrap=True, justify="right", width=times)
    for mark, name, style, time in rows:
        grid.add_row(Text(mark, style=style), Text(name, style=style), Text(time, style="dim" if time else ""))
    return grid


class StepGrid:
    """The grid of every row, each row drawn as a grid of its own at the widths of the
    whole (the same cells), and kept until it changes."""

    def __init__(self) -> None:
        self.rows: list[StepRow] = []
        self.spans: list[tuple[int, int]] = []  # each row's first line and height, as last drawn
        self._drawn: dict[tuple[StepRow, tuple[int, int, int]], list[Segment]] = {}

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = column_widths(self.rows, options.max_width)
        drawn, spans, top = {}, [], 0
        for row in self.rows:
            key = (row, widths)
            segments = self._drawn.get(key) or list(console.render(_grid([row], widths), options))
            drawn[key] = segments
            height = sum(segment.text.count("\n") for segment in segments)
            spans.append((top, height))
            top += height
            yield from segments
        self._drawn, self.spans = drawn, spans


class StepList(Static):
    """Its size is the stylesheet's: a change never lays the screen out again."""

    def __init__(self, *, id: str | None = None) -> None:
        self._grid = StepGrid()
        super().__init__(self._grid, id=id)

    def show(self, rows: list[StepRow]) -> None:
        before, grid = self._grid.rows, self._grid
        if rows == before:
            return
        grid.rows = rows
        if len(rows) == len(before) == len(grid.spans):
            changed = [i for i, (old, new) in enumerate(zip(before, rows, strict=True)) if old != new]
            if all(_same_size(before[i], rows[i]) for i in changed):
                # Only times changed, each to one as wide: the other rows stay as they are.
                self.refresh(*(Region(0, grid.spans[i][0], self.size.width, grid.spans[i][1]) for i in changed))
                return
        self.refresh()


def _same_size(old: StepRow, new: StepRow) -> bool:
    return old[:3] == new[:3] and cell_len(old[3]) == cell_len(new[3])
