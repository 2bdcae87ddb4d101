"""A list of content problems as `file:line: message`, so a bad file never costs the rest."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList

from systemcraft_tui.content.model import Problem
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.dialog import DialogScreen


class ProblemsScreen(DialogScreen[None]):
    DEFAULT_CSS = """
    ProblemsScreen > #dialog { width: 90%; height: 80%; border: thick $warning; padding: 0 1; }
    ProblemsScreen #problem-list { height: 1fr; }
    """
    BINDINGS = [Binding("escape,q", "dismiss", "Close")]

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__()
        self.problems = problems

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Text(f"Content problems ({len(self.problems)}) · Esc to close", style="bold"))
            options = [
                Text(plain(problem.format()), style="red" if problem.severity == "error" else "yellow")
                for problem in self.problems
            ] or [Text("No problems: every file was read cleanly.")]
            yield OptionList(*options, id="problem-list")
