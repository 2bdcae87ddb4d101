"""What a rehearsal walks through, step by step, with each step's time window:
STAR sections and probes for a scenario, timed phases and follow-ups for a design problem."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from systemcraft_tui.content.model import BehavioralScenario, Probe, SystemDesignProblem
from systemcraft_tui.content.names import normalize
from systemcraft_tui.content.timing import DEFAULT_DESIGN_PHASES
from systemcraft_tui.core.vocabulary import OWN_PHASES, Mode, StepKind
from systemcraft_tui.core.windows import DEFAULT_PROBE_SECONDS, span_total
from systemcraft_tui.practice.principle_probes import PrincipleProbe

DESIGN_PRESETS = (45, 60, 90)


_MODE_LENGTH = {Mode.TWO_MINUTE: 120, Mode.ELEVATOR: 30}


@dataclass(frozen=True)
class Step:
    kind: StepKind
    name: str
    min_seconds: int
    max_seconds: int
    prompt: str = ""  # what is asked: the probe's question; empty for STAR sections
    reference: str | None = None  # the model answer, shown only after the step
    guidance: bool = False  # the reference says what a strong answer shows, no answer itself
    note: str = ""  # where the step comes from, when the screen must say so


@dataclass(frozen=True)
class Plan:
    """The steps of one rehearsal and the target for the timed part as a whole: the sum of
    the STAR sections' or design phases' windows (see core/windows.py)."""

    steps: tuple[Step, ...]
    target_min_seconds: int
    target_max_seconds: int
    mode: Mode | None = None  # behavioral
    preset_minutes: int | None = None  # design: None when the file's own phases are used
    # A full behavioral answer: the scenario's "tell this story in 4-6 minutes", which is the
    # whole telling with its follow-up probes. None when the file gives none.
    whole_story: tuple[int, int] | None = None

    @property
    def mode_name(self) -> str:
        """How the log names the way this was rehearsed: full, two_minute, elevator,
        phases (a design's own), or a design preset's minutes ("60")."""
        if self.mode is not None:
            return self.mode.value
        return str(self.preset_minutes) if self.preset_minutes else OWN_PHASES


def behavioral_plan(
    scenario: BehavioralScenario, mode: Mode = Mode.FULL, probe_seconds: tuple[int, int] = DEFAULT_PROBE_SECONDS
) -> Plan:
    """STAR sections (scaled to the mode's length in a short mode), then every probe with
    its own window. The target is the sum of the section windows."""
    windows = [(s.min_seconds, s.max_seconds) for s in scenario.star]
    if mode is not Mode.FULL:
        windows = _scale(windows, _short_length(scenario, mode))
    steps = [
        Step(StepKind.STAR, s.name, low, high, reference=s.text) for s, (low, high) in zip(scenario.star, windows, strict=True)
    ]
    steps += _probe_steps(scenario.probes, StepKind.PROBE, probe_seconds)
    low, high = span_total(windows)
    return Plan(tuple(steps), low, high, mode, whole_story=_whole_story(scenario) if mode is Mode.FULL else None)


def design_plan(
    problem: SystemDesignProblem,
    preset_minutes: int | None = None,
    probe_seconds: tuple[int, int] = DEFAULT_PROBE_SECONDS,
) -> Plan:
    """The file's own phases (timed, or its own steps sharing the default plan's minutes), or a
    45/60/90-minute preset when it has none (or one is chosen)."""
    if preset_minutes is None and has_own_phases(problem):
        phases = [(p.name, p.min_minutes, p.max_minutes) for p in problem.phases]
        return _design(phases, problem, probe_seconds, None)
    preset_minutes = preset_minutes or 60
    phases = _fit(DEFAULT_DESIGN_PHASES, preset_minutes)
    if not problem.follow_ups:
        return _design(phases, problem, probe_seconds, preset_minutes)
    # The preset's last phase is the follow-up questions: the problem's own probes are asked
    # in it, sharing its window, rather than after an empty phase of that name, past the
    # interview's length. The target stays the preset's whole interview.
    *asked_before, (_, low, high) = phases
    count = len(problem.follow_ups)
    shared = (min(probe_seconds[0], round(low * 60 / count)), min(probe_seconds[1], round(high * 60 / count)))
    plan = _design(asked_before, problem, shared, preset_minutes)
    target = span_total((round(low * 60), round(high * 60)) for _, low, high in phases)
    return replace(plan, target_min_seconds=target[0], target_max_seconds=target[1])


def has_own_phases(problem: SystemDesignProblem) -> bool:
    """Whether the file gives the problem's phases: timed, or its own steps untimed (each an
    equal share of the default plan), not the default plan's phases themselves."""
    if all(p.timing == "file" for p in problem.phases):
        return True
    return [p.name for p in problem.phases] != [name for name, _, _ in DEFAULT_DESIGN_PHASES]


