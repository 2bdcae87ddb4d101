"""An HTML `<table>` whose rows each tell a story, written as the headings and lists it
shows, line for line, before the file is read.

A page may keep its stories in an HTML table of `Key | Value` rows: the first cell names
the row (`<strong>Ownership</strong>`), the next holds a `<ul>` whose items open on a part's
label (`<li><strong>Situation:</strong> …</li>`). A reader sees one titled section per row,
its items a list: each row becomes a heading one level under the heading above the table,
each `<li>` a list item (nested lists indented), every other line of the table blank, so
each line stays where it was. Only a table in which two rows or more hold three STAR
labels or more is rewritten; any other table is left to be read as a table.
"""

from __future__ import annotations

import html
import re

from systemcraft_tui.content.names import star_part

_TABLE = re.compile(r"<table\b.*?</table\s*>", re.IGNORECASE | re.DOTALL)
_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t([dh])\b[^>]*>(.*?)</t[dh]\s*>", re.IGNORECASE | re.DOTALL)
_ITEM_LABEL = re.compile(r"<li\b[^>]*>\s*<(?:strong|b)>([^<]{1,40}?)\s*:?\s*</(?:strong|b)>", re.IGNORECASE)
_STRONG = re.compile(r"<(strong|b)>(.*?)</\1\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_LIST_OPEN = re.compile(r"<(?:ul|ol)\b", re.IGNORECASE)
_LIST_CLOSE = re.compile(r"</(?:ul|ol)\s*>", re.IGNORECASE)
_ITEM = re.compile(r"<li\b", re.IGNORECASE)
_HEADING = re.compile(r"^ {0,3}(#{1,6})\s")
_FEWEST_PARTS = 3
_FEWEST_ROWS = 2


def with_story_rows(text: str) -> str:
    """The text with each story table written as headings over lists; the text itself when
    it holds none."""
    if "<tr" not in text and "<TR" not in text:
        return text  # most pages hold no HTML table
    lines = text.split("\n")
    changed = False
    for table in _TABLE.finditer(text):
        rows = [(row.start(1) + table.start(), row[1]) for row in _ROW.finditer(table[0])]
        if sum(_tells_parts(row) for _, row in rows) < _FEWEST_ROWS:
            continue
        first = text.count("\n", 0, table.start())
        last = text.count("\n", 0, table.end())
        level = min(_level_above(lines, first) + 1, 6)
        written = [""] * (last - first + 1)
        for start, row in rows:
            _write_row(text, start, row, first, level, written)
        lines[first : last + 1] = written
        changed = True
    return "\n".join(lines) if changed else text


def _tells_parts(row: str) -> bool:
    parts = {part for label in _ITEM_LABEL.findall(row) if (part := star_part(label.strip()))}
    return len(parts) >= _FEWEST_PARTS


def _level_above(lines: list[str], index: int) -> int:
    """The level of the last heading before the line; 0 when there is none."""
    for line in reversed(lines[:index]):
        if match := _HEADING.match(line):
            return len(match[1])
    return 0


def _write_row(text: str, start: int, row: str, first: int, level: int, written: list[str]) -> None:
    """The row as a heading (its first cell) over its other cells' list items."""
    cells = list(_CELL.finditer(row))
    if not cells:
        return
    name = _plain(cells[0][2])
    if name:
        written[text.count("\n", 0, start + cells[0].start()) - first] = f"{'#' * level} {name}"
    for cell in cells[1:]:
        offset = text.count("\n", 0, start + cell.start(2)) - first
        depth = 0
        for number, line in enumerate(cell[2].split("\n")):
            opened = len(_LIST_OPEN.findall(line))
            if _ITEM.search(line):
                words = _plain(_STRONG.sub(lambda bold: f"**{bold[2].strip()}**", line))
                indent = "  " * max(depth + opened - 1, 0)
                if words and not written[offset + number]:  # a row on one line keeps its heading
                    written[offset + number] = f"{indent}- {words}"
            depth += opened - len(_LIST_CLOSE.findall(line))


def _plain(fragment: str) -> str:
    """A fragment's text without its tags, on one line."""
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())
