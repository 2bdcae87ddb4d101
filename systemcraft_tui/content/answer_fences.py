"""A sample answer written inside a plain fence under its label (`**Sample answer**:` over
```` ``` ```` and the answer in prose), as blog posts set answers apart: the answer, read as
the text it is. A fence of code, or one under no answer label, stays code."""

from __future__ import annotations

import re

from systemcraft_tui.content.reading import PLAIN_FENCE

# A plain fence with the line before it (blank lines aside): the label it must sit under.
_FENCE = re.compile(rf"^(?P<label>[^\n]*)\n(?:[ \t]*\r?\n)*{PLAIN_FENCE}", re.MULTILINE | re.IGNORECASE)
# "**Sample answer**:", "**Answer:**", "Example response:": a label alone that names an answer.
_ANSWER_LABEL = re.compile(
    r"^[ \t>]*(?:\*\*|__)?(?:(?:sample|example|model|good|strong|suggested|my)[ \t]+)?(?:answer|response)(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*\r?$",
    re.IGNORECASE,
)
# Braces, assignments, tags, a statement's closing semicolon, a keyword opening a line: code, not an answer.
_CODE_MARKS = re.compile(r"[{}=<>]|;\s*$|^\s*(?:def|class|import|from|return|const|let|var|function|public|private|SELECT|INSERT)\b")
_SENTENCE_WORDS = 6


def with_answer_fences_opened(text: str) -> str:
    """The text with each plain fence under an answer label that holds prose (most of its lines
    sentences, none code) opened, its marks blank lines; every line where it was."""
    if "```" not in text and "~~~" not in text:
        return text

    def opened(fence: re.Match[str]) -> str:
        if not _ANSWER_LABEL.match(fence["label"]) or not _prose(fence["body"]):
            return fence.group()
        start = fence.start("mark") - fence.start()
        return fence.group()[:start] + fence["end"] + fence["body"]  # the marks' lines left blank

    return _FENCE.sub(opened, text)


def _prose(body: str) -> bool:
    lines = [line for line in body.splitlines() if line.strip()]
    sentences = sum(len(line.split()) >= _SENTENCE_WORDS for line in lines)
    return bool(lines) and 2 * sentences >= len(lines) and not any(_CODE_MARKS.search(line) for line in lines)
