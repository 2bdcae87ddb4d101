"""A mock interview as it runs: the interviewer's line, the answer's clock against its
window and the move-on limit, the round's and the loop's clocks, and a notes box. Only
what was asked is shown: no scenario title, no principle, no model answer. The screen
renders `MockRun` and forwards keys to it; the interviewer's rules live there."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static, TextArea

from systemcraft_tui.core.windows import clock, span, words
from systemcraft_tui.practice.mock_results import RunStatus
from systemcraft_tui.practice.mock_run import Event, EventKind, MockRun, PartKind
from systemcraft_tui.practice.rehearsal import StepState
from systemcraft_tui.ui.keys import after_typed_keys
from systemcraft_tui.ui.pause_key import PAUSE_BINDINGS, PauseKey, applies
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.widgets.notes import NotesArea
from systemcraft_tui.ui.widgets.readouts import Readout, WindowBar
from systemcraft_tui.ui.widgets.ready_footer import ReadyFooter

TICK_SECONDS = 0.25
DRAFT_SECONDS = 5  # while the mock runs, its draft keeps the clocks at least this often
PART_NAMES = {PartKind.INTRO: "Introduction", PartKind.CANDIDATE_QUESTIONS: "Your questions", PartKind.BREAK: "Break"}


def long_clock(seconds: float) -> str:
    """h:mm:ss from an hour up, else m:ss: a loop lasts about three hours."""
    whole = int(max(0.0, seconds))
    return clock(whole) if whole < 3600 else f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


class MockScreen(Screen[MockRun]):
    """Dismisses with the run once it is finished or abandoned."""

    DEFAULT_CSS = """
    MockScreen #mock-clocks, MockScreen #mock-part, MockScreen #answer-clock { height: 1; padding: 0 1; }
    MockScreen #interviewer { height: auto; max-height: 6; padding: 0 1; margin: 1 0; background: $boost; }
    MockScreen #answer-clock { color: $success; }
    MockScreen #answer-clock.over { color: $error; }
    MockScreen #answer-progress { width: 1fr; height: 1; padding: 0 1; }
    MockScreen #answer-progress > .bar--bar, MockScreen #answer-progress > .bar--complete { color: $success; }
    MockScreen #answer-progress.over > .bar--bar, MockScreen #answer-progress.over > .bar--complete { color: $error; }
    MockScreen #said { height: auto; max-height: 2; padding: 0 1; color: $warning; }
    MockScreen #notes { height: 1fr; min-height: 4; margin: 0 1; }  /* its edge under the text above, one cell in */
    """
    BINDINGS = [
        Binding("ctrl+n", "next", "Next", priority=True),
        *PAUSE_BINDINGS,
        Binding("escape", "leave", "Leave"),
    ]

    def __init__(
        self,
        run: MockRun,
        *,
        bell: bool = True,
        keep_draft: Callable[[MockRun, bool], None] | None = None,
        round_over: Callable[[int], None] | None = None,
    ) -> None:
        """keep_draft(run, wait) saves the run as a draft: in the background, or before it
        returns when `wait` (the screen is going and the app with it). round_over(index) is
        called when a break begins, for the round before it to be rated."""
        super().__init__()
        self.run = run
        self.bell_enabled = bell
        self.keep_draft = keep_draft
        self.round_over = round_over
        self._editing: StepState | None = None  # whose notes the box holds
        self._shown: tuple[int, int] | None = None  # (part, step) on screen
        self._said = Text("")
        self._dismissed = False
        self._pause_key = PauseKey()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Readout(id="mock-clocks")
        yield Readout(id="mock-part")
        yield Static(id="interviewer")
        yield Readout(id="answer-clock")
        yield WindowBar(id="answer-progress")
        yield Readout(id="said")
        yield NotesArea(id="notes")
        yield ReadyFooter()

    def on_mount(self) -> None:
        self.run.start()
        self.refresh_clock()
        self._keep_draft()
        self.set_interval(TICK_SECONDS, self.refresh_clock)
        self.set_interval(DRAFT_SECONDS, self._keep_draft)

    def on_unmount(self) -> None:
        if not self._dismissed:  # the app is closing: keep where the mock was
            self._keep_draft(wait=True)

    def dismiss(self, result: MockRun | None = None) -> AwaitComplete:
        self._dismissed = True
        return super().dismiss(result)

    def _keep_draft(self, wait: bool = False) -> None:
        if self.keep_draft is not None and self.run.status is RunStatus.RUNNING:
            self.keep_draft(self.run, wait)

    # --- keys -------------------------------------------------------------------------

    def action_next(self) -> None:
        after_typed_keys(self, self._next)

    def _next(self) -> None:
        self._store_notes()
        self._say(self.run.skip_break() if self.run.current.kind is PartKind.BREAK else self.run.next())
        self.refresh_clock()
        self._keep_draft()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return applies(action, parameters, self.run.paused)

    def action_pause(self, pause: bool) -> None:
        self._say(self.run.toggle_pause())
        self.refresh_clock()
        self._keep_draft()

    def action_leave(self) -> None:
        def answer(leave: bool | None) -> None:
            if leave and not self._dismissed:
                self._store_notes()
                self.run.abandon()
                self.dismiss(self.run)

        rated = sum(self.run.answer_rated(r, n) for r, drawn in enumerate(self.run.draw.rounds) for n in range(len(drawn.questions)))
        kept = "The answers given so far are kept in the log as abandoned, notes included."
        if rated:
            answers = "The answer you rated at a break stays" if rated == 1 else f"The {rated} answers you rated at a break stay"
            kept = f"{answers} completed; the rest are kept as abandoned, notes included."
        question = f"Leave this mock? {kept}"
        self.app.push_screen(ConfirmScreen(question, "Leave", "Keep going"), answer)

    # --- rendering ----------------------------------------------------------------------

    def _say(self, events: list[Event]) -> None:
        """What the interviewer said since the last tick, shown until the next thing they say."""
        if not events:
            return
        self._said = Text(" ".join(e.line for e in events), style="bold")
        if self.bell_enabled and any(e.kind in (EventKind.MOVE_ON, EventKind.OUT_OF_TIME) for e in events):
            self.app.bell()

    def _store_notes(self) -> None:
        if self._editing is not None:
            self._editing.notes = self.query_one("#notes", TextArea).text

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._store_notes()

    def refresh_clock(self) -> None:
        if self._dismissed:
            return
        self._say(self.run.poll())
        if self.run.status is not RunStatus.RUNNING:
            self._store_notes()
            self.dismiss(self.run)
            return
        part = self.run.current
        step = part.rehearsal.index if part.rehearsal else 0
        if self._shown != (self.run.index, step):
            self._store_notes()
            self._shown = (self.run.index, step)
            self._enter_part()
            before = self.run.parts[self.run.index - 1].round if self.run.index else None
            if part.kind is PartKind.BREAK and before is not None and self.round_over is not None:
                self.round_over(before)
        self._render_clocks()
        self._pause_key.follow(self, self.run.paused)

    def _enter_part(self) -> None:
        run, part = self.run, self.run.current
        self.query_one("#interviewer", Static).update(
            Text.assemble(("Interviewer: ", "dim"), (plain(run.interviewer_line()), "bold"))
        )
        notes = self.query_one("#notes", TextArea)
        self._editing = part.rehearsal.current if part.rehearsal else None
        notes.display = self._editing is not None
        if self._editing is not None:
            notes.load_text(plain(self._editing.notes))
            notes.border_title = Content(plain(f"Notes for {self._editing.step.name}"))
            notes.focus()

    def _part_line(self) -> Text:
        run, part = self.run, self.run.current
        if part.question is None or part.rehearsal is None:
            return Text(PART_NAMES[part.kind], style="bold")
        drawn = run.current_round()
        asked = len(drawn.questions) if drawn else 0
        state = part.rehearsal.current
        text = Text(f"Question {part.question + 1} of {asked}", style="bold")
        text.append(f" · {plain(state.step.name)} {clock(part.rehearsal.elapsed())}", style="")
        text.append(f" (window {words(state.step.min_seconds, state.step.max_seconds)})", style="dim")
        return text

    def _render_clocks(self) -> None:
        run = self.run
        fmt = run.draw.format
        loop = Text(f"{fmt.title}")
        if part_round := run.current_round():
            rounds = len(run.draw.rounds)
            number = run.current.round + 1 if run.current.round is not None else 0
            loop = Text(
                f"Round {number} of {rounds} · {part_round.format.title}" if rounds > 1 else part_round.format.title, style="bold"
            )
            loop.append(f"  round {clock(run.round_elapsed(number - 1))} of {clock(part_round.format.seconds)}")
        if len(run.draw.rounds) > 1:
            loop.append(f"  loop {long_clock(run.loop_elapsed())} of {long_clock(fmt.minutes * 60)}", style="dim")
        self.query_one("#mock-clocks", Readout).show(loop)
        self.query_one("#mock-part", Readout).show(self._part_line())
        answer = run.answer_clock()
        line = Text(clock(answer.elapsed), style="bold")
        if run.current.kind is PartKind.BREAK:
            line.append(f" of {clock(answer.max_seconds)}: Next skips the rest of the break", style="dim")
        else:
            line.append(f" of {span(answer.min_seconds, answer.max_seconds)}", style="dim")
            line.append(f" · the interviewer moves on at {clock(answer.limit)}", style="dim")
        if run.paused:
            line.append("   paused", style="reverse")
        clock_line = self.query_one("#answer-clock", Readout)
        clock_line.show(line)
        bar = self.query_one("#answer-progress", WindowBar)
        over = answer.elapsed > answer.max_seconds
        bar.set_class(over, "over")
        clock_line.set_class(over, "over")
        bar.show(max(answer.limit, 1), min(answer.elapsed, answer.limit))
        self.query_one("#said", Readout).show(self._said, wraps=True)
