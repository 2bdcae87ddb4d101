"""The user's own STAR stories: which principles they cover, which one is told too often,
and a story turned into a scenario the rehearsal engine can run like any other."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

from systemcraft_tui.content.model import (
    BehavioralScenario,
    Criterion,
    Origin,
    PrincipleRef,
    StarSection,
)
from systemcraft_tui.content.principles import PRINCIPLES, canonical_principle
from systemcraft_tui.content.questions import derived_question
from systemcraft_tui.content.timing import DEFAULT_STAR_SECONDS, default_star_window
from systemcraft_tui.core.records import Story
from systemcraft_tui.core.summaries import SessionSummary
from systemcraft_tui.core.vocabulary import ItemKind, SessionStatus
from systemcraft_tui.practice.principle_probes import principle_probes

OVERUSE_TIMES = 3  # rehearsals of one story within OVERUSE_DAYS that earn a warning
OVERUSE_DAYS = 14
STORY_LEVELS = tuple(DEFAULT_STAR_SECONDS)  # the levels with documented default windows
STAR = ("Situation", "Task", "Action", "Result")


def story_principles(story: Story) -> list[str]:
    """The story's canonical principles, primary first, each once (unknown names dropped)."""
    return list(dict.fromkeys(p for p in map(canonical_principle, story.principles) if p))


def coverage(stories: Iterable[Story]) -> dict[str, list[Story]]:
    """Each of the 16 principles, in canonical order, with the stories that claim it."""
    covered: dict[str, list[Story]] = {p: [] for p in PRINCIPLES}
    for story in stories:
        for principle in story_principles(story):
            covered[principle].append(story)
    return covered


def gaps(stories: Iterable[Story]) -> list[str]:
    """Principles no story covers yet, in canonical order."""
    return [p for p, covering in coverage(stories).items() if not covering]


def recent_uses(summaries: Iterable[SessionSummary], now: datetime, days: int = OVERUSE_DAYS) -> dict[str, int]:
    """Completed rehearsals per story id in the last `days` days."""
    since = now - timedelta(days=days)
    uses: dict[str, int] = {}
    for s in summaries:
        if s.scenario.kind == ItemKind.STORY and s.status == SessionStatus.COMPLETED and since <= s.started <= now:
            uses[s.scenario.id] = uses.get(s.scenario.id, 0) + 1
    return uses


def overused(uses: int) -> bool:
    return uses >= OVERUSE_TIMES


# --- a story as a scenario to rehearse -------------------------------------------------


class StoryScenario(BehavioralScenario):
    """An own story dressed as a behavioral scenario: same plan, timers and assessment;
    logged as an own story with the story's id."""

    kind = ItemKind.STORY


def story_scenario(story: Story) -> StoryScenario:
    """STAR sections with the default windows for the story's level, the user's own text
    as the model answer, and principle-level probes on its principles (a scenario's own
    probes are about that scenario's events, not the user's)."""
    principles = story_principles(story)
    # A story of one's own has no question: it is asked with its primary principle (or its
    # title), as a story in a file that gives none is, and marked so.
    question, source = derived_question(story.title, principles)
    # A level the defaults do not know (an import's "Senior", say) times the story as L6.
    levels = (story.level,) if story.level in STORY_LEVELS else ()
    texts = {"Situation": story.situation, "Task": story.task, "Action": story.action, "Result": story.result}
    if story.metrics:
        texts["Result"] = f"{story.result}\nMetrics: {story.metrics}".strip()
    star = []
    for name in STAR:
        window = default_star_window(name, levels)
        star.append(StarSection(name, window.min_seconds, window.max_seconds, texts[name], 0, "default"))
    return StoryScenario(
        id=story.id,
        title=story.title,
        code=None,
        levels=levels,
        origin=Origin(Path("story bank"), 0),
        content_hash=story_hash(story),
        question=question,
        question_source=source,
        evaluates=[Criterion(p, "", 0) for p in principles],
        star=star,
        probes=list(principle_probes(principles)),
        principles=[PrincipleRef(p, p, "Primary" if i == 0 else None, "", 0) for i, p in enumerate(principles)],
    )


def story_hash(story: Story) -> str:
    """What was rehearsed: the story's words, not when it was written or edited."""
    fields = {k: v for k, v in story.to_dict().items() if k not in ("created", "updated")}
    return "sha256:" + hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()
