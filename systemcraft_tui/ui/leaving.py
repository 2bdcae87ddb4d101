"""Screens that hold work the log does not keep yet (a story being edited, a deep dive's
ratings) ask before it is lost: on Esc, and when the app is asked to quit (Ctrl+Q, `q`,
the palette's Quit), with the same question."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable


@runtime_checkable
class AsksBeforeLeaving(Protocol):
    def leave_first(self, leave: Callable[[], object], yes: str) -> None:
        """Call `leave` at once when nothing would be lost, else once the user agrees to
        lose it (`yes` is the answer that does)."""
