"""A Markdown table of prepared answers, a row each, its columns the prompt and the answer
(`| common questions | Answers |`, the prep grid candidates fill in): read as a reader sees
it, each row a heading of its own, named by its first cell (a question, or a topic such as
`challenges`), over its answer, all under a heading named by the answer column, when the
answers are told by the candidate at length. A grid of keywords (`| Conflicts | Infosec
session |`) stays a table. Read with the tables of stories (story_tables.py), which change
the outline in place before anything walks it."""

from __future__ import annotations

import re

from systemcraft_tui.content.markdown_tree import Line, Paragraph, Run, Section, Table
from systemcraft_tui.content.names import normalize
from systemcraft_tui.content.prepared import FEWEST_ANSWER_WORDS
from systemcraft_tui.content.stories import told_by_me

_PROMPT_COLUMN = re.compile(r"^(?:(?:common|behaviou?ral|interview|sample) )?(?:questions?|prompts?|topics?)$")
_ANSWER_COLUMN = re.compile(r"^(?:(?:my|sample|model) )?(?:answers?|responses?)$")
_FEWEST_ROWS = 2


def answers_of(table: Table, level: int) -> Section | None:
    """The table as a heading at `level` named by its answer column, a heading under it per
    row (see above); None when it is no table of prepared answers."""
    if not _answered(table):
        return None
    rows = [
        Section(level=min(level + 1, 6), title=row[0], line=row[0].number, end_line=row[0].number, blocks=[Paragraph([row[1]])])
        for row in table.rows
        if len(row) == 2 and row[0].text and row[1].text
    ]
    named = Line((Run(table.header[1].text),), table.line)  # "Answers": the heading that names them as answers
    return Section(level=level, title=named, line=table.line, end_line=rows[-1].line, children=rows)


def _answered(table: Table) -> bool:
    """Whether a table's two columns name prompts and their answers, and half its rows or more
    (two at least) answer at length, told by "I"."""
    header = [normalize(cell.text) for cell in table.header]
    if len(header) != 2 or not _PROMPT_COLUMN.match(header[0]) or not _ANSWER_COLUMN.match(header[1]):
        return False
    told = [row for row in table.rows if len(row) == 2 and len(row[1].text.split()) >= FEWEST_ANSWER_WORDS and told_by_me(row[1].text)]
    return len(told) >= _FEWEST_ROWS and 2 * len(told) >= len(table.rows)
