"""Realistic practice-log records for tests and benchmarks (never shown in the app).

Deterministic for a given seed: the same seed gives the same history, so a failing test
or a benchmark run can be repeated exactly. To try the commands by hand on a seeded log:

    uv run python -m tests.store.factories /tmp/seeded-log 300
    uv run systemcraft stats --data-dir /tmp/seeded-log
"""

from __future__ import annotations

import random
import shutil
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from systemcraft_tui.content.principles import PRINCIPLES
from systemcraft_tui.core.records import (
    CheckOutcome,
    DimensionRating,
    MockRecord,
    MockRound,
    PlanProgress,
    ProbeResult,
    ReviewCard,
    ScenarioRef,
    SectionResult,
    Session,
    SpokenPart,
    SpokenPause,
    Story,
    WeeklyAssessment,
)
from systemcraft_tui.store import PracticeLog

STAR = (("Situation", 30, 45), ("Task", 15, 30), ("Action", 90, 120), ("Result", 30, 45))
PHASES = (("Requirements", 300, 600), ("High-level design", 600, 900), ("Deep dive", 900, 1200), ("Wrap-up", 300, 300))
SCENARIOS = (
    ("l6-customer-obsession", "Turned around a failing customer launch", "behavioral", "L6"),
    ("l6-ownership", "Owned an outage nobody wanted", "behavioral", "L6"),
    ("l6-dive-deep", "Found the root cause behind a slow checkout", "behavioral", "L6"),
    ("l7-invent-and-simplify", "Replaced three pipelines with one platform", "behavioral", "L7"),
    ("api-rate-limiter", "Design an API rate limiter", "system_design", "L6"),
    ("notification-fanout-service", "Design a notification fan-out service", "system_design", "L6"),
    ("ride-matching-dispatch", "Design ride matching and dispatch", "system_design", "L7"),
    ("caching-strategies", "Caching strategies", "deep_dive", "L6"),
)
WORDS = (
    "customer latency team launch budget incident owned decided measured reduced improved "
    "quarter roadmap hired mentored escalated trade-off partition replica queue cache p99 "
    "stakeholders migration rollback dashboard on-call cost saved 40% 3x two weeks we I"
).split()
T0 = datetime(2024, 1, 1, 8, 0, tzinfo=UTC)


def prose(rng: random.Random, chars: int) -> str:
    words: list[str] = []
    length = 0
    while length < chars:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)


def session(rng: random.Random, number: int, *, notes_chars: int = 2000, status: str = "completed") -> Session:
    """A session like a real one: STAR sections or design phases with notes, probes, ratings, checks."""
    scenario_id, title, kind, level = SCENARIOS[number % len(SCENARIOS)]
    windows = PHASES if kind == "system_design" else STAR
    per_part = notes_chars // (len(windows) + 2)
    started = T0 + timedelta(hours=number * 7 + rng.randint(0, 3))
    sections = [
        SectionResult(name, low, high, round(rng.uniform(low * 0.6, high * 1.4), 1), prose(rng, per_part))
        for name, low, high in windows
    ]
    probes = [
        ProbeResult(f"What would you do differently ({n})?", 60, 90, round(rng.uniform(40, 120), 1), prose(rng, per_part))
        for n in (1, 2)
    ]
    principles = tuple(rng.sample(PRINCIPLES, 3)) if kind == "behavioral" else ()
    assessed = status == "completed"
    return Session(
        id=f"00000000-0000-4000-8000-{number:012d}",
        scenario=ScenarioRef(scenario_id, title, kind, level, f"sha256:{number % 97:064x}"),
        mode="full" if kind != "system_design" else "60",
        status=status,
        started=started,
        finished=started + timedelta(seconds=sum(s.actual_seconds for s in sections) + 200) if status != "draft" else None,
        sections=sections,
        probes=probes,
        ratings={item: rng.randint(1, 5) for item in ("Structure", "Timing", "Quantified impact", "Ownership shown")}
        if assessed
        else {},
        red_flags=("Blamed another team",) if assessed and rng.random() < 0.2 else (),
        checks=[CheckOutcome("quantified result", rng.random() < 0.7, "numbers in the Result", ("40%",))] if assessed else [],
        score=rng.randint(20, 95) if assessed else None,
        principles=principles,
    )


