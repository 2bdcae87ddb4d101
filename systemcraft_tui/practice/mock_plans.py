"""The rehearsal plan each question of a mock runs on: a full STAR answer in its windows,
then the probes the interviewer drew and the bar raiser's dive-deeper chain; or a design
problem's phases scaled to fill the round, then its drawn follow-ups. One plan per
question, so each answer ends as an ordinary `Attempt`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from systemcraft_tui.content.model import BehavioralScenario, SystemDesignProblem
from systemcraft_tui.core.vocabulary import TIMED_STEPS, Mode, StepKind
from systemcraft_tui.practice.mock_formats import RoundFormat
from systemcraft_tui.practice.steps import Plan, Step, behavioral_plan, fitted_design_plan


def design_minutes(round_format: RoundFormat, follow_ups: int, probe_seconds: tuple[int, int]) -> int:
    """The whole minutes a design round gives its phases: the answer time less the follow-ups."""
    return (round_format.answer_seconds - follow_ups * probe_seconds[1]) // 60


def question_plan(
    round_format: RoundFormat,
    item: BehavioralScenario | SystemDesignProblem,
    probes: Sequence[int],
    dive_deeper: Sequence[str],
    probe_seconds: tuple[int, int],
) -> Plan:
    """The answer's steps, then the item's own probes at the indices drawn (renumbered in
    the order asked), then the dive-deeper prompts, each in the probe window."""
    if isinstance(item, SystemDesignProblem):
        plan = fitted_design_plan(item, design_minutes(round_format, len(probes), probe_seconds), probe_seconds)
    else:
        plan = behavioral_plan(item, Mode.FULL, probe_seconds)
    timed = [s for s in plan.steps if s.kind in TIMED_STEPS]
    own = [s for s in plan.steps if s.kind not in TIMED_STEPS]
    if missing := [i for i in probes if not 0 <= i < len(own)]:  # a draft from an older version of the file
        raise ValueError(f"{item.title!r} has no probe {missing[0] + 1} now ({len(own)} in all)")
    asked = [replace(own[i], name=f"Probe {n}") for n, i in enumerate(probes, 1)]
    low, high = probe_seconds
    chain = [Step(StepKind.PROBE, f"Dive deeper {n}", low, high, prompt=text) for n, text in enumerate(dive_deeper, 1)]
    return replace(plan, steps=tuple(timed + asked + chain))


def planned_seconds(plan: Plan) -> int:
    """How long a question takes at its windows' maxima: the answer, then each probe."""
    return plan.target_max_seconds + sum(s.max_seconds for s in plan.steps if s.kind not in TIMED_STEPS)
