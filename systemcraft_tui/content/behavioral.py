"""Reads behavioral scenarios (Template 1) and the variants real authors write."""

from __future__ import annotations

import re

from systemcraft_tui.content.markdown_tree import (
    Code,
    Line,
    ListBlock,
    Paragraph,
    Section,
    block_lines,
)
from systemcraft_tui.content.model import (
    BehavioralScenario,
    Expectation,
    PracticeVersion,
    PrincipleRef,
    StarSection,
)
from systemcraft_tui.content.names import (
    STAR_NAMES,
    behavioral_role,
    normalize,
    star_part,
    strip_quotes,
)
from systemcraft_tui.content.principles import canonical_principle, named_principles
from systemcraft_tui.content.reading import (
    FileContext,
    cell,
    clean_label,
    criteria,
    first_table,
    item_texts,
    labelled_lists,
    level_columns,
    list_items,
    prose,
    read_probes,
    section_levels,
    slug,
    split_name,
    split_title,
)
from systemcraft_tui.content.timing import (
    TimingError,
    Window,
    default_star_window,
    leading_timing,
    parse_duration,
    split_timing,
)

_PLAIN_STAR_LABEL = re.compile(r"^(Situation|Task|Action|Result)s?\s*(?=\(|:)", re.IGNORECASE)
# "Primary", "Primary LP", "Secondary Leadership Principle": a role label before the name.
_LP_ROLE = re.compile(r"^(primary|secondary|tertiary|additional|supporting|other)(?:\b.*\b(?:lp|principle)s?)?$", re.I)
# "L6 Scenario", "Level 6 Scenario", "Story": a code that tells scenarios apart only by
# what follows it, so an id made from it alone would repeat within a file.
_GENERIC_CODE_WORDS = re.compile(r"\b(?:L\d+|level\s*\d+|scenario|story|example)\b", re.I)
_SPOKEN_DURATION = re.compile(
    r"(\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?)[\s-]*(seconds?|secs?|minutes?|mins?)\b", re.I
)


def is_scenario(section: Section) -> bool:
    """A heading is a scenario when its sections hold an interview question or a STAR answer."""
    return any(behavioral_role(child.title.text) in ("question", "star") for child in section.children)


def read_scenario(section: Section, ctx: FileContext, context_levels: tuple[str, ...]) -> BehavioralScenario:
    heading = section.title.text
    code, title = split_title(heading)
    levels = section_levels(section) or context_levels
    scenario = BehavioralScenario(
        id=f"{slug(ctx.path.stem)}/{slug(_id_part(code, title))}",
        title=title,
        code=code,
        levels=levels,
        origin=ctx.origin(section.line),
        content_hash=ctx.content_hash(section),
    )
    parts = {behavioral_role(child.title.text): child for child in reversed(section.children)}
    if question := parts.get("question"):
        scenario.question = strip_quotes(prose(question))
    else:
        scenario.question = _inline_question(section)
    if evaluates := parts.get("evaluates"):
        scenario.evaluates = criteria(list_items(evaluates))
        scenario.setup = prose(evaluates)
    if expectations := parts.get("expectations"):
        scenario.expectations = _expectations(expectations)
    if not scenario.levels and scenario.expectations:
        scenario.levels = tuple(dict.fromkeys(lvl for e in scenario.expectations for lvl in e.by_level))
    star_sources = _star_sources(section, parts.get("star"))
    if star_sources:
        scenario.star = _star(star_sources, ctx, scenario.levels)
    if probes := parts.get("probes"):
        scenario.probes = read_probes(probes)
    if principles := parts.get("principles"):
        scenario.principles = _principles(principles, ctx)
    if red_flags := parts.get("red_flags"):
        scenario.red_flags = item_texts(red_flags)
    if success := parts.get("success_factors"):
        scenario.success_factors = item_texts(success)
    if practice := parts.get("practice"):
        scenario.self_assessment, timing_lines = _practice(practice)
        scenario.timing_practice = _practice_versions(timing_lines)
    _check(scenario, ctx, section, parts, star_sources)
    return scenario


def _id_part(code: str | None, title: str) -> str:
    """The author's code ("L6-ARL", "Story 2") when it names the scenario, else the title."""
    if code and re.search(r"[a-z0-9]", _GENERIC_CODE_WORDS.sub("", code), re.I):
        return code
    return title


def _inline_question(section: Section) -> str:
    """`**Question:** "..."` written under the scenario heading instead of in a section."""
    for line in section.paragraph_lines():
        if line.lead_bold and behavioral_role(line.lead_bold) == "question":
            return strip_quotes(line.after_lead)
    return ""


