"""What an app puts on the terminal, as text.

Textual's driver writes what the compositor renders: segments of text, with the escape
codes of its own colours and cursor moves around them. A control character inside a
segment's text goes to the terminal as it is, so this renders the current screen (and the
screens under a modal one) exactly as `App.export_screenshot` does, and keeps the text of
every segment that is not one of Textual's own control codes."""

from __future__ import annotations

import io

from rich.console import Console
from textual.app import App


def terminal_text(app: App) -> str:
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text(styles=False)
