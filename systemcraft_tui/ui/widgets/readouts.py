"""What a running clock shows: a line of text and a bar, each painted again only when
what it draws changes. A clock ticks four times a second and its figures change once a
second at most; every repaint costs the machine something while nobody types."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import RenderResult
from textual.renderables.bar import Bar
from textual.widget import Widget
from textual.widgets import Static


class Readout(Static):
    """A Static whose `show` repaints only a changed text, without laying the screen out
    again: its size is the stylesheet's, or see `wraps`."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._key: tuple[str, object, object] | None = None

    def show(self, text: Text, *, wraps: bool = False) -> None:
        """wraps: the text may wrap (its height is auto), so the screen is laid out again
        when its length changes (a minute's digit more), not on every change."""
        key = (text.plain, text.style, text.spans)  # Text's == leaves out its own style
        if key != self._key:
            layout = wraps and (self._key is None or len(self._key[0]) != len(text.plain))
            self._key = key
            self.update(text, layout=layout)


class WindowBar(Widget):
    """Time used against a window, drawn as Textual's ProgressBar draws its bar (half
    cells), without the ProgressBar's once-a-second ETA repaint that nothing here shows."""

    COMPONENT_CLASSES = {"bar--bar", "bar--complete"}
    DEFAULT_CSS = """
    WindowBar { width: 32; height: 1; }
    WindowBar > .bar--bar { color: $primary; background: $surface; }
    WindowBar > .bar--complete { color: $success; background: $surface; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._fraction = 0.0
        self._drawn: tuple[float, int] | None = None  # the part filled (whole half cells), at a width

    def show(self, total: float, progress: float) -> None:
        self._fraction = min(max(progress / total, 0.0), 1.0) if total > 0 else 1.0
        drawn = (self.filled, self.size.width)
        if drawn != self._drawn:
            self._drawn = drawn
            self.refresh()

    @property
    def filled(self) -> float:
        """The part of the bar drawn: whole half cells."""
        half_cells = 2 * self.size.width
        return int(self._fraction * half_cells) / half_cells if half_cells else self._fraction

    def render(self) -> RenderResult:
        filled = self.filled
        style = self.get_component_rich_style("bar--bar" if filled < 1 else "bar--complete")
        return Bar(
            highlight_range=(0, self.size.width * filled),
            highlight_style=Style.from_color(style.color),
            background_style=Style.from_color(style.bgcolor),
        )
