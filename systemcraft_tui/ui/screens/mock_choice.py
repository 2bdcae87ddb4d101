"""Which mock interview to run: the practice plan template's four, with their length and focus."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from systemcraft_tui.practice.mock_formats import FORMATS, MockFormat


def length_words(minutes: int) -> str:
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h" + (f" {minutes % 60:02d} min" if minutes % 60 else "")


def format_line(fmt: MockFormat) -> Text:
    text = Text(fmt.title, style="bold")
    rounds = f"{len(fmt.rounds)} rounds, " if len(fmt.rounds) > 1 else ""
    text.append(f"  {rounds}{length_words(fmt.minutes)}\n", style="")
    text.append(fmt.focus, style="dim")
    return text


class MockChoiceScreen(ModalScreen[str | None]):
    """Dismisses with the chosen format's key, or None on Esc."""

    DEFAULT_CSS = """
    MockChoiceScreen { align: center middle; }
    MockChoiceScreen #dialog { width: 70; max-width: 100%; height: auto; padding: 1 2; background: $panel; border: thick $primary; }
    MockChoiceScreen #formats { height: auto; max-height: 14; margin-top: 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text("Mock interview: the interviewer draws the questions and keeps the clock.", style="bold"))
            yield OptionList(*(Option(format_line(f), id=key) for key, f in FORMATS.items()), id="formats")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
