"""Keys delivered the way a paste or a fast typist delivers them."""

from __future__ import annotations

from textual import events
from textual.app import App


def type_at_once(app: App, *keys: str) -> None:
    """Queue every key before any is handled (Pilot.press waits for each to be handled)."""
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


async def type_text(pilot, text: str) -> None:
    """Type `text` into the focused box, its keys handled in order, then let the app settle.
    Pilot.press idles twice after every key (40 ms at least), which a walk typing whole
    sentences pays hundreds of times. Not for tests of typing at a person's pace (the
    search's pause, the notes saved once typing stops): they keep Pilot.press."""
    type_at_once(pilot.app, *text)
    await pilot.pause()
