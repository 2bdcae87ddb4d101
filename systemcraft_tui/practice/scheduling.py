"""The due queue over scenarios and own stories, and what to practise next. How a score
moves a card (FSRS) is in card_review.py, loaded only when a rehearsal is saved.

Every rehearsable scenario and every own story is a card. A subject without a ReviewCard
in the log has never been rehearsed: it is new, and due now."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from systemcraft_tui.content.model import (
    BehavioralScenario,
    ContentItem,
    SystemDesignProblem,
)
from systemcraft_tui.core.records import ReviewCard, Story
from systemcraft_tui.core.vocabulary import CardSubject, ItemKind
from systemcraft_tui.core.wording import count
from systemcraft_tui.practice.progress import PrincipleStanding
from systemcraft_tui.practice.stories import story_principles
from systemcraft_tui.practice.weak_areas import (
    principle_area,
    principle_rank,
    suggest_scenario,
)

# --- the due queue -------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    """Something that has a card: a scenario or an own story."""

    subject: CardSubject
    id: str
    title: str
    principle: str | None  # the primary Leadership Principle, if any


@dataclass(frozen=True)
class Scheduled:
    subject: Subject
    due: datetime
    new: bool  # never rehearsed


def subject_of(kind: ItemKind) -> CardSubject:
    """The card subject for a session kind: own stories are stories, the rest scenarios."""
    return CardSubject.STORY if kind == ItemKind.STORY else CardSubject.SCENARIO


def is_rehearsable(item: ContentItem) -> bool:
    return isinstance(item, (BehavioralScenario, SystemDesignProblem))


def subjects(items: Iterable[ContentItem], stories: Iterable[Story] = ()) -> list[Subject]:
    """Every card subject: rehearsable library items, then own stories."""
    found = [
        Subject(
            CardSubject.SCENARIO,
            item.id,
            item.title,
            next(iter(item.canonical_principles), None) if isinstance(item, BehavioralScenario) else None,
        )
        for item in items
        if is_rehearsable(item)
    ]
    found += [Subject(CardSubject.STORY, s.id, s.title, next(iter(story_principles(s)), None)) for s in stories]
    return found


def schedule(
    subjects: Sequence[Subject], cards: Iterable[ReviewCard], now: datetime, weakest: Sequence[str] = ()
) -> list[Scheduled]:
    """Every subject with its due time, the most overdue first. Ties (new subjects are all
    due `now`) go to the weakest principle first, then to the order given."""
    by_key = {(c.subject, c.subject_id): c for c in cards}
    rank = {principle: i for i, principle in enumerate(weakest)}
    scheduled = []
    for subject in subjects:
        card = by_key.get((subject.subject, subject.id))
        scheduled.append(Scheduled(subject, card.due if card else now, card is None))
    return sorted(scheduled, key=lambda s: (s.due, rank.get(s.subject.principle or "", len(rank))))  # stable: ties keep order


def due_now(scheduled: Iterable[Scheduled], now: datetime) -> list[Scheduled]:
    return [s for s in scheduled if s.due <= now]


# --- practice next -------------------------------------------------------------------


@dataclass(frozen=True)
class Pick:
    subject: Subject
    reason: str


def practice_next(
    items: Sequence[ContentItem],
    stories: Sequence[Story],
    cards: Iterable[ReviewCard],
    standings: Iterable[PrincipleStanding],
    last: dict[str, datetime],
    now: datetime,
) -> Pick | None:
    """The most overdue card (scenario or story); when nothing is due, a scenario on the
    weakest principle, ranked as the progress screen's weakest areas rank them; else the
    card that comes due soonest. `standings` and `last` are the history's
    (progress.principle_standings and last_practised, or the log's digest)."""
    standings = sorted(standings, key=principle_rank)
    queue = schedule(subjects(items, stories), cards, now, [s.name for s in standings])
    if not queue:
        return None
    first = queue[0]
    if first.due <= now:
        if first.new:
            because = f"; weakest principle: {first.subject.principle}" if first.subject.principle else ""
            return Pick(first.subject, f"New: never rehearsed{because}.")
        return Pick(first.subject, f"Most overdue: due {since(now - first.due)} ago.")
    scenarios = [i for i in items if isinstance(i, BehavioralScenario) and i.kind == ItemKind.BEHAVIORAL]
    by_id = {s.subject.id: s.subject for s in queue if s.subject.subject == CardSubject.SCENARIO}
    for standing in standings:
        if scenario := suggest_scenario(standing.name, scenarios, last):
            evidence = principle_area(standing, scenarios, last).evidence
            return Pick(by_id[scenario.id], f"Nothing is due. Weakest principle: {standing.name} ({evidence}).")
    return Pick(first.subject, f"Nothing is due; this comes due soonest, in {since(first.due - now)}.")


def next_review(due: datetime, now: datetime) -> str:
    """When a card still to come is due, in the calendar days of the local dates, with the
    date a table shows beside it: "tomorrow (05 Dec)", never "in 1 day" for a card due
    two dates on, 47 hours from now."""
    when = due.astimezone()
    days = (when.date() - now.astimezone().date()).days
    if days <= 0:
        return f"later today ({when:%H:%M})"
    return f"tomorrow ({when:%d %b})" if days == 1 else f"in {days} days ({when:%d %b})"


def since(delta: timedelta) -> str:
    """A duration as people say it: "3 days", "5 hours", "12 minutes"."""
    seconds = max(0, int(delta.total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            return count(seconds // size, unit)
    return "under a minute"
