"""The feedback areas of a mock round (or of the whole loop), rated 1-5 with what each
rating means shown beside the scale, as the practice plan template names them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static

from systemcraft_tui.practice.mock_formats import RATINGS, FeedbackArea
from systemcraft_tui.ui.screens.confirm import leave_unrated
from systemcraft_tui.ui.widgets.rating import Rating
from systemcraft_tui.ui.widgets.ready_footer import ReadyFooter


def scale_text(area: FeedbackArea, chosen: int | None) -> Table:
    """The five meanings, the chosen one marked and in bold; a long one wraps under itself."""
    table = Table.grid(padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for n in RATINGS:
        style = "bold" if n == chosen else "dim"
        table.add_row(Text(f"{'▶' if n == chosen else ' '} {n}", style=style), Text(area.meaning(n), style=style))
    return table


class FeedbackScreen(Screen[dict[str, int] | None]):
    """Dismisses with the ratings given (every area rated), or None when left unrated (asked first)."""

    DEFAULT_CSS = """
    FeedbackScreen #feedback { padding: 0 1; }
    FeedbackScreen .hint { color: $text-muted; }
    FeedbackScreen .scale { margin-bottom: 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "skip", "Leave unrated"),
    ]

    def __init__(
        self,
        heading: str,
        areas: Sequence[FeedbackArea],
        given: Mapping[str, int] | None = None,
        keep_draft: Callable[[dict[str, int], bool], None] | None = None,
    ) -> None:
        """keep_draft(ratings, wait) keeps the ratings given so far with the mock's draft: in
        the background as each is given, or before it returns when `wait` (the app is closing)."""
        super().__init__()
        self.heading = heading
        self.areas = tuple(areas)
        self.given = dict(given or {})
        self.keep_draft = keep_draft
        self._dismissed = False

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="feedback"):
            yield Static(Text(self.heading, style="bold"))
            yield Static("Rate each area as the interviewer would, 1 to 5: type the number or use ←/→.", classes="hint")
            for index, area in enumerate(self.areas):
                chosen = self.given.get(area.name)
                yield Rating(area.name, chosen, moves_on=True, id=f"area-{index}")
                yield Static(scale_text(area, chosen), id=f"scale-{index}", classes="scale")
        yield ReadyFooter()

    def on_mount(self) -> None:
        self.query(Rating).first().focus()

    def on_rating_changed(self, event: Rating.Changed) -> None:
        index = int((event.rating.id or "area-0").removeprefix("area-"))
        self.query_one(f"#scale-{index}", Static).update(scale_text(self.areas[index], event.rating.value))
        self.given = self.ratings()
        if self.keep_draft is not None:
            self.keep_draft(self.given, False)

    def dismiss(self, result: dict[str, int] | None = None) -> AwaitComplete:
        self._dismissed = True
        return super().dismiss(result)

    def on_unmount(self) -> None:
        if not self._dismissed and self.keep_draft is not None:  # the app is closing: keep the ratings given
            self.keep_draft(self.given, True)

    def ratings(self) -> dict[str, int]:
        return {area.name: r.value for area, r in zip(self.areas, self.query(Rating), strict=True) if r.value is not None}

    def action_save(self) -> None:
        unrated = [r for r in self.query(Rating) if r.value is None]
        if unrated:
            self.notify(f"Rate every area before saving: {len(unrated)} left (Esc leaves them all unrated).", severity="warning")
            unrated[0].focus()
            return
        self.dismiss(self.ratings())

    def action_skip(self) -> None:
        leave_unrated(self, len(self.ratings()), "Leave every area unrated? The verdict is then Not enough evidence.")
