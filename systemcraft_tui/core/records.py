"""The records the practice log keeps, as plain dataclasses.

Each record turns into JSON values with `to_dict()` and back with `from_dict(value, where)`,
which checks every field and names the one that is wrong. The store receives scenario
facts (id, title, kind, level, content hash) as plain values: it knows nothing of the
content parser or of the screens."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, ClassVar, Protocol, Self, TypeVar

from systemcraft_tui.core.errors import RecordError
from systemcraft_tui.core.fields import Fields, check_flag, check_rating, format_instant
from systemcraft_tui.core.vocabulary import SESSION_KINDS, CardState, CardSubject, ItemKind, SessionStatus


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class ScenarioRef:
    """What was rehearsed, frozen at the time: later edits to the content do not rewrite history."""

    id: str
    title: str
    kind: ItemKind
    level: str | None
    content_hash: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "kind": self.kind, "level": self.level, "content_hash": self.content_hash}

    @classmethod
    def from_dict(cls, value: Any, where: str) -> ScenarioRef:
        f = Fields(value, where)
        ref = cls(
            f.text("id", empty=False),
            f.text("title"),
            f.choice("kind", SESSION_KINDS),
            f.optional_text("level"),
            f.text("content_hash"),
        )
        f.done()
        return ref


def _window(f: Fields) -> tuple[int, int]:
    low = f.integer("planned_min_seconds", 0)
    high = f.integer("planned_max_seconds", low)
    return low, high


@dataclass(frozen=True, slots=True)
class SpokenPause:
    """A long silence inside a step: when, how long, and the words said just before it."""

    at: float
    seconds: float
    before: str

    def to_dict(self) -> dict[str, Any]:
        return {"at": self.at, "seconds": self.seconds, "before": self.before}

    @classmethod
    def from_dict(cls, value: Any, where: str) -> SpokenPause:
        f = Fields(value, where)
        pause = cls(f.number("at"), f.number("seconds"), f.text("before"))
        f.done()
        return pause


@dataclass(slots=True)
class SpokenPart:
    """One step as it was heard: its transcript and the delivery figures worked out from it
    (practice/delivery.py). The audio itself stays in the recordings folder."""

    transcript: str
    seconds: float  # of audio
    words: int
    talk_seconds: float
    words_per_minute: float | None  # None when nothing was said
    talking_words_per_minute: float | None
    fillers: tuple[str, ...] = ()  # each filler heard, in order
    pauses: list[SpokenPause] = field(default_factory=list)
    i_count: int = 0
    we_count: int = 0
    numbers: tuple[str, ...] = ()

    @property
    def fillers_per_minute(self) -> float | None:
        return len(self.fillers) * 60 / self.seconds if self.words and self.seconds > 0 else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "transcript": self.transcript,
            "seconds": self.seconds,
            "words": self.words,
            "talk_seconds": self.talk_seconds,
            "words_per_minute": self.words_per_minute,
            "talking_words_per_minute": self.talking_words_per_minute,
            "fillers": list(self.fillers),
            "pauses": [p.to_dict() for p in self.pauses],
            "i_count": self.i_count,
            "we_count": self.we_count,
            "numbers": list(self.numbers),
        }

    @classmethod
    def from_dict(cls, value: Any, where: str) -> SpokenPart:
        f = Fields(value, where)
        part = cls(
            transcript=f.text("transcript"),
            seconds=f.number("seconds"),
            words=f.integer("words", 0),
            talk_seconds=f.number("talk_seconds"),
            words_per_minute=f.optional_number("words_per_minute"),
            talking_words_per_minute=f.optional_number("talking_words_per_minute"),
            fillers=f.texts("fillers"),
            pauses=f.items("pauses", SpokenPause.from_dict),
            i_count=f.integer("i_count", 0),
            we_count=f.integer("we_count", 0),
            numbers=f.texts("numbers"),
        )
        f.done()
        return part


@dataclass(slots=True)
class SectionResult:
    """One timed part of the answer: a STAR section, a design phase or a deep-dive checklist."""

    name: str
    planned_min_seconds: int
    planned_max_seconds: int
    actual_seconds: float
    notes: str = ""
    checklist: dict[str, bool] = field(default_factory=dict)  # e.g. "Trade-offs named": True
    spoken: SpokenPart | None = None  # what was heard, when the rehearsal was heard with voice

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "planned_min_seconds": self.planned_min_seconds,
            "planned_max_seconds": self.planned_max_seconds,
            "actual_seconds": self.actual_seconds,
            "notes": self.notes,
            "checklist": dict(self.checklist),
            "spoken": None if self.spoken is None else self.spoken.to_dict(),
        }

    @classmethod
    def from_dict(cls, value: Any, where: str) -> SectionResult:
        f = Fields(value, where)
        name = f.text("name", empty=False)
        low, high = _window(f)
        section = cls(
            name, low, high, f.number("actual_seconds"), f.text("notes"), f.mapping("checklist", check_flag),
            f.optional_nested("spoken", SpokenPart.from_dict),
        )  # fmt: skip
        f.done()
        return section


@dataclass(slots=True)
class ProbeResult:
    """A follow-up question answered after the main answer."""

    question: str
    planned_min_seconds: int
    planned_max_seconds: int
    actual_seconds: float
    notes: str = ""
    spoken: SpokenPart | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "planned_min_seconds": self.planned_min_seconds,
            "planned_max_seconds": self.planned_max_seconds,
            "actual_seconds": self.actual_seconds,
            "notes": self.notes,
            "spoken": None if self.spoken is None else self.spoken.to_dict(),
        }

    @classmethod
    def from_dict(cls, value: Any, where: str) -> ProbeResult:
        f = Fields(value, where)
        question = f.text("question", empty=False)
        low, high = _window(f)
        probe = cls(
            question, low, high, f.number("actual_seconds"), f.text("notes"), f.optional_nested("spoken", SpokenPart.from_dict)
        )
        f.done()
        return probe


@dataclass(slots=True)
class CheckOutcome:
    """One automatic answer check as it came out, with the words it found."""

    name: str
    passed: bool
    explanation: str
    found: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "explanation": self.explanation, "found": list(self.found)}

    @classmethod
    def from_dict(cls, value: Any, where: str) -> CheckOutcome:
        f = Fields(value, where)
        check = cls(f.text("name", empty=False), f.boolean("passed"), f.text("explanation"), f.texts("found"))
        f.done()
        return check


@dataclass(slots=True)
class Session:
    """One rehearsal: completed, abandoned part-way, or a draft kept while it runs."""

    TABLE: ClassVar[str] = "sessions"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("id",)

    scenario: ScenarioRef
    mode: str  # a behavioral Mode, a design preset's minutes ("60") or OWN_PHASES (core/vocabulary.py)
    started: datetime
    status: SessionStatus = SessionStatus.DRAFT
    finished: datetime | None = None
    sections: list[SectionResult] = field(default_factory=list)
    probes: list[ProbeResult] = field(default_factory=list)
    ratings: dict[str, int] = field(default_factory=dict)  # self-assessment item -> 1..5
    red_flags: tuple[str, ...] = ()  # the red flags the user ticked
    checks: list[CheckOutcome] = field(default_factory=list)
    score: int | None = None  # 0..100 once assessed
    principles: tuple[str, ...] = ()  # canonical Leadership Principle names
    spoken_checks: list[CheckOutcome] = field(default_factory=list)  # the checks on what was said
    id: str = field(default_factory=new_id)

    @property
    def spoken(self) -> list[SpokenPart | None]:
        """What was heard in each step, in rehearsal order (sections, then probes)."""
        return [s.spoken for s in self.sections] + [p.spoken for p in self.probes]

    @property
    def practice_seconds(self) -> float:
        """Time spent answering: every section and every probe."""
        return sum(s.actual_seconds for s in self.sections) + sum(p.actual_seconds for p in self.probes)

    @property
    def label(self) -> str:
        """How a person tells this session from others: title and start time."""
        return f"{self.scenario.title} ({self.started.astimezone(UTC):%Y-%m-%d %H:%M} UTC)"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "scenario": self.scenario.to_dict(),
            "mode": self.mode,
            "status": self.status,
            "started": format_instant(self.started, "started"),
            "finished": None if self.finished is None else format_instant(self.finished, "finished"),
            "sections": [s.to_dict() for s in self.sections],
            "probes": [p.to_dict() for p in self.probes],
            "ratings": dict(self.ratings),
            "red_flags": list(self.red_flags),
            "checks": [c.to_dict() for c in self.checks],
            "score": self.score,
            "principles": list(self.principles),
            "spoken_checks": [c.to_dict() for c in self.spoken_checks],
        }

    @classmethod
    def from_dict(cls, value: Any, where: str) -> Session:
        f = Fields(value, where)
        session = cls(
            id=f.identifier("id"),
            scenario=f.nested("scenario", ScenarioRef.from_dict),
            mode=f.text("mode", empty=False),
            status=f.choice("status", tuple(SessionStatus)),
            started=f.instant("started"),
            finished=f.optional_instant("finished"),
            sections=f.items("sections", SectionResult.from_dict),
            probes=f.items("probes", ProbeResult.from_dict),
            ratings=f.mapping("ratings", check_rating),
            red_flags=f.texts("red_flags"),
            checks=f.items("checks", CheckOutcome.from_dict),
            score=f.optional_integer("score", 0, 100),
            principles=f.texts("principles"),
            spoken_checks=f.items("spoken_checks", CheckOutcome.from_dict),
        )
        f.done()
        if session.finished is not None and session.finished < session.started:
            raise RecordError(f.at("finished"), "is before started")
        if session.status == SessionStatus.COMPLETED and session.finished is None:
            raise RecordError(f.at("finished"), "is missing for a completed session")
        return session


@dataclass(slots=True)
class Story:
    """One of the user's own STAR stories."""

    TABLE: ClassVar[str] = "stories"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("id",)

    title: str
    created: datetime
    updated: datetime
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    principles: tuple[str, ...] = ()
    level: str | None = None
    metrics: str = ""
    impact: int | None = None  # 1..5, the user's own judgement
    id: str = field(default_factory=new_id)

    @property
    def label(self) -> str:
        return self.title

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "situation": self.situation,
            "task": self.task,
            "action": self.action,
            "result": self.result,
            "principles": list(self.principles),
            "level": self.level,
            "metrics": self.metrics,
            "impact": self.impact,
            "created": format_instant(self.created, "created"),
            "updated": format_instant(self.updated, "updated"),
        }

    @classmethod
    def from_dict(cls, value: Any, where: str) -> Story:
        f = Fields(value, where)
        story = cls(
            id=f.identifier("id"),
            title=f.text("title", empty=False),
            situation=f.text("situation"),
            task=f.text("task"),
            action=f.text("action"),
            result=f.text("result"),
            principles=f.texts("principles"),
            level=f.optional_text("level"),
            metrics=f.text("metrics"),
            impact=f.optional_integer("impact", 1, 5),
            created=f.instant("created"),
            updated=f.instant("updated"),
        )
        f.done()
        return story


