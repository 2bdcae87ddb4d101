"""Meaning-preserving rewrites of a Markdown file, and what must read the same after one.

Each transformation is small and named: it takes a file's text and returns the text a
careful person reads exactly as before (same stories, problems, plans, parts, timings),
or the text unchanged when it does not apply. Lines inside fenced code blocks and the
front matter are never touched. `read_signature` reads a text through the app's parser
and keeps only what must not change; `compare` says how two signatures differ.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from systemcraft_tui.content.model import BehavioralScenario, PracticePlan, SystemDesignProblem
from systemcraft_tui.content.parser import parse_text
from tests.content.real_shapes import norm

Transform = Callable[[str], str]

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# Two hashes or more with no space after them open a heading too (`###Metrics`), as the reader takes them.
# Up to three spaces before the marks: still a heading (CommonMark), as inside an indented `<details>` block.
_HEADING = re.compile(r"^ {0,3}(#{1,6})(\s+|(?<=##)(?=[^\s#]))(\S.*?)\s*$")
_PARTS = ("Situation", "Task", "Action", "Result")
_PART = "|".join(_PARTS)


def _prose_lines(text: str) -> Iterator[int]:
    """Indexes of the lines outside front matter and fenced code."""
    lines = text.split("\n")
    start = 0
    if lines and lines[0].strip() == "---":
        end = next((n for n in range(1, len(lines)) if lines[n].strip() in ("---", "...")), None)
        if end is not None:
            start = end + 1
    fence: str | None = None
    for n in range(start, len(lines)):
        if match := _FENCE.match(lines[n]):
            if fence is None:
                fence = match.group(1)
            elif match.group(1) == fence:
                fence = None
            continue
        if fence is None:
            yield n


def _per_line(rewrite: Callable[[str], str | None]) -> Transform:
    """A transformation that rewrites prose lines one at a time (None: line unchanged)."""

    def apply(text: str) -> str:
        lines = text.split("\n")
        for n in _prose_lines(text):
            new = rewrite(lines[n])
            if new is not None:
                lines[n] = new
        return "\n".join(lines)

    return apply


# --- headings ---------------------------------------------------------------------------


def _headings(text: str) -> list[int]:
    lines = text.split("\n")
    return [n for n in _prose_lines(text) if _HEADING.match(lines[n])]


def headings_deeper(text: str) -> str:
    """Every heading one level deeper (none already at level 6)."""
    lines = text.split("\n")
    found = _headings(text)
    if any(lines[n].lstrip(" ").startswith("######") for n in found):
        return text
    for n in found:
        lines[n] = lines[n].replace("#", "##", 1)
    return "\n".join(lines)


def headings_shallower(text: str) -> str:
    """Every heading one level shallower, when none is at level 1."""
    lines = text.split("\n")
    found = _headings(text)
    if not found or any(not lines[n].lstrip(" ").startswith("##") for n in found):
        return text
    for n in found:
        lines[n] = lines[n].replace("#", "", 1)
    return "\n".join(lines)


def _heading_text(rewrite: Callable[[str], str]) -> Transform:
    def line(source: str) -> str | None:
        match = _HEADING.match(source)
        if not match:
            return None
        return f"{match.group(1)}{match.group(2)}{rewrite(match.group(3))}"

    return _per_line(line)


_WORD = re.compile(r"(?<![\w'])[A-Za-z][A-Za-z']*")  # a word, not the letter of a code ("2a.")


def _lower_word(match: re.Match[str]) -> str:
    word = match.group(0)
    # Acronyms and codes (STAR, API, L6) and camel-case names (DesignRound) are written so on purpose.
    return word if len(word) > 1 and (word.isupper() or not word[1:].islower()) else word.lower()


def _title_word(match: re.Match[str]) -> str:
    word = match.group(0)
    return word if word.isupper() else word[0].upper() + word[1:]


headings_lower_case = _heading_text(lambda title: _WORD.sub(_lower_word, title))
headings_title_case = _heading_text(lambda title: _WORD.sub(_title_word, title))
headings_emoji = _heading_text(lambda title: f"📌 {title}")


_NUMBERED = re.compile(r"^\d+[.)]\s+(?=\S)")
# A title that counts itself: "2a. ...", "Week 2", "Case Study 3: ...", "Q1: ...", "Part II", "**1. ...**", "第一步".
_OWN_COUNT = re.compile(r"^[\W_]*(?:(?:\w+\s+){0,2}(?:\d|[IVX]+\b)|[A-Za-z]+-?\d|第[一二三四五六七八九十\d]+)")


def _sibling_groups(text: str) -> list[list[int]]:
    """The headings of the text grouped by parent, each group at one level."""
    lines = text.split("\n")
    parents: list[tuple[int, int]] = []  # (level, line) of the headings above
    siblings: dict[tuple[int, int], list[int]] = {}  # (parent line or -1, level) -> lines
    for n in _headings(text):
        level = len(_HEADING.match(lines[n]).group(1))
        while parents and parents[-1][0] >= level:
            parents.pop()
        siblings.setdefault((parents[-1][1] if parents else -1, level), []).append(n)
        parents.append((level, n))
    return list(siblings.values())


def _renumbered(rewrite: Callable[[list[str]], list[str] | None]) -> Transform:
    """Each group of two or more sibling headings whose titles `rewrite` rewrites together."""

    def apply(text: str) -> str:
        lines = text.split("\n")
        for group in _sibling_groups(text):
            titles = [_HEADING.match(lines[n]) for n in group]
            if len(group) < 2 or any(_OWN_COUNT.match(_NUMBERED.sub("", t.group(3), count=1)) for t in titles):
                continue
            if new := rewrite([t.group(3) for t in titles]):
                for n, title, written in zip(group, titles, new, strict=True):
                    lines[n] = f"{title.group(1)} {written}"
        return "\n".join(lines)

    return apply


# Numbers added to sibling headings none of which is numbered (`## Title` -> `## 2. Title`),
# or taken off sibling headings all of which are (the numbers only give their order).
headings_numbered = _renumbered(
    lambda titles: None if any(_NUMBERED.match(t) for t in titles) else [f"{n}. {t}" for n, t in enumerate(titles, 1)]
)
headings_unnumbered = _renumbered(
    lambda titles: [_NUMBERED.sub("", t) for t in titles] if all(_NUMBERED.match(t) for t in titles) else None
)


def _before_headings(extra: list[str]) -> Transform:
    """`extra` lines put, after a blank line, before every heading that closes a section
    (one at the level of the heading before it or above), unless a rule is there already."""

    def apply(text: str) -> str:
        lines = text.split("\n")
        sections = _sections(text)
        for (_, before, _), (n, level, _) in reversed(list(itertools.pairwise(sections))):
            above = next((line.strip() for line in reversed(lines[:n]) if line.strip()), "")
            if level <= before and above not in ("---", "***", "___"):
                lines[n:n] = ["", *extra]
        return "\n".join(lines)

    return apply


rules_between_sections = _before_headings(["---", ""])
blank_lines_between_sections = _before_headings(["", ""])


blank_lines_doubled = _per_line(lambda line: "\n" if not line.strip() else None)


def windows_line_endings(text: str) -> str:
    """Every line ended by CR LF, once (a second CR would end a line of its own)."""
    return re.sub(r"(?<!\r)\n", "\r\n", text)


# A level in a heading: "(L6)", "L7 Scenario 3: ...".
_LEVEL_IN_HEADING = re.compile(r"(?<=\()L(\d)(?=\))|^L(\d)(?= )")
levels_spelled = _heading_text(lambda title: _LEVEL_IN_HEADING.sub(lambda m: f"Level {m.group(1) or m.group(2)}", title))


# --- STAR parts -------------------------------------------------------------------------

# A bold STAR label leading a line: "**Situation:** text" or "**Situation**: text".
_BOLD_PART = re.compile(rf"^\*\*({_PART})(?:\s*:\s*\*\*|\*\*\s*:)\s+(\S.*)$", re.IGNORECASE)


def _bold_part_to(carrier: Callable[[str, str], str]) -> Transform:
    return _per_line(lambda line: carrier(m.group(1), m.group(2)) if (m := _BOLD_PART.match(line)) else None)


star_bold_to_list_item = _bold_part_to(lambda name, body: f"- **{name}:** {body}")
star_bold_to_plain_label = _bold_part_to(lambda name, body: f"{name}: {body}")
star_bold_to_dash = _bold_part_to(lambda name, body: f"{name} — {body}")
star_bold_to_own_line = _bold_part_to(lambda name, body: f"**{name}**\n\n{body}")


def star_bold_to_numbered(text: str) -> str:
    """`**Situation:** text` lines as a numbered list (`1. Situation: text`), counted
    from the first part under each heading."""
    lines = text.split("\n")
    count = 0
    for n in _prose_lines(text):
        if _HEADING.match(lines[n]):
            count = 0
        elif match := _BOLD_PART.match(lines[n]):
            count += 1
            lines[n] = f"{count}. {match.group(1)}: {match.group(2)}"
    return "\n".join(lines)


# A bold STAR label leading a line, text after it or not ("**Action:**", "**Action**" over a list).
# A bold label naming parts another way: "**S:**", "**Action & Result:**".
_OTHER_PART = re.compile(rf"^\*\*(?:[STAR]\W|[^*]*\b(?:{_PART})\b)", re.IGNORECASE)
_BOLD_PART_ANY = re.compile(rf"^\*\*((?:{_PART})s?)(?:\s*:\s*\*\*|\*\*\s*:|\*\*$)\s*(.*)$", re.IGNORECASE)


def star_bold_to_headings(text: str) -> str:
    """`**Situation:** text` lines as headings one level under the heading above them
    (`### Situation` then the text), where there is one above them and no bold label
    under it names parts another way (`**S:**`, `**Action & Result:**`): half a story
    written in headings would read as another story."""
    lines = text.split("\n")
    level, labels = 0, []
    for n in [*_prose_lines(text), len(lines)]:
        heading = _HEADING.match(lines[n]) if n < len(lines) else True
        if heading:
            parts = [m for m in labels if _BOLD_PART_ANY.match(lines[m])]
            if 0 < level < 6 and not any(_OTHER_PART.match(lines[m]) for m in labels if m not in parts):
                for m in parts:
                    match = _BOLD_PART_ANY.match(lines[m])
                    body = f"\n\n{match.group(2)}" if match.group(2) else ""
                    lines[m] = f"\n{'#' * (level + 1)} {match.group(1)}{body}"
            level = len(heading.group(1)) if n < len(lines) else 0
            labels = []
        elif lines[n].startswith("**"):
            labels.append(n)
    return "\n".join(lines)


_SYNONYMS = {"situation": "Context", "task": "Objective", "action": "Approach", "result": "Outcome"}
# A STAR part named alone, as a heading or a bold label: "### Situation (30 seconds)", "**Task:** text".
_NAMED_PART = re.compile(rf"^(#{{1,6}}\s+|\*\*|- \*\*)({_PART})\b(?=\s*(?:\(|:|\*\*|$))", re.IGNORECASE)


def _synonym(line: str) -> str | None:
    match = _NAMED_PART.match(line)
    if not match:
        return None
    word = _SYNONYMS[match.group(2).lower()]
    return line[: match.start(2)] + word + line[match.end(2) :]


star_synonyms = _per_line(_synonym)


# --- principles -------------------------------------------------------------------------

# "**Principles:** A, B", "- **Primary LP**: A", "**LPs Covered:** A", "**Mapped LP(s):** A".
_PRINCIPLES_LINE = re.compile(
    r"^(?:- )?\*\*((?:(?:Leadership|Amazon|Primary|Secondary|Mapped|Most Relevant|Key) )?(?:Principles?|LPs?|LP\(s\))(?: [A-Z]\w*)?)(?:\s*:\s*\*\*|\*\*\s*:)\s+(\S.*)$"
)


def principles_as_trailing_tags(text: str) -> str:
    """A story's `**Principles:** A, B` line moved to the end of its section as a plain
    tag line (`Principles: A, B`), where the section's own text holds one such line."""
    lines = text.split("\n")
    moves = []
    for n, _, end in _sections(text):
        inner = next((m for m, _, _ in _sections(text) if n < m < end), end)  # its own text ends here
        found = [m for m in range(n + 1, inner) if _PRINCIPLES_LINE.match(lines[m])]
        if len(found) == 1:
            moves.append((found[0], end))
    for line, end in sorted(moves, key=lambda move: move[1], reverse=True):
        tag = "{}: {}".format(*_PRINCIPLES_LINE.match(lines[line]).groups())
        while end > line + 1 and lines[end - 1].strip() in ("", "---", "***", "___"):  # before a closing rule
            end -= 1
        lines[end:end] = ["", tag]
        del lines[line]
    return "\n".join(lines)


