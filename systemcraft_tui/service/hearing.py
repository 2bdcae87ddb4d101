"""Where a rehearsal meets the optional voice layer: whether this machine can hear an
answer, and one session's recording, step by step, with each step transcribed and
measured in a thread of its own once the user moves on from it.

The screens call only this module. It imports the voice layer's standard-library modules
(status, recordings, errors) and loads the extra itself (numpy, soundfile, sounddevice,
faster-whisper) only when a recording opens: a rehearsal without voice never loads it.
Nothing here waits on the disk or the model except `open()`, `close()` and `readiness()`,
which the screens run in workers."""

from __future__ import annotations

import math
import os
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from systemcraft_tui.core.records import SpokenPart
from systemcraft_tui.practice.delivery import Delivery, Transcript, analyse, spoken_part
from systemcraft_tui.voice import recordings
from systemcraft_tui.voice.errors import VoiceUnavailable
from systemcraft_tui.voice.status import check_voice

TRANSCRIBING = "Transcribing…"
METER_FLOOR_DB = -60.0  # the quietest level the meter shows above empty
_RECORDING = ("Voice extra", "PortAudio", "Microphone")
_HEARING = ("Voice extra", "Speech model")


@dataclass(frozen=True)
class Readiness:
    ready: bool
    line: str  # how answers will be heard, or the first thing missing and how to add it


def readiness(data_dir: str | os.PathLike[str] | None, voice_file: Path | None = None) -> Readiness:
    """Can a rehearsal be heard here? Hashes the speech model: run it in a worker. With
    `voice_file` standing in for the microphone, no audio device is needed."""
    try:
        status = check_voice(data_dir)
    except OSError as error:  # the model's files there but unreadable
        return Readiness(False, f"The speech model cannot be read ({error}): run systemcraft voice setup again")
    needed = _HEARING if voice_file else _HEARING + _RECORDING
    missing = [f.message for f in status.findings if f.topic in needed and not f.ok]
    if missing:
        return Readiness(False, missing[0])
    if voice_file:
        source = f"from the file {voice_file.name} (standing in for a microphone)"
    else:
        source = "from " + next(f.message for f in status.findings if f.topic == "Microphone").split("; ")[0]
    return Readiness(True, f"each step is recorded {source} and transcribed on this machine")


@dataclass(frozen=True)
class Heard:
    """One step as transcribed and measured, or why it could not be."""

    index: int
    transcript: Transcript | None = None
    delivery: Delivery | None = None
    problem: str = ""

    @property
    def part(self) -> SpokenPart | None:
        """As the log keeps it."""
        return spoken_part(self.transcript, self.delivery) if self.transcript and self.delivery else None


class Recording(Protocol):
    """What StepVoice needs of a recorder (voice.recorder.Recorder)."""

    def open(self) -> None: ...
    def close(self) -> None: ...
    def start_step(self, index: int) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def restart_step(self) -> None: ...
    def finish_step(self) -> Future[Any]: ...
    def level(self) -> Any: ...
    @property
    def recording(self) -> bool: ...


class Transcribing(Protocol):
    def transcribe(self, audio: Any) -> Transcript: ...


def recorder_for(session_id: str, data_dir: str | os.PathLike[str] | None, voice_file: Path | None = None) -> Recording:
    """A recorder writing into the session's recordings folder, listening to the microphone
    or to `voice_file` played at the pace of speech. Loads the voice extra."""
    from systemcraft_tui.voice.support import require_extra

    require_extra()
    from systemcraft_tui.voice.recorder import FileSource, MicrophoneSource, Recorder

    if voice_file is None:
        return Recorder(MicrophoneSource(), recordings.session_folder(session_id, data_dir))
    try:
        source = FileSource(voice_file)
    except (ValueError, RuntimeError, OSError) as error:  # soundfile's words for a file it cannot read
        raise VoiceUnavailable(f"The audio file {voice_file} cannot be used: {error}") from None
    return Recorder(source, recordings.session_folder(session_id, data_dir))


