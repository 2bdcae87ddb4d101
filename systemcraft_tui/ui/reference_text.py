"""A design's reference text, kept as the file wrote it (Markdown), shown in a table cell as
a reader sees it: headings bold, quotes in italics, code dim and indented, and no marks of
the syntax (`###`, the fences, `>`, `**`, a link's address); every character made visible
first, so nothing the file holds reaches the terminal as a control code."""

from __future__ import annotations

import re

from rich.text import Text

from systemcraft_tui.core.terminal_text import visible

_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_QUOTE = re.compile(r"^ {0,3}>\s?")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")  # [words](address): the words; an image's its alt text
_STAR_BULLET = re.compile(r"^(\s*)[*+]\s+(?=\S)")  # "* Book class": a list item, shown with the dash the others have
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|`([^`]+)`")


def reference_text(markdown: str) -> Text:
    text = Text()
    fence: str | None = None
    for raw in visible(markdown).splitlines():
        if opened := _FENCE.match(raw):
            fence = None if fence == opened[1] else fence or opened[1]
            continue
        if text:
            text.append("\n")
        if fence is not None:
            text.append("    " + raw, style="dim")
        elif heading := _HEADING.match(raw):
            text.append(_inline(heading[1]), style="bold")
        elif _QUOTE.match(raw):
            text.append(_inline(_QUOTE.sub("", raw)), style="italic")
        else:
            text.append(_inline(_STAR_BULLET.sub(r"\1- ", raw)))
    return text


def _inline(line: str) -> str:
    return _EMPHASIS.sub(lambda found: found[2] or found[3], _LINK.sub(r"\1", line))
