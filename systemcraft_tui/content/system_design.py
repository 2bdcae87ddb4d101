"""Reads system design problems (Template 2): requirements, timed phases, follow-ups."""

from __future__ import annotations

import re

from systemcraft_tui.content.markdown_tree import Document, Section
from systemcraft_tui.content.model import Phase, Requirement, SystemDesignProblem
from systemcraft_tui.content.names import normalize
from systemcraft_tui.content.reading import (
    FileContext,
    cell,
    criteria,
    file_item_fields,
    find_section,
    first_table,
    item_texts,
    labelled_value,
    level_columns,
    levels_in,
    list_items,
    prose,
    read_probes,
    split_title,
)
from systemcraft_tui.content.timing import (
    DEFAULT_DESIGN_PHASES,
    TimingError,
    split_timing,
)


def read_system_design(document: Document, ctx: FileContext) -> SystemDesignProblem:
    top, fields = file_item_fields(document, ctx)
    problem = SystemDesignProblem(**fields, question=split_title(fields["title"])[1])
    # "**Level**: L6 | **Format**: 60-minute interview" under the title says the level.
    problem.levels = levels_in(labelled_value(top, "level") or "") or problem.levels
    root = document.root
    if section := find_section(root, "business context"):
        problem.business_context = prose(section)
    if section := find_section(root, "functional requirements", exclude="non functional"):
        problem.functional_requirements = item_texts(section)
    if section := find_section(root, "non functional requirements"):
        problem.non_functional = _requirements(section)
        if not problem.levels:
            table = first_table(section)
            problem.levels = tuple(level_columns(table)) if table else ()
    if section := find_section(root, "constraints"):
        problem.constraints = criteria(list_items(section))
    if section := find_section(root, "followup questions"):
        problem.follow_ups = read_probes(section)
    if section := find_section(root, "l6 depth"):
        problem.l6_depth = item_texts(section)
    if section := find_section(root, "l7 strategic"):
        problem.l7_strategic = item_texts(section)
    if section := find_section(root, "success metrics"):
        problem.success_metrics = item_texts(section)
    problem.phases = _phases(root, ctx)
    if not problem.phases:
        problem.phases = [Phase(name, low, high, top.line, "default") for name, low, high in DEFAULT_DESIGN_PHASES]
    _check_format(problem, labelled_value(top, "level"), ctx, top.line)
    if not problem.follow_ups:
        ctx.warning(top.line, f"design problem {problem.title!r} has no follow-up questions")
    return problem


def _check_format(problem: SystemDesignProblem, level_line: str | None, ctx: FileContext, line: int) -> None:
    """`**Format**: 60-minute interview` must agree with the phases' maximum minutes."""
    match = re.search(r"format\W+(\d+)[\s-]*min", level_line or "", re.IGNORECASE)
    timed = all(p.timing == "file" for p in problem.phases)
    if match and timed and int(match[1]) != problem.total_minutes:
        ctx.warning(line, f"the format says {match[1]} minutes but the phases add up to {problem.total_minutes}")


def _requirements(section: Section) -> list[Requirement]:
    table = first_table(section)
    if table is None:
        return []
    columns = level_columns(table)
    rationale = next((i for i, c in enumerate(table.header) if "rationale" in normalize(c.text)), None)
    return [
        Requirement(
            name=cell(row, 0),
            targets={level: cell(row, index) for level, index in columns.items()},
            rationale=cell(row, rationale),
        )
        for row in table.rows
        if cell(row, 0)
    ]


def _phases(root: Section, ctx: FileContext) -> list[Phase]:
    """Every heading that carries a timing, "High-Level Architecture (5-10 minutes)", is a phase."""
    phases = []
    for section in root.walk():
        if section is root:
            continue
        try:
            name, window = split_timing(section.title.text)
        except TimingError as error:
            ctx.error(section.line, f"phase {section.title.text!r}: {error}")
            continue
        if window is None:
            continue
        if window.min_seconds > window.max_seconds:
            ctx.error(section.line, f"phase {name!r}: minimum {window.min_minutes} minutes is above maximum {window.max_minutes}")
            continue
        phases.append(Phase(name, window.min_minutes, window.max_minutes, section.line))
    return phases
