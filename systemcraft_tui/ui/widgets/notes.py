"""The notes box of a running clock. Its cursor blinks while the user types and for a
few seconds after, then stays lit: a blink repaints twice a second for nobody while the
user talks through an answer (GTK's cursor-blink-timeout does the same, after 10 s)."""

from __future__ import annotations

from textual import events
from textual.timer import Timer
from textual.widgets import TextArea

BLINK_SECONDS = 10.0


class NotesArea(TextArea):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, soft_wrap=True, tab_behavior="focus")
        self._still: Timer | None = None

    def on_focus(self) -> None:
        self._blink_a_while()

    def on_key(self, event: events.Key) -> None:
        self._blink_a_while()

    def _blink_a_while(self) -> None:
        self.cursor_blink = True
        if self._still is not None:
            self._still.stop()
        self._still = self.set_timer(BLINK_SECONDS, self._hold)

    def _hold(self) -> None:
        self.cursor_blink = False  # lit while it has the focus (TextArea._draw_cursor)
