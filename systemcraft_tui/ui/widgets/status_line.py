"""The line under a table that counts what it shows and says which keys change it."""

from __future__ import annotations

from textual.widgets import Static


class StatusLine(Static):
    DEFAULT_CSS = "StatusLine { height: 1; padding: 0 1; background: $boost; color: $text-muted; }"
