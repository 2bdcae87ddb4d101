"""A small outline of a Markdown file, built from markdown-it's reading of it.

The template readers never look at raw text: they walk sections (one per heading),
and inside them paragraphs, lists, tables and code, each line split into runs that
remember whether they were bold or code. Every node keeps its 1-based line number.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Generic, NamedTuple, TypeVar, overload

from systemcraft_tui.content.markdown_shapes import reads_otherwise
from systemcraft_tui.content.names import closes_page
from systemcraft_tui.content.timing import RECORDING_PLACES

T = TypeVar("T")

_SUMMARY = re.compile(r"<summary[^>]*>(.*?)</summary>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_HTML_ROW = re.compile(r"<tr[^>]*>(.*?)</tr>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<t([hd])[^>]*>(.*?)</t[hd]>", re.IGNORECASE | re.DOTALL)
_OPENING = " \t\"“'"  # what may stand before a line's opening bold label


def _says_words(text: str) -> bool:
    """Whether text before a bold run says something: not only quote marks, spaces or emoji
    (`🎯 **Likely Follow-ups:**` opens with its label, as a heading's emoji is none of its words)."""
    rest = text.strip(_OPENING)
    return bool(rest) and (rest[0].isalnum() or any(unicodedata.category(ch) not in _EMOJI_CATEGORIES and not ch.isspace() for ch in rest))


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


class Run(NamedTuple):
    """A piece of a line in one style: a tuple (a file makes hundreds)."""

    text: str
    bold: bool = False
    code: bool = False


# An inline tag of the web's own that carries no words (`<a id="7384"></a>`, which a wiki's export
# puts in its headings; `<span>`, `<sup>`): none of the text's words. Anything else written in angle
# brackets (`<Company Name>`, `<br>`, `<b>`) stays as written.
_WORDLESS_TAG = re.compile(r"</?(?:a|abbr|del|font|img|ins|kbd|mark|s|small|span|sub|sup|u)(?:\s[^<>]*)?/?>", re.IGNORECASE)


def inline_html_words(tag: str) -> str:
    """What an inline HTML node reads as: nothing for a tag of the web's own, else itself."""
    return "" if _WORDLESS_TAG.fullmatch(tag) else tag


_LINE_BREAK_TAG = re.compile(r"</?br\s*/?>", re.IGNORECASE)


def without_edge_breaks(lines: list[list[tuple[str, bool, bool]]]) -> None:
    """A `<br>` tag written at a line's start or end (`**Why this company?**</br>` over the
    answer, `</br>**Tip: …**`) breaks it where it breaks anyway: none of its words. Between
    words (a table cell's questions, `Why? <br> How?`) it stays. In place, on the parts of
    inline lines (text, bold, code) as both Markdown readers make them."""
    for parts in lines:
        while parts and parts[-1][0][:1] == "<" and _LINE_BREAK_TAG.fullmatch(parts[-1][0].strip()):
            parts.pop()
        while parts and parts[0][0][:1] == "<" and _LINE_BREAK_TAG.fullmatch(parts[0][0].strip()):
            del parts[0]


# A Run made in C from its three values: Run(...) goes through a Python-level __new__ (the
# named tuple's), four times the cost, for each of a file's hundreds of runs.
_new_run = tuple.__new__


@dataclass(frozen=True, init=False)
class Line:
    """One source line of inline content, and its text (nearly every line's is read)."""

    runs: tuple[Run, ...]
    number: int
    text: str = field(init=False, compare=False, repr=False)
    # The whole line one link (`- [Bitly URL Shortener Architecture](https://…)`): an index's entry,
    # which names a page and explains nothing. Set by the parsers on the few lines that are.
    link_only: bool = field(default=False, init=False, compare=False, repr=False)

    def __init__(self, runs: tuple[Run, ...], number: int) -> None:
        # Set as a frozen dataclass's own __init__ would, without a call per field (a file
        # makes hundreds of lines); a run's text is its first item.
        fields = self.__dict__
        fields["runs"] = runs
        fields["number"] = number
        fields["text"] = (runs[0][0] if len(runs) == 1 else "".join([run[0] for run in runs])).strip()
        if not runs or (not runs[0][1] and (runs[0][0][:1].isalnum() or _says_words(runs[0][0]))):  # most open with a word
            fields["lead_bold"] = None  # a line opening with plain words (most): asked of nearly every line, known now

    @_cached
    def prose(self) -> str:
        """The text without inline code, for checks that must not look inside code."""
        runs = self.runs
        if len(runs) == 1:
            return " " if runs[0].code else runs[0].text
        return "".join([" " if run.code else run.text for run in runs])

    @_cached
    def lead_bold(self) -> str | None:
        """The bold text the line opens with (`**Label**: rest`), if it opens with bold; an
        opening quote mark before it is not text (`"**Situation**: ...` in a quoted answer)."""
        label = []
        for run in self.runs:
            if run.bold:
                label.append(run.text)
            elif _says_words(run.text) or label:
                break
        return "".join(label).strip() if label else None

    @_cached
    def after_lead(self) -> str:
        """The text that follows the opening bold label."""
        runs, start = self.runs, 0
        while start < len(runs) and not runs[start].bold and not _says_words(runs[start].text):
            start += 1
        while start < len(runs) and runs[start].bold:
            start += 1
        return "".join([run.text for run in runs[start:]]).strip()


@dataclass(slots=True)
class Paragraph:
    lines: list[Line]

    @property
    def line(self) -> int:
        return self.lines[0].number

    @property
    def text(self) -> str:
        return "\n".join([line.text for line in self.lines if line.text])


@dataclass(slots=True)
class ListItem:
    line: int
    blocks: list[Block]
    # Its lines and their text, listed on first read: the readers read an item's many
    # times, and an item is not changed once its file is read (see Section._under).
    _lines: list[Line] | None = field(default=None, init=False, compare=False, repr=False)
    _text: str | None = field(default=None, init=False, compare=False, repr=False)

    @property
    def lines(self) -> list[Line]:
        """The item's own lines (its paragraphs), not those of nested lists: one list, to read
        and not change (as a paragraph's own)."""
        if self._lines is None:
            self._lines = [ln for block in self.blocks if isinstance(block, Paragraph) for ln in block.lines]
        return self._lines

    @property
    def sublists(self) -> list[ListBlock]:
        return [block for block in self.blocks if isinstance(block, ListBlock)]

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = " ".join([line.text for line in self.lines if line.text])
        return self._text


@dataclass(slots=True)
class ListBlock:
    ordered: bool
    items: list[ListItem]
    # block_lines's, listed on first read (as a list item's).
    _lines: list[Line] | None = field(default=None, init=False, compare=False, repr=False)

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
    # The sections under it in file order, listed on its first walk: the readers walk a
    # file's tree many times, and a section is not changed once its file is read (a changed
    # one is a new one: replace()). Itself not in it, so no section holds itself: the outline
    # is freed as soon as it is done with, not left to the cycle collector.
    _under: list[Section] | None = field(default=None, init=False, repr=False)
    _paragraph_lines: list[Line] | None = field(default=None, init=False, repr=False)

    def walk(self) -> Iterator[Section]:
        """This section and every one under it, in file order."""
        if self._under is None:
            under: list[Section] = []
            stack = list(reversed(self.children))
            while stack:
                section = stack.pop()
                under.append(section)
                stack.extend(reversed(section.children))
            self._under = under
        return chain((self,), self._under)

    def paragraph_lines(self) -> list[Line]:
        """The lines of the paragraphs directly under the heading: not lists, tables or
        subsections. One list, listed on first read (as _under), to read and not change."""
        if self._paragraph_lines is None:
            self._paragraph_lines = [ln for block in self.blocks if isinstance(block, Paragraph) for ln in block.lines]
        return self._paragraph_lines

    def all_lines(self) -> Iterator[Line]:
        """Every inline line in this section and below, headings included."""
        for section in self.walk():
            yield section.title
            for block in section.blocks:
                yield from block_lines(block)


def block_lines(block: Block) -> Sequence[Line]:
    """The block's inline lines in order, nested lists' included (a sequence, not a
    generator: a paragraph's are its own, and each line would pass up through a generator
    per level of nesting)."""
    if isinstance(block, Paragraph):
        return block.lines
    if isinstance(block, ListBlock):
        if block._lines is None:
            block._lines = [line for item in block.items for inner in item.blocks for line in block_lines(inner)]
        return block._lines
    if isinstance(block, Table):
        return [*block.header, *(line for row in block.rows for line in row)]
    return ()


@dataclass
class Document:
    root: Section
    line_count: int
    source_lines: list[str]
    name: str = ""  # the file's name without its suffix, when it has one
    folder: str = ""  # the name of the folder holding the file (for a README named by its folder, that folder's)

    @property
    def title(self) -> Section | None:
        """The first top-level heading, the file's title when it has one; none when a contents
        list above every heading lists it beside another top-level heading (`- [Consensus](#consensus)`,
        `- [Consistency](#consistency)`): the page's sections, named as it lists them; and none
        when it comes after other headings and only closes the page."""
        first = next((s for s in self.root.children if s.level == 1), None)
        if first is not None and first is not self.root.children[0] and closes_page(first.title.text):
            return None  # `# 마무리` (wrap-up) after the page's sections closes it
        if first is not None and len(self.root.children) > 1 and _cites_source(first):
            return None  # `## Reference` over the link the notes were taken from, then the notes: no title
        if first is None or not self.root.blocks or not _contents_open(self.root, first):
            return first
        return None


# A thematic break written in a page's raw text (`---`, `* * *`), for the passes that read lines before
# the page is parsed.
THEMATIC_BREAK = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
# A bare address written on its line (`https://www.interviewbit.com/problems/…`), as a link is.
_BARE_URL = re.compile(r"^<?https?://\S+>?$")
_LEADING_NUMBER = re.compile(r"^\d+[.)]?\s+")  # `## 1. Reference`: numbered with the page's other headings


def _cites_source(section: Section) -> bool:
    """A heading naming the page's source (`## Reference`, `## Sources`) over links alone, no subheading."""
    if section.children or not section.blocks or not closes_page(_LEADING_NUMBER.sub("", section.title.text.strip())):
        return False
    lines = [line for block in section.blocks for line in block_lines(block) if line.text]
    return bool(lines) and all(line.link_only or _BARE_URL.match(line.text) for line in lines)


def _contents_open(root: Section, first: Section) -> bool:
    """Whether a list before the page's first heading names `first` and another heading at its level."""
    listed = {_entry(item.text) for block in root.blocks if isinstance(block, ListBlock) for item in block.items}
    named = [_entry(s.title.text) for s in root.children if s.level == first.level]
    return named[0] in listed and len(listed.intersection(named)) >= 2


def _entry(text: str) -> str:
    """A contents entry or heading as both write it: numbered or not, in any case."""
    return " ".join(_ENTRY_NUMBER.sub("", text).split()).casefold()


_ENTRY_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*[.)]?\s+")


