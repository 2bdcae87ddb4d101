"""A sample answer written inside a plain fence under its label (`**Sample answer**:` over
```` ``` ```` and the answer in prose), as blog posts set answers apart: the answer, read as
the text it is. A fence of code, or one under no answer label, stays code."""

from __future__ import annotations

import re

from systemcraft_tui.content.reading import PLAIN_FENCE

# A plain fence with the line before it (blank lines aside): the label it must sit under.
_FENCE = re.compile(rf"^(?P<label>[^\n]*)\n(?:[ \t]*\r?\n)*{PLAIN_FENCE}", re.MULTILINE | re.IGNORECASE)
# "**Sample answer**:", "**Answer:**", "Example response:": a label alone that names an answer.
# So does the candidate's name in a mock interview's script (`` `You`: ``, "**Me:**", "Candidate:"
# under `## VP: <question>`): what follows is said by the one rehearsing.
_ANSWER_LABEL = re.compile(
    r"^[ \t>]*(?:\*\*|__|`)?(?:(?:(?:sample|example|model|good|strong|suggested|my)[ \t]+)?(?:answer|response)|you|me|candidate)"
    r"(?:\*\*|__|`)?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*\r?$",
    re.IGNORECASE,
)
# Braces, assignments, tags, a statement's closing semicolon, a keyword opening a line: code, not an answer.
_CODE_MARKS = re.compile(r"[{}=<>]|;\s*$|^\s*(?:def|class|import|from|return|const|let|var|function|public|private|SELECT|INSERT)\b")
_SENTENCE_WORDS = 6
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]")
_FIRST_PERSON = re.compile(r"\bI(?:'m|\u2019m|'ve|\u2019ve)?\b")
# ... the next heading, or the end, after it: blank lines or a rule (`---`) between.
_HEADING_OR_END = re.compile(r"(?:\r?\n)?(?:[ \t]*(?:(?:[-*_][ \t]*){3,})?\r?\n)*(?: {0,3}#{1,6}[ \t]|\Z)")


def with_answer_fences_opened(text: str) -> str:
    """The text with each plain fence under an answer label that holds prose (most of its lines
    sentences, none code) opened, its marks blank lines; every line where it was."""
    if "```" not in text and "~~~" not in text:
        return text

    def opened(fence: re.Match[str]) -> str:
        # A heading right over a fence of its own text opening with "I", nothing else under it (`## Elevator
        # Pitch (1-minute)` over "I'm a backend engineer …"): the pitch itself, set apart as written. Not
        # advice opening the fence, an example quoted after it (`Name one thing …` over `Example:`).
        own = _HEADING.match(fence["label"]) and _FIRST_PERSON.match(fence["body"].lstrip()) and _HEADING_OR_END.match(text, fence.end())
        if not (_ANSWER_LABEL.match(fence["label"]) or own) or not _prose(fence["body"]):
            return fence.group()
        start = fence.start("mark") - fence.start()
        return fence.group()[:start] + fence["end"] + fence["body"]  # the marks' lines left blank

    return _FENCE.sub(opened, text)


def _prose(body: str) -> bool:
    lines = [line for line in body.splitlines() if line.strip()]
    sentences = sum(len(line.split()) >= _SENTENCE_WORDS for line in lines)
    return bool(lines) and 2 * sentences >= len(lines) and not any(_CODE_MARKS.search(line) for line in lines)
