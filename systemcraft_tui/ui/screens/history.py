"""The practice history: every attempt newest first, filterable by scenario, kind and
date; the highlighted one is previewed, Enter opens it whole, and two attempts of one
scenario can be compared (mark one, then compare it with the highlighted one)."""

from __future__ import annotations

from datetime import datetime

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Footer, Header, Input, Select, Static

from systemcraft_tui.core.labels import STATUS_LABELS, kind_label
from systemcraft_tui.core.summaries import SessionSummary, answering, heard_figures
from systemcraft_tui.core.vocabulary import SESSION_KINDS as KINDS
from systemcraft_tui.core.windows import clock
from systemcraft_tui.core.wording import count
from systemcraft_tui.practice.history import RANGES, HistoryFilters, compare, filter_history
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.ui.attempt_text import (
    facts,
    ratings_text,
    times_table,
)
from systemcraft_tui.ui.fit import PREVIEW_HINT, TitleTableScreen, title_cell
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.attempt import AttemptScreen, CompareScreen
from systemcraft_tui.ui.widgets.row_table import RowTable
from systemcraft_tui.ui.widgets.search import SearchBox

EMPTY = "No attempts in your log yet: rehearse a scenario from the library (Esc, then Enter on one) and it shows here."
MARK = "◆"
# The columns around the title, with the widths their values need; the title takes the rest
# (cut at a word; the preview shows it whole).
BEFORE_TITLE = ((" ", 1), ("When", 12), (" ", 1), ("Score", 5))
AFTER_TITLE = (("Kind", 10), ("Time", 6))