_EMOJI_CATEGORIES = {"So", "Sk", "Mn", "Cf"}  # emoji, their modifiers and joiners
_KEYCAP_TEN = "\U0001f51f"  # 🔟: one emoji, a number


def _without_leading_emoji(title: Line) -> Line:
    """A heading's title without the emoji before its words (`## 📌 1. Design a Chat` is
    `## 1. Design a Chat`): no word of it, and what follows reads as if it led."""
    if not title.runs or title.runs[0].text[:1].isalnum():
        return title  # most titles open with a word (a letter or digit is no emoji, mark or space)
    runs = list(title.runs)
    while runs:
        text = runs[0].text
        start = 0
        # ... but the keycap ten (`## 🔟 Future Enhancements` after `## 9️⃣ …`) is the heading's number, as `9️⃣` is.
        while start < len(text) and text[start] != _KEYCAP_TEN and (
            text[start].isspace() or unicodedata.category(text[start]) in _EMOJI_CATEGORIES
        ):
            start += 1
        if start == 0:
            break
        if start < len(text):
            runs[0] = runs[0]._replace(text=text[start:])
            break
        runs.pop(0)
    if not runs or runs == list(title.runs):
        return title  # a heading of emoji alone keeps them: they are all it says
    return Line(tuple(runs), title.number)


