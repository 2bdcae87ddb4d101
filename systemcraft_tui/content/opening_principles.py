"""The principles a story names alone on its first line, with no label: "> Earn Trust,
Customer Obsession" or "*OWNERSHIP*" under a question heading, before the answer."""

from __future__ import annotations

import re

from systemcraft_tui.content.markdown_tree import Paragraph, Section
from systemcraft_tui.content.names import without_symbols
from systemcraft_tui.content.principles import canonical_principle

# How names are set apart on such a line: commas, semicolons, bars, slashes, plus signs.
_BREAKS = re.compile(r"\s*+[,;|/+\u00b7]\s*+")  # possessive: a space given back is no mark
_NAME_WORDS = 6  # the longest name ("Strive to be Earth's Best Employer"); a longer piece is a sentence


def opening_principles(section: Section) -> tuple[list[str], int]:
    """The principles (canonical, in order) every piece of the section's first line names,
    and that line's number; none when any piece is not a principle."""
    first = section.blocks[0] if section.blocks else None
    if not isinstance(first, Paragraph) or not first.lines:
        return [], 0
    line = first.lines[0]
    pieces = _BREAKS.split(without_symbols(line.text).strip(" *_:."))
    if any(len(piece.split()) > _NAME_WORDS for piece in pieces):
        return [], 0  # a sentence, not a list of names
    found = [canonical_principle(piece) for piece in pieces]
    if not all(found):
        return [], 0
    return [name for name in dict.fromkeys(found) if name], line.number
