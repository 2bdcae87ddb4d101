"""Ctrl+T pauses a running clock and resumes a waiting one. The key has two bindings, and
the screen's check_action keeps the one that applies (`applies`), so that the footer says
Resume while the clock waits; `PauseKey.follow` brings the footer up to date when the
clock's state changes (the key, another screen covering the clock, a draft resumed)."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen

PAUSE_BINDINGS = [  # short words: the footer fits 80 columns
    Binding("ctrl+t", "pause(True)", "Pause", priority=True),
    Binding("ctrl+t", "pause(False)", "Resume", priority=True),
]


def applies(action: str, parameters: tuple[object, ...], paused: bool) -> bool:
    """For check_action: a `pause` binding applies when it would change the clock's state."""
    return action != "pause" or parameters[0] is not paused


class PauseKey:
    def __init__(self) -> None:
        self.shown: bool | None = None  # the state the footer names the key for

    def follow(self, screen: Screen, paused: bool) -> None:
        """Called on each tick: the footer is drawn again only when the state changed."""
        if paused is not self.shown:
            self.shown = paused
            screen.refresh_bindings()
