"""The library: every scenario and problem the app can rehearse, filterable, with a preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import DataTable, Header, Select

from systemcraft_tui.content.index import rest_at_hand
from systemcraft_tui.content.library import Library
from systemcraft_tui.content.model import ContentItem
from systemcraft_tui.content.principles import PRINCIPLES
from systemcraft_tui.content.rules import PREPARED_ANSWER
from systemcraft_tui.core.labels import kind_label
from systemcraft_tui.core.wording import count, counts, part_of
from systemcraft_tui.practice.library_filter import Filters, filter_items, item_level_text, search_text
from systemcraft_tui.ui.practice_app import practice_app
from systemcraft_tui.ui.preview import errors_text, file_errors, item_preview, plain
from systemcraft_tui.ui.widgets.choice_stand_in import ChoiceStandIn, put_in_place
from systemcraft_tui.ui.widgets.filter_table import FilterTable, Row
from systemcraft_tui.ui.widgets.ready_footer import ReadyFooter
from systemcraft_tui.ui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from datetime import datetime

    from systemcraft_tui.core.summaries import SessionSummary  # the log's: read after the first frame

# Columns after the title, with the widths their values need; the title takes the rest.
META_COLUMNS = (("Kind", 10), ("Level", 5), ("Last", 6), ("Score", 5))
REJECTED = Text("✗ ", style="bold red")  # before the title of an item whose file lint rejects
UNREAD = Text("…", style="dim")  # a figure of the practice log, while the log is read

LIBRARY_KINDS = ("behavioral", "system_design", "deep_dive", "plan")


class LibraryScreen(Screen[None]):
    DEFAULT_CSS = """
    LibraryScreen #kind { width: 16; }
    LibraryScreen #level { width: 13; }
    LibraryScreen #principle { width: 26; }
    /* Its list as wide as the longest principle's name, kept on the screen: in the box's
       width the names wrapped ("Hire and Develop the" / "Best"). */
    LibraryScreen #principle > SelectOverlay { width: 48; constrain: inside inside; }
    LibraryScreen FilterTable > #body { width: 100%; }
    LibraryScreen FilterTable RowTable { width: 3fr; }
    LibraryScreen FilterTable #preview { width: 2fr; }
    """
    AUTO_FOCUS = "#items"
    BINDINGS = [
        Binding("slash", "search", "Search", show=False),  # the search box says "Search (/)"
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

    def __init__(
        self, library: Library, last: dict[str, SessionSummary] | None = None, files_read: tuple[int, int] | None = None
    ) -> None:
        """`last` (each item's last completed session) is None while the log is read: its
        columns say so, until `show_history`.
        `files_read` (files read, of all) while the library is read: its items come with
        `take_read`, the library having taken them."""
        super().__init__()
        self.library = library
        self.last = last
        self.practised: dict[str, datetime] = {}  # each item's last practice, completed or abandoned
        self.files_read = files_read
        self.by_id = {item.id: item for item in library.items}
        self.shown: list[ContentItem] = []
        self.due_only = False
        self.due_ids: frozenset[str] = frozenset()  # items due for review, as of the last choice
        self.due_count = 0  # of them, those shown
        self._resumed = False
        self.levels = self._levels_read()  # offered by the choice
        self.choices: dict[str, Select[str]] = {  # by name; each in its place once the first frame is shown
            "kind": Select(((kind_label(kind), kind) for kind in LIBRARY_KINDS), prompt="Any kind", id="kind", compact=True),
            "level": Select(self._level_options(), prompt="Any level", id="level", compact=True),
            "principle": Select(((p, p) for p in PRINCIPLES), prompt="Any principle", id="principle", compact=True),
        }

    def compose(self) -> ComposeResult:
        yield Header()
        filters = [ChoiceStandIn(select) for select in self.choices.values()]  # the Selects come right after the first frame
        growing = self.files_read is not None
        yield FilterTable(
            (), META_COLUMNS, table_id="items", preview=self._preview, search="Search (/)", filters=filters, growing=growing
        )
        yield StatusLine(id="status")
        yield ReadyFooter(first_frame=True, compact=True)  # one space between keys: all of them fit 80 columns

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Before Textual's own handler: on its first showing every widget of the screen was
        # styled as it was mounted, a moment ago; styling them all again costs a tenth of
        # the time to the first frame. Shown again later, it is restyled as Textual does.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_mount(self) -> None:
        self._apply_filters()
        practice_app(self).after_first_frame(self._choices_in_place)

    async def _choices_in_place(self) -> None:
        await put_in_place(list(self.query(ChoiceStandIn)))
        self._offer_levels()  # those read since the screen was made

    def _levels_read(self) -> list[str]:
        return sorted({level for item in self.library.items for level in item.levels})

    def _level_options(self) -> list[tuple[Text, str]]:
        return [(Text(plain(level)), level) for level in self.levels]

    def _offer_levels(self) -> None:
        """The level choice offers every level of the items read so far, the one chosen kept."""
        levels = self._levels_read()
        select = self.choices["level"]
        if levels == self.levels or not select.is_mounted:  # else its stand-in's Select, made with the levels then
            return
        self.levels, chosen = levels, select.value
        with self.prevent(Select.Changed):  # the same choice: nothing to filter again
            select.set_options(self._level_options())
            select.value = chosen

    # --- filtering ----------------------------------------------------------------------

    def show_history(self, last: dict[str, SessionSummary], practised: dict[str, datetime] | None = None) -> None:
        """New practice was saved: refresh the last-practised columns (`practised`: when each
        item was last practised, an abandoned rehearsal included, as Progress counts
        practice; `last`: its last completed session, whose score shows). A draft saved every
        few seconds under a running clock changes neither them nor the due set; rebuilt,
        the covered table would repaint the whole screen above it."""
        practised = practised or {}
        if last == self.last and practised == self.practised and self._due_ids() == self.due_ids:
            return
        self.last, self.practised = last, practised
        try:
            self._apply_filters()
        except NoMatches:
            pass  # a save landed while the screen is built (its mount filters) or torn down (the app is closing)

    def current_filters(self) -> Filters:
        def chosen(name: str) -> str | None:
            value = self.choices[name].value  # nothing, while it stands in for the first frame
            return None if value is Select.NULL else str(value)

        return Filters(  # the search is the table's (Row.text)
            kind=chosen("kind"),
            level=chosen("level"),
            principle=chosen("principle"),
            due=self.due_ids if self.due_only else None,
        )

    def on_filter_table_changed(self) -> None:
        self._apply_filters()

    def _apply_filters(self) -> None:
        """On a choice, not on a key of the search: due dates are worked out here."""
        self.due_ids = self._due_ids()
        self.query_one(FilterTable).show(self._rows(self.library.items), self._empty())
        self.on_filter_table_filtered()  # now, not when its message comes: the counts are in the same frame as the rows

    def take_read(self, items: list[ContentItem], files_read: tuple[int, int] | None) -> None:
        """Items just read, after those before them in the library: the rows the choices
        keep go under the table's, where the cursor and the view stay. `files_read` is None
        once the library is whole: then the due dates are worked out."""
        self.files_read = files_read
        self.by_id.update((item.id, item) for item in items)
        self._offer_levels()
        if files_read is None:
            self.due_ids = self._due_ids()
        self.query_one(FilterTable).extend(self._rows(items), self._empty(), more=files_read is not None)
        self.on_filter_table_filtered()

    def preview_again(self) -> None:
        """What the preview shows of the highlighted item has come: the library's new
        cache entries are kept (LibraryRead.entries_kept)."""
        self.query_one(FilterTable).preview_again()

    def _rows(self, items: list[ContentItem]) -> list[Row]:
        rejected = {problem.path for problem in self.library.errors}  # lint rejects the file: the preview says why
        return [self._row(item, item.origin.path in rejected) for item in filter_items(items, self.current_filters())]

    def _empty(self) -> Text:
        """What the preview says when no row is shown."""
        if self.files_read is None:
            return Text("Nothing matches these filters.", style="dim")
        if not self.library.items:
            return Text("Reading the content library: its items show here as they are read.", style="dim")
        return Text("Nothing read so far matches these filters; the content library is still being read.", style="dim")

    def on_filter_table_filtered(self) -> None:
        self.shown = [self.by_id[row.key] for row in self.query_one(FilterTable).shown]
        self.due_count = sum(item.id in self.due_ids for item in self.shown)
        self.query_one("#status", StatusLine).update(self._status())

    def on_resize(self) -> None:  # the problems' count is worded to fit the width
        self.query_one("#status", StatusLine).update(self._status())

    # --- rows -----------------------------------------------------------------------------

    def _row(self, item: ContentItem, rejected: bool) -> Row:
        # A prepared answer is behavioral (filtered so) but told as one answer, not a STAR story: said so in its row.
        kind = "Answer" if item.rule == PREPARED_ANSWER else kind_label(item.kind)
        meta = (kind, item_level_text(item) or "–", *self._last_practice(item))
        return Row(item.id, item.title, after=meta, mark=REJECTED if rejected else None, text=search_text(item))

    def _last_practice(self, item: ContentItem) -> tuple[object, object]:
        """When it was last practised (completed or abandoned, as README's Progress counts
        practice) and its last completed rehearsal's score; "…" while the log is read."""
        if self.last is None:
            return UNREAD, UNREAD
        last = self.last.get(item.id)
        when = self.practised.get(item.id) or (last.started if last is not None else None)
        score = "–" if last is None or last.score is None else str(last.score)
        return "–" if when is None else when.astimezone().strftime("%d %b"), score

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        item = self.library.get(str(event.row_key.value))
        if item is not None:
            practice_app(self).rehearse(item)

    def _preview(self, key: str) -> Text:
        item = self.library.get(key)
        assert item is not None  # a row's key is the id of an item in the library
        errors = file_errors(self.library, item)
        # During a first read, an item whose file's parse is not kept yet is previewed from its
        # summary: the whole of it would be parsed here, loading the parser in the app's process.
        preview = item_preview(item, whole=rest_at_hand(item))
        return Text.assemble(errors_text(errors), preview) if errors else preview

    def _status(self) -> Text:
        if self.files_read is not None:  # the due dates wait for the whole library
            status = self._reading_status(*self.files_read)
        else:
            status = Text(part_of(len(self.shown), len(self.library.items), "item"))  # "1,048 of 1,048 items", as while read
            self._due_status(status)
        if self.library.problems:
            status.append(self._problems_status(status.cell_len), style="bold yellow")
        return status

    def _problems_status(self, before: int) -> str:
        """" · 1 content error, 2 warnings (p)" (only the counts there are), or at a narrow
        width "1 error, 2 warnings (p)" when that fits beside the `before` cells already
        said, so that the key to the list is never cut."""
        errors, warnings = len(self.library.errors), len(self.library.warnings)
        room = self.query_one("#status", StatusLine).content_size.width - before
        for error in ("content error", "error"):
            said = counts((errors, error), (warnings, "warning"), none="")
            if len(f" · {said} (p)") <= room:
                break
        return f" · {said} (p)"

    def _reading_status(self, read: int, files: int) -> Text:
        """Says so: "Reading 412 of 1,048 files · 380 items so far" ("12 of 380 items", filtered)."""
        if not files:  # not counted yet
            return Text("Reading the content library…")
        items, shown = count(len(self.library.items), "item"), len(self.shown)
        so_far = items if shown == len(self.library.items) else f"{shown} of {items}"
        return Text(f"Reading {part_of(read, files, 'file')} · {so_far} so far")

    def _due_status(self, status: Text) -> None:
        if self.last is None:
            status.append(" · … due", style="dim")
        else:
            due = f" · {self.due_count} due"
            status.append(due + (" (d: all)" if self.due_only else " (d: due only)"), style="bold" if self.due_count else "")

    def _due_ids(self) -> frozenset[str]:
        """Worked out over the whole library: none while it is read."""
        practice = practice_app(self).opened
        return practice.due_ids() if practice is not None and self.files_read is None else frozenset()

    def action_toggle_due(self) -> None:
        if practice_app(self).preparing(history=False):
            return
        self.due_only = not self.due_only
        self._apply_filters()

    def action_search(self) -> None:
        self.query_one(FilterTable).focus_search()

    def action_show_problems(self) -> None:
        from systemcraft_tui.ui.screens.problems import ProblemsScreen  # loaded when first shown

        self.app.push_screen(ProblemsScreen(self.library.problems))
