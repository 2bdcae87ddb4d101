"""Mocks read back from the log: their lines over time, and the plan deliverables they complete."""

from datetime import UTC, date, datetime, timedelta

import pytest

from systemcraft_tui.core.records import MockRecord, MockRound
from systemcraft_tui.practice.mock_log import ANY_FORMAT, completing_mock, deliverable_format, mock_lines

T0 = datetime(2026, 11, 10, 7, 30, tzinfo=UTC)


def _mock(key="behavioral", days=0, status="completed", ratings=(4, 2), verdict="Hire") -> MockRecord:
    rounds = [MockRound("behavioral", 2600.0, 0, 0.0, {f"area {n}": r for n, r in enumerate(ratings)})]
    return MockRecord(key, 1, T0 + timedelta(days=days), status, None, ("a", "b", "c"), rounds, {}, verdict)


@pytest.mark.parametrize(("text", "key"), [
    ("First behavioral mock completed with written feedback and three concrete changes", "behavioral"),
    ("System design mock completed with feedback written up and the weakest section redone", "design"),
    ("Bar-raiser-style behavioral mock completed with all scores at 3 or higher", "bar-raiser"),
    ("Comprehensive mock completed: three rounds in one morning", "loop"),
    ("Final mock completed with feedback positive in both rounds", ANY_FORMAT),
    ("Practice slot blocked in the calendar for all twelve weeks and a mock partner identified", None),
    ("6 polished STAR stories", None),
])  # fmt: skip
def test_a_deliverable_names_the_mock_it_asks_for(text, key):
    assert deliverable_format(text) == key


def test_a_deliverable_is_completed_by_a_finished_mock_of_its_format_within_its_week():
    week = (date(2026, 11, 9), date(2026, 11, 15))
    text = "First behavioral mock completed with written feedback"
    found = _mock(days=2)
    assert completing_mock(text, [_mock("design", 1), _mock(status="abandoned"), found], *week, UTC) is found
    assert completing_mock(text, [_mock(days=6)], *week, UTC) is None  # 16 Nov: the next week
    assert completing_mock(text, [_mock(status="draft")], *week, UTC) is None
    assert completing_mock("Final mock completed", [_mock("loop", 3)], *week, UTC) is not None
    assert completing_mock("6 polished STAR stories", [found], *week, UTC) is None


def test_lines_leave_drafts_out_and_average_every_rating_given():
    lines = mock_lines([_mock(days=3, ratings=(5,)), _mock(status="draft"), _mock("loop", 1, "abandoned", (), None)])
    assert [(line.title, line.mean_rating, line.verdict) for line in lines] == [
        ("Full loop simulation", None, None),
        ("45-minute behavioral interview", 5.0, "Hire"),
    ]
