"""A question heading with nothing under it, then its story's parts as headings of their own
written shallower than it (`##### Tell me about a late launch`, then `# Situation: …`,
`# Task: …`, `# Action: …`, `# Result: …`): to the author each part is a label of the answer
to that question, as a part heading a level below it is; Markdown makes the parts the page's
sections above it, and the headings after them theirs."""

from __future__ import annotations

import re

from systemcraft_tui.content.fences import outside_fences
from systemcraft_tui.content.markdown_tree import THEMATIC_BREAK
from systemcraft_tui.content.questions import asks
from systemcraft_tui.content.reading import without_numbering
from systemcraft_tui.content.stories import part_heading

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*\r?$")
_ORDER = ("Situation", "Task", "Action", "Result")
_FEWEST_PARTS = 3


def with_parts_under_questions(text: str) -> str:
    """The text with each such run of part headings, three parts or more in order, written a
    level below the question heading right above it, every line where it was; the text itself
    when it has none."""
    if "#" not in text:
        return text
    lines = text.split("\n")
    headings = [(number, len(found[1]), found[2]) for number in outside_fences(lines) if (found := _ATX.match(lines[number]))]
    changed = False
    for at, (number, level, words) in enumerate(headings[:-1]):
        if level == 6 or not asks(without_numbering(words)) or any(line.strip() and not THEMATIC_BREAK.match(line.rstrip()) for line in lines[number + 1 : headings[at + 1][0]]):
            continue  # no question, or one with text of its own under it (a `---` rule is none): its answer, whatever headings follow
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
