"""Readiness against the milestones of the plan the user follows.

A milestone is written for people ("Week 2: Basic competency in all areas, 8 stories and a
repeatable design structure (all scores ≥ 3)"). What the log can check is checked: "all
scores ≥ N" against the latest weekly assessment, "N stories" against the user's own
stories, "mock feedback positive" against the verdict of the last mock finished by the
milestone's week. The rest ("primary scores") names nothing the log holds, so it is left
for the user to judge and said so."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from systemcraft_tui.content.model import Milestone
from systemcraft_tui.core.records import MockRecord, WeeklyAssessment
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.core.wording import count
from systemcraft_tui.practice.debrief import VerdictLabel

_ALL_SCORES = re.compile(r"\ball\s+scores\s*(?:≥|>=|at least)\s*(\d+(?:\.\d+)?)", re.IGNORECASE)
_STORIES = re.compile(r"\b(\d+)\s+(?:STAR\s+)?stories\b", re.IGNORECASE)
_MOCK_POSITIVE = re.compile(r"\bmock feedback positive\b", re.IGNORECASE)
POSITIVE_VERDICTS = (VerdictLabel.HIRE, VerdictLabel.RAISES_THE_BAR)

MET, NOT_YET, UNASSESSED, YOURS = "met", "not yet", "no weekly assessment yet", "yours to judge"


def plan_week(start: date, today: date, first: int = 1) -> int:
    """The plan's week that today falls in, its `first` week (a plan of "Week 9" alone starts
    at 9) being the seven days from `start`; before it starts, the week before its first."""
    days = (today - start).days
    return (days // 7 if days >= 0 else -1) + first


@dataclass(frozen=True)
class MilestoneCheck:
    week: int
    text: str
    due: date  # the last day of that plan week
    verdict: str  # MET, NOT_YET, UNASSESSED or YOURS
    findings: tuple[str, ...]  # what was checked, with the figures


def check_milestone(
    milestone: Milestone,
    start: date,
    latest: WeeklyAssessment | None,
    stories: int,
    mocks: Sequence[MockRecord] = (),
    first: int = 1,
) -> MilestoneCheck:
    due = start + timedelta(weeks=milestone.week - first + 1) - timedelta(days=1)
    findings: list[str] = []
    results: list[bool] = []
    unassessed = False
    if match := _ALL_SCORES.search(milestone.text):
        bar = float(match[1])
        if latest is None or not latest.ratings:
            unassessed = True
            findings.append(f"all scores ≥ {bar:g}: rate a weekly assessment to check it")
        else:
            lowest = min(r.rating for r in latest.ratings)
            results.append(lowest >= bar)
            findings.append(f"lowest rating {lowest} in the week of {latest.week_start:%d %b} (needs ≥ {bar:g})")
    if match := _STORIES.search(milestone.text):
        wanted = int(match[1])
        results.append(stories >= wanted)
        findings.append(f"{stories} of {count(wanted, 'own story')} written")
    if _MOCK_POSITIVE.search(milestone.text):
        finished = [m for m in mocks if m.status == SessionStatus.COMPLETED and m.started.date() <= due]
        last = max(finished, key=lambda m: m.started, default=None)
        results.append(last is not None and last.verdict in POSITIVE_VERDICTS)
        if last is None:
            findings.append("mock feedback positive: no mock finished yet")
        else:
            findings.append(
                f"last mock, {last.format} on {last.started:%d %b}: {last.verdict or 'no verdict'} (needs Hire or better)"
            )
    if not all(results):
        verdict = NOT_YET
    elif unassessed:
        verdict = UNASSESSED
    else:
        verdict = MET if results else YOURS
    return MilestoneCheck(milestone.week, milestone.text, due, verdict, tuple(findings))


def readiness(
    milestones: list[Milestone],
    start: date,
    assessments: list[WeeklyAssessment],
    stories: int,
    mocks: Sequence[MockRecord] = (),
    first: int = 1,
) -> list[MilestoneCheck]:
    """Every milestone checked against the latest weekly assessment (assessments come
    oldest first, as the log gives them), the number of own stories and the mocks."""
    latest = assessments[-1] if assessments else None
    return [check_milestone(m, start, latest, stories, mocks, first) for m in milestones]
