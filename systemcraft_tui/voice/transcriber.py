"""Turning a step's audio into a `Transcript`: words with their times, and the spans the
voice-activity detector heard as speech.

Built for a worker thread: `transcribe()` blocks for about a tenth of the audio's length
on 2 cores (the first call also loads the model, about a second), and calls from several
threads run one at a time. It never touches the network (`local_files_only=True`): the
model is the one `voice setup` checked, and its sha256 is checked again before loading.

Needs the voice extra; faster-whisper and numpy are imported on first use."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from systemcraft_tui.practice.delivery import Transcript, Word
from systemcraft_tui.voice import model as models
from systemcraft_tui.voice.errors import ModelNotReady
from systemcraft_tui.voice.support import require_extra

SAMPLE_RATE = 16000
LOAD = {"device": "cpu", "compute_type": "int8", "cpu_threads": 2}
DECODE = {"language": "en", "beam_size": 1, "word_timestamps": True, "condition_on_previous_text": False}
# Silero VAD (bundled with faster-whisper, run by onnxruntime): short breaks count as
# silence, so talk time is time spent talking; a little padding keeps word edges.
VAD = {"min_silence_duration_ms": 300, "speech_pad_ms": 60}


def load_whisper(folder: Path) -> Any:
    """The model in `folder` with the settings every transcription uses."""
    require_extra()
    from faster_whisper import WhisperModel

    return WhisperModel(str(folder), local_files_only=True, **LOAD)


class Transcriber:
    """One model for the whole app, loaded on first use (or by load(), in a worker)."""

    def __init__(self, data_dir: str | os.PathLike[str] | None = None, chosen: models.Model | None = None) -> None:
        self.data_dir = data_dir
        self.chosen = chosen
        self._whisper: Any = None
        self._lock = threading.Lock()

    def load(self) -> None:
        """Check and load the model; ModelNotReady (or ExtraMissing) says why it cannot."""
        with self._lock:
            self._load()

    def _load(self) -> None:
        if self._whisper is not None:
            return
        require_extra()
        chosen = self.chosen or models.current_model(self.data_dir)
        if self.chosen is not None:
            models.verify(chosen)
        try:
            self._whisper = load_whisper(chosen.path)
        except (RuntimeError, ValueError, OSError) as error:  # CTranslate2's words for a bad model folder
            raise ModelNotReady(
                f"The speech model at {chosen.path} does not load ({error}): run systemcraft voice setup again"
            ) from None

    def transcribe(self, audio: Any) -> Transcript:
        """`audio`: a float32 array at 16 kHz mono, or a step's files (a StepAudio's parts)."""
        import numpy as np
        from faster_whisper.vad import VadOptions, get_speech_timestamps

        from systemcraft_tui.voice.recorder import read_audio

        samples = audio if isinstance(audio, np.ndarray) else read_audio(list(audio))
        if not len(samples):
            return Transcript((), 0.0)  # a step finished before any audio came
        with self._lock:
            self._load()
            segments, _ = self._whisper.transcribe(samples, **DECODE)
            words = joined_words(w for segment in segments for w in (segment.words or ()))
            spans = get_speech_timestamps(samples, VadOptions(**VAD), sampling_rate=SAMPLE_RATE)
        speech = tuple((span["start"] / SAMPLE_RATE, span["end"] / SAMPLE_RATE) for span in spans)
        return Transcript(words, len(samples) / SAMPLE_RATE, speech)


def joined_words(pieces: Iterable[Any]) -> tuple[Word, ...]:
    """Whisper's words, with its pieces of one written word joined: it returns "3%" as " 3"
    and "%", "$40,000" as " $40" and ",000"; a piece that does not start with a space
    continues the word before it."""
    words: list[Word] = []
    for piece in pieces:
        text = piece.word
        if words and text and not text[0].isspace():
            last = words[-1]
            words[-1] = Word(last.text + text, last.start, float(piece.end))
        elif text.strip():
            words.append(Word(text.strip(), float(piece.start), float(piece.end)))
    return tuple(words)
