"""One deep dive: its quick-reference table, its quick prep lists and its self-assessment
checklists, each item rated 1-5 and saved to the log as a session of its own."""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Static

from systemcraft_tui.content.model import DeepDive
from systemcraft_tui.core.records import Session
from systemcraft_tui.core.summaries import SessionSummary
from systemcraft_tui.core.wording import count
from systemcraft_tui.practice.deep_dive import FORMULA, ChecklistTimer, checklist_score
from systemcraft_tui.ui.practice_app import practice_app
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.reading import ReadingScreen
from systemcraft_tui.ui.widgets.rating import Rating

CONCEPT_WIDTH = 16  # the concept column's most cells, unless one word of a name needs more or there is room
OTHER_LEAST = 24  # cells each other column keeps before the concept column takes more than CONCEPT_WIDTH
TABLE_FRAME = 13  # the table's cells that are not text: five borders and two of padding a column


class _Concepts:
    """The quick-reference table, laid out for the width it is drawn at (a resize draws it
    again). The Concept column is as wide as its longest word (a ratio's share cut
    "Read-through" to "Read-throug" at 80 columns: Rich gives a ratio column no least
    width), up to CONCEPT_WIDTH, or up to its longest name while the other columns keep
    OTHER_LEAST cells each; they share the rest."""

    def __init__(self, item: DeepDive) -> None:
        self.item = item

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        names = [plain(concept.name) for concept in self.item.concepts]
        word = max((cell_len(word) for name in names for word in name.split()), default=0)
        name = max(map(cell_len, names), default=0)
        # A column the file fills for no concept is left out (a deep dive written as an outline
        # gives only definitions): empty, it took its share of an 80-column screen all the same.
        rows = [(c.definition, c.when_to_use, c.trade_off) for c in self.item.concepts]
        shown = [n for n in range(3) if n == 0 or any(row[n].strip() for row in rows)]
        room = options.max_width - TABLE_FRAME - len(shown) * OTHER_LEAST
        table = Table(expand=True, show_lines=True)
        table.add_column("Concept", min_width=word, max_width=max(word, CONCEPT_WIDTH, min(name, room)), overflow="fold")
        for n in shown:
            table.add_column(("Definition", "When to use", "Trade-off")[n], ratio=1)
        for text, row in zip(names, rows, strict=True):
            table.add_row(Text(text), *(Text(plain(row[n])) for n in shown))
        yield table


class DeepDiveScreen(ReadingScreen):
    BINDINGS = [Binding("ctrl+s", "save", "Save", priority=True), *ReadingScreen.BINDINGS]  # listed for the palette
    COLUMN_ID = "deep-dive"
    DEFAULT_CSS = """
    DeepDiveScreen #formula { color: $text-muted; }
    DeepDiveScreen #score { margin-top: 1; }
    DeepDiveScreen #deep-dive-buttons { height: auto; margin-top: 1; }
    DeepDiveScreen Button { margin-right: 2; }
    """

    def __init__(self, item: DeepDive, last: SessionSummary | None = None) -> None:
        super().__init__()
        self.item = item
        self.last = last
        # (checklist index, item text) per Rating, in screen order
        self.items = [(n, text) for n, checklist in enumerate(item.checklists) for text in checklist.items]

    def parts(self) -> ComposeResult:
        item = self.item
        title = Text(plain(item.title), style="bold")
        if self.last is not None and self.last.score is not None:
            title.append(f"\nLast self-assessment {self.last.started.astimezone():%d %b %Y}: {self.last.score}/100", style="dim")
        yield Static(title)
        if item.summary:
            yield Static(Text(plain(item.summary)))
        yield Static(Text("Quick reference", style="bold"), classes="heading")
        yield Static(_Concepts(item) if item.concepts else Text("No key-concepts table in this deep dive.", style="dim"))
        for heading, entries in item.quick_prep.items():
            yield Static(Text(plain(heading), style="bold"), classes="heading")
            yield Static(Text("\n".join(f"• {plain(entry)}" for entry in entries)))
        yield Static(Text("Self-assessment", style="bold"), classes="heading")
        if self.items:
            yield from self._checklists()
        else:
            yield Static(Text("This deep dive has no self-assessment checklists to rate.", style="dim"))

    def _checklists(self) -> ComposeResult:
        yield Static("Rate each item 1 (weak) to 5 (strong): Tab to an item, then type the number or use ←/→.", classes="hint")
        for number, checklist in enumerate(self.item.checklists):
            yield Static(Text(plain(checklist.name), style="bold"), classes="heading")
            for index, (owner, text) in enumerate(self.items):
                if owner == number:
                    yield Rating(plain(text), moves_on=True, id=f"item-{index}")
        yield Static(id="score")
        yield Static(Text(FORMULA), id="formula")
        with Horizontal(id="deep-dive-buttons"):
            yield Button("Save to log", id="save", variant="success")

    def on_mount(self) -> None:
        clock = practice_app(self).practice.clock
        self.started = clock.utc_now()
        self.timer = ChecklistTimer(len(self.item.checklists), clock.monotonic())
        self.query_one("#deep-dive", VerticalScroll).focus()
        if self.items:
            self._update_score()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, Rating) and event.widget.id:
            owner = self.items[int(event.widget.id.removeprefix("item-"))][0]
            self.timer.work_on(owner, practice_app(self).practice.clock.monotonic())

    def on_rating_changed(self, event: Rating.Changed) -> None:
        self._update_score()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_save()

    def _ratings(self) -> dict[str, int]:
        ratings = {}
        for index, (_, text) in enumerate(self.items):
            value = self.query_one(f"#item-{index}", Rating).value
            if value is not None:
                ratings[text] = value
        return ratings

    def _update_score(self) -> None:
        ratings = self._ratings()
        value = checklist_score(ratings)
        text = Text("Score " + (f"{value}/100" if value is not None else "–"), style="bold")
        text.append(f"   {len(ratings)} of {count(len(self.items), 'item')} rated", style="dim")
        self.query_one("#score", Static).update(text)

    def action_save(self) -> None:
        if not self.items:
            self.notify("Nothing to rate in this deep dive.", severity="warning")
            return
        unrated = [rating for rating in self.query(Rating) if rating.value is None]
        if unrated:
            self.notify(f"Rate every item before saving: {len(unrated)} left.", severity="warning")
            unrated[0].focus()
            return
        app = practice_app(self)
        practice = app.practice
        seconds = self.timer.seconds(practice.clock.monotonic())
        ratings, started = self._ratings(), self.started

        def saved(session: Session) -> None:
            app.notify(f"Saved to your practice log: {session.score}/100.")
            if self.is_current:
                self.dismiss()

        app.write(lambda: practice.save_checklist(self.item, ratings, seconds, started), saved)

    def action_close(self) -> None:
        self.leave_first(self.dismiss, "Leave")

    def leave_first(self, leave: Callable[[], object], yes: str) -> None:
        """`leave` at once when nothing is rated, else once the ratings may be lost (Esc,
        and the app's Ctrl+Q: ui/leaving.py)."""
        rated = len(self._ratings()) if self.items else 0
        if not rated:
            leave()
            return
        question = f"Leave without saving? Your {count(rated, 'rating')} for this deep dive are not saved."

        def answer(go: bool | None) -> None:
            if go:
                leave()

        self.app.push_screen(ConfirmScreen(question, yes, "Stay"), answer)
