"""A page its writer (or the tool that wrote it) wrapped whole in one ```markdown fence: the
fence says its text is Markdown, and nothing stands outside it, so the page is read as the
Markdown it holds. A page wrapped in a fence of any other language is shown, not read."""

from __future__ import annotations

import re

_OPENS = re.compile(r"^(`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*\r?$", re.IGNORECASE)


def with_page_fence_opened(text: str) -> str:
    """The text with the fence around the whole page left out, its two lines blank (every
    line where it was); the text itself when it is not wrapped so."""
    if "markdown" not in text[:64].lower() and "md" not in text[:64].lower():
        return text  # most pages: no fence named for Markdown near the start
    lines = text.split("\n")
    said = [number for number, line in enumerate(lines) if line.strip()]
    if len(said) < 3 or not (opens := _OPENS.match(lines[said[0]])):
        return text
    mark, last = opens[1], lines[said[-1]].strip()
    if not (last[0] == mark[0] and set(last) == {mark[0]} and len(last) >= len(mark)):
        return text
    for number in (said[0], said[-1]):
        lines[number] = "\r" if lines[number].endswith("\r") else ""
    return "\n".join(lines)
