"""Reads practice plans (Template 4): weeks, routine, weekly assessment, triggers, milestones."""

from __future__ import annotations

import re

from systemcraft_tui.content.markdown_tree import Code, Document, Section, block_lines
from systemcraft_tui.content.model import (
    Dimension,
    Milestone,
    PracticePlan,
    Trigger,
    Week,
)
from systemcraft_tui.content.names import normalize
from systemcraft_tui.content.reading import (
    FileContext,
    file_item_fields,
    find_section,
    item_texts,
    labelled_lists,
    labelled_value,
)

WEEK_HEADING = re.compile(r"^weeks?\s+(\d+)(?:\s*(?:-|–|to)\s*(\d+))?\s*(?:[:.\-–—]\s*(.*))?$", re.IGNORECASE)
_TRIGGER = re.compile(r"^if\s+(?P<group>[\w\s/-]+?)\s+scores?\s*(?:<|below|under)\s*(?P<n>\d+(?:\.\d+)?)", re.I)
_YAML_KEY = re.compile(r"^(?P<indent>\s*)(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")


def is_week_heading(text: str) -> bool:
    return bool(WEEK_HEADING.match(text.strip()))


def read_plan(document: Document, ctx: FileContext) -> PracticePlan:
    top, fields = file_item_fields(document, ctx)
    plan = PracticePlan(**fields)
    title = plan.title
    root = document.root
    # Weeks come from the schedule; "### Week 2: First Mock" under a mock-interview
    # section elsewhere is not a week of its own.
    schedule = find_section(root, "week by week") or find_section(root, "schedule", exclude="mock") or root
    plan.weeks = [_week(s) for s in schedule.walk() if s is not schedule and is_week_heading(s.title.text)]
    routine = find_section(root, "daily practice framework") or find_section(root, "daily practice")
    if routine:
        plan.daily_routine = item_texts(routine)
    if section := find_section(root, "weekly assessment"):
        plan.dimensions = _dimensions(section)
    if section := find_section(root, "adjustment triggers"):
        plan.triggers = _triggers(section, ctx)
    if section := find_section(root, "milestones"):
        plan.milestones = _milestones(section)
    if not plan.weeks:
        ctx.error(top.line, f"plan {title!r} has no weeks (headings like '### Week 1: Foundation')")
    if not plan.dimensions:
        ctx.warning(top.line, f"plan {title!r} has no weekly assessment dimensions")
    return plan


def _week(section: Section) -> Week:
    match = WEEK_HEADING.match(section.title.text.strip())
    assert match  # only called on week headings
    first = int(match[1])
    last = int(match[2]) if match[2] else first
    deliverables = [
        item for entry in labelled_lists(section) if "deliverable" in normalize(entry.label) for item in entry.items
    ]
    return Week(
        first=first,
        last=max(first, last),
        title=(match[3] or "").strip(),
        goals=labelled_value(section, "goals") or labelled_value(section, "goal") or "",
        deliverables=tuple(deliverables),
        line=section.line,
    )


def _dimensions(section: Section) -> list[Dimension]:
    """The rated dimensions of the weekly assessment, from its YAML block: a key with no
    value opens a group; a key with a value inside a group is a dimension."""
    dimensions: list[Dimension] = []
    for part in section.walk():
        for block in part.blocks:
            if not isinstance(block, Code):
                continue
            groups: list[tuple[int, str]] = []
            for raw in block.text.splitlines():
                match = _YAML_KEY.match(raw.split("#", 1)[0].rstrip())
                if not match:
                    continue
                indent = len(match["indent"])
                groups = [(i, g) for i, g in groups if i < indent]
                if match["value"]:
                    if groups:
                        dimensions.append(Dimension(groups[-1][1], match["key"]))
                else:
                    groups.append((indent, match["key"]))
    return dimensions


def _triggers(section: Section, ctx: FileContext) -> list[Trigger]:
    triggers = []
    for part in section.walk():
        for line in (ln for b in part.blocks for ln in _block_label_lines(b)):
            match = _TRIGGER.match(line.lead_bold.strip())
            if not match:
                ctx.warning(line.number, f"adjustment trigger {line.lead_bold!r} is not of the form 'If <area> scores < N'")
                continue
            action = line.after_lead.lstrip(": ").strip()
            triggers.append(Trigger(line.lead_bold.rstrip(": "), match["group"].strip().lower(), float(match["n"]), action))
    return triggers


def _milestones(section: Section) -> list[Milestone]:
    milestones = []
    for part in section.walk():
        for line in (ln for b in part.blocks for ln in _block_label_lines(b)):
            match = WEEK_HEADING.match(line.lead_bold.strip().rstrip(":"))
            if match:
                milestones.append(Milestone(int(match[1]), line.after_lead.lstrip(": ").strip()))
    return milestones


def _block_label_lines(block):
    """Lines that open with a bold label, in paragraphs or list items."""
    return [line for line in block_lines(block) if line.lead_bold]
