"""A search field that gives the keyboard back: Esc or ↓ moves to the list it filters."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class SearchBox(Input):
    BINDINGS = [
        Binding("escape", "to_results", "Back to the list", show=False),
        Binding("down", "to_results", "To the list", show=False),
    ]

    def __init__(self, results: str, *, placeholder: str, id: str) -> None:
        """`results`: the selector of the list the search filters."""
        super().__init__(placeholder=placeholder, id=id, compact=True)
        self.results = results

    def action_to_results(self) -> None:
        self.screen.query_one(self.results).focus()
