"""The practice history: every attempt newest first, filterable by scenario, kind and
date; the highlighted one is previewed, Enter opens it whole, and two attempts of one
scenario can be compared (mark one, then compare it with the highlighted one).

The log's digest does the filtering and hands over a page of attempts at a time: a long
history shows its newest PAGE first, and the next page is added as the cursor reaches the
last row, so opening it costs the same at 100 attempts or 100,000. Every page is asked for
in a worker (`PracticeApp.read`): the keys never wait on the digest."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Header, Input, Select

from systemcraft_tui.core.labels import STATUS_LABELS, kind_label
from systemcraft_tui.core.records import Session
from systemcraft_tui.core.summaries import SessionSummary, answering, heard_figures, search_text
from systemcraft_tui.core.vocabulary import SESSION_KINDS as KINDS
from systemcraft_tui.core.windows import clock
from systemcraft_tui.core.wording import count
from systemcraft_tui.practice.history import RANGES, HistoryFilters, compare
from systemcraft_tui.service import HistoryFacts, Page, Practice
from systemcraft_tui.ui.attempt_text import (
    facts,
    ratings_text,
    times_table,
)
from systemcraft_tui.ui.practice_app import practice_app
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.attempt import AttemptScreen, CompareScreen
from systemcraft_tui.ui.screens.log_following import LogFollowing
from systemcraft_tui.ui.widgets.filter_table import FilterTable, Row
from systemcraft_tui.ui.widgets.ready_footer import ReadyFooter
from systemcraft_tui.ui.widgets.status_line import StatusLine

EMPTY = "No attempts in your log yet: rehearse a scenario from the library (Esc, then Enter on one) and it shows here."
MARK = "◆"
# The columns around the title, with the widths their values need; the title takes the rest
# (cut at a word; the preview shows it whole).
BEFORE_TITLE = ((" ", 1), ("When", 12), (" ", 1), ("Score", 5))
AFTER_TITLE = (("Kind", 10), ("Time", 6))
PAGE = 200  # attempts shown at first, and added each time the cursor reaches the last one


def first_page(practice: Practice) -> tuple[HistoryFacts, Page]:
    """What the screen opens with: the log's count and clock, and its newest attempts."""
    facts = practice.history()
    return facts, practice.history_page(HistoryFilters(), facts.now, 0, PAGE)


