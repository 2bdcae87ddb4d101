"""Which lines of a text stand outside its code fences, for the rewrites made before the
Markdown is parsed: code keeps its characters as written."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def outside_fences(lines: list[str]) -> Iterator[int]:
    """The numbers (from 0) of the lines outside fenced code, the fence lines left out: a
    fence closes on a line of its own marks, as many or more, with nothing after them."""
    fence = ""  # the fence a code block opened with, while inside one
    for number, line in enumerate(lines):
        if opened := _FENCE.match(line):
            marks = opened[1]
            if not fence:
                fence = marks
            elif marks[0] == fence[0] and len(marks) >= len(fence) and not line.strip()[len(marks) :].strip():
                fence = ""
        elif not fence:
            yield number


def rewritten_outside_fences(text: str, rewrite: Callable[[str], str]) -> str:
    """The text with each line outside fenced code put through `rewrite`, every line where it was."""
    lines = text.split("\n")
    for number in outside_fences(lines):
        lines[number] = rewrite(lines[number])
    return "\n".join(lines)
