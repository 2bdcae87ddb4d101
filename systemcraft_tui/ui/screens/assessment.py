"""Self-assessment: rate each item 1-5, tick the red flags you fell into, read the checks,
watch the score follow the formula shown, then save."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Header, Static

from systemcraft_tui.core.wording import count
from systemcraft_tui.practice.assessment import (
    Attempt,
    Rehearsable,
    rating_items,
    red_flag_items,
)
from systemcraft_tui.practice.scoring import FORMULA
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.widgets.checks import checks_text
from systemcraft_tui.ui.widgets.rating import Rating
from systemcraft_tui.ui.widgets.ready_footer import ReadyFooter
from systemcraft_tui.ui.widgets.tick import Tick


class AssessmentScreen(Screen[Attempt | None]):
    """Dismisses with the scored attempt to save, or None when the user leaves (asked
    first); the attempt keeps the ratings given so far either way."""

    DEFAULT_CSS = """
    AssessmentScreen #assessment { padding: 0 1; }
    AssessmentScreen #formula { color: $text-muted; }
    AssessmentScreen #score { margin-top: 1; }
    AssessmentScreen #assessment-buttons { height: auto; margin: 1 0; }
    AssessmentScreen Button { margin-right: 2; }
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "leave", "Leave"),
    ]

    def __init__(self, item: Rehearsable, attempt: Attempt, keep_draft: Callable[[Attempt], None] | None = None) -> None:
        """keep_draft(attempt) saves the attempt, rated so far, as a draft in the background."""
        super().__init__()
        self.item = item
        self.attempt = attempt
        self.keep_draft = keep_draft
        self.items = rating_items(item)
        self.flags = red_flag_items(item)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="assessment"):
            yield Static(Text(f"Self-assessment: {plain(self.item.title)}", style="bold"), classes="heading")
            yield Static("Rate each item honestly, 1 (weak) to 5 (strong): type the number or use ←/→.", classes="hint")
            for index, label in enumerate(self.items):
                yield Rating(plain(label), self.attempt.ratings.get(label), moves_on=True, id=f"rating-{index}")
            if self.flags:
                yield Static(Text("Red flags you fell into", style="bold"), classes="heading")
                for index, flag in enumerate(self.flags):
                    yield Tick(Text(plain(flag)), flag, flag in self.attempt.red_flags, id=f"flag-{index}")
            yield Static(Text("Answer checks", style="bold"), classes="heading")
            yield Static(checks_text(self.attempt.checks), id="checks")
            yield Static(id="score")
            yield Static(Text(FORMULA, style="dim"), id="formula")
            with Horizontal(id="assessment-buttons"):
                yield Button("Save to log", id="save", variant="success")
                yield Button("Leave", id="leave", variant="error")
        yield ReadyFooter()

    def on_mount(self) -> None:
        # A resumed draft opens where the user left off: on the first item still unrated.
        ratings = list(self.query(Rating))
        next((rating for rating in ratings if rating.value is None), ratings[0]).focus()
        self._update_score()

    def on_rating_changed(self, event: Rating.Changed) -> None:
        self._collect()
        self._keep_draft()

    def on_tick_changed(self, event: Tick.Changed) -> None:
        self._collect()
        self._keep_draft()

    def _keep_draft(self) -> None:
        if self.keep_draft is not None:
            self.keep_draft(self.attempt)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_save() if event.button.id == "save" else self.action_leave()

    def _collect(self) -> None:
        self.attempt.ratings = {
            label: rating.value for label, rating in zip(self.items, self.query(Rating), strict=True) if rating.value is not None
        }
        self.attempt.red_flags = [flag for flag, box in zip(self.flags, self.query(Tick), strict=True) if box.value]
        self._update_score()

    def _update_score(self) -> None:
        """No score before a rating: the formula's other parts alone would be a made-up figure."""
        value = self.attempt.rescore()
        rated, items = len(self.attempt.ratings), len(self.items)
        if not rated:
            text = Text("No score yet", style="bold")
            text.append(f"   rate the items above: 0 of {items} rated", style="dim")
        elif rated < items:
            text = Text(f"Score so far {value}/100", style="bold")
            text.append(f"   from the {rated} of {items} items rated", style="dim")
        else:
            text = Text(f"Score {value}/100", style="bold")
            text.append(f"   all {items} items rated", style="dim")
        self.query_one("#score", Static).update(text)

    def action_save(self) -> None:
        self._collect()
        unrated = [rating for rating in self.query(Rating) if rating.value is None]
        if unrated:
            self.notify(f"Rate every item before saving: {len(unrated)} left.", severity="warning")
            unrated[0].focus()
            return
        self.dismiss(self.attempt)

    def action_leave(self) -> None:
        self._collect()
        rated = len(self.attempt.ratings)
        given = f"the {count(rated, 'rating')} given so far" if rated else "no ratings yet"
        question = (
            f"Leave without a score? The attempt is kept as a draft with {given}; the next start offers to finish rating it."
        )

        def answer(leave: bool | None) -> None:
            if leave:
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen(question, "Leave", "Keep rating"), answer)
