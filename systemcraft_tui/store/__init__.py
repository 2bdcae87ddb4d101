"""The practice log: every session, story, review card, weekly assessment and plan the
user keeps, in TinyDB files under their data folder. Nothing outside this package
touches TinyDB; everything else goes through `PracticeLog`. The records themselves are
in `systemcraft_tui.core.records`."""

from systemcraft_tui.core.errors import StoreError
from systemcraft_tui.store.errors import (
    DamagedFile,
    ImportRejected,
    KeptUnsaved,
    LogBusy,
    LogDamaged,
    LogReadOnly,
    LogUnavailable,
    LogWriteFailed,
)
from systemcraft_tui.store.log import MergeResult, PracticeLog

__all__ = [
    "DamagedFile",
    "ImportRejected",
    "KeptUnsaved",
    "LogBusy",
    "LogDamaged",
    "LogReadOnly",
    "LogUnavailable",
    "LogWriteFailed",
    "MergeResult",
    "PracticeLog",
    "StoreError",
]
