"""The `systemcraft` command: the TUI by default, plus non-interactive subcommands."""

from __future__ import annotations

from pathlib import Path

import click

from systemcraft_tui import __version__
from systemcraft_tui.commands.content import inspect, lint
from systemcraft_tui.commands.log import log_group
from systemcraft_tui.commands.paths import DataFolder, ExistingPath
from systemcraft_tui.commands.stats import stats


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="systemcraft")
@click.option(
    "--content",
    "content",
    multiple=True,
    type=ExistingPath(folders=True),
    help="Extra content file or folder to add to the library (repeatable).",
)
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
    help="Time window for each follow-up probe, as MIN-MAX seconds.",
)
@click.pass_context
def main(
    ctx: click.Context, content: tuple[Path, ...], data_dir: Path | None, no_bell: bool, probe_seconds: tuple[int, int]
) -> None:
    """Rehearse senior engineering-manager interviews in the terminal.

    With no command, opens the app on the bundled library.
    """
    ctx.ensure_object(dict)["data_dir"] = data_dir
    if ctx.invoked_subcommand is None:
        from systemcraft_tui.ui.app import (  # Textual loads only when the app runs
            Settings,
            create_app,
        )

        settings = Settings(bell=not no_bell, probe_seconds=probe_seconds, data_dir=data_dir)
        app = create_app(content, settings=settings)
        app.run()
        ctx.exit(app.return_code or 0)  # 1 when the log could not be opened, or on an error


def _window(value: str) -> tuple[int, int]:
    low, _, high = value.partition("-")
    try:
        window = (int(low), int(high or low))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not MIN-MAX seconds, e.g. 60-90") from None
    if not 0 < window[0] <= window[1]:
        raise click.BadParameter(f"{value!r}: the minimum must be above 0 and not above the maximum")
    return window


main.add_command(lint)
main.add_command(inspect)
main.add_command(log_group)
main.add_command(stats)

if __name__ == "__main__":
    main()
