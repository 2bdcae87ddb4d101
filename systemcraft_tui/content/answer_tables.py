"""A Markdown table of prepared answers, a row each, its columns the prompt and the answer
(`| common questions | Answers |`, the prep grid candidates fill in): read as a reader sees
it, each row a heading of its own, named by its first cell (a question, or a topic such as
`challenges`), over its answer, all under a heading named by the answer column, when the
answers are told by the candidate at length. A grid of keywords (`| Conflicts | Infosec
session |`) stays a table. The outline is changed in place, before anything walks it."""

from __future__ import annotations

import re

from systemcraft_tui.content.markdown_tree import Block, Document, Line, Paragraph, Run, Section, Table
from systemcraft_tui.content.names import normalize
from systemcraft_tui.content.stories import told_by_me

_PROMPT_COLUMN = re.compile(r"^(?:(?:common|behaviou?ral|interview|sample) )?(?:questions?|prompts?|topics?)$")
_ANSWER_COLUMN = re.compile(r"^(?:(?:my|sample|model) )?(?:answers?|responses?)$")
_TOLD_WORDS = 25  # an answer written out, not a note (as prepared answers count them)
_FEWEST_ROWS = 2


def with_answer_tables(document: Document) -> None:
    """Each table of prepared answers in the outline read as a heading a row (see above)."""
    stack = [document.root]
    while stack:
        section = stack.pop()
        stack.extend(section.children)
        if any(isinstance(block, Table) for block in section.blocks):
            _read_rows(section, document.root)


def _read_rows(section: Section, root: Section) -> None:
    blocks: list[Block] = []
    answers: list[Section] = []
    for block in section.blocks:
        if not isinstance(block, Table) or not _answered(block):
            blocks.append(block)
            continue
        level = min(section.level + 1, 6) if section is not root else min((c.level for c in root.children), default=1)
        rows = [
            Section(level=min(level + 1, 6), title=row[0], line=row[0].number, end_line=row[0].number, blocks=[Paragraph([row[1]])])
            for row in block.rows
            if len(row) == 2 and row[0].text and row[1].text
        ]
        named = Line((Run(block.header[1].text),), block.line)  # "Answers": the heading that names them as answers
        answers.append(Section(level=level, title=named, line=block.line, end_line=rows[-1].line, children=rows))
    if answers:
        section.blocks = blocks
        section.children[:0] = answers  # a heading's own text comes before its subheadings


def _answered(table: Table) -> bool:
    """Whether a table's two columns name prompts and their answers, and half its rows or more
    (two at least) answer at length, told by "I"."""
    header = [normalize(cell.text) for cell in table.header]
    if len(header) != 2 or not _PROMPT_COLUMN.match(header[0]) or not _ANSWER_COLUMN.match(header[1]):
        return False
    told = [row for row in table.rows if len(row) == 2 and len(row[1].text.split()) >= _TOLD_WORDS and told_by_me(row[1].text)]
    return len(told) >= _FEWEST_ROWS and 2 * len(told) >= len(table.rows)
