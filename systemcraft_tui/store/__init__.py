"""The practice log: every session, story, review card, weekly assessment and plan the
user keeps, in TinyDB files under their data folder. Nothing outside this package
touches TinyDB; everything else goes through `PracticeLog`."""

from systemcraft_tui.store.errors import (
    DamagedFile,
    ImportRejected,
    LogBusy,
    LogDamaged,
    LogReadOnly,
    LogUnavailable,
    RecordError,
    StoreError,
)
from systemcraft_tui.store.log import MergeResult, PracticeLog
from systemcraft_tui.store.records import (
    CheckOutcome,
    DimensionRating,
    PlanProgress,
    ProbeResult,
    Record,
    ReviewCard,
    ScenarioRef,
    SectionResult,
    Session,
    Story,
    WeeklyAssessment,
    new_id,
)
from systemcraft_tui.store.summaries import SessionSummary, TimedPart

__all__ = [
    "CheckOutcome",
    "DamagedFile",
    "DimensionRating",
    "ImportRejected",
    "LogBusy",
    "LogDamaged",
    "LogReadOnly",
    "LogUnavailable",
    "MergeResult",
    "PlanProgress",
    "PracticeLog",
    "ProbeResult",
    "Record",
    "RecordError",
    "ReviewCard",
    "ScenarioRef",
    "SectionResult",
    "Session",
    "SessionSummary",
    "StoreError",
    "Story",
    "TimedPart",
    "WeeklyAssessment",
    "new_id",
]