def fitted_design_plan(
    problem: SystemDesignProblem, minutes: int, probe_seconds: tuple[int, int] = DEFAULT_PROBE_SECONDS
) -> Plan:
    """The problem's own phases (the default ones when it times none) scaled so their
    maxima fill exactly `minutes`: a design round inside a mock interview."""
    own = [(p.name, p.min_minutes, p.max_minutes) for p in problem.phases]
    return _design(_fit(own, minutes), problem, probe_seconds, None)


def _design(
    phases: Sequence[tuple[str, float, float]],
    problem: SystemDesignProblem,
    probe_seconds: tuple[int, int],
    preset_minutes: int | None,
) -> Plan:
    # The file's reference design for each phase, found by the phase's name for a preset.
    references = {normalize(p.name): p.reference for p in problem.phases if p.reference}
    steps = [
        Step(StepKind.PHASE, name, round(low * 60), round(high * 60), reference=references.get(normalize(name)))
        for name, low, high in phases
    ]
    low, high = span_total((s.min_seconds, s.max_seconds) for s in steps)
    steps += _probe_steps(problem.follow_ups, StepKind.FOLLOW_UP, probe_seconds)
    return Plan(tuple(steps), low, high, preset_minutes=preset_minutes)


def _fit(phases: Sequence[tuple[str, float, float]], minutes: int) -> list[tuple[str, float, float]]:
    windows = _scale([(low, high) for _, low, high in phases], minutes)
    return [(name, low, high) for (name, _, _), (low, high) in zip(phases, windows, strict=True)]


def _probe_steps(probes: list[Probe], kind: StepKind, window: tuple[int, int]) -> list[Step]:
    return [
        Step(
            kind,
            f"Probe {i}",
            *window,
            prompt=p.question,
            reference=p.answer,
            guidance=p.answer_kind == "guidance",
            note=p.note if isinstance(p, PrincipleProbe) else "",
        )
        for i, p in enumerate(probes, 1)
    ]


def _whole_story(scenario: BehavioralScenario) -> tuple[int, int] | None:
    full = next((v for v in scenario.timing_practice if v.label == "Full version"), None)
    return (full.min_seconds, full.max_seconds) if full else None


def _short_length(scenario: BehavioralScenario, mode: Mode) -> int:
    """What a short mode's sections add up to: the file's own version, else 2:00 or 0:30."""
    wanted = "Elevator version" if mode is Mode.ELEVATOR else "2-minute version"
    given = next((v for v in scenario.timing_practice if v.label == wanted), None)
    return given.max_seconds if given else _MODE_LENGTH[mode]


def _scale(windows: Sequence[tuple[float, float]], total: int) -> list[tuple[int, int]]:
    """Scale windows so their maxima add up to exactly `total` (largest remainders get the
    rounding), each minimum scaled alike and never above its maximum."""
    longest = sum(high for _, high in windows)
    if not windows or longest <= 0:
        return [(round(low), round(high)) for low, high in windows]
    exact = [high * total / longest for _, high in windows]
    highs = [int(x) for x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i] - highs[i], reverse=True)
    for i in by_remainder[: total - sum(highs)]:
        highs[i] += 1
    # A window of one length ("Action (2 minutes)") stays one length: its minimum is its maximum,
    # not a separately rounded second (STAR 1:59–2:00 for four exact parts scaled to 2:00).
    return [
        (high if low >= top else min(high, round(low * total / longest)), high)
        for (low, top), high in zip(windows, highs, strict=True)
    ]