class HistoryScreen(TitleTableScreen):
    TABLE_ID = "attempts"
    OTHER_WIDTHS = tuple(width for _, width in (*BEFORE_TITLE, *AFTER_TITLE))
    WIDE_SHARE = 2 / 3  # app.tcss: 2fr beside the preview's 1fr
    BINDINGS = [
        Binding("slash", "search", "Search"),
        Binding("o", "open", "Open"),
        Binding("m", "mark", "Mark"),
        Binding("c", "compare", "Compare"),
        Binding("escape", "close", "Back"),
    ]

    def __init__(self, log: PracticeLog, now: datetime) -> None:
        super().__init__()
        self.practice_log = log
        self.now = now
        self.year = now.astimezone().year
        self.summaries = log.summaries()
        self.shown: list[SessionSummary] = []
        self.by_id = {s.id: s for s in self.summaries}
        self.marked: SessionSummary | None = None

    def compose(self) -> ComposeResult:
        self.choose_layout()
        yield Header()
        with Horizontal(id="history-filters"):
            yield SearchBox("#attempts", placeholder="Scenario (/)", id="history-search")
            yield Select(((kind_label(kind), kind) for kind in KINDS), prompt="Any kind", id="history-kind", compact=True)
            yield Select(
                ((label, days or 0) for label, days in RANGES), value=0, allow_blank=False, id="history-range", compact=True
            )
        with Horizontal(id="history-body"):
            yield RowTable(id="attempts", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="attempt-preview") as preview:
                preview.border_title = PREVIEW_HINT  # shown on its rule when it is under the table
                yield Static(id="attempt-preview-text")
        yield Static(id="history-status")
        yield Footer()

    def on_mount(self) -> None:
        self.first_title_width()
        self._apply_filters()
        self.query_one("#attempts", DataTable).focus()

    def refill(self) -> None:
        self._apply_filters()

    # --- filtering ------------------------------------------------------------------------

    def current_filters(self) -> HistoryFilters:
        kind = self.query_one("#history-kind", Select).value
        days = self.query_one("#history-range", Select).value
        return HistoryFilters(
            text=self.query_one("#history-search", Input).value,
            kind=None if kind is Select.NULL else str(kind),
            days=int(days) or None,  # 0 stands for all time: a Select value cannot be None
        )

    def on_input_changed(self, event: Input.Changed) -> None:
        self._apply_filters()

    def on_select_changed(self, event: Select.Changed) -> None:
        self._apply_filters()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#attempts", DataTable).focus()

    def _apply_filters(self) -> None:
        highlighted = self.highlighted()  # before the rows change: a refit keeps the user's place
        self.shown = filter_history(self.summaries, self.current_filters(), self.now)
        table = self.query_one("#attempts", DataTable)
        table.clear(columns=True)
        for label, width in (*BEFORE_TITLE, ("Title", self.title_width), *AFTER_TITLE):
            table.add_column(label, width=width)
        table.add_rows(self._row(s) for s in self.shown)
        if highlighted in self.shown:
            table.move_cursor(row=self.shown.index(highlighted))
        self._update_status()
        if self.shown:
            self._preview(self.shown[table.cursor_row])
        else:
            message = EMPTY if not self.summaries else "No attempt matches these filters."
            self.query_one("#attempt-preview-text", Static).update(Text(message, style="dim"))

    def _row(self, s: SessionSummary) -> list:
        started = s.started.astimezone()
        return [
            MARK if self.marked is not None and s.id == self.marked.id else "",
            f"{started:%d %b %H:%M}" if started.year == self.year else f"{started:%d %b %Y}",
            STATUS_LABELS[s.status][0],  # the mark alone; the preview spells the status out
            str(s.score) if s.score is not None else "–",
            title_cell(s.scenario.title, self.title_width),
            kind_label(s.scenario.kind),
            clock(answering(s)),
        ]

    def _update_status(self) -> None:
        text = Text(f"{len(self.shown)} of {count(len(self.summaries), 'attempt')}")
        if self.marked is not None:
            text.append(f" · marked: {plain(self.marked.scenario.title)} of {self.marked.started.astimezone():%d %b %H:%M}")
            text.append(" (c compares it with the highlighted one)", style="dim")
        else:
            text.append(" · m marks an attempt to compare", style="dim")
        self.query_one("#history-status", Static).update(text)

    # --- rows ---------------------------------------------------------------------------

    def highlighted(self) -> SessionSummary | None:
        table = self.query_one("#attempts", DataTable)
        if not 0 <= table.cursor_row < len(self.shown):
            return None
        return self.shown[table.cursor_row]

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if summary := self.highlighted():
            self._preview(summary)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def _preview(self, s: SessionSummary) -> None:
        parts = [*s.sections, *s.probes]
        preview = facts(s)
        if s.checks_total:
            preview.append(f"Answer checks passed: {s.checks_passed} of {s.checks_total}\n")
        if figures := heard_figures(s.heard):
            wpm, fillers, pauses = figures
            preview.append(f"Heard with voice: {wpm:.0f} wpm, {fillers:.1f} fillers a minute, {count(pauses, 'long pause')}\n")
        preview.append(ratings_text(s.ratings, s.red_flags, s.principles))
        preview.append("\nEnter opens it whole, with your notes.\n", style="dim")
        self.query_one("#attempt-preview-text", Static).update(Group(preview, times_table("Times", parts)) if parts else preview)

    # --- actions --------------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one("#history-search", Input).focus()

    def action_open(self) -> None:
        summary = self.highlighted()
        if summary is None:
            return
        session = self.practice_log.session(summary.id)
        if session is None:
            self.notify("That attempt is no longer in the log.", severity="warning")
            return
        self.app.push_screen(AttemptScreen(session))

    def action_mark(self) -> None:
        summary = self.highlighted()
        if summary is None:
            return
        previous = self.marked
        self.marked = None if previous is not None and previous.id == summary.id else summary
        changed = {s.id for s in (previous, self.marked) if s is not None}
        table = self.query_one("#attempts", DataTable)
        for row, s in enumerate(self.shown):
            if s.id in changed:
                table.update_cell_at((row, 0), MARK if s is self.marked else "")
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
