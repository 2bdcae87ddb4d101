"""The shape the library, the history and the story bank share: a search box and choices
that filter a table, and a preview of the highlighted row beside the table, or under it in
a terminal narrower than NARROW_WIDTH.

The screen decides which rows its choices keep and hands them over as `Row`s (a change of
choice is a `Changed` message); this widget lays them out and searches them: the title
column takes what the other columns leave (cut at a word), the search matches each row's
text, lower-cased once when the rows are handed over, for each word as typed or as
another form of it (core/word_forms.py), after the keys pause (not once for
each key of a word typed quickly), the highlighted row keeps its place across a
new filtering and a resize, and Esc or ↓ in the search box, or Enter, go back to the
table. What the table shows is `shown`; a `Filtered` message says it changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.console import RenderableType
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.coordinate import Coordinate
from textual.css.scalar import Unit
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Select, Static
from textual.widgets.data_table import ColumnKey, RowKey

from systemcraft_tui.core.word_forms import Needle, needle
from systemcraft_tui.ui.fit import MIN_TITLE_WIDTH, title_cell, title_width
from systemcraft_tui.ui.widgets.row_table import LazyRows, RowTable, literal
from systemcraft_tui.ui.widgets.search import SearchBox

# Below this many columns the preview goes under the table, which then takes the whole
# width: beside the preview, the table's 2/3 (or 3/5) of a 120-column terminal was no wider
# than at 80 columns, and cut titles that a 100-column terminal showed whole.
NARROW_WIDTH = 150
# On the rule over the preview under the table, where only a few lines show.
PREVIEW_HINT = "Preview · Tab, then ↑↓ to scroll"
SCROLLBAR_WIDTH = 2
SEARCH_PAUSE = 0.12  # seconds without a key before the search filters

Columns = Sequence[tuple[str, int]]  # (label, width)


@dataclass(frozen=True)
class Row:
    key: str
    title: str  # whole: cut at a word to the title column's width when shown
    before: tuple[object, ...] = ()  # the cells left of the title
    after: tuple[object, ...] = ()  # the cells right of it
    mark: Text | None = None  # shown ahead of the title, within its column
    text: str = ""  # what the search looks in for its words, lower-cased (as the words are)


def title_rank(title: str, phrase: str, words: list[str]) -> int:
    """Where a row whose text holds every word of the search stands: its title holding the
    search as typed, then every word of it, then neither."""
    return 0 if phrase in title else 1 if all(word in title for word in words) else 2


class FilterTable(Vertical):
    """A screen lays the widths out in its DEFAULT_CSS (the table's and the preview's `fr`
    shares and least widths) and fills the table with `show`."""

    DEFAULT_CSS = """
    FilterTable { height: 1fr; }
    FilterTable > #filters { height: 1; margin: 0 1; }
    FilterTable > #filters > * { margin-right: 1; }
    FilterTable #search { width: 1fr; min-width: 12; }
    FilterTable > #body { height: 1fr; }
    FilterTable RowTable { width: 2fr; min-width: 40; }
    FilterTable #preview {
        width: 1fr; min-width: 30; padding: 0 1;
        border-left: solid $primary-background; border-title-color: $text-muted;
    }
    FilterTable #preview:focus { border-left: solid $accent; }
    FilterTable RowTable.-growing { scrollbar-gutter: stable; }
    FilterTable.-narrow > #body { layout: vertical; }
    FilterTable.-narrow RowTable { width: 1fr; height: 3fr; }
    FilterTable.-narrow #preview { width: 1fr; height: 2fr; border-left: none; border-top: solid $primary-background; }
    FilterTable.-narrow #preview:focus { border-left: none; border-top: solid $accent; border-title-color: $accent; }
    """

    class Changed(Message):
        """A choice changed: the screen works out its rows again and `show`s them."""

    class Filtered(Message):
        """The table shows new rows (`shown`): the screen's counts change."""

    def __init__(
        self,
        before: Columns,
        after: Columns,
        *,
        table_id: str,
        preview: Callable[[str], RenderableType],
        search: str | None = None,
        filters: Sequence[Widget] = (),
        growing: bool = False,
    ) -> None:
        """`before` and `after`: the columns around the title; `preview(key)`: what the
        preview shows for a row; `search`: the search box's placeholder, None for none;
        `filters`: the choices beside it; `growing`: more rows come (`extend`), and with
        them the scrollbar, whose room the title column leaves from the start."""
        super().__init__()
        self.growing = growing
        self.before, self.after = tuple(before), tuple(after)
        self.table_id = table_id
        self.preview_of = preview
        self._previewed: str | None = None  # the row the preview shows
        self.search = search
        self.filters = filters
        self.rows: list[Row] = []  # as the screen gave them
        self.shown: list[Row] = []  # of them, those the search matches, as in the table
        self.empty: RenderableType = ""
        self._words: list[Needle] = []  # of the search, as the table shows them
        self._texts: list[str] = []  # each row's text
        self._titles: list[str] = []  # each row's title, lower-cased once for the search's ranking
        self._places: dict[str, int] = {}  # each row's place in `rows`, by key
        self._keys: list[RowKey] = []
        self._data: list[dict[ColumnKey, object] | None] = []  # each row's cells for the title's width, once made
        self._pending: Timer | None = None  # the search waiting for the keys to pause
        self.title_width = MIN_TITLE_WIDTH

    def compose(self) -> ComposeResult:
        # Laid out for the terminal's width from the start: switching on the first resize
        # would restyle every widget (a tenth of the time to the first screen).
        self.set_class(self.app.size.width < NARROW_WIDTH, "-narrow", update=False)
        if self.search is not None:
            with Horizontal(id="filters"):
                yield SearchBox(f"#{self.table_id}", placeholder=self.search, id="search")
                yield from self.filters
        with Horizontal(id="body"):
            yield RowTable(id=self.table_id, cursor_type="row", zebra_stripes=True, classes="-growing" if self.growing else None)
            with VerticalScroll(id="preview") as preview:
                preview.border_title = PREVIEW_HINT  # shown on its rule when it is under the table
                yield Static(id="preview-text")

    def on_mount(self) -> None:
        # Before the table is laid out: a guess from the terminal's width, so the first
        # paint already fits; the first resize measures it.
        screen = self.app.size.width
        table = screen if screen < NARROW_WIDTH else int(screen * self._table_share())
        self.title_width = title_width(self.table, self._other_widths(), table - SCROLLBAR_WIDTH)
        # The scrollbar comes and goes without resizing the table (the rows fit at its new
        # size, or no longer do): the title takes its cells, or gives them back, then too.
        self.watch(self.table, "show_vertical_scrollbar", self._refit, init=False)

    @property
    def table(self) -> RowTable:
        return self.query_one(f"#{self.table_id}", RowTable)

    @property
    def highlighted(self) -> str | None:
        """The key of the highlighted row."""
        row = self.table.cursor_row
        return self.shown[row].key if 0 <= row < len(self.shown) and self.table.row_count else None

    def show(self, rows: Sequence[Row], empty: RenderableType, keep: str | None = None) -> None:
        """The rows the screen's choices keep, of which the table shows those the search
        matches; the row `keep` (by default the one highlighted now) stays highlighted if
        it is still shown. `empty` is previewed when no row is."""
        keep = keep or self.highlighted
        self.rows, self.empty = list(rows), empty
        self._texts = [row.text for row in self.rows]
        self._titles = [row.title.lower() for row in self.rows]
        self._places = {row.key: index for index, row in enumerate(self.rows)}
        self._lay_out()
        self._filter(keep)

    def extend(self, rows: Sequence[Row], empty: RenderableType, more: bool) -> None:
        """More rows the screen's choices keep, after those it gave (a library read in
        order): those the search matches go under the table's rows, which stay where they
        are, the cursor and the view with them. `more`: whether others are still to come.
        No `Filtered` message: the caller counts what it added, in the same frame."""
        self.table.set_class(more, "-growing")
        start = len(self.rows)
        self.rows += rows
        self.empty = empty
        self._texts += [row.text for row in rows]
        self._titles += [row.title.lower() for row in rows]
        self._places.update((row.key, index) for index, row in enumerate(rows, start))
        self._keys += [RowKey(row.key) for row in rows]
        self._data += [None] * len(rows)
        kept = self._matching(range(start, len(self.rows)))
        self.shown += [self.rows[i] for i in kept]
        table = self.table
        was_empty = not table.row_count
        table.append_rows([self._keys[i] for i in kept])
        if was_empty:  # the first rows, or still none: the preview changes
            self._preview()

    def update_cell(self, key: str, column: int, value: object) -> None:
        """A new value for a cell of the row `key`, kept for the next search too."""
        table = self.table
        if key in table.rows:  # shown: the table's data is the row's (replace_rows)
            table.update_cell_at(Coordinate(table.get_row_index(key), column), value)
        elif key in self._places:  # not shown, though the choices keep it
            self._cells(RowKey(key))[table.ordered_columns[column].key] = literal(value)

    def _lay_out(self) -> None:
        """The columns for the title's width, and every row's cells to go under them."""
        table = self.table
        table.clear(columns=True)
        for label, width in (*self.before, ("Title", self.title_width), *self.after):
            # As Text: a string would be read as markup, and with it Rich's table of emoji names loaded.
            table.add_column(Text(label), width=width, key=label.strip().lower() or None)
        self._keys = [RowKey(row.key) for row in self.rows]
        self._data = [None] * len(self.rows)  # made as the table reads them (LazyRows)

    def _cells(self, key: RowKey) -> dict[ColumnKey, object]:
        """The row's cells under the table's columns, made once for the title's width."""
        index = self._places[str(key.value)]
        cells = self._data[index]
        if cells is None:
            row = self.rows[index]
            cells = self._data[index] = self.table.row_data((*row.before, self._title(row), *row.after))
        return cells

    def focus_search(self) -> None:
        """Into the search box at once: Widget.focus waits for the keys already queued, and
        `/cach` typed fast sent its `h` to the screen's keys (History opened). Letters
        queued before the slash is handled still go to the table, which ignores them."""
        self.screen.set_focus(self.query_one("#search", Input))

    def _matching(self, rows: range) -> list[int]:
        """Of these rows (by place), those whose text holds every word of the search, as
        typed or as another form (word_forms.found, written out: no call for most rows)."""
        texts, kept = self._texts, list(rows)
        for word in self._words:  # a word at a time
            typed, stem = word.typed, word.stem
            if stem is None:
                kept = [i for i in kept if typed in texts[i]]
            else:
                kept = [i for i in kept if stem in texts[i] and (typed in texts[i] or word.in_forms(texts[i]))]
        return kept

    def _filter(self, keep: str | None) -> None:
        """Show the rows whose text holds every word of the search (case aside)."""
        words = self.query_one("#search", Input).value.lower().split() if self.search is not None else []
        self._words = [needle(word) for word in words]
        kept = self._matching(range(len(self.rows)))
        if words:
            # Rows whose title holds the search first, as typed, then word by word; else in their order.
            phrase = " ".join(words)
            titles = self._titles
            kept.sort(key=lambda i: title_rank(titles[i], phrase, words))
        every = kept == list(range(len(self.rows)))
        self.shown = list(self.rows) if every else [self.rows[i] for i in kept]  # its own: rows may be added to each
        table = self.table
        table.replace_rows(LazyRows(self._keys if every else [self._keys[i] for i in kept], self._cells))
        if keep is not None and keep in table.rows:  # a resize or a filtering that still shows it keeps the user's place
            table.move_cursor(row=table.get_row_index(keep))
        self._preview()
        self.post_message(self.Filtered())

    def _title(self, row: Row) -> Text:
        if row.mark is None:
            return title_cell(row.title, self.title_width)
        return Text.assemble(row.mark, title_cell(row.title, self.title_width - row.mark.cell_len), no_wrap=True)

    def _preview(self) -> None:
        key = self.highlighted
        self.query_one("#preview-text", Static).update(self.empty if key is None else self.preview_of(key))
        if key != self._previewed:  # another row's preview opens at its title, not where the last was read to
            self._previewed = key
            self.query_one("#preview", VerticalScroll).scroll_home(animate=False, immediate=True)

    def on_data_table_row_highlighted(self) -> None:
        self._preview()

    def preview_again(self) -> None:
        """The highlighted row previewed anew: what the screen shows of it has changed."""
        self._preview()

    # --- filters ---------------------------------------------------------------------------

    @on(Select.Changed)
    def _choice_changed(self, event: Select.Changed) -> None:
        event.stop()
        self.post_message(self.Changed())

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        """Typing filters once the keys pause: one filtering for a word typed quickly."""
        event.stop()
        if self._pending is not None:
            self._pending.stop()
        self._pending = self.set_timer(SEARCH_PAUSE, self._search)

    def _search(self) -> None:
        self._pending = None
        self._filter(self.highlighted)

    @on(Input.Submitted, "#search")
    def _to_table(self) -> None:
        if self._pending is not None:  # Enter does not wait for the pause
            self._pending.stop()
            self._search()
        self.table.focus()

    # --- widths ------------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")
        self._refit()

    def _refit(self) -> None:
        self.call_after_refresh(self._fit_title)

    def _fit_title(self) -> None:
        width = title_width(self.table, self._other_widths())
        if width != self.title_width:
            self.title_width = width
            keep = self.highlighted
            self._lay_out()
            self._filter(keep)

    def _other_widths(self) -> tuple[int, ...]:
        return tuple(width for _, width in (*self.before, *self.after))

    def _table_share(self) -> float:
        """The table's share of the width beside the preview, from their `fr` widths."""
        table, preview = self.table.styles.width, self.query_one("#preview").styles.width
        assert table is not None and preview is not None and table.unit == preview.unit == Unit.FRACTION
        return table.value / (table.value + preview.value)
