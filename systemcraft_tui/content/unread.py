"""What a file holds in the shape of an item's parts that no item read: STAR parts outside
every story (inside a code block, under a heading read as another kind of item, too few of
them) and timed design steps outside every item. Each is said once, at its heading, with
why, so that a loss is seen rather than silent. Nothing here changes what is read."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from systemcraft_tui.content.markdown_tree import Code, Document, Section
from systemcraft_tui.content.names import normalize
from systemcraft_tui.content.reading import holding
from systemcraft_tui.content.recognise import Found, Recognition
from systemcraft_tui.content.spans import Cover, Innermost
from systemcraft_tui.content.stories import (
    item_code,
    may_open_parts,
    own_text,
    part_children,
    told_by_me,
    told_in_past,
    told_lines,
    uses_letters,
)
from systemcraft_tui.content.system_design import design_phases, methods_given

_KINDS = {"behavioral": "story", "system_design": "design problem", "plan": "practice plan", "deep_dive": "deep dive"}
_PARTS = ("Situation", "Task", "Action", "Result")
_PART_WORDS = ("situation", "task", "action", "result")
# `Situation: …` or `**Task**: …` written inside a fence, with something told after it.
_FENCED_PART = re.compile(r"^[\s>*_#-]*(situation|task|action|result)s?\b[^:\n]{0,30}:[*_\s]*([^\s\[][^\[\n]*)$", re.I | re.M)
_FEWEST_PARTS = 2
_STORY_PARTS = 3
# The words a case study writes its parts under, a problem and how it was solved, whoever it happened to.
_CASE_STUDY_WORDS = frozenset({"problem", "challenge", "solution", "result", "results", "outcome", "outcomes", "impact"})


def unread_parts(document: Document, recognition: Recognition) -> list[tuple[int, str]]:
    """(line, message) for each heading whose STAR parts or timed steps no item read."""
    items = [(_span(found, document), found) for found in recognition.found]
    holders = Innermost(items)
    stories = [span for span, found in items if found.kind == "behavioral"]
    quiet = [(s.line, s.end_line) for s in recognition.explainers + recognition.unfilled]  # said elsewhere
    said: list[tuple[int, str]] = []
    # Headings no story holds: in a bank of stories, none, and the file's words need no sieve.
    held, told = Cover(quiet + stories), Cover(stories)
    unheld = [s for s in document.root.walk() if s is not document.root and s.line not in held]
    lines = _lines_naming_parts("\n".join(document.source_lines).lower()) if unheld else []
    for section in unheld:
        if bisect_right(lines, section.end_line) - bisect_left(lines, section.line) >= _FEWEST_PARTS:
            if message := _star_parts(section, holders, told):
                said.append((section.line, message))
                continue
        # An answer in a heading's own text, no story holding any of its lines (runs sliced out of it).
        alone = holders.at(section.line) is None and not any(
            section.line <= start <= section.end_line for start, _ in stories
        )
        if alone and (message := _told_answer(section)):
            said.append((section.line, message))
    for line, names in _timed_steps(document, recognition, holders):
        said.append((line, names))
    return said


def _lines_naming_parts(text: str) -> list[int]:
    """The numbers of the lines that hold a STAR part's word anywhere ("transaction" too: a
    first sieve, cheap on a large file; the headings it leaves are read closely)."""
    found: set[int] = set()
    for word in _PART_WORDS:
        at = text.find(word)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + len(word))
    lines: list[int] = []
    number, last = 1, 0
    for at in sorted(found):
        number, last = number + text.count("\n", last, at), at
        if not lines or lines[-1] != number:
            lines.append(number)
    return lines


def _span(found: Found, document: Document) -> tuple[int, int]:
    return (1, document.line_count) if found.file_level else (found.section.line, found.section.end_line)


def _star_parts(section: Section, holders: Innermost[Found], stories: Cover) -> str | None:
    holder = holders.at(section.line)
    if holder is not None and holder.kind == "behavioral":
        return None
    consumed = part_children(section)
    # Fewer than two lines that could open a part: no parts to count, only fences to look in.
    lines = told_lines(section, consumed) if may_open_parts(section, consumed, _FEWEST_PARTS) else []
    letters = uses_letters(lines)
    # A part on a line some story holds (a run sliced out of this heading) was read.
    labelled = [(told, label) for told in lines if (label := told.label(letters=letters))]
    parts = {label.part for told, label in labelled if told.line.number not in stories}
    fenced = {
        match.group(1).capitalize()
        for block in section.blocks
        if isinstance(block, Code) and block.line not in stories
        for match in _FENCED_PART.finditer(block.text)
    }
    where = f"under '{section.title.text}' (line {section.line})"
    told = " ".join(t.line.text for t in lines if not t.shown)
    # Parts of a word each (`SITUATION: a`, `TASK: b`) show how to lay one out: nothing told, nothing lost.
    unheld = [label for told, label in labelled if told.line.number not in stories]
    # Two parts a story's when someone tells them; three whoever tells them (a case study in
    # a deep dive told by nobody, `Problem:` / `Results:`, is the deep dive's own text), unless
    # only a case study's own words name them (`Problem:` / `Solution:` / `Results:`): someone must tell those.
    case_study = all(normalize(label.label) in _CASE_STUDY_WORDS for label in unheld)
    story_like = (len(parts) >= _STORY_PARTS and not case_study) or (len(parts) >= _FEWEST_PARTS and told_by_me(told))
    story_like = story_like and sum(len(re.findall(r"\w+", label.rest)) for label in unheld) > len(unheld)
    if holder is not None and (story_like or len(fenced) >= _STORY_PARTS):
        kind = _KINDS[holder.kind]
        read = f"'{holder.section.title.text}'" if holder.section.title.text else "the whole file"
        return f"{_count(parts | fenced)} {where} were not read: they sit under a heading already read as a {kind} ({read})"
    if story_like:
        named = ", ".join(part for part in _PARTS if part in parts)
        return (
            f"{_count(parts)} {where} were not read: only {named} of the four, and a story needs three "
            "(or two by their own names under a heading numbered as one of several)"
        )
    if len(fenced) >= _FEWEST_PARTS:
        return f"{_count(fenced)} {where} were not read: they sit inside a code block, shown rather than told"
    return None


def _told_answer(section: Section) -> str | None:
    """A heading coded as one item of several, with no subheadings, over an answer told in the
    first person and the past, outside every item: a story with nothing that reads it."""
    if section.children or not item_code(section.title.text):
        return None
    text = own_text(section)
    if " I " not in text or not told_in_past(text):  # "I" first: most such headings explain, in no one's voice
        return None
    return (
        f"an answer told in the first person under '{section.title.text}' (line {section.line}) was not read: it has "
        "no STAR parts and asks no question ('Tell me about a time …'); label its parts or give it its question"
    )


def _count(parts: set[str]) -> str:
    return f"{len(parts)} STAR parts ({', '.join(part for part in _PARTS if part in parts)})"


def _timed_steps(document: Document, recognition: Recognition, holders: Innermost[Found]) -> list[tuple[int, str]]:
    """A design interview's timed steps outside every item: no problem holds them."""
    said = []
    given = methods_given(document)  # a method written once, the steps of the problems that time none of their own
    for line, names in recognition.timed:
        if holders.at(line) is None and design_phases(names) and not any(start <= line <= end for start, end in given):
            shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
            where = f"under '{holding(document.root, line).title.text}' (line {line})"
            said.append(
                (
                    line,
                    f"{len(names)} timed steps ({shown}) {where} were not read: no design problem holds them "
                    "(no 'Design …' heading, problem statement or system named)",
                )
            )
    return said