def open_session(
    session_id: str, data_dir: str | os.PathLike[str] | None, voice_file: Path | None, transcriber: Transcribing
) -> StepVoice | str:
    """The session's StepVoice, or the sentence saying why it cannot record."""
    try:
        return StepVoice(recorder_for(session_id, data_dir, voice_file), transcriber)
    except VoiceUnavailable as problem:
        return str(problem)


def transcriber_for(data_dir: str | os.PathLike[str] | None) -> Transcribing:
    """The speech model, loaded on its first transcription (in StepVoice's thread)."""
    from systemcraft_tui.voice.transcriber import Transcriber

    return Transcriber(data_dir)


class StepVoice:
    """One session heard step by step. The screen tells it where the rehearsal is after
    every key (`follow`), and it records that step while its clock runs. When a step is
    left, its audio is transcribed and measured in a thread of its own; `on_heard(Heard)`
    is called from that thread (the screen passes it on to the UI thread)."""

    def __init__(
        self, recorder: Recording, transcriber: Transcribing, on_heard: Callable[[Heard], None] = lambda heard: None
    ) -> None:
        self.recorder = recorder
        self.transcriber = transcriber
        self.on_heard = on_heard
        self.listeners: list[Callable[[Heard], None]] = []  # told on the UI thread, by tell()
        self.heard: dict[int, Heard] = {}
        self.problem = ""  # set when recording stopped for good
        self._step: int | None = None
        self._opened = False
        self._closed = False
        self._rounds: dict[int, int] = {}  # each step's latest recording, so older results are dropped
        self._pending: set[int] = set()
        self._lock = threading.Lock()
        self._work: queue.SimpleQueue[tuple[int, int, Future[Any]] | None] = queue.SimpleQueue()
        self._worker = threading.Thread(target=self._transcribe_steps, name="voice-transcriber", daemon=True)
        self._worker.start()

    # --- the UI thread --------------------------------------------------------------

    def open(self) -> str:
        """Start listening (blocking: a worker calls it); "" once listening, else why not."""
        try:
            self.recorder.open()
        except VoiceUnavailable as problem:
            self.problem = str(problem)
            return self.problem
        self._opened = True
        return ""

    @property
    def recording(self) -> bool:
        return self._opened and not self._closed

    @property
    def step(self) -> int | None:
        """The step being recorded (paused or not)."""
        return self._step

    def follow(self, index: int, paused: bool) -> None:
        """The rehearsal is at step `index`, its clock paused or running."""
        if not self.recording:
            return
        if self._step != index:
            self._leave_step()
            self.recorder.start_step(index)
            self._step = index
        if paused:
            self.recorder.pause()
        else:
            self.recorder.resume()

    def restart(self) -> None:
        """The step's clock went back to zero: so does its audio."""
        if self.recording and self._step is not None:
            self.recorder.restart_step()

    def stop(self) -> None:
        """The rehearsal ended: the last step is transcribed, the microphone let go (blocking
        for a moment while the files are completed: a worker calls it)."""
        if self._closed:
            return
        if self.recording:
            self._leave_step()
            self.recorder.close()
        self._closed = True
        self._work.put(None)

    @property
    def capturing(self) -> bool:
        """Audio is being kept right now (a step's clock runs)."""
        return self.recording and bool(self.recorder.recording)

    def loudness(self) -> tuple[float, float]:
        """The latest block's level: from 0 (at or under METER_FLOOR_DB) to 1 (full scale),
        and in dB below full scale (-inf for silence)."""
        rms = float(self.recorder.level().rms) if self.recording else 0.0
        if rms <= 0:
            return 0.0, -math.inf
        dbfs = 20 * math.log10(rms)
        return max(0.0, min(1.0, 1 - dbfs / METER_FLOOR_DB)), dbfs

    @property
    def pending(self) -> set[int]:
        """Steps left and not transcribed yet."""
        with self._lock:
            return set(self._pending)

    def tell(self, heard: Heard) -> None:
        """Pass a result on to the listeners (the UI thread calls this; see on_heard)."""
        for listener in list(self.listeners):
            listener(heard)

    def spoken(self) -> dict[int, SpokenPart | str]:
        """Each step left so far: what was heard, or a sentence (still being transcribed, or
        why it could not be)."""
        with self._lock:
            found: dict[int, SpokenPart | str] = dict.fromkeys(self._pending, TRANSCRIBING)
            for index, heard in self.heard.items():
                if index not in self._pending:
                    found[index] = heard.part if heard.part is not None else heard.problem
        return found

    def _leave_step(self) -> None:
        if self._step is None:
            return
        index, self._step = self._step, None
        done = self.recorder.finish_step()
        with self._lock:
            self._rounds[index] = self._rounds.get(index, 0) + 1
            self._pending.add(index)
            self._work.put((index, self._rounds[index], done))

    # --- the transcriber's thread ---------------------------------------------------

    def _transcribe_steps(self) -> None:
        while (job := self._work.get()) is not None:
            index, round_, done = job
            heard = self._hear(index, done)
            with self._lock:
                if self._rounds.get(index) != round_:
                    continue  # the step was recorded again meanwhile: that recording counts
                self._pending.discard(index)
                self.heard[index] = heard
            self.on_heard(heard)

    def _hear(self, index: int, done: Future[Any]) -> Heard:
        try:
            audio = done.result()
            transcript = self.transcriber.transcribe(audio.parts)
        except VoiceUnavailable as problem:
            return Heard(index, problem=str(problem))
        except Exception as error:  # a damaged file, the model failing: one step unheard, the rest go on
            return Heard(index, problem=f"This step could not be transcribed ({type(error).__name__}: {error})")
        return Heard(index, transcript, analyse(transcript))