# `{#high-level-design}`, `{#api .unnumbered}`: the anchor and classes Pandoc and kramdown let a
# heading close on, markup rather than words of its title.
_ATTRIBUTES = re.compile(r"\s*\{[#.][\w.:-]+(?:\s+[#.]?[\w.:=\"'-]+)*\}\s*$")


def _without_attributes(title: Line) -> Line:
    """A heading's title without the attribute block closing it (`## Design (12 min) {#design}`)."""
    last = title.runs[-1] if title.runs else None
    if last is None or not last.text.rstrip().endswith("}") or last.code:
        return title  # most headings close on no brace: the pattern is not tried
    if not (attributes := _ATTRIBUTES.search(last.text)):
        return title
    runs = list(title.runs)
    runs[-1] = last._replace(text=last.text[: attributes.start()])
    return Line(tuple(runs), title.number)


# `### Functional Requirements [01:30]`, `[14:34–19:53]`: places in a video closing a heading of notes on it.
_RECORDING_PLACES = re.compile(rf"\s*\[{RECORDING_PLACES}\]\s*$")


def _without_recording_places(title: Line) -> Line:
    """A heading's title without the places in a recording closing it (`### API 設計 [04:37]`)."""
    last = title.runs[-1] if title.runs else None
    if last is None or not last.text.rstrip().endswith("]") or last.code:
        return title  # most headings close on no bracket: the pattern is not tried
    if not (places := _RECORDING_PLACES.search(last.text)) or (not last.text[: places.start()].strip() and len(title.runs) == 1):
        return title  # a heading that is only a place names it
    runs = list(title.runs)
    runs[-1] = last._replace(text=last.text[: places.start()])
    return Line(tuple(runs), title.number)


