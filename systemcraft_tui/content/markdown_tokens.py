"""The outline read from markdown-it-py's token stream, for the files whose shapes
markdown-it-pyrs reads otherwise (see markdown_tree.parse_markdown). Inline content is
parsed a block at a time as it is read, and plain text (half of a file's lines) is split
as markdown-it would without its parser: a big file's inline tokens never live at once."""

from __future__ import annotations

import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from systemcraft_tui.content.markdown_tree import (
    Block,
    Code,
    Document,
    Line,
    ListBlock,
    ListItem,
    Outline,
    Paragraph,
    Run,
    Table,
    _runs,
    html_blocks,
    inline_html_words,
    without_edge_breaks,
)

_MARKDOWN = MarkdownIt("commonmark").enable("table")
_MARKDOWN.core.ruler.disable(["inline", "text_join"])  # inline content: parsed as the outline is built


def token_outline(text: str) -> Document:
    env: dict[str, Any] = {}
    tokens = _MARKDOWN.parse(text, env)  # block tokens; each inline token's children are parsed as it is read
    outline = Outline(text)
    stream = _Stream(tokens, env)
    for index, items in stream.top_level():
        token = tokens[index]
        if token.type == "heading_open":
            outline.heading(int(token.tag[1]), stream.inline_lines(index + 1, _line(token))[0])
        elif token.type == "hr":
            outline.thematic_break(_line(token))
        else:
            outline.add(stream.blocks(index, items))
        if items is None:
            stream.release(index)
    return outline.document()


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 1


class _Stream:
    """markdown-it's flat block tokens read as a tree, straight into ours: a block is the
    index of its token (an opening one spans to its closing one)."""

    def __init__(self, tokens: list[Token], env: dict[str, Any]) -> None:
        self.tokens = tokens
        self.env = env  # the link reference definitions, for the inline parse
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

    def top_level(self) -> Any:
        """The document's blocks in order, as markdown_nodes._top_level gives them."""
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
        if kind == "html_block":
            return html_blocks(token.content, _line(token))
        return []

    def _table(self, index: int) -> Table:
        header: list[Line] = []
        rows: list[list[Line]] = []
        for part in self.children(index):
            for row in self.children(part):
                line = _line(self.tokens[row])
                cells = [self.inline_lines(cell + 1, line)[0] for cell in self.children(row)]
                if self.tokens[part].type == "thead_open":
                    header = cells
                else:
                    rows.append(cells)
        return Table(line=_line(self.tokens[index]), header=header, rows=rows)

    def inline_lines(self, index: int, first_line: int) -> list[Line]:
        """The inline token at `index` parsed and split into source lines of runs."""
        content = self.tokens[index].content
        read = [Line(runs, first_line + i) for i, runs in enumerate(inline_runs(content, self.env))]
        if len(read) == 1 and content[:1] in ("[", "<") and _one_link(content, self.env):
            read[0].__dict__["link_only"] = True  # as markdown_nodes marks it
        return read


def inline_runs(content: str, env: dict[str, Any]) -> list[tuple[Run, ...]]:
    """Each source line of inline content as runs; plain text split as markdown-it would."""
    if _PLAIN_AS_MARKDOWN_IT and not _INLINE_MARK.search(content):
        return _plain_runs(content)
    return _parsed_runs(content, env)


def _parsed_runs(content: str, env: dict[str, Any]) -> list[tuple[Run, ...]]:
    children: list[Token] = []
    _MARKDOWN.inline.parse(content, _MARKDOWN, env, children)
    lines: list[list[tuple[str, bool, bool]]] = [[]]
    _read_inline(children, lines)
    without_edge_breaks(lines)
    return [_runs(parts) for parts in lines]


def _one_link(content: str, env: dict[str, Any]) -> bool:
    """Whether inline content is one link and nothing else."""
    children: list[Token] = []
    _MARKDOWN.inline.parse(content, _MARKDOWN, env, children)
    return bool(children) and children[0].type == "link_open" and children[-1].type == "link_close" and (
        sum(child.type == "link_open" for child in children) == 1
    )


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


def _read_inline(children: list[Token], lines: list[list[tuple[str, bool, bool]]], bold: int = 0) -> None:
    for child in children:
        kind = child.type
        if kind in _TEXT:
            if content := inline_html_words(child.content) if kind == "html_inline" else child.content:
                lines[-1].append((content, bold > 0, False))
        elif kind == "softbreak" or kind == "hardbreak":
            lines.append([])
        elif kind == "code_inline":
            lines[-1].append((child.content, bold > 0, True))
        elif kind == "image":
            _read_inline(child.children or [], lines, bold)  # its alt text, read as a link's text is
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1


_LISTS = ("bullet_list_open", "ordered_list_open")
# Text, an escaped character or entity (markdown-it's text_join would fold these into the
# text), and raw inline HTML all read as words.
_TEXT = frozenset({"text", "text_special", "html_inline"})