class HistoryScreen(LogFollowing):
    DEFAULT_CSS = """
    HistoryScreen #history-kind { width: 16; }
    HistoryScreen #history-range { width: 18; }
    """
    BINDINGS = [
        Binding("slash", "search", "Search"),
        Binding("o", "open", "Open"),
        Binding("m", "mark", "Mark"),
        Binding("c", "compare", "Compare"),
        Binding("escape", "close", "Back"),
    ]

    def __init__(self, facts: HistoryFacts, page: Page) -> None:
        super().__init__()
        self._count(facts)
        self.summaries: list[SessionSummary] = []  # the pages asked for so far, newest first
        self.matching = 0  # attempts the filters keep, of which `summaries` is the start
        self.limit = PAGE
        self.asked = HistoryFilters()  # what `summaries` was asked for
        self.asking = False  # a page is being read
        self.opening = page
        self.shown: list[SessionSummary] = []
        self.by_id: dict[str, SessionSummary] = {}
        self.marked: SessionSummary | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        filters = (
            Select(((kind_label(kind), kind) for kind in KINDS), prompt="Any kind", id="history-kind", compact=True),
            Select(((label, days or 0) for label, days in RANGES), value=0, allow_blank=False, id="history-range", compact=True),
        )
        yield FilterTable(
            BEFORE_TITLE, AFTER_TITLE, table_id="attempts", preview=self._preview, search="Scenario (/)", filters=filters
        )
        yield StatusLine(id="history-status")
        yield ReadyFooter()

    def on_mount(self) -> None:
        self._show(self.opening)
        self.query_one("#attempts", DataTable).focus()

    def _count(self, facts: HistoryFacts) -> None:
        self.now, self.year = facts.now, facts.now.astimezone().year
        self.total = facts.sessions  # in the whole log

    def _catch_up(self) -> None:
        self.behind = False
        self._apply_filters(keep=self.highlighted_key(), recount=True)

    # --- filtering ------------------------------------------------------------------------

    def current_filters(self) -> HistoryFilters:
        kind = self.query_one("#history-kind", Select).value
        days = self.query_one("#history-range", Select).value
        return HistoryFilters(
            text=self.query_one("#search", Input).value,  # the table searches its rows too (Row.text), alike
            kind=None if kind is Select.NULL else str(kind),
            days=days or None if isinstance(days, int) else None,  # 0 stands for all time: a Select value cannot be None
        )

    def on_filter_table_changed(self) -> None:
        self.limit = PAGE
        self._apply_filters()

    def _apply_filters(self, keep: str | None = None, *, recount: bool = False) -> None:
        """Ask for the page the filters keep; with `recount`, for the log's count and clock
        too (another window saved)."""
        app = practice_app(self)
        practice, asked, now, limit = app.practice, self.current_filters(), self.now, self.limit
        self.asked, self.asking = asked, True

        def question() -> tuple[HistoryFacts | None, Page]:
            facts = practice.history() if recount else None
            return facts, practice.history_page(asked, now if facts is None else facts.now, 0, limit)

        def answered(answer: tuple[HistoryFacts | None, Page]) -> None:
            facts, page = answer
            if facts is not None:
                self._count(facts)
            self._show(page, keep)

        app.read(question, answered, group="history page", asker=self, failed=self._not_read)

    def _not_read(self) -> None:
        self.asking = False  # the notice said why; scrolling to the last row asks again

    def _show(self, page: Page, keep: str | None = None) -> None:
        self.asking = False
        self.summaries, self.matching = page.summaries, page.matching
        self.by_id = {s.id: s for s in self.summaries}
        empty = Text(EMPTY if not self.total else "No attempt matches these filters.", style="dim")
        self.query_one(FilterTable).show([self._row(s) for s in self.summaries], empty, keep)

    def on_filter_table_filtered(self) -> None:
        if self.current_filters().text.lower().split() != self.asked.text.lower().split():
            self.limit = PAGE  # the table searched the page it has: the search goes to the whole log
            self._apply_filters()
            return
        self.shown = [self.by_id[row.key] for row in self.query_one(FilterTable).shown]
        self._update_status()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """At the last row shown, the next page of a long history."""
        last = event.cursor_row == event.data_table.row_count - 1
        if last and self.matching > len(self.summaries) and not self.asking:
            self.limit += PAGE
            self._apply_filters(keep=self.highlighted_key())

    def _row(self, s: SessionSummary) -> Row:
        started = s.started.astimezone()
        before = (
            MARK if self.marked is not None and s.id == self.marked.id else "",
            f"{started:%d %b %H:%M}" if started.year == self.year else f"{started:%d %b %Y}",
            STATUS_LABELS[s.status][0],  # the mark alone; the preview spells the status out
            str(s.score) if s.score is not None else "–",
        )
        after = (kind_label(s.scenario.kind), clock(answering(s)))
        return Row(s.id, s.scenario.title, before, after, text=search_text(s))

    def _update_status(self) -> None:
        text = Text(f"{len(self.shown)} of {count(self.total, 'attempt')}")
        if self.matching > len(self.summaries):
            text.append(f" · {self.matching - len(self.summaries)} more below", style="dim")
        if self.marked is not None:
            text.append(f" · marked: {plain(self.marked.scenario.title)} of {self.marked.started.astimezone():%d %b %H:%M}")
            text.append(" (c compares it with the highlighted one)", style="dim")
        else:
            text.append(" · m marks an attempt to compare", style="dim")
        self.query_one("#history-status", StatusLine).update(text)

    # --- rows ---------------------------------------------------------------------------

    def highlighted_key(self) -> str | None:
        return self.query_one(FilterTable).highlighted

    def highlighted(self) -> SessionSummary | None:
        key = self.highlighted_key()
        return None if key is None else self.by_id[key]

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def _preview(self, key: str) -> RenderableType:
        s = self.by_id[key]
        parts = [*s.sections, *s.probes]
        preview = facts(s)
        if s.checks_total:
            preview.append(f"Answer checks passed: {s.checks_passed} of {s.checks_total}\n")
        if figures := heard_figures(s.heard):
            wpm, fillers, pauses = figures
            preview.append(f"Heard with voice: {wpm:.0f} wpm, {fillers:.1f} fillers a minute, {count(pauses, 'long pause')}\n")
        preview.rstrip()  # its last line's end: the ratings go on from the next line
        rated = ratings_text(s.ratings, s.red_flags, s.principles)
        hint = Text("\nEnter opens it whole, with your notes.\n", style="dim")
        return Group(preview, rated, hint, *([times_table("Times", parts)] if parts else []))

    # --- actions --------------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one(FilterTable).focus_search()

    def action_open(self) -> None:
        summary = self.highlighted()
        if summary is None:
            return
        app = practice_app(self)
        app.read(lambda: app.practice.session(summary.id), self._open, group="attempt", asker=self)

    def _open(self, session: Session | None) -> None:
        if session is None:
            self.notify("That attempt is no longer in the log.", severity="warning")
        elif self.app.screen is self:
            self.app.push_screen(AttemptScreen(session))

    def action_mark(self) -> None:
        summary = self.highlighted()
        if summary is None:
            return
        previous = self.marked
        self.marked = None if previous is not None and previous.id == summary.id else summary
        for s in (previous, self.marked):
            if s is not None:
                self.query_one(FilterTable).update_cell(s.id, 0, MARK if s is self.marked else "")
        self._update_status()

    def action_compare(self) -> None:
        summary = self.highlighted()
        if self.marked is None or summary is None:
            self.notify("Mark an attempt with m first, then highlight another attempt of the same scenario.")
            return
        if summary.id == self.marked.id:
            self.notify("Highlight another attempt of the same scenario to compare with the marked one.")
            return
        try:
            comparison = compare(self.marked, summary)
        except ValueError as error:
            self.notify(f"Only attempts of one scenario compare: {error}.", severity="warning", markup=False)
            return
        self.app.push_screen(CompareScreen(comparison))

    def action_close(self) -> None:
        self.dismiss(None)
