"""The outline read from markdown-it-pyrs's syntax tree (markdown-it in Rust), a part of
the file at a time."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from markdown_it_pyrs import MarkdownIt, Node

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
    _new_run,
    _runs,
    html_blocks,
    inline_html_words,
    without_edge_breaks,
)

_MARKDOWN = MarkdownIt("commonmark").enable("table")
_Parts = list[tuple[str, bool, bool]]  # a line's pieces of text, each with its bold and code


def node_outline(text: str, source: str, part_size: int) -> Document:
    """`text`'s outline, read from `source` (the text as markdown-it takes it: one line end,
    no NUL) parsed `part_size` characters at a time (see _parts)."""
    outline = Outline(text)
    for nodes, part in _parts(source, part_size):
        for node, kind, items in _top_level(nodes):
            if isinstance(node, list):  # a list item's inline run, named ""
                outline.add(part.blocks(node, kind))
            elif kind == "hr":
                outline.thematic_break(part.line(node))
            elif kind in _HEADINGS:
                outline.heading(node.meta["level"], part.inline_lines(node.children, part.line(node))[0])
            else:
                outline.add(part.blocks(node, kind, items))
    return outline.document()


def _parts(source: str, size: int) -> Iterator[tuple[list[Node], _Part]]:
    """The document's top-level blocks, parsed a part of about `size` characters at a
    time: the whole file's syntax tree (some 900 bytes a node in Python) never lives at
    once. A part ends at a line end; its last block may be cut short there, so it is
    parsed again as the start of the next part: every block before it is whole, because
    a block never depends on the lines after the block that follows it, and a top-level
    block reads the same from its first line whatever came before it. The one thing read
    across a whole file, a link reference definition (`[name]: url`), makes it one part."""
    start, first_line = 0, 1
    if "]:" in source:
        size = len(source)
    grow = size
    while start < len(source):
        end = source.find("\n", start + grow) + 1 or len(source)
        part = _Part(source[start:end], first_line, end == len(source))
        nodes = list(_MARKDOWN.tree(part.text).children)
        if end == len(source):
            yield nodes, part
            return
        if len(nodes) == 1:  # one block longer than the part: read a longer part
            grow *= 2
            continue
        cut = part.line_start(nodes.pop()) if nodes else len(part.text)
        yield nodes, part
        start, first_line, grow = start + cut, first_line + part.text.count("\n", 0, cut), size


class _Part:
    """A part of the document as parsed: where its nodes are (markdown-it-pyrs gives each
    node's span in UTF-8 bytes) and its blocks read into ours."""

    def __init__(self, text: str, first_line: int, last: bool) -> None:
        self.text = text
        self.first_line = first_line
        self.open_end = last and not text.endswith("\n")  # the file's last line has no line end
        self.data = text.encode()
        # The last node's place and line: nodes are read in the order of the file, so each
        # line is counted from the one before (a table of the part's line ends cost more).
        self._at, self._line = 0, first_line

    def line(self, node: Node) -> int:
        """The node's 1-based line in the document."""
        srcmap = node.srcmap  # a node without one is read as at the part's start, as _span does
        return self._line_at(srcmap[0] if srcmap else 0)

    def _run_line(self, first: Node) -> int:
        """The line of a tight list item's run of inline nodes, from its first. After a tab that
        opens a lazy line, markdown-it-pyrs places the run's text as if the tab were spaces (a
        few bytes on, maybe past the line's end): the text is found where it is written."""
        srcmap = first.srcmap
        at = srcmap[0] if srcmap else 0
        if first.name == "text" and (written := first.meta["content"].encode()):
            if self.data[at : at + len(written)] != written and (found := self.data.rfind(written, 0, at + len(written))) >= 0:
                at = found
        elif first.name == "hardbreak" and at and self.data[at - 1 : at] == b"\n" and self.data[at : at + 1] != b"\\":
            at -= 1  # ... and a break that run opens with (`\t\\`) at the start of the line after its own
        elif srcmap and srcmap[0] > srcmap[1]:
            # ... and an emphasis opening it over three lazy lines or more (`1. *a*` then indented lines) a
            # start past its end, lines on: its first child's is where it is written.
            at = next((child.srcmap[0] for child in first.children if child.srcmap), srcmap[1])
        return self._line_at(at)

    def _line_at(self, at: int) -> int:
        if at >= self._at:
            self._line += self.data.count(b"\n", self._at, at)
        else:
            self._line -= self.data.count(b"\n", at, self._at)
        self._at = at
        return self._line

    def line_start(self, node: Node) -> int:
        """Where in the text, in characters, the node's first line starts."""
        start = self.data.rfind(b"\n", 0, _span(node)[0]) + 1
        return start if len(self.data) == len(self.text) else len(self.data[:start].decode())

    def blocks(self, node: Node | list[Node], kind: str, items: Sequence[_Item] | None = None) -> list[Block]:
        """The node's blocks; `kind` is its name (each read of a node's name makes a new
        str), "" for a list item's run of inline nodes."""
        if isinstance(node, list):  # a list item's paragraph, which the tree leaves out in a tight list
            return [Paragraph(self.inline_lines(node, self._run_line(node[0])))]
        if kind == "paragraph":
            return [Paragraph(self.inline_lines(node.children, self.line(node)))]
        if kind in _LISTS:
            read = [self._item(*item) for item in (_items(node) if items is None else items)]
            return [ListBlock(ordered=kind == "ordered_list", items=read)]
        if kind == "table":
            return [self._table(node)]
        if kind in ("fence", "code_block"):
            meta = node.meta
            return [Code(line=self.line(node), info=meta.get("info", ""), text=self._code_text(node, meta["content"]))]
        if kind == "blockquote":
            return [b for child in node.children for b in self.blocks(child, child.name)]
        if kind == "html_block":
            return html_blocks(node.meta["content"], self.line(node))
        return []  # thematic breaks and headings inside lists: nothing a template reader uses

    def _item(self, item: Node, children: Sequence[Node], first: str) -> ListItem:
        if len(children) == 1 and first == "text":  # `- words`: most items
            text = children[0]
            return ListItem(self.line(item), [Paragraph(self._text_line(text, self.line(text)))])
        return ListItem(self.line(item), [b for child, inner in _grouped(children) for b in self.blocks(child, inner)])

    def _text_line(self, node: Node, line: int) -> list[Line]:
        """A text node's one line: a heading's, a cell's, most items'."""
        content = node.meta["content"]
        return [Line((_new_run(Run, (content, False, False)),) if content else (), line)]

    def _code_text(self, node: Node, text: str) -> str:
        """A fence left open to the end of a file that does not end its last line, as
        markdown-it-py read it: without a line end after the last line, and without that
        line at all when it is only spaces."""
        start, end = _span(node)
        if not self.open_end or end < len(self.data) or self.data.count(b"\n", start, end) != text.count("\n"):
            return text
        text = text[:-1]
        last = text.rfind("\n") + 1
        return text if text[last:].strip(" \t") else text[:last]

    def _table(self, node: Node) -> Table:
        header: list[Line] = []
        rows: list[list[Line]] = []
        for part in node.children:
            for row in part.children:
                line = self.line(row)
                cells = [self.inline_lines(cell.children, line)[0] for cell in row.children]
                if part.name == "thead":
                    header = cells
                else:
                    rows.append(cells)
        return Table(line=self.line(node), header=header, rows=rows)

    def inline_lines(self, nodes: Sequence[Node], first_line: int) -> list[Line]:
        """Inline nodes split into source lines of runs."""
        if len(nodes) == 1 and nodes[0].name in _PLAIN:  # one line of plain text: most paragraphs, items and cells
            return self._text_line(nodes[0], first_line)
        parts: _Parts = []
        lines = [parts]
        _read_inline(nodes, False, lines, parts)
        without_edge_breaks(lines)
        read = [Line(_runs(parts), first_line + i) for i, parts in enumerate(lines)]
        if len(nodes) == 1 and len(read) == 1 and nodes[0].name in ("link", "autolink"):
            read[0].__dict__["link_only"] = True
        return read


def _top_level(nodes: Sequence[Node]) -> Iterator[tuple[Node | list[Node], str, Sequence[_Item] | None]]:
    """The document's blocks in order, each with its name and, when it is a list, the
    items to read. A list whose items open with a heading ("1. #### How did you choose the
    stack?") is read as those headings and their text: the author numbered the sections,
    they did not write a list; an item between them stays a list of its own."""
    for node in nodes:
        kind = node.name
        if kind not in _LISTS:
            yield node, kind, None
            continue
        items = _items(node)
        if not any(first in _HEADINGS for _, _, first in items):
            yield node, kind, items
            continue
        for item in items:
            if item[2] in _HEADINGS:
                yield from ((child, inner, None) for child, inner in _grouped(item[1]))
            else:
                yield node, kind, [item]


# A list item, its children and its first child's name ("" if it has none): each read from
# the tree once (a read makes a new list or str), for the check for a heading and the item's read.
_Item = tuple[Node, Sequence[Node], str]


def _items(node: Node) -> list[_Item]:
    return [(item, children, children[0].name if children else "") for item in node.children for children in (item.children,)]


def _span(node: Node) -> tuple[int, int]:
    """The node's span in its part's UTF-8 bytes (markdown-it-pyrs gives every node one)."""
    return node.srcmap or (0, 0)


def _grouped(children: Sequence[Node]) -> Iterator[tuple[Node | list[Node], str]]:
    """A list item's blocks and their names, each run of inline nodes (a tight list's
    paragraph, which the tree does not write) as one list, named ""."""
    inline: list[Node] = []
    for child in children:
        kind = child.name
        if kind in _BLOCKS:
            if inline:
                yield inline, ""
                inline = []
            yield child, kind
        else:
            inline.append(child)
    if inline:
        yield inline, ""


def _read_inline(nodes: Sequence[Node], bold: bool, lines: list[_Parts], parts: _Parts) -> _Parts:
    """Runs of text onto `parts`, the last of `lines`, and the lines after it; the last
    line is returned. Bold inside `**`, code for inline code; emphasis, links and images
    keep their words (an image's are its alt text)."""
    for node in nodes:
        kind = node.name
        if kind == "text" or kind in _TEXT:  # plain text first: most nodes are
            if content := node.meta["content"]:
                parts.append((inline_html_words(content) if kind == "html_inline" else content, bold, False))
        elif kind == "softbreak" or kind == "hardbreak":
            parts = []
            lines.append(parts)
        elif kind == "code_inline":
            parts.append(("".join([child.meta["content"] for child in node.children]), bold, True))
        elif kind == "autolink":
            parts.append((_link_text(node.children[0].meta["content"]), bold, False))
        else:
            parts = _read_inline(node.children, bold or kind == "strong", lines, parts)
    return parts


def _link_text(url: str) -> str:
    """An autolink's text as markdown-it-py writes it (`<https://x.org/%C3%A9>` reads
    "https://x.org/é"): its own function, loaded only for a file that has one."""
    if "%" not in url and "xn--" not in url:
        return url
    from markdown_it.common.normalize_url import normalizeLinkText

    return normalizeLinkText(url)


_HEADINGS = ("heading", "lheading")  # `# Title`, and a title underlined with `===` or `---`
_LISTS = ("bullet_list", "ordered_list")
_BLOCKS = frozenset({"paragraph", "heading", "lheading", "bullet_list", "ordered_list", "table", "fence", "code_block", "blockquote", "html_block", "hr"})
# Text, an escaped character or entity, and raw inline HTML all read as words.
_TEXT = frozenset({"text", "text_special", "html_inline"})
_PLAIN = frozenset({"text", "text_special"})


