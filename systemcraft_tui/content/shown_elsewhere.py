"""Pages whose stories are not told in their own text: written as code (a fence setting
`situation=…`, `task=…`, `action=…`, `result=…`) or kept in other files (an index of
links to them). Said when a file yields no item, so that the reason is the right one rather
than "a question list" for the questions such a page quotes."""

from __future__ import annotations

import re

from systemcraft_tui.content.markdown_tree import Code, Document, ListBlock

# `situation="""…"""`, `"task": "…"`, `self.action = action`: a STAR part set as a field.
_PART_FIELD = re.compile(r"""\b(situation|task|action|result)["']?\s*[=:]""", re.IGNORECASE)
_PARTS = {"situation", "task", "action", "result"}
_FEWEST_CODED = 2


def star_written_as_code(document: Document) -> list[int]:
    """The lines of the fences (any language) that set all four STAR parts as fields, two
    or more: stories written as data, shown rather than told."""
    coded = [
        block.line
        for section in document.root.walk()
        for block in section.blocks
        if isinstance(block, Code) and {part.lower() for part in _PART_FIELD.findall(block.text)} == _PARTS
    ]
    return coded if len(coded) >= _FEWEST_CODED else []


# `[Story 1: Title](./story_1.md)`: a link to another Markdown file beside this one.
_FILE_LINK = re.compile(r"\]\((?![a-z]+:)[^)\s]+\.md(?:#[^)\s]*)?\)", re.IGNORECASE)
_FEWEST_LINKS = 3


def links_to_files(document: Document) -> list[int]:
    """The lines of the list items that link another Markdown file, three or more: an index
    of files, what they hold read from them, not from here."""
    source = document.source_lines
    linked = [
        item.line
        for section in document.root.walk()
        for block in section.blocks
        if isinstance(block, ListBlock)
        for item in block.items
        if _FILE_LINK.search(source[item.line - 1])
    ]
    return linked if len(linked) >= _FEWEST_LINKS else []
