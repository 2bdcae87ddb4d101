"""`systemcraft mock FORMAT [--seed N] [--content PATH]`: open the app straight into a mock interview."""

from __future__ import annotations

from pathlib import Path

import click

from systemcraft_tui.commands.options import data_dir_option
from systemcraft_tui.commands.paths import content_option

FORMAT_KEYS = ("behavioral", "design", "bar-raiser", "loop")  # practice/mock_formats.FORMATS, without loading the engine


@click.command("mock")
@click.argument("format_key", metavar="FORMAT", type=click.Choice(FORMAT_KEYS))
@click.option(
    "--seed",
    type=click.IntRange(min=0),
    help="Draw the questions from this seed: with the same library and log, the same questions (default: a new one, shown in the debrief).",
)
@data_dir_option
@content_option
@click.pass_context
def mock(ctx: click.Context, format_key: str, seed: int | None, data_dir: Path | None, content: tuple[Path, ...]) -> None:
    """Run a mock interview: behavioral (45 min), design (60 min), bar-raiser (60 min) or loop
    (all three, with breaks).

    The interviewer draws the questions, keeps the clock and moves on when an answer runs
    long; the debrief rates each round and gives a hire-bar verdict.
    """
    ctx.find_root().obj["run_app"]((format_key, seed), data_dir, content)
