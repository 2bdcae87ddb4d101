"""What the app rehearses: plain dataclasses, free of parsing, UI and storage."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]
TimingSource = Literal["file", "default"]
# Where a story's question comes from: the file, or made up from its title or principle.
QuestionSource = Literal["file", "title", "principle"]


@dataclass(frozen=True)
class Problem:
    """Something wrong in a content file, at a line."""

    path: Path
    line: int
    severity: Severity
    message: str

    def format(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Origin:
    path: Path
    line: int


# --- behavioral -----------------------------------------------------------------


@dataclass(frozen=True)
class StarSection:
    name: str  # Situation, Task, Action or Result
    min_seconds: int
    max_seconds: int
    text: str
    line: int
    timing: TimingSource = "file"


@dataclass(frozen=True)
class Probe:
    question: str
    answer: str | None
    # "strong_response" is a model answer; "guidance" says what a strong answer shows.
    answer_kind: Literal["strong_response", "guidance"] | None
    line: int


@dataclass(frozen=True)
class Criterion:
    """A named point with its explanation, e.g. what the interviewer evaluates."""

    name: str
    detail: str
    line: int


@dataclass(frozen=True)
class Expectation:
    aspect: str
    by_level: dict[str, str]


@dataclass(frozen=True)
class PrincipleRef:
    written: str
    canonical: str | None  # None when the name is not one of the 16
    role: str | None  # Primary, Secondary, ... when the author labelled it
    evidence: str
    line: int


@dataclass(frozen=True)
class PracticeVersion:
    """A way to tell the story from Timing Practice: full, 2-minute, elevator."""

    label: str
    min_seconds: int
    max_seconds: int


@dataclass
class BehavioralScenario:
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


@dataclass(frozen=True)
class Requirement:
    name: str
    targets: dict[str, str]  # level -> target
    rationale: str


@dataclass(frozen=True)
class Phase:
    name: str
    min_minutes: int
    max_minutes: int
    line: int
    timing: TimingSource = "file"
    reference: str = ""  # the file's reference design for this phase, as written (Markdown)


@dataclass
class SystemDesignProblem:
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
    def total_minutes(self) -> int:
        return sum(phase.max_minutes for phase in self.phases)


# --- deep dive --------------------------------------------------------------------


@dataclass(frozen=True)
class Concept:
    name: str
    definition: str
    when_to_use: str
    trade_off: str


@dataclass(frozen=True)
class Checklist:
    name: str
    items: tuple[str, ...]
    line: int


@dataclass
class DeepDive:
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


@dataclass(frozen=True)
class Week:
    first: int
    last: int  # equal to first unless the heading names a range ("Weeks 3-4")
    title: str
    goals: str
    deliverables: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Dimension:
    group: str  # behavioral_strength, technical_competence, interview_readiness
    name: str


@dataclass(frozen=True)
class Trigger:
    condition: str  # as written: "If behavioral scores < 3"
    group: str  # the word that names the dimension group: behavioral, technical, interview
    below: float
    action: str


@dataclass(frozen=True)
class Milestone:
    week: int
    text: str


@dataclass
class PracticePlan:
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
    def length_weeks(self) -> int:
        return max((week.last for week in self.weeks), default=0)


ContentItem = BehavioralScenario | SystemDesignProblem | DeepDive | PracticePlan


@dataclass
class ParsedFile:
    """One content file's items and problems."""

    path: Path
    items: list[ContentItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
