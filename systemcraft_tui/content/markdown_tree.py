"""A small outline of a Markdown file, built from markdown-it-py's token stream.

The template readers never look at raw text: they walk sections (one per heading),
and inside them paragraphs, lists, tables and code, each line split into runs that
remember whether they were bold or code. Every node keeps its 1-based line number.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

_MARKDOWN = MarkdownIt("commonmark").enable("table")
_SUMMARY = re.compile(r"<summary[^>]*>(.*?)</summary>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_HTML_ROW = re.compile(r"<tr[^>]*>(.*?)</tr>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<t([hd])[^>]*>(.*?)</t[hd]>", re.IGNORECASE | re.DOTALL)
_OPENING = " \t\"“'"  # what may stand before a line's opening bold label


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    code: bool = False


@dataclass(frozen=True)
class Line:
    """One source line of inline content."""

    runs: tuple[Run, ...]
    number: int

    @cached_property
    def text(self) -> str:
        return "".join(run.text for run in self.runs).strip()

    @cached_property
    def prose(self) -> str:
        """The text without inline code, for checks that must not look inside code."""
        return "".join(" " if run.code else run.text for run in self.runs)

    @cached_property
    def lead_bold(self) -> str | None:
        """The bold text the line opens with (`**Label**: rest`), if it opens with bold; an
        opening quote mark before it is not text (`"**Situation**: ...` in a quoted answer)."""
        label = []
        for run in self.runs:
            if run.bold:
                label.append(run.text)
            elif run.text.strip(_OPENING) or label:
                break
        return "".join(label).strip() if label else None

    @cached_property
    def after_lead(self) -> str:
        """The text that follows the opening bold label."""
        runs = list(self.runs)
        while runs and not runs[0].bold and not runs[0].text.strip(_OPENING):
            runs.pop(0)
        while runs and runs[0].bold:
            runs.pop(0)
        return "".join(run.text for run in runs).strip()


@dataclass
class Paragraph:
    lines: list[Line]

    @property
    def line(self) -> int:
        return self.lines[0].number

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines if line.text)


@dataclass
class ListItem:
    line: int
    blocks: list[Block]

    @property
    def lines(self) -> list[Line]:
        """The item's own lines (its paragraphs), not those of nested lists."""
        return [ln for block in self.blocks if isinstance(block, Paragraph) for ln in block.lines]

    @property
    def sublists(self) -> list[ListBlock]:
        return [block for block in self.blocks if isinstance(block, ListBlock)]

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines if line.text)


@dataclass
class ListBlock:
    ordered: bool
    items: list[ListItem]

    @property
    def line(self) -> int:
        return self.items[0].line if self.items else 0


@dataclass
class Table:
    line: int
    header: list[Line]
    rows: list[list[Line]]


@dataclass
class Code:
    line: int
    info: str
    text: str


Block = Paragraph | ListBlock | Table | Code


@dataclass(eq=False)  # a section is one place in one file: two are equal only if they are the same
class Section:
    """A heading and everything under it up to the next heading of its level or above."""

    level: int
    title: Line
    line: int
    end_line: int = 0
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)  # the lines of its thematic breaks (`---`)

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()

    def paragraph_lines(self) -> list[Line]:
        """The lines of the paragraphs directly under the heading: not lists, tables or subsections."""
        return [ln for block in self.blocks if isinstance(block, Paragraph) for ln in block.lines]

    def all_lines(self) -> Iterator[Line]:
        """Every inline line in this section and below, headings included."""
        for section in self.walk():
            yield section.title
            for block in section.blocks:
                yield from block_lines(block)


def block_lines(block: Block) -> Iterator[Line]:
    if isinstance(block, Paragraph):
        yield from block.lines
    elif isinstance(block, ListBlock):
        for item in block.items:
            for inner in item.blocks:
                yield from block_lines(inner)
    elif isinstance(block, Table):
        yield from block.header
        for row in block.rows:
            yield from row


@dataclass
class Document:
    root: Section
    line_count: int
    source_lines: list[str]
    name: str = ""  # the file's name without its suffix, when it has one

    @property
    def title(self) -> Section | None:
        """The first top-level heading, the file's title when it has one."""
        return next((s for s in self.root.children if s.level == 1), None)


def parse_markdown(text: str) -> Document:
    tokens = _MARKDOWN.parse(text)
    source_lines = text.splitlines()
    line_count = len(source_lines)
    root = Section(level=0, title=Line((), 1), line=1, end_line=line_count)
    stack = [root]
    for node in _top_level(SyntaxTreeNode(tokens).children):
        if node.type == "heading":
            level = int(node.tag[1])
            start = _line(node)
            while stack[-1].level >= level:
                stack.pop().end_line = start - 1
            title = _inline_lines(node.children[0], start)[0]
            if label := _metadata(title):
                stack[-1].blocks.append(Paragraph([label]))  # "### Tags: ..." labels its heading's text
                continue
            section = Section(level=level, title=title, line=start)
            stack[-1].children.append(section)
            stack.append(section)
        elif node.type == "hr":
            stack[-1].breaks.append(_line(node))
        else:
            stack[-1].blocks.extend(_blocks(node))
    for section in stack[1:]:
        section.end_line = line_count
    return Document(root=root, line_count=line_count, source_lines=source_lines)


