"""Headings written in HTML, as READMEs centre them (`<h2 align="center">Title</h2>`): a
heading to a reader, though Markdown reads an HTML block as nothing. So is a collapsed
section's `<summary>` asking for a design over Markdown of its own (`<details>` then
`<summary><b>Q1 · Design …</b></summary>`, a blank line, the answer), or asking any question
over an answer in a `<pre>` (`<summary>Tell me about yourself</summary>` then `<pre>`), or
asking any question over a heading that names its answer (`## Scaling the test queue`): each
such section is one question's heading, beside the others."""

from __future__ import annotations

import html
import re

from systemcraft_tui.content.markdown_tree import PRE_OPEN, QUOTE_OPEN, THEMATIC_BREAK, Section
from systemcraft_tui.content.questions import UNMARKED_ASK, asks

# CRLF too; a closing tag written as an opening one (`<h2>Title<h2>`), as browsers forgive, too.
_HTML_HEADING = re.compile(r"^[ \t]*<h([1-6])\b[^>]*>(.*?)</?h\1>[ \t]*(?=\r?$)", re.IGNORECASE | re.MULTILINE)
_TAG = re.compile(r"<[^>]+>")


def with_html_headings_marked(text: str) -> str:
    """The text with each line that is wholly an HTML heading written as a Markdown one
    (`## Title`), every line where it was; the text itself when it has none."""
    if "<h" not in text and "<H" not in text:
        return text
    marked = _HTML_HEADING.sub(_heading, text)
    if marked != text and _INDENTED_PARAGRAPH.search(marked):
        marked = _paragraphs_opened(marked)
    if marked == text or "<div" not in text.lower():
        return marked
    # A heading wrapped in a `<div class="title">` alone on the line above: that line would open
    # an HTML block holding the heading, so it goes (its line stays, empty).
    lines = marked.split("\n")
    for number in range(1, len(lines)):
        if _ATX.match(lines[number]) and _LONE_DIV.match(lines[number - 1].rstrip("\r")):
            lines[number - 1] = "\r" if lines[number - 1].endswith("\r") else ""
    return "\n".join(lines)


_LONE_DIV = re.compile(r"^[ \t]*<div\b[^>]*>[ \t]*$", re.IGNORECASE)
# `    <p>` under an HTML heading, its text indented further: a page written in HTML whose
# indenting would make each answer an indented code block, and whose `<p>` would open an HTML
# block running on over the headings after it, where it shows as a paragraph. So is a bare
# `<p>` at the margin with its text after it (`<p>I led the …</p>`): an HTML block, which
# Markdown reads as nothing, though it shows as a paragraph too.
_INDENTED_PARAGRAPH = re.compile(r"^(?:[ \t]+<p\b|<p>(?=\S))", re.IGNORECASE | re.MULTILINE)
_PARAGRAPH_TAG = re.compile(r"</?p\b[^>]*>", re.IGNORECASE)


def _paragraphs_opened(text: str) -> str:
    """The text with each indented `<p>` paragraph's lines, up to its `</p>`, unindented and
    its `<p>` and `</p>` tags left out: Markdown text, each line where it was."""
    lines = text.split("\n")
    inside = False
    for number, line in enumerate(lines):
        if not inside and _INDENTED_PARAGRAPH.match(line):
            inside = True
        if inside:
            inside = "</p" not in line.lower()
            lines[number] = _PARAGRAPH_TAG.sub("", line).strip(" \t")
    return "\n".join(lines)


def _heading(match: re.Match[str]) -> str:
    words = " ".join(html.unescape(_TAG.sub(" ", match[2])).split())
    return f"{'#' * int(match[1])} {words}" if words else match[0]


# `<details id="q1">` alone, then `<summary>…</summary>` alone, then a blank line: a collapsed section whose
# body is Markdown (one written in HTML on the same lines, `<pre>`, stays HTML: html_blocks reads it).
_DETAILS_OPEN = re.compile(r"^[ \t]*<details\b[^>]*>[ \t]*$", re.IGNORECASE)
_SUMMARY = re.compile(r"^[ \t]*(?:<details\b[^>]*>[ \t]*)?<summary\b[^>]*>(?P<text>.*?)</summary>[ \t]*$", re.IGNORECASE)
_STRONG = re.compile(r"<(?:b|strong)>(.*?)</(?:b|strong)>", re.IGNORECASE)
_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]")
_FENCE_MARK = re.compile(r"^ {0,3}(?:```|~~~)")
_FEWEST_SECTIONS = 2

