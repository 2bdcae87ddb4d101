"""Whether rehearsals are heard: the user's choice (kept with the preferences), whether this
machine can (checked in a worker, since it hashes the speech model), and the one
transcriber every session shares. Screens read `line()` and subscribe to `changed`;
each session's transcripts reach its listeners on the UI thread (StepVoice.tell)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import App
from textual.signal import Signal

from systemcraft_tui.ui.preferences import preferences_path, save_preference, saved_flag

if TYPE_CHECKING:  # the voice layer loads when voice is wanted, not with the app
    from systemcraft_tui.service.hearing import Heard, Readiness, StepVoice, Transcribing


class VoiceSwitch:
    def __init__(self, app: App, data_dir: str | os.PathLike[str] | None, voice_file: Path | None = None) -> None:
        self.app = app
        self.data_dir = data_dir
        self.voice_file = voice_file
        self.wanted = voice_file is not None or saved_flag(preferences_path(), "voice")
        self.readiness: Readiness | None = None  # None until checked
        self.changed: Signal[VoiceSwitch] = Signal(app, "voice-changed")
        self._transcriber: Transcribing | None = None

    @property
    def on(self) -> bool:
        return self.wanted and self.readiness is not None and self.readiness.ready

    def line(self) -> Text:
        """One line saying whether answers will be heard, and what to do about it."""
        if not self.wanted:
            return Text.assemble(("Voice off", "bold"), (" · v: record and transcribe each step", "dim"))
        if self.readiness is None:
            return Text.assemble(("Voice: checking this machine…", "bold"), (" · v: off", "dim"))
        if self.readiness.ready:
            return Text.assemble(("Voice on", "bold green"), f": {self.readiness.line}", (" · v: off", "dim"))
        return Text.assemble(("Voice unavailable", "bold yellow"), f": {self.readiness.line}", (" · v: off", "dim"))

    def toggle(self) -> None:
        self.wanted = not self.wanted
        self.app.run_worker(lambda: self._remember(self.wanted), thread=True, group="preferences")
        if self.wanted:
            self.readiness = None  # checked afresh: the extra or the model may have been added since
            self.check()
        self.changed.publish(self)

    def check(self) -> None:
        if self.wanted:
            self.app.run_worker(self._check, thread=True, exclusive=True, group="voice-check")

    def _check(self) -> None:
        from systemcraft_tui.service import hearing

        found = hearing.readiness(self.data_dir, self.voice_file)
        self.app.call_from_thread(self._checked, found)

    def _checked(self, found: Readiness) -> None:
        self.readiness = found
        self.changed.publish(self)

    def _remember(self, wanted: bool) -> None:
        try:
            save_preference(preferences_path(), "voice", wanted)
        except OSError as error:
            self.app.notify(f"Voice is {'on' if wanted else 'off'} now but could not be kept for the next start: {error}")

    def session(self, session_id: str) -> StepVoice | None:
        """A recorder for the session when voice is on and ready; None otherwise. Loads the
        voice extra (recorder_for): called only when voice is on."""
        if not self.on:
            return None
        from systemcraft_tui.service import hearing

        if self._transcriber is None:
            self._transcriber = hearing.transcriber_for(self.data_dir)
        voice = hearing.open_session(session_id, self.data_dir, self.voice_file, self._transcriber)
        if isinstance(voice, str):
            self.app.notify(voice, title="Not recording", severity="warning")
            return None
        session = voice

        def deliver(heard: Heard) -> None:
            self._deliver(session, heard)

        voice.on_heard = deliver
        return voice

    def _deliver(self, voice: StepVoice, heard: Heard) -> None:
        """From the transcriber's thread to the UI thread."""
        try:
            self.app.call_from_thread(voice.tell, heard)
        except RuntimeError:  # the app has closed meanwhile: the transcript goes with it
            pass