# --- a logged attempt's audio: found, played, deleted (standard library until played) ---------


@dataclass(frozen=True)
class KeptAudio:
    folder: Path
    steps: dict[int, list[Path]]  # step index -> its files, for the steps that have any
    size: int  # bytes

    def describe(self) -> str:
        if not self.steps:
            return "No audio kept for this attempt."
        return f"Audio of {len(self.steps)} step(s), {self.size / 1000:,.0f} kB, in {self.folder}"


def kept_audio(session_id: str, data_dir: str | os.PathLike[str] | None, step_count: int) -> KeptAudio:
    """What is on disk for the session (reads the folder: call it from a worker)."""
    folder = recordings.session_folder(session_id, data_dir)
    steps = {i: parts for i in range(step_count) if (parts := recordings.step_parts(folder, i))}
    return KeptAudio(folder, steps, recordings.session_bytes(session_id, data_dir))


def delete_audio(session_id: str, data_dir: str | os.PathLike[str] | None) -> bool:
    """Every recording of the session gone; its transcripts and figures stay in the log."""
    return recordings.delete_session_audio(session_id, data_dir)


def play(parts: list[Path]) -> str:
    """Start playing a step's files on the default output device; "" once started, else
    the sentence saying why not (no extra, no PortAudio, no output device). Returns at once."""
    from systemcraft_tui.voice import support

    try:
        sounddevice = support.sounddevice_module()
    except VoiceUnavailable as problem:
        return f"Cannot play it here: {problem}"
    try:
        sounddevice.query_devices(kind="output")
        from systemcraft_tui.voice.recorder import SAMPLE_RATE, read_audio

        sounddevice.play(read_audio(parts), SAMPLE_RATE)
    except (sounddevice.PortAudioError, ValueError):
        return f"No audio output device found: the recording stays in {parts[0].parent}"
    except (RuntimeError, OSError) as error:  # soundfile's words for a damaged file
        return f"This recording cannot be read ({error})"
    return ""


def stop_playing() -> None:
    from systemcraft_tui.voice import support

    try:
        support.sounddevice_module().stop()
    except VoiceUnavailable:
        pass
