"""One content file in, its items and problems out: decoding, the placeholder check
and the choice of template reader."""

from __future__ import annotations

import re
from pathlib import Path

from systemcraft_tui.content.behavioral import is_scenario, read_scenario
from systemcraft_tui.content.deep_dive import read_deep_dive
from systemcraft_tui.content.markdown_tree import Document, Section, parse_markdown
from systemcraft_tui.content.model import ContentItem, ParsedFile, Problem
from systemcraft_tui.content.names import normalize
from systemcraft_tui.content.plan import is_week_heading, read_plan
from systemcraft_tui.content.reading import FileContext, find_section, section_levels
from systemcraft_tui.content.system_design import read_system_design
from systemcraft_tui.content.timing import TimingError, read_duration, split_timing

# "[Specific business context ...]": brackets around words that Markdown did not turn
# into a link. Task boxes "[ ]"/"[x]", footnote marks "[^1]" and timings "[15-20 minutes]"
# are not placeholders.
_PLACEHOLDER = re.compile(r"\[(?!\^)([^\[\]\n]*[A-Za-z][^\[\]\n]*)\]")


def parse_file(path: Path) -> ParsedFile:
    try:
        data = path.read_bytes()
    except OSError as error:
        return ParsedFile(path, problems=[Problem(path, 1, "error", f"cannot read the file: {error.strerror or error}")])
    return parse_bytes(data, path)


def parse_bytes(data: bytes, path: Path) -> ParsedFile:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); save it as UTF-8"
        return ParsedFile(path, problems=[Problem(path, line, "error", message)])
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        return ParsedFile(path, problems=[Problem(path, line, "error", "a binary file, not Markdown text")])
    return parse_text(text, path)


def parse_text(text: str, path: Path) -> ParsedFile:
    document = parse_markdown(text)
    ctx = FileContext(path, document)
    _check_placeholders(document, ctx)
    items: list[ContentItem] = []
    _collect_scenarios(document.root, ctx, (), items)
    if not items:
        reader = _reader_for(document)
        if reader is None:
            ctx.warning(1, "no SystemCraft content found: no scenario, design problem, deep dive or practice plan")
        else:
            items.append(reader(document, ctx))
    problems = sorted(ctx.problems, key=lambda p: (p.line, p.severity, p.message))
    return ParsedFile(path, items, problems)


def _collect_scenarios(section: Section, ctx: FileContext, levels: tuple[str, ...], out: list) -> None:
    for child in section.children:
        if is_scenario(child):
            out.append(read_scenario(child, ctx, levels))
        else:
            _collect_scenarios(child, ctx, section_levels(child) or levels, out)


def _reader_for(document: Document):
    title = normalize(document.title.title.text) if document.title else ""
    root = document.root
    if "practice plan" in title or any(is_week_heading(s.title.text) for s in root.walk() if s is not root):
        return read_plan
    if "deep dive" in title or find_section(root, "key concepts summary") or find_section(root, "self assessment framework"):
        return read_deep_dive
    if (
        re.search(r"\bdesign\b", title)
        or find_section(root, "problem statement")
        or find_section(root, "functional requirements")
        or _has_timed_heading(root)
    ):
        return read_system_design
    return None


def _has_timed_heading(root: Section) -> bool:
    for section in root.walk():
        try:
            if section is not root and split_timing(section.title.text)[1]:
                return True
        except TimingError:
            return True
    return False


def _check_placeholders(document: Document, ctx: FileContext) -> None:
    for line in document.root.all_lines():
        for match in _PLACEHOLDER.finditer(line.prose):
            inner = match.group(1).strip()
            if inner.lower() == "x" or read_duration(inner):
                continue
            ctx.error(line.number, f"unfilled template placeholder [{inner}]")
