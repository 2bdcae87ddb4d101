"""What a mock run leaves for its debrief: per round, each question's outcome and its
answer as an ordinary `Attempt`, the round's clock, its pauses and its feedback ratings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from systemcraft_tui.practice.assessment import Attempt
from systemcraft_tui.practice.mock_draw import DrawnQuestion, DrawnRound, MockDraw


class RunStatus(StrEnum):
    READY = "ready"  # drawn, not started
    RUNNING = "running"
    FINISHED = "finished"
    ABANDONED = "abandoned"


class Outcome(StrEnum):
    """How a part of the mock (an introduction, a question, a break...) ended."""

    PENDING = "pending"  # not ended: not reached yet, or under way
    DONE = "done"  # ended by the candidate
    MOVED_ON = "moved_on"  # cut off by the interviewer at the move-on limit
    OUT_OF_TIME = "out_of_time"  # a question never asked: the round ran out of time
    SKIPPED = "skipped"  # a break the candidate skipped
    ABANDONED = "abandoned"  # the mock was abandoned during it


@dataclass(frozen=True)
class AnswerResult:
    question: DrawnQuestion
    title: str  # revealed in the debrief, hidden during the round
    principles: tuple[str, ...]  # the item's own, revealed in the debrief
    outcome: Outcome
    attempt: Attempt | None  # None when the question was never asked
    cut_off: tuple[str, ...]  # steps the interviewer did not reach after moving on
    answer_seconds: float  # the STAR answer or the design's phases
    window: tuple[int, int]  # the answer's window from the content

    @property
    def assessed(self) -> bool:
        return self.attempt is not None and bool(self.attempt.ratings)


@dataclass(frozen=True)
class RoundResult:
    number: int  # 1-based, in the order the rounds ran
    drawn: DrawnRound
    answers: tuple[AnswerResult, ...]
    seconds: float  # the round's clock: time spent, pauses excluded
    pauses: int
    pause_seconds: float
    ratings: Mapping[str, int]  # feedback area -> 1..5


@dataclass(frozen=True)
class MockResult:
    draw: MockDraw
    status: RunStatus
    rounds: tuple[RoundResult, ...]
    seconds: float  # the loop's clock: every round and break, pauses excluded
    ratings: Mapping[str, int]  # the mock's own feedback areas (a loop's) -> 1..5
    breaks_skipped: int
