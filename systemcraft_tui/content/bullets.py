"""Bullets pasted from a word processor or a notes app: `• item` lines are a list, as a
person reads them, though Markdown reads them as one paragraph. And a lone `-` under a line
of text, an empty bullet, which Markdown reads as underlining that line into a heading."""

from __future__ import annotations

import re

from systemcraft_tui.content.fences import outside_fences

_BULLETS = "\u2022\u25e6\u25aa\u2023\u25cb\u25cf"  # •, ◦, ▪, ‣, ○, ● (a document exported as text)
_BULLET_LINE = re.compile(rf"^([ \t]*)[{_BULLETS}](?=[ \t])", re.MULTILINE)
_CODE_INDENT = 4  # columns from which an indented line is no list item (code, or a paragraph's next line)
_MARKDOWN_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]", re.MULTILINE)


# "Api Design:" over "- " (a bullet left empty): one dash is no heading's underline to a person.
_LONE_DASH = re.compile(r"\n( *)-[ \t]*(?=\r?\n|$)")  # a newline first: found by a fast scan, not tried at every character
# A list item's line: a dash nested under it (`- How do you …?` over `    - `) is an empty bullet of its own too.
_ITEM_LINE = re.compile(r"^( *)(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
_MOST_INDENT = 3  # columns a lone dash under plain text may be indented and still underline it


def with_empty_bullets_kept(text: str) -> str:
    """The text with each lone `-` right under a line of text written as the bullet it is
    (`*`), so that line stays text (Markdown would make it a heading); nested under a list
    item's line, indented past its marker, left out (it holds nothing,
    and Markdown would make the item's line a heading); every line where it was."""
    pieces: list[str] = []
    last = 0
    for found in _LONE_DASH.finditer(text):
        above = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
        item = _ITEM_LINE.match(above)
        under_item = item is not None and len(item[1]) < len(found[1])
        if above.strip() and (len(found[1]) <= _MOST_INDENT or under_item):
            dash = found.start() + 1 + len(found[1])
            # Under plain text the line stays text (`*`); under an item, a bullet with nothing in it is left out.
            pieces += [text[last:dash], "" if under_item else "*"]
            last = dash + 1
    return "".join([*pieces, text[last:]]) if pieces else text


# A rule of dashes set right under a paragraph of two lines or more (`The candidate neither wins nor
# loses …` over `------------`): a break between parts to the author, an underline making the paragraph a
# heading to Markdown. A heading so underlined is a name of a line (`What is a distributed cache?` over
# dashes is one); under lines of text it is a rule.
_DASH_RULE = re.compile(r"^ {0,3}-{3,}[ \t]*\r?$")
_NOT_PROSE = re.compile(r"^\s*(?:[#|>]|[-*+][ \t]|\d{1,9}[.)][ \t]|<)")
_FEWEST_PROSE_LINES = 2


def with_rules_under_prose_kept(text: str) -> str:
    """The text with each such rule written in stars (`***`, a rule to Markdown too), so that
    the paragraph over it stays text; every line where it was. The text itself when it has none."""
    if "\n---" not in text and "\n ---" not in text:
        return text  # no rule of dashes under a line: most pages
    lines = text.split("\n")
    outside = set(outside_fences(lines))
    for number in range(1, len(lines)):
        if number not in outside or not _DASH_RULE.match(lines[number]):
            continue
        above = []  # the paragraph over the rule, its last line first
        for line in reversed(lines[:number]):
            if not line.strip() or _NOT_PROSE.match(line) or _DASH_RULE.match(line):
                break
            above.append(line.strip())
        if len(above) >= _FEWEST_PROSE_LINES:
            lines[number] = lines[number].replace("-", "*")
    return "\n".join(lines)


def with_bullets_marked(text: str) -> str:
    """The text with each line that opens with a bullet character written as a Markdown list
    item (`- item`), every line where it was; the text itself when it has none. Bullets all
    indented as far as code is (a document exported as text: `        • Research roles`, then
    `                ○ What do they do?`), in a text with no Markdown list, are moved to the
    margin, each deeper indent a level deeper in the list."""
    if not any(bullet in text for bullet in _BULLETS):
        return text
    indents = sorted({len(found[1].expandtabs(8)) for found in _BULLET_LINE.finditer(text)})
    if not indents or indents[0] < _CODE_INDENT or _MARKDOWN_ITEM.search(text):
        return _BULLET_LINE.sub(r"\1-", text)  # bullets under a Markdown list's items nest there, as written
    return _BULLET_LINE.sub(lambda found: "  " * indents.index(len(found[1].expandtabs(8))) + "-", text)


# Notes kept in an outliner and saved as text: a point a line, indented by tabs as deep as it
# nests, with no bullet (`\tLead the conversation` over `\t\tCheck in at each step`; a pasted one,
# `\t\t○ Replication`, dropped). Markdown reads them as code, or as the paragraph above run on.
_TABBED_LINE = re.compile(rf"^(\t+)(?:[{_BULLETS}][ \t]+)?(?=\S)(.*)$", re.MULTILINE)
_FEWEST_TABBED = 5
# Code indented by tabs is no outline: braces, semicolons, assignments, comments, markup.
_CODE_MARKS = re.compile(r"[{};=]|^(?://|#|<)")


def with_tab_outline_marked(text: str) -> str:
    """The text with an outline's tab-indented lines written as a Markdown list, each tab
    past the first a level deeper, every line where it was: in a text with no Markdown list
    and no fence, five such lines or more, at two depths or more (an outline nests), none
    that reads as code. The text itself otherwise."""
    if "\n\t" not in text or "```" in text or "~~~" in text or _MARKDOWN_ITEM.search(text):
        return text
    lines = _TABBED_LINE.findall(text)
    if len(lines) < _FEWEST_TABBED or len({tabs for tabs, _ in lines}) < 2 or any(_CODE_MARKS.search(rest) for _, rest in lines):
        return text
    return _TABBED_LINE.sub(lambda found: "  " * (len(found[1]) - 1) + "- " + found[2], text)


# "1- O PO solicita …?", "2- Durante o code review …": an item numbered with a hyphen, as people
# write a numbered list; Markdown reads `1.` or `1)` only, and the lines run on as one paragraph.
_DASHED_NUMBER = re.compile(r"^( {0,3})(\d{1,3})-(?=[ \t]+\S)", re.MULTILINE)
_FEWEST_DASHED = 2


def with_dashed_numbers_marked(text: str) -> str:
    """The text with lines numbered `1- `, `2- `, … written as a Markdown list's items (`1. `),
    when two or more number on from 1 in order; every line where it was."""
    if "1- " not in text and "1-\t" not in text:
        return text  # no first item: most pages (a scan for the pattern would try every character)
    found = list(_DASHED_NUMBER.finditer(text))
    numbers = [int(each[2]) for each in found]
    if len(found) < _FEWEST_DASHED or numbers != list(range(1, len(numbers) + 1)):
        return text
    return _DASHED_NUMBER.sub(r"\1\2.", text)


# Notes kept in a plain editor that indents by five to eight spaces a level (its tab, saved as
# spaces): `- Story name`, then `      * Ownership: …` and `      Situation:` over
# `            I found the queue …`. Markdown reads a line four columns or more past its item's
# text as code (after a blank line) or as the line above run on: the nesting is lost.
_WIDE_STEPS = range(5, 9)
_FEWEST_WIDE = 5
_LIST_MARK = re.compile(r"^(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)")


def with_wide_indents_narrowed(text: str) -> str:
    """The text with each line indented by whole steps of five to eight spaces moved to where
    Markdown nests it under the nearest line a step shallower above it: that line's text, past
    its list marker; every line where it was. In a text with no fence and no line indented by a
    tab, whose indented lines, five or more at two depths or more, all step so, some of them
    list items. The text itself otherwise."""
    if "\n    " not in text or "```" in text or "~~~" in text or "\n\t" in text:
        return text
    lines = text.split("\n")
    indents = [len(line) - len(line.lstrip(" ")) for line in lines]
    widths = sorted({indent for line, indent in zip(lines, indents, strict=True) if indent and line.strip()})
    if not widths or widths[0] not in _WIDE_STEPS or len(widths) < 2 or any(width % widths[0] for width in widths):
        return text
    indented = [line.lstrip(" ") for line, indent in zip(lines, indents, strict=True) if indent and line.strip()]
    if len(indented) < _FEWEST_WIDE or not any(_LIST_MARK.match(line) for line in indented):
        return text
    step = widths[0]
    held: list[tuple[int, int]] = []  # (depth, the column its text starts at), the shallowest first
    for number, (line, indent) in enumerate(zip(lines, indents, strict=True)):
        if not line.strip():
            continue
        depth, words = indent // step, line.lstrip(" ")
        while held and held[-1][0] >= depth:
            held.pop()
        column = held[-1][1] if held and depth else 0
        mark = _LIST_MARK.match(words)
        held.append((depth, column + (len(mark[0]) if mark else 0)))
        lines[number] = " " * column + words
    return "\n".join(lines)


# An answer pasted under its heading with every paragraph indented four spaces or more (as an
# editor or a copy from a chat keeps it): Markdown reads it as code, a reader as the answer it is.
# Only sentences: a line opening with a word or a quote, of several words, closing as a sentence
# closes, with nothing that code or a shell line is written with.
_INDENTED_SENTENCE = re.compile(r"^ {4,}[\"'\u201c\u2018(]?[^\W\d_][^{};=<>`|\\]*[.!?:)\"'\u201d\u2019]$")
_CODE_LINE = re.compile(r"^\s*(?://|#|\$ |>>>|def |class |import |return\b)|\w\(|\)\s*\{")
_SENTENCE_WORDS = 6  # words a line of an answer holds at least
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")


def with_indented_answers_opened(text: str) -> str:
    """The text with each paragraph run indented by four spaces or more right under a heading
    (blank lines between them, and before the first) moved to the margin, when every line of
    the run is a sentence of words; every line where it was. Under anything else (a list item,
    a paragraph) an indent nests or runs on, and is left as written."""
    if not _indented_under_a_heading(text):
        return text
    lines = text.split("\n")
    outside = set(outside_fences(lines))
    last = ""  # the last line with text above, outside code
    number = 0
    while number < len(lines):
        line = lines[number]
        if line.startswith("    ") and line.strip() and number in outside and _HEADING.match(last) is not None:
            run = number
            while run < len(lines) and (not lines[run].strip() or lines[run].startswith("    ")):
                run += 1
            said = [n for n in range(number, run) if lines[n].strip()]
            if all(_sentence(lines[n]) for n in said) or _listed_words(lines, said):
                for n in said:
                    lines[n] = lines[n].lstrip(" ")
            last = lines[said[-1]]
            number = run
            continue
        if line.strip() and number in outside:
            last = line
        number += 1
    return "\n".join(lines)


def _sentence(line: str) -> bool:
    return (
        _INDENTED_SENTENCE.match(line.rstrip()) is not None
        and _CODE_LINE.search(line) is None
        and len(line.split()) >= _SENTENCE_WORDS
    )


# ... or a list typed indented under its heading (`    - Optimistic`, its dash run into the word too,
# `    -Least Recently Used`): items of a few words each, none with what code is written with.
_INDENTED_ITEM = re.compile(r"^ {4,}[-*+][ \t]?[^\W\d_][^{};=<>`|\\]*$")
_FEWEST_ITEMS = 2


def _listed_words(lines: list[str], said: list[int]) -> bool:
    return len(said) >= _FEWEST_ITEMS and all(_INDENTED_ITEM.match(lines[n]) and not _CODE_LINE.search(lines[n]) for n in said)


def _indented_under_a_heading(text: str) -> bool:
    """Whether a line indented four spaces follows a heading, blank lines between at most: where
    the rewrite may apply, looked for without splitting the text, as most pages have none."""
    at = text.find("\n    ")
    while at >= 0:
        end = at
        while (start := text.rfind("\n", 0, end) + 1) and not text[start:end].strip():
            end = start - 1  # a blank line: the one above it
        if _HEADING.match(text[start:end]):
            return True
        at = text.find("\n    ", at + 1)
    return False
