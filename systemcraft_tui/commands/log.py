"""`systemcraft log export` and `systemcraft log import`: moving the practice log
between machines, and reading it outside the app."""

from __future__ import annotations

from pathlib import Path

import click

from systemcraft_tui.commands.options import log_options, open_log
from systemcraft_tui.commands.output import echo, fail
from systemcraft_tui.commands.paths import STANDARD_OUTPUT, ExistingPath, OutputFile
from systemcraft_tui.core.wording import count
from systemcraft_tui.store import ImportRejected, StoreError
from systemcraft_tui.store.export import EXPORTERS, write_export
from systemcraft_tui.store.importing import import_file

NOUNS = {
    "sessions": ("session", "sessions"),
    "stories": ("story", "stories"),
    "review_cards": ("review card", "review cards"),
    "assessments": ("weekly assessment", "weekly assessments"),
    "plans": ("plan", "plans"),
}


def _listing(counts: dict[str, int]) -> str:
    return ", ".join(count(counts[table], *NOUNS[table]) for table in NOUNS if counts.get(table))


@click.group("log")
def log_group() -> None:
    """Export the practice log, or import an export made on another machine."""


@log_group.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(EXPORTERS)),
    default="json",
    show_default=True,
    help="json: everything, for `log import`; csv: one row per session; markdown: a readable report.",
)
@click.option("-o", "--output", type=OutputFile(), help="Write to FILE (mode 0600) instead of printing.")
@log_options
def export(fmt: str, output: Path | None, data_dir: Path | None, start_fresh: bool) -> None:
    """Write the whole practice log as JSON, CSV or Markdown."""
    log = open_log(data_dir, start_fresh)
    pieces = EXPORTERS[fmt](log)  # written as they come: an export is never whole in memory
    if output is None or output == STANDARD_OUTPUT:  # the terminal gets the text inert; a file (-o) keeps it exactly
        for piece in pieces:
            echo(piece, nl=False)
        return
    try:
        write_export(pieces, output)
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror or error}")
    counts = {"sessions": log.look(lambda digest: digest.count())}
    if fmt == "json":
        counts |= {"stories": len(log.stories()), "review_cards": len(log.review_cards()),
                   "assessments": len(log.assessments()), "plans": len(log.plans())}  # fmt: skip
    echo(f"Wrote {_listing(counts) or 'an empty log'} to {output} ({fmt}).", err=True)


@log_group.command("import")
@click.argument("file", type=ExistingPath(folders=False))
@log_options
def import_(file: Path, data_dir: Path | None, start_fresh: bool) -> None:
    """Merge a JSON export (from `systemcraft log export`) into this log.

    Records already here are skipped, so importing the same file twice adds nothing. A
    record whose id is here with different content is reported and left as it is. A file
    with any bad record is rejected whole and the log is not touched.
    """
    log = open_log(data_dir, start_fresh)
    try:
        result = import_file(log, file)
    except ImportRejected as rejected:
        fail(str(rejected))
    except StoreError as error:
        fail(f"nothing was imported: {error}")
    except OSError as error:  # a full disk: the change was undone (store/journal.py)
        fail(f"nothing was imported: cannot write to the practice log in {log.path}: {error.strerror or error}")
    added, unchanged = _listing(result.added), _listing(result.unchanged)
    echo(f"Imported from {file}: added {added}." if added else f"Nothing new in {file}.")
    if unchanged:
        echo(f"Already in the log: {unchanged}.")
    for record in result.conflicts:
        singular, _ = NOUNS[record.TABLE]
        echo(f"Kept the log's own {singular} {record.label} [{record.id}]: the file's copy differs.")
