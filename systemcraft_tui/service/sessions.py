"""Where a rehearsal meets the practice log: a running or finished rehearsal (or a rated
deep dive) as a log Session, and a draft Session back into a rehearsal. The practice
engine knows nothing of the log and the log nothing of the engine; this module is the
one place both meet."""

from __future__ import annotations

import dataclasses
import itertools
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Generic, TypeVar

from systemcraft_tui.content.library import Library
from systemcraft_tui.content.model import (
    BehavioralScenario,
    DeepDive,
    SystemDesignProblem,
)
from systemcraft_tui.core.records import CheckOutcome, ProbeResult, ScenarioRef, SectionResult, Session, Story, new_id
from systemcraft_tui.core.vocabulary import TIMED_STEPS, ItemKind, Mode, SessionStatus
from systemcraft_tui.practice.assessment import (
    Attempt,
    Rehearsable,
    StepResult,
    build_attempt,
)
from systemcraft_tui.practice.clock import Clock
from systemcraft_tui.practice.deep_dive import checklist_score
from systemcraft_tui.practice.library_filter import item_level_text
from systemcraft_tui.practice.rehearsal import Rehearsal
from systemcraft_tui.practice.steps import behavioral_plan, design_plan
from systemcraft_tui.practice.stories import story_scenario

T = TypeVar("T")


class SessionSaves(Generic[T]):
    """Every save of one session (or of a mock's records), newest first whatever thread writes it.

    A draft is saved from worker threads (a pause in typing, the running clock) while the
    UI thread saves on each step and at the end. Each snapshot is numbered when it is
    taken, on the UI thread; `write`, the one function a worker calls, writes a snapshot
    only if nothing newer has been written, so a slow draft save can never land over the
    completed session or over a later draft."""

    def __init__(self, save: Callable[[T], object]) -> None:
        self._save = save  # writes to the log; raises (StoreError, OSError) when it cannot
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self._written = 0

    def take(self, session: T) -> tuple[int, T]:
        return next(self._numbers), session

    def write(self, snapshot: tuple[int, T], save: Callable[[T], object] | None = None) -> None:
        """Write the snapshot unless a newer one is on disk, with `save` in place of the
        usual one when given (a completed session goes with its review card). Raises as
        the save does; the next snapshot tries again."""
        number, session = snapshot
        with self._lock:
            if number < self._written:
                return  # a newer snapshot is on disk already
            (save or self._save)(session)
            self._written = number


def scenario_ref(item: Rehearsable | DeepDive) -> ScenarioRef:
    return ScenarioRef(item.id, item.title, ItemKind(item.kind), item_level_text(item), item.content_hash)


def session_from_attempt(attempt: Attempt, item: Rehearsable, session_id: str, status: SessionStatus) -> Session:
    """The attempt as a log record: completed (scored), abandoned, or a draft left at the
    self-assessment (its clock stopped: it has a finish time, and the ratings so far)."""
    sections = [_section(step) for step in attempt.steps if step.kind in TIMED_STEPS]
    probes = [
        ProbeResult(step.prompt, step.min_seconds, step.max_seconds, step.actual_seconds, step.notes)
        for step in attempt.steps
        if step.kind not in TIMED_STEPS
    ]
    completed = status == SessionStatus.COMPLETED
    return Session(
        id=session_id,
        scenario=scenario_ref(item),
        mode=attempt.mode,
        started=attempt.started_at,
        status=status,
        finished=attempt.finished_at,
        sections=sections,
        probes=probes,
        ratings=dict(attempt.ratings),
        red_flags=tuple(attempt.red_flags),
        checks=[CheckOutcome(c.name, c.passed, c.explanation, tuple(c.found)) for c in attempt.checks],
        score=attempt.score if completed else None,
        principles=tuple(attempt.principles),
    )


def session_from_rehearsal(item: Rehearsable, rehearsal: Rehearsal, session_id: str, status: SessionStatus) -> Session:
    """A rehearsal still running (a draft: no finish time yet) or left part-way (abandoned)."""
    session = session_from_attempt(build_attempt(item, rehearsal), item, session_id, status)
    return dataclasses.replace(session, finished=None) if status == SessionStatus.DRAFT else session


def _section(step: StepResult) -> SectionResult:
    checklist = {label: True for label in step.checked}
    return SectionResult(step.name, step.min_seconds, step.max_seconds, step.actual_seconds, step.notes, checklist)


def resume_draft(
    draft: Session, library: Library, clock: Clock, probe_seconds: tuple[int, int], stories: Sequence[Story] = ()
) -> tuple[Rehearsable, Rehearsal] | None:
    """Rebuild the rehearsal a draft was saved from, each step with its time and notes;
    finished when the draft was left at the self-assessment. None when its item is gone
    from the library (or, for an own story, from the story bank)."""
    item = library.get(draft.scenario.id)
    if draft.scenario.kind == ItemKind.STORY:
        story = next((s for s in stories if s.id == draft.scenario.id), None)
        item = story_scenario(story) if story else None
    if isinstance(item, BehavioralScenario):
        mode = next((m for m in Mode if m.value == draft.mode), Mode.FULL)
        plan = behavioral_plan(item, mode, probe_seconds)
    elif isinstance(item, SystemDesignProblem):
        plan = design_plan(item, int(draft.mode) if draft.mode.isdigit() else None, probe_seconds)
    else:
        return None
    rehearsal = Rehearsal(plan, clock)
    parts = [(s.actual_seconds, s.notes, [k for k, v in s.checklist.items() if v]) for s in draft.sections]
    parts += [(p.actual_seconds, p.notes, []) for p in draft.probes]
    reached = max((i for i, (seconds, _, _) in enumerate(parts) if seconds > 0), default=0)
    rehearsal.restore([p[0] for p in parts], [p[1] for p in parts], [p[2] for p in parts], reached, draft.started)
    rehearsal.finished_at = draft.finished  # left at the self-assessment: the clock had stopped
    return item, rehearsal


CHECKLIST_MODE = "checklist"


def checklist_session(
    item: DeepDive, ratings: dict[str, int], seconds: list[float], started: datetime, finished: datetime
) -> Session:
    """A deep dive's rated checklists as a completed log session: one section per checklist."""
    return Session(
        id=new_id(),
        scenario=scenario_ref(item),
        mode=CHECKLIST_MODE,
        started=started,
        status=SessionStatus.COMPLETED,
        finished=finished,
        sections=[SectionResult(c.name, 0, 0, round(s, 1)) for c, s in zip(item.checklists, seconds, strict=True)],
        ratings=dict(ratings),
        score=checklist_score(ratings),
    )
