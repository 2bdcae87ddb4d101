"""`systemcraft mock FORMAT [--seed N]`: open the app straight into a mock interview."""

from __future__ import annotations

from collections.abc import Sequence

import click

from systemcraft_tui.content.model import ContentItem

FORMAT_KEYS = ("behavioral", "design", "bar-raiser", "loop")  # practice/mock_formats.FORMATS, without loading the engine


def mock_shortfall(library: Sequence[ContentItem], key: str) -> str | None:
    """Why the library cannot fill a mock of this format at all, else None. Whether it can
    does not depend on the log or the seed, so it is told before the app opens."""
    from systemcraft_tui.practice.mock_draw import DrawHistory, draw_mock
    from systemcraft_tui.practice.mock_formats import FORMATS

    drawn = draw_mock(FORMATS[key], library, DrawHistory(), 0)
    return None if drawn.can_run else "\n".join(drawn.notes)


@click.command("mock")
@click.argument("format_key", metavar="FORMAT", type=click.Choice(FORMAT_KEYS))
@click.option(
    "--seed",
    type=click.IntRange(min=0),
    help="Draw the questions from this seed: with the same library and log, the same questions (default: a new one, shown in the debrief).",
)
@click.pass_context
def mock(ctx: click.Context, format_key: str, seed: int | None) -> None:
    """Run a mock interview: behavioral (45 min), design (60 min), bar-raiser (60 min) or loop
    (all three, with breaks).

    The interviewer draws the questions, keeps the clock and moves on when an answer runs
    long; the debrief rates each round and gives a hire-bar verdict.
    """
    ctx.find_root().obj["run_app"]((format_key, seed))
