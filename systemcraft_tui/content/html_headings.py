"""Headings written in HTML, as READMEs centre them (`<h2 align="center">Title</h2>`): a
heading to a reader, though Markdown reads an HTML block as nothing."""

from __future__ import annotations

import html
import re

_HTML_HEADING = re.compile(r"^[ \t]*<h([1-6])\b[^>]*>(.*?)</h\1>[ \t]*(?=\r?$)", re.IGNORECASE | re.MULTILINE)  # CRLF too
_TAG = re.compile(r"<[^>]+>")


def with_html_headings_marked(text: str) -> str:
    """The text with each line that is wholly an HTML heading written as a Markdown one
    (`## Title`), every line where it was; the text itself when it has none."""
    if "<h" not in text and "<H" not in text:
        return text
    return _HTML_HEADING.sub(_heading, text)


def _heading(match: re.Match[str]) -> str:
    words = " ".join(html.unescape(_TAG.sub(" ", match[2])).split())
    return f"{'#' * int(match[1])} {words}" if words else match[0]
