"""MkDocs content tabs and admonitions (`=== "Step 1: Requirements"`, `!!! tip "Title"`,
`??? question`), each over its text indented by four spaces: to a reader the tab is a
section and the admonition a boxed note, though plain Markdown reads the indented text as
code and the tab's line as a paragraph."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

_MARKS = ("===", "!!!", "???")
_BLOCK = re.compile(r"^(?P<mark>===|!!!|\?\?\?)\+?[ \t]*(?P<rest>.*?)[ \t]*$")
# `=== "Title"`, `!!! note "Title"`, `??? question`, `!!! warning inline end "Title"`
_OPENER = re.compile(r'^(?:(?P<kind>[\w-]+)(?:[ \t]+(?:inline|end))*)?[ \t]*(?:"(?P<title>[^"]*)")?$')
_ANY_BLOCK = re.compile(r"^[ \t]*(?:===|!!!|\?\?\?)\+?[ \t]+\S", re.MULTILINE)
_HEADING = re.compile(r"^(#{1,6})(?=[ \t]|$)")
_FENCE = re.compile(r"^(?:```|~~~)")
_STEP = 4  # the indent each tab or admonition gives its text
# Outside every tab and box, only a fence's line, one opening a tab or a box, and a heading
# (the page's levels place the tabs) change what is made of the text; on a page with boxes
# that is about one line in seven, and the others are taken as they are, not looked at each.
# Found by their line feed: a search for `^` in MULTILINE mode tries every character. The
# indent is possessive: a space given back is no fence's mark.
_MAY_MATTER = re.compile(r"\n(?:[^\S\n]*+[`~]|[=!?#])")


def with_tabs_opened(text: str) -> str:
    """The text with each content tab written as a heading (one level below the page's
    sections, the headings in its text moved below it) and each admonition as its bold
    title, the text of both no longer indented; every line where it was. The text itself
    when it holds none."""
    if not any(mark in text for mark in _MARKS) or not _ANY_BLOCK.search(text):
        return text  # "====" under a setext title is no tab
    ending = "\r\n" if "\r\n" in text else "\n"  # a file written on Windows stays so
    if ending == "\r\n" and text.count("\n") != text.count("\r\n"):
        # ... unless some of its lines end in a line feed alone (edited on two systems): split so, its
        # lines would run together; all are read ending one way, as the Markdown reader reads them.
        text, ending = text.replace("\r\n", "\n"), "\n"
    lines = text.split(ending)
    read = _read(lines, _lines_that_may_matter(text, ending), "\t" in text)
    if read is None:
        return text
    dedented, tabs, inner, outside = read
    top = min((level for level in outside if level > 1), default=2)
    shift = max(0, top + 1 - min((level for _, level, _ in inner), default=top + 1))
    for number, depth in tabs.items():
        dedented[number] = f"{'#' * min(6, top + depth)} {dedented[number]}"
    for number, level, depth in inner:
        dedented[number] = "#" * min(6, level + shift + depth - 1) + dedented[number][level:]
    return ending.join(dedented)


def _lines_that_may_matter(text: str, ending: str) -> list[int]:
    """The numbers of the lines _MAY_MATTER finds, in order, and the first line (a lone line
    feed inside a line of a Windows file may add that line: one more looked at)."""
    numbers = [0]
    line = start = 0
    for found in _MAY_MATTER.finditer(text):
        line += text.count(ending, start, found.start() + 1)
        start = found.start() + 1
        if numbers[-1] != line:
            numbers.append(line)
    return numbers


def _read(
    lines: list[str], may_matter: Sequence[int], tabbed: bool
) -> tuple[list[str], dict[int, int], list[tuple[int, int, int]], list[int]] | None:
    """Each line without the indent its tabs and admonitions give it; the tabs' titles (by
    line, with how many tabs hold each); the headings inside tabs (line, level, how many
    tabs hold it) and the levels of those outside. None when no line opens a tab or an
    admonition. Outside every block only the lines in `may_matter` are looked at."""
    stack: list[tuple[int, bool]] = []  # (the indent of the block's text, whether it is a tab)
    dedented: list[str] = []
    tabs: dict[int, int] = {}
    inner: list[tuple[int, int, int]] = []
    outside: list[int] = []
    fenced = opened = False
    number, count = 0, len(lines)
    while number < count:
        if not stack:  # no block open: the lines up to the next that may matter are kept as they are
            at = bisect_left(may_matter, number)
            following = may_matter[at] if at < len(may_matter) else count
            if following > number:
                kept = lines[number:following]
                dedented += [line.expandtabs(_STEP) if line.strip() else line for line in kept] if tabbed else kept
                number = following
                if number == count:
                    break
        raw = lines[number]
        line = raw.expandtabs(_STEP)
        indent = len(line) - len(line.lstrip(" "))
        if line.strip() and not fenced:
            while stack and indent < stack[-1][0]:
                stack.pop()
        cut = stack[-1][0] if stack else 0
        text = line[min(cut, indent) :] if line.strip() else raw
        depth = sum(tab for _, tab in stack)
        fence = bool(_FENCE.match(text.lstrip()))
        fenced ^= fence
        block = None if fenced or fence else _BLOCK.match(text)
        opener = _OPENER.match(block["rest"]) if block else None
        tab = False
        if block and opener and (block["mark"] != "===" or opener["title"]):
            tab, opened = block["mark"] == "===", True
            stack.append((min(cut, indent) + len(text) - len(text.lstrip(" ")) + _STEP, tab))
            if tab:
                tabs[number] = depth
                text = opener["title"].strip()
            else:
                # A box's title reads as a label over its text (`**Situation**`); a question
                # box's (`??? question "Tell me about …"`) is that question's line.
                title = (opener["title"] or "").strip()
                asks = title.endswith("?") or (opener["kind"] or "").lower() == "question"
                text = title if asks or not title else f"**{title}**"
        dedented.append(text)
        if fenced or fence:
            depth = 0  # a `# comment` in code is no heading to move
        if heading := _HEADING.match(text):
            if not depth:
                outside.append(len(heading[1]))
            elif not tab:
                inner.append((number, len(heading[1]), depth))
        number += 1
    return (dedented, tabs, inner, outside) if opened else None