# --- questions --------------------------------------------------------------------------

_BOLD_QUESTION = re.compile(r"^\*\*Question(?:\s*:\s*\*\*|\*\*\s*:)\s+(\S.*)$")
question_as_prompt = _per_line(lambda line: f"**Prompt:** {m.group(1)}" if (m := _BOLD_QUESTION.match(line)) else None)
question_as_blockquote = _per_line(lambda line: f"> {line}" if _BOLD_QUESTION.match(line) else None)
question_as_italic = _per_line(
    lambda line: f"_Question: {m.group(1)}_" if (m := _BOLD_QUESTION.match(line)) and "_" not in m.group(1) else None
)
question_as_plain_label = _per_line(lambda line: f"Question: {m.group(1)}" if (m := _BOLD_QUESTION.match(line)) else None)
question_as_q = _per_line(lambda line: f"Q: {m.group(1)}" if (m := _BOLD_QUESTION.match(line)) else None)


# --- timings and steps ------------------------------------------------------------------

_MINUTES = re.compile(r"\s*\((\d+)(?:\s*[-–]\s*(\d+))?\s*(?:min|mins|minutes)\)\s*$")


def _timing_in_heading(form: Callable[[str, str | None], str]) -> Transform:
    def line(source: str) -> str | None:
        if not _HEADING.match(source) or not (m := _MINUTES.search(source)):
            return None
        return source[: m.start()] + form(m.group(1), m.group(2))

    return _per_line(line)


