"""What was heard in each step, as rich text: the transcript beside the model answer, and
under it how it was said (pace against the band, talk and silence, fillers, long pauses,
I and we, numbers). Used by the review right after a rehearsal and by a logged attempt;
transcripts go in as plain strings, like every user text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.table import Table
from rich.text import Text

from systemcraft_tui.core.records import SpokenPart
from systemcraft_tui.core.windows import clock
from systemcraft_tui.practice.delivery import PACE_BAND, Pace, pace_of
from systemcraft_tui.practice.progress import DeliveryPoint
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.reference_text import reference_text

_PACE = {
    Pace.SLOW: ("slow", "yellow"),
    Pace.IN_BAND: ("in band", "green"),
    Pace.FAST: ("fast", "yellow"),
}


def pace_text(words_per_minute: float | None) -> Text:
    """'142 wpm, in band' against PACE_BAND, in the verdict's colour."""
    pace = pace_of(words_per_minute)
    if words_per_minute is None or pace is Pace.NO_SPEECH:
        return Text("no speech", style="dim")
    word, style = _PACE[pace]
    return Text(f"{words_per_minute:.0f} wpm, {word}", style=style)


def delivery_text(part: SpokenPart) -> Text:
    """The figures of one step, a few short lines."""
    low, high = PACE_BAND
    text = Text()
    text.append(f"{clock(part.seconds)} of audio · ")
    text.append_text(pace_text(part.words_per_minute))
    text.append(f" (band {low}–{high}")
    if part.talking_words_per_minute is not None:
        text.append(f"; {part.talking_words_per_minute:.0f} while talking")
    text.append(f") · talking {part.talk_seconds:.0f} s, silent {max(0.0, part.seconds - part.talk_seconds):.0f} s\n")
    per_minute = part.fillers_per_minute
    if part.fillers:
        text.append(f"Fillers {len(part.fillers)}", style="yellow")
        text.append(f" ({per_minute:.1f} a minute): {plain(', '.join(part.fillers))}\n" if per_minute is not None else "\n")
    else:
        text.append("No fillers\n", style="green")
    for pause in part.pauses:
        text.append(f"Pause {pause.seconds:.1f} s at {clock(pause.at)}", style="yellow")
        text.append(f" after “{plain(pause.before)}”\n" if pause.before else "\n")
    text.append(f"I ×{part.i_count} · we ×{part.we_count}")
    text.append(f" · numbers: {plain(', '.join(part.numbers))}" if part.numbers else " · no numbers")
    return text


def said_text(part: SpokenPart | str | None) -> Text:
    """A step's cell: its transcript and figures, or why there are none."""
    if part is None:
        return Text("(not recorded)", style="dim")
    if isinstance(part, str):
        return Text(plain(part), style="dim italic")
    if not part.words:
        return Text.assemble(("(nothing heard)\n", "dim"), delivery_text(part))
    return Text.assemble(plain(part.transcript), "\n", delivery_text(part))


def spoken_table(
    steps: Sequence[tuple[str, str, str | None]],
    heard: Mapping[int, SpokenPart | str | None],
    design: bool = False,
    model: bool = True,
) -> Table:
    """(name, prompt, model answer) per step, and what was heard in it (by step index),
    beside the model answer when `model`."""
    answer = "Reference design" if design else "Model answer"
    title = f"What you said beside the {answer.lower()}" if model else "What you said"
    table = Table(title=title, title_justify="left", expand=True, show_lines=True, title_style="bold")
    table.add_column("Phase" if design else "Section", ratio=1, width=16)
    table.add_column("What you said", ratio=3)
    if model:
        table.add_column(answer, ratio=3)
    for index, (name, prompt, reference) in enumerate(steps):
        label = Text(plain(name))
        if prompt:
            label.append(f"\n{plain(prompt)}", style="italic dim")
        row = [label, said_text(heard.get(index))]
        table.add_row(*row, *([reference_text(reference) if reference else Text("—")] if model else []))
    return table


def delivery_trend_table(points: Sequence[DeliveryPoint], dates: Sequence[str]) -> Table:
    """The sessions heard with voice, oldest first, each with the date shown for it: pace,
    fillers a minute and long pauses, and from the first to the latest how each moved."""
    low, high = PACE_BAND
    first, last = points[0], points[-1]
    table = Table(title="How you sounded (answers heard with voice)", title_justify="left", expand=True, title_style="bold")
    if len(points) > 1:
        table.caption = (
            f"Pace {first.words_per_minute:.0f} → {last.words_per_minute:.0f} wpm (band {low}–{high}) · "
            f"fillers {first.fillers_per_minute:.1f} → {last.fillers_per_minute:.1f} a minute"
        )
        table.caption_justify = "left"
    table.add_column("When", no_wrap=True)
    table.add_column("Answer", ratio=1)
    table.add_column("Pace", no_wrap=True)
    table.add_column("Fillers/min", justify="right")
    table.add_column("Long pauses", justify="right")
    for point, day in zip(points, dates, strict=True):
        fillers = f"{point.fillers_per_minute:.1f}"
        table.add_row(day, Text(plain(point.title)), pace_text(point.words_per_minute), fillers, str(point.long_pauses))
    return table
