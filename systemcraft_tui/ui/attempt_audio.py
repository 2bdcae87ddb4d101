"""A logged attempt heard with voice, on its screen: what was said in each step and the
checks on it, where its audio is, p to play the steps one after another (when this machine
has an output device, else the reason), x to stop, d to delete the audio (asked first; the
transcripts and figures stay in the log). The folder is read and the audio deleted in
workers: the screen never waits on the disk."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.binding import Binding
from textual.widgets import Static

from systemcraft_tui.core.records import Session
from systemcraft_tui.core.windows import clock
from systemcraft_tui.service.hearing import KeptAudio, delete_audio, kept_audio, play, stop_playing
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.reading import ReadingScreen
from systemcraft_tui.ui.spoken_text import spoken_table
from systemcraft_tui.ui.widgets.checks import checks_text

AUDIO_BINDINGS = [
    Binding("p", "play_step", "Play"),
    Binding("x", "stop_playing", "Stop", show=False),
    Binding("d", "delete_audio", "Delete audio"),
]


def heard(session: Session) -> bool:
    return bool(session.spoken_checks) or any(session.spoken)


def spoken_parts(session: Session) -> Group:
    """The checks on what was said, and each step's transcript beside its notes' place."""
    found = checks_text(session.spoken_checks) if session.spoken_checks else Text("None were run.", style="dim")
    checks = Group(Text("Answer checks on what you said", style="bold"), found)
    steps = [(s.name, "", None) for s in session.sections]
    steps += [(f"Probe {n}", p.question, None) for n, p in enumerate(session.probes, 1)]
    said = {i: part for i, part in enumerate(session.spoken) if part is not None}
    design = session.scenario.kind == "system_design"
    return Group(checks, spoken_table(steps, said, design, model=False))


class AttemptAudio(ReadingScreen):
    """The attempt screen's audio keys: `session`, and a Static with id "audio" to fill."""

    BINDINGS = [*ReadingScreen.BINDINGS, *AUDIO_BINDINGS]
    session: Session
    _audio: KeptAudio | None = None
    _playing: int | None = None  # the step index played last

    def show_audio(self) -> None:
        """Read the folder in a worker, then say what is kept."""
        session, data_dir = self.session, self.app.settings.data_dir  # type: ignore[attr-defined]
        count = len(session.sections) + len(session.probes)

        def read() -> None:
            found = kept_audio(session.id, data_dir, count)
            self.app.call_from_thread(self._audio_found, found)

        self.run_worker(read, thread=True, group="audio")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The audio keys only for an attempt heard with voice."""
        return heard(self.session) or action not in {b.action for b in AUDIO_BINDINGS}

    def _audio_found(self, found: KeptAudio) -> None:
        self._audio = found
        line = Text(found.describe(), style="dim")
        if found.steps:
            line.append(" · p plays a step, x stops, d deletes the audio", style="dim")
        self.query_one("#audio", Static).update(line)

    def action_play_step(self) -> None:
        if not self._audio or not self._audio.steps:
            self.notify("No audio kept for this attempt.")
            return
        later = [i for i in self._audio.steps if self._playing is None or i > self._playing]
        index = later[0] if later else min(self._audio.steps)
        self._playing = index
        names = [s.name for s in self.session.sections] + [f"Probe {n}" for n, _ in enumerate(self.session.probes, 1)]
        if problem := play(self._audio.steps[index]):
            self.notify(problem, severity="warning")
            return
        spoken = self.session.spoken[index]
        length = f" ({clock(spoken.seconds)})" if spoken else ""
        self.notify(f"Playing {names[index]}{length}: p for the next step, x stops")

    def action_stop_playing(self) -> None:
        stop_playing()

    def action_delete_audio(self) -> None:
        session, data_dir = self.session, self.app.settings.data_dir  # type: ignore[attr-defined]

        def delete() -> None:
            gone = delete_audio(session.id, data_dir)
            message = "The audio of this attempt is deleted; its transcripts stay in the log." if gone else "No audio was kept."
            self.app.call_from_thread(self.notify, message)
            self.app.call_from_thread(self.show_audio)

        def answer(yes: bool | None) -> None:
            if yes:
                stop_playing()
                self.run_worker(delete, thread=True, group="audio")

        question = "Delete the recordings of this attempt? Its transcripts and figures stay in the log."
        self.app.push_screen(ConfirmScreen(question, "Delete", "Keep"), answer)
