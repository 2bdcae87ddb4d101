"""Reads system design problems (Template 2): requirements, timed phases, follow-ups."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from systemcraft_tui.content.markdown_tree import (
    Document,
    ListBlock,
    ListItem,
    Section,
    Table,
)
from systemcraft_tui.content.model import (
    Criterion,
    Phase,
    Requirement,
    SystemDesignProblem,
)
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
    section_levels,
    split_title,
)
from systemcraft_tui.content.timing import (
    DEFAULT_DESIGN_PHASES,
    TimingError,
    Window,
    parse_duration,
    split_timing,
)
from systemcraft_tui.wording import count

_FORMAT = re.compile(r"format\W+(\d+)[\s-]*min", re.IGNORECASE)


def read_system_design(document: Document, ctx: FileContext) -> SystemDesignProblem:
    top, fields = file_item_fields(document, ctx)
    problem = SystemDesignProblem(**fields, question=split_title(fields["title"])[1])
    # "**Level**: L6 | **Format**: 60-minute interview" under the title says the level.
    problem.levels = levels_in(labelled_value(top, "level") or "") or section_levels(top) or problem.levels
    root = document.root
    if section := find_section(root, "business context"):
        problem.business_context = prose(section)
    if section := find_section(root, "functional requirements", exclude="non functional"):
        problem.functional_requirements = item_texts(section)
    if section := find_section(root, "non functional requirements"):
        problem.non_functional = _requirements(section, problem.levels)
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
    problem.phases = _phases(root, ctx) or _default_phases(root, ctx, top.line)
    _check_format(problem, top, ctx)
    if not problem.follow_ups:
        ctx.warning(top.line, f"design problem {problem.title!r} has no follow-up questions")
    return problem


def _check_format(problem: SystemDesignProblem, top: Section, ctx: FileContext) -> None:
    """`**Format**: 60-minute interview` must agree with the phases' maximum minutes."""
    stated = _stated_format(top)
    timed = all(p.timing == "file" for p in problem.phases)
    if stated and timed and stated.minutes != problem.total_minutes:
        ctx.warning(stated.line, f"the format says {count(stated.minutes, 'minute')} but the phases add up to {count(problem.total_minutes, 'minute')}")


@dataclass(frozen=True)
class _Format:
    minutes: int
    line: int


def _stated_format(top: Section) -> _Format | None:
    """The `**Format**: 60-minute interview` line under the title, wherever it sits."""
    for line in top.paragraph_lines():
        if match := _FORMAT.search(line.text):
            return _Format(int(match[1]), line.number)
    return None


def _requirements(section: Section, levels: tuple[str, ...]) -> list[Requirement]:
    table = first_table(section)
    if table is None:
        return [_listed_requirement(point, levels) for point in criteria(list_items(section))]
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


def _listed_requirement(point: Criterion, levels: tuple[str, ...]) -> Requirement:
    """`- Latency: search p95 < 300 ms`: one target that holds for every level the
    problem is for ("all" when it names none)."""
    if not point.detail:
        return Requirement(point.name, {}, "")
    return Requirement(point.name, {level: point.detail for level in levels or ("all",)}, "")


# --- phases ---------------------------------------------------------------------------

# Headings under which authors lay out the interview's clock as a table or a list.
_PLAN_HEADING = re.compile(
    r"\b(?:time (?:plan|budget|allocation|breakdown)|timing|timeline|agenda|phases|walkthrough"
    r"|interview (?:plan|structure|flow|outline))\b"
)
_PHASE_COLUMN = ("phase", "step", "stage")
_TIME_COLUMN = ("time", "minutes", "mins", "duration", "timing")
# "1. ", "2) ", "Phase 3: ", "Step 4 - " before a phase name; the order is kept by position.
_NUMBERING = re.compile(r"^(?:(?:phase|step|stage|part)\s+\d+|\d+[.)])\s*[:.)\-–—]?\s+", re.IGNORECASE)
_SYMBOL_CATEGORIES = {"So", "Sk", "Mn", "Cf"}  # emoji, their modifiers and joiners


def _phases(root: Section, ctx: FileContext) -> list[Phase]:
    """The file's own phases: a phase table or timed list under a plan heading
    ("## Interview Plan"), else every timed heading that is not just the parent of
    timed headings ("## Walkthrough (45 minutes)" over "### Design (10 minutes)")."""
    headings = _timed_headings(root, ctx)
    for section in root.walk():
        if section is not root and (planned := _table_phases(section, ctx) or _list_phases(section, ctx)):
            return planned
    return [
        phase
        for section, name, window in headings
        if not any(section.line < other.line <= section.end_line for other, _, _ in headings)
        if (phase := _phase(name, window, section.line, ctx))
    ]


