"""Pieces shared by the template readers: the per-file context, ids, levels, lists,
tables and follow-up questions in the shapes authors write them."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from systemcraft_tui.content.ids import slug
from systemcraft_tui.content.labels import ANSWER_ABROAD
from systemcraft_tui.content.markdown_tree import (
    Block,
    Code,
    Document,
    Line,
    ListBlock,
    ListItem,
    Paragraph,
    Run,
    Section,
    Table,
    block_lines,
)
from systemcraft_tui.content.model import Criterion, Origin, Probe, Problem
from systemcraft_tui.content.names import (
    LABEL_SEPARATORS,
    SPEAKER,
    answer_kind,
    closes_page,
    file_title,
    is_answer_label,
    is_plain_answer_label,
    is_question_label,
    normalize,
    strip_quotes,
    without_symbols,
)
from systemcraft_tui.content.questions import asks

# "L6", "l7", and "Level 6" where it opens the text or a part of it ("Level 6 Scenario",
# "(Level 6)", "Level: 6"), not "a level 6 outage" inside a phrase.
_LEVEL = re.compile(r"\bL(\d{1,2})\b|(?:^|[(\[:|—\u2013]|\s-)\s*Level\s*[:-]?\s*(\d{1,2})\b", re.IGNORECASE)
# What every level holds, "L6" or "level" in any case (no other letter folds to these), found
# by a fast search for the L before _LEVEL is tried at each character.
_LEVEL_MARK = re.compile(r"[Ll](?:\d|[Ee][Vv][Ee][Ll])")
# `**Level:** L6`, `*Target level: L7*`, `Level 6 · 45-minute round` on a line of its own.
_LEVEL_LABEL = re.compile(r"^(?:target\s+)?level\s*(?::|\d)", re.IGNORECASE)
# "(L6)" or "(Level 6, Principal)" after a title, or " - L6" at its end: the level is read,
# not part of the title.
_LEVEL_IN_PARENS = r"\s*\((?:L\d{1,2}|Level\s*\d{1,2})\b[^()]*\)"
_LEVEL_AFTER_DASH = r"\s+[-\u2013—]\s*(?:L\d{1,2}|Level\s*\d{1,2})\s*$"
_LEVEL_NOTE = re.compile(f"{_LEVEL_IN_PARENS}|{_LEVEL_AFTER_DASH}", re.IGNORECASE)
_CLOSING_LEVEL = re.compile(f"(?:{_LEVEL_IN_PARENS}\\s*$)|{_LEVEL_AFTER_DASH}", re.IGNORECASE)


def without_closing_level(text: str) -> str:
    """The heading without the level that closes it ("Title (Think Big) - L7", "… (L6)")."""
    end = text.rstrip()[-1:]
    if end == ")" and not _LEVEL_OPENS.match(text, text.rfind("(") + 1):
        # Closing parentheses hold a level only in the last ones, and only opening with it:
        # "(Payments 1)" holds none, known before _CLOSING_LEVEL is tried at every character.
        return text
    return _CLOSING_LEVEL.sub("", text) if end == ")" or end.isdigit() else text


_LEVEL_OPENS = re.compile(r"L\d|Level", re.IGNORECASE)  # how _LEVEL_IN_PARENS's words open
# Where _LEVEL_NOTE may match but at the end: at a level opening parentheses.
_LEVEL_NOTE_OPENS = re.compile(r"\((?:L\d|Level)", re.IGNORECASE)


_SEPARATOR = re.compile(r"\s+[-\u2013—]\s+|:\s+")
_Q_PREFIX = re.compile(r"^(?:\(follow[\s-]?ups?\)\s*|(?:q\d*|probe\s*#?\d*|follow[\s-]?up\s*#?\d*)\s*[:.]\s*)", re.IGNORECASE)
# ... or the same mark closing the heading's question ("What would you change now? (follow-up)").
FOLLOW_UP_CLOSING = r"(?<=\?)\s*\(follow[\s-]?ups?\)\W*$"
_Q_SUFFIX = re.compile(FOLLOW_UP_CLOSING, re.IGNORECASE)
_A_PREFIX = re.compile(r"^a\d*\s*[:.]\s*", re.IGNORECASE)


def _shortened(message: str) -> str:
    """A message with each name it quotes at great length (a heading of a whole paragraph, or
    of 200,000 characters) cut to its opening words: the line number says where the rest is."""
    if len(message) <= _LONG_MESSAGE:
        return message  # most messages: nothing quoted is long
    return _LONG_QUOTED.sub(lambda quoted: f"{quoted[1]}{quoted[2][:_QUOTED_KEPT].rstrip()}\u2026{quoted[1]}", message)


_LONG_MESSAGE = 300
_QUOTED_KEPT = 80
# A name quoted as repr() quotes it, in single or double quotes, longer than a heading's usual length.
_LONG_QUOTED = re.compile(r"(['\"])([^'\"\n]{120,})\1")


@dataclass
class FileContext:
    """What a reader needs to know about the file it reads, and where it reports."""

    path: Path
    document: Document
    problems: list[Problem] = field(default_factory=list)

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, "error", _shortened(message)))

    def warning(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, "warning", _shortened(message)))

    def origin(self, line: int) -> Origin:
        return Origin(self.path, line)

    def content_hash(self, section: Section) -> str:
        """A fingerprint of the section's own source lines: a log entry can tell
        whether the scenario changed since it was rehearsed."""
        text = "\n".join(self.document.source_lines[section.line - 1 : section.end_line])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def item_fields(section: Section, ctx: FileContext, *, file_level: bool) -> tuple[Section, dict[str, Any]]:
    """What every design problem, deep dive and plan takes from where it sits: its id,
    title, levels and origin. An item that is the whole file takes the file name as its
    id and the first heading as its title; one of several in a file takes its heading,
    and an id from the file name and that heading."""
    if file_level:
        top = page_heading(ctx.document.root, ctx.document.title) or ctx.document.root
        # the page's name, not its file's; with none, the file's (a README's, its folder's)
        title = top.title.text or bold_title(ctx.document.root) or file_title(ctx.document.name or ctx.path.stem)
        if top is not ctx.document.root and len(ctx.document.root.children) > 1 and (bold := bold_title(ctx.document.root)):
            title = bold  # a bold line over the page's several top headings names it: they are its sections
        item_id, hashed = slug(ctx.path.stem), ctx.document.root
    else:
        top = hashed = section
        code, title = split_title(section.title.text)
        item_id = f"{slug(ctx.path.stem)}/{slug(id_part(code, without_numbering(title)))}"
        title = without_numbering(without_symbols(section.title.text))
    fields = {
        "id": item_id,
        "title": title,
        "levels": levels_in(title),
        "origin": ctx.origin(top.line),
        "content_hash": ctx.content_hash(hashed),
    }
    return top, fields


_FRONT_TITLE = re.compile(r"""^title\s*[:=]\s*(?P<q>["']?)(?P<title>.+?)(?P=q)\s*$""")


def front_matter_title(source_lines: list[str]) -> str | None:
    """The `title:` of a page's YAML front matter (Jekyll, Hugo), or `title = …` of its TOML
    front matter (Hugo, Zola), the name a site shows for a page that has no heading of its own."""
    fence = source_lines[0].strip() if source_lines else ""
    if fence not in ("---", "+++"):
        return None
    for line in source_lines[1:]:
        if line.strip() == fence:
            return None
        if found := _FRONT_TITLE.match(line):
            return found["title"].strip() or None
    return None


# "L6 Scenario", "Level 6 Scenario", "Story": a code that tells items apart only by what
# follows it, so an id made from it alone would repeat within a file.
_GENERIC_CODE_WORDS = re.compile(r"\b(?:L\d+|level\s*\d+|scenario|story|example|q|question|prompt)\b", re.I)


def id_part(code: str | None, title: str) -> str:
    """The author's code ("L6-ARL", "Story 2") when it names the item, else the title."""
    if code and re.search(r"[a-z0-9]", _GENERIC_CODE_WORDS.sub("", code), re.I):
        return code
    return title


# "1.", "#3)", "10b.", "B)", "1.2" (not "2.5 min pitch", a length), and keycap emoji digits ("1️⃣", "🔟") written as numbers.
_NUMBERING = re.compile(
    r"^\s*(?:#?\d+[a-z]?[.):]"
    r"|\d+(?:\.\d+)+\.?(?=\s+[^\W\d])(?!\s+(?i:mins?|minutes?|secs?|seconds?|hours?|hrs?|ms|[smhkx]|gb|mb|tb|million|billion)\b)"
    r"|[A-Z][.)]|\d\ufe0f?\u20e3|\U0001f51f)\s+"
    r"|^\s*\d{1,3}\s+[-\u2013\u2014]\s+(?=[^\W\d_])"  # "1 - Tell me about yourself.": numbered with a dash
    r"|^\s*[一二三四五六七八九十]{1,3}\s*[、\uff0e]\s*"  # "二、架构设计": numbered in Chinese, an enumeration comma after
)


@lru_cache(maxsize=4096)  # each heading's title, by nearly every rule that names it
def without_numbering(heading: str) -> str:
    """ "Outage During a Demo" from "1. Outage During a Demo", "B) Outage During a Demo" or
    "1.2 Outage During a Demo" (not "2.5 min pitch", a length)."""
    return _NUMBERING.sub("", heading).strip()


@lru_cache(maxsize=4096)  # each heading's title, by each kind's reader
def levels_in(text: str) -> tuple[str, ...]:
    """ "L6", "L7" named in a heading or label ("L6", "Level 7"), in order, each once."""
    if not _LEVEL_MARK.search(text):
        return ()  # most headings hold neither an L before a digit nor the word
    return tuple(dict.fromkeys(f"L{int(a or b)}" for a, b in _LEVEL.findall(text)))


def section_levels(section: Section) -> tuple[str, ...]:
    """The levels a heading names, or else a `**Level:** L6` line directly under it."""
    if found := levels_in(section.title.text):
        return found
    label_line = next((line for line in section.paragraph_lines() if _LEVEL_LABEL.match(line.text)), None)
    return levels_in(label_line.text) if label_line else ()


# "Payments cut-over ⭐⭐⭐⭐", "The flaky rig ★★★☆☆": the author's rating after a title, no word of it.
_RATING_MARKS = "\u2b50\u2605\u2606\ufe0f"
_RATING = re.compile(rf"\s*[{_RATING_MARKS}]+\s*$")


# "[Ownership] Seven Apps, One Engineer": a bracketed theme before a heading's title tags it
# as a code does (a bracket alone, "[Story Title]", is a blank to fill).
HEADING_TAG = re.compile(r"\[([A-Za-z][^\[\]]{1,38})\]\s+(?=\w)")


# "Step 2": a section's place among a page's steps, no code naming an item.
STEP_CODE = re.compile(r"^step\s*\d+$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a heading is split by several rules in turn
def split_title(heading: str) -> tuple[str | None, str]:
    """("L6 Scenario 4", "Resource Constraints") from "L6 Scenario 4: Resource Constraints",
    ("Ownership", "Seven Apps") from "[Ownership] Seven Apps", (None, "Tight Deadline") from
    "/Tight Deadline/7"; a level in parentheses, "(L6)", and a trailing star rating are dropped
    from the title."""
    # Each pattern is tried at every character: a cheap look first (most headings hold neither).
    if _LEVEL_NOTE_OPENS.search(heading) or heading.rstrip()[-1:].isdigit():
        heading = _LEVEL_NOTE.sub("", heading)
    if heading.rstrip()[-1:] in _RATING_MARKS:
        heading = _RATING.sub("", heading)
    heading = heading.strip()
    if "/" in heading[:6] and (wrapped := _SLASHED.fullmatch(heading)):
        return None, wrapped[1].strip()  # "/tight deadline/7": a topic wrapped in slashes, its count after it
    if heading[-1:] in ")\uff09" and (remarked := _REMARK_AFTER_COLON.fullmatch(heading)):
        return None, remarked[1]  # "Failure: (Customer Obsession, Earn Trust)": a remark on the name, no title
    if heading.startswith("[") and (tag := HEADING_TAG.match(heading)):
        return tag[1].strip(), heading[tag.end() :]
    # ": ", so a link (https://…) is no code; a full-width colon (U+FF1A) carries its own space
    for separator in (": ", "\uff1a", " \u2014 ", " \u2013 ", " · "):
        code, found, title = heading.partition(separator)
        if found and code.strip() and title.strip() and len(code) <= 40 and not _ONLY_TIMING.fullmatch(title.strip()):
            if _in_quotes(code):
                break  # "“How did you know it worked — latency or cost?”": a dash inside a quoted question splits nothing
            return code.strip(), title.strip()
    return None, heading


def _in_quotes(code: str) -> bool:
    """Whether a quote opened before a separator is still open there."""
    return code.count("\u201c") > code.count("\u201d") or code.count('"') % 2 == 1


_SLASHED = re.compile(r"(?:\d{1,3}[.)]\s+)?/([^/]+)/\s*\d*")  # numbered or not
# "Failure: (Customer Obsession, Earn Trust)": a name, a colon and only a remark in parentheses
# after it, the colon and the brackets perhaps full-width (U+FF1A, U+FF08, U+FF09).
_REMARK_AFTER_COLON = re.compile(r"(.+?)\s*[:\uff1a]\s*[(\uff08][^()\uff08\uff09]+[)\uff09]")
# "Full Version — 2 minutes": a timing after the dash times the heading; it is no title.
_ONLY_TIMING = re.compile(r"[~≈]?\d[\d.\s\-\u2013]*(?:s|secs?|seconds?|m|mins?|minutes?)\.?", re.IGNORECASE)


def bold_title(root: Section) -> str:
    """A page with no heading above its text, titled by a bold line alone (`**System Design
    Cheat Sheet**`, `**Design a chat system**:`)."""
    first = root.blocks[0] if root.blocks and isinstance(root.blocks[0], Paragraph) else None
    line = first.lines[0] if first and first.lines else None
    return line.lead_bold.rstrip(": ") if line and line.lead_bold and not line.after_lead.strip(": ") else ""


def page_heading(root: Section, title: Section | None) -> Section | None:
    """The heading that names the page: its title, else its one top heading ("## Cache"),
    or its first when those beside it only close the page ("### Conclusion")."""
    if title is not None or not root.children:
        return title
    first, *others = root.children
    return first if all(closes_page(other.title.text) for other in others) else None


def item_boundary(
    section: Section, others: list[Section], parents: dict[int, Section], names_a_part: Callable[[Section], bool]
) -> Section:
    """The heading where an item's evidence concentrates (the README's "Where an item
    starts"): evidence found under a heading that only names a part of the item (a STAR
    response, the follow-ups, the requirements) is the heading above's, when that heading
    holds no other item's evidence; a heading over several items is their container."""
    parent = parents.get(id(section))
    if parent is None or not names_a_part(section):
        return section
    alone = not any(other is not section and parent.line <= other.line <= parent.end_line for other in others)
    return parent if alone else section


def holding(root: Section, line: int) -> Section:
    """The innermost heading whose part of the file holds the line."""
    section = root
    while inner := next((child for child in section.children if child.line <= line <= child.end_line), None):
        section = inner
    return section


def split_name(text: str) -> tuple[str, str]:
    """("Scope", "team level") from "Scope - team level" or "Scope: team level"."""
    parts = _SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 2:
        return parts[0].strip(), parts[1].strip()
    return text.strip(), ""


def clean_label(label: str) -> str:
    return label.strip().rstrip(":").strip()


# Fences whose text is prose, declared so ("```text"): read as any other text.
PROSE_FENCES = {"text", "txt", "plain", "plaintext", "prose"}
# A fence with no language (or a prose one), its marks on lines of their own, in a page's raw
# text: its opening `mark`, the line end after it (`end`) and the lines inside (`body`).
PLAIN_FENCE = rf"(?P<mark>```+|~~~+)[ \t]*(?:{'|'.join(sorted(PROSE_FENCES))})?[ \t]*(?P<end>\r?\n)(?P<body>(?:.*\n)*?)(?P=mark)[ \t]*(?=\r?$)"
# Quote marks opening and closing a fence's whole text: "…" or “…”.
_QUOTE_MARKS = {'"': '"', "\u201c": "\u201d"}


def quoted_whole(fence: Code) -> bool:
    """A fence of no language whose whole text is one quotation (```\n"I led the …"\n```):
    words said aloud, set apart, not code."""
    text = fence.text.strip()
    return not fence.info.strip() and len(text) > 2 and _QUOTE_MARKS.get(text[0]) == text[-1]


def said_aloud(fence: Code) -> bool:
    """A fence of prose (```text) or of one quotation: words to say, not code."""
    return fence.info.strip().lower() in PROSE_FENCES or quoted_whole(fence)


def fence_lines(fence: Code) -> list[Line]:
    """A fence's text as lines of the file, its blank lines left out."""
    return [Line((Run(text),), fence.line + 1 + n) for n, text in enumerate(fence.text.splitlines()) if text.strip()]


def text_lines(section: Section) -> list[Line]:
    """The lines of a heading's own paragraphs and lists: its text, without tables or code."""
    return [line for block in section.blocks if not isinstance(block, (Table, Code)) for line in block_lines(block)]


def prose(section: Section) -> str:
    """The paragraphs directly in a section, as plain text, without lone labels such as
    `**Key Learning Outcomes:**` that only introduce a list."""
    return "\n\n".join(
        block.text for block in section.blocks if isinstance(block, Paragraph) and block.text and not _is_label(block)
    )


# "(To be continued in Part 2)", "Coming soon", "TBD": text promised, not yet written.
_STUB = re.compile(r"^[\W_]*(?:(?:to be continued|coming soon|tbd|todo|work in progress)\b|placeholder(?: content| text)?[\W_]*$)", re.IGNORECASE)


def stub_note(section: Section) -> str | None:
    """The note that says a heading's content is still to come, when its text opens with one."""
    first = next((block.text for block in section.blocks if isinstance(block, Paragraph) and block.text), "")
    return first if says_to_come(first) else None


def says_to_come(text: str) -> bool:
    """Whether a text opens by saying it is still to come ("TODO : technical or ?", "Coming soon")."""
    return bool(_STUB.match(text))


def _is_label(paragraph: Paragraph) -> bool:
    first = paragraph.lines[0]
    return len(paragraph.lines) == 1 and first.lead_bold is not None and not first.after_lead.strip(": ")


def list_items(section: Section, *, deep: bool = True) -> list[ListItem]:
    """The top-level items of every list in a section (and, with deep, its subsections)."""
    sections = section.walk() if deep else [section]
    return [item for s in sections for block in s.blocks if isinstance(block, ListBlock) for item in block.items]


def item_texts(section: Section) -> list[str]:
    return [text for item in list_items(section) if (text := checkbox_free(item.text))]


def checkbox_free(text: str) -> str:
    """Drop a leading task-list box, "[ ]" or "[x]"."""
    return (_CHECKBOX.sub("", text) if text.startswith("[") else text).strip()  # a box opens the text


_CHECKBOX = re.compile(r"^\[[ xX]?\]\s*")
# "[ ]", "[x]", or an empty box drawn as a character ("☐ Record five stories"): a task's box. A
# "✅" bullet is a done mark, not work to hand in.
TICK_BOX = re.compile(r"^(?:\[[ xX]\]|[\u2610\u2b1c]\ufe0f?(?=\s*\S))")
# A month's name in a date, in English, Spanish or Portuguese ("Jul", "Ago", "Dic").
MONTH = r"(?:jan|ene|feb|mar|apr|abr|may|jun|jul|aug|ago|sep|sept|set|oct|out|nov|dec|dic|dez)[a-z]*\.?"


def criteria(items: list[ListItem]) -> list[Criterion]:
    """Named points: "**Name** - detail", "**Name**: detail" or "Name - detail"."""
    found = []
    for item in items:
        lines = item.lines
        if not lines:
            continue
        first = lines[0]
        if first.lead_bold:
            name, detail = clean_label(first.lead_bold), first.after_lead.lstrip(LABEL_SEPARATORS).strip()
        else:
            name, detail = split_name(first.text)
        rest = " ".join(line.text for line in lines[1:])
        found.append(Criterion(name, f"{detail} {rest}".strip(), item.line))
    return found


def first_table(section: Section) -> Table | None:
    return next((b for s in section.walk() for b in s.blocks if isinstance(b, Table)), None)


def level_columns(table: Table) -> dict[str, int]:
    """Which columns of a table hold which level's value ("L6 Target", "L7 Expectation")."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(table.header):
        for level in levels_in(cell.text):
            columns.setdefault(level, index)
    return columns


def cell(row: list[Line], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index].text.strip("* ")


# --- follow-up questions ----------------------------------------------------------


def read_probes(section: Section) -> list[Probe]:
    """Follow-ups in the shapes authors use:

    - `**Common Probe #1**: "question"` then `**Strong Response**: "answer"`;
    - `**Q: "question"**`, `**Q:** question`, `Q: question` or `*Q: question*`, then `A: answer`;
    - a list of questions, each with a " - " note or a sub-bullet saying what to show,
      or `- Q: question` items with their `A: answer`;
    - a subheading per question with the answer below it (`Strong response: ...`);
    - table cells that are questions, several in a cell split by `<br>`.
    """
    probes: list[_Draft] = []
    last: Block | None = None
    for block in section.blocks:
        before, last = last, block
        if isinstance(block, Paragraph):
            _read_probe_lines(block.lines, probes)
        elif isinstance(block, ListBlock) and _notes_on_last(block, before, probes):
            # `1. **How do you …?**` over `- notes` at the margin: a list of its own in Markdown, the question's answer.
            for item in block.items:
                probes[-1].add_answer(item.text, "guidance")
        elif isinstance(block, ListBlock):
            for item in block.items:
                _read_probe_item(item, probes)
        elif isinstance(block, Table):
            probes += _table_probes(block)
    done = [draft.freeze() for draft in probes if draft.question]
    for child in section.children:
        if difficulty_level(child.title.text):
            done += read_probes(child)  # "### Intermediate" over its prompts, asked or not: a group of them
            continue
        if not asks_itself(child.title.text) and (grouped := _asked_in(child)):
            done += grouped  # "### Advanced Difficulty:" over its questions: a group, not a question
            continue
        asked = _Q_SUFFIX.sub("", _Q_PREFIX.sub("", without_numbering(child.title.text)))
        drafts = [_Draft(strip_quotes(asked), child.line)]
        if not asks_itself(asked) and (opening := OPENING_QUESTION.match(asked)):
            # "How to do group chat? Using a Channel Service.": the heading asks, then answers in short.
            drafts = [_Draft(opening["q"], child.line)]
            drafts[0].add_answer(opening["a"], "strong_response")
        for block in child.blocks:
            if isinstance(block, Paragraph):
                _read_probe_lines(block.lines, drafts)
        done += [draft.freeze() for draft in drafts if draft.question]
    return done


# A short question opening a paragraph, its answer after it on the line ("How to de-duplicate? Use a checksum …").
OPENING_QUESTION = re.compile(
    r"^(?P<q>(?:how|what|where|when|why|which|who|can|could|should|would|do|does|is|are)\b[^?.!:]{3,120}\?)\s*(?:[-\u2013\u2014:]\s*)?(?P<a>\S.{20,})$",
    re.IGNORECASE,
)


def _notes_on_last(block: ListBlock, before: Block | None, probes: list[_Draft]) -> bool:
    """Whether a bullet list, none of whose items asks, right after a numbered item that asks
    or a bold question alone on its line (`**Why Redis?**` over `- **Reason:** …`), notes that
    question's answer."""
    if not probes or not asks(probes[-1].question) or any(asks(item.text) for item in block.items):
        return False
    if isinstance(before, Paragraph):
        last = before.lines[-1] if before.lines else None
        # The bold alone on its line, or with only a mark rating it after it (`**Why Redis?** ⭐`).
        if last is not None and last.lead_bold is not None and bool(_MARKS_ONLY.match(last.after_lead)) and last.number == probes[-1].line:
            return True
        # ... or the answer it opens, labelled, over the list that goes on with it (`A:` alone, or `A: Two
        # ways:`, then `1. **Co-locate Redis** — …`): the answer's points, no questions.
        first = before.lines[0] if before.lines else None
        return first is not None and first.number > probes[-1].line and _question_on(first) is None and _labelled_answer(first) is not None
    return not block.ordered and isinstance(before, ListBlock) and before.ordered


_CELL_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


# "### Your Answer:", "**Sample answer**", "### Your Tailored Script", "- **回答例**": what names the answer under a
# question, beside its tips and shorter versions; the column of a follow-up table that
# answers its questions (`| Question | Your Answer |`). In notes on one's practice, the answer
# reworked after a weak one (`**First try:**` over a weak answer, then `**Better:**` over the answer).
# A question bank's model answer, `**Standard Answer**:` beside `**Common Pitfalls**:` (标准答案, as generated banks translate it).
ANSWER_NAME = re.compile(
    r"^(?:(?:your|my|sample|example|model|suggested|standard|full|the|good|strong|ideal|tailored|better|best|improved)\s+){0,2}(?:answer|response|script)s?(?: script| example)?$|^a$|^candidate$|^better$"
    rf"|^(?:回答例?|模範解答|解答|答え|参考回答|答案|回答示例|답변|{ANSWER_ABROAD})$"
    # ... or a folded answer's summary saying to open it: "Show answer", Vietnamese "Xem câu trả lời", "Gợi ý trả lời".
    r"|^(?:click (?:here )?to )?(?:show|see|view|reveal)(?: the)? answer$|^(?:xem |gợi ý )?(?:câu )?trả lời(?: mẫu)?$"
)


def _table_probes(table: Table) -> list[_Draft]:
    """The questions a table's cells hold, each at its own row's line, answered by the cell
    of its row under an answer column when the table has one."""
    named = [column for column, cell in enumerate(table.header) if ANSWER_NAME.match(normalize(cell.text))]
    drafts = []
    for row in table.rows:
        for cell in row:
            for asked in _cell_questions(cell.text):
                draft = _Draft(asked, cell.number)
                for column in named:
                    if column < len(row) and row[column] is not cell:
                        draft.add_answer(row[column].text, "strong_response")
                drafts.append(draft)
    return drafts


def _cell_questions(text: str) -> list[str]:
    """The questions a table cell holds, one or several split by `<br>`, quoted or not
    (`**"How to avoid false positives?"**`)."""
    return [asked for part in _CELL_BREAK.split(text) if (asked := strip_quotes(part.strip())).endswith("?")]


def asks_itself(heading: str) -> bool:
    """A heading that is a question ("What did you learn?", "Q3: …", "(Follow-up) …")."""
    return heading.rstrip(' *"”').endswith("?") or bool(_Q_PREFIX.match(heading))


# "Basic", "Intermediate", "Advanced", "Architect-Level": a level of difficulty grouping questions.
_DIFFICULTY = re.compile(r"^(?:basic|beginner|easy|intermediate|medium|advanced|hard|expert|architect(?: level)?|senior|junior)(?: level| questions)?$")


def difficulty_level(heading: str) -> bool:
    """Whether a heading names a level of difficulty that groups questions ("### Intermediate")."""
    return bool(_DIFFICULTY.match(normalize(without_numbering(heading))))


def _asked_in(section: Section) -> list[Probe]:
    return [probe for probe in read_probes(section) if probe.question.rstrip(' *"”').endswith("?")]


@dataclass
class _Draft:
    question: str
    line: int
    answer: str | None = None
    answer_kind: str | None = None

    def add_answer(self, text: str, kind: str) -> None:
        text = strip_quotes(text)
        if not text:
            return
        self.answer = f"{self.answer}\n{text}" if self.answer else text
        self.answer_kind = self.answer_kind or kind

    def freeze(self) -> Probe:
        return Probe(self.question, self.answer, self.answer_kind, self.line)  # type: ignore[arg-type]


# `"What happens if...?" - it keeps...` or `Why not X? - because...`: a question and its
# note on one line, split at the dash after the closing quote or question mark.
# "Hardest piece? Plugin compatibility …": a question, then its answer as a sentence (a
# second question is another way of asking, not an answer).
# The note after a dash, a colon or an arrow (`"What if Redis fails?" → Fail open with a local cache`),
# or in brackets closing the line (`How do you find nearby drivers? *(Hint: geohash cells.)*`).
_QUESTION_AND_NOTE = re.compile(
    r"^(?P<question>[\"“].+?[\"”]|[^\"“?]+\?)(?:\s*(?:[-\u2013—:]|→|->|=>)\s+|\s+(?=[A-Z][^?]*$)|\s+(?=\([^?]*\)$))(?P<note>\S.*)$"
)


_Q_LABEL = re.compile(r"^q\d*\s*[:.]", re.IGNORECASE)


def _question_on(line: Line) -> str | None:
    """The question a line opens, when it opens one with a label."""
    label = line.lead_bold
    if label and _Q_LABEL.match(label):
        # **Q: "question"**: the question sits inside the bold label itself; a mark after it
        # (`**Q. Why Redis?** ⭐`) rates the question, no word of it.
        after = "" if _MARKS_ONLY.match(line.after_lead) else line.after_lead
        return strip_quotes(f"{_Q_PREFIX.sub('', label)} {after}".strip())
    if label and is_question_label(label) and not is_answer_label(label):
        return strip_quotes(line.after_lead)
    if not label and _Q_PREFIX.match(line.text):
        return strip_quotes(_Q_PREFIX.sub("", line.text))
    if label and _spoken(line) and line.after_lead.rstrip(' "\u201d*').endswith("?"):
        return strip_quotes(line.after_lead)  # **Interviewer:** "What if …?": a transcript's question
    return None


_MARKS_ONLY = re.compile(r"^[^\w\"\u201c\u201d'?]*$")
# A bold label that is itself a question: "**Why not gRPC streams?**", "**Calls?**".
_BOLD_QUESTION = re.compile(r"^.*\?[\s:\"\u201d]*$")


def _spoken(line: Line) -> bool:
    """A transcript's line (`**Interviewer:** …`, `**Me:** …`): a one-word name speaks it."""
    return bool(line.lead_bold and SPEAKER.match(line.lead_bold.rstrip(": ")))


def _asked_alone(line: Line) -> bool:
    """A line that is only a question: bold whole or plain, ending with a question mark."""
    whole = not line.lead_bold or not line.after_lead.strip(' "”*')
    return whole and line.text.rstrip(' "”*').endswith("?") and _labelled_answer(line) is None


def _labelled_answer(line: Line) -> tuple[str, str] | None:
    """The answer on a line that says it is one, without its label, and its kind:
    `**Strong Response**: ...`, `A: ...`, `Strong response: ...`."""
    label = line.lead_bold
    if label and is_answer_label(label):
        text = line.after_lead
        if _A_PREFIX.match(label):
            text = f"{_A_PREFIX.sub('', label)} {text}"
        return text, answer_kind(label)
    if _A_PREFIX.match(line.text):
        text = _A_PREFIX.sub("", line.text)
        return _plain_labelled(text) or (text, "strong_response")  # "A: Strong response: ..."
    return None if label else _plain_labelled(line.text)


def _plain_labelled(text: str) -> tuple[str, str] | None:
    head, colon, rest = text.partition(":")
    if colon and is_plain_answer_label(head):
        return rest.strip(), answer_kind(head)
    return None


# "Why prune? → Prevent unbounded growth.": a question and its short answer on one line.
_ARROWED_ANSWER = re.compile(r"^(?P<question>[^\u2192]+?\?)\s*(?:\u2192|->|=>)\s*(?P<answer>\S.*)$")


def _read_probe_lines(lines: list[Line], probes: list[_Draft]) -> None:
    for line in lines:
        if "?" in line.text and (arrowed := _ARROWED_ANSWER.match(line.text)):
            probes.append(_Draft(arrowed["question"].strip(), line.number))
            probes[-1].add_answer(arrowed["answer"], "strong_response")
            continue
        question = _question_on(line)
        bold = line.lead_bold
        if question is None and line is lines[0] and bold is not None and _BOLD_QUESTION.match(bold) and line.after_lead.strip():
            # `**How do you search messages?** On the device.`: a paragraph opening on its question in
            # bold, answered after it on the line.
            probes.append(_Draft(strip_quotes(bold.rstrip(" :")), line.number))
            probes[-1].add_answer(line.after_lead.strip(), "strong_response")
            continue
        if question is None and _asked_alone(line):
            question = strip_quotes(line.text)  # `**How do you order messages?**`, `> "What if …?"`
        if question is None and line is lines[0] and not line.lead_bold and (opening := OPENING_QUESTION.match(line.text)):
            # "Where to store thumbnail pictures? - We can use BigTable …": a paragraph opening on
            # its question, answered after it on the line.
            probes.append(_Draft(opening["q"], line.number))
            probes[-1].add_answer(opening["a"], "strong_response")
        elif question is not None:
            probes.append(_Draft(question, line.number))
        elif not probes:
            continue
        elif answer := _labelled_answer(line):
            probes[-1].add_answer(*answer)
        elif line.text:
            # An unlabelled line continues the answer (or is the answer under a subheading), and
            # so does the reply in a transcript, without its speaker.
            probes[-1].add_answer(line.after_lead if _spoken(line) else line.text, probes[-1].answer_kind or "strong_response")


def _read_probe_item(item: ListItem, probes: list[_Draft]) -> None:
    lines = item.lines
    if not lines:
        return
    first = lines[0]
    labelled = _question_on(first) is not None or bool(probes and _labelled_answer(first))
    if labelled and not _looks_quoted(first.lead_bold or ""):
        # "- **Probe**: question", "- Q: question", "- A: answer": same as the paragraph shapes.
        _read_probe_lines(lines, probes)
        draft = probes[-1] if probes else None
    else:
        draft = _one_item_probe(first, item.line)
        probes.append(draft)
        for line in lines[1:]:
            draft.add_answer(*(_labelled_answer(line) or (line.text, "guidance")))
    if draft is None:
        return
    for sub in item.sublists:
        for sub_item in sub.items:
            sub_first = sub_item.lines[0] if sub_item.lines else None
            answer = _labelled_answer(sub_first) if sub_first else None
            draft.add_answer(*(answer or (sub_item.text, "guidance")))


_NAMES_ITS_QUESTION = re.compile(r"^\s*[:\uff1a]\s*\S")


def _one_item_probe(first: Line, line: int) -> _Draft:
    """A list item that is the question itself, with any note after it as guidance."""
    if first.lead_bold:
        question, note = first.lead_bold, first.after_lead
        if note.lstrip().startswith(("?", "\uff1f")):  # "**Why not store it** ?": its mark left outside the bold
            question, note = question.rstrip() + note.lstrip()[0], note.lstrip()[1:]
        elif _NAMES_ITS_QUESTION.match(note) and not asks(question) and "?" in note:
            # "**Consistency under failure**: A regional cluster fails … How do you …?": a name over the question.
            question, note = note.lstrip(" :\uff1a"), ""
    elif match := _QUESTION_AND_NOTE.match(first.text):
        question, note = match["question"], match["note"]
    else:
        question, note = first.text, ""
    draft = _Draft(strip_quotes(QUESTION_TAG.sub("", _BOX_FIRST.sub("", question))), line)
    draft.add_answer(note, "guidance")
    return draft


# `- [ ] "How does it scale?"`: questions listed as boxes to tick while asking them; the box is no word of the question.
_BOX_FIRST = re.compile(r"^\s*(?:\[[ xX]\]|[\u2610\u2611\u2612\u2b1c])\s+")
# `1. [Uber] How do you find nearby drivers?`: the company that asks it (or its level), tagged in
# brackets before the question; no word of the question either, nor a blank to fill.
QUESTION_TAG = re.compile(r"^\s*\[[^\[\]]{1,24}\]\s+(?=[^\[\]?]+\?)")


def _looks_quoted(text: str) -> bool:
    return text.strip()[:1] in {'"', "“", "'"}


# --- labelled lists -----------------------------------------------------------------


@dataclass
class LabelledList:
    label: str
    line: int
    items: list[str]


def labelled_lists(section: Section) -> list[LabelledList]:
    """Lists under bold labels or subheadings: `**Week 1 Deliverables**:` then `- [ ] ...`.

    A label is a paragraph that opens with bold text, or a subheading; the lists that
    follow it, up to the next label, are its items."""
    found: list[LabelledList] = []
    for part in section.walk():
        current = LabelledList(part.title.text, part.line, []) if part is not section else None
        if current:
            found.append(current)
        for block in part.blocks:
            if isinstance(block, Paragraph) and block.lines[0].lead_bold:
                first = block.lines[0]
                # "**Technical Understanding** (1-5 scale):" labels the list as a whole.
                current = LabelledList(clean_label(f"{first.lead_bold} {first.after_lead}"), first.number, [])
                found.append(current)
            elif (
                isinstance(block, Paragraph)
                and (_PLAIN_LABEL_ALONE.match(text := block.lines[0].text) or _CJK_LABEL_ALONE.match(text))
                and len(block.lines) == 1
            ):
                # "Mini-Assignments:" alone on its line over a list: a label written plain.
                current = LabelledList(clean_label(text), block.lines[0].number, [])
                found.append(current)
            elif isinstance(block, ListBlock) and current is not None:
                current.items.extend(text for item in block.items for text in _item_entries(item))
    return [entry for entry in found if entry.items]


_PLAIN_LABEL_ALONE = re.compile(r"^[A-Z][\w /&'-]{1,30}:$")  # "Topics:", "Mini-Project:": a few words and a colon, nothing after
# ... in Chinese or Japanese, a few characters and a full-width colon: "本周交付" and the colon (this week's deliverables).
_CJK_LABEL_ALONE = re.compile(r"^[\u3040-\u30ff\u4e00-\u9fff][\u3040-\u30ff\u4e00-\u9fff\w /&-]{0,15}\uff1a$")


def _item_entries(item: ListItem) -> list[str]:
    """A list item's entry; for an item that only names a group over a numbered list (`* **HLD:**`
    over `1. Design a URL Shortener`), the entries of that list (a topic over notes on it,
    `- **Linear Algebra**:` over `- Vectors`, is the entry itself)."""
    text = checkbox_free(item.text)
    first = item.lines[0] if item.lines else None
    grouping = first is not None and first.lead_bold is not None and text.rstrip().endswith(":") and len(item.lines) == 1
    if grouping and item.sublists and all(sublist.ordered for sublist in item.sublists):
        return [entry for sublist in item.sublists for inner in sublist.items if (entry := checkbox_free(inner.text))]
    return [text] if text else []


def under_label(root: Section, wanted: Callable[[str], bool]) -> Section | None:
    """The lists after the first bold label that `wanted` accepts (given its normalized
    text), up to the next label, as a section of their own: `**Follow-up Questions**` then
    `1. **How would you …?**` items with their sub-bullets."""
    return next(under_labels(root, wanted), None)


def under_labels(root: Section, wanted: Callable[[str], bool]) -> Iterator[Section]:
    """As under_label, the lists under such a label in each heading that has one, in order
    (`**Probing Questions:**` in each deep-dive subsection of a design)."""
    for section in root.walk():
        lists: list[Block] | None = None  # the lists under a wanted label, once one is met
        for block in section.blocks:
            label = _paragraph_label(block) if isinstance(block, Paragraph) else None
            # A label with its own question after it on its line (`**Follow-up:** "What if …?"`) is that
            # question, put after an answer; it labels none of the blocks after it.
            asked_on_it = isinstance(block, Paragraph) and label is not None and _asks_itself_line(block.lines[0].after_lead)
            if label is not None and not _asks_itself_line(label) and not asked_on_it:
                if lists:
                    break
                lists = [] if wanted(normalize(label)) else None
            elif lists is not None and (isinstance(block, ListBlock) or label is not None or _opens_asking(block)):
                # A list, or questions in any other carrier: bold (`**Why Kafka?**`), quoted
                # (`> How did you …?`) or plain lines, each with its answer after it.
                lists.append(block)
        if lists:
            yield replace(section, blocks=lists, children=[])


def _asks_itself_line(text: str) -> bool:
    return strip_quotes(text.strip(" *_")).endswith("?")


def _opens_asking(block: Block) -> bool:
    """A paragraph that opens with a question (`> How did you get buy-in?`)."""
    return isinstance(block, Paragraph) and _asks_itself_line(block.lines[0].text)


def _paragraph_label(paragraph: Paragraph) -> str | None:
    """The label a paragraph opens with: its opening bold, or a short plain line alone that
    ends in a colon (`Probing questions:`, `🎯 Likely follow-ups:`) over what follows."""
    first = paragraph.lines[0]
    if first.lead_bold:
        return first.lead_bold
    text = first.text.strip()
    alone = len(paragraph.lines) == 1 and text.endswith(":")
    return text[:-1] if alone and len(normalize(text).split()) <= _PLAIN_LABEL_WORDS else None


def find_section(root: Section, name: str, *, exclude: str | None = None) -> Section | None:
    """The first section whose normalized heading contains `name` (and not `exclude`)."""
    named = re.compile(rf"\b{name}\b")  # once, not looked up in re's cache for every heading
    for section in root.walk():
        words = normalize(section.title.text)
        if named.search(words) and not (exclude and exclude in words):
            return section
    return None


def labelled_value(section: Section, label: str) -> str | None:
    """The text after a `**Label**:` (or `Label:`) in the section's own paragraphs."""
    for line in section.paragraph_lines():
        written, value = label_and_value(line)
        if written and normalize(written) == label:
            return value
    return None


_PLAIN_LABEL_WORDS = 3  # "Key focus: ..." is a label; "We agreed on one thing: ..." is a sentence


def label_and_value(line: Line) -> tuple[str, str]:
    """A line's label and its text, however the label is marked: ("Theme", "Know Where You
    Start") from `**Theme:** Know …`, `**Theme**: Know …`, `**Theme: Know …**` or a short
    plain `Theme: Know …`; ("", "") when the line has no label."""
    if line.lead_bold is not None:
        if line.after_lead.strip(": "):
            return line.lead_bold.rstrip(": "), line.after_lead.lstrip(LABEL_SEPARATORS)
        # The label closed inside the bold by its first colon, a full-width one too as Chinese authors type it (`**问` and a full-width colon).
        label, _, value = line.lead_bold.replace("\uff1a", ":", 1).partition(":")
        return label.strip(), value.strip()
    label, colon, value = line.text.partition(":")
    return (label.strip(), value.strip()) if colon and len(label.split()) <= _PLAIN_LABEL_WORDS else ("", "")
