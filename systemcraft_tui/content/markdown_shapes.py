"""The shapes of Markdown that markdown-it-pyrs 0.4 (markdown-it.rs 0.6.0) is known to read
otherwise than markdown-it-py, or to panic on: a file that holds one is read by
markdown-it-py (see markdown_tree.parse_markdown). Each check may say yes to more than
the shape itself, never less; tests/content/test_markdown_tree.py holds the two parsers
together on generated Markdown, where these were found (and on real files)."""

from __future__ import annotations

import re
from collections.abc import Iterator

_OTHER_LINE = (
    r"[ \t>]*+(?:[-+*]|\d{1,9}+[.)])[ \t]*+(?=\n|\Z)"  # an empty list item: markdown-it-py lets it end a quote's or a table's text
    r"|[ \t]*+>[ \t>]*\t"  # a tab after a quote mark: the two count its columns differently
)
# Each pattern over a whole file is searched for what it must start with (a line end, a
# backtick), which the regular expression engine finds fast, not tried at every character;
# after a line end, a look at the line's first character (or the characters the whole line
# must be made of) turns away most lines before the pattern's repeats are tried. A repeat is
# possessive (`*+`) where a character it gave back could never start what follows: a list
# item's line is not tried again at each shorter length.
_FIRST_LINE, _NEXT_LINE = re.compile(_OTHER_LINE), re.compile(rf"\n(?=[ \t>\d*+-])(?:{_OTHER_LINE})")
# Whitespace other than spaces and tabs: markdown-it-py strips it from the ends of a
# paragraph, a heading or a cell (as Python's str.strip does), markdown-it.rs keeps it.
_ODD_SPACE = re.compile(r"[\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_ODD_ASCII_SPACE = "\x0b\x0c\x1c\x1d\x1e\x1f"
# In a paragraph after a quote's or a table's line: a list that does not count from 1 (as an
# empty item above); after a quote's, a lazy line that opens with spaces (kept in inline code).
# The two after the line are searched from its end, and open with a line end for the search to find.
_LIST_FROM_2 = re.compile(r"\n[ \t>]*+(?!0*1[.)])\d{1,9}+[.)][ \t]")
_LAZY_INDENTED = re.compile(r"\n[ \t]+[^ \t>]")
# Inline code of spaces alone (`` `   ` ``): the two keep different spaces of it.
_BLANK_CODE = re.compile(r"(`(?<!``)`*)[ \n]+\1(?!`)")  # a run's first backtick, none before it
# A table's delimiter row (`|---|:-:|`), or a line that could be one (`---`).
_TABLE_ROW = r"[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*(?=\n|\Z)"
_NEXT_ROW = re.compile(rf"\n(?=[ \t>|:-]*-[ \t>|:-]*(?:\n|\Z))({_TABLE_ROW})")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BACKTICKS = re.compile(r"`+")
_FENCE_LINE = r" {0,3}`{3,}[^`\n]*(?=\n|\Z)"
_FIRST_FENCE, _NEXT_FENCE = re.compile(_FENCE_LINE), re.compile(rf"\n{_FENCE_LINE}")
_HEADING_LINE = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")


def reads_otherwise(text: str) -> bool:
    """Whether the text (one kind of line end) holds a shape that markdown-it-pyrs reads
    otherwise than markdown-it-py, or panics on; each check looks further only when the
    text holds the character it needs."""
    if _FIRST_LINE.match(text) or _NEXT_LINE.search(text):
        return True
    if any(space in text for space in _ODD_ASCII_SPACE) if text.isascii() else _ODD_SPACE.search(text):
        return True
    if ("|" in text or ">" in text) and (_after_quote_or_row(text) or _odd_table(text)):
        return True
    if "`" not in text:
        return False
    if _BLANK_CODE.search(text):
        return True
    unfenced = _without_fences(text)  # a fence's own line is never inline text
    return _open_backticks(unfenced) or _backtick_in_brackets(unfenced)


def _after_quote_or_row(text: str) -> bool:
    """Whether a paragraph (a block between blank lines) holds, after its first quote line
    or its first line with a pipe, a list that does not count from 1, or after the quote a
    lazy line that opens with spaces. A block is found from its quote or pipe: most hold neither."""
    mark = text.find(">")
    while mark >= 0:
        line = text.rfind("\n", 0, mark) + 1
        if text[line:mark].strip(" \t"):  # a `>` within a line's words, no quote
            mark = text.find(">", mark + 1)
            continue
        end = _block_end(text, line)
        if _after(_LIST_FROM_2, text, line, end) or _after(_LAZY_INDENTED, text, line, end):
            return True
        mark = text.find(">", end)
    row = text.find("|")
    while row >= 0:
        end = _block_end(text, row)
        if _after(_LIST_FROM_2, text, row, end):
            return True
        row = text.find("|", end)
    return False


def _block_end(text: str, at: int) -> int:
    """Where the block holding `at` (not in a blank line) ends: where _BLANK_LINE.split cuts it."""
    blank = _BLANK_LINE.search(text, at)
    return blank.start() if blank else len(text)


def _after(pattern: re.Pattern[str], text: str, found: int, end: int) -> bool:
    """Whether `pattern` (opening with a line end) matches a line after the one holding
    `found`, before `end`."""
    return (line_end := text.find("\n", found, end)) >= 0 and pattern.search(text, line_end, end) is not None


def _backtick_in_brackets(unfenced: str) -> bool:
    """A run of backticks after a `[` in the same paragraph that no run of its length
    closes on its line before the next `]` (in a table row, any run): markdown-it.rs 0.6.0
    panics on inline code left open inside a link's text (its issue 40, fixed in 0.6.1,
    which no markdown-it-pyrs has). `unfenced`: the text without its fences' own lines.
    Each paragraph is looked in from its first `[`: most hold none."""
    at = unfenced.find("[")
    while at >= 0:
        end = _block_end(unfenced, at)
        while run := _BACKTICKS.search(unfenced, at, end):
            line_end = unfenced.find("\n", run.end(), end)
            line_end = end if line_end < 0 else line_end
            if "|" in unfenced[unfenced.rfind("\n", 0, run.start()) + 1 : line_end]:
                return True  # a table row: each cell is inline text of its own
            bracket = unfenced.find("]", run.end(), line_end)
            at = _closed(run, unfenced, line_end if bracket < 0 else bracket)
            if at < 0:
                return True
        at = unfenced.find("[", end)
    return False


def _open_backticks(unfenced: str) -> bool:
    """Inline code that may be left open (a run of backticks that no run of its length
    closes on its line, in its table cell), or backticks beside an escape or HTML that
    could hide one: after one, markdown-it.rs 0.6.0 can miss the inline code that follows.
    `unfenced`: the text without its fences' own lines."""
    for line in _backtick_lines(unfenced):
        if "\\`" in line or "<" in line:
            return True
        at = 0
        while run := _BACKTICKS.search(line, at):
            cell = line.find("|", run.end())
            at = _closed(run, line, cell if cell >= 0 else len(line))
            if at < 0:
                return True
    return False


def _without_fences(text: str) -> str:
    """The text with each fence's own line (```` ```python ````) left empty."""
    first = _FIRST_FENCE.match(text)
    return _NEXT_FENCE.sub("\n", text[first.end() :] if first else text)


def _backtick_lines(text: str) -> Iterator[str]:
    """Every line that holds a backtick."""
    at = text.find("`")
    while at >= 0:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield text[text.rfind("\n", 0, at) + 1 : end]
        at = text.find("`", end)


def _closed(run: re.Match[str], text: str, end: int) -> int:
    """Where the run of backticks that closes `run` ends, before `end`; -1 if none does."""
    closing = re.compile(rf"(?<!`){run[0]}(?!`)").search(text, run.end(), end)
    return closing.end() if closing else -1


def _odd_table(text: str) -> bool:
    """A table other than the plain shape (`| a | b |` then `|---|---|` at the line start,
    after a blank line or a heading): the two parsers tell tables from text differently at the edges (a
    table in a list or quote, without its outer pipes, right under text, one column)."""
    for at, row in _table_rows(text):
        end = at - 1
        start = text.rfind("\n", 0, end) + 1
        head = text[start:end]
        if "|" not in head and "|" not in row:
            continue  # `---` under text: a heading's underline or a break to both
        before = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : start - 1] if start else ""
        if not (head.startswith("|") and row.startswith("|") and (not before.strip() or _HEADING_LINE.match(before))):
            return True
    return False


def _table_rows(text: str) -> Iterator[tuple[int, str]]:
    """Where each line after the first that could be a table's delimiter row starts, and
    the line (one on the first line has no head above it)."""
    for row in _NEXT_ROW.finditer(text):
        yield row.start(1), row[1]
