"""A deterministic practice log for the progress and history screens' tests and pictures:
the factories' history moved so that it ends the day before `now`, three own stories,
the fixture plan followed since 18 days, and two weekly assessments.

To look at the screens by hand on such a log:

    uv run python -m tests.ui.seeded_log /tmp/seeded 150
    SYSTEMCRAFT_DATA_DIR=/tmp/seeded uv run systemcraft --content tests/fixtures/content
"""

from __future__ import annotations

import dataclasses
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from systemcraft_tui.core.records import DimensionRating, PlanProgress, WeeklyAssessment
from systemcraft_tui.store import PracticeLog
from tests.store import factories

NOW = datetime(2024, 2, 14, 12, 0, tzinfo=UTC)
PLAN_ID = "plan"  # tests/fixtures/content/plan.md


def seed_log(data_dir: Path | str, sessions: int = 150, now: datetime = NOW) -> PracticeLog:
    log = PracticeLog.open(data_dir)
    history = factories.history(sessions, notes_chars=300)
    shift = (now - timedelta(hours=16)) - max(s.started for s in history)
    moved = [
        dataclasses.replace(s, started=s.started + shift, finished=s.finished + shift if s.finished else None)
        for s in history
    ]
    rng = random.Random(3)
    stories = [factories.story(rng, n) for n in range(3)]
    start = (now - timedelta(days=18)).date()  # the plan's third week
    week = (now - timedelta(days=now.weekday() + 7)).date()
    ratings = [
        DimensionRating("behavioral_strength", "story_quality", 2),
        DimensionRating("behavioral_strength", "delivery_confidence", 3),
        DimensionRating("technical_competence", "system_design", 4),
        DimensionRating("interview_readiness", "time_management", 3),
    ]
    log.save_all([*moved, *stories])
    log.save_all([
        PlanProgress(PLAN_ID, "4-Week Practice Plan", "sha256:plan", start, now - timedelta(days=1)),
        WeeklyAssessment(week - timedelta(weeks=1), now - timedelta(days=10), [dataclasses.replace(r, rating=1) for r in ratings], PLAN_ID),
        WeeklyAssessment(week, now - timedelta(days=3), ratings, PLAN_ID),
    ])
    return log


if __name__ == "__main__":
    seed_log(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 150, datetime.now(UTC))
