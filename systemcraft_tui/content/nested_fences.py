"""A fence written inside a plain fence (notes quoted whole in ```, a numbered step in them
showing code in an indented ```tsx … ``` of its own): Markdown closes the outer fence at the
inner one's closing mark, and the page after it turns to code. The inner marks are written
as tildes, which close no backtick fence, so the outer one ends where its author closed it;
once the page is read, the fences' text shows them as written."""

from __future__ import annotations

import re

from systemcraft_tui.content.markdown_tree import Code, Document

# A plain backtick fence opening at the line's start, and an inner one with a language,
# indented as a list item's text is (one to three spaces: four would be indented code).
_OUTER = re.compile(r"^(`{3,})[ \t]*$")
_INNER_OPENS = re.compile(r"^( {1,3})(`{3,})([\w+#-]+)[ \t]*$")
_FEWEST_MARKS = 4  # two fences, one inside the other
_ANY_INNER = re.compile(r"\n {1,3}`{3,}[\w+#-]")


def with_nested_fences_kept(text: str) -> tuple[str, list[int]]:
    """The text with each fence nested in a plain one written in tildes, every line where it
    was, and the numbers of the lines rewritten. The text itself when it has none."""
    if text.count("```") < _FEWEST_MARKS or not _ANY_INNER.search(text):
        return text, []  # most pages: no fence with a language indented as a list item's text
    lines = text.split("\n")
    outer: str | None = None  # the open plain fence's mark
    inner: tuple[str, str] | None = None  # the open inner fence's indent and mark
    opened = 0  # the line (from 1) where it opened
    rewritten: list[int] = []
    for number, line in enumerate(lines):
        bare = line.rstrip("\r")
        if inner is not None:
            if bare.rstrip() == inner[0] + inner[1]:
                lines[number] = line.replace(inner[1], "~" * len(inner[1]), 1)
                rewritten += [opened, number + 1]
                inner = None
        elif outer is not None:
            if (opens := _INNER_OPENS.match(bare)) and _closed_inside(lines, number, opens[1] + opens[2], outer):
                lines[number] = line.replace(opens[2], "~" * len(opens[2]), 1)
                inner, opened = (opens[1], opens[2]), number + 1
            elif bare.rstrip() == outer:
                outer = None
        elif (found := _OUTER.match(bare)) is not None:
            outer = found[1]
    return ("\n".join(lines), rewritten) if rewritten else (text, [])


def with_marks_as_written(document: Document, rewritten: list[int]) -> None:
    """The inner fences' marks shown in the outer fences' text as their author wrote them
    (backticks). In place, right after the page is read."""
    if not rewritten:
        return
    lines = set(rewritten)
    for section in document.root.walk():
        for block in section.blocks:
            if isinstance(block, Code) and "~~~" in block.text:
                text = block.text.split("\n")
                for at, line in enumerate(text):
                    if block.line + 1 + at in lines:
                        text[at] = line.replace("~~~", "```", 1)
                block.text = "\n".join(text)


def _closed_inside(lines: list[str], start: int, closing: str, outer: str) -> bool:
    """Whether an inner fence opened at `start` closes (its mark alone at its indent) before
    a line that could only close the outer one, and the outer fence is closed after it."""
    for number in range(start + 1, len(lines)):
        bare = lines[number].rstrip("\r").rstrip()
        if bare == closing:
            return any(later.rstrip("\r").rstrip() == outer for later in lines[number + 1 :])
        if bare == outer:
            return False
    return False
