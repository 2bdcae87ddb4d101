"""What the app rehearses: plain dataclasses, free of parsing, UI and storage."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, ClassVar, Literal

Severity = Literal["error", "warning"]
TimingSource = Literal["file", "default"]
# Where a story's question comes from: the file, or made up from its title or principle.
QuestionSource = Literal["file", "title", "principle"]


# @dataclass compiles an __eq__, a __repr__ and, for a frozen class, a __hash__ for each
# class it makes: for the model's classes, a third of the time to import it when the app
# starts. They are written once here instead and do as the generated ones do: compare the
# fields in order, only with an instance of the same class; hash them when frozen. (Each
# class has a docstring: for one without, @dataclass makes one from its signature.)


class _Model:
    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable: unhashable, as @dataclass leaves it

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self) == _values(other)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(_names(type(self)), _values(self), strict=True))
        return f"{type(self).__qualname__}({shown})"


class _Frozen(_Model):
    def __hash__(self) -> int:  # type: ignore[override]
        return hash(_values(self))


_NAMES: dict[type, tuple[str, ...]] = {}  # each class's fields, in order


def _names(kind: type) -> tuple[str, ...]:
    names = _NAMES.get(kind)
    if names is None:
        names = _NAMES[kind] = tuple(each.name for each in fields(kind))
    return names


def _values(item: _Model) -> tuple[Any, ...]:
    return tuple(getattr(item, name) for name in _names(type(item)))


@dataclass(frozen=True, eq=False, repr=False)
class Problem(_Frozen):
    """Something wrong in a content file, at a line."""

    path: Path
    line: int
    severity: Severity
    message: str

    def format(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


@dataclass(frozen=True, eq=False, repr=False)
class Origin(_Frozen):
    """Where an item begins: its file and the line of its heading."""

    path: Path
    line: int


# --- behavioral -----------------------------------------------------------------


@dataclass(frozen=True, eq=False, repr=False)
class StarSection(_Frozen):
    """One part of a STAR answer, with the time window it should take."""

    name: str  # Situation, Task, Action or Result
    min_seconds: int
    max_seconds: int
    text: str
    line: int
    timing: TimingSource = "file"


@dataclass(frozen=True, eq=False, repr=False)
class Probe(_Frozen):
    """A follow-up question an interviewer may ask, with a model answer or guidance."""

    question: str
    answer: str | None
    # "strong_response" is a model answer; "guidance" says what a strong answer shows.
    answer_kind: Literal["strong_response", "guidance"] | None
    line: int


@dataclass(frozen=True, eq=False, repr=False)
class Criterion(_Frozen):
    """A named point with its explanation, e.g. what the interviewer evaluates."""

    name: str
    detail: str
    line: int


@dataclass(frozen=True, eq=False, repr=False)
class Expectation(_Frozen):
    """What a strong answer shows on one aspect, by level."""

    aspect: str
    by_level: dict[str, str]


@dataclass(frozen=True, eq=False, repr=False)
class PrincipleRef(_Frozen):
    """A leadership principle a scenario names, as written and as known."""

    written: str
    canonical: str | None  # None when the name is not one of the 16
    role: str | None  # Primary, Secondary, ... when the author labelled it
    evidence: str
    line: int


@dataclass(frozen=True, eq=False, repr=False)
class PracticeVersion(_Frozen):
    """A way to tell the story from Timing Practice: full, 2-minute, elevator."""

    label: str
    min_seconds: int
    max_seconds: int


@dataclass(eq=False, repr=False)
class BehavioralScenario(_Model):
    """A behavioral question to answer with a story, told in STAR sections."""

    id: str
    title: str
    code: str | None  # the author's scenario id, e.g. "L6 Scenario 4"
    levels: tuple[str, ...]
    origin: Origin
    content_hash: str
    question: str = ""
    question_source: QuestionSource = "file"
    evaluates: list[Criterion] = field(default_factory=list)
    setup: str = ""
    expectations: list[Expectation] = field(default_factory=list)
    star: list[StarSection] = field(default_factory=list)
    probes: list[Probe] = field(default_factory=list)
    principles: list[PrincipleRef] = field(default_factory=list)
    red_flags: list[str] = field(default_factory=list)
    success_factors: list[str] = field(default_factory=list)
    self_assessment: list[str] = field(default_factory=list)
    timing_practice: list[PracticeVersion] = field(default_factory=list)
    rule: str = ""  # the recognition rule that read it (content/recognise.py)

    kind = "behavioral"

    @property
    def canonical_principles(self) -> list[str]:
        """Known principles, primary first, each once."""
        return list(dict.fromkeys(p.canonical for p in self.principles if p.canonical))


# --- system design ----------------------------------------------------------------


@dataclass(frozen=True, eq=False, repr=False)
class Requirement(_Frozen):
    """A non-functional requirement of a design problem, with its target by level."""

    name: str
    targets: dict[str, str]  # level -> target
    rationale: str


@dataclass(frozen=True, eq=False, repr=False)
class Phase(_Frozen):
    """One phase of a system-design interview, with its time window in minutes: whole
    ones, or a fraction for a phase timed in seconds ("Opening (30-60s)" is 0.5-1)."""

    name: str
    min_minutes: float
    max_minutes: float
    line: int
    timing: TimingSource = "file"
    reference: str = ""  # the file's reference design for this phase, as written (Markdown)

    @property
    def min_seconds(self) -> int:
        return round(self.min_minutes * 60)

    @property
    def max_seconds(self) -> int:
        return round(self.max_minutes * 60)


@dataclass(eq=False, repr=False)
class SystemDesignProblem(_Model):
    """A system to design, phase by phase, with its requirements and follow-ups."""

    id: str
    title: str
    levels: tuple[str, ...]
    origin: Origin
    content_hash: str
    question: str = ""  # the prompt as an interviewer says it: "Design X for Y"
    business_context: str = ""
    functional_requirements: list[str] = field(default_factory=list)
    non_functional: list[Requirement] = field(default_factory=list)
    constraints: list[Criterion] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    follow_ups: list[Probe] = field(default_factory=list)
    l6_depth: list[str] = field(default_factory=list)
    l7_strategic: list[str] = field(default_factory=list)
    success_metrics: list[str] = field(default_factory=list)
    rule: str = ""

    kind = "system_design"

    @property
    def total_minutes(self) -> float:
        total = sum(phase.max_minutes for phase in self.phases)
        return int(total) if total == int(total) else total  # "45 minutes", though a phase took 30 seconds


# --- deep dive --------------------------------------------------------------------


@dataclass(frozen=True, eq=False, repr=False)
class Concept(_Frozen):
    """A concept a deep dive explains: what it is, when to use it, what it costs."""

    name: str
    definition: str
    when_to_use: str
    trade_off: str


@dataclass(frozen=True, eq=False, repr=False)
class Checklist(_Frozen):
    """A named list of points to check."""

    name: str
    items: tuple[str, ...]
    line: int


@dataclass(eq=False, repr=False)
class DeepDive(_Model):
    """Reading on a topic: its concepts, checklists and quick preparation."""

    id: str
    title: str
    levels: tuple[str, ...]
    origin: Origin
    content_hash: str
    summary: str = ""
    concepts: list[Concept] = field(default_factory=list)
    checklists: list[Checklist] = field(default_factory=list)
    quick_prep: dict[str, list[str]] = field(default_factory=dict)
    rule: str = ""

    kind = "deep_dive"


# --- practice plan ----------------------------------------------------------------


@dataclass(frozen=True, eq=False, repr=False)
class Week(_Frozen):
    """A week (or a run of weeks) of a practice plan."""

    first: int
    last: int  # equal to first unless the heading names a range ("Weeks 3-4")
    title: str
    goals: str
    deliverables: tuple[str, ...]
    line: int

    @property
    def span(self) -> str:
        """ "Week 2", or "Weeks 3-4" for a run of weeks."""
        return f"Week {self.first}" if self.first == self.last else f"Weeks {self.first}-{self.last}"


@dataclass(frozen=True, eq=False, repr=False)
class Dimension(_Frozen):
    """A dimension a practice plan tracks, in its group."""

    group: str  # behavioral_strength, technical_competence, interview_readiness
    name: str


@dataclass(frozen=True, eq=False, repr=False)
class Trigger(_Frozen):
    """A plan's rule: when a group's scores fall below a mark, what to do."""

    condition: str  # as written: "If behavioral scores < 3"
    group: str  # the word that names the dimension group: behavioral, technical, interview
    below: float
    action: str


@dataclass(frozen=True, eq=False, repr=False)
class Milestone(_Frozen):
    """What a practice plan expects by a given week."""

    week: int
    text: str


@dataclass(eq=False, repr=False)
class PracticePlan(_Model):
    """A plan of practice over weeks, with its routine, dimensions and milestones."""

    id: str
    title: str
    levels: tuple[str, ...]
    origin: Origin
    content_hash: str
    weeks: list[Week] = field(default_factory=list)
    daily_routine: list[str] = field(default_factory=list)
    dimensions: list[Dimension] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    rule: str = ""

    kind = "plan"

    @property
    def first_week(self) -> int:
        """The week the plan starts at: 1, or the first it writes (a file of "Week 9" alone)."""
        return min((week.first for week in self.weeks), default=1)

    @property
    def last_week(self) -> int:
        return max((week.last for week in self.weeks), default=0)

    @property
    def length_weeks(self) -> int:
        """How many weeks the plan runs: from its first week to its last."""
        return self.last_week - self.first_week + 1 if self.weeks else 0


ContentItem = BehavioralScenario | SystemDesignProblem | DeepDive | PracticePlan


@dataclass(eq=False, repr=False)
class ParsedFile(_Model):
    """One content file's items and problems."""

    path: Path
    items: list[ContentItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
