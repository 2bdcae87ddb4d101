"""A 1-5 rating for one self-assessment item: keys 1-5, or left/right; up and down move to
the next item. A long label wraps under itself, beside the dots."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget


class Rating(Widget, can_focus=True):
    BINDINGS = [
        *(Binding(str(n), f"rate({n})", f"Rate {n}", show=False) for n in range(1, 6)),
        Binding("left", "step(-1)", "Lower", show=False),
        Binding("right", "step(1)", "Higher", show=False),
        # Ratings stand in a column: up and down go to the one above or below, as Tab does.
        Binding("down", "app.focus_next", "Next", show=False),
        Binding("up", "app.focus_previous", "Previous", show=False),
    ]

    COMPONENT_CLASSES = {"rating--filled"}
    DEFAULT_CSS = """
    Rating { height: auto; }
    Rating > .rating--filled { color: $accent; text-style: bold; }
    Rating:focus { background: $boost; }
    """

    value: reactive[int | None] = reactive(None)

    class Changed(Message):
        def __init__(self, rating: Rating) -> None:
            super().__init__()
            self.rating = rating

    def __init__(self, label: str, value: int | None = None, *, moves_on: bool = False, id: str | None = None) -> None:
        """`moves_on`: one of a screen of ratings, where a number typed goes on to the next
        (move_on); ←/→ only adjust, so they stay."""
        super().__init__(id=id)
        self.label = label
        self.moves_on = moves_on
        self.set_reactive(Rating.value, value)

    def render(self) -> Table:
        dots = Text()
        filled_style = self.get_component_rich_style("rating--filled")
        for n in range(1, 6):
            filled = self.value is not None and n <= self.value
            dots.append("● " if filled else "○ ", style=filled_style if filled else "dim")
        dots.append(f"{self.value}/5" if self.value else "not rated", style="bold" if self.value else "dim")
        grid = Table.grid(padding=(0, 2, 0, 0))
        grid.add_column(width=19, no_wrap=True)  # five dots and "not rated"
        grid.add_column(ratio=1)
        grid.add_row(dots, Text(self.label))  # literal: a label is never markup
        return grid

    def action_rate(self, value: int) -> None:
        self.value = value
        if self.moves_on:
            move_on(self)

    def action_step(self, delta: int) -> None:
        self.value = 3 if self.value is None else min(5, max(1, self.value + delta))

    def watch_value(self) -> None:
        self.post_message(self.Changed(self))


def move_on(typed: Rating) -> None:
    """After a rating typed as a number, the focus goes on to the next rating still unrated
    on its screen (after it, then from the top); once all are rated, to what Tab reaches
    next (the red flags, or Save), unless Tab would go round to the top (the plan's tabs):
    then it stays. Shift+Tab and the arrows still go back. At once, as the
    key is handled: focus() (or a message) would move it only after keys already typed,
    and those would rate this item again."""
    screen = typed.screen
    ratings = [rating for rating in screen.query(Rating) if rating.focusable]
    at = ratings.index(typed)
    unrated = [rating for rating in ratings[at + 1 :] + ratings[:at] if rating.value is None]
    if unrated:
        screen.set_focus(unrated[0])
    elif screen.focus_chain[-1:] != [typed]:
        screen.focus_next()