def _title_again(before: Section, level: int, title: Line) -> bool:
    """`# Rate Limiter` over a one-line summary, then `# Rate Limiter` over the body: a title
    written again right after its first time, which held no headings but an overview, is the same title
    (at any level: the page's top headings are its titles). One whose text opens a line with
    a bold label (`**Situation**: …`) told an item of its own: the next is another of that name."""
    if before.level != level or before.title.text.strip().casefold() != title.text.strip().casefold():
        return False  # most headings: the text under the first is not read
    # An `## Overview` alone under the first is its summary still (a site's page over its copied body).
    summary = not before.children or (len(before.children) == 1 and _OVERVIEW.match(before.children[0].title.text) is not None)
    return summary and not any(line.lead_bold for block in before.blocks for line in block_lines(block))


_OVERVIEW = re.compile(r"^\W*(?:overview|summary|introduction)\W*$", re.IGNORECASE)


class Outline:
    """A document built block by block as a parser reads it, in order: a heading opens a
    section that the next heading of its level or above closes."""

    def __init__(self, text: str) -> None:
        self.source_lines = text.splitlines()
        self.root = Section(level=0, title=Line((), 1), line=1, end_line=len(self.source_lines))
        self.stack = [self.root]

    def heading(self, level: int, title: Line) -> None:
        title = _without_recording_places(_without_attributes(_without_leading_emoji(title)))
        while self.stack[-1].level >= level:
            self.stack.pop().end_line = title.number - 1
        if label := _metadata(title):
            self.stack[-1].blocks.append(Paragraph([label]))  # "### Tags: ..." labels its heading's text
            return
        siblings = self.stack[-1].children
        if self.stack[-1] is self.root and siblings and _title_again(siblings[-1], level, title):
            self.stack.append(siblings[-1])  # the page's title written again: one title, one section
            return
        section = Section(level=level, title=title, line=title.number)
        siblings.append(section)
        self.stack.append(section)

    def thematic_break(self, line: int) -> None:
        self.stack[-1].breaks.append(line)

    def add(self, blocks: list[Block]) -> None:
        self.stack[-1].blocks.extend(blocks)

    def document(self) -> Document:
        for section in self.stack[1:]:
            section.end_line = self.root.end_line
        return Document(root=self.root, line_count=self.root.end_line, source_lines=self.source_lines)


# A table of contents heading: "Table of Contents", "Contents", "TOC".
_CONTENTS = re.compile(r"^\W*(?:table of contents|contents|toc)\W*$", re.IGNORECASE)


def forget_walks(root: Section) -> None:
    """Every section's walk and paragraph lines listed anew on their next read: for an outline
    changed in place after something may have walked it (a walk keeps the sections it listed)."""
    stack = [root]
    while stack:
        section = stack.pop()
        section._under = None
        section._paragraph_lines = None
        stack.extend(section.children)


def without_contents_title(document: Document) -> None:
    """A page whose first heading is its table of contents written over all of its sections
    (`# Table of Contents` as its H1, then `## Project Execution`, …): the contents tell
    nothing and title nothing, the sections under them are the page's own. In place, before
    `from_one`."""
    root = document.root
    if root.children and (first := root.children[0]).children and _CONTENTS.match(first.title.text):
        root.children[0:1] = first.children
        forget_walks(root)  # the contents heading walked as one of the page's sections before


