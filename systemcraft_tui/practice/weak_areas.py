"""The three weakest areas, each with what to do next.

First the practice plan's adjustment triggers: a dimension group of the latest weekly
assessment whose mean is below the trigger's bar brings the plan's own recommendation.
Then the practice log: the weakest Leadership Principle (never practised before practised,
then the lowest mean score), the worst-timed STAR section when its median misses its
window, then the next weakest principles. At most one timing area, so the list stays
varied."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from systemcraft_tui.content.model import BehavioralScenario, Trigger
from systemcraft_tui.core.records import WeeklyAssessment
from systemcraft_tui.core.windows import clock
from systemcraft_tui.core.wording import count
from systemcraft_tui.practice.progress import PrincipleStanding, SectionTiming

# What to change in a STAR section that runs over (True) or short (False) of its window.
_TIMING_ADVICE = {
    ("Situation", True): "set the scene in two sentences: who, what was at stake, one number",
    ("Situation", False): "add the stakes: who was affected and one number that shows the size",
    ("Task", True): "state only your own responsibility, in one sentence",
    ("Task", False): "say plainly what you owned and what success meant",
    ("Action", True): "keep the three decisions that mattered most and drop the team's routine steps",
    ("Action", False): "walk through your own decisions: what you did, why, and what you traded off",
    ("Result", True): "lead with the measured outcome, then one line on what you learned",
    ("Result", False): "give the measured outcome and what changed afterwards",
}


@dataclass(frozen=True)
class WeakArea:
    area: str
    evidence: str  # the figures from the log that make it weak
    next_step: str


def group_means(assessment: WeeklyAssessment) -> dict[str, float]:
    """Mean rating per dimension group, in the order the assessment lists them."""
    groups: dict[str, list[int]] = {}
    for rating in assessment.ratings:
        groups.setdefault(rating.group, []).append(rating.rating)
    return {group: statistics.fmean(values) for group, values in groups.items()}


def trigger_applies(trigger: Trigger, group: str) -> bool:
    """ "If behavioral scores < 3" speaks of the group behavioral_strength."""
    return trigger.group.lower() in group.lower().replace("-", "_").split("_")


def group_label(group: str) -> str:
    return group.replace("_", " ").capitalize()


def triggered_areas(assessment: WeeklyAssessment | None, triggers: Sequence[Trigger]) -> list[WeakArea]:
    if assessment is None:
        return []
    areas = []
    for group, mean in sorted(group_means(assessment).items(), key=lambda item: item[1]):
        trigger = next((t for t in triggers if trigger_applies(t, group) and mean < t.below), None)
        if trigger:
            evidence = f"weekly assessment of {assessment.week_start:%d %b %Y}: {mean:.1f}/5, below {trigger.below:g}"
            areas.append(WeakArea(group_label(group), evidence, trigger.action))
    return areas


def principle_rank(standing: PrincipleStanding) -> tuple[float, ...]:
    if not standing.sessions:
        return (0, standing.stories)  # never practised: those without a story first
    if standing.mean_score is None:
        return (1, standing.sessions)  # practised but never scored (only abandoned)
    return (2, standing.mean_score, standing.sessions)


def suggest_scenario(
    principle: str, scenarios: Sequence[BehavioralScenario], last: dict[str, datetime]
) -> BehavioralScenario | None:
    """A scenario on the principle (as its primary one if any is): never practised first,
    then the one practised longest ago."""
    covering = [s for s in scenarios if principle in s.canonical_principles]
    primary = [s for s in covering if s.canonical_principles[0] == principle]
    candidates = primary or covering
    if not candidates:
        return None

    def practised_when(scenario: BehavioralScenario) -> tuple[bool, float]:
        when = last.get(scenario.id)
        return (when is not None, when.timestamp() if when else 0.0)

    return min(candidates, key=practised_when)


def principle_area(standing: PrincipleStanding, scenarios: Sequence[BehavioralScenario], last: dict[str, datetime]) -> WeakArea:
    if not standing.sessions:
        evidence = "never practised"
    elif standing.mean_score is None:
        evidence = f"{count(standing.sessions, 'session')}, none completed and scored"
    else:
        evidence = f"mean score {standing.mean_score:.0f} over {count(standing.sessions, 'session')}"
    if not standing.stories:
        evidence += "; no own story"
    steps = []
    scenario = suggest_scenario(standing.name, scenarios, last)
    if scenario is not None:
        when = "practised longest ago" if scenario.id in last else "not practised yet"
        steps.append(f'rehearse "{scenario.title}" ({when})')
    if not standing.stories:
        steps.append("write your own story for it")
    elif scenario is None:
        steps.append("rehearse your own story for it")
    return WeakArea(standing.name, evidence, _sentence("; then ".join(steps)))


def timing_area(timing: Sequence[SectionTiming]) -> WeakArea | None:
    """The STAR section whose median misses its window the most, if any does."""
    worst = max(timing, key=lambda t: abs(t.median_miss), default=None)
    if worst is None or worst.median_miss == 0:
        return None
    over = worst.median_miss > 0
    evidence = (
        f"median {clock(worst.median_miss)} {'over' if over else 'short of'} its window; "
        f"on time in {worst.on_time} of {count(worst.attempts, 'answer')}"
    )
    advice = _TIMING_ADVICE.get((worst.name, over), "rehearse it against its window until it lands inside")
    return WeakArea(f"{worst.name} timing", evidence, _sentence(advice))


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def weakest_areas(
    assessment: WeeklyAssessment | None,
    triggers: Sequence[Trigger],
    standings: Sequence[PrincipleStanding],
    timing: Sequence[SectionTiming],
    scenarios: Sequence[BehavioralScenario],
    last: dict[str, datetime],
    limit: int = 3,
) -> list[WeakArea]:
    areas = triggered_areas(assessment, triggers)
    principles = sorted(standings, key=principle_rank)
    from_log = [principle_area(p, scenarios, last) for p in principles[:limit]]
    if timed := timing_area(timing):
        from_log.insert(1, timed)
    return (areas + from_log)[:limit]
