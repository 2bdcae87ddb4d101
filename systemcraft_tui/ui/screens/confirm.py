"""A yes/no question in a modal."""

from __future__ import annotations

from typing import Any, Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Static

from systemcraft_tui.core.terminal_text import visible
from systemcraft_tui.core.wording import count
from systemcraft_tui.ui.screens.dialog import DialogScreen


class ConfirmScreen(DialogScreen[bool | None]):
    """Dismisses True or False for the answer chosen, None on Esc (neither).

    The default answer is painted as the choice and has the focus, so Enter takes it;
    ←/→ and Tab move between the answers and Enter takes the focused one. A question that
    would remove or abandon something defaults to the answer that keeps it."""

    DEFAULT_CSS = """
    ConfirmScreen #buttons { height: auto; margin-top: 1; }
    ConfirmScreen Button { margin-right: 2; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("left", "focus_answer('yes')", "Previous answer", show=False),
        Binding("right", "focus_answer('no')", "Next answer", show=False),
    ]

    def __init__(self, question: str, yes: str = "Yes", no: str = "No", *, default: Literal["yes", "no"] = "no") -> None:
        super().__init__()
        self.question, self.yes, self.no, self.default = question, yes, no, default

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(self.asked())
            with Horizontal(id="buttons"):
                yield Button(self.yes, id="yes", variant="primary" if self.default == "yes" else "warning")
                yield Button(self.no, id="no", variant="primary" if self.default == "no" else "default")

    def asked(self) -> Text:
        """The question as shown (its control characters made visible)."""
        return Text(visible(self.question))

    def on_mount(self) -> None:
        self.query_one(f"#{self.default}", Button).focus()

    def action_focus_answer(self, answer: str) -> None:
        self.query_one(f"#{answer}", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_cancel(self) -> None:
        self.dismiss(None)


def leave_unrated(screen: Screen[Any], rated: int, consequence: str) -> None:
    """Dismiss `screen` with None (left unrated) once the user agrees: `consequence` says
    what that means for the mock, and ratings given so far (`rated`) are said to be dropped."""
    dropped = f" The {count(rated, 'rating')} given so far are dropped." if rated else ""

    def answer(leave: bool | None) -> None:
        if leave:
            screen.dismiss(None)

    screen.app.push_screen(ConfirmScreen(f"{consequence}{dropped}", "Leave unrated", "Keep rating"), answer)
