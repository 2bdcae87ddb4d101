"""A rehearsal in progress: which step is current, each step's timer and notes.

Pure state: it reads time only from the clock it is given and knows nothing of widgets
or storage. The UI renders it and forwards keys; the log saves its snapshot."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from systemcraft_tui.core.vocabulary import TIMED_STEPS, StepKind
from systemcraft_tui.core.windows import Phase, phase, total
from systemcraft_tui.practice.clock import Clock
from systemcraft_tui.practice.steps import Plan, Step
from systemcraft_tui.practice.timer import Timer

TIME_CHECKS = (25, 50, 75, 90)  # per cent of a design interview's total time


@dataclass
class StepState:
    step: Step
    timer: Timer = field(default_factory=Timer)
    notes: str = ""
    checked: list[str] = field(default_factory=list)  # design phases: checklist items done


class Rehearsal:
    def __init__(self, plan: Plan, clock: Clock) -> None:
        self.plan = plan
        self.clock = clock
        self.states = [StepState(step) for step in plan.steps]
        self.index = 0
        self.started_at: datetime | None = None
        self.finished_at: datetime | None = None
        self._checks_announced: set[int] = set()

    def restore(self, elapsed: list[float], notes: list[str], checked: list[list[str]], index: int, started_at: datetime) -> None:
        """Continue a rehearsal kept as a draft: each step keeps its time and notes, and the
        clock waits, paused, on the step the user was at."""
        now = self.clock.monotonic()
        self.started_at = started_at
        for state, seconds, text, ticks in zip(self.states, elapsed, notes, checked, strict=False):
            state.notes, state.checked = text, list(ticks)
            if seconds > 0:
                state.timer = Timer(started_at=now - seconds, paused_at=now)
        self.index = max(0, min(index, len(self.states) - 1))
        if self.current.timer.started_at is None:
            self.current.timer = Timer(started_at=now, paused_at=now)

    # --- moving through the steps ---------------------------------------------------

    def start(self, seconds_ago: float = 0.0) -> None:
        """Start the first step now, or `seconds_ago` seconds ago (a mock interview starts a
        question at the instant the one before it was cut off, not when the screen noticed)."""
        if self.started_at is None:
            self.started_at = self.clock.utc_now() - timedelta(seconds=seconds_ago)
            self._current_timer().start(self.clock.monotonic() - seconds_ago)

    def stop(self, seconds_ago: float = 0.0) -> None:
        """Finish on the current step, whichever it is: the interviewer moved on. The clock
        stops `seconds_ago` seconds before now; the steps after it keep no time."""
        self._current_timer().pause(self.clock.monotonic() - seconds_ago)
        self.finished_at = self.clock.utc_now() - timedelta(seconds=seconds_ago)

    @property
    def current(self) -> StepState:
        return self.states[self.index]

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def paused(self) -> bool:
        return self._current_timer().paused_at is not None

    def next(self) -> None:
        """Move on; after the last step the rehearsal is finished."""
        now = self.clock.monotonic()
        self._current_timer().pause(now)
        if self.index + 1 >= len(self.states):
            self.finished_at = self.clock.utc_now()
            return
        self.index += 1
        self._enter(now)

    def previous(self) -> None:
        if self.index == 0 or self.finished:
            return
        now = self.clock.monotonic()
        self._current_timer().pause(now)
        self.index -= 1
        self._enter(now)

    def toggle_pause(self) -> None:
        now = self.clock.monotonic()
        timer = self._current_timer()
        if timer.paused_at is None:
            timer.pause(now)
        else:
            timer.resume(now)

    def restart_step(self) -> None:
        self._current_timer().restart(self.clock.monotonic())

    def _enter(self, now: float) -> None:
        timer = self._current_timer()
        if timer.started_at is None:
            timer.start(now)
        else:
            timer.resume(now)

    def _current_timer(self) -> Timer:
        return self.current.timer

    # --- reading the clock ------------------------------------------------------------

    def elapsed(self, index: int | None = None) -> float:
        state = self.states[self.index if index is None else index]
        return state.timer.elapsed(self.clock.monotonic())

    def phase(self, index: int | None = None) -> Phase:
        state = self.states[self.index if index is None else index]
        return phase(self.elapsed(index), state.step.min_seconds, state.step.max_seconds)

    def total_elapsed(self, kinds: tuple[StepKind, ...] = TIMED_STEPS) -> int:
        """Whole seconds spent on the timed answer (STAR sections or design phases), or on
        the steps of the kinds given: the sum of the times each step's clock shows."""
        return total(self.elapsed(i) for i, s in enumerate(self.states) if s.step.kind in kinds)

    def due_time_checks(self) -> list[int]:
        """Time checks (25/50/75/90 % of the total) reached since the last call, each once."""
        length = self.plan.target_max_seconds
        if length <= 0:
            return []
        reached = [p for p in TIME_CHECKS if self.total_elapsed() >= length * p / 100]
        new = [p for p in reached if p not in self._checks_announced]
        self._checks_announced.update(new)
        return new
