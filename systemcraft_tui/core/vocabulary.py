"""The app's closed vocabularies. Each value is the string the log and the content model
keep, so a member compares, hashes and writes to JSON as that string (`StrEnum`); how
each is named for a person is in core/labels.py."""

from __future__ import annotations

from enum import StrEnum


class ItemKind(StrEnum):
    """What a library item or a rehearsal is."""

    BEHAVIORAL = "behavioral"
    SYSTEM_DESIGN = "system_design"
    DEEP_DIVE = "deep_dive"
    PLAN = "plan"
    STORY = "story"  # one of the user's own STAR stories, rehearsed like a scenario


# What a session can rehearse: every kind but a plan, which is followed, not rehearsed.
SESSION_KINDS = (ItemKind.BEHAVIORAL, ItemKind.SYSTEM_DESIGN, ItemKind.DEEP_DIVE, ItemKind.STORY)


class SessionStatus(StrEnum):
    COMPLETED = "completed"
    ABANDONED = "abandoned"
    DRAFT = "draft"  # kept while the rehearsal runs, so a closed terminal costs nothing


class Mode(StrEnum):
    """How long a behavioral rehearsal is: the full answer or a short version of it."""

    FULL = "full"
    TWO_MINUTE = "two_minute"
    ELEVATOR = "elevator"


# A session's mode is a behavioral Mode, a design preset's minutes ("60"), or this: the
# design problem's own timed phases.
OWN_PHASES = "phases"


class StepKind(StrEnum):
    """One step of a rehearsal: a STAR section or a design phase (timed against the
    answer's target), or a question asked after the answer."""

    STAR = "star"
    PROBE = "probe"
    PHASE = "phase"
    FOLLOW_UP = "follow_up"


TIMED_STEPS = (StepKind.STAR, StepKind.PHASE)
QUESTION_STEPS = (StepKind.PROBE, StepKind.FOLLOW_UP)


class CardSubject(StrEnum):
    """What a spaced-repetition card is for: a library scenario or an own story."""

    SCENARIO = "scenario"
    STORY = "story"


class CardState(StrEnum):
    """A card's FSRS state."""

    LEARNING = "learning"
    REVIEW = "review"
    RELEARNING = "relearning"