# "What’s the hardest thing you built? Describe it in depth.": a question, then what to say.
_ASKED_FIRST = re.compile(r"^[^.!?]+\?\s")
_CODE_DOT = re.compile(r"^(q\d+)\s*·\s*", re.IGNORECASE)
_HASH_NUMBER = re.compile(r"^#\d+\s+")
_SAID_OTHERWISE = re.compile(r"(?:\s*\(=[^()]*\))+$")
# "Q1 · Design the checkout flow …", "Design a money transfer system.": a summary that asks for a design.
_ASKS_FOR_DESIGN = re.compile(r"^(?:q\d+\s*[·:.)\-\u2013\u2014]\s*)?(?:design|architect)\b", re.IGNORECASE)


def _titled_answer(lines: list[str], number: int) -> tuple[int, int] | None:
    """The line and level of the heading that opens a collapsed section's body, after its summary at `number`."""
    after = next((n for n in range(number + 1, len(lines)) if lines[n].strip() and not THEMATIC_BREAK.match(lines[n].rstrip("\r"))), None)
    if after is None or not (marks := _ATX.match(heading := lines[after].lstrip(" "))) or len(marks[1]) == 6:
        return None
    return None if asks(heading.lstrip("#").strip()) else (after, len(marks[1]))


def with_summaries_as_headings(text: str) -> str:
    """The text with each collapsed section's summary asking for a design, over Markdown, or
    asking a question over a heading of its own (then a level down under it), written as a
    heading one level below the page's title or beside the heading before it, its bold words
    (the question, not the tags after it) its name, every line where it was; when there are
    two or more such sections, or one over its answer's own headings (then with every question
    over Markdown of its own). The text itself otherwise."""
    if "<summary" not in text and "<SUMMARY" not in text:
        return text
    lines = text.split("\n")
    level, fenced, found, closings, titled_found = 1, False, [], {}, False
    outer, moved, asking = 1, set(), []  # the level of the headings around the collapsed sections; the answers' own
    for number, line in enumerate(lines):
        if _FENCE_MARK.match(line):
            fenced = not fenced
        if fenced:
            continue
        if (closing := _summary_closed_below(lines, number)) is not None:
            # A summary whose text runs on to the next line, that line only closing its tags
            # (`<summary><b>Why us?` then `</b></summary>`): one summary, read on its first line.
            line, closings[number] = closing, number + 1
            lines[number + 1] = "\r" if lines[number + 1].endswith("\r") else ""
        if heading := _ATX.match(line):
            level = len(heading[1])
            outer = outer if number in moved else level
        elif (summary := _SUMMARY.match(line.rstrip("\r"))) and number + 1 < len(lines):
            bold = _STRONG.search(summary["text"])
            words = " ".join(html.unescape(_TAG.sub(" ", bold[1] if bold else summary["text"])).split())
            words = _SAID_OTHERWISE.sub("", words)  # "What next? (=Where in five years?)": other wordings, no part of it
            body = lines[number + 1]
            # Over Markdown of its own, a design asked; over a `<pre>` answer, any question asked
            # ("Tell me about yourself", "Why Amazon?"): the question of a collapsed Q&A.
            # Answered in HTML quotes after a blank line (a blog theme's tip and answer boxes,
            # `<blockquote class="prompt-info">`), any question asked.
            quoted = not body.strip() and _quote_next(lines, number + 1)
            if quoted and asks(words):
                found.append((number, min(level + 1, 6), words))  # under the heading that gathers the questions
            elif (not body.strip() and _ASKS_FOR_DESIGN.match(words)) or (PRE_OPEN.match(body) and asks(words)):
                found.append((number, max(level, 2), words))
            elif (titled := _titled_answer(lines, number)) is not None and (asks(words) or _ASKED_FIRST.match(words) or _unmarked(words)):
                # The question over its answer's own heading, which goes a level down under it;
                # so do the headings after it up to the section's `</details>` (the answer's
                # parts, `<h3>Situation</h3>` … `<h3>Result</h3>`), kept under the question.
                found.append((number, titled[1], words))
                titled_found = True
                for inside in _body_headings(lines, titled[0]):
                    lines[inside] = "#" + lines[inside].lstrip(" ")
                    moved.add(inside)
            elif not body.strip() and (asks(words) or _unmarked(words)):
                asking.append((number, min(outer + 1, 6), words))  # a question over Markdown of its own (a list, notes)
    if titled_found:
        # A question over its answer's own headings is one even alone (else they would leave it an empty
        # summary), and beside it each collapsed question over Markdown of its own is one too: else the
        # text after that answer's `</details>` (the next questions, their notes) would run on under its
        # last heading, as part of that answer.
        found = sorted(found + asking)
    elif len(found) < _FEWEST_SECTIONS:
        return text
    made = {number for number, _, _ in found}
    written = text.split("\n")
    for number, below in closings.items():
        if number not in made:
            lines[below] = written[below]  # no heading made of it: its closing line stays
    for number, level, words in found:
        words = _HASH_NUMBER.sub("", words)  # "#3 Have you ever failed …?": the number is none of its words
        coded = _CODE_DOT.sub(lambda code: f"{code[1]}: ", words)  # "Q1 · Design …" coded as "Q1: Design …" is
        end = "\r" if lines[number].endswith("\r") else ""
        lines[number] = f"{'#' * level} {coded}{end}"
        if number > 0 and _DETAILS_OPEN.match(lines[number - 1].rstrip("\r")):
            lines[number - 1] = end  # the HTML block it opens would hold the heading
    return "\n".join(lines)


