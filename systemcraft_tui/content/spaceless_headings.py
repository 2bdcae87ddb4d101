"""Headings written with no space after their hashes (`###Problem solving`), as older
Markdown read them: plain text to CommonMark, a heading to the author and to a reader."""

from __future__ import annotations

import re

# Two hashes or more, then the heading's first character (one hash before a word is a tag, `#Ownership`).
_SPACELESS = re.compile(r"^(#{2,6})(?=[^\s#])", re.MULTILINE)
# One after a line end: found by the line feed (a search for `^` in MULTILINE mode tries every character).
_AFTER_LINE_END = re.compile(r"\n#{2,6}[^\s#]")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def with_spaceless_headings_marked(text: str) -> str:
    """The text with a space after the hashes of each such heading outside code fences,
    every line where it was; the text itself when it has none."""
    if _SPACELESS.match(text) is None and _AFTER_LINE_END.search(text) is None:
        return text
    lines = text.split("\n")
    fence = ""  # the fence a code block opened with, while inside one
    for number, line in enumerate(lines):
        if opened := _FENCE.match(line):
            marks = opened[1]
            if not fence:
                fence = marks
            elif marks[0] == fence[0] and len(marks) >= len(fence) and not line.strip()[len(marks) :].strip():
                fence = ""
        elif not fence and (hashes := _SPACELESS.match(line)):
            lines[number] = f"{hashes[1]} {line[hashes.end() :]}"
    return "\n".join(lines)
