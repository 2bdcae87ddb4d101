"""A rehearsal heard without a microphone: the real recorder fed by hand from a speech
fixture (FileSource, realtime=False, the path the microphone's blocks take), and a
transcriber that reads the fixture's script instead of running the model (its own tests,
tests/voice/test_transcribe.py, run the model)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from systemcraft_tui.practice.delivery import Transcript, Word
from systemcraft_tui.service import hearing
from systemcraft_tui.service.hearing import Readiness
from tests.ui.apps import until  # noqa: F401 (the voice tests import it from here)
from tests.voice.conftest import EXTRA_REASON, SPEECH

WORD_SECONDS = 0.4


class ScriptTranscriber:
    """Hears each step as the words of `scripts[step]`, WORD_SECONDS each, one after another."""

    def __init__(self, scripts: dict[int, str]) -> None:
        self.scripts = scripts
        self.calls: list[tuple[Path, ...]] = []
        self.release = threading.Event()  # clear it to hold every transcription back until set
        self.release.set()

    def transcribe(self, parts) -> Transcript:
        import soundfile

        self.release.wait(30)
        parts = tuple(parts)
        self.calls.append(parts)
        seconds = sum(soundfile.info(p).duration for p in parts)
        index = int(parts[0].name[5:7]) if parts else -1
        said = self.scripts.get(index, "").split()
        words = tuple(Word(w, i * WORD_SECONDS, (i + 1) * WORD_SECONDS) for i, w in enumerate(said))
        return Transcript(words, seconds)


class HandFed:
    """Installs the stand-ins; `source` is the file source of the latest session opened."""

    def __init__(self, monkeypatch, fixture: Path, scripts: dict[int, str]) -> None:
        pytest.importorskip("soundfile", reason=EXTRA_REASON)
        self.fixture = fixture
        self.transcriber = ScriptTranscriber(scripts)
        self.source = None
        monkeypatch.setattr(hearing, "recorder_for", self._recorder)
        monkeypatch.setattr(hearing, "transcriber_for", lambda data_dir: self.transcriber)

    def _recorder(self, session_id, data_dir, voice_file=None):
        from systemcraft_tui.voice.recorder import FileSource, Recorder
        from systemcraft_tui.voice.recordings import session_folder

        self.source = FileSource(self.fixture, realtime=False)
        return Recorder(self.source, session_folder(session_id, data_dir))


def voice_on(app) -> None:
    """As if v had been pressed and the check had passed."""
    app.voice.wanted = True
    app.voice.readiness = Readiness(True, "each step is recorded from a stand-in and transcribed on this machine")


FIXTURE = SPEECH / "situation.ogg"
