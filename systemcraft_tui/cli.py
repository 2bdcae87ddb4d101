"""The `systemcraft` command: the TUI by default, plus non-interactive subcommands."""

from __future__ import annotations

from pathlib import Path

import click

from systemcraft_tui import __version__
from systemcraft_tui.commands.content import inspect, lint


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="systemcraft")
@click.option(
    "--content",
    "content",
    multiple=True,
    type=click.Path(exists=True, file_okay=True, path_type=Path),
    help="Extra content file or folder to add to the library (repeatable).",
)
@click.pass_context
def main(ctx: click.Context, content: tuple[Path, ...]) -> None:
    """Rehearse senior engineering-manager interviews in the terminal.

    With no command, opens the app on the bundled library.
    """
    if ctx.invoked_subcommand is None:
        from systemcraft_tui.ui.app import create_app  # Textual loads only when the app runs

        create_app(content).run()


main.add_command(lint)
main.add_command(inspect)

if __name__ == "__main__":
    main()
