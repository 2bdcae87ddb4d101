"""The log could not be read: say what happened and let the user choose."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from systemcraft_tui.service import LogDamaged
from systemcraft_tui.ui.preview import plain


class DamagedLogScreen(ModalScreen[bool]):
    """Dismisses True to start a fresh log (the damaged files stay set aside), False to quit."""

    def __init__(self, damaged: LogDamaged) -> None:
        super().__init__()
        self.damaged = damaged

    def compose(self) -> ComposeResult:
        text = Text("Your practice log could not be read.\n\n", style="bold")
        for damaged in self.damaged.files:
            text.append(plain(f"• {damaged.describe()}\n"))
        text.append(
            "\nNothing has been overwritten or deleted: a copy of each damaged file is kept beside it. "
            "You can start a fresh log now (the damaged files are moved aside, never deleted), "
            "or quit and look at them first."
        )
        with Vertical(id="dialog"):
            yield Static(text)
            with Horizontal(id="buttons"):
                yield Button("Start a fresh log", id="fresh", variant="warning")
                yield Button("Quit", id="quit", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#quit", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "fresh")
