"""The `systemcraft` command: the TUI by default, plus non-interactive subcommands."""

from __future__ import annotations

import errno
import importlib
import os
import sys
from pathlib import Path
from typing import Any, ClassVar

import click

from systemcraft_tui import __version__
from systemcraft_tui.commands.paths import DataFolder, ExistingPath, content_option
from systemcraft_tui.core.allocation import pause_for_start


class _Commands(click.Group):
    """Subcommands whose modules load only when they are used: opening the app (no
    subcommand) imports none of them, and `voice` brings in the optional voice layer."""

    LAZY: ClassVar[dict[str, str]] = {
        "inspect": "systemcraft_tui.commands.content:inspect",
        "lint": "systemcraft_tui.commands.content:lint",
        "log": "systemcraft_tui.commands.log:log_group",
        "mock": "systemcraft_tui.commands.mock:mock",
        "stats": "systemcraft_tui.commands.stats:stats",
        "voice": "systemcraft_tui.commands.voice:voice_group",
    }

    def main(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().main(*args, **kwargs)
        except OSError as error:  # click itself ends a broken pipe (`| head -1`) quietly
            if not _output_lost(error):
                raise
            click.echo(f"Error: cannot write the output: {error.strerror or error}", err=True)
            sys.exit(1)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.LAZY])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.LAZY:
            module, _, attribute = self.LAZY[name].partition(":")
            command: click.Command = getattr(importlib.import_module(module), attribute)
            return command
        return super().get_command(ctx, name)


@click.group(cls=_Commands, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="systemcraft")
@content_option
@click.option(
    "--data-dir",
    type=DataFolder(),
    envvar="SYSTEMCRAFT_DATA_DIR",
    help="Folder of the practice log (default: your user data folder; also $SYSTEMCRAFT_DATA_DIR).",
)
@click.option("--no-bell", is_flag=True, help="No terminal bell when a section's time window ends.")
@click.option(
    "--probe-seconds",
    default="60-90",
    show_default=True,
    callback=lambda ctx, param, value: _window(value),
    help="Time window for each follow-up probe, as MIN-MAX seconds (each from 10 to 600).",
)
@click.option(
    "--voice-input",
    type=ExistingPath(folders=False),  # a FIFO would block the app as it opens it, /dev/zero never end
    help="Hear this 16 kHz mono audio file in place of the microphone (turns voice on; needs the voice extra).",
)
@click.pass_context
def main(
    ctx: click.Context,
    content: tuple[Path, ...],
    data_dir: Path | None,
    no_bell: bool,
    probe_seconds: tuple[int, int],
    voice_input: Path | None,
) -> None:
    """Rehearse senior engineering-manager interviews in the terminal.

    With no command, opens the app on the bundled library.
    """
    if ctx.invoked_subcommand is not None and sys.stdout is None:
        # Python sets sys.stdout to None when descriptor 1 is closed, and click.echo then
        # prints nothing: an export would "succeed" having written nowhere.
        click.echo("Error: standard output is closed, so there is nowhere to print to.", err=True)
        ctx.exit(1)
    options = ctx.ensure_object(dict)
    options["data_dir"] = data_dir

    def run_app(mock: tuple[str, int | None] | None = None, folder: Path | None = data_dir, more: tuple[Path, ...] = ()) -> None:
        """Open the app (straight into a mock for `systemcraft mock`, which ends with an error
        when the library read cannot fill it) on the log in `folder`; only this module
        imports the screens."""
        if sys.stdin is None or sys.stdout is None:  # Python's sign of a closed descriptor
            click.echo("Error: the app needs a terminal, and its standard input or output is closed.", err=True)
            ctx.exit(1)
        pause_for_start()  # until the app's first screen is shown (SystemCraftApp._open_log)
        from systemcraft_tui.ui.library_read import read_library

        extra = (*content, *more)
        reading = read_library(extra)  # begun now, while the screens' modules load
        from systemcraft_tui.locations import cache_dir
        from systemcraft_tui.stray_output import kept_aside
        from systemcraft_tui.ui.app import (  # Textual loads only when the app runs
            Settings,
            create_app,
        )

        settings = Settings(
            bell=not no_bell, probe_seconds=probe_seconds, data_dir=folder, voice_file=voice_input, mock=mock, content=extra
        )
        with kept_aside(cache_dir() / "native-output.log"):  # a Rust panic, ALSA's warnings: not on the screen
            app = create_app(reading, settings=settings)
            app.run()
        reading.keep_read_so_far(KEEP_READ_SECONDS)
        ctx.exit(app.return_code or 0)  # 1 when the log could not be opened, or on an error

    options["run_app"] = run_app
    if ctx.invoked_subcommand is None:
        run_app()


def _output_lost(error: OSError) -> bool:
    """Whether `error` is standard output refusing what it is given: a write with no file
    named that ran out of room or failed (stdout to a full disk, /dev/full). The log and
    `-o` files name their own errors. Its unwritten bytes then go to the null device, so
    Python's flush at exit raises nothing more."""
    if error.filename is not None or error.errno not in _WRITE_FAILURES or sys.stdout is None:
        return False
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())
    os.close(null)
    return True


_WRITE_FAILURES = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


# How long quitting mid-read may wait to keep the parses made so far (an entry takes
# about half a millisecond to write); the rest is read again at the next start.
KEEP_READ_SECONDS = 1.0

# A probe answered in under 10 seconds, or one given more than 10 minutes, is not a
# rehearsal of an interview's follow-up question.
PROBE_BOUNDS = (10, 600)


def _window(value: str) -> tuple[int, int]:
    shown = repr(value if len(value) <= 40 else value[:39] + "…")
    low, dash, high = value.partition("-")
    try:
        window = (int(low), int(high))
    except ValueError:
        number = low.strip()
        if not dash and number.isdigit() and len(number) <= 6:
            raise click.BadParameter(
                f"{shown} is one number: give MIN-MAX seconds, e.g. 45-75 ({number}-{number} for exactly {number} s)"
            ) from None
        raise click.BadParameter(f"{shown} is not MIN-MAX seconds, e.g. 45-75") from None
    least, most = PROBE_BOUNDS
    if not (least <= window[0] <= most and least <= window[1] <= most):
        raise click.BadParameter(f"{shown}: a probe window is from {least} to {most} seconds")
    if window[0] > window[1]:
        raise click.BadParameter(f"{shown}: the minimum is above the maximum")
    return window


if __name__ == "__main__":
    main()
