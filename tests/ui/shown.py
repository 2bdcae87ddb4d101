"""What Static widgets show, as plain text: rich tables and groups rendered, not repr'd."""

from __future__ import annotations

from rich.console import Console
from textual.widgets import Static


def shown(*statics: Static, width: int = 120) -> str:
    console = Console(width=width, record=True, file=open("/dev/null", "w"))
    for static in statics:
        console.print(static.content)
    return console.export_text()


def screen_text(screen, selector: str = "Static") -> str:
    return shown(*screen.query(selector))
