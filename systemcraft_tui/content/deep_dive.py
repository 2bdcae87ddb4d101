"""Reads technical deep dives (Template 3): the quick reference and the self-assessment."""

from __future__ import annotations

import re

from systemcraft_tui.content.markdown_tree import Section
from systemcraft_tui.content.model import Checklist, Concept, DeepDive
from systemcraft_tui.content.names import normalize
from systemcraft_tui.content.reading import (
    FileContext,
    cell,
    find_section,
    first_table,
    item_fields,
    labelled_lists,
    prose,
)

_SCALE = re.compile(r"\(\s*1\s*[-–]\s*5[^)]*\)")
_CONCEPT_HEADINGS = ("key concepts", "cheat sheet", "glossary", "quick reference")
_SUMMARY_HEADING = re.compile(r"^(?:executive |tl ?dr )?(?:summary|overview)$")


def read_deep_dive(ctx: FileContext) -> DeepDive:
    """A deep dive is a whole file: its quick reference, self-assessment and quick prep."""
    root = ctx.document.root
    top, fields = item_fields(root, ctx, file_level=True)
    dive = DeepDive(**fields)
    title = dive.title
    if section := _summary_section(root):
        dive.summary = prose(section)
    dive.concepts = next(
        (found for name in _CONCEPT_HEADINGS if (section := find_section(root, name)) and (found := _concepts(section))), []
    )
    if section := find_section(root, "self assessment"):
        dive.checklists = [
            Checklist(_SCALE.sub("", entry.label).strip(" :"), tuple(entry.items), entry.line)
            for entry in labelled_lists(section)
        ]
    if section := find_section(root, "quick prep"):
        dive.quick_prep = {entry.label: entry.items for entry in labelled_lists(section)}
    if not dive.concepts:
        ctx.warning(top.line, f"deep dive {title!r} has no key concepts table (a 'Key Concepts Summary' section)")
    if not dive.checklists:
        ctx.warning(top.line, f"deep dive {title!r} has no self-assessment checklist (a 'Self-Assessment Framework' section)")
    return dive


def _summary_section(root: Section) -> Section | None:
    """"Executive Summary", or a heading that is only "Summary" or "Overview" (not
    "Key Concepts Summary", which holds a table)."""
    return next((s for s in root.walk() if s is not root and _SUMMARY_HEADING.match(normalize(s.title.text))), None)


def _concepts(section: Section) -> list[Concept]:
    table = first_table(section)
    if table is None:
        return []

    def column(*words: str) -> int | None:
        return next((i for i, c in enumerate(table.header) if any(w in normalize(c.text) for w in words)), None)

    definition = column("definition", "what", "meaning", "description")
    when = column("when", "use")
    trade = column("trade", "pitfall", "downside", "watch out", "caveat", "gotcha", "risk")
    return [
        Concept(cell(row, 0), cell(row, definition), cell(row, when), cell(row, trade))
        for row in table.rows
        if cell(row, 0)
    ]
