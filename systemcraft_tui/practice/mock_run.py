"""A mock interview in progress: a state machine over the injected clock.

The mock is a row of parts: for each round an introduction, its questions (each a
`Rehearsal` over the question's plan, so each answer ends as an ordinary `Attempt`) and the
candidate's own questions; between rounds a break the candidate may skip. The screen calls
`poll()` on every refresh and `next()` on a key; both apply the interviewer's rules first:

- MOVE_ON_RULE (below): a long answer is cut off, its remaining steps recorded as cut off.
  The next part starts at the instant of the cut, not when the screen noticed it, so the
  clocks stay right however late `poll()` comes.
- TIME_RULE: a question the round has no time left for is not asked.
- A design round announces the design rehearsal's time checks (25/50/75/90 %).

Pause exists but is counted (number and seconds, per round) for the debrief; a break is
skipped rather than paused. The round's and the loop's clocks count time spent, pauses
excluded.

For the practice service (it saves; nothing here does):
- The draft: while a mock runs, the service autosaves `snapshot()`, plain JSON values, in
  the mock's record with status draft. It holds the draw itself (the same questions after a
  closed terminal, although the log has changed since), the status, start and finish
  instants, the current part, each part's outcome, time per step, notes, checked items and
  cut-off steps, each round's pause tally, and the ratings given so far.
  `MockRun.restore(snapshot, library.items, clock)` continues where it stopped, paused (the
  interruption counts as one pause); a damaged draft or a question whose item has left the
  library raises `MockError` with the reason.
- The record: one mock record per mock (format key, seed, status, start and finish, the
  snapshot while a draft, then for each round its feedback ratings and clock, and the loop's
  ratings and verdict) links its answers by session id, in the order asked. Each answer
  that was asked is saved as a normal Session with `session_from_attempt(run.attempt(r, n),
  ...)`: completed when it ended (done or cut off) and was self-assessed, abandoned when the
  mock was abandoned during it, so history, FSRS and progress count it like any rehearsal.
  A question never asked has no session; the record keeps its outcome (out of time)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from systemcraft_tui.content.model import BehavioralScenario, ContentItem, SystemDesignProblem
from systemcraft_tui.core.fields import MOST
from systemcraft_tui.core.vocabulary import TIMED_STEPS
from systemcraft_tui.core.windows import DEFAULT_PROBE_SECONDS
from systemcraft_tui.practice.assessment import Attempt, Rehearsable, build_attempt, rating_items, red_flag_items
from systemcraft_tui.practice.clock import Clock
from systemcraft_tui.practice.mock_draw import DrawnQuestion, DrawnRound, MockDraw, draw_from_plain, draw_to_plain
from systemcraft_tui.practice.mock_formats import FORMATS, RATINGS, FeedbackArea, MockFormat, RoundKind
from systemcraft_tui.practice.mock_plans import question_plan
from systemcraft_tui.practice.mock_results import AnswerResult, MockResult, Outcome, RoundResult, RunStatus
from systemcraft_tui.practice.plain import PlainError, items, take, take_optional
from systemcraft_tui.practice.rehearsal import Rehearsal
from systemcraft_tui.practice.steps import Step
from systemcraft_tui.practice.timer import Timer

MOVE_ON_SHARE = 0.5
MOVE_ON_CAP_SECONDS = 60
MOVE_ON_RULE = (
    "The interviewer moves on once an answer runs past the maximum of its window by half that "
    "maximum or by 60 seconds, whichever is less: a 6-minute STAR answer is cut at 7 minutes, a "
    "90-second probe at 2 minutes 15 seconds. A STAR answer (or a design's phases) counts as one "
    "answer, and so does each probe; the introduction and the candidate's questions are cut the same way."
)
TIME_RULE = (
    "A question is asked only while the round has time left for the answer's shortest window and "
    "the candidate's questions at their shortest; otherwise the interviewer goes to the candidate's questions."
)
SNAPSHOT_VERSION = 1


def move_on_limit(max_seconds: float) -> float:
    return max_seconds + min(max_seconds * MOVE_ON_SHARE, MOVE_ON_CAP_SECONDS)


class MockError(ValueError):
    """A mock that cannot be built or resumed, with the reason in words."""


class PartKind(StrEnum):
    INTRO = "intro"
    QUESTION = "question"
    CANDIDATE_QUESTIONS = "candidate_questions"
    BREAK = "break"


class EventKind(StrEnum):
    MOVE_ON = "move_on"
    OUT_OF_TIME = "out_of_time"
    TIME_CHECK = "time_check"
    BREAK_OVER = "break_over"
    FINISHED = "finished"


@dataclass(frozen=True)
class Event:
    kind: EventKind
    line: str  # what the interviewer says


CANDIDATE_LINE = "That's all from me. What questions do you have for me?"
NEXT_QUESTION_LINE = "Let's move on to the next question."
TO_CANDIDATE_LINE = "Let's move on: I want to leave time for your questions."
_CUT_LINES = {
    PartKind.INTRO: "Thanks, that's a good start. Let's get into the questions.",
    PartKind.CANDIDATE_QUESTIONS: "We're at time, so I'll stop us there. Thank you.",
}
OUT_OF_TIME_LINE = "We're short on time, so let's go to your questions for me."
BREAK_OVER_LINE = "The break is over: the next round starts now."
FINISHED_LINE = "That's the end of the interview."


@dataclass
class Part:
    kind: PartKind
    round: int | None  # index into the draw's rounds; None for a break
    min_seconds: int
    max_seconds: int
    question: int | None = None  # index into its round's questions
    rehearsal: Rehearsal | None = None
    timer: Timer = field(default_factory=Timer)  # every part but a question
    outcome: Outcome = Outcome.PENDING
    cut_off: tuple[str, ...] = ()

    @property
    def running_timer(self) -> Timer:
        return self.rehearsal.current.timer if self.rehearsal else self.timer


@dataclass
class PauseTally:
    count: int = 0
    seconds: float = 0.0  # pauses ended so far


@dataclass(frozen=True)
class AnswerClock:
    """The clock of what is being said now: elapsed against its window and its move-on limit."""

    elapsed: float
    min_seconds: int
    max_seconds: int
    limit: float


class MockRun:
    def __init__(
        self,
        draw: MockDraw,
        library: Sequence[ContentItem],
        clock: Clock,
        probe_seconds: tuple[int, int] = DEFAULT_PROBE_SECONDS,
    ) -> None:
        self.draw = draw
        self.clock = clock
        found = {item.id: item for item in library}
        self.items: dict[str, Rehearsable] = {}
        for r, drawn in enumerate(draw.rounds):
            for n, question in enumerate(drawn.questions):
                item = found.get(question.item_id)
                if not isinstance(item, (BehavioralScenario, SystemDesignProblem)):
                    raise MockError(f"round {r + 1}, question {n + 1}: {question.item_id!r} is no longer in the library")
                self.items[question.item_id] = item
        self.parts = self._parts(probe_seconds)
        self.index = 0
        self.status = RunStatus.READY
        self.started_at: datetime | None = None
        self.finished_at: datetime | None = None
        self.pauses = [PauseTally() for _ in draw.rounds]
        self._paused_since: float | None = None
        self.answer_ratings: dict[tuple[int, int], tuple[dict[str, int], tuple[str, ...]]] = {}
        self.round_ratings: list[dict[str, int]] = [{} for _ in draw.rounds]
        self.mock_ratings: dict[str, int] = {}

    def _parts(self, probe_seconds: tuple[int, int]) -> list[Part]:
        parts = []
        for r, drawn in enumerate(self.draw.rounds):
            fmt = drawn.format
            if r and self.draw.format.break_seconds:
                parts.append(Part(PartKind.BREAK, None, 0, self.draw.format.break_seconds))
            parts.append(Part(PartKind.INTRO, r, *fmt.intro))
            for n, q in enumerate(drawn.questions):
                plan = question_plan(fmt, self.items[q.item_id], q.probes, q.dive_deeper, probe_seconds)
                rehearsal = Rehearsal(plan, self.clock)
                parts.append(Part(PartKind.QUESTION, r, plan.target_min_seconds, plan.target_max_seconds, n, rehearsal))
            parts.append(Part(PartKind.CANDIDATE_QUESTIONS, r, *fmt.candidate_questions))
        return parts

    # --- what the screen shows ------------------------------------------------------------

    @property
    def current(self) -> Part:
        return self.parts[self.index]

    @property
    def paused(self) -> bool:
        return self._paused_since is not None

    def current_round(self) -> DrawnRound | None:
        return None if self.current.round is None else self.draw.rounds[self.current.round]

    def current_question(self) -> DrawnQuestion | None:
        """The question being answered: show only its `asked` text during the round."""
        part, drawn = self.current, self.current_round()
        return None if part.question is None or drawn is None else drawn.questions[part.question]

    def current_step(self) -> Step | None:
        return self.current.rehearsal.current.step if self.current.rehearsal else None

    def interviewer_line(self) -> str:
        """What the interviewer says to open the current part (a probe's question, say)."""
        part, drawn = self.current, self.current_round()
        if part.kind is PartKind.BREAK or drawn is None:
            return f"A {self.draw.format.break_seconds // 60}-minute break before the next round."
        if part.kind is PartKind.INTRO:
            return drawn.format.intro_line
        if part.kind is PartKind.CANDIDATE_QUESTIONS:
            return CANDIDATE_LINE
        step = self.current_step()
        question = self.current_question()
        return step.prompt if step and step.prompt else question.asked if question else ""

    def answer_clock(self) -> AnswerClock:
        part = self.current
        if part.rehearsal is None:
            limit = part.max_seconds if part.kind is PartKind.BREAK else move_on_limit(part.max_seconds)
            return AnswerClock(part.timer.elapsed(self.clock.monotonic()), part.min_seconds, part.max_seconds, limit)
        rehearsal = part.rehearsal
        step = rehearsal.current.step
        if step.kind in TIMED_STEPS:
            plan = rehearsal.plan
            return AnswerClock(
                rehearsal.total_elapsed(),
                plan.target_min_seconds,
                plan.target_max_seconds,
                move_on_limit(plan.target_max_seconds),
            )
        return AnswerClock(rehearsal.elapsed(), step.min_seconds, step.max_seconds, move_on_limit(step.max_seconds))

    def part_elapsed(self, index: int) -> float:
        part = self.parts[index]
        if part.rehearsal:
            return sum(part.rehearsal.elapsed(k) for k in range(len(part.rehearsal.states)))
        return part.timer.elapsed(self.clock.monotonic())

    def round_elapsed(self, round_index: int) -> float:
        return sum(self.part_elapsed(i) for i, p in enumerate(self.parts) if p.round == round_index)

    def round_remaining(self, round_index: int) -> float:
        return self.draw.rounds[round_index].format.seconds - self.round_elapsed(round_index)

    def loop_elapsed(self) -> float:
        return sum(self.part_elapsed(i) for i in range(len(self.parts)))

    def pause_seconds(self, round_index: int) -> float:
        ongoing = (
            self.clock.monotonic() - self._paused_since
            if self._paused_since is not None and self.current.round == round_index
            else 0.0
        )
        return self.pauses[round_index].seconds + ongoing

    # --- moving through the mock ---------------------------------------------------------

    def start(self) -> None:
        if self.status is RunStatus.READY:
            self.status = RunStatus.RUNNING
            self.started_at = self.clock.utc_now()
            self._enter(0.0)

    def poll(self) -> list[Event]:
        """Apply the interviewer's rules up to now; what the interviewer said, in order."""
        events: list[Event] = []
        while self.status is RunStatus.RUNNING and not self.paused and (fired := self._rules()):
            events += fired
        return events

    def next(self) -> list[Event]:
        """The candidate ends the current step (or part). A key pressed after the interviewer
        has already moved on does not also end the part that follows."""
        before = self.index
        events = self.poll()
        if self.status is not RunStatus.RUNNING or self.index != before:
            return events
        self._end_pause()
        part = self.current
        if part.rehearsal:
            part.rehearsal.next()
            if not part.rehearsal.finished:
                return events
        else:
            part.timer.pause(self.clock.monotonic())
        part.outcome = Outcome.DONE
        return events + self._advance(0.0)

    def skip_break(self) -> list[Event]:
        events = self.poll()
        if self.status is RunStatus.RUNNING and self.current.kind is PartKind.BREAK:
            self.current.timer.pause(self.clock.monotonic())
            self.current.outcome = Outcome.SKIPPED
            events += self._advance(0.0)
        return events

    def toggle_pause(self) -> list[Event]:
        if self.status is not RunStatus.RUNNING:
            return []
        if self.paused:
            self._end_pause()
            return []
        events = self.poll()
        if self.status is RunStatus.RUNNING and self.current.round is not None:
            now = self.clock.monotonic()
            self.current.running_timer.pause(now)
            self._paused_since = now
            self.pauses[self.current.round].count += 1
        return events

    def abandon(self) -> None:
        if self.status is RunStatus.RUNNING:
            self._end_pause()
            part = self.current
            if part.rehearsal:
                part.rehearsal.stop()
            else:
                part.timer.pause(self.clock.monotonic())
            part.outcome = Outcome.ABANDONED
        if self.status in (RunStatus.READY, RunStatus.RUNNING):
            self.status = RunStatus.ABANDONED
            self.finished_at = self.clock.utc_now()

    def _end_pause(self) -> None:
        if self._paused_since is not None and self.current.round is not None:
            now = self.clock.monotonic()
            self.current.running_timer.resume(now)
            self.pauses[self.current.round].seconds += now - self._paused_since
        self._paused_since = None

    def _enter(self, seconds_ago: float) -> None:
        part = self.current
        if part.rehearsal:
            part.rehearsal.start(seconds_ago)
        else:
            part.timer.start(self.clock.monotonic() - seconds_ago)

    def _rules(self) -> list[Event]:
        part = self.current
        events = []
        if part.rehearsal and part.round is not None and self.draw.rounds[part.round].format.kind is RoundKind.DESIGN:
            events = [
                Event(EventKind.TIME_CHECK, f"Time check: {p} % of the design time is gone.")
                for p in part.rehearsal.due_time_checks()
            ]
        clock = self.answer_clock()
        over = clock.elapsed - clock.limit
        if over < 0:
            return events
        if part.rehearsal:
            rehearsal = part.rehearsal
            part.cut_off = tuple(s.step.name for s in rehearsal.states[rehearsal.index + 1 :])
            rehearsal.stop(over)
        else:
            part.timer.pause(self.clock.monotonic() - over)
        part.outcome = Outcome.DONE if part.kind is PartKind.BREAK else Outcome.MOVED_ON
        after = self._advance(over)
        if part.kind is PartKind.BREAK:
            line = BREAK_OVER_LINE
        elif part.kind is PartKind.QUESTION:
            line = (
                NEXT_QUESTION_LINE
                if self.current.kind is PartKind.QUESTION and self.current.round == part.round
                else TO_CANDIDATE_LINE
            )
        else:
            line = _CUT_LINES[part.kind]
        return [*events, Event(EventKind.BREAK_OVER if part.kind is PartKind.BREAK else EventKind.MOVE_ON, line), *after]

    def _advance(self, seconds_ago: float) -> list[Event]:
        """Go to the next part, started `seconds_ago`; skip the questions the round has no time
        left for; finish after the last part."""
        if self.index + 1 >= len(self.parts):
            self.status = RunStatus.FINISHED
            self.finished_at = self.clock.utc_now() - timedelta(seconds=seconds_ago)
            return [Event(EventKind.FINISHED, FINISHED_LINE)]
        self.index += 1
        events = []
        part = self.current
        if part.kind is PartKind.QUESTION and part.round is not None:
            fmt = self.draw.rounds[part.round].format
            if self.round_remaining(part.round) < part.min_seconds + fmt.candidate_questions[0]:
                while self.current.kind is PartKind.QUESTION:
                    self.current.outcome = Outcome.OUT_OF_TIME
                    self.index += 1
                events.append(Event(EventKind.OUT_OF_TIME, OUT_OF_TIME_LINE))
        self._enter(seconds_ago)
        return events

    # --- self-assessment and feedback ------------------------------------------------------

    def question_part(self, round_index: int, question: int) -> Part:
        found = next((p for p in self.parts if p.round == round_index and p.question == question), None)
        if found is None:
            raise ValueError(f"the mock has no question {question + 1} in round {round_index + 1}")
        return found

    def rate_answer(self, round_index: int, question: int, ratings: Mapping[str, int], red_flags: Sequence[str] = ()) -> None:
        """The per-answer self-assessment, once the answer has ended."""
        part = self.question_part(round_index, question)
        item = self.items[self.draw.rounds[round_index].questions[question].item_id]
        where = f"round {round_index + 1}, question {question + 1}"
        if (
            part.outcome not in (Outcome.DONE, Outcome.MOVED_ON, Outcome.ABANDONED)
            or part.rehearsal is None
            or part.rehearsal.started_at is None
        ):
            raise ValueError(f"{where}: only an answer that was given and has ended is assessed")
        _check_ratings(ratings, rating_items(item), where)
        unknown = [flag for flag in red_flags if flag not in red_flag_items(item)]
        if unknown:
            raise ValueError(f"{where}: not a red flag of this scenario: {unknown[0]!r}")
        self.answer_ratings[(round_index, question)] = (dict(ratings), tuple(dict.fromkeys(red_flags)))

    def answer_rated(self, round_index: int, question: int) -> bool:
        """Every item of the answer rated: its self-assessment is whole (ratings given
        part-way are kept for a resume, but are not one)."""
        ratings = self.answer_ratings.get((round_index, question), ({}, ()))[0]
        item = self.items[self.draw.rounds[round_index].questions[question].item_id]
        return bool(ratings) and all(label in ratings for label in rating_items(item))

    def unrate_answer(self, round_index: int, question: int) -> None:
        """The answer left unrated: any ratings given part-way are dropped."""
        self.answer_ratings.pop((round_index, question), None)

    def rate_round(self, round_index: int, ratings: Mapping[str, int]) -> None:
        """The round's feedback areas, once the round is over."""
        if not 0 <= round_index < len(self.draw.rounds):
            raise ValueError(f"the mock has no round {round_index + 1}")
        if any(p.round == round_index and p.outcome is Outcome.PENDING for p in self.parts):
            raise ValueError(f"round {round_index + 1} is not over yet")
        _check_ratings(ratings, _names(self.draw.rounds[round_index].format.areas), f"round {round_index + 1}")
        self.round_ratings[round_index] = dict(ratings)

    def rate_mock(self, ratings: Mapping[str, int]) -> None:
        """The mock's own feedback areas (a loop's), once it is over."""
        if self.status not in (RunStatus.FINISHED, RunStatus.ABANDONED):
            raise ValueError("the mock is not over yet")
        _check_ratings(ratings, _names(self.draw.format.areas), self.draw.format.title)
        self.mock_ratings = dict(ratings)

    def attempt(self, round_index: int, question: int) -> Attempt | None:
        """The answer as an ordinary attempt, assessed and scored as far as it has been rated;
        None for a question never asked."""
        part = self.question_part(round_index, question)
        if part.rehearsal is None or part.rehearsal.started_at is None:
            return None
        item = self.items[self.draw.rounds[round_index].questions[question].item_id]
        attempt = build_attempt(item, part.rehearsal)
        ratings, flags = self.answer_ratings.get((round_index, question), ({}, ()))
        attempt.ratings, attempt.red_flags = dict(ratings), list(flags)
        attempt.rescore()
        return attempt

    def result(self) -> MockResult:
        rounds = []
        for r, drawn in enumerate(self.draw.rounds):
            answers = []
            for n, question in enumerate(drawn.questions):
                part = self.question_part(r, n)
                item = self.items[question.item_id]
                principles = tuple(item.canonical_principles) if isinstance(item, BehavioralScenario) else ()
                seconds = part.rehearsal.total_elapsed() if part.rehearsal else 0.0
                window = (part.min_seconds, part.max_seconds)
                answers.append(
                    AnswerResult(
                        question, item.title, principles, part.outcome, self.attempt(r, n), part.cut_off, seconds, window
                    )
                )
            tally = self.pauses[r]
            rounds.append(
                RoundResult(
                    r + 1,
                    drawn,
                    tuple(answers),
                    self.round_elapsed(r),
                    tally.count,
                    self.pause_seconds(r),
                    dict(self.round_ratings[r]),
                )
            )
        skipped = sum(1 for p in self.parts if p.outcome is Outcome.SKIPPED)
        return MockResult(self.draw, self.status, tuple(rounds), self.loop_elapsed(), dict(self.mock_ratings), skipped)

    # --- the draft --------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """The whole state as plain JSON values."""
        return {
            "version": SNAPSHOT_VERSION,
            "draw": draw_to_plain(self.draw),
            "status": self.status.value,
            "started_at": _instant(self.started_at),
            "finished_at": _instant(self.finished_at),
            "index": self.index,
            "parts": [self._part_plain(i) for i in range(len(self.parts))],
            "pauses": [{"count": t.count, "seconds": self.pause_seconds(r)} for r, t in enumerate(self.pauses)],
            "answer_ratings": [
                {"round": r, "question": n, "ratings": dict(ratings), "red_flags": list(flags)}
                for (r, n), (ratings, flags) in sorted(self.answer_ratings.items())
            ],
            "round_ratings": [dict(r) for r in self.round_ratings],
            "mock_ratings": dict(self.mock_ratings),
        }

    def _part_plain(self, index: int) -> dict[str, Any]:
        part = self.parts[index]
        plain: dict[str, Any] = {"outcome": part.outcome.value, "cut_off": list(part.cut_off)}
        if part.rehearsal is None:
            return plain | {"elapsed": [part.timer.elapsed(self.clock.monotonic())]}
        rehearsal = part.rehearsal
        return plain | {
            "elapsed": [rehearsal.elapsed(k) for k in range(len(rehearsal.states))],
            "notes": [s.notes for s in rehearsal.states],
            "checked": [list(s.checked) for s in rehearsal.states],
            "step": rehearsal.index,
            "started_at": _instant(rehearsal.started_at),
            "finished_at": _instant(rehearsal.finished_at),
        }

    @classmethod
    def restore(
        cls,
        snapshot: Any,
        library: Sequence[ContentItem],
        clock: Clock,
        probe_seconds: tuple[int, int] = DEFAULT_PROBE_SECONDS,
        formats: Mapping[str, MockFormat] = FORMATS,
    ) -> MockRun:
        """The run a snapshot was taken of, waiting paused on the part it was at."""
        try:
            return cls._restore(snapshot, library, clock, probe_seconds, formats)
        except (PlainError, ValueError) as error:
            raise MockError(f"the mock draft cannot be resumed: {error}") from None

    @classmethod
    def _restore(
        cls,
        snapshot: Any,
        library: Sequence[ContentItem],
        clock: Clock,
        probe_seconds: tuple[int, int],
        formats: Mapping[str, MockFormat],
    ) -> MockRun:
        where = "mock"
        if (version := take(snapshot, "version", int, where)) != SNAPSHOT_VERSION:
            raise PlainError(f"{where}.version is {version}; this app reads version {SNAPSHOT_VERSION}")
        run = cls(draw_from_plain(take(snapshot, "draw", dict, where), formats, f"{where}.draw"), library, clock, probe_seconds)
        plains = items(snapshot, "parts", dict, where)
        if len(plains) != len(run.parts):
            raise PlainError(f"{where}.parts: {len(plains)} parts, but the draw makes {len(run.parts)}")
        run.status = RunStatus(take(snapshot, "status", str, where))
        run.index = take(snapshot, "index", int, where)
        if not 0 <= run.index < len(run.parts):
            raise PlainError(f"{where}.index: no part {run.index}")
        run.started_at = _when(take_optional(snapshot, "started_at", str, where))
        run.finished_at = _when(take_optional(snapshot, "finished_at", str, where))
        now = clock.monotonic()
        for i, (part, plain) in enumerate(zip(run.parts, plains, strict=True)):
            run._restore_part(part, plain, f"{where}.parts[{i}]", now)
        for r, plain in enumerate(items(snapshot, "pauses", dict, where)[: len(run.pauses)]):
            run.pauses[r] = PauseTally(
                take(plain, "count", int, f"{where}.pauses[{r}]"), take(plain, "seconds", float, f"{where}.pauses[{r}]")
            )
        for i, plain in enumerate(items(snapshot, "answer_ratings", dict, where)):
            at = f"{where}.answer_ratings[{i}]"
            run.rate_answer(
                take(plain, "round", int, at),
                take(plain, "question", int, at),
                take(plain, "ratings", dict, at),
                items(plain, "red_flags", str, at),
            )
        for r, ratings in enumerate(items(snapshot, "round_ratings", dict, where)):
            if ratings:
                run.rate_round(r, ratings)
        if mock_ratings := take(snapshot, "mock_ratings", dict, where):
            run.rate_mock(mock_ratings)
        if run.status is RunStatus.RUNNING and run.current.round is not None:
            run._paused_since = now  # its timers were restored paused: the interruption is a pause
            run.pauses[run.current.round].count += 1
        elif run.status is RunStatus.RUNNING:
            run.current.timer.resume(now)  # a break keeps running: breaks are skipped, not paused
        return run

    def _restore_part(self, part: Part, plain: Any, where: str, now: float) -> None:
        part.outcome = Outcome(take(plain, "outcome", str, where))
        part.cut_off = tuple(items(plain, "cut_off", str, where))
        elapsed = items(plain, "elapsed", float, where)
        if not all(0 <= seconds <= MOST for seconds in elapsed):  # a clock set from years before the year 1 overflows
            raise PlainError(f"{where}.elapsed: every time must be from 0 to {MOST:,} seconds")
        if part.rehearsal is None:
            seconds = elapsed[0] if elapsed else 0.0
            if seconds > 0 or (part is self.current and self.status is RunStatus.RUNNING):
                part.timer = Timer(started_at=now - seconds, paused_at=now)
            return
        started = _when(take_optional(plain, "started_at", str, where))
        if started is None:
            return
        notes = items(plain, "notes", str, where)
        checked = [
            [take(ticks, k, str, f"{where}.checked[{j}]") for k in range(len(ticks))]
            for j, ticks in enumerate(items(plain, "checked", list, where))
        ]
        part.rehearsal.restore(elapsed, notes, checked, take(plain, "step", int, where), started)
        part.rehearsal.finished_at = _when(take_optional(plain, "finished_at", str, where))
        part.rehearsal.due_time_checks()  # those reached were announced before the draft was kept


def _names(areas: Sequence[FeedbackArea]) -> list[str]:
    return [a.name for a in areas]


def _check_ratings(ratings: Mapping[str, int], allowed: Sequence[str], where: str) -> None:
    for name, value in ratings.items():
        if name not in allowed:
            raise ValueError(f"{where}: {name!r} is not rated here")
        if isinstance(value, bool) or value not in RATINGS:
            raise ValueError(f"{where}: {name!r} is rated 1 to 5, not {value!r}")


def _instant(when: datetime | None) -> str | None:
    return None if when is None else when.isoformat()


def _when(text: str | None) -> datetime | None:
    if text is None:
        return None
    when = datetime.fromisoformat(text)
    if when.tzinfo is None:
        raise PlainError(f"instant {text!r} has no time zone")
    return when
