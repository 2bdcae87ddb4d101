"""A Markdown table of stories, a row each, its columns the STAR parts (`| Story | Situation
| Task | Action | Result |`), read as a reader sees it: each row a story of its own under
the table's heading, titled by the row's name, told in a labelled line per part
(`**Situation:** …`) and per column a label names (`**Question:**`, `**LP:**`), every line
on the row's own line. One row and no column naming it is the heading's own story; rows
with every part empty are entries still to write. A table whose rows say something other
than what happened (a scoring rubric, `| 1 | Vague context | … |`) stays a table. The
outline is changed in place, before anything walks it.

A table whose rows each name a part (`| Situation | Deploys failed … |`) tells one story
and is read as it is (stories._table_labels)."""

from __future__ import annotations

import re

from systemcraft_tui.content.answer_tables import answers_of
from systemcraft_tui.content.labels import STAR_PARTS, meaning
from systemcraft_tui.content.markdown_tree import Block, Document, Line, Paragraph, Run, Section, Table, forget_walks
from systemcraft_tui.content.names import column_parts, normalize, star_part
from systemcraft_tui.content.reading import without_numbering
from systemcraft_tui.content.stories import past_verbs, told_by_me

_FEWEST_TOLD = 3  # parts a row tells to be a story
_PAST_WORDS = 2  # or verbs in the past, in notes with no "I" ("Sorted 300 pages, removed dead alerts")


def with_story_tables(document: Document) -> None:
    """Each table of stories in the outline read as a story a row (see above), and each table
    of prepared answers as a heading a row (answer_tables.py)."""
    stack, changed = [document.root], False
    while stack:
        section = stack.pop()
        stack.extend(section.children)
        if any(isinstance(block, Table) for block in section.blocks):
            changed = _read_rows(section, document.root) or changed
    if changed:
        forget_walks(document.root)  # a page whose fences were rewritten was walked before its rows became headings


def _read_rows(section: Section, root: Section) -> bool:
    """The section's tables of stories or answers read as its subheadings; whether any was."""
    blocks: list[Block] = []
    stories: list[Section] = []
    level = min(section.level + 1, 6) if section is not root else min((c.level for c in root.children), default=1)
    for block in section.blocks:
        if not isinstance(block, Table):
            blocks.append(block)
        elif (columns := _columns(block)) is not None and _all_stories(block, columns):
            if "" not in columns and len(block.rows) == 1:
                blocks.append(Paragraph(_labelled(block.rows[0], columns)))  # the heading's own story
            elif "" not in columns and _names_parts(section.title.text):
                # `### Problem → Action → Result` over rows no column names: one story's problems,
                # each paired with what was done and its impact, no stories of their own.
                blocks.append(block)
            else:
                stories += [_story(row, columns, level, number) for number, row in enumerate(block.rows, 1)]
        elif (answers := answers_of(block, level)) is not None:
            stories.append(answers)
        else:
            blocks.append(block)
    if blocks == section.blocks:
        return False
    section.blocks = blocks
    section.children[:0] = stories  # a heading's own text comes before its subheadings
    return True


# "Problem → Action → Result", "Situation / Task / Action / Result": the parts a heading lists, numbered or not.
_PART_LIST = re.compile(r"\s*(?:→|->|=>|/|\||,|&|\band\b)\s*")


def _names_parts(heading: str) -> bool:
    """Whether a heading only lists two STAR parts or more, each by a word for it."""
    names = [name for name in _PART_LIST.split(without_numbering(heading)) if name.strip()]
    parts = [star_part(name) for name in names]
    return len(names) >= 2 and None not in parts and len(set(parts)) >= 2


def _columns(table: Table) -> list[str | None] | None:
    """What each column holds: a part's name, a label the reader knows (`Question`, `LP`),
    "" for the column naming the story, None for the rest; None for no table of stories."""
    names = [cell.text for cell in table.header]
    parts = column_parts(names)
    if parts is None:
        return None
    columns: list[str | None] = [
        part or (name if meaning(normalize(name)) else None) for name, part in zip(names, parts, strict=True)
    ]
    # The first column naming nothing the reader knows, and not only numbering the rows, names the story.
    for index, column in enumerate(columns):
        if column is None and not all(_ROW_CODE.match(row[index].text) for row in table.rows if index < len(row) and row[index].text):
            columns[index] = ""
            break
    return columns


# "1", "2.", "H1", "S-03": a row's number or code, no name of its story.
_ROW_CODE = re.compile(r"^(?:[A-Za-z]{1,3}-?)?\d{1,3}\.?$")


def _told(row: list[Line], columns: list[str | None]) -> list[Line]:
    return [cell for cell, column in zip(row, columns, strict=False) if column in STAR_PARTS and cell.text.strip("-–— ")]


def _all_stories(table: Table, columns: list[str | None]) -> bool:
    """Whether the rows are stories: each tells three parts or more, or none (an entry still
    to write), and half of those told or more tell what happened, by "I" or in the past (notes
    may be terse, `Dual writes behind a flag`, a rubric's cells never are, `Vague context`)."""
    told = [cells for row in table.rows if (cells := _told(row, columns))]
    if any(len(cells) < _FEWEST_TOLD for cells in told):
        return False
    texts = [" ".join(cell.text for cell in cells) for cells in told]
    happened = sum(told_by_me(text) or past_verbs(text) >= _PAST_WORDS for text in texts)
    return happened * 2 >= len(told) if told else "" in columns


def _labelled(row: list[Line], columns: list[str | None]) -> list[Line]:
    """A line per column the reader knows, labelled with its name; every part's, empty or not,
    so that a row still to write reads as an entry to fill in."""
    blank = not _told(row, columns)
    return [
        Line((Run(f"{column}:", bold=True), *((Run(" "), *cell.runs) if cell.text else ())), cell.number)
        for cell, column in zip(row, columns, strict=False)
        if column and (cell.text or (blank and column in STAR_PARTS))
    ]


_WORD = re.compile(r"\w")


def _story(row: list[Line], columns: list[str | None], level: int, number: int) -> Section:
    line = row[0].number if row else 0
    # A name cell of marks alone (`-`, `—`) names nothing: the row is numbered.
    named = next((cell for cell, column in zip(row, columns, strict=False) if column == "" and _WORD.search(cell.text)), None)
    title = named if named is not None else Line((Run(f"Story {number}"),), line)
    labelled = _labelled(row, columns)
    return Section(level=level, title=title, line=line, end_line=line, blocks=[Paragraph(labelled)] if labelled else [])
