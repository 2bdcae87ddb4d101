"""The debrief's rules: strong and weak answers, the evidence grid and each verdict."""

from datetime import UTC, datetime

import pytest

from systemcraft_tui.practice.assessment import Attempt
from systemcraft_tui.practice.debrief import (
    EVIDENCE_RULE,
    Evidence,
    VerdictLabel,
    answer_evidence,
    mock_debrief,
    verdict_rule_text,
)
from systemcraft_tui.practice.mock_draw import DrawnQuestion, DrawnRound, MockDraw
from systemcraft_tui.practice.mock_formats import BEHAVIORAL_ROUND, DESIGN_ROUND, LOOP
from systemcraft_tui.practice.mock_results import AnswerResult, MockResult, Outcome, RoundResult, RunStatus

WHEN = datetime(2026, 11, 2, 9, tzinfo=UTC)


def _answer(principle, score=80, ratings=(4, 4), outcome=Outcome.DONE, asked=True):
    question = DrawnQuestion(f"id-{principle}", "h", "Tell me.", principle, "drawn at random")
    attempt = None
    if asked:
        attempt = Attempt(f"id-{principle}", f"Title {principle}", "behavioral", ("L6",), "h", "full", WHEN, WHEN, [], [])
        attempt.ratings, attempt.score = {f"item {i}": r for i, r in enumerate(ratings)}, score
    return AnswerResult(question, f"Title {principle}", (principle,) if principle else (), outcome, attempt, (), 300.0, (240, 360))


def _mock(rounds, mock_ratings=None, fmt=LOOP):
    """Rounds given as (round format, answers, area ratings)."""
    drawn, results = [], []
    for n, (round_format, answers, ratings) in enumerate(rounds):
        principles = tuple(dict.fromkeys(a.question.principle for a in answers if a.question.principle))
        drawn.append(DrawnRound(n, round_format, principles, tuple(a.question for a in answers)))
        areas = dict(zip([a.name for a in round_format.areas], ratings, strict=False))
        results.append(RoundResult(n + 1, drawn[-1], tuple(answers), 2400.0, 0, 0.0, areas))
    by_area = dict(zip([a.name for a in fmt.areas], mock_ratings or (), strict=False))
    return MockResult(MockDraw(fmt, 1, tuple(drawn)), RunStatus.FINISHED, tuple(results), 5000.0, by_area, 0)


@pytest.mark.parametrize(
    ("answer", "evidence"),
    [
        (_answer("Ownership", score=70, ratings=(3, 5)), Evidence.STRONG),
        (_answer("Ownership", score=69), Evidence.WEAK),
        (_answer("Ownership", score=95, ratings=(5, 2)), Evidence.WEAK),
        (_answer("Ownership", score=95, outcome=Outcome.MOVED_ON), Evidence.WEAK),
        (_answer("Ownership", ratings=()), Evidence.NONE),  # not self-assessed
        (_answer("Ownership", asked=False, outcome=Outcome.OUT_OF_TIME), Evidence.NONE),
    ],
)
def test_strong_and_weak_answers(answer, evidence):
    assert answer_evidence(answer) is evidence


def test_the_grid_shows_each_principles_best_answer_and_the_design_row():
    first = [_answer("Ownership", score=50), _answer("Ownership", score=90), _answer("Frugality", score=40)]
    design = [_answer(None, score=75)]
    debrief = mock_debrief(_mock([(BEHAVIORAL_ROUND, first, (4, 4, 4)), (DESIGN_ROUND, design, (4, 4, 4))], (4, 4)))
    assert [(row.subject, row.evidence, len(row.answers)) for row in debrief.grid] == [
        ("Ownership", Evidence.STRONG, 2),
        ("Frugality", Evidence.WEAK, 1),
    ]
    assert [(row.subject, row.evidence) for row in debrief.designs] == [("Title None", Evidence.STRONG)]


def test_each_verdict_and_the_line_that_decided_it():
    strong, weak = _answer("Ownership"), _answer("Frugality", score=40)
    cases = [
        ([strong, _answer("Dive Deep")], (4, None, 4), (4, 4), "Not enough evidence: feedback areas left unrated for round 1."),
        ([strong, _answer("Dive Deep")], (4, 4, 4), None, "Not enough evidence: feedback areas left unrated for the mock."),
        (
            [strong, _answer("Dive Deep"), _answer("Frugality", ratings=())],
            (4, 4, 4),
            (4, 4),
            "Not enough evidence: 1 of 3 principles and design problems asked have no self-assessed answer.",
        ),
        (
            [strong, _answer("Dive Deep"), _answer("Think Big")],
            (4, 5, 4),
            (4, 4),
            "Raises the bar: 3 of 3 principles and design problems asked have a strong answer; the lowest feedback rating is 4.",
        ),
        (
            [strong, _answer("Dive Deep"), weak],
            (3, 3, 3),
            (4, 3),
            ("Hire: 2 of 3 principles and design problems asked have a strong answer (two thirds is 2); "
             "the lowest mean feedback rating is 3.0 (round 1)."),
        ),
        (
            [strong, _answer("Dive Deep"), _answer("Think Big")],
            (5, 5, 3),
            (5, 5),
            ("Hire: 3 of 3 principles and design problems asked have a strong answer (two thirds is 2); "
             "the lowest mean feedback rating is 4.3 (round 1)."),
        ),
        (
            [strong, _answer("Dive Deep"), weak],
            (3, 2, 3),
            (4, 4),
            ("Not yet: 2 of 3 principles and design problems asked have a strong answer (Hire needs 2); "
             "the lowest mean feedback rating is 2.7 (round 1)."),
        ),
        (
            [strong, _answer("Dive Deep", score=10), weak],
            (5, 5, 5),
            (5, 5),
            ("Not yet: 1 of 3 principles and design problems asked have a strong answer (Hire needs 2); "
             "the lowest mean feedback rating is 5.0 (round 1)."),
        ),
    ]
    for answers, areas, mock_ratings, because in cases:
        verdict = mock_debrief(_mock([(BEHAVIORAL_ROUND, answers, areas)], mock_ratings)).verdict
        assert verdict.because == because
        assert verdict.label is VerdictLabel(because.split(":")[0])
        assert verdict.rule == tuple(verdict_rule_text())


def test_the_rules_are_written_out_for_the_screen():
    assert [line.split(":")[0] for line in verdict_rule_text()] == ["Not enough evidence", "Raises the bar", "Hire", "Not yet"]
    assert "scored 70 or more" in EVIDENCE_RULE
