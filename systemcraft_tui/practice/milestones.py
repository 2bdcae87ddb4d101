"""Readiness against the milestones of the plan the user follows.

A milestone is written for people ("Week 2: Basic competency in all areas, 8 stories and a
repeatable design structure (all scores ≥ 3)"). What the log can check is checked: "all
scores ≥ N" against the latest weekly assessment, "N stories" against the user's own
stories. The rest ("primary scores", "mock feedback positive") names nothing the log
holds, so it is left for the user to judge and said so."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from systemcraft_tui.content.model import Milestone
from systemcraft_tui.core.records import WeeklyAssessment
from systemcraft_tui.core.wording import count

_ALL_SCORES = re.compile(r"\ball\s+scores\s*(?:≥|>=|at least)\s*(\d+(?:\.\d+)?)", re.IGNORECASE)
_STORIES = re.compile(r"\b(\d+)\s+(?:STAR\s+)?stories\b", re.IGNORECASE)

MET, NOT_YET, UNASSESSED, YOURS = "met", "not yet", "no weekly assessment yet", "yours to judge"


def plan_week(start: date, today: date) -> int:
    """The week of the plan that today falls in: 1 in its first seven days, 0 before it starts."""
    days = (today - start).days
    return days // 7 + 1 if days >= 0 else 0


@dataclass(frozen=True)
class MilestoneCheck:
    week: int
    text: str
    due: date  # the last day of that plan week
    verdict: str  # MET, NOT_YET, UNASSESSED or YOURS
    findings: tuple[str, ...]  # what was checked, with the figures


def check_milestone(milestone: Milestone, start: date, latest: WeeklyAssessment | None, stories: int) -> MilestoneCheck:
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
    if not all(results):
        verdict = NOT_YET
    elif unassessed:
        verdict = UNASSESSED
    else:
        verdict = MET if results else YOURS
    due = start + timedelta(weeks=milestone.week) - timedelta(days=1)
    return MilestoneCheck(milestone.week, milestone.text, due, verdict, tuple(findings))


def readiness(
    milestones: list[Milestone], start: date, assessments: list[WeeklyAssessment], stories: int
) -> list[MilestoneCheck]:
    """Every milestone checked against the latest weekly assessment (assessments come
    oldest first, as the log gives them) and the number of own stories."""
    latest = assessments[-1] if assessments else None
    return [check_milestone(m, start, latest, stories) for m in milestones]
