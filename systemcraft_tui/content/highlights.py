"""Text marked as highlighted (`==Customer Obsession==`, as Obsidian and markdown-it's mark
plugin write it): to CommonMark the marks are text, so a highlighted heading names no
principle and a highlighted question does not end in its question mark; to a reader they
are emphasis."""

from __future__ import annotations

import re

from systemcraft_tui.content.fences import rewritten_outside_fences

# `==…==` around words: opened before a non-space and closed after one, no `=` or word beside
# either mark (`a == b`, `x==y`, `====` are no highlights).
# The marks first, the look behind after them: a pattern opening on a literal is searched for fast.
_HIGHLIGHT = re.compile(r"==(?<![=\w]==)(?=[^\s=])(?P<text>[^=`]*?[^\s=])==(?![=\w])")


def with_highlights_plain(text: str) -> str:
    """The text with each highlight's marks left out outside code (fences and code spans),
    every line where it was; the text itself when it has none."""
    if "==" not in text or _HIGHLIGHT.search(text) is None:
        return text
    return rewritten_outside_fences(text, _without_marks)


def _without_marks(line: str) -> str:
    return _HIGHLIGHT.sub(r"\g<text>", line) if "==" in line and "`" not in line else line
