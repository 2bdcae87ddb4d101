"""Heading lines in a file written with no Markdown headings at all, found by their shape
and written as the headings they are, line for line, before the file is read again.

Authors who write plain text still mark where a part begins, in ways a reader
sees at once:
- numbered lines, counted on through the file from 1 (`1. A time when …`, `2) …`, `(3) …`, `1️⃣ …`; a number
  skipped, `5.` then `7.`, is still counting on, and so are two written out of order, one
  number in ten at most, as long as none comes twice; keycap lines so counted are the parts
  whatever `1.` lines they hold; in plain text a number run into its words, `1.What …`, or alone
  over the line it numbers, `3.` over `Describe …`, and after a `---` rule a second batch counting
  on by itself, `3.`, `7.`, `8.`), each followed by text of its own, at
  the margin or a nested list: each is a heading over that text (a question over its answer),
  the text indented into its item moved out with it;
- short lines opening with the same symbol, three times or more (`⭐ Situation`,
  `⭐ Action`, `⭐ Result`), or each with a symbol of its own, four or more (`📌 Problem
  Statement`, `🎯 Functional Requirements`): each short line opening with a symbol is a heading, the
  file's first line its title (or a banner line written again before each part, its first
  time);
- else short lines wholly in bold at the margin (`**Storage**`, `**2. Estimation Of Scale**`,
  `1. **MVP:**`), three or more and not labels the reader knows (`**Situation:**`): each a
  heading, the file's first line its title when it is one of them (two or more naming weeks,
  `**Week 1: …**`, are headings over the others, their days, and no title);
- else short lines ending in a colon, each opening a paragraph (`functional requirement:`,
  `View feed:`), three or more, none a label the reader knows nor said twice: each a heading,
  a short first line alone the title;
- else short plain lines at the margin, each opening a paragraph right over a list (`Producer`
  over `* Use property acks`; or alone in a paragraph, a blank line before the list), three or
  more, none said twice nor a name in code (`prompt_service`): each a heading;
- else short plain lines that ask, alone on their line (`Why Amazon?`, `Most challenging project?`,
  a note in parentheses after the mark at most), each over a longer line that answers it, three or
  more: each a heading, a question over its answer;
- lines that open with a part's code and number, counted on from 1 (`PART 1: INTRO (≈ 12–15
  minutes)`, `PART 2: …`), three or more: headings beside the other shapes' marks.
A numbered list with no text between its items, or symbols opening sentences, are neither.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import pairwise

from systemcraft_tui.content.fences import outside_fences
from systemcraft_tui.content.labels import meaning
from systemcraft_tui.content.markdown_tree import KEYCAP, THEMATIC_BREAK
from systemcraft_tui.content.names import is_plain_answer_label, normalize
from systemcraft_tui.content.plan import week_match

# "1. …", "2) …", "(3) …", a keycap "1️⃣ …"; in plain text, the number run into its words ("1.What is …").
_NUMBERED = re.compile(r"^\(?(\d{1,3})(?:[.)]\s+|\.(?=[^\W\d_])|\ufe0f?\u20e3\s*)(\S.*)$")
_MOSTLY = 10  # at most one number in ten written out of order
_SHORT_WORDS = 10  # a heading line names a part; a longer one is a sentence
_FEWEST = 3


def with_headings_found(text: str) -> str:
    """The text with its heading lines marked as headings; the text itself when none are
    found by these shapes."""
    lines = text.split("\n")
    prose = list(outside_fences(lines))
    numbered = _numbered_headings(lines, prose)
    symbols = _symbol_headings(lines, prose)
    if numbered and symbols and _within_one(numbered, symbols):
        # `🧩 Key Components` over `1. Gateway`, `2. Queue`: the numbered lines are one section's parts.
        marked = symbols | dict.fromkeys(numbered, 3)
    else:
        marked = (
            numbered
            or symbols
            or _bold_headings(lines, prose)
            or _colon_headings(lines, prose)
            # Plain lines of the same rank: the three shapes marked together.
            or (_list_labels(lines, prose) | _asked_lines(lines, prose) | _story_lines(lines, prose))
        )
    # Coded parts (`PART 2: …`) beside the other marks: headings of the same rank, in file order.
    marked |= _coded_headings(lines, prose)
    marked |= _parts_of_weeks(lines, prose, marked)
    if not marked:
        return text
    if numbered:
        lines = _out_of_items(lines, numbered)
        # A number alone over the line it numbers moves onto it ("3." over "Describe …" heads "3. Describe …"),
        # and a number run into its words is set apart from them ("1.What" as "1. What").
        lone = {index + 1: found[1] for index, line in enumerate(lines) if index + 1 in numbered and (found := _LONE_NUMBER.match(line))}
        lines = ["" if index + 1 in lone else f"{lone[index]}. {line}" if index in lone else line for index, line in enumerate(lines)]
        lines = [_RUN_INTO.sub(r"\1 ", line) if index in numbered else line for index, line in enumerate(lines)]
        # A question the file wrapped onto the next line (`… turned out to be wrong. Why was it wrong and what did you` over
        # `do next?`) is its heading's whole, that line left blank where it was.
        wrapped = {index for index in numbered if _wraps_on(lines, index)}
        lines = [f"{line.rstrip()} {lines[index + 1].strip()}" if index in wrapped else "" if index - 1 in wrapped else line for index, line in enumerate(lines)]
    return "\n".join(
        f"{'#' * level} {_heading_text(lines[index])}" if (level := marked.get(index)) else line
        for index, line in enumerate(lines)
    )


def may_mark_bold_parts(text: str) -> bool:
    """Whether the text holds enough lines opening in bold for with_bold_parts_marked to mark
    any, known without parsing it."""
    return text.count("\n**") >= _FEWEST


def with_bold_parts_marked(text: str, title: int, level: int) -> str:
    """The text with the parts under its one heading (its title, at line `title`) marked as
    headings at `level` where short lines wholly in bold, unnumbered and asking nothing, name
    them (`# System Design 3` over `**Designing Dropbox**`, `**Feature Requirements**`,
    `**Caching**`), three or more as on a page with no heading, a question among them too
    (`**What to be designed?**`); the text itself when none do. Numbered bold lines stay a
    list's items under a title, and bold questions as many as the parts or more stay
    questions over their answers."""
    lines = text.split("\n")
    prose = [index for index in outside_fences(lines) if index >= title]
    marked = _bold_headings(lines, prose)
    named = [index for index in marked if lines[index][:1] == "*"]
    parts = [index for index in named if not lines[index].rstrip(" *:").endswith(("?", "\uff1f"))]
    if len(parts) < _FEWEST or 2 * len(parts) <= len(named) or 2 * len(named) < len(marked):
        return text
    return "\n".join(f"{'#' * level} {_heading_text(line)}" if index in named else line for index, line in enumerate(lines))


def _within_one(inner: dict[int, int], outer: dict[int, int]) -> bool:
    """Whether the `inner` heading lines all fall in one of the sections the `outer` ones open,
    not before the first (a page's sections, one of them counting its parts)."""
    opening = {max((index for index in outer if index < line), default=-1) for line in inner}
    return len(opening) == 1 and -1 not in opening


# A week's part named alone on its line in a plan written as text ("Goal", then the goal; "Build", then what to build).
_WEEK_PART = re.compile(r"^(?:goals?|objectives?|build|what to build|deliverables?|outcomes?|tasks?)$")


def _parts_of_weeks(lines: list[str], prose: list[int], marked: dict[int, int]) -> dict[int, int]:
    """Lines at the margin naming a part of a week (`Goal`, `Build`) with text under them, below
    two or more headings found that name weeks (`📍 WEEK 1 - …`): a heading each, a level deeper."""
    weeks = sorted(index for index in marked if week_match(lines[index]))
    if len(weeks) < 2:
        return {}
    level = marked[weeks[0]] + 1
    return {
        index: level
        for index in prose
        if index > weeks[0]
        and index not in marked
        and index + 1 < len(lines)
        and lines[index + 1].strip()
        and lines[index] == lines[index].lstrip()
        and _WEEK_PART.match(normalize(lines[index]))
    }


# "**Design a photo sharing service**:": a colon after a bold name that heads its part is no part of the name.
_CLOSING_COLON = re.compile(r"\*\*\s*:$")


def _heading_text(line: str) -> str:
    """A line's words as a heading: its closing colon and brackets around its bold name left out."""
    return _CLOSING_COLON.sub("**", _BRACKETED_BOLD.sub(lambda bold: bold[1], _bold_in_markdown(line.strip())))


_BRACKETED_BOLD = re.compile(r"\[(\*\*[^*\[\]]+\*\*)\]")  # "1️⃣ [**Problem Statement**]": brackets around the bold name, no part of it


def _out_of_items(lines: list[str], numbered: dict[int, int]) -> list[str]:
    """The lines under each numbered line, as they read once it is a heading: what was indented
    to sit in its list item (`    - a note` under `1. …`) moves left by the number's width, so
    that a note stays a list item rather than turning into a code block."""
    out, width = list(lines), 0
    for index, line in enumerate(lines):
        if index in numbered:
            found = _NUMBERED.match(line)
            width = found.start(2) if found else 0
        elif width and line[:width].isspace() and len(line) > width:
            out[index] = line[width:]
    return out


def _numbered_headings(lines: list[str], prose: list[int]) -> dict[int, int]:
    """Numbered lines counted on from 1 at the left margin, most of them followed by text that
    is not numbered: the questions (or parts) over their answers."""
    numbered = [(index, int(found[1])) for index in prose if (found := _NUMBERED.match(lines[index]))]
    # "3." alone on its line over the words it numbers, in plain text: that next line is the numbered one.
    lone = _lone_numbers(lines, prose)
    numbered = sorted([*numbered, *lone.items()])
    keycaps = [(index, number) for index, number in numbered if KEYCAP.match(lines[index])]
    if len(keycaps) >= _FEWEST and keycaps[0][1] == 1 and len({number for _, number in keycaps}) == len(keycaps):
        numbered = keycaps  # `1️⃣ …` lines count the parts; lines numbered `1.` inside them list a part's points
    if parts := _counted(lines, numbered):
        return parts
    # Numbered two ways (`(1) 1B users` … `(9) …` in the assumptions, then `1. What is Twitter?` …
    # over their text): the parts are the lines numbered one way that count on and are answered.
    # A number alone over its words is written as plainly as one run into them ("3." over "Describe …", "7.Tell me …").
    styles = {index: f"#.{_RUN_IN}" if index in lone else _style(lines[index]) for index, _ in numbered}
    for style in dict.fromkeys(styles.values()):
        if len(set(styles.values())) > 1 and (parts := _counted(lines, [(i, n) for i, n in numbered if styles[i] == style])):
            return parts
    for style in dict.fromkeys(styles.values()):
        if parts := _counted_in_batches(lines, [(i, n) for i, n in numbered if styles[i] == style]):
            return parts
    return {}


def _wraps_on(lines: list[str], index: int) -> bool:
    """Whether a numbered line is a sentence broken off where the file wraps its text: a long line
    (no part's name) that closes no sentence, over one at the margin going on in lower case."""
    text, after = lines[index].strip(), lines[index + 1] if index + 1 < len(lines) else ""
    return len(text.split()) > _SHORT_WORDS and not text.endswith((".", "?", "!", ":")) and after[:1].islower()


_LONE_NUMBER = re.compile(r"^(\d{1,3})\.\s*$")


def _lone_numbers(lines: list[str], prose: list[int]) -> dict[int, int]:
    """The lines numbered by a number alone on the line above them (`3.` over `Describe an example …`), by their number."""
    return {
        index + 1: int(found[1])
        for index in prose
        if (found := _LONE_NUMBER.match(lines[index])) and index + 1 < len(lines) and lines[index + 1].strip() and not _NUMBERED.match(lines[index + 1])
    }


def _counted_in_batches(lines: list[str], numbered: list[tuple[int, int]]) -> dict[int, int]:
    """Numbered lines in batches that rules divide, the first counted on from 1 (as _counted asks) and
    each later one counting on by itself (`3.`, `7.`, `8.` after a rule below `1.` … `19.`: more questions
    picked from a list, numbered as they are there): the parts."""
    rules = [index for index, line in enumerate(lines) if THEMATIC_BREAK.match(line.rstrip("\r"))]  # a rule between two batches of numbered parts
    batches = [[(i, n) for i, n in numbered if before < i < after] for before, after in pairwise([-1, *rules, len(lines)])]
    batches = [batch for batch in batches if batch]
    if len(batches) < 2 or not (first := _counted(lines, batches[0])):
        return {}
    if any(later <= earlier for batch in batches[1:] for (_, earlier), (_, later) in pairwise(batch)):
        return {}
    return first | {index: 2 for batch in batches[1:] for index, _ in batch}


def _style(line: str) -> str:
    """How a line is numbered, its number aside: "#." or "#)", "(#)", a keycap; "#." run into
    its words ("1.What …") is a style of its own beside "1. Coding skill" in the answers under it."""
    found = _STYLE.match(line)
    if not found:
        return ""
    style = re.sub(r"\d+", "#", found[0])
    return style + _RUN_IN if line[found.end() : found.end() + 1].isalpha() else style


_RUN_IN = "~"  # the mark of a number run into its words
_RUN_INTO = re.compile(r"^(\d{1,3}\.)(?=[^\W\d_])")


_STYLE = re.compile(r"^\(?\d{1,3}(?:[.)]|\ufe0f?\u20e3)")


def _counted(lines: list[str], numbered: list[tuple[int, int]]) -> dict[int, int]:
    """The numbered lines as parts, when they count on from 1 and most are followed by text."""
    numbers = [number for _, number in numbered]
    # Counted on from 1, a number skipped here and there ("5." then "7."), never counted again;
    # two written in the wrong order ("21." before "20.") still count on.
    if len(numbered) < _FEWEST or numbers[0] != 1 or len(set(numbers)) < len(numbers):
        return {}
    if _MOSTLY * sum(later < earlier for earlier, later in pairwise(numbers)) > len(numbers):
        return {}
    ends = [index for index, _ in numbered[1:]] + [len(lines)]
    answered = sum(any(lines[i].strip() for i in range(index + 1, end)) for (index, _), end in zip(numbered, ends, strict=True))
    return {index: 2 for index, _ in numbered} if 2 * answered >= len(numbered) else {}


# "PART 2: MESSAGE FLOW (≈ 15–18 minutes)", "Step 3 – Storage": a part's code and its number
# at the margin, the line no sentence.
_CODED = re.compile(r"^(?:part|step|phase|stage|section|round)\s+(\d{1,2})\b[^.!?]*$", re.IGNORECASE)


def _coded_headings(lines: list[str], prose: list[int]) -> dict[int, int]:
    """Lines that open with a part's code and number, counted on from 1, three or more."""
    coded = [(index, int(found[1])) for index in prose if (found := _CODED.match(lines[index].strip()))]
    if len(coded) < _FEWEST or [number for _, number in coded] != list(range(1, len(coded) + 1)):
        return {}
    return {index: 2 for index, _ in coded}


# "Why Amazon?", "The biggest mistake you made? (earn trust)": a line that asks, a note in parentheses after it at most.
# A second question may follow on the line (`… a lacking colleague? What did you do?`): one prompt and its follow-up.
_ASKED = re.compile(r"^[^\W\d_][^?]*\?(?:[^?]+\?)?(?:\s*\([^()]*\))?$")
_ASKED_WORDS = 16  # a question alone on its line asks in a sentence; a longer line tells


def _asked_lines(lines: list[str], prose: list[int]) -> dict[int, int]:
    """Short lines at the margin that ask, each over a longer line (the first of its answer, a
    blank line between at most), three or more: the questions over their answers."""
    asked = {}
    for index in prose:
        text = lines[index].strip()
        if not _ASKED.match(lines[index].rstrip()) or len(text.split()) > _ASKED_WORDS:  # a Windows line end too
            continue
        after = next((line.strip() for line in lines[index + 1 : index + 3] if line.strip()), "")
        if len(after.split()) > len(text.split()) and not _ASKED.match(after):
            asked[index] = 2
    return asked if len(asked) >= _FEWEST else {}


# `* Situation: …`, `Situation - …`, `**Situation:**`: the line that opens a story's first part.
_OPENS_STORY = re.compile(r"^ {0,3}(?:[-*+]\s+)?(?:\*\*|__)?situation\b", re.IGNORECASE)
_PUT = re.compile(r"^\S{1,3}>")  # `Q> Tell me about …`
_STORY_LINE_WORDS = 30  # a question asked over a story, a long one too; a longer line is the story's own text
_FEW_STORIES = 2


def _story_lines(lines: list[str], prose: list[int]) -> dict[int, int]:
    """Plain lines right over a story's first part (`How did you earn trust.` over `* Situation: …`),
    whatever they end with (a full stop, a follow-up question, a project in brackets) or a bare
    topic (`Cloud spend cut`), two or more: the questions or names of the stories told."""
    found = {}
    for index in prose:
        if index + 1 >= len(lines) or not _OPENS_STORY.match(lines[index + 1]):
            continue
        text = lines[index].strip()
        if not text or lines[index][:4].isspace() or text[0] in "#>|" or _LIST_START.match(text) or _OPENS_STORY.match(text):
            continue
        if _PUT.match(text):
            continue  # a question marked as put, read by its story's own rule over the parts
        label = text.strip("*_: ")
        if len(text.split()) > _STORY_LINE_WORDS or meaning(normalize(label)) is not None or is_plain_answer_label(label):
            continue  # the end of a story's text, or a label the reader knows (`Answer:`, `**STAR**`)
        found[index] = 2
    return found if len(found) >= _FEW_STORIES else {}


# "**Storage**", "**2. Estimation Of Scale**", "1. **Minimum Viable Product:**": a whole line in bold
# at the margin, numbered or not, a colon after it at most.
_BOLD_LINE = re.compile(r"^(?:\d{1,3}[.)]\s+)?\*\*([^*]+)\*\*\s*:?\s*$")
# "<b>Database Design:</b><br>": the same line bolded in HTML, as notes written for a web page
# are, a line break after it. Its words are read as they would be in `**…**`.
_HTML_BOLD_LINE = re.compile(r"^<(b|strong)>\s*([^<>*]+?)\s*</\1>\s*:?\s*(?:<br\s*/?>\s*)?$", re.IGNORECASE)


def _bold_headings(lines: list[str], prose: list[int]) -> dict[int, int]:
    """Whole lines in bold at the margin, short, three or more: the parts' names, the first
    line the title when it is one of them. Not labels the reader knows (`**Situation:**`,
    `**Question:**`): those are read as labels, over their text."""
    found = [
        (index, bold[1]) for index in prose if lines[index][:1] in _BOLD_OPENING and (bold := _BOLD_LINE.match(_bold_in_markdown(lines[index])))
    ]
    named = {
        index: words
        for index, words in found
        if len(words.split()) <= _SHORT_WORDS and meaning(normalize(_NUMBER.sub("", words))) is None
    }
    if len(named) < _FEWEST or 2 * len(named) < len(found):
        return {}  # fewer than three, or mostly labels the reader knows: a story's or a form's lines
    first = next((index for index in prose if lines[index].strip()), -1)
    weeks = [index for index, words in named.items() if _WEEK_LINE.match(words)]
    if len(weeks) >= 2 and len(weeks) < len(named):
        # "**Week 1: …**" over "**Day 1-2: …**" lines: a plan's weeks over their days, the first
        # line one of the weeks, no title.
        return {index: 2 if index in weeks else 3 for index in named}
    levels = {index: 1 if index == first else 2 for index in named}
    # "**Requirements**" right over "**Functional requirements:**" and "**Non-functional requirements:**":
    # a group of the parts after it that name it, nothing of its own between.
    order = sorted(named)
    for n, (index, after) in enumerate(pairwise(order)):
        group = normalize(named[index]).split()[-1:] if levels[index] == 2 else []
        if group and not any(lines[between].strip() for between in range(index + 1, after)):
            for member in order[n + 1 :]:
                if group[0] not in normalize(named[member]).split():
                    break
                levels[member] = 3
    return levels


_WEEK_LINE = re.compile(r"^\W*weeks?\s*\d", re.IGNORECASE)


_BOLD_OPENING = tuple("*0123456789<")


def _bold_in_markdown(line: str) -> str:
    """A line wholly bold in HTML (`<b>Requirements</b><br>`) written in Markdown's marks; any other as it is."""
    found = _HTML_BOLD_LINE.match(line) if line[:1] == "<" else None
    return f"**{found[2]}**" if found else line


# "functional requirement:", "View feed:": a short name alone on its line, ending in a colon.
_COLON_LINE = re.compile(r"^([^\s:*#>|-][^:]*):$")


def _colon_headings(lines: list[str], prose: list[int]) -> dict[int, int]:
    """Short lines ending in a colon, each opening a paragraph (a blank line or the file's
    start before it) with text under it, three or more and not labels the reader knows
    (`Situation:`) nor said twice: the parts' names. A short first line with no colon, alone, is the title."""
    named = [
        index
        for index in prose
        if (found := _COLON_LINE.match(lines[index].strip()))
        and len(found[1].split()) <= _SHORT_WORDS
        and (index == 0 or not lines[index - 1].strip())
        and index + 1 < len(lines)
        and lines[index + 1].strip()
        and meaning(normalize(found[1])) is None
    ]
    said = Counter(normalize(lines[index]) for index in named)
    if len(named) < _FEWEST or max(said.values()) > 1:
        return {}  # a name said again ("Topics:" in every week) labels a part's lines, no part
    marked = dict.fromkeys(named, 2)
    if (first := _title_line(lines, prose)) is not None and first not in marked:
        marked[first] = 1
    return marked


_LIST_START = re.compile(r"^[-*+]\s+\S|^\d{1,3}[.)]\s+\S")
_LABEL_WORDS = 6
# "Non Functional reqs.", "Misc.": a label whose last word is cut short, its dot no sentence's end.
_ABBREVIATED = re.compile(r"\b(?:reqs?|misc|etc|approx|est|impl|arch|perf|config|info|ops|calc|mgmt|avg|max|min)\.$", re.IGNORECASE)


def _list_labels(lines: list[str], prose: list[int]) -> dict[int, int]:
    """Short plain lines at the margin, each opening a paragraph right over a list (`Producer`
    over `* Use property acks`), no sentence, label nor name in code, three or more and none
    said twice: the parts' names."""
    named = [
        index
        for index in prose
        if (text := lines[index].strip())
        and lines[index][:1] not in " \t"
        and len(text.split()) <= _LABEL_WORDS
        and (not text.endswith((".", ":", "?", "!", ",")) or _ABBREVIATED.search(text) is not None)
        and "_" not in text  # `prompt_service` over its notes: a component's name in code, no part of the page
        and not _LIST_START.match(text)
        and (index == 0 or not lines[index - 1].strip())
        and _over_list(lines, index)
    ]
    said = Counter(normalize(lines[index]) for index in named)
    if len(named) < _FEWEST or max(said.values()) > 1:
        return {}
    marked = dict.fromkeys(named, 2)
    # A short first line alone over them titles them, as over lines ending in a colon
    # (`Tiny url requirements`, a blank line, then `Functional Requirements` over its list);
    # a bullet alone first (`- payroll export slip`) is a list's item still, and a heading is one already.
    if (first := _title_line(lines, prose)) is not None and first not in marked and not _LIST_START.match(first_line := lines[first].strip()) and first_line[:1] != "#":
        marked[first] = 1
    return marked


def _over_list(lines: list[str], index: int) -> bool:
    """Whether a list opens on the line after `index`, or after blank lines (`Sharding`, a blank
    line, then `- hash the key …`: the label alone in its paragraph, as many notes space them)."""
    after = next((line for line in lines[index + 1 :] if line.strip()), None)
    return after is not None and _LIST_START.match(after) is not None


def _title_line(lines: list[str], prose: list[int]) -> int | None:
    """The file's first line when it is short and alone (a blank line under it, or a remark in
    parentheses: `(Supports email, push and SMS)`), with no colon and no sentence's closing mark:
    the title over the parts found."""
    first = next((index for index in prose if lines[index].strip()), -1)
    title = lines[first].strip() if first >= 0 else ""
    under = lines[first + 1].strip() if first + 1 < len(lines) else None
    alone = under is not None and (not under or (under.startswith("(") and under.endswith(")")))
    short = len(title.split()) <= _SHORT_WORDS and not title.endswith((".", "?", "!"))
    return first if first >= 0 and alone and ":" not in title and short else None


_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s*")


def _symbol_headings(lines: list[str], prose: list[int]) -> dict[int, int]:
    """Short lines that open with a symbol (an emoji, a star), when three or more open with the
    same one: every short line opening with a symbol is a heading, the first line the title."""
    opened = {index: symbol for index in prose if (symbol := _opening_symbol(lines[index]))}
    counts = Counter(opened.values())
    # ... or each line its own symbol, four or more (`🏢 Title`, `📌 Problem Statement`, `🎯 Functional
    # Requirements`, `❓ Follow-Up Questions`): a page's sections, each marked for what it holds (a
    # symbol used twice among a dozen, `✅ Core Features` and `✅ Summary Table`, as well).
    own = len(counts) >= _OWN_SYMBOLS and len(counts) * 4 >= len(opened) * 3
    if not opened or (max(counts.values()) < _FEWEST and not own):
        return {}
    first = next((index for index in prose if lines[index].strip()), -1)
    # A line written again word for word is a banner: the first time, it titles the file.
    said = Counter(lines[index].strip() for index in opened)
    banner = next((index for index in opened if said[lines[index].strip()] > 1), None)
    marked = {index: 2 for index in opened if said[lines[index].strip()] == 1}
    if banner is not None or first in marked:
        marked[banner if banner is not None else first] = 1
    elif (title := _title_line(lines, prose)) is not None and title not in opened:
        marked[title] = 1  # "12 Week Roadmap for 2026" alone over `📍 WEEK 1 - …`
    return marked


_OWN_SYMBOLS = 4
_DRAWING = re.compile("[\u2500-\u259f]")  # box-drawing and block characters: a diagram's lines, no heading's mark


def _opening_symbol(line: str) -> str | None:
    """The symbol a short line opens with, when the rest is a name, not a sentence."""
    text = line.strip()
    if not text or unicodedata.category(text[0]) != "So" or _DRAWING.match(text):
        return None
    rest = text[1:].lstrip("\ufe0f\u200d ").strip()
    if not rest or len(rest.split()) > _SHORT_WORDS or rest.endswith((".", "!", "?", ":")):
        return None
    return text[0]