@dataclass(slots=True)
class ReviewCard:
    """Spaced-repetition state for one scenario or one own story, in the FSRS terms
    (state, step, stability, difficulty, due, last review). One card per subject."""

    TABLE: ClassVar[str] = "review_cards"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("subject", "subject_id")

    subject: CardSubject
    subject_id: str
    due: datetime
    state: CardState = CardState.LEARNING
    step: int | None = 0
    stability: float | None = None
    difficulty: float | None = None
    last_review: datetime | None = None

    @property
    def id(self) -> str:
        return f"{self.subject}:{self.subject_id}"

    @property
    def label(self) -> str:
        return f"{self.subject} {self.subject_id}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "subject_id": self.subject_id,
            "due": format_instant(self.due, "due"),
            "state": self.state,
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "last_review": None if self.last_review is None else format_instant(self.last_review, "last_review"),
        }

    @classmethod
    def from_dict(cls, value: Any, where: str) -> ReviewCard:
        f = Fields(value, where)
        card = cls(
            subject=f.choice("subject", tuple(CardSubject)),
            subject_id=f.text("subject_id", empty=False),
            due=f.instant("due"),
            state=f.choice("state", tuple(CardState)),
            step=f.optional_integer("step", 0),
            stability=f.optional_number("stability"),
            difficulty=f.optional_number("difficulty"),
            last_review=f.optional_instant("last_review"),
        )
        f.done()
        return card


