"""`systemcraft lint` and `systemcraft inspect`: how authors check and debug content."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from systemcraft_tui.commands.output import echo, inert, terminal_json
from systemcraft_tui.commands.paths import ExistingPath
from systemcraft_tui.content.library import Library, default_workers, load_library
from systemcraft_tui.content.rules import PREPARED_ANSWER, RULE_SUMMARIES
from systemcraft_tui.content.serialize import item_to_dict
from systemcraft_tui.core.labels import KIND_NOUNS
from systemcraft_tui.core.terminal_text import visible
from systemcraft_tui.core.vocabulary import ItemKind
from systemcraft_tui.core.wording import count, counts
from systemcraft_tui.locations import bundled_content_dir

_PATHS = click.argument("paths", nargs=-1, type=ExistingPath(folders=True))


def _read(paths: tuple[Path, ...]) -> Library:
    """What the paths hold (with none, the bundled library), parsed on every core this
    process may use when there are enough files to pay for it (content/library.py)."""
    return load_library(list(paths) or [bundled_content_dir()], workers=default_workers())


@click.command()
@_PATHS
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
def lint(paths: tuple[Path, ...], strict: bool) -> None:
    """Check content files (or folders of them) against the SystemCraft templates.

    With no PATHS, checks the bundled library. Prints each problem as FILE:LINE: error|warning: MESSAGE. Exits 0 when clean,
    1 when there are errors (or warnings, with --strict), 2 on bad usage.
    """
    library = _read(paths)
    for problem in sorted(library.problems, key=lambda p: (str(p.path), p.line)):
        echo(problem.format())
    for path in library.files:
        echo(f"{path}: {_what_was_read(library, path)}", err=True)
    errors, warnings = len(library.errors), len(library.warnings)
    click.echo(f"{_totals(library)}: {_problems(errors, warnings)}", err=True)
    if errors or (strict and warnings):
        sys.exit(1)


def _problems(errors: int, warnings: int) -> str:
    """ "1 warning", "2 errors, 1 warning", "no errors or warnings": what lint and inspect found."""
    return counts((errors, "error"), (warnings, "warning"), none="no errors or warnings")


def _what_was_read(library: Library, path: Path) -> str:
    """ "3 stories, 1 design problem" for a file, or why nothing in it was read."""
    read = [item for item in library.items if item.origin.path == path]
    # A prepared answer ("Why Amazon?") is rehearsed as a story is, but it is not one.
    prepared = sum(item.rule == PREPARED_ANSWER for item in read)
    kinds = Counter(item.kind for item in read if item.rule != PREPARED_ANSWER)
    if read:
        said = [count(kinds[kind], name) for kind, name in KIND_NOUNS.items() if kinds[kind]]
        return ", ".join(said + ([count(prepared, "prepared answer")] if prepared else []))
    reason = next((p for p in library.problems if p.path == path), None)
    return f"nothing read: see line {reason.line}" if reason else "nothing read"


def _totals(library: Library) -> str:
    return f"{count(len(library.files), 'file')}, {count(len(library.items), 'item')}"


@click.command()
@_PATHS
@click.option("--json", "as_json", is_flag=True, help="Print one JSON list of the parsed items.")
def inspect(paths: tuple[Path, ...], as_json: bool) -> None:
    """Show what the app reads from content files: items, timings, probes, principles.

    With no PATHS, shows the bundled library.
    """
    library = _read(paths)
    if as_json:
        click.echo(terminal_json([item_to_dict(item) for item in library.items]))
        for problem in library.problems:
            echo(problem.format(), err=True)
    else:
        console = Console(highlight=False)
        for item in library.items:
            console.print(_item_panel(inert(item_to_dict(item))))
        _print_rules(console, [item.rule for item in library.items])
        _print_problems(console, library)
    if library.errors:
        sys.exit(1)


def _item_panel(data: dict) -> Panel:
    header = Text()
    header.append(visible(data["title"]), style="bold")
    header.append(visible(f"\n{data['kind']} · {data['id']} · level {data['level'] or 'not given'}"), style="dim")
    header.append(visible(f"\n{data['source']}:{data['line']}"), style="dim")
    header.append(f"\nread by rule {data['rule']} (below)", style="dim")
    parts: list = [header]
    if data["question"]:
        source = {"title": " (from the title)", "principle": " (made up from its principle)"}.get(
            data.get("question_source", ""), ""
        )
        parts.append(Text.assemble(("\nQuestion" + source + ": ", "bold"), visible(data["question"])))
    if data["sections"]:
        parts.append(_sections_table(data))
    if data["probes"]:
        probes = Text("\nFollow-ups:", style="bold")
        for number, probe in enumerate(data["probes"], 1):
            probes.append(f"\n {number}. ", style="bold")
            probes.append(visible(probe["question"]), style="")
            if probe["answer"]:
                kind = "guidance" if probe["answer_kind"] == "guidance" else "strong response"
                probes.append(f"\n    {kind}: ", style="dim")
                probes.append(visible(_shorten(probe["answer"])), style="dim")
        parts.append(probes)
    if data.get("weeks"):
        parts.append(_weeks_text(data["weeks"]))
    if data.get("concepts"):
        parts.append(Text.assemble(("\nKey concepts: ", "bold"), visible(", ".join(c["name"] for c in data["concepts"]))))
    if data["principles"] or data.get("unknown_principles"):
        line = Text("\nPrinciples: ", style="bold")
        line.append(", ".join(data["principles"]))
        for unknown in data.get("unknown_principles", []):
            line.append(visible(f"  {unknown} (unknown, not counted)"), style="yellow")
        parts.append(line)
    return Panel(Group(*parts), expand=True)


def _weeks_text(weeks: list[dict]) -> Text:
    """A plan's weeks, each on a line: its number, its title, and what it delivers."""
    text = Text("\nWeeks:", style="bold")
    for week in weeks:
        span = f"{week['first']}" if week["first"] == week["last"] else f"{week['first']}-{week['last']}"
        text.append(f"\n {span}. ", style="bold")
        text.append(visible(week["title"] or _shorten(week["goals"]) or "(no title)"))
        if week["deliverables"]:
            text.append(f"  ({count(len(week['deliverables']), 'deliverable')})", style="dim")
    return text


