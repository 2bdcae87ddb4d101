"""A question heading with nothing under it, then its story's parts as headings of their own
written shallower than it (`##### Tell me about a late launch`, then `# Situation: …`,
`# Task: …`, `# Action: …`, `# Result: …`): to the author each part is a label of the answer
to that question, as a part heading a level below it is; Markdown makes the parts the page's
sections above it, and the headings after them theirs."""

from __future__ import annotations

import re
from itertools import pairwise

from systemcraft_tui.content.fences import outside_fences
from systemcraft_tui.content.markdown_tree import THEMATIC_BREAK
from systemcraft_tui.content.questions import asks
from systemcraft_tui.content.reading import without_numbering
from systemcraft_tui.content.stories import part_heading

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*\r?$")
_ORDER = ("Situation", "Task", "Action", "Result")
# A heading's start after a line end: found fast, the engine looking for the line end first.
_HEADING_START = re.compile(r"\n {0,3}(#{1,6})[ \t]")
_FEWEST_PARTS = 3


def with_parts_under_questions(text: str) -> str:
    """The text with each such run of part headings, three parts or more in order, written a
    level below the question heading right above it, every line where it was; the text itself
    when it has none."""
    if not _shallower_after(text):
        return text  # no heading right after a deeper one, a blank line or a rule between at most: most pages
    lines = text.split("\n")
    headings = [(number, len(found[1]), found[2]) for number in outside_fences(lines) if (found := _ATX.match(lines[number]))]
    changed = False
    for at, (number, level, words) in enumerate(headings[:-1]):
        # The heading after it shallower first (few are), then nothing between, then whether it asks.
        if level == 6 or headings[at + 1][1] >= level:
            continue
        if any(line.strip() and not THEMATIC_BREAK.match(line.rstrip()) for line in lines[number + 1 : headings[at + 1][0]]):
            continue  # one with text of its own under it (a `---` rule is none): its answer, whatever headings follow
        if not asks(without_numbering(words)):
            continue
        run: list[tuple[int, str]] = []  # each part heading's line and its part
        for after, after_level, after_words in headings[at + 1 :]:
            part = part_heading(without_numbering(after_words).partition(":")[0])  # its label, numbered or not (`# 2. Task: …`)
            if part is None or after_level >= level or (run and _ORDER.index(part) <= _ORDER.index(run[-1][1])):
                break
            run.append((after, part))
        if len(run) < _FEWEST_PARTS:
            continue
        for after, _ in run:
            lines[after] = "#" * (level + 1) + " " + lines[after].lstrip(" ").lstrip("#").lstrip(" \t")
        changed = True
    return "\n".join(lines) if changed else text


def _shallower_after(text: str) -> bool:
    """Whether a heading comes right after a deeper one, only blank lines and rules between:
    where a run of part headings under a question may start."""
    text = "\n" + text  # a heading on the first line too
    found = [(match.start(), match.end(), len(match[1])) for match in _HEADING_START.finditer(text)]
    return any(
        after[2] < before[2] and not text[text.find("\n", before[1]) + 1 : after[0]].strip(" \t\r\n-*_")
        for before, after in pairwise(found)
    )
