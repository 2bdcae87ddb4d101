"""A compact Select drawn before it is built: one line that looks as the Select will with
nothing chosen, standing in its place for the first frame. A Select is eighteen widgets
(its current value, label, arrows and a hidden option list), styled on mount, which the
library's first frame does not need; the screen puts the real ones in its stand-ins'
places right after that frame (`put_in_place`), in one update, so nothing moves."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widget import Widget
from textual.widgets import Select

ARROW = " ▼"  # Select's down arrow, after its one column of padding


class ChoiceStandIn(Widget):
    """A compact Select's look with nothing chosen: its prompt, and its arrow at the right."""

    # As SelectCurrent and its label and arrow are styled in a compact Select (textual/widgets/_select.py).
    DEFAULT_CSS = "ChoiceStandIn { height: 1; padding: 0 1 0 0; background: $surface; color: $foreground 50%; }"

    def __init__(self, select: Select) -> None:
        super().__init__(id=select.id)
        self.select = select

    def render(self) -> Text:
        label = max(self.content_size.width - len(ARROW), 0)
        return Text(self.select.prompt[:label].ljust(label) + ARROW, no_wrap=True, overflow="crop")


async def put_in_place(stand_ins: Sequence[ChoiceStandIn]) -> None:
    """The Selects in their stand-ins' places, shown in the same frame as each other."""
    if not stand_ins:
        return
    app = stand_ins[0].app
    with app.batch_update():
        for stand_in in stand_ins:
            parent = stand_in.parent
            # The screen is going, or the app was told to close (`systemcraft mock` with a
            # library that cannot fill it): a Select mounted now could find its parts gone.
            if not isinstance(parent, Widget) or not parent.is_attached or app.return_code is not None:
                return
            place = parent.children.index(stand_in)
            await stand_in.remove()  # first: the Select takes its id
            if not parent.is_attached or app.return_code is not None:
                return
            await parent.mount(stand_in.select, before=place if place < len(parent.children) else None)
