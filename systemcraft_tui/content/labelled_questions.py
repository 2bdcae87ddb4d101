"""The questions a story names on a label of the author's own words (`**Best for:** "Tell me
about a time you …" / "Describe …"`, `**When to use**: "…"`): whatever the label is called,
a value made only of quoted questions names the questions the story answers, the first the
one asked and the others other ways of asking it. Apart from stories.py's walk: asked only
of a story that states its question nowhere else."""

from __future__ import annotations

import re
from dataclasses import replace

from systemcraft_tui.content.labels import FOLLOW_UPS, QUESTION, meaning
from systemcraft_tui.content.markdown_tree import ListBlock, ListItem, Paragraph, Section
from systemcraft_tui.content.model import Probe
from systemcraft_tui.content.names import normalize
from systemcraft_tui.content.questions import asks
from systemcraft_tui.content.reading import label_and_value, read_probes

_QUOTED = re.compile(r'"([^"]+)"|\u201c([^\u201d]+)\u201d')
# What may stand between two quoted questions: a slash, a bar, a dot, a comma or an "or".
_BETWEEN = re.compile(r"[\s/|\u00b7,;]*(?:\bor\b)?[\s/|\u00b7,;]*")


def quoted_questions(value: str) -> list[str]:
    """The questions a value lists when it is only quoted questions (`"Tell me …" / "How do
    you …?"`), else none: a quote inside a sentence is no list of questions."""
    found: list[str] = []
    end = 0
    for quoted in _QUOTED.finditer(value):
        if not _BETWEEN.fullmatch(value, end, quoted.start()):
            return []
        found.append((quoted.group(1) or quoted.group(2)).strip())
        end = quoted.end()
    if value[end:].strip(" ."):
        return []
    return found if found and all(asks(question) for question in found) else []


def labelled_question(section: Section) -> str:
    """The first quoted question on a bold label directly under a story's heading: a label
    the reader gives no meaning of its own, or a question label bold with its question
    (`**Q: "Tell me about …"**`), or a plain or italic one in the first paragraph under it
    (`*Asked as:* "Describe …"`); a part or follow-up label is read as such elsewhere."""
    first = section.blocks[0] if section.blocks and isinstance(section.blocks[0], Paragraph) else None
    opening = first.lines[-1].number if first else 0
    lines = list(section.paragraph_lines())
    for at, line in enumerate(lines):
        if line.lead_bold is None and line.number > opening:
            continue
        label, value = label_and_value(line)
        below = lines[at + 1] if at + 1 < len(lines) and lines[at + 1].number == line.number + 1 else None
        if not value and below is not None and meaning(normalize(label)) == QUESTION:
            value = below.text  # `**Interview Question**:` alone over `> "Describe …"`: its value is the next line
        if meaning(normalize(label)) in (None, QUESTION) and (questions := quoted_questions(value)):
            return questions[0]
    return ""


def labelled_follow_ups(section: Section) -> list[Probe]:
    """Follow-ups written on their label's own line (`**Interviewer might ask:** "What …?" /
    "How …?"`, `**Follow-up:** What if …?`): the questions of the first such line in a story's text, its part
    headings' too (the line after the Result told under `### Result` is still the story's)."""
    for line in (line for part in section.walk() for line in part.paragraph_lines()):
        if line.lead_bold is None:
            continue
        label, value = label_and_value(line)
        if meaning(normalize(label)) != FOLLOW_UPS:
            continue
        # Quoted questions, or questions written plain, one or several run together
        # (`**Common follow-ups:** How did you measure success? What would you do differently?`).
        if questions := quoted_questions(value) or plain_questions(value):
            return [Probe(question, None, None, line.number) for question in questions]
    return []


def listed_follow_ups(section: Section) -> list[Probe]:
    """Follow-ups a story's notes list under a bullet that only names them (`* Followup :`
    over `* how did you know …?`), bold or plain, at any depth of its lists: each bullet
    under it that asks, its own bullets its answer. Notes written as bullets label their
    parts so, as a heading or a bold line labels them elsewhere."""
    for block in (block for part in section.walk() for block in part.blocks if isinstance(block, ListBlock)):
        for item in _items(block):
            label = item.text.strip(" *_")
            if item.sublists and label.endswith(":") and meaning(normalize(label)) == FOLLOW_UPS:
                listed = read_probes(replace(section, blocks=list(item.sublists), children=[]))
                if probes := [probe for probe in listed if asks(probe.question)]:
                    return probes
    return []


def asked_in_parts(section: Section) -> list[Probe]:
    """A question answered part by part, each part a bullet that asks (`* How big was the team,
    and what was my part ?`) over its own bullets answering it, two or more and every bullet of
    the list so: the questions the answer is broken into, asked after the whole."""
    lists = [block for block in section.blocks if isinstance(block, ListBlock)]
    if len(lists) != 1 or any(isinstance(block, Paragraph) for block in section.blocks) or section.children:
        return []
    items = lists[0].items
    if len(items) < _FEWEST_PARTS or not all(item.sublists and asks(item.text) for item in items):
        return []
    return read_probes(replace(section, blocks=[lists[0]], children=[]))


_FEWEST_PARTS = 2


def _items(block: ListBlock) -> list[ListItem]:
    """A list's items and those of the lists nested in them, in file order."""
    return [found for item in block.items for found in (item, *(deeper for sub in item.sublists for deeper in _items(sub)))]


# Each question of several run together on one line: "How do you handle seasonality? How do you …?"
ONE_QUESTION = re.compile(r"[^?]*?\S[^?]*\?[\"\u201d]?")


def plain_questions(value: str) -> list[str]:
    """The questions a value is made of, written plain, one or several run together; none
    when anything else is said after them."""
    value = value.strip()
    asked = ONE_QUESTION.findall(value)
    return [one.strip() for one in asked] if asked and "".join(asked).strip() == value and "\n" not in value else []
