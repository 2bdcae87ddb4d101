"""Headings written with no space after their hashes (`###Problem solving`), as older
Markdown read them: plain text to CommonMark, a heading to the author and to a reader."""

from __future__ import annotations

import re

from systemcraft_tui.content.fences import rewritten_outside_fences

# Two hashes or more, then the heading's first character (one hash before a word is a tag, `#Ownership`).
_SPACELESS = re.compile(r"^(#{2,6})(?=[^\s#])", re.MULTILINE)
# One after a line end: found by the line feed (a search for `^` in MULTILINE mode tries every character).
_AFTER_LINE_END = re.compile(r"\n#{2,6}[^\s#]")


def with_spaceless_headings_marked(text: str) -> str:
    """The text with a space after the hashes of each such heading outside code fences,
    every line where it was; the text itself when it has none."""
    if _SPACELESS.match(text) is None and _AFTER_LINE_END.search(text) is None:
        return text
    return rewritten_outside_fences(text, _spaced)


def _spaced(line: str) -> str:
    return f"{hashes[1]} {line[hashes.end() :]}" if (hashes := _SPACELESS.match(line)) else line