def _sections_table(data: dict) -> Table:
    minutes = data["kind"] == ItemKind.SYSTEM_DESIGN
    table = Table(title=None, show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column("Phase" if minutes else "Section")
    table.add_column("Window", justify="right")
    table.add_column("Timing from")
    level = (data["levels"] or ["L6"])[-1]
    # One answer told whole has its own default, not one level's STAR part.
    default = "default preset" if minutes else ("default, told whole" if len(data["sections"]) == 1 else f"default for {level}")
    for section in data["sections"]:
        low, high, unit = (
            (section["min_minutes"], section["max_minutes"], "min")
            if minutes
            else (section["min_seconds"], section["max_seconds"], "s")
        )
        window = f"{low} {unit}" if low == high else f"{low}-{high} {unit}"
        source = "file" if section["timing"] == "file" else default
        table.add_row(Text(visible(section["name"])), window, Text(source, style="dim" if source == "file" else "yellow"))
    return table


def _print_rules(console: Console, rules: list[str]) -> None:
    """Each rule that read an item, said once after the items, in a line: in full, a rule's
    reading is a paragraph, and a few of them ended the output in a wall of text."""
    used = list(dict.fromkeys(rules))
    if not used:
        return
    console.print(Text("Rules that read these items (each in full in the README's content section):", style="bold"))
    for rule in used:
        # One line each, never cut at the console's width (80 columns when piped): a line to grep.
        console.print(Text.assemble((f"{rule} ({count(rules.count(rule), 'item')}): ", "bold"), RULE_SUMMARIES.get(rule, "")), soft_wrap=True)
    console.print()


def _print_problems(console: Console, library: Library) -> None:
    for problem in library.problems:
        style = "red" if problem.severity == "error" else "yellow"
        console.print(Text(visible(problem.format()), style=style), soft_wrap=True)  # `file:line: …` whole, as lint prints it
    console.print(
        Text(
            f"{count(len(library.items), 'item')} from {count(len(library.files), 'file')}; "
            f"{_problems(len(library.errors), len(library.warnings))}",
            style="dim",
        )
    )


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
