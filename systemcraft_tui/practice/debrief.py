"""The debrief of a mock: per round, the format's feedback areas as the candidate rated them
(with what each rating means) and each answer's result; for the whole mock, the principle
evidence grid and a hire-bar verdict derived by a rule the screen shows word for word,
with the line that decided it and its figures."""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from systemcraft_tui.core.windows import shown
from systemcraft_tui.practice.mock_formats import FeedbackArea
from systemcraft_tui.practice.mock_results import AnswerResult, MockResult, Outcome, RoundResult

STRONG_SCORE = 70  # the score from which a rehearsal's card is reviewed as "Good" (card_review.py)
STRONG_LEAST_RATING = 3
EVIDENCE_RULE = (
    f"An answer is strong when it was self-assessed, scored {STRONG_SCORE} or more, was not cut off by "
    f"the interviewer and no self-assessment item got less than {STRONG_LEAST_RATING}; weak when it was "
    "self-assessed but is not strong. A principle (each one a round owned) shows its best answer, and "
    "none when no answer on it was self-assessed; so does each design problem asked."
)


class Evidence(StrEnum):
    STRONG = "strong"
    WEAK = "weak"
    NONE = "none"


class VerdictLabel(StrEnum):
    NOT_ENOUGH = "Not enough evidence"
    RAISES_THE_BAR = "Raises the bar"
    HIRE = "Hire"
    NOT_YET = "Not yet"


# Read from the top: the first line that holds decides.
VERDICT_RULE: tuple[tuple[VerdictLabel, str], ...] = (
    (
        VerdictLabel.NOT_ENOUGH,
        (
            "a feedback area of a round or of the mock is left unrated, or a third or more of the principles "
            "and design problems asked have no self-assessed answer"
        ),
    ),
    (
        VerdictLabel.RAISES_THE_BAR,
        "every principle and design problem asked has a strong answer, and every feedback area is rated 4 or 5",
    ),
    (
        VerdictLabel.HIRE,
        (
            "at least two thirds of the principles and design problems asked have a strong answer, and each "
            "round's mean feedback rating (and the mock's) is 3 or more"
        ),
    ),
    (VerdictLabel.NOT_YET, "anything else; the grid shows which principles to work on"),
)


def verdict_rule_text() -> list[str]:
    return [f"{label}: {condition}." for label, condition in VERDICT_RULE]


def answer_evidence(answer: AnswerResult) -> Evidence:
    attempt = answer.attempt
    if attempt is None or not answer.assessed:
        return Evidence.NONE
    strong = (
        attempt.score >= STRONG_SCORE
        and answer.outcome is not Outcome.MOVED_ON
        and min(attempt.ratings.values()) >= STRONG_LEAST_RATING
    )
    return Evidence.STRONG if strong else Evidence.WEAK


def _best(evidence: Sequence[Evidence]) -> Evidence:
    for level in (Evidence.STRONG, Evidence.WEAK):
        if level in evidence:
            return level
    return Evidence.NONE


@dataclass(frozen=True)
class AreaRating:
    area: FeedbackArea
    rating: int | None  # None until rated

    @property
    def meaning(self) -> str | None:
        return None if self.rating is None else self.area.meaning(self.rating)


@dataclass(frozen=True)
class AnswerDebrief:
    answer: AnswerResult
    evidence: Evidence


@dataclass(frozen=True)
class RoundDebrief:
    round: RoundResult
    areas: tuple[AreaRating, ...]
    answers: tuple[AnswerDebrief, ...]

    @property
    def over_seconds(self) -> int:
        """How far the round's clock ran past its length (negative: time to spare), from the
        whole seconds its clock shows, so the figures side by side agree."""
        return shown(self.round.seconds) - self.round.drawn.format.seconds


@dataclass(frozen=True)
class EvidenceRow:
    subject: str  # a principle, or a design problem's title
    evidence: Evidence
    answers: tuple[AnswerDebrief, ...]


@dataclass(frozen=True)
class Verdict:
    label: VerdictLabel
    because: str  # the rule's deciding line with this mock's figures
    rule: tuple[str, ...]  # the whole rule, as shown


@dataclass(frozen=True)
class MockDebrief:
    rounds: tuple[RoundDebrief, ...]
    areas: tuple[AreaRating, ...]  # the mock's own (a loop's)
    grid: tuple[EvidenceRow, ...]  # one row per principle a round owned
    designs: tuple[EvidenceRow, ...]  # one row per design problem asked
    verdict: Verdict


def _areas(areas: Sequence[FeedbackArea], ratings: Mapping[str, int]) -> tuple[AreaRating, ...]:
    return tuple(AreaRating(area, ratings.get(area.name)) for area in areas)


def round_debrief(result: RoundResult) -> RoundDebrief:
    answers = tuple(AnswerDebrief(a, answer_evidence(a)) for a in result.answers)
    return RoundDebrief(result, _areas(result.drawn.format.areas, result.ratings), answers)


def mock_debrief(result: MockResult) -> MockDebrief:
    rounds = tuple(round_debrief(r) for r in result.rounds)
    answers = [a for r in rounds for a in r.answers]
    grid = tuple(
        EvidenceRow(p, _best([a.evidence for a in on]), on)
        for p in result.draw.principles
        if (on := tuple(a for a in answers if a.answer.question.principle == p))
    )
    designs = tuple(
        EvidenceRow(a.answer.title, a.evidence, (a,)) for r in rounds if not r.round.drawn.principles for a in r.answers
    )
    areas = _areas(result.draw.format.areas, result.ratings)
    return MockDebrief(rounds, areas, grid, designs, verdict(rounds, areas, grid + designs))


def verdict(rounds: Sequence[RoundDebrief], mock_areas: Sequence[AreaRating], rows: Sequence[EvidenceRow]) -> Verdict:
    rule = tuple(verdict_rule_text())

    def decided(label: VerdictLabel, figures: str) -> Verdict:
        return Verdict(label, f"{label}: {figures}.", rule)

    groups = [(f"round {r.round.number}", r.areas) for r in rounds] + ([("the mock", tuple(mock_areas))] if mock_areas else [])
    unrated = [name for name, areas in groups if any(a.rating is None for a in areas)]
    total = len(rows)
    strong = sum(1 for row in rows if row.evidence is Evidence.STRONG)
    missing = sum(1 for row in rows if row.evidence is Evidence.NONE)
    if unrated:
        return decided(VerdictLabel.NOT_ENOUGH, "feedback areas left unrated for " + ", ".join(unrated))
    if total == 0 or 3 * missing >= total:
        return decided(
            VerdictLabel.NOT_ENOUGH, f"{missing} of {total} principles and design problems asked have no self-assessed answer"
        )
    ratings = [a.rating for _, areas in groups for a in areas if a.rating is not None]
    means = [(name, statistics.fmean(a.rating for a in areas if a.rating is not None)) for name, areas in groups if areas]
    share = f"{strong} of {total} principles and design problems asked have a strong answer"
    if strong == total and min(ratings, default=0) >= 4:
        return decided(VerdictLabel.RAISES_THE_BAR, f"{share}; the lowest feedback rating is {min(ratings)}")
    lowest_name, lowest_mean = min(means, key=lambda m: m[1], default=("no round", 0.0))
    lowest = f"the lowest mean feedback rating is {lowest_mean:.1f} ({lowest_name})"
    needed = math.ceil(2 * total / 3)
    if strong >= needed and lowest_mean >= 3:
        return decided(VerdictLabel.HIRE, f"{share} (two thirds is {needed}); {lowest}")
    return decided(VerdictLabel.NOT_YET, f"{share} (Hire needs {needed}); {lowest}")
