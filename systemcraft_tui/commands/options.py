"""What every practice-log command shares: where the log is, what to do when it is
damaged, and opening it with one clear message when it cannot be opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from systemcraft_tui.commands.output import echo, fail
from systemcraft_tui.commands.paths import DataFolder
from systemcraft_tui.locations import DATA_DIR_ENV
from systemcraft_tui.store import LogDamaged, PracticeLog, StoreError


def _inherit_data_dir(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """`systemcraft stats --data-dir X` wins, then `systemcraft --data-dir X stats`, then the
    environment; with none of them the log lives in the platform's user data folder."""
    if ctx.get_parameter_source(param.name) is ParameterSource.COMMANDLINE:
        return value
    parent = ctx.find_root().obj
    from_group = parent.get("data_dir") if isinstance(parent, dict) else None
    return from_group or value


data_dir_option = click.option(
    "--data-dir",
    type=DataFolder(),
    envvar=DATA_DIR_ENV,
    show_envvar=True,
    callback=_inherit_data_dir,
    help="Data folder; the log lives in its practice-log/ subfolder (default: your user data folder).",
)

start_fresh_option = click.option(
    "--start-fresh",
    is_flag=True,
    help="If a log file is damaged, set it aside (its bytes are kept under a timestamped name) and continue with a new, empty one.",
)


def log_options(command: Callable[..., Any]) -> Callable[..., Any]:
    return data_dir_option(start_fresh_option(command))


def open_log(data_dir: Path | None, start_fresh: bool) -> PracticeLog:
    """The log, or exit 1 with one message naming the damaged file and its kept copy."""
    try:
        log = PracticeLog.open(data_dir, start_fresh=start_fresh)
    except LogDamaged as damaged:
        fail(
            f"{damaged}\nThe damaged file was left as it is. Run again with --start-fresh to set it "
            "aside (the copy stays) and continue with a new, empty one."
        )
    except (StoreError, OSError) as error:
        fail(f"cannot open the practice log: {error}")
    for damaged_file in log.set_aside:
        echo(f"Started fresh: {damaged_file.describe()}.", err=True)
    for note in log.recovered:
        echo(f"Note: {note}", err=True)
    for warning in log.warnings:
        echo(f"Warning: {warning}", err=True)
    return log
