"""The debrief of a mock: the hire-bar verdict with the rule that decided it, each round's
feedback areas (what each rating means), each answer revealed (title, principles, why it
was asked, its time against its window, its score and evidence), the principle evidence
grid, and what to work on, every line derived from what happened."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static

from systemcraft_tui.core.windows import clock, span
from systemcraft_tui.core.wording import count
from systemcraft_tui.practice.debrief import EVIDENCE_RULE, AreaRating, Evidence, MockDebrief, RoundDebrief
from systemcraft_tui.practice.mock_draw import MockDraw
from systemcraft_tui.practice.mock_results import Outcome, RunStatus
from systemcraft_tui.practice.mock_run import MOVE_ON_RULE
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.widgets.ready_footer import ReadyFooter

if TYPE_CHECKING:
    from systemcraft_tui.service.settings import Settings

OUTCOME_WORDS = {
    Outcome.DONE: "answered",
    Outcome.MOVED_ON: "cut off by the interviewer",
    Outcome.OUT_OF_TIME: "not asked: the round ran out of time",
    Outcome.ABANDONED: "left when the mock was abandoned",
    Outcome.PENDING: "not reached",
}
EVIDENCE_STYLES = {Evidence.STRONG: "bold green", Evidence.WEAK: "bold yellow", Evidence.NONE: "dim"}


def reproduce_command(draw: MockDraw, settings: Settings | None = None) -> str:
    """The command that draws the same questions: the same seed, over the same library and log."""
    words = ["systemcraft", "mock", draw.format.key, "--seed", str(draw.seed)]
    if settings is not None:
        words += [word for path in settings.content for word in ("--content", str(path))]
        words += ["--data-dir", str(settings.data_dir)] if settings.data_dir is not None else []
    return shlex.join(words)


def _areas_table(areas: tuple[AreaRating, ...]) -> Table:
    table = Table.grid(padding=(0, 2, 0, 0))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for area in areas:
        rating = Text(f"{area.rating}/5" if area.rating else "unrated", style="bold" if area.rating else "dim")
        table.add_row(Text(area.area.name), rating, Text(area.meaning or "", style="dim"))
    return table


def round_text(debrief: RoundDebrief, rounds: int) -> Group:
    """The round's clock, then each question revealed, a long line wrapping under its own text."""
    result, fmt = debrief.round, debrief.round.drawn.format
    name = f"Round {result.number}: {fmt.title}" if rounds > 1 else fmt.title
    head = Text(name, style="bold underline")
    over = debrief.over_seconds
    head.append(f"\nClock {clock(result.seconds)} of {clock(fmt.seconds)}")
    head.append(f" ({clock(over)} over)" if over > 0 else f" ({clock(-over)} to spare)", style="dim")
    head.append(f" · {count(result.pauses, 'pause')}")
    if result.pauses:
        head.append(f" ({clock(result.pause_seconds)} stopped)")
    table = Table.grid(padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for n, answer in enumerate(debrief.answers, 1):
        a = answer.answer
        text = Text(plain(a.title), style="bold")
        if a.principles:
            text.append(f" · {plain(', '.join(a.principles))}", style="dim")
        text.append(f"\nAsked: {plain(a.question.asked)}", style="italic")
        text.append(f"\nWhy: {plain(a.question.reason)}", style="dim")
        text.append(f"\n{OUTCOME_WORDS[a.outcome]}")
        if a.attempt is not None:
            text.append(f" · answer {clock(a.answer_seconds)} of {span(*a.window)}")
            if a.cut_off:
                text.append(f" · not reached: {plain(', '.join(a.cut_off))}", style="yellow")
            text.append(f"\nScore {a.attempt.score}/100 · " if a.assessed else "\nNot self-assessed · ")
            text.append(f"evidence {answer.evidence}", style=EVIDENCE_STYLES[answer.evidence])
        table.add_row(Text(f"{n}.", style="bold"), text)
    return Group(head, table)


def work_on(debrief: MockDebrief) -> list[str]:
    """What to work on, from the grid, the ratings and the clock: nothing invented."""
    lines = []
    advice = [(row, "rehearse it again or pick a stronger story") for row in debrief.grid]
    advice += [(row, "rehearse the design again, phase by phase") for row in debrief.designs]
    for row, next_step in advice:
        if row.evidence is Evidence.NONE:
            lines.append(f"{plain(row.subject)}: no self-assessed answer, so no evidence either way")
        elif row.evidence is Evidence.WEAK:
            scores = ", ".join(
                str(a.answer.attempt.score) for a in row.answers if a.answer.attempt is not None and a.answer.assessed
            )
            lines.append(f"{plain(row.subject)}: weak answer (score {scores}); {next_step}")
    for area in (*[a for r in debrief.rounds for a in r.areas], *debrief.areas):
        if area.rating is not None and area.rating <= 2:
            lines.append(f"{area.area.name} rated {area.rating}: {area.meaning}")
    for r in debrief.rounds:
        for answer in r.answers:
            if answer.answer.outcome is Outcome.MOVED_ON:
                lines.append(f"Timing: '{plain(answer.answer.title)}' ran past its window and was cut off; tighten it")
        skipped = sum(1 for a in r.answers if a.answer.outcome is Outcome.OUT_OF_TIME)
        if skipped:
            lines.append(f"Pace: round {r.round.number} ran out of time before {count(skipped, 'question')}")
    return lines


def debrief_text(debrief: MockDebrief, draw: MockDraw, status: RunStatus, loop_seconds: float, breaks_skipped: int) -> Text:
    fmt = draw.format
    text = Text(f"{fmt.title}: debrief", style="bold")
    if status is RunStatus.ABANDONED:
        text.append(" (abandoned part-way)", style="bold yellow")
    verdict = debrief.verdict
    text.append("\n\nVerdict: ", style="bold")
    text.append(verdict.label, style="bold reverse")
    text.append(f"\n{verdict.because}")
    if len(draw.rounds) > 1:
        text.append(f"\n\nLoop clock {clock(loop_seconds)} · {count(breaks_skipped, 'break')} skipped")
    return text


def bullets(lines: Sequence[str]) -> Table:
    """One line per bullet, a long one wrapping under its own text."""
    table = Table.grid(padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for line in lines:
        table.add_row("•", Text(line))
    return table


def grid_table(debrief: MockDebrief) -> Table:
    table = Table.grid(padding=(0, 2, 0, 0), expand=True)
    table.add_column(ratio=1)  # a design problem's long title wraps, the evidence stays whole
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    for row in (*debrief.grid, *debrief.designs):
        answered = Text(count(len(row.answers), "answer"), style="dim")
        table.add_row(Text(plain(row.subject)), Text(row.evidence, style=EVIDENCE_STYLES[row.evidence]), answered)
    return table


class DebriefScreen(Screen[None]):
    DEFAULT_CSS = """
    DebriefScreen #debrief { padding: 0 1; }
    DebriefScreen .part { margin-top: 1; }
    DebriefScreen .dim { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "close", "Close"), Binding("q", "close", "Close", show=False)]

    def __init__(
        self, debrief: MockDebrief, draw: MockDraw, status: RunStatus, loop_seconds: float, breaks_skipped: int, again: str = ""
    ) -> None:
        super().__init__()
        self.debrief, self.draw = debrief, draw
        self.again = again or reproduce_command(draw)  # the command that draws these questions again
        self.status, self.loop_seconds, self.breaks_skipped = status, loop_seconds, breaks_skipped

    def compose(self) -> ComposeResult:
        debrief, rounds = self.debrief, len(self.draw.rounds)
        yield Header()
        with VerticalScroll(id="debrief"):
            yield Static(debrief_text(debrief, self.draw, self.status, self.loop_seconds, self.breaks_skipped))
            yield Static(Text("The rule, read from the top (the first line that holds decides):"), classes="dim")
            yield Static(bullets(debrief.verdict.rule), classes="dim")
            for r in debrief.rounds:
                yield Static(round_text(r, rounds), classes="part")
                yield Static(_areas_table(r.areas))
            if debrief.areas:
                yield Static(Text(f"{self.draw.format.title}: feedback", style="bold underline"), classes="part")
                yield Static(_areas_table(debrief.areas))
            yield Static(Text("Principle evidence", style="bold underline"), classes="part")
            yield Static(grid_table(debrief))
            yield Static(Text(EVIDENCE_RULE), classes="dim")
            yield Static(Text("What to work on", style="bold underline"), classes="part")
            yield Static(bullets(work_on(debrief) or ["Nothing the debrief can point to: keep the stories fresh."]))
            if self.draw.notes:
                yield Static(Text("\n".join(plain(n) for n in self.draw.notes)), classes="part dim")
            yield Static(Text(MOVE_ON_RULE), classes="part dim")
            again = Text(f"Seed {self.draw.seed}: the same seed, library and log draw the same questions: ", style="dim")
            again.append(plain(self.again), style="bold")
            yield Static(again, classes="part")
        yield ReadyFooter()

    def on_mount(self) -> None:
        self.query_one("#debrief").focus()

    def action_close(self) -> None:
        self.dismiss(None)