@dataclass(slots=True)
class DimensionRating:
    group: str  # as the plan names it: behavioral_strength, technical_competence, ...
    name: str
    rating: int  # 1..5

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "name": self.name, "rating": self.rating}

    @classmethod
    def from_dict(cls, value: Any, where: str) -> DimensionRating:
        f = Fields(value, where)
        rating = cls(f.text("group", empty=False), f.text("name", empty=False), f.integer("rating", 1, 5))
        f.done()
        return rating


@dataclass(slots=True)
class WeeklyAssessment:
    """The practice plan's weekly self-assessment: one rating per dimension."""

    TABLE: ClassVar[str] = "assessments"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("id",)

    week_start: date
    recorded: datetime
    ratings: list[DimensionRating] = field(default_factory=list)
    plan_id: str | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)

    @property
    def label(self) -> str:
        return f"week of {self.week_start.isoformat()}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "week_start": self.week_start.isoformat(),
            "recorded": format_instant(self.recorded, "recorded"),
            "ratings": [r.to_dict() for r in self.ratings],
            "plan_id": self.plan_id,
            "notes": self.notes,
        }

    @classmethod
    def from_dict(cls, value: Any, where: str) -> WeeklyAssessment:
        f = Fields(value, where)
        assessment = cls(
            id=f.identifier("id"),
            week_start=f.day("week_start"),
            recorded=f.instant("recorded"),
            ratings=f.items("ratings", DimensionRating.from_dict),
            plan_id=f.optional_text("plan_id"),
            notes=f.text("notes"),
        )
        f.done()
        return assessment


