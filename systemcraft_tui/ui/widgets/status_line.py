"""The line under a table that counts what it shows and says which keys change it."""

from __future__ import annotations

from textual.visual import VisualType
from textual.widgets import Static


class StatusLine(Static):
    DEFAULT_CSS = "StatusLine { height: 1; padding: 0 1; background: $boost; color: $text-muted; }"

    def update(self, content: VisualType = "", *, layout: bool = False) -> None:
        """Its size never depends on its text: a new text lays nothing out again (the
        screen is laid out whole for it otherwise, a few times a second as a library is read)."""
        super().update(content, layout=layout)
