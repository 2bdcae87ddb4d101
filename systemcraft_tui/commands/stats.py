"""`systemcraft stats`: the practice log summed up in the terminal."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from systemcraft_tui.commands.options import log_options, open_log
from systemcraft_tui.content.principles import PRINCIPLES
from systemcraft_tui.core.labels import kind_label
from systemcraft_tui.core.terminal_text import visible
from systemcraft_tui.core.windows import duration
from systemcraft_tui.core.wording import count, counts
from systemcraft_tui.store.stats import PracticeStats, Tally, digest_stats


@click.command()
@log_options
def stats(data_dir: Path | None, start_fresh: bool) -> None:
    """Sessions, practice time, scores by kind, level and Leadership Principle."""
    log = open_log(data_dir, start_fresh)
    figures = log.look(lambda digest: digest_stats(digest, datetime.now(UTC)))
    console = Console(highlight=False)
    if not figures.overall.sessions:
        console.print(_empty(figures, log.path))
        return
    console.print(Text.assemble(("Practice log ", "bold"), (visible(str(log.path)), "dim")))
    console.print(_overview(figures))
    console.print(_breakdown("Kind", {kind_label(k): t for k, t in sorted(figures.by_kind.items())}))
    console.print(_breakdown("Level", dict(sorted(figures.by_level.items()))))
    console.print(_principles(figures))


def _empty(figures: PracticeStats, folder: Path) -> Text:
    text = Text("No practice sessions yet. ", style="bold")
    text.append("Run `systemcraft`, pick a scenario and rehearse it out loud; your figures will show here.")
    if figures.drafts:
        them = "it" if figures.drafts == 1 else "them"
        text.append(f"\n{count(figures.drafts, 'rehearsal')} left unfinished: the app offers to resume {them}.")
    text.append(f"\nLog folder: {visible(str(folder))}", style="dim")
    return text


def _mean(tally: Tally) -> str:
    return "-" if tally.mean_score is None else f"{tally.mean_score:.1f}"


def _overview(figures: PracticeStats) -> Table:
    table = Table(title="Overview", show_header=False, title_justify="left", title_style="bold")
    table.add_column(style="bold")
    table.add_column()
    sessions = str(figures.overall.sessions)
    if said := counts((figures.completed, "completed", "completed"), (figures.abandoned, "abandoned", "abandoned"), none=""):
        sessions += f" ({said})"
    if figures.drafts:
        sessions += f"; {count(figures.drafts, 'unfinished draft')}"
    table.add_row("Sessions", sessions)
    table.add_row("Practice time", duration(figures.overall.seconds))
    table.add_row("Average score", f"{_mean(figures.overall)} (of {count(figures.overall.scored, 'scored session')})")
    table.add_row("First and last", f"{figures.first:%Y-%m-%d} to {figures.last:%Y-%m-%d}")
    for label, tally in (("Last 7 days", figures.last_7_days), ("Last 30 days", figures.last_30_days)):
        table.add_row(label, f"{count(tally.sessions, 'session')}, {duration(tally.seconds)}, average score {_mean(tally)}")
    return table


def _breakdown(title: str, tallies: dict[str, Tally]) -> Table:
    table = Table(title=f"By {title.lower()}", title_justify="left", title_style="bold")
    table.add_column(title)
    table.add_column("Sessions", justify="right")
    table.add_column("Time", justify="right")
    table.add_column("Average score", justify="right")
    for name, tally in tallies.items():
        table.add_row(Text(visible(name)), str(tally.sessions), duration(tally.seconds), _mean(tally))
    return table


def _principles(figures: PracticeStats) -> Table:
    table = Table(title="By Leadership Principle", title_justify="left", title_style="bold")
    table.add_column("Principle")
    table.add_column("Sessions", justify="right")
    table.add_column("Mean score", justify="right")
    names = list(PRINCIPLES) + sorted(set(figures.by_principle) - set(PRINCIPLES))
    for name in names:
        tally = figures.by_principle.get(name)
        if tally is None:
            table.add_row(Text(name, style="dim"), Text("0", style="dim"), Text("not practised yet", style="dim"))
        else:
            table.add_row(Text(visible(name)), str(tally.sessions), _mean(tally))
    return table
