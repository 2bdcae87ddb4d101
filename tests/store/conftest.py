"""Fixtures for the practice-log tests: every test gets its own data folder, and the
user's real data folder is never touched."""

from __future__ import annotations

import pytest

from systemcraft_tui.locations import DATA_DIR_ENV
from systemcraft_tui.store import PracticeLog
from tests.store import factories


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env-data"))


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def log(data_dir) -> PracticeLog:
    return PracticeLog.open(data_dir)


@pytest.fixture
def seeded(data_dir) -> PracticeLog:
    """A log holding a little of everything: sessions across files, stories, cards, assessments, a plan."""
    log = PracticeLog.open(data_dir)
    factories.seed(log, 130, notes_chars=300)
    return log