# "# Part 2: Consistency Models", "# Chapter IV": a part of a page, numbered.
_PART_HEADING = re.compile(r"^\W*(?:part|chapter)\s+(?:\d+|[ivx]+)\b", re.IGNORECASE)
_FEWEST_PARTS = 2
# "# Solution", "# 题解" (worked solution), "# 解答": a heading naming only the answer to the problem above it.
_SOLUTION_ALONE = re.compile(r"^\W*(?:(?:the|my|sample|model|suggested)\s+)?(?:solution|answer|题解|解答|解法|参考答案)\W*$", re.IGNORECASE)


def parts_under_title(document: Document) -> None:
    """A page whose `#` title stands alone over parts written at its level (`# CAP Theorem`,
    then `# Part 1: Theory`, `# Part 2: …`), or whose title's sections state a problem and
    whose one other `#` heading only names its solution (`# 题解`, `# Solution`), or whose other
    `#` headings are labels (`# Simplified Version:`): the parts are the titled page's, under
    its title, each a level deeper. In place, before `from_one`."""
    root = document.root
    title, parts = (root.children[0], root.children[1:]) if root.children else (None, [])
    # `#` headings after the title's sections that end in a colon, as a label does (`# Simplified
    # Version:`), are no titles, at whatever level the page's top headings are written.
    labels = title is not None and bool(parts) and bool(title.children) and all(
        part.level == title.level and part.title.text.rstrip().endswith((":", "\uff1a")) for part in parts
    )
    if title is None or (title.level != 1 and not labels) or _PART_HEADING.match(title.title.text):
        return
    solved = labels or (len(parts) == 1 and parts[0].level == 1 and bool(title.children) and bool(_SOLUTION_ALONE.match(parts[0].title.text)))
    if not solved and (title.children or len(parts) < _FEWEST_PARTS):
        return
    if not solved and not all(part.level == 1 and _PART_HEADING.match(part.title.text) for part in parts):
        return
    for part in parts:
        for section in part.walk():
            section.level += 1
    title.children, title.end_line = title.children + parts, parts[-1].end_line
    root.children = [title]
    forget_walks(root)  # listed before the parts moved under the title


def title_written_deeper(document: Document) -> None:
    """A page whose first line is its one heading at that level or deeper, over no subheading,
    before its sections written shallower (`### Consensus ##` over `## What is Consensus? ##`,
    `### Summary ###` under those): the title is the page's, its sections under it. In place,
    before `from_one`."""
    root = document.root
    if len(root.children) < _FEWEST_PARTS or (title := root.children[0]).children or title.level == 1:
        return
    if any(line.strip() for line in document.source_lines[: title.line - 1]):
        return  # text before it: the page opens otherwise
    sections = root.children[1:]
    levels = {section.level for section in sections}
    if "://" in title.title.text:
        return  # a link written as a heading (`###### https://…`) titles nothing
    if max(levels) >= title.level:
        return  # `### Question: …` beside others of its level: the first of them, no title
    if min(levels) < 2:
        # Over `#` sections (`## Design of X` then `# Requirements`, the levels swapped), a bare
        # title line with nothing of its own: the title goes to the top, its sections a level under it.
        if title.blocks:
            return
        for section in sections:
            for inner in section.walk():
                inner.level += 1
    title.level = min(section.level for section in sections) - 1
    title.children, title.end_line = sections, sections[-1].end_line
    root.children = [title]
    forget_walks(root)  # listed before the sections moved under the title


# "## Answer", "## Answer - 2", "## My Answer": a heading naming only the answer to the one before it.
_ANSWER_ALONE = re.compile(
    r"^\W*(?:\d+[.):]?\s+)?(?:(?:my|sample|model|example|suggested)\s+)?answer\s*[-\u2013:#.]?\s*\d*\W*$", re.IGNORECASE
)
# "## Question - 2", "## Q3": a heading naming only the question's number, the question written under it.
_QUESTION_ALONE = re.compile(r"^\W*(?:\d+[.):]?\s+)?(?:question|q)\s*[-\u2013:#.]?\s*\d*\W*$", re.IGNORECASE)
_PAIRS = 2  # question and answer headings side by side, two pairs or more: the page's way of writing


