"""Bullets pasted from a word processor or a notes app: `• item` lines are a list, as a
person reads them, though Markdown reads them as one paragraph."""

from __future__ import annotations

import re

_BULLETS = "\u2022\u25e6\u25aa\u2023"  # •, ◦, ▪, ‣
_BULLET_LINE = re.compile(rf"^([ \t]*)[{_BULLETS}](?=[ \t])", re.MULTILINE)


def with_bullets_marked(text: str) -> str:
    """The text with each line that opens with a bullet character written as a Markdown list
    item (`- item`), every line where it was; the text itself when it has none."""
    if not any(bullet in text for bullet in _BULLETS):
        return text
    return _BULLET_LINE.sub(r"\1-", text)
