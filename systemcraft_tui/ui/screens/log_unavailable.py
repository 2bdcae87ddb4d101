"""The log cannot be opened at all (a folder or a dangling link where a log file should be,
a folder this user may not read): say what stands in the way, then quit."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Static

from systemcraft_tui.core.terminal_text import visible
from systemcraft_tui.ui.screens.dialog import DialogScreen


def unavailable_message(error: Exception) -> str:
    return f"The practice log cannot be opened: {visible(str(error))}"


class LogUnavailableScreen(DialogScreen[None]):
    """Shows why the log cannot be opened; dismissed (to quit) by its one button or Esc."""

    DEFAULT_CSS = """
    LogUnavailableScreen > #dialog { width: 76; max-height: 95%; border: thick $error; }
    LogUnavailableScreen #quit { margin-top: 1; }
    """
    BINDINGS = [Binding("escape,q", "quit_app", "Quit")]

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def compose(self) -> ComposeResult:
        text = Text(unavailable_message(self.error), style="bold")
        text.append(
            "\n\nNothing was read or changed. Move what stands in the way (or give the "
            "log's folder back to your user), or start SystemCraft with another data "
            "folder: systemcraft --data-dir DIR.",
            style="",
        )
        with Vertical(id="dialog"):
            yield Static(text)
            yield Button("Quit", id="quit", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_quit_app(self) -> None:
        self.dismiss(None)
