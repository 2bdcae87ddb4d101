"""An attempt as rich text: its facts, its times against their windows and its ratings.
Shared by the review right after an attempt (the attempt as it ended), the history preview
(a logged summary) and the whole-attempt screen (a logged session with notes); user text
always goes in as plain strings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from systemcraft_tui.core.labels import STATUS_LABELS, kind_label, mode_label
from systemcraft_tui.core.records import Session
from systemcraft_tui.core.summaries import SessionSummary, answering
from systemcraft_tui.core.windows import Standing, clock, span, total, verdict
from systemcraft_tui.practice.assessment import Attempt
from systemcraft_tui.ui.hanging import hanging
from systemcraft_tui.ui.preview import plain


class Timed(Protocol):
    # Read-only, so frozen records (core.summaries.TimedPart) are Timed too.
    @property
    def name(self) -> str: ...
    @property
    def planned_min_seconds(self) -> int: ...
    @property
    def planned_max_seconds(self) -> int: ...
    @property
    def actual_seconds(self) -> float: ...


VERDICT_STYLES = {Standing.OVER: "red", Standing.SHORT: "yellow", Standing.INSIDE: "green"}


def verdict_text(actual: float, low: int, high: int) -> Text:
    """'0:08 short', 'on time', '0:03 over', in the verdict's colour."""
    found = verdict(actual, low, high)
    return Text(found.text, style=VERDICT_STYLES[found.standing])


def when(attempt: Session | SessionSummary) -> str:
    return f"{attempt.started.astimezone():%a %d %b %Y %H:%M}"


def facts(attempt: Session | SessionSummary) -> Text:
    """Title, kind, level, mode, status, start, time spent, score."""
    text = Text()
    text.append(plain(attempt.scenario.title), style="bold")
    level = f" · {attempt.scenario.level}" if attempt.scenario.level else ""
    text.append(plain(f"\n{kind_label(attempt.scenario.kind)}{level} · {mode_label(attempt.mode)}\n"), style="dim")
    text.append(f"{STATUS_LABELS[attempt.status]} · {when(attempt)}")
    if attempt.finished is not None:
        text.append(f" → {attempt.finished.astimezone():%H:%M}")
    text.append(f"\nAnswering: {clock(answering(attempt))}")  # as the times table beside it writes a time
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
        table.add_column("Your notes", ratio=3, overflow="fold")
    for index, part in enumerate(parts):
        row = _timed(Text(plain(part.name)), part.planned_min_seconds, part.planned_max_seconds, part.actual_seconds, window=full)
        if notes is not None:
            row.append(Text(plain(notes[index]) or "(no notes)", style="" if notes[index] else "dim"))
        table.add_row(*row)
    return table


def review_times(attempt: Attempt) -> Table:
    """The attempt as it ended: each step's target and time, then the whole answer's."""
    table = Table(title="Time per section", title_justify="left", expand=True)
    table.add_column("Section")
    table.add_column("Target", justify="right")
    table.add_column("You", justify="right")
    table.add_column("Verdict")
    for step in attempt.steps:
        table.add_row(*_timed(Text(plain(step.name)), step.min_seconds, step.max_seconds, step.actual_seconds))
    timed = attempt.timed_steps
    if timed:
        # The answer against its target, the sum of the windows above (core/windows.py).
        table.add_section()
        name = ("STAR answer" if len(timed) > 1 else "Whole answer") if timed[0].kind == "star" else "All phases"
        table.add_row(*_timed(Text(name, style="bold"), *attempt.target, total(s.actual_seconds for s in timed)))
    return table


def _timed(name: Text, low: int, high: int, actual: float, *, window: bool = True) -> list[RenderableType]:
    """A timed part's cells: its name, its window (unless left out), its time and the verdict."""
    return [name, *([span(low, high)] if window else []), clock(actual), verdict_text(actual, low, high)]


def ratings_text(ratings: dict[str, int], red_flags: Sequence[str], principles: Sequence[str]) -> RenderableType:
    """The self-ratings, red flags and principles, each line wrapping under its own text,
    then a blank line (nothing when there are none)."""
    parts: list[RenderableType] = []
    if ratings:
        parts.append(Text("Your ratings", style="bold"))
        rated = ((Text(f"{value}/5  ", style="bold"), Text(plain(label))) for label, value in ratings.items())
        parts.append(hanging(rated, indent=2))
    if red_flags:
        parts.append(hanging([(Text("Red flags ticked: ", style="bold yellow"), Text(plain(", ".join(red_flags))))]))
    if principles:
        parts.append(hanging([(Text("Principles: ", style="bold"), Text(plain(", ".join(principles))))]))
    return Group(*parts, Text()) if parts else Text()
