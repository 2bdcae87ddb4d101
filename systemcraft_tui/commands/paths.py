"""Paths named on the command line, checked before anything is opened: a FIFO would block
the command, a device would feed it forever, and a missing file is a typing mistake.
Each is bad usage (exit status 2) with a message naming the path."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import click

from systemcraft_tui.regular_files import kind_of
from systemcraft_tui.terminal_text import visible


def shown(path: str | os.PathLike[str]) -> str:
    """A path as a message quotes it, its control characters made visible."""
    return f"'{visible(os.fspath(path))}'"


class ExistingPath(click.Path):
    """An existing regular file, or with `folders=True` a regular file or a folder."""

    def __init__(self, *, folders: bool) -> None:
        super().__init__(exists=True, dir_okay=folders, path_type=Path)
        self.folders = folders

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        path = Path(value)
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            self.fail(f"{shown(path)} does not exist.", param, ctx)
        except OSError as error:
            self.fail(f"{shown(path)} cannot be read: {error.strerror or error}.", param, ctx)
        if not (stat.S_ISREG(mode) or (self.folders and stat.S_ISDIR(mode))):
            self.fail(f"{shown(path)} is {kind_of(mode)}, not a regular file.", param, ctx)
        return path