timing_dash_minutes = _timing_in_heading(lambda low, high: f" — {low}-{high} minutes" if high else f" — {low} minutes")
timing_brackets = _timing_in_heading(lambda low, high: f" [{low}-{high}m]" if high else f" [{low}m]")
timing_approx_mins = _timing_in_heading(lambda low, high: f" (~{low}-{high} mins)" if high else f" (~{low} mins)")

# A timing closing a heading or a bold label: "(5 min)", "(30 seconds)", "(45-60 seconds)".
_UNITS = re.compile(r"\((\d+(?:\s*[-–]\s*\d+)?)\s*(min|mins|minutes|sec|secs|seconds)\)(?=\s*$|\*\*|:)")


def _units(form: Callable[[str, str], str]) -> Transform:
    def line(source: str) -> str | None:
        if not (_HEADING.match(source) or source.startswith("**")) or not _UNITS.search(source):
            return None
        return _UNITS.sub(lambda m: form(m.group(1), "s" if m.group(2).startswith("s") else "m"), source)

    return _per_line(line)


timing_short_units = _units(lambda span, unit: f"({span}{unit})")
timing_spelled_units = _units(lambda span, unit: f"({span} {'seconds' if unit == 's' else 'minutes'})")
timing_approx = _units(lambda span, unit: f"(~{span} {'sec' if unit == 's' else 'min'})")

