"""The library: every scenario and problem the app can rehearse, filterable, with a preview."""

from __future__ import annotations

import dataclasses

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Select, Static

from systemcraft_tui.content.library import Library
from systemcraft_tui.content.model import ContentItem
from systemcraft_tui.content.principles import PRINCIPLES
from systemcraft_tui.practice.library_filter import Filters, filter_items
from systemcraft_tui.practice.scheduling import due_now, schedule, subjects
from systemcraft_tui.store import SessionSummary
from systemcraft_tui.ui.preview import errors_text, file_errors, item_level_text, item_preview, plain
from systemcraft_tui.ui.screens.problems import ProblemsScreen
from systemcraft_tui.ui.widgets.row_table import RowTable
from systemcraft_tui.ui.widgets.search import SearchBox
from systemcraft_tui.wording import count

# Columns after the title, with the widths their values need; the title takes the rest.
META_COLUMNS = (("Kind", 10), ("Level", 5), ("Last", 6), ("Score", 5))
NARROW_WIDTH = 120  # below this many columns the preview goes under the table
MIN_TITLE_WIDTH = 16
SCROLLBAR_WIDTH = 2

KIND_LABELS = {
    "behavioral": "Behavioral",
    "system_design": "Design",
    "deep_dive": "Deep dive",
    "plan": "Plan",
}


