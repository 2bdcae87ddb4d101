"""The weekly assessment as text: dimension names for people, and the trend of the group
means as a small table with a sparkline per group."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.table import Table
from rich.text import Text

from systemcraft_tui.practice.milestones import plan_week
from systemcraft_tui.practice.plan_progress import WeekMeans
from systemcraft_tui.practice.weak_areas import group_label
from systemcraft_tui.ui.preview import plain

SPARKS = "▁▂▃▄▅▆▇█"
RECENT_WEEKS = 6  # columns of numbers; the sparkline covers every week
ACRONYMS = {"lp": "LP", "lps": "LPs"}


def dimension_label(key: str) -> str:
    """'lp_demonstration' → 'LP demonstration': the YAML keys of the template, readable."""
    words = [ACRONYMS.get(word, word) for word in plain(key).replace("_", " ").split()]
    if words:
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


def spark(values: Sequence[float | None]) -> str:
    """One block per week on the fixed 1-5 scale, so a flat 3 sits mid-height; a gap is blank."""
    return "".join(" " if v is None else SPARKS[round((v - 1) / 4 * (len(SPARKS) - 1))] for v in values)


def week_label(start: date, point: WeekMeans, first: int, last: int) -> str:
    number = plan_week(start, point.week_start, first)
    return f"W{number}" if first <= number <= last else point.week_start.strftime("%d %b")


def trend_table(points: Sequence[WeekMeans], groups: Sequence[str], start: date, first: int, last: int) -> Table:
    """Rows are groups; columns the latest weeks' means, then the sparkline of all weeks."""
    table = Table(expand=False, box=None, padding=(0, 1), show_edge=False)
    table.add_column("Group")
    recent = points[-RECENT_WEEKS:]
    for point in recent:
        table.add_column(week_label(start, point, first, last), justify="right")
    table.add_column("Trend")
    for group in groups:
        cells = [f"{p.means[group]:.1f}" if group in p.means else "–" for p in recent]
        line = spark([p.means.get(group) for p in points])
        table.add_row(Text(plain(group_label(group))), *cells, Text(line, style="bold"))
    return table