@dataclass(slots=True)
class PlanProgress:
    """A practice plan the user follows: when they started it and which deliverables
    and routine items they ticked (keys chosen by the app, e.g. "week 2/First mock")."""

    TABLE: ClassVar[str] = "plans"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("plan_id",)

    plan_id: str
    plan_title: str
    content_hash: str
    start_date: date
    updated: datetime
    done: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.plan_id

    @property
    def label(self) -> str:
        return f"{self.plan_title or self.plan_id} (started {self.start_date.isoformat()})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "plan_id": self.plan_id,
            "plan_title": self.plan_title,
            "content_hash": self.content_hash,
            "start_date": self.start_date.isoformat(),
            "updated": format_instant(self.updated, "updated"),
            "done": list(self.done),
        }

    @classmethod
    def from_dict(cls, value: Any, where: str) -> PlanProgress:
        f = Fields(value, where)
        progress = cls(
            plan_id=f.text("plan_id", empty=False),
            plan_title=f.text("plan_title"),
            content_hash=f.text("content_hash"),
            start_date=f.day("start_date"),
            updated=f.instant("updated"),
            done=f.texts("done"),
        )
        f.done()
        return progress


@dataclass(slots=True)
class MockRound:
    """One round of a mock as it ran: its clock (pauses excluded), its pauses and the
    feedback areas rated (area name -> 1..5)."""

    kind: str  # a practice RoundKind: behavioral, design, bar_raiser
    seconds: float
    pauses: int
    pause_seconds: float
    ratings: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "seconds": self.seconds,
            "pauses": self.pauses,
            "pause_seconds": self.pause_seconds,
            "ratings": dict(self.ratings),
        }

    @classmethod
    def from_dict(cls, value: Any, where: str) -> MockRound:
        f = Fields(value, where)
        mock_round = cls(
            f.text("kind", empty=False),
            f.number("seconds"),
            f.integer("pauses", 0),
            f.number("pause_seconds"),
            f.mapping("ratings", check_rating),
        )
        f.done()
        return mock_round


