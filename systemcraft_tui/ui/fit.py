"""Text that fits the cells it is given: cut at a word with an ellipsis, never mid-word,
and a table's title column given whatever its other columns leave (the library, the
history and the story bank)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widgets import DataTable

from systemcraft_tui.ui.preview import plain

ELLIPSIS = "…"
MIN_TITLE_WIDTH = 16
NARROW_WIDTH = 120  # below this many columns a preview goes under its table
# On the rule over a preview under its table, where only a few lines show.
PREVIEW_HINT = "Preview · Tab, then ↑↓ to scroll"
SCROLLBAR_WIDTH = 2


def cut(text: str, width: int) -> str:
    """`text` in at most `width` cells: whole when it fits, else up to the last whole word
    that fits before an ellipsis. A first word longer than the width has no word to stop
    at, so it alone is cut."""
    text = " ".join(text.split())
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    kept = ""
    for word in text.split(" "):
        longer = f"{kept} {word}" if kept else word
        if cell_len(longer) + 1 > width:
            break
        kept = longer
    if not kept:  # one long word: the only cut left is inside it
        kept = text[: width - 1]
        while cell_len(kept) > width - 1:
            kept = kept[:-1]
    return kept.rstrip(" ,;:–—-") + ELLIPSIS


def title_cell(title: str, width: int) -> Text:
    """A user's or a file's title for a table cell: shown literally, cut at a word."""
    return Text(cut(plain(title), width), no_wrap=True)


def title_width(table: DataTable, others: Sequence[int], width: int | None = None) -> int:
    """What the table's other columns (their widths, with padding) leave for the title
    column, of the table's laid-out width or of the `width` expected before layout."""
    padding = 2 * table.cell_padding
    available = table.scrollable_content_region.width if width is None else width
    return max(MIN_TITLE_WIDTH, available - sum(w + padding for w in others) - padding)


class TitleTableScreen(Screen[None]):
    """A screen with a table whose title column takes what its other columns leave, and a
    preview beside the table, or under it in a terminal narrower than NARROW_WIDTH (the
    '-narrow' class, which each screen's DEFAULT_CSS lays out). Subclasses fill the table in `refill`."""

    TABLE_ID: ClassVar[str]
    OTHER_WIDTHS: ClassVar[tuple[int, ...]]  # the widths of the columns besides the title
    WIDE_SHARE: ClassVar[float]  # the table's share of the screen's width beside the preview

    # A preview shows when it has the keys (Tab), and says how to get them on its rule
    # when it is under the table.
    DEFAULT_CSS = """
    TitleTableScreen #preview, TitleTableScreen #attempt-preview, TitleTableScreen #story-preview {
        border-title-color: $text-muted;
    }
    TitleTableScreen #preview:focus, TitleTableScreen #attempt-preview:focus, TitleTableScreen #story-preview:focus {
        border-left: solid $accent;
    }
    TitleTableScreen.-narrow #preview:focus, TitleTableScreen.-narrow #attempt-preview:focus,
    TitleTableScreen.-narrow #story-preview:focus {
        border-left: none; border-top: solid $accent; border-title-color: $accent;
    }
    """

    title_width = MIN_TITLE_WIDTH

    def choose_layout(self) -> None:
        """In compose: laid out for the terminal's width from the start, since switching
        on the first resize would restyle every widget."""
        self.set_class(self.app.size.width < NARROW_WIDTH, "-narrow", update=False)

    def first_title_width(self) -> None:
        """In on_mount, before the table is laid out: a guess from the terminal's width, so
        the first paint already fits; the first resize measures it."""
        screen = self.app.size.width
        table = screen if screen < NARROW_WIDTH else int(screen * self.WIDE_SHARE)
        self.title_width = title_width(self._table(), self.OTHER_WIDTHS, table - SCROLLBAR_WIDTH)

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")
        self.call_after_refresh(self._fit_title)

    def _fit_title(self) -> None:
        width = title_width(self._table(), self.OTHER_WIDTHS)
        if width != self.title_width:
            self.title_width = width
            self.refill()

    def _table(self) -> DataTable:
        return self.query_one(f"#{self.TABLE_ID}", DataTable)

    def refill(self) -> None:
        raise NotImplementedError
