"""Before the clock starts: how to rehearse this item."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from systemcraft_tui.content.model import BehavioralScenario, Problem
from systemcraft_tui.practice.assessment import Rehearsable
from systemcraft_tui.practice.steps import DESIGN_PRESETS, Mode
from systemcraft_tui.ui.preview import errors_text, plain
from systemcraft_tui.wording import count


@dataclass(frozen=True)
class StartChoice:
    mode: Mode | None = None  # behavioral
    preset_minutes: int | None = None  # design: None keeps the file's own phases


class StartScreen(ModalScreen[StartChoice | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, item: Rehearsable, errors: list[Problem] | None = None) -> None:
        """errors: those in the item's file, told before the rehearsal starts."""
        super().__init__()
        self.item = item
        self.errors = errors or []
        self.choices: list[tuple[StartChoice, str]] = []
        if isinstance(item, BehavioralScenario):
            full = sum(s.max_seconds for s in item.star)
            self.choices = [
                (StartChoice(Mode.FULL), f"Full answer (sections as written, {full // 60}:{full % 60:02d} at most)"),
                (StartChoice(Mode.TWO_MINUTE), "2-minute version (sections scaled to 2:00)"),
                (StartChoice(Mode.ELEVATOR), "30-second elevator version (sections scaled to 0:30)"),
            ]
        else:
            if all(p.timing == "file" for p in item.phases):
                self.choices.append((StartChoice(), f"The problem's own phases ({count(item.total_minutes, 'minute')})"))
            self.choices += [(StartChoice(preset_minutes=m), f"{m}-minute interview preset") for m in DESIGN_PRESETS]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Text.assemble(("Rehearse: ", "bold"), plain(self.item.title)))
            if self.errors:
                yield Static(errors_text(self.errors), id="file-errors")
            yield OptionList(*(Option(label, id=str(i)) for i, (_, label) in enumerate(self.choices)), id="choices")
            yield Label(Text("Enter to start · Esc to cancel", style="dim"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option_index][0])

    def action_cancel(self) -> None:
        self.dismiss(None)
