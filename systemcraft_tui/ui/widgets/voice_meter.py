"""A one-line live level meter for a rehearsal heard with voice: whether the step is being
recorded, and how loud the microphone is. It polls the recorder's latest level (a read of
one value, never the disk) ten times a second, only while it is shown, and repaints only
when the line changes (paused or silent, never)."""

from __future__ import annotations

from rich.text import Text

from systemcraft_tui.service.hearing import StepVoice
from systemcraft_tui.ui.widgets.readouts import Readout

METER_CELLS = 20
POLL_SECONDS = 0.1


class VoiceMeter(Readout):
    DEFAULT_CSS = """
    VoiceMeter {
        height: 1;
    }
    """

    def __init__(self, voice: StepVoice, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.voice = voice

    def on_mount(self) -> None:
        self.show_level()
        self.set_interval(POLL_SECONDS, self.show_level)

    def show_level(self) -> None:
        voice = self.voice
        if voice.problem:
            self.show(Text.assemble(("Not recording: ", "bold yellow"), voice.problem))
        elif not voice.recording:
            self.show(Text("Voice: opening the microphone…", style="dim"))
        elif not voice.capturing:
            self.show(Text.assemble(("‖ ", "bold"), ("not recording while the clock is paused", "dim")))
        else:
            level, dbfs = voice.loudness()
            lit = round(level * METER_CELLS)
            loudness = f" {dbfs:4.0f} dB" if lit else "  silent"
            self.show(
                Text.assemble(("● rec ", "bold red"), ("▮" * lit, "green"), ("▯" * (METER_CELLS - lit), "dim"), (loudness, "dim"))
            )
