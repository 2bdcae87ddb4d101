"""MkDocs content tabs and admonitions (`=== "Step 1: Requirements"`, `!!! tip "Title"`,
`??? question`), each over its text indented by four spaces: to a reader the tab is a
section and the admonition a boxed note, though plain Markdown reads the indented text as
code and the tab's line as a paragraph."""

from __future__ import annotations

import re

_MARKS = ("===", "!!!", "???")
_BLOCK = re.compile(r"^(?P<mark>===|!!!|\?\?\?)\+?[ \t]*(?P<rest>.*?)[ \t]*$")
# `=== "Title"`, `!!! note "Title"`, `??? question`, `!!! warning inline end "Title"`
_OPENER = re.compile(r'^(?:(?P<kind>[\w-]+)(?:[ \t]+(?:inline|end))*)?[ \t]*(?:"(?P<title>[^"]*)")?$')
_ANY_BLOCK = re.compile(r"^[ \t]*(?:===|!!!|\?\?\?)\+?[ \t]+\S", re.MULTILINE)
_HEADING = re.compile(r"^(#{1,6})(?=[ \t]|$)")
_FENCE = re.compile(r"^(?:```|~~~)")
_STEP = 4  # the indent each tab or admonition gives its text


def with_tabs_opened(text: str) -> str:
    """The text with each content tab written as a heading (one level below the page's
    sections, the headings in its text moved below it) and each admonition as its bold
    title, the text of both no longer indented; every line where it was. The text itself
    when it holds none."""
    if not any(mark in text for mark in _MARKS) or not _ANY_BLOCK.search(text):
        return text  # "====" under a setext title is no tab
    ending = "\r\n" if "\r\n" in text else "\n"  # a file written on Windows stays so
    lines = text.split(ending)
    read = _read(lines)
    if read is None:
        return text
    dedented, tabs, depths = read
    outside = [len(m[1]) for n, line in enumerate(dedented) if not depths[n] and (m := _HEADING.match(line))]
    top = min((level for level in outside if level > 1), default=2)
    inner = [len(m[1]) for n, line in enumerate(dedented) if depths[n] and n not in tabs and (m := _HEADING.match(line))]
    shift = max(0, top + 1 - min(inner, default=top + 1))
    out = []
    for number, line in enumerate(dedented):
        if number in tabs:
            out.append(f"{'#' * min(6, top + tabs[number])} {line}")
        elif depths[number] and (heading := _HEADING.match(line)):
            out.append("#" * min(6, len(heading[1]) + shift + depths[number] - 1) + line[heading.end() :])
        else:
            out.append(line)
    return ending.join(out)


def _read(lines: list[str]) -> tuple[list[str], dict[int, int], list[int]] | None:
    """Each line without the indent its tabs and admonitions give it; the tabs' titles (by
    line, with how many tabs hold each); and how many tabs hold each line (none for a line
    of code). None when no line opens a tab or an admonition."""
    stack: list[tuple[int, bool]] = []  # (the indent of the block's text, whether it is a tab)
    dedented: list[str] = []
    tabs: dict[int, int] = {}
    depths: list[int] = []
    fenced = opened = False
    for number, raw in enumerate(lines):
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
        depths.append(0 if fenced or fence else depth)  # a `# comment` in code is no heading to move
    return (dedented, tabs, depths) if opened else None
