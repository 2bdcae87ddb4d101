"""The practice service between the screens and the log: `Practice` owns every use case a
screen triggers and returns what screens show as frozen read models. It imports the
engine, the content and the store, and nothing of Textual; the screens import it, and
never the store.

Each name loads its module when first asked for: the app imports `service.settings`
before its first frame, and the rest (the store with it) in the worker that opens the log."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from systemcraft_tui.core.errors import StoreError
    from systemcraft_tui.service.practice import HistoryFacts, NextPick, Practice, ProgressFacts, StoryBank
    from systemcraft_tui.service.settings import Settings
    from systemcraft_tui.store.digest import Page
    from systemcraft_tui.store.errors import KeptUnsaved, LogDamaged, LogWriteFailed

_MODULES = {
    "HistoryFacts": "systemcraft_tui.service.practice",
    "KeptUnsaved": "systemcraft_tui.store.errors",
    "LogDamaged": "systemcraft_tui.store.errors",
    "LogWriteFailed": "systemcraft_tui.store.errors",
    "NextPick": "systemcraft_tui.service.practice",
    "Page": "systemcraft_tui.store.digest",
    "Practice": "systemcraft_tui.service.practice",
    "ProgressFacts": "systemcraft_tui.service.practice",
    "Settings": "systemcraft_tui.service.settings",
    "StoreError": "systemcraft_tui.core.errors",
    "StoryBank": "systemcraft_tui.service.practice",
}

__all__ = [
    "HistoryFacts",
    "KeptUnsaved",
    "LogDamaged",
    "LogWriteFailed",
    "NextPick",
    "Page",
    "Practice",
    "ProgressFacts",
    "Settings",
    "StoreError",
    "StoryBank",
]


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_MODULES[name]), name)