class LibraryScreen(Screen[None]):
    AUTO_FOCUS = "#items"
    BINDINGS = [
        Binding("slash", "search", "Search"),
        # Shown in the status line ("p to list", "d to show") and in help and the palette;
        # kept out of the footer so it fits 80 columns.
        Binding("p", "show_problems", "Content problems", show=False),
        Binding("g", "app.progress", "Progress"),
        Binding("h", "app.history", "History"),
        Binding("l", "app.practice_plan", "Plan"),
        Binding("d", "toggle_due", "Due only", show=False),
        Binding("n", "app.practice_next", "Practice next", key_display="n"),
        Binding("s", "app.stories", "Stories"),
        Binding("q", "app.quit", "Quit", show=False),
    ]

    def __init__(self, library: Library, last: dict[str, SessionSummary] | None = None) -> None:
        super().__init__()
        self.library = library
        self.last = last or {}
        self.shown: list[ContentItem] = []
        self.due_only = False
        self.due_ids: frozenset[str] = frozenset()  # items due for review, as of the last filtering
        self.due_count = 0  # of them, those the search and the other filters keep
        self.title_width = MIN_TITLE_WIDTH  # set to fill the table once its width is known

    def compose(self) -> ComposeResult:
        # Laid out for the terminal's width from the start: switching layouts on the first
        # resize restyles every widget (a tenth of the time to the first library screen).
        self.set_class(self.app.size.width < NARROW_WIDTH, "-narrow", update=False)
        yield Header()
        with Horizontal(id="filters"):
            yield SearchBox("#items", placeholder="Search (/)", id="search")
            yield Select(((label, kind) for kind, label in KIND_LABELS.items()), prompt="Any kind", id="kind", compact=True)
            levels = sorted({level for item in self.library.items for level in item.levels})
            yield Select(((Text(plain(level)), level) for level in levels), prompt="Any level", id="level", compact=True)
            yield Select(((p, p) for p in PRINCIPLES), prompt="Any principle", id="principle", compact=True)
        with Horizontal(id="body"):
            yield RowTable(id="items", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="preview"):
                yield Static(id="preview-text")
        yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        # A first guess at the table's width from the terminal's (as app.tcss lays it out),
        # so the first paint already fits; _fit_title corrects it once the table is laid out.
        screen_width = self.app.size.width
        table_width = screen_width if screen_width < NARROW_WIDTH else screen_width * 3 // 5
        self.title_width = self._title_width(table_width - SCROLLBAR_WIDTH)
        self._apply_filters()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")
        self.call_after_refresh(self._fit_title)

    def _fit_title(self) -> None:
        width = self._title_width(self.query_one("#items", DataTable).scrollable_content_region.width)
        if width != self.title_width:
            self.title_width = width
            self._apply_filters()

    def _title_width(self, table_width: int) -> int:
        """What the other columns, with their padding, leave of the table's width."""
        padding = 2 * self.query_one("#items", DataTable).cell_padding
        others = sum(width + padding for _, width in META_COLUMNS)
        return max(MIN_TITLE_WIDTH, table_width - others - padding)

    # --- filtering ----------------------------------------------------------------------

    def show_history(self, last: dict[str, SessionSummary]) -> None:
        """New practice was saved: refresh the last-practised columns."""
        self.last = last
        self._apply_filters()

    def current_filters(self) -> Filters:
        def chosen(widget_id: str) -> str | None:
            value = self.query_one(f"#{widget_id}", Select).value
            return None if value is Select.NULL else str(value)

        return Filters(
            text=self.query_one("#search", Input).value,
            kind=chosen("kind"),
            level=chosen("level"),
            principle=chosen("principle"),
            due=self.due_ids if self.due_only else None,
        )

    def on_input_changed(self, event: Input.Changed) -> None:
        self._apply_filters()

    def on_select_changed(self, event: Select.Changed) -> None:
        self._apply_filters()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#items", DataTable).focus()

    def _apply_filters(self) -> None:
        self.due_ids = self._due_ids()
        filters = self.current_filters()
        matching = filter_items(self.library.items, dataclasses.replace(filters, due=None))
        self.due_count = sum(item.id in self.due_ids for item in matching)  # of what the other filters keep
        self.shown = filter_items(matching, filters)
        table = self.query_one("#items", DataTable)
        highlighted = self._highlighted_id(table)
        table.clear(columns=True)
        table.add_column("Title", width=self.title_width, key="title")
        for label, width in META_COLUMNS:
            table.add_column(label, width=width, key=label.lower())
        rejected = {problem.path for problem in self.library.errors}
        for item in self.shown:
            last = self.last.get(item.id)
            title = Text(no_wrap=True, overflow="ellipsis")
            if item.origin.path in rejected:  # lint rejects its file: the preview says why
                title.append("✗ ", style="bold red")
            title.append(plain(item.title))
            table.add_row(
                title,
                KIND_LABELS[item.kind],
                item_level_text(item) or "–",
                last.started.astimezone().strftime("%d %b") if last else "–",
                str(last.score) if last and last.score is not None else "–",
                key=item.id,
            )
        self.query_one("#status", Static).update(self._status())
        ids = [item.id for item in self.shown]
        if highlighted in ids:  # a resize or a filter that still shows it keeps the user's place
            table.move_cursor(row=ids.index(highlighted))
        if self.shown:
            self._show(self.shown[table.cursor_row])
        else:
            self.query_one("#preview-text", Static).update(Text("Nothing matches these filters.", style="dim"))

    # --- rows -----------------------------------------------------------------------------

    @staticmethod
    def _highlighted_id(table: DataTable) -> str | None:
        if not table.row_count:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        item = self.library.get(str(event.row_key.value))
        if item is not None:
            self._show(item)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        item = self.library.get(str(event.row_key.value))
        if item is not None:
            self.app.rehearse(item)

    def _show(self, item: ContentItem) -> None:
        errors = file_errors(self.library, item)
        preview = item_preview(item)
        self.query_one("#preview-text", Static).update(Text.assemble(errors_text(errors), preview) if errors else preview)

    def _status(self) -> Text:
        status = Text(f"{len(self.shown)} of {count(len(self.library.items), 'item')}")
        due = f" · {self.due_count} due"
        status.append(due + (" (d: all)" if self.due_only else " (d: due only)"), style="bold" if self.due_count else "")
        if self.library.problems:
            errors, warnings = len(self.library.errors), len(self.library.warnings)
            status.append(f" · {count(errors, 'content error')}, {count(warnings, 'warning')} (p)", style="bold yellow")
        return status

    def _due_ids(self) -> frozenset[str]:
        log = self.app.practice_log
        if log is None:
            return frozenset()
        now = self.app.clock.utc_now()
        return frozenset(s.subject.id for s in due_now(schedule(subjects(self.library.items), log.review_cards(), now), now))

    def action_toggle_due(self) -> None:
        self.due_only = not self.due_only
        self._apply_filters()

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_show_problems(self) -> None:
        self.app.push_screen(ProblemsScreen(self.library.problems))


