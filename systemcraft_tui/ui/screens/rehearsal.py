"""The timed rehearsal: one step at a time (STAR sections, design phases, then follow-ups),
each under its own countdown, with a notes box. The screen only renders the Rehearsal
state and forwards keys to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, SelectionList, Static, TextArea

from systemcraft_tui.core.vocabulary import StepKind
from systemcraft_tui.core.windows import Phase, clock, countdown, shown, span, span_total, words
from systemcraft_tui.practice.checklists import phase_checklist
from systemcraft_tui.practice.rehearsal import Rehearsal
from systemcraft_tui.ui.keys import after_typed_keys
from systemcraft_tui.ui.pause_key import PAUSE_BINDINGS, PauseKey, applies
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.widgets.notes import NotesArea
from systemcraft_tui.ui.widgets.readouts import Readout, WindowBar
from systemcraft_tui.ui.widgets.ready_footer import ReadyFooter
from systemcraft_tui.ui.widgets.step_list import StepList

if TYPE_CHECKING:
    from systemcraft_tui.service.hearing import StepVoice

TICK_SECONDS = 0.25
DRAFT_SECONDS = 5  # while the clock runs, the draft keeps its time at least this often
TYPING_PAUSE = 1.0  # typed notes are kept in the draft this long after the last key
PHASE_CLASSES = {Phase.CLOSING: "closing", Phase.OVER: "over"}
REVEAL_HINT = "Tab, then ↑↓ to scroll"  # on the strong answer's rule, when it does not fit


class RehearsalScreen(Screen[Rehearsal | None]):
    """Dismisses with the finished rehearsal, or None when the user leaves."""

    # The clock and its bar take the window's colour: green, amber closing, red over.
    DEFAULT_CSS = """
    RehearsalScreen #question { padding: 0 1; background: $boost; height: auto; max-height: 4; }
    RehearsalScreen #rehearsal-body { height: 1fr; }
    RehearsalScreen #step-list { width: 24; height: 1fr; padding: 0 1; border-right: solid $primary-background; }
    RehearsalScreen #step-main { width: 1fr; padding: 0 1; }
    RehearsalScreen #prompt { height: auto; color: $accent; }
    RehearsalScreen #countdown { height: 1; color: $success; }
    RehearsalScreen #countdown.closing { color: $warning; }
    RehearsalScreen #countdown.over { color: $error; }
    RehearsalScreen #step-progress { height: 1; }
    RehearsalScreen #step-progress > .bar--bar, RehearsalScreen #step-progress > .bar--complete { color: $success; }
    RehearsalScreen #step-progress.closing > .bar--bar, RehearsalScreen #step-progress.closing > .bar--complete {
        color: $warning;
    }
    RehearsalScreen #step-progress.over > .bar--complete { color: $error; }
    RehearsalScreen #step-body { height: 1fr; }
    RehearsalScreen #notes { height: 1fr; min-height: 5; }
    RehearsalScreen #checklist { height: auto; max-height: 7; }
    RehearsalScreen #reveal {
        height: auto; max-height: 50%; color: $text-muted;
        border-top: solid $primary-background; border-title-color: $text-muted;
    }
    RehearsalScreen #reveal:focus { border-top: solid $accent; border-title-color: $accent; }
    """

    BINDINGS = [
        Binding("ctrl+n", "next_step", "Next", priority=True),
        Binding("ctrl+b", "previous_step", "Back", priority=True),
        *PAUSE_BINDINGS,
        Binding("ctrl+r", "restart_step", "Restart", priority=True),
        Binding("escape", "leave", "Leave"),
    ]

    def __init__(
        self,
        rehearsal: Rehearsal,
        question: str,
        *,
        bell: bool = True,
        keep_draft: Callable[[Rehearsal, bool], None] | None = None,
        voice: StepVoice | None = None,
    ) -> None:
        """keep_draft(rehearsal, wait) saves the rehearsal as a draft: in the background,
        or before it returns when `wait` (the screen is going and the app with it).
        voice: records each step while its clock runs (service/hearing.py), when voice is on."""
        super().__init__()
        self.rehearsal = rehearsal
        self.question = question
        self.bell_enabled = bell
        self.keep_draft = keep_draft
        self.voice = voice
        self._saved_notes = ""
        self._typing: Timer | None = None
        self._dismissed = False  # the app saves the outcome
        self._paused_while_covered = False
        self._rung: set[int] = set()
        self._revealed: Text | None = None  # the last probe's answer, labelled, once the candidate moved on
        self._pause_key = PauseKey()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text(plain(self.question), style="italic"), id="question")
        with Horizontal(id="rehearsal-body"):
            yield StepList(id="step-list")
            with Vertical(id="step-main"):
                yield Static(id="step-title")
                yield Static(id="prompt")
                yield Readout(id="countdown")
                yield WindowBar(id="step-progress")
                yield Readout(id="total")
                if self.voice is not None:
                    from systemcraft_tui.ui.widgets.voice_meter import VoiceMeter

                    yield VoiceMeter(self.voice, id="voice-meter")
                # What the clock leaves: a strong answer of any length takes at most half
                # of it and scrolls, so the notes keep the rest.
                with Vertical(id="step-body"):
                    yield NotesArea(id="notes")
                    yield SelectionList[int](id="checklist")
                    with VerticalScroll(id="reveal"):
                        yield Static(id="reveal-text")
        yield ReadyFooter()

    def on_mount(self) -> None:
        self.watch(self.query_one("#reveal"), "show_vertical_scrollbar", self._hint_scrolling)
        self.rehearsal.start()
        self._enter_step()
        self._keep_draft()
        self.set_interval(TICK_SECONDS, self.refresh_clock)
        self.set_interval(DRAFT_SECONDS, self._keep_running_draft)
        if self.voice is not None:
            self.run_worker(self._open_voice, thread=True, group="voice")

    def _hint_scrolling(self, scrolls: bool) -> None:
        self.query_one("#reveal").border_title = REVEAL_HINT if scrolls else None

    # --- voice: the step on screen is the step recorded, while its clock runs ---------------

    def _open_voice(self) -> None:
        assert self.voice is not None
        if problem := self.voice.open():
            self.app.call_from_thread(self.notify, problem, title="Not recording", severity="warning")
        else:
            self.app.call_from_thread(self._follow_voice)

    def _follow_voice(self) -> None:
        if self.voice is not None and not self.rehearsal.finished:
            self.voice.follow(self.rehearsal.index, self.rehearsal.paused)

    def _stop_voice(self) -> None:
        """Complete the last step's audio and let the microphone go, off the UI thread."""
        if self.voice is not None:
            self.app.run_worker(self.voice.stop, thread=True, group="voice-stop")

    # --- the draft: kept on each step, a moment after typing stops, and while the clock runs ---

    def _keep_draft(self, wait: bool = False) -> None:
        """Save the rehearsal as a draft, so a closed terminal costs nothing."""
        if not wait:  # when the screen goes its widgets may be gone; their text is in the rehearsal
            self._store_notes()
        self._saved_notes = self.rehearsal.current.notes
        if self.keep_draft is not None:
            self.keep_draft(self.rehearsal, wait)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._store_notes()
        if self._typing is not None:
            self._typing.stop()
        self._typing = self.set_timer(TYPING_PAUSE, self._keep_typed_notes)

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        self._store_notes()

    def _keep_typed_notes(self) -> None:
        if self.rehearsal.current.notes != self._saved_notes:
            self._keep_draft()

    def _keep_running_draft(self) -> None:
        if not self.rehearsal.paused or self.rehearsal.current.notes != self._saved_notes:
            self._keep_draft()

    # --- the clock waits while another screen covers this one (help, a question, the palette) ---

    def on_screen_suspend(self) -> None:
        self._paused_while_covered = not self.rehearsal.paused and not self.rehearsal.finished
        if self._paused_while_covered:
            self.rehearsal.toggle_pause()
        self._follow_voice()

    def on_screen_resume(self) -> None:
        if self._paused_while_covered:
            self._paused_while_covered = False
            self.rehearsal.toggle_pause()
            self.refresh_clock()
        self._follow_voice()

    def on_unmount(self) -> None:
        if not self._dismissed:  # the app is closing (or the screen failed): keep where it was
            self._keep_draft(wait=True)
            if self.voice is not None:
                self.voice.stop()

    def dismiss(self, result: Rehearsal | None = None) -> AwaitComplete:
        self._dismissed = True
        self._stop_voice()
        return super().dismiss(result)

    # --- keys -------------------------------------------------------------------------

    def action_next_step(self) -> None:
        after_typed_keys(self, self._next_step)

    def action_previous_step(self) -> None:
        after_typed_keys(self, self._previous_step)

    def _next_step(self) -> None:
        self._store_notes()
        leaving = self.rehearsal.current.step
        self.rehearsal.next()
        if leaving.kind in ("probe", "follow_up") and leaving.reference:
            label = _REVEALED_GUIDANCE if leaving.guidance else _REVEALED_ANSWER  # a hint is what to cover, no answer
            self._revealed = Text.assemble((label, "bold"), plain(revealed(leaving.prompt, leaving.reference)))
        if self.rehearsal.finished:
            self.dismiss(self.rehearsal)
            return
        self._enter_step()
        self._keep_draft()

    def _previous_step(self) -> None:
        self._store_notes()
        self.rehearsal.previous()
        self._enter_step()
        self._keep_draft()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return applies(action, parameters, self.rehearsal.paused)

    def action_pause(self, pause: bool) -> None:
        self.rehearsal.toggle_pause()
        self._follow_voice()
        self.refresh_clock()

    def action_restart_step(self) -> None:
        self.rehearsal.restart_step()
        if self.voice is not None:
            self.voice.restart()
        self._follow_voice()
        self._rung.discard(self.rehearsal.index)
        self.refresh_clock()

    def action_leave(self) -> None:
        def answer(leave: bool | None) -> None:
            if leave:
                self._store_notes()
                self.dismiss(None)

        self.app.push_screen(
            ConfirmScreen("Leave this rehearsal? It is kept in the log as abandoned, notes included.", "Leave", "Keep going"),
            answer,
        )

    # --- rendering ----------------------------------------------------------------------

    def _store_notes(self) -> None:
        state = self.rehearsal.current
        state.notes = self.query_one("#notes", TextArea).text
        if state.step.kind == "phase":
            labels = phase_checklist(state.step.name)
            state.checked = [labels[i] for i in self.query_one("#checklist", SelectionList).selected]

    def _enter_step(self) -> None:
        state = self.rehearsal.current
        step = state.step
        total = len(self.rehearsal.states)
        # The name wraps beside its step and window, which stay whole on their line:
        # "...  ·  window" then "3–5 min" under the name read as two things.
        meta = Text(f"  ·  step {self.rehearsal.index + 1} of {total}  ·  window {words(step.min_seconds, step.max_seconds)}")
        title = Table.grid()
        title.add_column()
        title.add_column(no_wrap=True, style="dim")
        title.add_row(Text(plain(step.name), style="bold"), meta)
        self.query_one("#step-title", Static).update(title)
        prompt = Text(plain(step.prompt), style="bold")
        if step.note:
            prompt = Text.assemble((step.note + "\n", "dim italic"), prompt)
        self.query_one("#prompt", Static).update(prompt if step.prompt else "")
        self.query_one("#prompt", Static).display = bool(step.prompt)
        notes = self.query_one("#notes", TextArea)
        notes.load_text(plain(state.notes))
        notes.move_cursor(notes.document.end)  # typing goes on after what is written (a resumed draft's, a step gone back to)
        notes.border_title = Content(plain(f"Notes for {step.name}"))  # a str would be read as markup
        notes.focus()
        checklist = self.query_one("#checklist", SelectionList)
        checklist.clear_options()
        checklist.display = step.kind == "phase"
        if step.kind == "phase":
            checklist.add_options((label, i, label in state.checked) for i, label in enumerate(phase_checklist(step.name)))
            checklist.highlighted = 0  # else the first Space only highlights, and ticks nothing
        reveal = self.query_one("#reveal", VerticalScroll)
        reveal.display = self._revealed is not None
        if self._revealed is not None:
            reveal.scroll_home(animate=False)
            self.query_one("#reveal-text", Static).update(self._revealed)
        self._follow_voice()
        self._render_step_list()
        self.refresh_clock()

    def refresh_clock(self) -> None:
        """Each tick: the widgets whose text changed are repainted, and only they."""
        run = self.rehearsal
        if run.finished:
            return
        step = run.current.step
        elapsed = run.elapsed()
        phase = run.phase()
        clock_line = self.query_one("#countdown", Readout)
        bar = self.query_one("#step-progress", WindowBar)
        for cls in PHASE_CLASSES.values():
            clock_line.set_class(PHASE_CLASSES.get(phase) == cls, cls)
            bar.set_class(PHASE_CLASSES.get(phase) == cls, cls)
        text = Text(countdown(elapsed, step.max_seconds), style="bold")
        if run.paused:
            text.append("   paused", style="reverse")
        clock_line.show(text)  # one line, whatever it says
        self._pause_key.follow(self, run.paused)
        bar.show(step.max_seconds, min(shown(elapsed), step.max_seconds))
        self.query_one("#total", Readout).show(self._totals(), wraps=True)
        if phase is Phase.OVER and run.index not in self._rung:
            self._rung.add(run.index)
            if self.bell_enabled:
                self.app.bell()
        for percent in run.due_time_checks() if step.kind == "phase" else []:
            self.notify(f"Time check: {percent}% of the interview used", title="Time check")
        self._render_step_list()

    def _totals(self) -> Text:
        """The timed answer against the sum of its windows; for a full behavioral answer
        also the whole telling, probes included, against the file's Timing Practice."""
        run, plan = self.rehearsal, self.rehearsal.plan
        told_in_parts = sum(step.kind is StepKind.STAR for step in plan.steps) > 1
        if plan.mode is None:  # a design: its phases against their windows, as the review sums them
            phases = span_total((step.min_seconds, step.max_seconds) for step in plan.steps if step.kind is StepKind.PHASE)
            text = Text(f"All phases {clock(run.total_elapsed())}", style="bold")
            text.append(f" of {span(*phases)} target", style="dim")
            if phases != (plan.target_min_seconds, plan.target_max_seconds):
                # A preset's follow-ups share its last window: the whole interview runs on through them.
                text.append(f"\nWith follow-ups {clock(run.total_elapsed((StepKind.PHASE, StepKind.PROBE)))}", style="bold")
                text.append(f" of {span(plan.target_min_seconds, plan.target_max_seconds)}", style="dim")
            return text
        answer = "STAR answer" if told_in_parts else "Whole answer"
        text = Text(f"{answer} {clock(run.total_elapsed())}", style="bold")
        text.append(f" of {span(plan.target_min_seconds, plan.target_max_seconds)} target", style="dim")
        if plan.whole_story is not None:
            text.append(
                f"\nWhole story with follow-ups {clock(run.total_elapsed((StepKind.STAR, StepKind.PROBE)))}", style="bold"
            )
            text.append(f" of {span(*plan.whole_story)}", style="dim")
        return text

    def _render_step_list(self) -> None:
        """Each step with its mark and its time; a long name wraps under itself."""
        run = self.rehearsal
        rows = []
        for index, state in enumerate(run.states):
            started = state.timer.started_at is not None
            marker = "▶" if index == run.index else ("✓" if started else "·")
            style = "bold" if index == run.index else ("" if started else "dim")
            rows.append((marker, plain(state.step.name), style, clock(run.elapsed(index)) if started else ""))
        self.query_one(StepList).show(rows)


_REVEALED_ANSWER = "Strong answer to the last probe: "
_REVEALED_GUIDANCE = "What a strong answer to the last probe covers: "


def revealed(prompt: str, answer: str) -> str:
    """A probe and its strong answer as shown once the candidate has moved on: each line of
    the answer a point of its own ("→ Per-team quotas", "→ Digest low-priority messages")."""
    return prompt + "".join(f"\n→ {line.strip()}" for line in answer.splitlines() if line.strip())
