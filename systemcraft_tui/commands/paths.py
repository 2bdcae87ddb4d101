"""Paths named on the command line, checked before anything is opened or written: a FIFO
would block the command, a device would feed it forever or be replaced by a file, a
link would be replaced by a file, a missing file is a typing mistake, and an empty
name would mean the current folder. Each is bad usage (exit status 2) with a
message naming the path."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import click

from systemcraft_tui.core.terminal_text import visible
from systemcraft_tui.regular_files import kind_of


def shown(path: str | os.PathLike[str]) -> str:
    """A path as a message quotes it, its control characters made visible."""
    return f"'{visible(os.fspath(path))}'"


class ExistingPath(click.Path):
    """An existing regular file, or with `folders=True` a regular file or a folder."""

    def __init__(self, *, folders: bool) -> None:
        super().__init__(exists=True, dir_okay=folders, path_type=Path)
        self.folders = folders

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        _named(value, param, ctx)
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


class OutputFile(click.Path):
    """A file to write: a new name, or a regular file to replace. A link, a FIFO or a
    device is refused, since writing replaces whatever has the name."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        _named(value, param, ctx)
        path = Path(value)
        if path == STANDARD_OUTPUT:
            return path
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            return path
        except OSError as error:
            self.fail(f"{shown(path)} cannot be looked at: {error.strerror or error}.", param, ctx)
        if not stat.S_ISREG(mode):
            from systemcraft_tui.store.export import REPLACES_ONLY_FILES  # the export's own rule; the app does not load it

            self.fail(f"{shown(path)} is {kind_of(mode)}; {REPLACES_ONLY_FILES}.", param, ctx)
        return path


# `-o -` is standard output, as `-` is to most commands; a file named so is `./-`.
STANDARD_OUTPUT = Path("-")


def _named(value: Any, param: click.Parameter | None, ctx: click.Context | None) -> None:
    """Refuse an empty name, which Path("") would take for the current folder."""
    if isinstance(value, str) and not value.strip():
        raise click.BadParameter("an empty name is not a file or folder; give one", ctx, param)


class DataFolder(click.Path):
    """The data folder: any folder name but the empty one, which would be the current folder."""

    def __init__(self) -> None:
        super().__init__(file_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        if isinstance(value, str) and not value.strip():
            self.fail("an empty name is not a folder; give one, e.g. --data-dir ~/systemcraft-data", param, ctx)
        path = super().convert(value, param, ctx)
        assert isinstance(path, Path)  # path_type=Path
        return path


# Content beside the bundled library: given to `systemcraft` before a command, or to `mock` after it.
content_option = click.option(
    "--content",
    "content",
    multiple=True,
    type=ExistingPath(folders=True),
    help="Extra content file or folder to add to the library (repeatable).",
)
