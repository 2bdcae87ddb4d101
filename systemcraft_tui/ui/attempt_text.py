"""A logged attempt as rich text: its facts, its times against their windows and its
ratings. Shared by the history preview (a summary) and the whole-attempt screen (a
session with notes); user text always goes in as plain strings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from rich import box
from rich.table import Table
from rich.text import Text

from systemcraft_tui.practice.progress import window_miss
from systemcraft_tui.store import Session, SessionSummary
from systemcraft_tui.store.durations import human_duration
from systemcraft_tui.store.records import KINDS
from systemcraft_tui.ui.format import clock_text
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.library import KIND_LABELS

KIND_NAMES = {kind: KIND_LABELS.get(kind, "Own story") for kind in KINDS}
STATUS_MARKS = {"completed": "✓ completed", "abandoned": "✗ abandoned", "draft": "… draft"}


class Timed(Protocol):
    name: str
    planned_min_seconds: int
    planned_max_seconds: int
    actual_seconds: float


def miss_text(part: Timed) -> Text:
    miss = window_miss(part.actual_seconds, part.planned_min_seconds, part.planned_max_seconds)
    if miss > 0:
        return Text(f"{clock_text(miss)} over", style="red")
    if miss < 0:
        return Text(f"{clock_text(miss)} short", style="yellow")
    return Text("on time", style="green")


def when(attempt: Session | SessionSummary) -> str:
    return f"{attempt.started.astimezone():%a %d %b %Y %H:%M}"


def facts(attempt: Session | SessionSummary) -> Text:
    """Title, kind, level, mode, status, start, time spent, score."""
    text = Text()
    text.append(plain(attempt.scenario.title), style="bold")
    level = f" · {attempt.scenario.level}" if attempt.scenario.level else ""
    kind = KIND_NAMES.get(attempt.scenario.kind, attempt.scenario.kind)
    text.append(plain(f"\n{kind}{level} · mode {attempt.mode}\n"), style="dim")
    text.append(f"{STATUS_MARKS[attempt.status]} · {when(attempt)}")
    if attempt.finished is not None:
        text.append(f" → {attempt.finished.astimezone():%H:%M}")
    text.append(f"\nAnswering: {human_duration(attempt.practice_seconds)}")
    text.append(f" · score {attempt.score}/100" if attempt.score is not None else " · not scored", style="bold")
    text.append("\n")
    return text


def times_table(title: str, parts: Sequence[Timed], notes: Sequence[str] | None = None) -> Table:
    """Each part's window and time, with the user's notes beside them when given. Without
    notes it is the compact form for a narrow preview: no borders, no window column."""
    full = notes is not None
    table = Table(title=title, title_justify="left", expand=True, title_style="bold", box=box.HEAVY_HEAD if full else None)
    table.add_column("Part", ratio=2 if full else 1, min_width=10)
    if full:
        table.add_column("Window", justify="right", no_wrap=True)
    table.add_column("You", justify="right", no_wrap=True)
    table.add_column("Verdict", no_wrap=True)
    if full:
        table.add_column("Your notes", ratio=3)
    for index, part in enumerate(parts):
        window = f"{clock_text(part.planned_min_seconds)}–{clock_text(part.planned_max_seconds)}"
        row = [Text(plain(part.name)), *([window] if full else []), clock_text(part.actual_seconds), miss_text(part)]
        if full:
            row.append(Text(plain(notes[index]) or "(no notes)", style="" if notes[index] else "dim"))
        table.add_row(*row)
    return table


def ratings_text(ratings: dict[str, int], red_flags: Sequence[str], principles: Sequence[str]) -> Text:
    text = Text()
    if ratings:
        text.append("Your ratings\n", style="bold")
        for label, value in ratings.items():
            text.append(f"  {value}/5  ", style="bold")
            text.append(plain(label) + "\n")
    if red_flags:
        text.append("Red flags ticked: ", style="bold yellow")
        text.append(plain(", ".join(red_flags)) + "\n")
    if principles:
        text.append("Principles: ", style="bold")
        text.append(plain(", ".join(principles)) + "\n")
    return text
