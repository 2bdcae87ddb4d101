"""Mocks as the log keeps them, read for progress and for a followed plan: each finished
mock's line over time, and which plan deliverables ("First behavioral mock completed ...")
a mock in the log completes."""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from systemcraft_tui.core.records import MockRecord
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.practice.mock_formats import FORMATS

_MOCK = re.compile(r"\bmocks?\b", re.IGNORECASE)
_COMPLETED = re.compile(r"\bcompleted?\b", re.IGNORECASE)
# The first that matches names the format; a deliverable naming none ("Final mock
# completed") is completed by a mock of any format.
_FORMAT_WORDS = (
    ("bar-raiser", re.compile(r"\bbar[- ]raiser", re.IGNORECASE)),
    ("loop", re.compile(r"\b(?:loop|comprehensive|full mock)\b", re.IGNORECASE)),
    ("design", re.compile(r"\b(?:design|technical)\b", re.IGNORECASE)),
    ("behavioral", re.compile(r"\bbehaviou?ral\b", re.IGNORECASE)),
)
ANY_FORMAT = "any"


@dataclass(frozen=True)
class MockLine:
    started: datetime
    title: str  # the format's title, or its key when this version has no such format
    status: SessionStatus
    verdict: str | None
    mean_rating: float | None  # over every feedback area rated, rounds' and the mock's
    answers: int  # questions asked


def mock_lines(mocks: Iterable[MockRecord]) -> list[MockLine]:
    """Every mock that ended (completed or abandoned), oldest first."""
    lines = []
    for mock in sorted(mocks, key=lambda m: m.started):
        if mock.status == SessionStatus.DRAFT:
            continue
        ratings = [*(v for r in mock.rounds for v in r.ratings.values()), *mock.ratings.values()]
        fmt = FORMATS.get(mock.format)
        mean = statistics.fmean(ratings) if ratings else None
        lines.append(
            MockLine(mock.started, fmt.title if fmt else mock.format, mock.status, mock.verdict, mean, len(mock.session_ids))
        )
    return lines


def deliverable_format(text: str) -> str | None:
    """The mock format a plan deliverable asks to complete (ANY_FORMAT when it names none);
    None when it is not about completing a mock."""
    if not (_MOCK.search(text) and _COMPLETED.search(text)):
        return None
    return next((key for key, words in _FORMAT_WORDS if words.search(text)), ANY_FORMAT)


def completing_mock(text: str, mocks: Iterable[MockRecord], first_day: date, last_day: date, tz: tzinfo) -> MockRecord | None:
    """The first completed mock of the deliverable's format run from `first_day` to
    `last_day` (local days, both included), else None."""
    wanted = deliverable_format(text)
    if wanted is None:
        return None
    for mock in sorted(mocks, key=lambda m: m.started):
        day = mock.started.astimezone(tz).date()
        if mock.status == SessionStatus.COMPLETED and first_day <= day <= last_day and wanted in (ANY_FORMAT, mock.format):
            return mock
    return None