# The rest of a summary on the line after it: its closing tags, perhaps its last words before them.
_SUMMARY_OPEN = re.compile(r"^[ \t]*(?:<details\b[^>]*>[ \t]*)?<summary\b(?!.*</summary>)", re.IGNORECASE)
_SUMMARY_REST = re.compile(r"^[^<>]*(?:</(?:b|strong)>[ \t]*)*</summary>[ \t]*\r?$", re.IGNORECASE)


def _summary_closed_below(lines: list[str], number: int) -> str | None:
    """The summary opened on line `number` and closed on the next, as one line; None when
    the line opens none, or the next does not close it."""
    if not _SUMMARY_OPEN.match(lines[number]) or number + 1 >= len(lines) or not _SUMMARY_REST.match(lines[number + 1]):
        return None
    return lines[number].rstrip("\r").rstrip() + " " + lines[number + 1].strip()


def _body_headings(lines: list[str], first: int) -> list[int]:
    """The lines of the headings in a collapsed section's body, from its first at `first` up
    to the `</details>` that closes it; that one alone when none closes it before another
    section opens (nothing shows where its body ends)."""
    headings, fenced = [first], False
    for number in range(first + 1, len(lines)):
        if _FENCE_MARK.match(lines[number]):
            fenced = not fenced  # a `# comment` in code is no heading
        if fenced:
            continue
        if _DETAILS_CLOSE.match(lines[number]):
            return headings
        if _SUMMARY_OPEN.match(lines[number]) or _SUMMARY.match(lines[number].rstrip("\r")) or _DETAILS_OPEN.match(lines[number].rstrip("\r")):
            break
        if (marks := _ATX.match(lines[number].lstrip(" "))) and len(marks[1]) < 6:
            headings.append(number)
    return [first]


_DETAILS_CLOSE = re.compile(r"^[ \t]*</details>", re.IGNORECASE)


# "3. What drives you": a numbered summary, its number no word of the question.
_LIST_NUMBER = re.compile(r"^\d{1,3}[.)]\s+")


def _unmarked(words: str) -> bool:
    """Whether a summary asks the reader with its question mark left off, as a heading may
    (`What are you looking for`)."""
    return UNMARKED_ASK.match(_LIST_NUMBER.sub("", words)) is not None


def _quote_next(lines: list[str], start: int) -> bool:
    """Whether the first line with text from `start` on opens an HTML quote."""
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start < len(lines) and bool(QUOTE_OPEN.match(lines[start]))


def summary_named(section: Section, source_lines: list[str]) -> str | None:
    """The name of the one answer a question written as a `<summary>` holds, told under a
    title of its own (`## Scaling the test queue` over the story); None else. (A question
    heading's own subheading, `### 📅 A Week on the Team`, may only describe its answer.)"""
    if section.blocks or len(section.children) != 1 or "<summary" not in source_lines[section.line - 1].lower():
        return None
    named = section.children[0].title.text
    return None if asks(named) else named.rstrip(".! ") or None
