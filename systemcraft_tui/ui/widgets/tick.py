"""A box to tick beside a long text that wraps under itself, not under the box
(Textual's SelectionList and Checkbox keep to one line or wrap back to the edge)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget


class Tick(Widget, can_focus=True):
    BINDINGS = [
        Binding("space,enter", "tick", "Tick", show=False),
        # Boxes stand in a column: up and down go to the one above or below, as Tab does.
        Binding("down", "app.focus_next", "Next", show=False),
        Binding("up", "app.focus_previous", "Previous", show=False),
    ]

    COMPONENT_CLASSES = {"tick--done"}
    DEFAULT_CSS = """
    Tick { height: auto; }
    Tick > .tick--done { color: $success; text-style: bold; }
    Tick:focus { background: $boost; }
    """

    value: reactive[bool] = reactive(False)

    class Changed(Message):
        """Sent when the user ticks or unticks, never when the value is set in code."""

        def __init__(self, tick: Tick) -> None:
            super().__init__()
            self.tick = tick

    def __init__(self, label: Text, key: str, value: bool = False, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.label = label
        self.key = key
        self.set_reactive(Tick.value, value)

    def render(self) -> Table:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=3, no_wrap=True)
        grid.add_column(ratio=1)
        box = Text("[x]", style=self.get_component_rich_style("tick--done")) if self.value else Text("[ ]", style="dim")
        grid.add_row(box, self.label)
        return grid

    def action_tick(self) -> None:
        self.value = not self.value
        self.post_message(self.Changed(self))

    def on_click(self, event: events.Click) -> None:
        self.action_tick()
