"""`systemcraft lint` and `systemcraft inspect`: how authors check and debug content."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from systemcraft_tui.commands.output import counted, echo, inert, terminal_json
from systemcraft_tui.commands.paths import ExistingPath
from systemcraft_tui.content.library import Library, load_library
from systemcraft_tui.content.serialize import item_to_dict
from systemcraft_tui.locations import bundled_content_dir
from systemcraft_tui.terminal_text import visible

_PATHS = click.argument("paths", nargs=-1, type=ExistingPath(folders=True))


def _paths_or_bundled(paths: tuple[Path, ...]) -> list[Path]:
    return list(paths) or [bundled_content_dir()]


@click.command()
@_PATHS
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
def lint(paths: tuple[Path, ...], strict: bool) -> None:
    """Check content files (or folders of them) against the SystemCraft templates.

    With no PATHS, checks the bundled library. Prints each problem as FILE:LINE: error|warning: MESSAGE. Exits 0 when clean,
    1 when there are errors (or warnings, with --strict), 2 on bad usage.
    """
    library = load_library(_paths_or_bundled(paths))
    for problem in sorted(library.problems, key=lambda p: (str(p.path), p.line)):
        echo(problem.format())
    errors, warnings = len(library.errors), len(library.warnings)
    click.echo(
        f"{counted(len(library.files), 'file')}, {counted(len(library.items), 'item')}: "
        f"{counted(errors, 'error')}, {counted(warnings, 'warning')}",
        err=True,
    )
    if errors or (strict and warnings):
        sys.exit(1)


@click.command()
@_PATHS
@click.option("--json", "as_json", is_flag=True, help="Print one JSON list of the parsed items.")
def inspect(paths: tuple[Path, ...], as_json: bool) -> None:
    """Show what the app reads from content files: items, timings, probes, principles.

    With no PATHS, shows the bundled library.
    """
    library = load_library(_paths_or_bundled(paths))
    if as_json:
        click.echo(terminal_json([item_to_dict(item) for item in library.items]))
        for problem in library.problems:
            echo(problem.format(), err=True)
        return
    console = Console(highlight=False)
    for item in library.items:
        console.print(_item_panel(inert(item_to_dict(item))))
    _print_problems(console, library)


def _item_panel(data: dict) -> Panel:
    header = Text()
    header.append(data["title"], style="bold")
    header.append(f"\n{data['kind']} · {data['id']} · level {data['level'] or 'not given'}", style="dim")
    header.append(f"\n{data['source']}:{data['line']}", style="dim")
    parts: list = [header]
    if data["question"]:
        parts.append(Text.assemble(("\nQuestion: ", "bold"), data["question"]))
    if data["sections"]:
        parts.append(_sections_table(data))
    if data["probes"]:
        probes = Text("\nFollow-ups:", style="bold")
        for number, probe in enumerate(data["probes"], 1):
            probes.append(f"\n {number}. ", style="bold")
            probes.append(probe["question"], style="")
            if probe["answer"]:
                kind = "guidance" if probe["answer_kind"] == "guidance" else "strong response"
                probes.append(f"\n    {kind}: ", style="dim")
                probes.append(_shorten(probe["answer"]), style="dim")
        parts.append(probes)
    if data["principles"] or data.get("unknown_principles"):
        line = Text("\nPrinciples: ", style="bold")
        line.append(", ".join(data["principles"]))
        for unknown in data.get("unknown_principles", []):
            line.append(f"  {unknown} (unknown, not counted)", style="yellow")
        parts.append(line)
    return Panel(Group(*parts), expand=True)


def _sections_table(data: dict) -> Table:
    minutes = data["kind"] == "system_design"
    table = Table(title=None, show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column("Phase" if minutes else "Section")
    table.add_column("Window", justify="right")
    table.add_column("Timing from")
    level = (data["levels"] or ["L6"])[-1]
    for section in data["sections"]:
        low, high, unit = (
            (section["min_minutes"], section["max_minutes"], "min")
            if minutes
            else (section["min_seconds"], section["max_seconds"], "s")
        )
        window = f"{low} {unit}" if low == high else f"{low}-{high} {unit}"
        source = "file" if section["timing"] == "file" else (
            "default preset" if minutes else f"default for {level}"
        )
        table.add_row(Text(section["name"]), window, Text(source, style="dim" if source == "file" else "yellow"))
    return table


def _print_problems(console: Console, library: Library) -> None:
    for problem in library.problems:
        style = "red" if problem.severity == "error" else "yellow"
        console.print(Text(visible(problem.format()), style=style))
    console.print(
        Text(
            f"{counted(len(library.items), 'item')} from {counted(len(library.files), 'file')}; "
            f"{counted(len(library.errors), 'error')}, {counted(len(library.warnings), 'warning')}",
            style="dim",
        )
    )


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