_NUMBERED_HEADING = re.compile(r"^(#{1,6}\s+)(\d+)\.\s+(\S.*)$")
steps_as_step_n = _per_line(
    lambda line: f"{m.group(1)}Step {m.group(2)}: {m.group(3)}" if (m := _NUMBERED_HEADING.match(line)) else None
)
steps_as_paren = _per_line(
    lambda line: f"{m.group(1)}{m.group(2)}) {m.group(3)}" if (m := _NUMBERED_HEADING.match(line)) else None
)


# --- plans ------------------------------------------------------------------------------

_WEEK_HEADING = re.compile(r"^(#{1,6})\s+(Weeks?\s+\d+.*)$")


def weeks_as_bold_lines(text: str) -> str:
    """Week headings written as bold lines (`## Week 1: Basics` -> `**Week 1: Basics**`),
    when no week holds a heading of its own: the lines under each stay its lines."""
    lines = text.split("\n")
    found = _headings(text)
    weeks = [n for n in found if _WEEK_HEADING.match(lines[n])]
    for n in weeks:
        after = next((m for m in found if m > n), None)
        if after is not None and len(_HEADING.match(lines[after]).group(1)) > len(_WEEK_HEADING.match(lines[n]).group(1)):
            return text
    for n in weeks:
        lines[n] = f"**{_WEEK_HEADING.match(lines[n]).group(2)}**"
    return "\n".join(lines)


