"""What the debrief tells to work on: each line from the grid, the ratings or the clock."""

from systemcraft_tui.practice.debrief import mock_debrief
from systemcraft_tui.practice.mock_formats import BEHAVIORAL, BEHAVIORAL_ROUND, DESIGN_ROUND, LOOP
from systemcraft_tui.practice.mock_results import Outcome
from systemcraft_tui.ui.screens.debrief import reproduce_command, work_on
from tests.practice.test_debrief import _answer, _mock


def test_work_on_names_weak_and_missing_evidence_low_ratings_cut_answers_and_lost_questions():
    answers = [
        _answer("Ownership", score=60),
        _answer("Dive Deep", score=95, outcome=Outcome.MOVED_ON),
        _answer("Earn Trust", asked=False, outcome=Outcome.OUT_OF_TIME),
        _answer("Frugality", score=90, ratings=(4, 4)),
    ]
    design = _answer(None, score=40)
    result = _mock([(BEHAVIORAL_ROUND, answers, (2, 4, 4)), (DESIGN_ROUND, [design], (3, 3, 3))], (3, 3), LOOP)
    lines = work_on(mock_debrief(result))
    assert lines == [
        "Ownership: weak answer (score 60); rehearse it again or pick a stronger story",
        "Dive Deep: weak answer (score 95); rehearse it again or pick a stronger story",
        "Earn Trust: no self-assessed answer, so no evidence either way",
        "Title None: weak answer (score 40); rehearse the design again, phase by phase",
        "Story quality rated 2: A story was there, but the actions were the team's rather than mine, or the result had no number.",
        "Timing: 'Title Dive Deep' ran past its window and was cut off; tighten it",
        "Pace: round 1 ran out of time before 1 question",
    ]


def test_a_strong_mock_has_nothing_to_point_to_and_the_seed_to_draw_it_again():
    result = _mock([(BEHAVIORAL_ROUND, [_answer("Ownership", score=90)], (5, 5, 5))], fmt=BEHAVIORAL)
    assert work_on(mock_debrief(result)) == []
    assert reproduce_command(result.draw) == "systemcraft mock behavioral --seed 1"


def test_the_command_to_draw_again_names_the_library_and_log_it_was_drawn_from(tmp_path):
    from pathlib import Path

    from click.testing import CliRunner

    from systemcraft_tui.cli import main
    from systemcraft_tui.service.settings import Settings

    result = _mock([(BEHAVIORAL_ROUND, [_answer("Ownership", score=90)], (5, 5, 5))], fmt=BEHAVIORAL)
    settings = Settings(content=(Path("my stories"), Path("designs")), data_dir=Path("/tmp/log"))
    command = reproduce_command(result.draw, settings)
    assert command == "systemcraft mock behavioral --seed 1 --content 'my stories' --content designs --data-dir /tmp/log"
    # ... and `mock` takes --content after it, as that command gives it (before: "No such option")
    help_text = CliRunner().invoke(main, ["mock", "--help"]).output
    assert "--content" in help_text