def answers_under_questions(document: Document) -> None:
    """A page that writes each answer under a heading of its own after its question's
    (`## Question - 2` over the quoted question, then `## Answer - 2`), two pairs or more:
    each pair is one heading, the question's, holding both, as most pages write them; one
    that only numbers its question (`Question - 2`) is named by the question written under
    it. In place, before `from_one`."""
    sections = list(document.root.walk())
    moved = False
    for section in sections:
        siblings = section.children
        pairs = [
            at
            for at in range(1, len(siblings))
            if _ANSWER_ALONE.match(siblings[at].title.text) and not siblings[at - 1].children and siblings[at - 1].blocks
        ]
        if len(pairs) < _PAIRS:
            continue
        for at in reversed(pairs):
            question, answer = siblings[at - 1], siblings.pop(at)
            first = question.blocks[0]
            if _QUESTION_ALONE.match(question.title.text) and isinstance(first, Paragraph) and len(question.blocks) == 1:
                question.title = Line(first.lines[0].runs, question.title.number)
                question.blocks = []
            question.blocks += answer.blocks
            question.children = answer.children
            question.end_line = answer.end_line
            moved = True
    if moved:
        forget_walks(document.root)  # walked before the pairs were joined


def titles_on_next_line(document: Document) -> None:
    """A heading left empty with its title typed on the line after it (`#` alone, then `2. Ownership`
    over the text): that line, a few words, is the heading's title. In place, before `from_one`."""
    changed = False
    for section in document.root.walk():
        if section is document.root or section.title.text or not section.blocks:
            continue
        first, after = section.blocks[0], section.blocks[1:]
        if isinstance(first, ListBlock) and len(first.items) == 1 and (item := first.items[0]).blocks:
            # `2. Ownership` read as a list of one item numbered 2: the item's first line.
            first, after = item.blocks[0], item.blocks[1:] + after
        if not isinstance(first, Paragraph) or not (title := first.lines[0]).text or len(title.text.split()) > _TITLE_WORDS:
            continue
        lines = first.lines[1:]
        section.title = Line(title.runs, section.title.number)
        section.blocks = [*([Paragraph(lines)] if lines else []), *after]
        changed = True
    if changed:
        forget_walks(document.root)


_TITLE_WORDS = 8


def from_one(document: Document, name: str = "") -> None:
    """Counts the page's heading levels from its shallowest heading, as level 1: a page
    written one level deeper throughout (`## Title` over `### Situation`) is the same page,
    unless that heading is one of its sections (_untitled) and does not say its file's `name`.
    In place: a document just parsed, before anything reads it."""
    root = document.root
    shift = min((section.level for section in root.children), default=1) - 1
    # Its top headings at level 2: no title, the page named by its file. Headings that are
    # sections whatever their level (_sections_only), written at the title's, go one deeper.
    if root.children and not _says(root.children[0].title.text, name) and (_sections_only(root) or (shift > 0 and _untitled(root))):
        shift -= 1
    if shift != 0:
        for section in document.root.walk():
            section.level -= shift


_ALIKE = 2  # headings beside the first laid out as it is: it is one of them, no title
_OPENING_BLOCKS = 2  # blocks of a heading's text compared: how it opens


def _says(heading: str, name: str) -> bool:
    """Whether a heading says a file's name, its words run together or not ("Circuit Breaker", "circuitbreaker")."""
    return bool(name) and re.sub(r"[\W_]+", "", heading).lower() == re.sub(r"[\W_]+", "", name).lower()


def _untitled(root: Section) -> bool:
    """A page with no `#` heading whose first heading is one of its sections, not its title:
    three or more top headings of one level, the first with no subheadings (or with some, as two
    or more beside it have), over more than an
    introduction, laid out as two or more beside it are (`#### Producers, Consumers` over a
    line and a list, as each concept after it), as notes titled by their file are written."""
    if not root.children:
        return False
    first, *others = root.children
    # A first heading with subheadings is one of them when two or more beside it have theirs too
    # (`### Partitions and Segments` over `#### Segments and Indexes`, as `### Log compaction` over its parts).
    if first.children and sum(bool(other.children) for other in others) < _ALIKE:
        return False
    if len(others) < _ALIKE or all(isinstance(b, Paragraph) for b in first.blocks):
        return False
    if any(other.level != first.level for other in others):
        return False
    shape = [type(block) for block in first.blocks[:_OPENING_BLOCKS]]  # what each opens with: a line over a list
    return sum([type(block) for block in other.blocks[:_OPENING_BLOCKS]] == shape for other in others) >= _ALIKE


