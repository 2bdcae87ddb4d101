"""A small outline of a Markdown file, built from markdown-it-py's token stream.

The template readers never look at raw text: they walk sections (one per heading),
and inside them paragraphs, lists, tables and code, each line split into runs that
remember whether they were bold or code. Every node keeps its 1-based line number.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, overload

from markdown_it import MarkdownIt
from markdown_it.token import Token

T = TypeVar("T")

_MARKDOWN = MarkdownIt("commonmark").enable("table")
_MARKDOWN.core.ruler.disable(["inline", "text_join"])  # inline content: parsed as the tree is built
_SUMMARY = re.compile(r"<summary[^>]*>(.*?)</summary>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_HTML_ROW = re.compile(r"<tr[^>]*>(.*?)</tr>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<t([hd])[^>]*>(.*?)</t[hd]>", re.IGNORECASE | re.DOTALL)
_OPENING = " \t\"“'"  # what may stand before a line's opening bold label


class _cached(Generic[T]):
    """functools.cached_property without its lock (Python 3.11 takes one on every first
    read): a file's lines are read by one thread, and their texts are read in the
    hundreds of thousands in a big file."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__

    @overload
    def __get__(self, line: None, owner: type | None = None) -> _cached[T]: ...
    @overload
    def __get__(self, line: object, owner: type | None = None) -> T: ...
    def __get__(self, line: object, owner: type | None = None) -> T | _cached[T]:
        if line is None:
            return self
        value = line.__dict__[self.name] = self.compute(line)  # read from the instance from then on
        return value


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    bold: bool = False
    code: bool = False


@dataclass(frozen=True)
class Line:
    """One source line of inline content."""

    runs: tuple[Run, ...]
    number: int

    @_cached
    def text(self) -> str:
        return "".join(run.text for run in self.runs).strip()

    @_cached
    def prose(self) -> str:
        """The text without inline code, for checks that must not look inside code."""
        return "".join(" " if run.code else run.text for run in self.runs)

    @_cached
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

    @_cached
    def after_lead(self) -> str:
        """The text that follows the opening bold label."""
        runs = list(self.runs)
        while runs and not runs[0].bold and not runs[0].text.strip(_OPENING):
            runs.pop(0)
        while runs and runs[0].bold:
            runs.pop(0)
        return "".join(run.text for run in runs).strip()


@dataclass(slots=True)
class Paragraph:
    lines: list[Line]

    @property
    def line(self) -> int:
        return self.lines[0].number

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines if line.text)


@dataclass(slots=True)
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


@dataclass(slots=True)
class ListBlock:
    ordered: bool
    items: list[ListItem]

    @property
    def line(self) -> int:
        return self.items[0].line if self.items else 0


@dataclass(slots=True)
class Table:
    line: int
    header: list[Line]
    rows: list[list[Line]]


@dataclass(slots=True)
class Code:
    line: int
    info: str
    text: str


Block = Paragraph | ListBlock | Table | Code


@dataclass(eq=False, slots=True)  # a section is one place in one file: two are equal only if they are the same
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
    env: dict[str, Any] = {}
    tokens = _MARKDOWN.parse(text, env)  # block tokens; each inline token's children are parsed as it is read
    source_lines = text.splitlines()
    line_count = len(source_lines)
    root = Section(level=0, title=Line((), 1), line=1, end_line=line_count)
    stack = [root]
    stream = _Stream(tokens, env)
    for index, items in stream.top_level():
        token = tokens[index]
        if token.type == "heading_open":
            level = int(token.tag[1])
            start = _line(token)
            while stack[-1].level >= level:
                stack.pop().end_line = start - 1
            title = stream.inline_lines(index + 1, start)[0]
            if label := _metadata(title):
                stack[-1].blocks.append(Paragraph([label]))  # "### Tags: ..." labels its heading's text
                continue
            section = Section(level=level, title=title, line=start)
            stack[-1].children.append(section)
            stack.append(section)
        elif token.type == "hr":
            stack[-1].breaks.append(_line(token))
        else:
            stack[-1].blocks.extend(stream.blocks(index, items))
        if items is None:
            stream.release(index)
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


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 1


