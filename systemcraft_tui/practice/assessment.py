"""After the clock stops: what the user rates, the checks on their notes, the score,
and the finished attempt as one plain record for the log."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from systemcraft_tui.content.model import BehavioralScenario, SystemDesignProblem
from systemcraft_tui.content.questions import asks_what_happened
from systemcraft_tui.content.rules import PREPARED_ANSWER
from systemcraft_tui.core.vocabulary import TIMED_STEPS, ItemKind, StepKind
from systemcraft_tui.core.windows import kept, span_total
from systemcraft_tui.practice.checks import SPOKEN, CheckResult, run_checks
from systemcraft_tui.practice.rehearsal import Rehearsal
from systemcraft_tui.practice.scoring import score

Rehearsable = BehavioralScenario | SystemDesignProblem


# How the answer was delivered, rated after the item's own points: a story is told in
# STAR order with numbers; a design is driven from requirements to trade-offs.
STORY_DELIVERY = ("Structure (clear STAR flow)", "Timing", "Quantified impact")
# A prepared answer to a question that asks for no story ("Tell me about yourself", "Why
# this company?") is told whole: its point, its length and its fit, not a STAR order.
PITCH_DELIVERY = ("Structure (the point first, then why, then a close)", "Timing", "Specific to this role and team")
DESIGN_DELIVERY = (
    "Structure (requirements first, then architecture, then depth)",
    "Timing (each phase inside its window)",
    "Trade-offs named, with what each choice costs",
)


def rating_items(item: Rehearsable) -> list[str]:
    """What the user rates 1-5: the item's own points, then the delivery items of its kind."""
    if isinstance(item, BehavioralScenario):
        own = [c.name for c in item.evaluates] + item.success_factors + item.self_assessment
        # A pitch or a view ("Why this company?") is rated as one; a story told whole (a brag
        # entry offered by the fallback, asked by its title) is a story however it is asked.
        pitch = item.rule == PREPARED_ANSWER and not asks_what_happened(item.question)
        delivery = PITCH_DELIVERY if pitch else STORY_DELIVERY
    else:
        own = item.success_metrics + item.l6_depth[:3] + item.l7_strategic[:3]
        delivery = DESIGN_DELIVERY
    return list(dict.fromkeys(own + list(delivery)))


def red_flag_items(item: Rehearsable) -> list[str]:
    return list(item.red_flags) if isinstance(item, BehavioralScenario) else []


@dataclass(frozen=True)
class StepResult:
    kind: StepKind
    name: str
    prompt: str
    min_seconds: int
    max_seconds: int
    actual_seconds: float
    notes: str
    reference: str | None
    checked: tuple[str, ...] = ()


@dataclass
class Attempt:
    item_id: str
    title: str
    kind: ItemKind
    levels: tuple[str, ...]
    content_hash: str
    mode: str
    started_at: datetime
    finished_at: datetime
    steps: list[StepResult]
    principles: list[str]
    checks: list[CheckResult] = field(default_factory=list)
    ratings: dict[str, int] = field(default_factory=dict)
    red_flags: list[str] = field(default_factory=list)
    score: int = 0

    @property
    def timed_steps(self) -> list[StepResult]:
        return [s for s in self.steps if s.kind in TIMED_STEPS]

    @property
    def target(self) -> tuple[int, int]:
        """The timed answer's target: the sum of its sections' or phases' windows."""
        return span_total((s.min_seconds, s.max_seconds) for s in self.timed_steps)

    def timings(self) -> list[tuple[str, float, int, int]]:
        return [(s.name, s.actual_seconds, s.min_seconds, s.max_seconds) for s in self.timed_steps]

    def rescore(self) -> int:
        self.score = score(self.ratings, self.timings(), self.checks, len(self.red_flags))
        return self.score


def build_attempt(item: Rehearsable, rehearsal: Rehearsal) -> Attempt:
    """The attempt as it stands when the clock stops, with the checks already run."""
    steps = [
        StepResult(
            kind=state.step.kind,
            name=state.step.name,
            prompt=state.step.prompt,
            min_seconds=state.step.min_seconds,
            max_seconds=state.step.max_seconds,
            actual_seconds=kept(rehearsal.elapsed(index)),
            notes=state.notes,
            reference=state.step.reference,
            checked=tuple(state.checked),
        )
        for index, state in enumerate(rehearsal.states)
    ]
    principles = item.canonical_principles if isinstance(item, BehavioralScenario) else []
    attempt = Attempt(
        item_id=item.id,
        title=item.title,
        kind=ItemKind(item.kind),
        levels=item.levels,
        content_hash=item.content_hash,
        mode=rehearsal.plan.mode_name,
        started_at=rehearsal.started_at or rehearsal.clock.utc_now(),
        finished_at=rehearsal.finished_at or rehearsal.clock.utc_now(),
        steps=steps,
        principles=principles,
    )
    notes = {s.name: s.notes for s in attempt.timed_steps}
    attempt.checks = _for_kind(attempt.kind, run_checks(notes, attempt.timings(), principles))
    attempt.rescore()
    return attempt


def spoken_checks(kind: ItemKind, said: dict[str, str], principles: list[str]) -> list[CheckResult]:
    """The answer checks on what was said in each timed step (its transcript, by step name).
    They sit beside the checks on the notes and leave the score alone; timing is the same
    clock either way, so it is told once, with the notes."""
    checks = run_checks(said, [], principles, SPOKEN)
    return [c for c in _for_kind(kind, checks) if c.name != "Timing"]


def _for_kind(kind: ItemKind, checks: list[CheckResult]) -> list[CheckResult]:
    if kind == ItemKind.SYSTEM_DESIGN:
        # "We"/"I", the Result and principle checks are about STAR stories, not designs.
        return [c for c in checks if c.name in ("Vagueness", "Timing")]
    return checks
