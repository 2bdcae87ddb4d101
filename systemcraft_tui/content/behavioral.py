"""Reads behavioral scenarios (Template 1) and the variants real authors write."""

from __future__ import annotations

import re

from systemcraft_tui.content.markdown_tree import ListBlock, Paragraph, Section
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
from systemcraft_tui.content.principles import canonical_principle
from systemcraft_tui.content.reading import (
    FileContext,
    cell,
    clean_label,
    criteria,
    first_table,
    item_texts,
    labelled_lists,
    level_columns,
    levels_in,
    list_items,
    prose,
    read_probes,
    slug,
    split_name,
    split_title,
)
from systemcraft_tui.content.timing import (
    TimingError,
    Window,
    default_star_window,
    parse_duration,
    split_timing,
)

_PLAIN_STAR_LABEL = re.compile(r"^(Situation|Task|Action|Result)s?\s*(?=\(|:)", re.IGNORECASE)
_LP_ROLE = re.compile(r"^(primary|secondary|tertiary|additional|supporting|other)\b.*\b(lp|principle)s?\b", re.I)
_SPOKEN_DURATION = re.compile(
    r"(\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?)[\s-]*(seconds?|secs?|minutes?|mins?)\b", re.I
)


def is_scenario(section: Section) -> bool:
    """A heading is a scenario when its sections hold an interview question or a STAR answer."""
    return any(behavioral_role(child.title.text) in ("question", "star") for child in section.children)


def read_scenario(section: Section, ctx: FileContext, context_levels: tuple[str, ...]) -> BehavioralScenario:
    heading = section.title.text
    code, title = split_title(heading)
    levels = levels_in(heading) or context_levels
    scenario = BehavioralScenario(
        id=f"{slug(ctx.path.stem)}/{slug(code or title)}",
        title=title,
        code=code,
        levels=levels,
        origin=ctx.origin(section.line),
        content_hash=ctx.content_hash(section),
    )
    parts = {behavioral_role(child.title.text): child for child in reversed(section.children)}
    if question := parts.get("question"):
        scenario.question = strip_quotes(prose(question))
    if evaluates := parts.get("evaluates"):
        scenario.evaluates = criteria(list_items(evaluates))
        scenario.setup = prose(evaluates)
    if expectations := parts.get("expectations"):
        scenario.expectations = _expectations(expectations)
    if not scenario.levels and scenario.expectations:
        scenario.levels = tuple(dict.fromkeys(lvl for e in scenario.expectations for lvl in e.by_level))
    star = parts.get("star")
    if star:
        scenario.star = _star(star, ctx, scenario.levels)
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
    _check(scenario, ctx, section, star)
    return scenario


def _check(scenario: BehavioralScenario, ctx: FileContext, section: Section, star: Section | None) -> None:
    name = f"scenario {scenario.title!r}"
    if not scenario.question:
        ctx.error(section.line, f"{name} has no interview question (a 'The Interview Question' section)")
    if star is None:
        ctx.error(section.line, f"{name} has no STAR response (a 'Complete STAR Response Example' section)")
    else:
        found = {part.name for part in scenario.star}
        missing = [part for part in STAR_NAMES if part not in found]
        if missing:
            ctx.error(star.line, f"{name}: the STAR response has no {', '.join(missing)} section")
    if not scenario.probes:
        ctx.warning(section.line, f"{name} has no follow-up questions")
    if not scenario.red_flags:
        ctx.warning(section.line, f"{name} has no red flags to avoid")


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


def _star_lines(section: Section):
    """The section's lines in order, a subheading standing as a label line of its own."""
    for block in section.blocks:
        if isinstance(block, Paragraph):
            yield from ((line, False) for line in block.lines)
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield from ((line, False) for line in item.lines)
    for child in section.children:
        yield child.title, True
        yield from _star_lines(child)


def _star(section: Section, ctx: FileContext, levels: tuple[str, ...]) -> list[StarSection]:
    drafts: list[dict] = []
    for line, is_heading in _star_lines(section):
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
        rest = draft["rest"]
        if window is None and rest.startswith("(") and ")" in rest:
            inner, _, after = rest[1:].partition(")")
            window = parse_duration(inner)
            text = "\n".join([after.lstrip(": ")] + draft["text"][1:])
    except TimingError as error:
        ctx.error(draft["line"], f"{draft['name']}: {error}")
        window = None
    if window is None:
        return default_star_window(draft["name"], levels), "default", text
    if window.min_seconds > window.max_seconds:
        ctx.error(draft["line"], f"{draft['name']}: minimum time {window.min_seconds}s is above maximum {window.max_seconds}s")
        return default_star_window(draft["name"], levels), "default", text
    return window, "file", text


# --- principles and practice ----------------------------------------------------------


def _principles(section: Section, ctx: FileContext) -> list[PrincipleRef]:
    refs = []
    lines = [(item.lines[0], item.text) for item in list_items(section) if item.lines]
    lines += [(ln, ln.text) for b in section.blocks if isinstance(b, Paragraph) for ln in b.lines]
    for line, full_text in lines:
        label = line.lead_bold
        role = None
        if label and _LP_ROLE.match(clean_label(label)):
            role = clean_label(label).split()[0].capitalize()
            written, evidence = split_name(line.after_lead.lstrip(":-–— "))
        elif label:
            written, evidence = clean_label(label), line.after_lead.lstrip(":-–— ").strip()
        else:
            written, evidence = split_name(full_text)
        written = written.strip("* ")
        if not written:
            continue
        canonical = canonical_principle(written)
        if canonical is None:
            ctx.warning(line.number, f"unknown Leadership Principle {written!r}: not one of the 16, so it is not counted")
        refs.append(PrincipleRef(written, canonical, role, evidence, line.number))
    return refs


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