def _sections_only(root: Section) -> bool:
    """Whether a page's top headings are all its sections, whatever their level: a coded series
    (`## Challenge 1: …`, `## Challenge 2: …`), a first one asking what the subject is beside others
    of its level, or headings with no subheadings after the page's own introduction, which no
    title comes after."""
    first, *others = root.children
    if _ASKS_WHAT_IT_IS.match(first.title.text) and any(other.level == first.level for other in others):
        return True  # `# What is Idempotency?` beside `# Idempotency Strategy`: the page's first section, no title
    beside = [other for other in others if other.level == first.level]
    if len(beside) >= _ALIKE and all(section.title.text.rstrip().endswith(":") for section in (first, *beside)):
        return True  # `### Operations:` beside `### Consistency:` and `### History:`, all so: terms the notes define, no title
    return _opens_series(first, others) or (not first.children and len(others) >= _ALIKE and _introduced(root))


# ... numbered too (`## 1. What is a Consistency Model?` beside `## 2. Strong vs Eventual Consistency`).
_ASKS_WHAT_IT_IS = re.compile(r"^\W*(?:\d{1,2}[.)]\s+)?what (?:is|are) (?:an? |the )?[^\W\d][^?]*\?\s*$", re.IGNORECASE)


def _introduced(root: Section) -> bool:
    """Whether a page opens with an introduction before its first heading (40 words or more): in
    prose, or in a list's notes (`- We need at most 7 characters …`), not a list of links (contents)."""
    lines = [line for block in root.blocks if isinstance(block, (Paragraph, ListBlock)) for line in block_lines(block)]
    words = sum(len(line.text.split()) for line in lines if not line.link_only)
    return words >= _INTRODUCTION_WORDS


_INTRODUCTION_WORDS = 40


def _opens_series(first: Section, others: list[Section]) -> bool:
    """A first heading coded as the first of a series (`## Challenge 1: Too Many Users`, `# 1️⃣ Can …?`)
    that the headings after it go on at its level (`## Challenge 2: …`, `## Challenge 3: …`)."""
    opening = _series_code(first.title.text)
    if opening is None or opening[1] != 1:
        return False
    codes = [code for other in others if other.level == first.level and (code := _series_code(other.title.text))]
    going_on = [number for word, number in codes if word == opening[0]]
    return going_on[:_ALIKE] == [2, 3]


def _series_code(heading: str) -> tuple[str, int] | None:
    """A heading's code in a series: its word and number ("Challenge 1: …"), or a keycap's number ("1️⃣ …", word "")."""
    if coded := _SERIES_CODE.match(heading):
        return coded[1].lower(), int(coded[2])
    keycap = KEYCAP.match(heading)
    return ("", int(keycap[1])) if keycap else None


# "Challenge 1: …", "Part 2 - …": a word and its number, then a colon, dash or full stop.
_SERIES_CODE = re.compile(r"^\W*([^\W\d_]+)\s+(\d+)\s*[:.\-\u2013\u2014]\s")
KEYCAP = re.compile(r"^(\d{1,3})\ufe0f?\u20e3")  # "1️⃣ Can two consumers …?": a digit as a key, opening a line


def parse_markdown(text: str, part_size: int = 1 << 15) -> Document:
    """The file's outline. markdown-it-pyrs (markdown-it in Rust, about ten times faster)
    reads it unless it holds a shape where that parser is known to read Markdown otherwise
    than markdown-it-py (Textual's parser, which this outline has always followed) or to
    fail: then markdown-it-py reads it. `part_size`: see markdown_nodes."""
    source = _NEWLINES.sub("\n", text) if "\r" in text else text
    if not reads_otherwise(source):
        from systemcraft_tui.content.markdown_nodes import node_outline

        try:
            return node_outline(text, source.replace("\0", "\ufffd"), part_size)
        except BaseException as error:  # a Rust panic comes as pyo3's PanicException, a BaseException
            if type(error).__name__ != "PanicException":
                raise
            # A shape not foreseen in markdown_shapes: markdown-it-py reads it (Rust said so on stderr).
    from systemcraft_tui.content.markdown_tokens import token_outline

    return token_outline(text)


# What markdown-it makes of line ends before it parses: the line numbers of its tree count
# the same lines as Python's splitlines.
_NEWLINES = re.compile(r"\r\n?")


