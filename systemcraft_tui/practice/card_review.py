"""How a rehearsal moves its spaced-repetition card: the self-assessment score becomes an
FSRS rating and the card is reviewed at the time the rehearsal finished."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, Scheduler, State

from systemcraft_tui.core.records import ReviewCard
from systemcraft_tui.core.vocabulary import CardState, CardSubject, ItemKind
from systemcraft_tui.practice.scheduling import subject_of

# Score (0-100) -> rating, lowest score first (README, "Spaced repetition").
RATING_BANDS: tuple[tuple[int, Rating], ...] = ((0, Rating.Again), (50, Rating.Hard), (70, Rating.Good), (85, Rating.Easy))

# A rehearsal is a spoken five-minute answer, not a flashcard: retrying it ten minutes
# later teaches nothing, so the short learning steps are one day. No fuzz: the same
# history always gives the same due dates.
SCHEDULER = Scheduler(learning_steps=(timedelta(days=1),), relearning_steps=(timedelta(days=1),), enable_fuzzing=False)

_STATES = {CardState.LEARNING: State.Learning, CardState.REVIEW: State.Review, CardState.RELEARNING: State.Relearning}
_STATE_NAMES = {state: name for name, state in _STATES.items()}


def rating_for(score: int) -> Rating:
    return next(rating for floor, rating in reversed(RATING_BANDS) if score >= floor)


def review(card: ReviewCard | None, subject: CardSubject, subject_id: str, score: int, when: datetime) -> ReviewCard:
    """The card after a rehearsal scored `score` that finished at `when`."""
    if card is None:
        current = Card(card_id=0, due=when.astimezone(UTC))
    else:
        current = Card(0, _STATES[card.state], card.step, card.stability, card.difficulty, card.due, card.last_review)
    moved, _ = SCHEDULER.review_card(current, rating_for(score), when.astimezone(UTC))
    return ReviewCard(
        subject,
        subject_id,
        moved.due,
        _STATE_NAMES[moved.state],
        moved.step,
        moved.stability,
        moved.difficulty,
        moved.last_review,
    )


def review_session(cards: Iterable[ReviewCard], kind: ItemKind, subject_id: str, score: int, when: datetime) -> ReviewCard:
    """Review the card of what a completed session rehearsed (its card from `cards`, if any)."""
    subject = subject_of(kind)
    card = next((c for c in cards if c.subject == subject and c.subject_id == subject_id), None)
    return review(card, subject, subject_id, score, when)