def _snapshot(value: Any, where: str) -> dict[str, Any] | None:
    if value is not None and not isinstance(value, dict):
        raise RecordError(where, "expected an object or null")
    return value


@dataclass(slots=True)
class MockRecord:
    """One mock interview. While it runs (status draft) `snapshot` holds the run's own state
    to resume it, and `session_ids` one id per question drawn, for the sessions to come;
    once it is over, it links the answers given, each a normal Session, by id in the order
    asked (a question never asked has none), and keeps the rounds, ratings and verdict."""

    TABLE: ClassVar[str] = "mocks"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("id",)

    format: str  # the command line's word: behavioral, design, bar-raiser, loop
    seed: int
    started: datetime
    status: SessionStatus = SessionStatus.DRAFT
    finished: datetime | None = None
    session_ids: tuple[str, ...] = ()
    rounds: list[MockRound] = field(default_factory=list)
    ratings: dict[str, int] = field(default_factory=dict)  # the mock's own feedback areas (a loop's)
    verdict: str | None = None
    snapshot: dict[str, Any] | None = None
    id: str = field(default_factory=new_id)

    @property
    def label(self) -> str:
        return f"{self.format} mock ({self.started.astimezone(UTC):%Y-%m-%d %H:%M} UTC)"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "format": self.format,
            "seed": self.seed,
            "started": format_instant(self.started, "started"),
            "status": self.status,
            "finished": None if self.finished is None else format_instant(self.finished, "finished"),
            "session_ids": list(self.session_ids),
            "rounds": [r.to_dict() for r in self.rounds],
            "ratings": dict(self.ratings),
            "verdict": self.verdict,
            "snapshot": self.snapshot,
        }

    @classmethod
    def from_dict(cls, value: Any, where: str) -> MockRecord:
        f = Fields(value, where)
        mock = cls(
            id=f.identifier("id"),
            format=f.text("format", empty=False),
            seed=f.integer("seed", 0),
            started=f.instant("started"),
            status=f.choice("status", tuple(SessionStatus)),
            finished=f.optional_instant("finished"),
            session_ids=f.texts("session_ids"),
            rounds=f.items("rounds", MockRound.from_dict),
            ratings=f.mapping("ratings", check_rating),
            verdict=f.optional_text("verdict"),
            snapshot=f.nested("snapshot", _snapshot),
        )
        f.done()
        if mock.finished is not None and mock.finished < mock.started:
            raise RecordError(f.at("finished"), "is before started")
        return mock


Record = Session | Story | ReviewCard | WeeklyAssessment | PlanProgress | MockRecord
RECORD_TYPES: tuple[type[Record], ...] = (Session, Story, ReviewCard, WeeklyAssessment, PlanProgress, MockRecord)


class Decodable(Protocol):
    """A record type: its table, and how it reads itself from JSON values."""

    TABLE: ClassVar[str]

    @classmethod
    def from_dict(cls, value: Any, where: str) -> Self: ...


RecordT = TypeVar("RecordT", bound=Decodable)  # the one record type of a table


def decode_records(docs: dict[str, Any], kind: type[RecordT], source: str) -> tuple[list[RecordT], list[str]]:
    """The table's records that pass the schema, and a warning for each one that does not
    (it stays in the file untouched; only this reading skips it)."""
    records: list[RecordT] = []
    warnings: list[str] = []
    for doc_id, doc in docs.items():
        try:
            records.append(kind.from_dict(doc, f"{kind.TABLE}[{doc_id}]"))
        except RecordError as error:
            warnings.append(f"{source}: skipped {kind.TABLE} record {doc_id}, kept in the file as it is: {error}")
    return records, warnings