def heard(session_: Session) -> Session:
    """The session as if heard with voice: a transcript and figures for each part, and checks on them."""
    said = "We traced the errors, um, to one retry loop and cut them by 40%."
    for part in (*session_.sections, *session_.probes):
        part.spoken = SpokenPart(
            said, 30.5, 14, 24.0, 27.5, 35.0, ("um",), [SpokenPause(9.5, 2.0, "to one retry loop")], 0, 1, ("40%",)
        )
    session_.spoken_checks = [CheckOutcome("Quantified result", True, "The Result as you said it carries numbers.", ("40%",))]
    return session_


def history(count: int, *, seed: int = 7, notes_chars: int = 2000) -> list[Session]:
    """`count` sessions, about one every seven hours, most completed, some abandoned."""
    rng = random.Random(seed)
    return [
        session(rng, number, notes_chars=notes_chars, status="abandoned" if number % 11 == 5 else "completed")
        for number in range(count)
    ]


def story(rng: random.Random, number: int) -> Story:
    moment = T0 + timedelta(days=number)
    return Story(
        id=f"10000000-0000-4000-8000-{number:012d}",
        title=f"Story {number}: migrating billing without downtime",
        created=moment,
        updated=moment,
        situation=prose(rng, 200),
        task=prose(rng, 120),
        action=prose(rng, 400),
        result=prose(rng, 150),
        principles=tuple(rng.sample(PRINCIPLES, 2)),
        level="L6",
        metrics="error rate 2% -> 0.1%",
        impact=rng.randint(1, 5),
    )


def card(number: int) -> ReviewCard:
    scenario_id = SCENARIOS[number % len(SCENARIOS)][0]
    return ReviewCard("scenario", f"{scenario_id}-{number}", due=T0 + timedelta(days=number), state="review", step=None,
                      stability=3.2 + number, difficulty=5.1, last_review=T0)


def assessment(number: int) -> WeeklyAssessment:
    return WeeklyAssessment(
        id=f"20000000-0000-4000-8000-{number:012d}",
        week_start=date(2024, 1, 1) + timedelta(weeks=number),
        recorded=T0 + timedelta(weeks=number, days=6),
        ratings=[DimensionRating("behavioral_strength", "Story quality", 3), DimensionRating("technical_competence", "System design", 4)],
        plan_id="twelve-week-plan",
        notes="Felt slow on estimates.",
    )


def plan_progress() -> PlanProgress:
    return PlanProgress("twelve-week-plan", "Twelve-week plan", "sha256:plan", date(2024, 1, 1), T0, ("week 1/3 draft STAR stories",))


def mock_record() -> MockRecord:
    """A finished two-round mock linking the sessions of its two answers."""
    rounds = [MockRound("behavioral", 2650.5, 1, 42.0, {"Story quality": 4}), MockRound("design", 3500.0, 0, 0.0, {})]
    ids = ("10000000-0000-4000-8000-000000000001", "10000000-0000-4000-8000-000000000002")
    return MockRecord("loop", 42, T0, "completed", T0 + timedelta(hours=3), ids, rounds, {"Overall performance": 3}, "Not yet",
                      None, "30000000-0000-4000-8000-000000000001")


def one_of_each() -> list:
    """A record of every type (sessions both completed and draft), the same on every call."""
    rng = random.Random(11)
    return [session(rng, 1), session(rng, 4, status="draft"), story(rng, 1), card(2), assessment(1), plan_progress(), mock_record()]


def segments(log: PracticeLog) -> list[Path]:
    """The log's session files, oldest first."""
    return [log.path / name for name, _ in log.folder.segment_files()]


def reopened_without_digest(log: PracticeLog) -> PracticeLog:
    """The log opened again after its digest was deleted: built again from every session
    file, through their summary files (which this writes)."""
    shutil.rmtree(log.path / "digest", ignore_errors=True)
    return PracticeLog.open(log.path.parent)


def seed(log: PracticeLog, sessions: int, *, notes_chars: int = 2000) -> None:
    """A log with a bit of everything: the history, stories, review cards, assessments, a plan."""
    rng = random.Random(3)
    log.save_all(history(sessions, notes_chars=notes_chars))
    log.save_all([story(rng, n) for n in range(3)] + [card(n) for n in range(4)])
    log.save_all([assessment(n) for n in range(2)] + [plan_progress()])


if __name__ == "__main__":
    seed(PracticeLog.open(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 200)
