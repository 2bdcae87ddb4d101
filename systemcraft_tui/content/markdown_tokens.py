"""The outline read from markdown-it-py's token stream, for the files whose shapes
markdown-it-pyrs reads otherwise (see markdown_tree.parse_markdown)."""

from __future__ import annotations

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
    Table,
    _runs,
    html_blocks,
)

_MARKDOWN = MarkdownIt("commonmark").enable("table")


def token_outline(text: str) -> Document:
    tokens = _MARKDOWN.parse(text, {})
    outline = Outline(text)
    stream = _Stream(tokens)
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

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
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
        """The inline token at `index` split into source lines of runs."""
        lines: list[list[tuple[str, bool, bool]]] = [[]]
        _read_inline(self.tokens[index].children or [], lines)
        return [Line(_runs(parts), first_line + i) for i, parts in enumerate(lines)]


def _read_inline(children: list[Token], lines: list[list[tuple[str, bool, bool]]], bold: int = 0) -> None:
    for child in children:
        kind = child.type
        if kind in _TEXT:
            if child.content:
                lines[-1].append((child.content, bold > 0, False))
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
# Text, an escaped character or entity, and raw inline HTML all read as words.
_TEXT = frozenset({"text", "text_special", "html_inline"})