# "Tags: Cost, Performance", "Difficulty: Medium": a heading that only labels a value.
_METADATA = re.compile(
    r"^\W*(tags?|categor(?:y|ies)|keywords|topics|themes|difficulty|compan(?:y|ies)|skills|competencies)\s*:\s*(\S.*)$",
    re.IGNORECASE,
)


def _metadata(title: Line) -> Line | None:
    """A heading that labels a value (`### Tags: Cost, Performance`) rather than naming what
    follows it, as the label line it is (`**Tags:** Cost, Performance`): the text after it
    stays with the heading above."""
    match = _METADATA.match(title.text)
    return Line((Run(f"{match[1]}:", bold=True), Run(f" {match[2]}")), title.number) if match else None


def _top_level(nodes: list[SyntaxTreeNode]) -> Iterator[SyntaxTreeNode]:
    """The document's blocks in order, with a list whose items open with a heading
    ("1. #### How did you choose the stack?") read as those headings and their text: the
    author numbered the sections, they did not write a list."""
    for node in nodes:
        items = node.children if node.type in ("bullet_list", "ordered_list") else []
        if not any(item.children and item.children[0].type == "heading" for item in items):
            yield node
            continue
        for item in items:
            if item.children and item.children[0].type == "heading":
                yield from item.children
            else:
                yield _one_item_list(node, item)


def _one_item_list(node: SyntaxTreeNode, item: SyntaxTreeNode) -> SyntaxTreeNode:
    """A list of just this item, so an item between numbered headings stays a list item."""
    single = SyntaxTreeNode()
    single.nester_tokens = node.nester_tokens
    single.children = [item]
    return single


def _line(node: SyntaxTreeNode) -> int:
    return node.map[0] + 1 if node.map else 1


def _blocks(node: SyntaxTreeNode) -> list[Block]:
    kind = node.type
    if kind == "paragraph":
        return [Paragraph(_inline_lines(node.children[0], _line(node)))]
    if kind in ("bullet_list", "ordered_list"):
        items = [
            ListItem(line=_line(item), blocks=[b for child in item.children for b in _blocks(child)])
            for item in node.children
        ]
        return [ListBlock(ordered=kind == "ordered_list", items=items)]
    if kind == "table":
        return [_table(node)]
    if kind in ("fence", "code_block"):
        return [Code(line=_line(node), info=node.info or "", text=node.content)]
    if kind == "blockquote":
        return [b for child in node.children for b in _blocks(child)]
    if kind == "html_block" and _HTML_ROW.search(node.content):
        return [_html_table(node.content, _line(node))]
    if kind == "html_block" and (summary := _SUMMARY.search(node.content)):
        # `<details><summary>Story: Title</summary>`: a collapsed section's title is shown
        # to a reader, so it is kept: as a bold line of its own, as a title is written.
        line = _line(node) + node.content.count("\n", 0, summary.start())
        text = " ".join(html.unescape(_TAG.sub(" ", summary[1])).split())
        return [Paragraph([Line((Run(text, bold=True),), line)])] if text else []
    return []  # thematic breaks, other raw HTML: nothing a template reader uses


def _html_table(html_text: str, first_line: int) -> Table:
    """A `<table>` written in HTML, read as a table: `<th>` cells head it."""
    header: list[Line] = []
    rows: list[list[Line]] = []
    for row in _HTML_ROW.finditer(html_text):
        line = first_line + html_text.count("\n", 0, row.start())
        cells = [
            (kind.lower(), " ".join(html.unescape(_TAG.sub(" ", text)).split())) for kind, text in _HTML_CELL.findall(row[1])
        ]
        lines = [Line((Run(text),), line) for _, text in cells]
        if not header and not rows and cells and all(kind == "h" for kind, _ in cells):
            header = lines
        else:
            rows.append(lines)
    return Table(line=first_line, header=header, rows=rows)


def _table(node: SyntaxTreeNode) -> Table:
    header: list[Line] = []
    rows: list[list[Line]] = []
    for part in node.children:
        for row in part.children:
            line = _line(row)
            cells = [_inline_lines(cell.children[0], line)[0] if cell.children else Line((), line) for cell in row.children]
            if part.type == "thead":
                header = cells
            else:
                rows.append(cells)
    return Table(line=_line(node), header=header, rows=rows)


def _inline_lines(inline: SyntaxTreeNode, first_line: int) -> list[Line]:
    """Split an inline node into source lines of runs."""
    lines: list[list[Run]] = [[]]

    def visit(node: SyntaxTreeNode, bold: bool) -> None:
        for child in node.children:
            kind = child.type
            if kind in ("softbreak", "hardbreak"):
                lines.append([])
            elif kind == "text" or kind == "html_inline":
                if child.content:
                    lines[-1].append(Run(child.content, bold=bold))
            elif kind == "code_inline":
                lines[-1].append(Run(child.content, bold=bold, code=True))
            elif kind == "strong":
                visit(child, True)
            elif kind == "image":
                lines[-1].append(Run(child.content, bold=bold))
            else:  # em, link, s: keep the words, drop the decoration
                visit(child, bold)

    visit(inline, False)
    return [Line(tuple(_merge(runs)), first_line + i) for i, runs in enumerate(lines)]


def _merge(runs: list[Run]) -> list[Run]:
    """Join neighbouring runs of the same style; markdown-it splits text at brackets."""
    merged: list[Run] = []
    for run in runs:
        if merged and merged[-1].bold == run.bold and merged[-1].code == run.code:
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.code)
        else:
            merged.append(run)
    return merged