def _timed_headings(root: Section, ctx: FileContext) -> list[tuple[Section, str, Window]]:
    found = []
    for section in root.walk():
        if section is root:
            continue
        try:
            name, window = split_timing(section.title.text)
        except TimingError as error:
            ctx.error(section.line, f"phase {section.title.text!r}: {error}")
            continue
        if window is not None:
            found.append((section, name, window))
    return found


def _is_plan_heading(section: Section) -> bool:
    return bool(_PLAN_HEADING.search(normalize(section.title.text)))


def _table_phases(section: Section, ctx: FileContext) -> list[Phase]:
    """`| Phase | Time | What to cover |` rows; a Step/Stage column counts only under a plan heading."""
    for table in (b for b in section.blocks if isinstance(b, Table)):
        headers = [normalize(c.text) for c in table.header]
        name, time = _column(headers, _PHASE_COLUMN), _column(headers, _TIME_COLUMN)
        if name is None or time is None or not ("phase" in headers[name] or _is_plan_heading(section)):
            continue
        entries = [
            _Entry(cell(row, name), _table_window(cell(row, time)), row[0].number)
            for row in table.rows
            if cell(row, name)
        ]
        return _entry_phases(entries, f"write minutes like '10 min' in the {table.header[time].text!r} column", ctx)
    return []


def _column(headers: list[str], words: tuple[str, ...]) -> int | None:
    return next((i for i, header in enumerate(headers) if any(w in header.split() for w in words)), None)


def _table_window(text: str) -> Window | TimingError | None:
    try:
        return parse_duration(text) if text else None
    except TimingError as error:
        return error


def _list_phases(section: Section, ctx: FileContext) -> list[Phase]:
    """`- High-level design — 10 min` items under a plan heading, when at least two are timed."""
    if not _is_plan_heading(section):
        return []
    for block in (b for b in section.blocks if isinstance(b, ListBlock)):
        entries = [_item_entry(item) for item in block.items]
        if sum(isinstance(entry.window, Window) for entry in entries) >= 2:
            return _entry_phases(entries, "write it like 'High-level design — 10 min'", ctx)
    return []


def _item_entry(item: ListItem) -> _Entry:
    try:
        name, window = split_timing(item.text)
    except TimingError as error:
        return _Entry(item.text, error, item.line)
    return _Entry(name, window, item.line)


@dataclass(frozen=True)
class _Entry:
    """A row or list item of a written-out plan, before its timing is checked."""

    name: str
    window: Window | TimingError | None
    line: int


def _entry_phases(entries: list[_Entry], how_to_time: str, ctx: FileContext) -> list[Phase]:
    phases = []
    for entry in entries:
        if isinstance(entry.window, TimingError):
            ctx.error(entry.line, f"phase {entry.name!r}: {entry.window}")
        elif entry.window is None:
            ctx.warning(entry.line, f"phase {entry.name!r} has no time, so it is left out: {how_to_time}")
        elif phase := _phase(entry.name, entry.window, entry.line, ctx):
            phases.append(phase)
    return phases


def _phase(name: str, window: Window, line: int, ctx: FileContext) -> Phase | None:
    shown = phase_name(name)
    if window.min_seconds > window.max_seconds:
        ctx.error(line, f"phase {shown!r}: minimum {window.min_minutes} minutes is above maximum {window.max_minutes}")
        return None
    return Phase(shown, window.min_minutes, window.max_minutes, line)


def phase_name(text: str) -> str:
    """"High-Level Design" from "2. 🏗️ High-Level Design": no numbering, no emoji."""
    name = _trim_symbols(_NUMBERING.sub("", _trim_symbols(text)))
    return name or text.strip()


def _trim_symbols(text: str) -> str:
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or unicodedata.category(text[start]) in _SYMBOL_CATEGORIES):
        start += 1
    while end > start and (text[end - 1].isspace() or unicodedata.category(text[end - 1]) in _SYMBOL_CATEGORIES):
        end -= 1
    return text[start:end]


def _default_phases(root: Section, ctx: FileContext, line: int) -> list[Phase]:
    """The preset, with a warning that names where timings were looked for."""
    phases = [Phase(name, low, high, line, "default") for name, low, high in DEFAULT_DESIGN_PHASES]
    plans = [f"{s.title.text!r} (line {s.line})" for s in root.walk() if s is not root and _is_plan_heading(s)]
    where = f"in {', '.join(plans)} or in any heading" if plans else "in any heading or under a plan heading such as '## Interview Plan'"
    ctx.warning(
        line,
        f"no timed phases found {where}; using the default {sum(p.max_minutes for p in phases)}-minute plan. "
        "Time the phase headings, e.g. '### High-Level Architecture (5-10 minutes)', or add a '| Phase | Time |' table",
    )
    return phases