def _sections(text: str) -> list[tuple[int, int, int]]:
    """(line, level, end) of each heading: its section runs to `end`, the next heading at
    its level or above (or the end of the text)."""
    lines = text.split("\n")
    found = [(n, len(_HEADING.match(lines[n]).group(1))) for n in _headings(text)]
    return [
        (n, level, next((m for m, deeper in found[k + 1 :] if deeper <= level), len(lines))) for k, (n, level) in enumerate(found)
    ]


def _leading_children(text: str, chosen: Callable[[str], bool]) -> list[list[tuple[int, int]]]:
    """(line, end) of the headings `chosen` accepts that open their parent's subheadings
    (or the text's), hold no heading of their own and run up to the first that is not so
    chosen, two or more, when no later subheading of that parent is chosen: written another
    way, their lines stay in the same section, and no step is left in the other carrier."""
    lines = text.split("\n")
    sections = _sections(text)
    children: dict[int, list[int]] = {}  # parent's index (-1: the text) -> its subheadings' indexes
    parents: list[int] = []
    for k, (_, level, _) in enumerate(sections):
        while parents and sections[parents[-1]][1] >= level:
            parents.pop()
        children.setdefault(parents[-1] if parents else -1, []).append(k)
        parents.append(k)
    runs: list[list[tuple[int, int]]] = []
    for group in children.values():
        accepted = [chosen(_HEADING.match(lines[sections[k][0]]).group(3)) for k in group]
        leaves = [k + 1 == len(sections) or sections[k + 1][0] >= sections[k][2] for k in group]
        count = next((n for n, (ok, leaf) in enumerate(zip(accepted, leaves, strict=True)) if not (ok and leaf)), len(group))
        if count >= 2 and not any(accepted[count:]):
            runs.append([(sections[k][0], sections[k][2]) for k in group[:count]])
    return runs


def _as_list_items(title: Callable[[str], str | None], marker: Callable[[int], str]) -> Transform:
    """The leading headings `title` accepts (`_leading_children`) written as list items
    (`marker(n)` then what `title` returns), their lines indented under them."""

    def apply(text: str) -> str:
        lines = text.split("\n")
        runs = _leading_children(text, lambda heading: title(heading) is not None)
        items = [(count, n, end) for run in runs for count, (n, end) in enumerate(run, 1)]
        for count, n, end in sorted(items, key=lambda item: item[1], reverse=True):
            lead = marker(count)
            item = title(_HEADING.match(lines[n]).group(3))
            before = [""] if count == 1 and n and lines[n - 1].strip() else []  # a list opens after a blank line
            lines[n:end] = [*before, f"{lead}{item}", *_indented(lines, n + 1, end, " " * len(lead)), ""]
        return "\n".join(lines)

    return apply


def _indented(lines: list[str], start: int, end: int, indent: str) -> list[str]:
    """Lines start..end as the body of a list item: indented, trailing blanks dropped."""
    body = lines[start:end]
    while body and not body[-1].strip():
        body.pop()
    return [f"{indent}{line}" if line.strip() else "" for line in body]


