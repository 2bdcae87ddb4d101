"""Charts of practice per week, drawn with plotext in the colours of the current theme.

Each chart is redrawn from its data on every render, so a resize or a theme change
shows at once and the picture depends only on the data (snapshots stay stable)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import RenderResult
from textual_plotext import PlotextPlot
from textual_plotext.plot import Plot

from systemcraft_tui.practice.progress import PracticeWeek
from systemcraft_tui.ui.theme_colours import THEME_CLASSES, theme_css, theme_style


def week_label(week: PracticeWeek) -> str:
    return f"{week.start:%d %b}"


class WeekChart(PlotextPlot):
    """A chart over the practice weeks; subclasses say what they draw."""

    COMPONENT_CLASSES = set(THEME_CLASSES)
    DEFAULT_CSS = theme_css("WeekChart")

    def __init__(self, weeks: Sequence[PracticeWeek], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.weeks = list(weeks)

    def colour(self, name: str) -> tuple[int, int, int]:
        colour = theme_style(self, name).color
        assert colour is not None  # the stylesheet gives every theme class a colour
        red, green, blue = colour.get_truecolor()
        return red, green, blue

    def render(self) -> RenderResult:
        plt = self.plt
        plt.clear_figure()
        positions = list(range(len(self.weeks)))
        self.draw(plt, positions)
        # After drawing (bars set ticks of their own): a label a week while they fit, about 8 cells each.
        step = len(self.weeks) * 8 // max(self.size.width - 14, 8) + 1
        plt.xticks([float(p) for p in positions[::step]], [week_label(w) for w in self.weeks][::step])
        return super().render()

    def draw(self, plt: Plot, positions: list[int]) -> None:
        raise NotImplementedError


def whole_ticks(highest: float, count: int = 4) -> list[int]:
    """Whole-number ticks from 0 to at least `highest`: counts and minutes are not fractions."""
    step = max(1, -(-int(highest) // count))
    return list(range(0, max(int(highest), 1) + step, step))


class PracticeChart(WeekChart):
    """Sessions per week as bars (left axis), minutes per week as a line (right axis)."""

    def draw(self, plt: Plot, positions: list[int]) -> None:
        plt.title("Sessions (bars) and minutes (line) per week, last 12 weeks")
        sessions = [w.sessions for w in self.weeks]
        minutes = [round(w.minutes) for w in self.weeks]
        plt.bar(positions, sessions, color=self.colour("primary"), width=0.4)
        plt.plot(positions, minutes, yside="right", color=self.colour("accent"), marker="dot")
        for side, values in (("left", sessions), ("right", minutes)):
            ticks = whole_ticks(max(values))
            # plotext's stubs type yside as a float; plotext takes "left" or "right".
            plt.yticks([float(t) for t in ticks], yside=side)  # type: ignore[arg-type]
            plt.ylim(0, ticks[-1], yside=side)  # type: ignore[arg-type]


class ScoreChart(WeekChart):
    """The mean score of each week's completed sessions, on a 0-100 scale."""

    def draw(self, plt: Plot, positions: list[int]) -> None:
        plt.title("Mean score per week (completed sessions), last 12 weeks")
        scored = [(x, w.mean_score) for x, w in zip(positions, self.weeks, strict=True) if w.mean_score is not None]
        if scored:
            xs, ys = zip(*scored, strict=True)
            plt.plot(list(xs), [round(y) for y in ys], color=self.colour("success"), marker="dot")
        plt.xlim(-0.5, len(positions) - 0.5)
        plt.yticks([0, 25, 50, 75, 100])
        plt.ylim(0, 100)
