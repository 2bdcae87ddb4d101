"""The step list drawn row by row is the grid of all its rows, cell for cell; a tick that
changes only the running step's time repaints only that row."""

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.segment import Segment

from systemcraft_tui.ui.widgets.step_list import StepGrid, _grid

names = st.text(st.sampled_from("abcdefghij XYZ-:é"), min_size=1, max_size=40).map(str.strip).filter(bool)
times = st.sampled_from(["", "0:07", "1:23", "12:05", "1:02:03"])
rows = st.lists(
    st.tuples(st.sampled_from("▶✓·"), names, st.sampled_from(["bold", "", "dim"]), times), min_size=1, max_size=9
).filter(lambda rows: any(time for *_, time in rows))  # the running step always shows its time


def _segments(renderable, width: int) -> list[Segment]:
    console = Console(width=width, file=open("/dev/null", "w"), color_system="truecolor")
    return list(Segment.simplify(console.render(renderable, console.options)))


@settings(max_examples=150, deadline=None)
@given(rows, st.integers(min_value=14, max_value=60))
def test_row_by_row_is_the_whole_grid(step_rows, width):
    grid = StepGrid()
    grid.rows = step_rows
    assert _segments(grid, width) == _segments(_grid(step_rows), width)
    assert sum(height for _, height in grid.spans) == sum(s.text.count("\n") for s in _segments(grid, width))
