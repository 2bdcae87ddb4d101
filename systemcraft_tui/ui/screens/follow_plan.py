"""Choose a practice plan to follow and the day it starts."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from systemcraft_tui.content.model import PracticePlan
from systemcraft_tui.core.records import PlanProgress
from systemcraft_tui.core.wording import count
from systemcraft_tui.practice.plan_progress import parse_day
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.dialog import DialogScreen


class FollowPlanScreen(DialogScreen[tuple[PracticePlan, date] | None]):
    """Dismisses with the plan and its start date, or None."""

    DEFAULT_CSS = """
    FollowPlanScreen > #dialog { width: 72; }
    FollowPlanScreen #plans { height: auto; max-height: 6; margin: 1 0; }
    FollowPlanScreen #date-error { height: auto; color: $error; }
    FollowPlanScreen #buttons { height: auto; margin-top: 1; }
    FollowPlanScreen Button { margin-right: 2; }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, plans: list[PracticePlan], chosen: PracticePlan | None, start: date, following: PlanProgress | None
    ) -> None:
        super().__init__()
        self.plans = plans
        self.chosen = chosen if chosen in plans else None
        self.start = start
        self.following = following

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Text("Follow a practice plan", style="bold"))
            options = (Option(Text(f"{plain(p.title)} · {count(p.length_weeks, 'week')}"), id=p.id) for p in self.plans)
            yield OptionList(*options, id="plans")
            yield Label("Start date (YYYY-MM-DD): the plan's first week starts that day")
            yield Input(self.start.isoformat(), id="start-date", compact=True)
            yield Static(id="date-error")
            if self.following is not None:
                note = Text(f"You follow '{plain(self.following.plan_title or self.following.plan_id)}', ")
                note.append(f"started {self.following.start_date:%d %b %Y}. ")
                note.append("Following another plan asks first; weekly assessments always stay in the log.")
                yield Static(note, classes="hint")
            with Horizontal(id="buttons"):
                yield Button("Follow", id="follow", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        plans = self.query_one("#plans", OptionList)
        plans.highlighted = self.plans.index(self.chosen) if self.chosen else 0
        plans.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#start-date", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._start_date()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._follow()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self._follow() if event.button.id == "follow" else self.action_cancel()

    def _start_date(self) -> date | None:
        """The typed date, or None with the reason shown under the field."""
        error = self.query_one("#date-error", Static)
        try:
            day = parse_day(self.query_one("#start-date", Input).value)
        except ValueError as problem:
            error.update(Text(str(problem), style="bold"))
            return None
        error.update("")
        return day

    def _follow(self) -> None:
        day = self._start_date()
        index = self.query_one("#plans", OptionList).highlighted
        if day is None:
            self.query_one("#start-date", Input).focus()
        elif index is not None:
            self.dismiss((self.plans[index], day))

    def action_cancel(self) -> None:
        self.dismiss(None)