def _check(
    scenario: BehavioralScenario, ctx: FileContext, section: Section, parts: dict, star_sources: list[Section]
) -> None:
    name = f"scenario {scenario.title!r}"
    subheading = "#" * (section.level + 1)
    if not scenario.question:
        ctx.error(section.line, f"{name} has no interview question (a '{subheading} The Interview Question' section)")
    if not star_sources:
        ctx.error(
            section.line,
            f"{name} has no STAR response: add a '{subheading} Complete STAR Response Example' section "
            "with **Situation**, **Task**, **Action** and **Result** parts",
        )
    else:
        found = {part.name for part in scenario.star}
        missing = [part for part in STAR_NAMES if part not in found]
        if not found:
            ctx.error(
                star_sources[0].line,
                f"{name}: nothing in the STAR response reads as Situation, Task, Action or Result; "
                "start each part with a label like **Situation (30-45 seconds)** or its own heading",
            )
        elif missing:
            ctx.error(star_sources[0].line, f"{name}: the STAR response has no {', '.join(missing)} section")
    for role, read, what, how in (
        ("probes", scenario.probes, "follow-up questions", _PROBES_HINT),
        ("red_flags", scenario.red_flags, "red flags to avoid", "write each red flag as a '- ' bullet"),
    ):
        if not read:
            _warn_unread(ctx, name, section, parts.get(role), what, how)


_PROBES_HINT = 'write each as **Common Probe #1**: "question" then **Strong Response**: "answer"'


def _warn_unread(ctx: FileContext, name: str, scenario: Section, part: Section | None, what: str, how: str) -> None:
    """A part that is missing, or present with nothing in it that could be read."""
    if part is None:
        ctx.warning(scenario.line, f"{name} has no {what}")
        return
    if _indented_as_code(part, ctx):
        how = "its lines are indented by a tab or 4 spaces, which Markdown reads as code: remove the indent"
    ctx.warning(
        part.line,
        f"{name}: the '{part.title.text}' section at line {part.line} was found, "
        f"but nothing in it could be read as {what}; {how}",
    )


def _indented_as_code(section: Section, ctx: FileContext) -> bool:
    lines = ctx.document.source_lines
    return any(
        isinstance(block, Code) and lines[block.line - 1].startswith(("\t", "    ")) for block in section.blocks
    )


def _expectations(section: Section) -> list[Expectation]:
    table = first_table(section)
    if table is None:
        return []
    columns = level_columns(table)
    return [
        Expectation(aspect=cell(row, 0), by_level={level: cell(row, index) for level, index in columns.items()})
        for row in table.rows
        if cell(row, 0)
    ]


# --- STAR ---------------------------------------------------------------------------


def _star_sources(scenario: Section, umbrella: Section | None) -> list[Section]:
    """Where the STAR answer is written: its own section, and Situation/Task/Action/Result
    headings beside it (at its level) or straight under the scenario heading."""
    beside = [
        child
        for child in scenario.children
        if behavioral_role(child.title.text) is None and star_part(child.title.text)
    ]
    return ([umbrella] if umbrella else []) + beside


def _star_lines(section: Section):
    """The heading and lines of a section and its subsections in order, nested bullets
    included; a heading is a label line of its own ("Complete STAR Response" labels nothing)."""
    yield section.title, True
    for block in section.blocks:
        if isinstance(block, (Paragraph, ListBlock)):
            yield from ((line, False) for line in block_lines(block))
    for child in section.children:
        yield from _star_lines(child)


def _star(sources: list[Section], ctx: FileContext, levels: tuple[str, ...]) -> list[StarSection]:
    drafts: list[dict] = []
    for line, is_heading in (entry for source in sources for entry in _star_lines(source)):
        label = line.text if is_heading else line.lead_bold
        rest = "" if is_heading else line.after_lead
        if not is_heading and label is None and (plain := _PLAIN_STAR_LABEL.match(line.text)):
            label, rest = _split_plain_label(line.text, plain.end())
        part = star_part(label) if label else None
        if part:
            drafts.append({"name": part, "label": label, "rest": rest, "line": line.number, "text": []})
            if rest:
                drafts[-1]["text"].append(rest)
        elif drafts and line.text:
            drafts[-1]["text"].append(line.text)
    sections: list[StarSection] = []
    seen: set[str] = set()
    for draft in drafts:
        if draft["name"] in seen:
            ctx.warning(draft["line"], f"a second {draft['name']} section in one STAR response; the first is used")
            continue
        seen.add(draft["name"])
        window, source, text = _window(draft, ctx, levels)
        sections.append(
            StarSection(
                name=draft["name"],
                min_seconds=window.min_seconds,
                max_seconds=window.max_seconds,
                text=strip_quotes(text),
                line=draft["line"],
                timing=source,
            )
        )
    order = {name: i for i, name in enumerate(STAR_NAMES)}
    return sorted(sections, key=lambda s: order[s.name])