class _Stream:
    """markdown-it's flat block tokens read as a tree, straight into ours: a block is the
    index of its token (an opening one spans to its closing one). Inline content is parsed
    one token at a time and dropped once read, so the whole file's inline tokens never
    live at once."""

    def __init__(self, tokens: list[Token], env: dict[str, Any]) -> None:
        self.tokens = tokens
        self.env = env
        self.closing = [0] * len(tokens)  # an opening token's index -> its closing token's
        opened: list[int] = []
        for index, token in enumerate(tokens):
            if token.nesting == 1:
                opened.append(index)
            elif token.nesting == -1:
                self.closing[opened.pop()] = index

    def release(self, index: int) -> None:
        """Drop the tokens of a block that has been read: a big file's tokens never all live beside its tree."""
        end = self.closing[index] + 1 if self.tokens[index].nesting == 1 else index + 1
        self.tokens[index:end] = [None] * (end - index)  # type: ignore[list-item]

    def children(self, index: int) -> list[int]:
        return self._between(index + 1, self.closing[index])

    def _between(self, start: int, end: int) -> list[int]:
        found = []
        while start < end:
            found.append(start)
            start = self.closing[start] + 1 if self.tokens[start].nesting == 1 else start + 1
        return found

    def top_level(self) -> Iterator[tuple[int, list[int] | None]]:
        """The document's blocks in order, each with the list items to read when it is a
        list cut to some of them. A list whose items open with a heading ("1. #### How did
        you choose the stack?") is read as those headings and their text: the author
        numbered the sections, they did not write a list; an item between them stays a
        list of its own."""
        for index in self._between(0, len(self.tokens)):
            items = self.children(index) if self.tokens[index].type in _LISTS else []
            if not any(self._opens_with_heading(item) for item in items):
                yield index, None
                continue
            for item in items:
                if self._opens_with_heading(item):
                    yield from ((child, None) for child in self.children(item))
                else:
                    yield index, [item]

    def _opens_with_heading(self, item: int) -> bool:
        return self.closing[item] > item + 1 and self.tokens[item + 1].type == "heading_open"

    def blocks(self, index: int, items: list[int] | None = None) -> list[Block]:
        token = self.tokens[index]
        kind = token.type
        if kind == "paragraph_open":
            return [Paragraph(self.inline_lines(index + 1, _line(token)))]
        if kind in _LISTS:
            read = [
                ListItem(line=_line(self.tokens[item]), blocks=[b for child in self.children(item) for b in self.blocks(child)])
                for item in (self.children(index) if items is None else items)
            ]
            return [ListBlock(ordered=kind == "ordered_list_open", items=read)]
        if kind == "table_open":
            return [self._table(index)]
        if kind in ("fence", "code_block"):
            return [Code(line=_line(token), info=token.info or "", text=token.content)]
        if kind == "blockquote_open":
            return [b for child in self.children(index) for b in self.blocks(child)]
        if kind == "html_block" and _HTML_ROW.search(token.content):
            return [_html_table(token.content, _line(token))]
        if kind == "html_block" and (summary := _SUMMARY.search(token.content)):
            # `<details><summary>Story: Title</summary>`: a collapsed section's title is shown
            # to a reader, so it is kept: as a bold line of its own, as a title is written.
            line = _line(token) + token.content.count("\n", 0, summary.start())
            text = " ".join(html.unescape(_TAG.sub(" ", summary[1])).split())
            return [Paragraph([Line((Run(text, bold=True),), line)])] if text else []
        return []  # thematic breaks, headings inside lists, other raw HTML: nothing a template reader uses

    def _table(self, index: int) -> Table:
        header: list[Line] = []
        rows: list[list[Line]] = []
        for part in self.children(index):
            for row in self.children(part):
                line = _line(self.tokens[row])
                cells = [
                    self.inline_lines(inner[0], line)[0] if (inner := self.children(cell)) else Line((), line)
                    for cell in self.children(row)
                ]
                if self.tokens[part].type == "thead_open":
                    header = cells
                else:
                    rows.append(cells)
        return Table(line=_line(self.tokens[index]), header=header, rows=rows)

    def inline_lines(self, index: int, first_line: int) -> list[Line]:
        """The inline token at `index` parsed and split into source lines of runs."""
        return [Line(runs, first_line + i) for i, runs in enumerate(inline_runs(self.tokens[index].content, self.env))]


def inline_runs(content: str, env: dict[str, Any]) -> list[tuple[Run, ...]]:
    """Each source line of inline content as runs: bold where inside `**`, code for inline
    code; emphasis and links keep their words. Plain text (half of a file's lines) is split
    as markdown-it would, without its parser."""
    if _PLAIN_AS_MARKDOWN_IT and not _INLINE_MARK.search(content):
        return _plain_runs(content)
    return _parsed_runs(content, env)


def _parsed_runs(content: str, env: dict[str, Any]) -> list[tuple[Run, ...]]:
    children: list[Token] = []
    _MARKDOWN.inline.parse(content, _MARKDOWN, env, children)
    lines: list[list[tuple[str, bool, bool]]] = [[]]
    bold = 0
    for child in children:
        kind = child.type
        if kind in _TEXT:
            if child.content:
                lines[-1].append((child.content, bold > 0, False))
        elif kind == "softbreak" or kind == "hardbreak":
            lines.append([])
        elif kind == "code_inline":
            lines[-1].append((child.content, bold > 0, True))
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
    return [_runs(parts) for parts in lines]


def _plain_runs(content: str) -> list[tuple[Run, ...]]:
    """markdown-it's reading of text with no inline markup: a break at each newline, the
    spaces (not tabs) before it dropped, and the spaces and tabs after it."""
    lines = content.split("\n")
    last = len(lines) - 1
    runs: list[tuple[Run, ...]] = []
    for number, line in enumerate(lines):
        if number:
            line = line.lstrip(" \t")
        if number < last:
            line = line.rstrip(" ")
        runs.append((Run(line),) if line else ())
    return runs


# What may start inline markup in CommonMark (emphasis, code, links, images, autolinks and
# HTML, escapes, entities); text without any of them is plain to the rules below.
_INLINE_MARK = re.compile(r"[!&*<\[\\\]_`]")
_PLAIN_AS_MARKDOWN_IT = _MARKDOWN.inline.ruler.get_active_rules() == [
    "text", "newline", "escape", "backticks", "emphasis", "link", "image", "autolink", "html_inline", "entity",
] and not _MARKDOWN.options.get("linkify")  # fmt: skip


_LISTS = ("bullet_list_open", "ordered_list_open")
# Text, an escaped character or entity (markdown-it's text_join would fold these into the
# text), raw inline HTML, and an image (its alt text) all read as words.
_TEXT = frozenset({"text", "text_special", "html_inline", "image"})


def _runs(parts: list[tuple[str, bool, bool]]) -> tuple[Run, ...]:
    """Neighbouring parts of the same style joined into one run; markdown-it splits text at brackets."""
    runs: list[Run] = []
    texts: list[str] = []
    style = (False, False)
    for text, bold, code in parts:
        if (bold, code) != style and texts:
            runs.append(Run("".join(texts), *style))
            texts = []
        style = (bold, code)
        texts.append(text)
    if texts:
        runs.append(Run("".join(texts), *style))
    return tuple(runs)


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
