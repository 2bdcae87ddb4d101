"""The library: every scenario and problem the app can rehearse, filterable, with a preview."""

from __future__ import annotations

import dataclasses

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Footer, Header, Input, Select, Static

from systemcraft_tui.content.library import Library
from systemcraft_tui.content.model import ContentItem
from systemcraft_tui.content.principles import PRINCIPLES
from systemcraft_tui.core.labels import kind_label
from systemcraft_tui.core.summaries import SessionSummary
from systemcraft_tui.core.wording import count
from systemcraft_tui.practice.library_filter import Filters, filter_items
from systemcraft_tui.practice.scheduling import due_now, schedule, subjects
from systemcraft_tui.ui.fit import PREVIEW_HINT, TitleTableScreen, title_cell
from systemcraft_tui.ui.preview import errors_text, file_errors, item_level_text, item_preview, plain
from systemcraft_tui.ui.screens.problems import ProblemsScreen
from systemcraft_tui.ui.widgets.row_table import RowTable
from systemcraft_tui.ui.widgets.search import SearchBox

# Columns after the title, with the widths their values need; the title takes the rest.
META_COLUMNS = (("Kind", 10), ("Level", 5), ("Last", 6), ("Score", 5))

LIBRARY_KINDS = ("behavioral", "system_design", "deep_dive", "plan")


class LibraryScreen(TitleTableScreen):
    AUTO_FOCUS = "#items"
    TABLE_ID = "items"
    OTHER_WIDTHS = tuple(width for _, width in META_COLUMNS)
    WIDE_SHARE = 3 / 5  # app.tcss: 3fr beside the preview's 2fr
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
        Binding("m", "app.mock", "Mock"),
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

    def compose(self) -> ComposeResult:
        self.choose_layout()  # (restyling on the first resize cost a tenth of the time to the first screen)
        yield Header()
        with Horizontal(id="filters"):
            yield SearchBox("#items", placeholder="Search (/)", id="search")
            yield Select(((kind_label(kind), kind) for kind in LIBRARY_KINDS), prompt="Any kind", id="kind", compact=True)
            levels = sorted({level for item in self.library.items for level in item.levels})
            yield Select(((Text(plain(level)), level) for level in levels), prompt="Any level", id="level", compact=True)
            yield Select(((p, p) for p in PRINCIPLES), prompt="Any principle", id="principle", compact=True)
        with Horizontal(id="body"):
            yield RowTable(id="items", cursor_type="row", zebra_stripes=True)
            # Under the table only a few lines show: the title on its rule says how to read on.
            with VerticalScroll(id="preview") as preview:
                preview.border_title = PREVIEW_HINT
                yield Static(id="preview-text")
        yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.first_title_width()
        self._apply_filters()

    def refill(self) -> None:
        self._apply_filters()

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
            marked = item.origin.path in rejected  # lint rejects its file: the preview says why
            title = title_cell(item.title, self.title_width - 2 * marked)
            if marked:
                title = Text.assemble(("✗ ", "bold red"), title, no_wrap=True)
            table.add_row(
                title,
                kind_label(item.kind),
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