def html_blocks(content: str, line: int) -> list[Block]:
    """What a raw HTML block holds for a reader: a `<table>` as a table, a `<details>`
    section's summary as its title, a `<pre>` block's text (not its code); nothing else."""
    if _HTML_ROW.search(content):
        return [_html_table(content, line)]
    if summary := _SUMMARY.search(content):
        # `<details><summary>Story: Title</summary>`: a collapsed section's title is shown
        # to a reader, so it is kept: as a bold line of its own, as a title is written.
        line += content.count("\n", 0, summary.start())
        text = " ".join(html.unescape(_TAG.sub(" ", summary[1])).split())
        body = _details_body(content, summary.end(), line + summary[0].count("\n"))
        shown: list[Block] = [Paragraph([Line((Run(text, bold=True),), line)])] if text else []
        return shown + ([Paragraph(body)] if body else [])
    if QUOTE_OPEN.match(content):
        # An answer box written in HTML (`<blockquote class="prompt-info"><p><strong>Answer</strong><br>…`): its text.
        body = _details_body(content, content.find(">") + 1, line, "</blockquote")
        return [Paragraph(body)] if body else []
    if PRE_OPEN.match(content) and "<code" not in content[:40].lower():
        # A collapsed section's answer under its summary made a heading (html_headings): its text.
        body = _details_body(content, content.find(">") + 1, line, "</pre")
        return [Paragraph(body)] if body else []
    return []


PRE_OPEN = re.compile(r"^[ \t]*<pre\b", re.IGNORECASE)  # a `<pre>` block's first line
QUOTE_OPEN = re.compile(r"^[ \t]*<blockquote\b", re.IGNORECASE)  # a quote written in HTML


_STRONG = re.compile(r"<(strong|b)>(.*?)</\1\s*>", re.IGNORECASE)


def _details_body(content: str, start: int, line: int, closing: str = "</details") -> list[Line]:
    """The lines a `<details>` block shows once opened, when they are written in HTML in the
    same block (`<pre>` lines under the summary, not Markdown after a blank line): text, each
    on its line, `<strong>` words bold (`<strong>SITUATION</strong>: …`, a part's label)."""
    end = content.find(closing, start)
    lines = []
    for number, raw in enumerate(content[start : end if end >= 0 else None].split("\n"), line):
        pieces = _STRONG.split(raw) if "<" in raw else [raw]  # text, tag, bold text, tag, bold text, …, text
        runs = [(html.unescape(_TAG.sub("", piece)), n % 3 == 2) for n, piece in enumerate(pieces) if n % 3 != 1]
        runs = [(" ".join(text.split()) if bold else re.sub(r"\s+", " ", text), bold) for text, bold in runs if text.strip()]
        if runs:
            runs[0] = (runs[0][0].lstrip(), runs[0][1])
            lines.append(Line(tuple(Run(text, bold) for text, bold in runs), number))
    return lines


# "Tags: Cost, Performance", "Difficulty: Medium": a heading that only labels a value.
_METADATA = re.compile(
    r"^\W*(tags?|categor(?:y|ies)|keywords|topics|themes|difficulty|compan(?:y|ies)|skills|competencies)\s*:\s*(\S.*)$",
    re.IGNORECASE,
)


def _metadata(title: Line) -> Line | None:
    """A heading that labels a value (`### Tags: Cost, Performance`) rather than naming what
    follows it, as the label line it is (`**Tags:** Cost, Performance`): the text after it
    stays with the heading above."""
    match = _METADATA.match(title.text) if ":" in title.text else None  # most headings have no colon
    return Line((Run(f"{match[1]}:", bold=True), Run(f" {match[2]}")), title.number) if match else None


def _runs(parts: list[tuple[str, bool, bool]]) -> tuple[Run, ...]:
    """Neighbouring parts of the same style joined into one run; markdown-it splits text at brackets."""
    if len(parts) < 2:  # most lines
        return (_new_run(Run, parts[0]),) if parts else ()
    runs: list[Run] = []
    text, bold, code = parts[0]
    for part in parts[1:]:
        if part[1] == bold and part[2] == code:
            text += part[0]
        else:
            runs.append(_new_run(Run, (text, bold, code)))
            text, bold, code = part
    runs.append(_new_run(Run, (text, bold, code)))
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
