"""A one-line live level meter for a rehearsal heard with voice: whether the step is being
recorded, and how loud the microphone is. It polls the recorder's latest level (a read of
one value, never the disk) ten times a second, only while it is shown."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from systemcraft_tui.service.hearing import StepVoice

METER_CELLS = 20
POLL_SECONDS = 0.1


class VoiceMeter(Static):
    DEFAULT_CSS = """
    VoiceMeter {
        height: 1;
    }
    """

    def __init__(self, voice: StepVoice, **options) -> None:
        super().__init__(**options)
        self.voice = voice

    def on_mount(self) -> None:
        self.show_level()
        self.set_interval(POLL_SECONDS, self.show_level)

    def show_level(self) -> None:
        voice = self.voice
        if voice.problem:
            self.update(Text.assemble(("Not recording: ", "bold yellow"), voice.problem))
        elif not voice.recording:
            self.update(Text("Voice: opening the microphone…", style="dim"))
        elif not voice.capturing:
            self.update(Text.assemble(("‖ ", "bold"), ("not recording while the clock is paused", "dim")))
        else:
            level, dbfs = voice.loudness()
            lit = round(level * METER_CELLS)
            loudness = f" {dbfs:4.0f} dB" if lit else "  silent"
            self.update(
                Text.assemble(("● rec ", "bold red"), ("▮" * lit, "green"), ("▯" * (METER_CELLS - lit), "dim"), (loudness, "dim"))
            )
