"""The practice service between the screens and the log: `Practice` owns every use case a
screen triggers and returns what screens show as frozen read models. It imports the
engine, the content and the store, and nothing of Textual; the screens import it, and
never the store."""

from systemcraft_tui.core.errors import StoreError
from systemcraft_tui.service.practice import HistoryFacts, NextPick, Practice, ProgressFacts, StoryBank
from systemcraft_tui.service.settings import Settings
from systemcraft_tui.store.errors import LogDamaged

__all__ = ["HistoryFacts", "LogDamaged", "NextPick", "Practice", "ProgressFacts", "Settings", "StoreError", "StoryBank"]
