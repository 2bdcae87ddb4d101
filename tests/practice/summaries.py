"""Session summaries built by hand, with only what a test cares about."""

from __future__ import annotations

from datetime import UTC, datetime

from systemcraft_tui.core.records import ProbeResult, ScenarioRef, SectionResult, Session
from systemcraft_tui.core.summaries import SessionSummary, summarize

STAR_WINDOWS = {"Situation": (30, 45), "Task": (15, 30), "Action": (90, 120), "Result": (30, 45)}


def at(text: str) -> datetime:
    """'2026-11-02 09:00' as a UTC instant."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def session(
    started: str,
    *,
    status: str = "completed",
    score: int | None = 70,
    kind: str = "behavioral",
    scenario: str = "l6-ownership/l6-own",
    title: str = "Owned an outage",
    principles: tuple[str, ...] = (),
    times: dict[str, float] | None = None,
    probes: dict[str, float] | None = None,
    windows: dict[str, tuple[int, int]] = STAR_WINDOWS,
    sid: str | None = None,
) -> Session:
    """A session; `times` gives each section's seconds, its window taken from `windows`."""
    return Session(
        id=sid or f"{scenario}@{started}",
        scenario=ScenarioRef(scenario, title, kind, "L6", "sha256:x"),
        mode="full",
        status=status,
        started=at(started),
        finished=None if status == "draft" else at(started),
        sections=[SectionResult(name, *windows.get(name, (60, 90)), seconds) for name, seconds in (times or {}).items()],
        probes=[ProbeResult(question, 60, 90, seconds) for question, seconds in (probes or {}).items()],
        score=score if status == "completed" else None,
        principles=principles,
    )


def summary(started: str, **fields) -> SessionSummary:
    return summarize(session(started, **fields))
