"""Text that fits the cells it is given: cut at a word with an ellipsis, never mid-word,
on one line or in a few, and a table's title column given whatever its other columns leave
(widgets/filter_table.py)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from textual.widgets import DataTable

from systemcraft_tui.ui.preview import plain

ELLIPSIS = "…"
MIN_TITLE_WIDTH = 16


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


def cut_lines(text: Text, width: int, lines: int, console: Console) -> Text:
    """`text` wrapped to `width` cells in `lines` lines at most, its styles kept: whole when it
    fits, else its last line cut at a word before an ellipsis (`cut`), since more follows."""
    wrapped = text.wrap(console, max(1, width))
    if len(wrapped) <= lines:
        return text
    kept = wrapped[: max(1, lines)]
    rest = " ".join(line.plain for line in wrapped[len(kept) :]).strip()
    if rest:  # more follows (not only a space folded onto a line of its own): the last line says so
        last = kept[-1]
        shown = cut(f"{last.plain} {rest}", width)
        if not shown.endswith(ELLIPSIS):  # a long word folded over the lines: no room was left for the mark
            shown = cut(last.plain, width - 1) + ELLIPSIS
        last.truncate(len(shown.removesuffix(ELLIPSIS)))  # a prefix of the last line
        last.append(ELLIPSIS)
    return Text("\n").join(kept)


def title_cell(title: str, width: int) -> Text:
    """A user's or a file's title for a table cell: shown literally, cut at a word."""
    return Text(cut(plain(title), width), no_wrap=True)


def title_width(table: DataTable, others: Sequence[int], width: int | None = None) -> int:
    """What the table's other columns (their widths, with padding) leave for the title
    column, of the table's laid-out width or of the `width` expected before layout."""
    padding = 2 * table.cell_padding
    available = table.scrollable_content_region.width if width is None else width
    return max(MIN_TITLE_WIDTH, available - sum(w + padding for w in others) - padding)
