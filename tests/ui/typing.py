"""Keys delivered the way a paste or a fast typist delivers them."""

from __future__ import annotations

from textual import events
from textual.app import App


def type_at_once(app: App, *keys: str) -> None:
    """Queue every key before any is handled (Pilot.press waits for each to be handled)."""
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))