_WEEK_TITLE = re.compile(r"^Weeks?\s+\d+")
weeks_as_list_items = _as_list_items(lambda title: f"**{title}**" if _WEEK_TITLE.match(title) else None, lambda _: "- ")


_WEEK_PARTS = re.compile(r"^Weeks?\s+(\d+(?:\s*[-–]\s*\d+)?)\s*(?:[:—–-]\s*(.*))?$")
# A one-line point or line of text: no tick box, table, code, heading or indented list.
_POINT = re.compile(r"^(?!(?:[-*+] )?\[[ xX]\])(?:[-*+] |\d+[.)] )?(?![#>`|\s])([^|]+)$")


def weeks_as_table_rows(text: str) -> str:
    """Week headings written as the rows of one table (`| 1 | Basics | point<br>point |`),
    when they follow one another and each holds only one-line points or lines of text."""
    lines = text.split("\n")
    weeks = [(n, end, week) for n, _, end in _sections(text) if (week := _WEEK_PARTS.match(_HEADING.match(lines[n]).group(3)))]
    rows = []
    for n, end, week in weeks:
        points = [_POINT.match(line) for line in lines[n + 1 : end] if line.strip() and line.strip() != "---"]
        if not points or not all(points):
            return text
        rows.append(f"| {week.group(1)} | {week.group(2) or ''} | {'<br>'.join(p.group(1) for p in points if p)} |")
    if len(weeks) < 2 or any(b[0] != a[1] for a, b in itertools.pairwise(weeks)):
        return text
    lines[weeks[0][0] : weeks[-1][1]] = ["| Week | Focus | Tasks |", "|---|---|---|", *rows, ""]
    return "\n".join(lines)


# --- design phases ----------------------------------------------------------------------

# A title timed in minutes at its end: "API (10 min)", "Data Model [5-8 minutes]", "Wrap-up — 5 min".
_TIMED_TITLE = re.compile(
    r"^(?:\d+[.)]\s+)?(\S.*?)\s*(\(~?\d+(?:\s*[-–]\s*\d+)?\s*(?:min|mins|minutes)\)"
    r"|\[~?\d+(?:\s*[-–]\s*\d+)?\s*(?:min|mins|minutes)\]|[—–] ~?\d+(?:\s*[-–]\s*\d+)?\s*(?:min|mins|minutes))$"
)


def timed_headings_as_bold_lines(text: str) -> str:
    """Leading headings timed in minutes (`_leading_children`) written as bold lines
    (`### 2. API (10 min)` -> `**2. API (10 min)**`): the lines under each stay its lines."""
    lines = text.split("\n")
    for run in _leading_children(text, lambda title: bool(_TIMED_TITLE.match(title)) and "**" not in title):
        for n, _ in run:
            lines[n] = f"**{_HEADING.match(lines[n]).group(3)}**"
    return "\n".join(lines)


def _timed_item(title: str) -> str | None:
    match = _TIMED_TITLE.match(title)
    return f"**{match.group(1)}** {match.group(2)}" if match and "**" not in title else None


# Timed phases as a numbered list, each phase's lines indented under its item.
timed_headings_as_numbered_list = _as_list_items(_timed_item, lambda count: f"{count}. ")


