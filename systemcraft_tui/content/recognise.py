"""Which parts of a file are items, and of which kind, decided by structure.

The rules are the table in `rules.py`, in the order they are tried. Stories are found
first, anywhere; then plans, deep dives and design problems outside them. When nothing is
found, `why_nothing` says why, naming the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from systemcraft_tui.content.deep_dive import is_deep_dive
from systemcraft_tui.content.markdown_tree import Code, Document, Line, Section, parse_markdown
from systemcraft_tui.content.plan import week_groups
from systemcraft_tui.content.rules import KIND_OF
from systemcraft_tui.content.stories import Story, find_stories, question_on
from systemcraft_tui.content.system_design import (
    asks_for_design,
    design_phases,
    names_a_system,
    phase_signals,
    poses_problem,
)


@dataclass(frozen=True)
class Found:
    """One item to read: where it is and the rule that found it."""

    rule: str
    section: Section  # the item's heading, or the file's root for a whole-file item
    file_level: bool = False  # the item is the whole file: its id is the file name
    story: Story | None = None
    weeks: tuple[Section, ...] = ()

    @property
    def kind(self) -> str:
        return KIND_OF[self.rule]


@dataclass
class Recognition:
    found: list[Found] = field(default_factory=list)
    explainers: list[Section] = field(default_factory=list)  # STAR parts that define the method
    cheat_sheet: list[int] = field(default_factory=list)  # lines of timed steps with no problem




def recognise(document: Document) -> Recognition:
    root, title = document.root, document.title
    result = Recognition()
    stories, result.explainers = find_stories(root)
    result.found += [Found(story.rule, story.section, story=story) for story in stories]
    taken: list[Section] = [story.section for story in stories]

    groups = [[w for w in group if not _inside(w, taken)] for group in week_groups(root, title)]
    groups = [group for group in groups if group]
    if not groups and is_deep_dive(root, title):
        result.found.append(Found("deep-dive", root, file_level=True))
        return _in_file_order(result)

    problems = _problems(root, title, taken + [week for group in groups for week in group])
    result.found += [
        Found("design-prompt", root if section is title else section, file_level=section is root or section is title)
        for section in problems
    ]
    taken += problems
    parents = {id(child): parent for parent in root.walk() for child in parent.children}
    for group in groups:
        holder = _common_ancestor(group, parents, root)
        others = [week for other in groups if other is not group for week in other]
        while id(holder) in parents and parents[id(holder)] not in (root, title) and not _holds_any(parents[id(holder)], others):
            holder = parents[id(holder)]  # up to the heading that names this plan ("Timeline #1: ...")
        # One plan in a file is the file's plan, whatever heading its weeks sit under.
        file_level = len(groups) == 1 or holder is root or holder is title
        result.found.append(Found("week-headings", root if file_level else holder, file_level, weeks=tuple(group)))
        taken.append(holder)
    if groups:
        return _in_file_order(result)

    loose = [(line, names) for line, names in phase_signals(root) if not _inside_line(line, taken)]
    if not problems and design_phases([name for _, names in loose for name in names]) and names_a_system(title):
        result.found.append(Found("timed-phases", root, file_level=True))
    else:
        result.cheat_sheet = [line for line, _ in loose]
    return _in_file_order(result)


def _in_file_order(result: Recognition) -> Recognition:
    result.found.sort(key=lambda found: found.section.line if not found.file_level else 0)
    return result


def _problems(root: Section, title: Section | None, taken: list[Section]) -> list[Section]:
    """Headings that pose a design problem, outermost first; a heading holding two or more
    headings that ask for designs of their own is a collection, not a problem."""
    found: list[Section] = []

    def visit(section: Section) -> None:
        if _inside(section, taken):
            return
        if section is not root and poses_problem(section, file_title=section is title):
            asks = _outermost([s for s in section.walk() if s is not section and asks_for_design(s, file_title=False)])
            # A problem holds no other problem; a heading over headings that ask for designs
            # (a category, a collection) is not one itself.
            if not asks or (len(asks) == 1 and asks_for_design(section, file_title=section is title)):
                found.append(section)
                return
        for child in section.children:
            visit(child)

    visit(root)
    if not found and title is None and poses_problem(root, file_title=True):
        found.append(root)
    return found


def _outermost(sections: list[Section]) -> list[Section]:
    return [s for s in sections if not any(o is not s and o.line < s.line <= o.end_line for o in sections)]


def _holds_any(section: Section, weeks: list[Section]) -> bool:
    return any(section.line < week.line <= section.end_line for week in weeks)


def _inside(section: Section, taken: list[Section]) -> bool:
    return any(section is other or other.line <= section.line <= other.end_line and other.level < section.level for other in taken)


def _inside_line(line: int, taken: list[Section]) -> bool:
    return any(other.line <= line <= other.end_line for other in taken)


def _common_ancestor(sections: list[Section], parents: dict[int, Section], root: Section) -> Section:
    def chain(section: Section) -> list[Section]:
        path = []
        while id(section) in parents:
            section = parents[id(section)]
            path.append(section)
        return path[::-1]

    chains = [chain(section) for section in sections]
    common = root
    for level in zip(*chains, strict=False):
        if all(s is level[0] for s in level):
            common = level[0]
        else:
            break
    return common


# --- why nothing was read ---------------------------------------------------------------------

# What a file holds when nothing in it can be rehearsed, in the order the reasons are tried.
NOT_READ: tuple[tuple[str, str], ...] = (
    ("an unfilled template", "placeholders such as `[Specific business context]` on many of its lines"),
    ("an example inside a code block", "items written inside a ``` fence, which shows them rather than holding them"),
    ("a reference page that explains STAR", "STAR parts a few words long that define the method, not a story"),
    ("a cheat-sheet of timings", "timed steps with no system to design, or under a title about how to answer"),
    ("a list of interview questions", "questions with no STAR answer under them"),
    ("a reference page", "none of the above: prose, tables and links"),
)
_CODE_LANGUAGES = {"", "markdown", "md", "text", "txt", "plain"}
_INTERVIEW_QUESTION = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:tell me about|describe (?:a|an|the|how|what|when|your)|give (?:me )?an? example|"
    r"walk me through|have you ever|talk about a time|share a time|what (?:did|would) you|how (?:did|do|would) you|"
    r"when did you|why did you)\b",
    re.IGNORECASE,
)


def why_nothing(document: Document, recognition: Recognition) -> tuple[int, str]:
    """The line and the message that say why a file yields no item."""
    example, timed_in_code = _examples_in_code(document)
    if example:
        line, kind, fence = example
        return line, (
            f"an example inside a code block: the {kind} at line {line} is in the code block that starts at "
            f"line {fence}, so it is shown, not read; take it out of the ``` fence to rehearse it"
        )
    questions = [line.number for line in document.root.all_lines() if _is_interview_question(line)]
    if len(questions) >= 3:
        return questions[0], (
            f"a question list: {len(questions)} interview questions (the first at line {questions[0]}) without "
            "answers; a question becomes a story to rehearse once it has its Situation, Task, Action and Result"
        )
    if recognition.explainers:
        section = recognition.explainers[0]
        where = f"'{section.title.text}' at line {section.line}" if section.title.text else f"the text at line {section.line}"
        return section.line, (
            f"a reference page: {where} explains the STAR parts but tells no story, so there is nothing to rehearse"
        )
    if cheat_sheet := recognition.cheat_sheet or timed_in_code:
        line = cheat_sheet[0]
        return line, (
            f"a cheat-sheet of timings: the timed steps at line {line} have no system to design (no 'Design …' "
            "title, problem statement or requirements), so no design problem is read"
        )
    return 1, (
        "a reference page: no heading holds STAR parts (Situation, Task, Action, Result), timed phases, "
        "week headings or a deep dive's key concepts, so nothing here can be rehearsed"
    )


def _is_interview_question(line: Line) -> bool:
    return question_on(line) is not None or bool(_INTERVIEW_QUESTION.match(line.text))


def _examples_in_code(document: Document) -> tuple[tuple[int, str, int] | None, list[int]]:
    """The first item written inside a fenced Markdown example (its line, kind and the
    fence's line), and the lines of timed steps written in fences: a list of timings is a
    cheat-sheet wherever it is written."""
    kinds = {"behavioral": "story", "system_design": "design problem", "plan": "practice plan", "deep_dive": "deep dive"}
    timed: list[int] = []
    for section in document.root.walk():
        for block in _code_blocks(section):
            if block.info.strip().lower() not in _CODE_LANGUAGES or not block.text.strip():
                continue
            inner = recognise(parse_markdown(block.text))
            timed += [block.line + line for line in inner.cheat_sheet]
            timed += [block.line + 1 for found in inner.found if found.rule == "timed-phases"]
            for found in (found for found in inner.found if found.rule != "timed-phases"):
                line = block.line + (found.section.line if not found.file_level else 1)
                return (line, kinds[found.kind], block.line), timed
    return None, timed


def _code_blocks(section: Section):
    for block in section.blocks:
        if isinstance(block, Code):
            yield block
        else:
            for item in getattr(block, "items", ()):
                for inner in item.blocks:
                    if isinstance(inner, Code):
                        yield inner

