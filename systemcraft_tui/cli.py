"""The `systemcraft` command: the TUI by default, plus non-interactive subcommands."""

from __future__ import annotations

import click

from systemcraft_tui import __version__
from systemcraft_tui.commands.content import inspect, lint


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="systemcraft")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Rehearse senior engineering-manager interviews in the terminal.

    With no command, opens the app on the bundled library.
    """
    if ctx.invoked_subcommand is None:
        click.echo("The app is not built yet.")


main.add_command(lint)
main.add_command(inspect)

if __name__ == "__main__":
    main()