TRANSFORMS: dict[str, Transform] = {
    "headings_deeper": headings_deeper,
    "headings_shallower": headings_shallower,
    "headings_lower_case": headings_lower_case,
    "headings_title_case": headings_title_case,
    "headings_emoji": headings_emoji,
    "headings_numbered": headings_numbered,
    "headings_unnumbered": headings_unnumbered,
    "rules_between_sections": rules_between_sections,
    "blank_lines_between_sections": blank_lines_between_sections,
    "blank_lines_doubled": blank_lines_doubled,
    "windows_line_endings": windows_line_endings,
    "levels_spelled": levels_spelled,
    "star_bold_to_list_item": star_bold_to_list_item,
    "star_bold_to_plain_label": star_bold_to_plain_label,
    "star_bold_to_dash": star_bold_to_dash,
    "star_bold_to_own_line": star_bold_to_own_line,
    "star_bold_to_numbered": star_bold_to_numbered,
    "star_bold_to_headings": star_bold_to_headings,
    "star_synonyms": star_synonyms,
    "principles_as_trailing_tags": principles_as_trailing_tags,
    "question_as_prompt": question_as_prompt,
    "question_as_q": question_as_q,
    "question_as_blockquote": question_as_blockquote,
    "question_as_plain_label": question_as_plain_label,
    "question_as_italic": question_as_italic,
    "timing_dash_minutes": timing_dash_minutes,
    "timing_brackets": timing_brackets,
    "timing_approx_mins": timing_approx_mins,
    "timing_short_units": timing_short_units,
    "timing_spelled_units": timing_spelled_units,
    "timing_approx": timing_approx,
    "steps_as_step_n": steps_as_step_n,
    "steps_as_paren": steps_as_paren,
    "weeks_as_bold_lines": weeks_as_bold_lines,
    "weeks_as_list_items": weeks_as_list_items,
    "weeks_as_table_rows": weeks_as_table_rows,
    "timed_headings_as_bold_lines": timed_headings_as_bold_lines,
    "timed_headings_as_numbered_list": timed_headings_as_numbered_list,
}


# --- what must read the same ------------------------------------------------------------

_LEADING_NUMBER = re.compile(r"^(?:(?:story|step|scenario)\s+)?\d+\s+")
_LEVEL_WORD = re.compile(r"\blevel (\d)\b")
_TRAILING_TIMING = re.compile(r"(?:\s+\d+)?\s+\d+\s*(?:m|mins?|minutes)$")


def _title(title: str) -> str:
    """A title as compared: normalised (case, emoji, punctuation), without a leading number
    or a trailing timing (a timing's rewrite is no new title)."""
    return _TRAILING_TIMING.sub("", _LEADING_NUMBER.sub("", _LEVEL_WORD.sub(r"l\1", norm(title))))


@dataclass(frozen=True)
class ItemRead:
    kind: str
    title: str
    levels: tuple[str, ...]
    star: tuple[tuple[str, Any], ...]  # part name, stated (min, max) seconds or None
    principles: tuple[str, ...]
    probes: int
    phases: tuple[Any, ...]  # stated (min, max) minutes or None, one per phase
    weeks: tuple[tuple[int, int, str], ...]


def read_signature(text: str, path: Path) -> tuple[ItemRead, ...]:
    """What the app reads from `text` (as the file at `path`) that no rewrite may change."""
    return tuple(_item_read(item) for item in parse_text(text, path).items)


def _item_read(item: Any) -> ItemRead:
    star: tuple[tuple[str, Any], ...] = ()
    principles: tuple[str, ...] = ()
    probes = 0
    phases: tuple[Any, ...] = ()
    weeks: tuple[tuple[int, int, str], ...] = ()
    if isinstance(item, BehavioralScenario):
        star = tuple((s.name.lower(), (s.min_seconds, s.max_seconds) if s.timing == "file" else None) for s in item.star)
        principles = tuple(sorted(item.canonical_principles))
        probes = len(item.probes)
    elif isinstance(item, SystemDesignProblem):
        phases = tuple((p.min_minutes, p.max_minutes) if p.timing == "file" else None for p in item.phases)
        probes = len(item.follow_ups)
    elif isinstance(item, PracticePlan):
        weeks = tuple((w.first, w.last, norm(w.goals)) for w in item.weeks)
    return ItemRead(item.kind, _title(item.title), tuple(item.levels), star, principles, probes, phases, weeks)


def compare(before: tuple[ItemRead, ...], after: tuple[ItemRead, ...]) -> str | None:
    """None when both read the same; else the first difference, in words."""
    if len(before) != len(after):
        return f"{len(before)} items read before, {len(after)} after"
    for old, new in zip(before, after, strict=True):
        for name in ItemRead.__dataclass_fields__:
            if getattr(old, name) != getattr(new, name):
                return f"{old.title!r}: {name} {getattr(old, name)!r} -> {getattr(new, name)!r}"
    return None