def _split_plain_label(text: str, end: int) -> tuple[str, str]:
    head, rest = text[:end], text[end:]
    if rest.startswith("("):
        close = rest.find(")")
        head, rest = head + rest[: close + 1], rest[close + 1 :]
    return head, rest.lstrip(": ")


def _window(draft: dict, ctx: FileContext, levels: tuple[str, ...]) -> tuple[Window, str, str]:
    """The section's timing: in its label, right after it ("**Task** (20 seconds): ..."),
    or the documented default for the level."""
    text = "\n".join(draft["text"])
    try:
        _, window = split_timing(draft["label"])
        if window is None and draft["rest"]:
            window, after = leading_timing(draft["rest"])
            if window:
                text = "\n".join(([after] if after else []) + draft["text"][1:])
    except TimingError as error:
        ctx.error(draft["line"], f"{draft['name']}: {error}")
        window = None
    if window is None:
        return default_star_window(draft["name"], levels), "default", text
    if window.min_seconds > window.max_seconds:
        message = f"minimum time {window.min_seconds}s is above maximum {window.max_seconds}s"
        ctx.error(draft["line"], f"{draft['name']}: {message}")
        return default_star_window(draft["name"], levels), "default", text
    return window, "file", text


# --- principles and practice ----------------------------------------------------------


def _principles(section: Section, ctx: FileContext) -> list[PrincipleRef]:
    refs = []
    lines = [(item.lines[0], item.text) for item in list_items(section) if item.lines]
    lines += [(ln, ln.text) for b in section.blocks if isinstance(b, Paragraph) for ln in b.lines]
    for line, full_text in lines:
        role, names, evidence = _principle_line(line, full_text)
        for written, notes in named_principles(names):
            canonical = canonical_principle(written)
            if canonical is None:
                message = f"unknown Leadership Principle {written!r}: not one of the 16, so it is not counted"
                ctx.warning(line.number, message)
            # "Dive Deep (primary)": a note may give the role; any other note is evidence.
            noted_role = next((note.capitalize() for note in notes if _LP_ROLE.match(note)), None)
            note = "; ".join(note for note in notes if not _LP_ROLE.match(note))
            refs.append(PrincipleRef(written, canonical, role or noted_role, evidence or note, line.number))
    # Primary first, whatever order the lines are in; otherwise as written.
    return sorted(refs, key=lambda ref: (ref.role != "Primary", ref.line))


def _principle_line(line: Line, full_text: str) -> tuple[str | None, str, str]:
    """(role, names, evidence) from "**Primary LP**: Name - evidence", "**Name**: evidence"
    or "Name - evidence"."""
    label = line.lead_bold
    after = line.after_lead.lstrip(":-–— ")
    if label and (role := _LP_ROLE.match(clean_label(label))):
        return role.group(1).capitalize(), *split_name(after)
    if label:
        return None, clean_label(label), after.strip()
    return None, *split_name(full_text)


def _practice(section: Section) -> tuple[list[str], list[str]]:
    """Self-assessment questions and timing-practice lines, under bold labels or subheadings."""
    buckets: dict[str, list[str]] = {"self": [], "timing": []}
    for entry in labelled_lists(section):
        if bucket := _practice_bucket(entry.label):
            buckets[bucket].extend(entry.items)
    return buckets["self"], buckets["timing"]


def _practice_bucket(label: str) -> str | None:
    words = normalize(label)
    if "timing" in words or "time" in words.split():
        return "timing"
    if "assessment" in words or "questions" in words or "reflect" in words:
        return "self"
    return None


def _practice_versions(lines: list[str]) -> list[PracticeVersion]:
    """"Record yourself ... in 4-6 minutes", "the 30-second elevator version", ..."""
    versions = []
    for text in lines:
        match = _SPOKEN_DURATION.search(text)
        if not match:
            continue
        try:
            window = parse_duration(f"{match.group(1)} {match.group(2)}")
        except TimingError:
            continue
        if "elevator" in text.lower():
            label = "Elevator version"
        elif window.max_seconds >= 180:
            label = "Full version"
        else:
            label = f"{match.group(1)}-{match.group(2).rstrip('s').lower()} version"
        versions.append(PracticeVersion(label, window.min_seconds, window.max_seconds))
    return versions
