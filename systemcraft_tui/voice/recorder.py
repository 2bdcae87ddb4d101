"""Recording each step of a rehearsal while its clock runs.

A source (the microphone, or a file standing in for it) hands 16 kHz mono blocks to the
recorder from its own thread. Each block is tagged, as it arrives, with the step being
recorded (or with nothing while the clock is paused) and put on one queue; a writer
thread drains the queue into that step's Ogg Opus file and keeps the live level. So
pausing is exact to the block, the caller never waits on the disk, and a test feeds a file
through the very same path as the microphone.

Needs the voice extra (numpy, soundfile; sounddevice for the microphone): import this
module only after `support.require_extra()`.
"""

from __future__ import annotations

import math
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import soundfile

from systemcraft_tui.voice import recordings, support
from systemcraft_tui.voice.errors import NoMicrophone

SAMPLE_RATE = 16000
BLOCK_FRAMES = 1600  # 100 ms: the level meter's resolution and the pause's precision

Sink = Callable[[np.ndarray], None]


class AudioSource(Protocol):
    def start(self, sink: Sink) -> None:
        """Begin handing float32 mono blocks at SAMPLE_RATE to `sink`, from any thread."""

    def stop(self) -> None: ...


@dataclass(frozen=True)
class Level:
    """The loudness of the latest block, 0 (silence) to 1 (full scale)."""

    rms: float = 0.0
    peak: float = 0.0

    @property
    def dbfs(self) -> float:
        return 20 * math.log10(self.rms) if self.rms > 0 else -math.inf


@dataclass(frozen=True)
class StepAudio:
    """A step's audio so far: its files in order and their total length."""

    index: int
    parts: tuple[Path, ...]
    seconds: float


class MicrophoneSource:
    """The default input device (or `device`), opened at 16 kHz mono."""

    def __init__(self, device: int | str | None = None) -> None:
        self.device = device
        self._stream: Any = None

    def start(self, sink: Sink) -> None:
        sounddevice = support.sounddevice_module()
        device = self.device if self.device is not None else support.default_input().index

        def callback(indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
            sink(indata[:, 0].copy())

        try:
            self._stream = sounddevice.InputStream(
                samplerate=SAMPLE_RATE,
                channels=1,
                dtype="float32",
                blocksize=BLOCK_FRAMES,
                device=device,
                callback=callback,
            )
            self._stream.start()
        except (sounddevice.PortAudioError, ValueError) as error:
            raise NoMicrophone(f"the input device could not be opened at 16 kHz: {error}") from None

    def stop(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None


class FileSource:
    """A 16 kHz mono audio file standing in for the microphone.

    realtime=True plays it from a thread at the pace of a microphone, then hands silence (a
    quiet room) until stopped; realtime=False hands nothing by itself: the caller moves it
    on with feed(), which makes tests exact."""

    def __init__(self, path: Path, realtime: bool = True) -> None:
        audio, rate = soundfile.read(path, dtype="float32", always_2d=True)
        if rate != SAMPLE_RATE:
            raise ValueError(f"{path.name}: {rate} Hz audio; the recorder takes {SAMPLE_RATE} Hz")
        self.audio = audio[:, 0]
        self.realtime = realtime
        self._position = 0
        self._sink: Sink | None = None
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def seconds(self) -> float:
        return len(self.audio) / SAMPLE_RATE

    def start(self, sink: Sink) -> None:
        self._sink = sink
        if self.realtime:
            self._thread = threading.Thread(target=self._play, args=(sink,), name="voice-file-source", daemon=True)
            self._thread.start()

    def feed(self, seconds: float) -> None:
        """Hand the next `seconds` of audio, in blocks, before returning (realtime=False)."""
        if self._sink is None or self.realtime:
            raise RuntimeError("feed() is for a started source with realtime=False")
        for _ in range(round(seconds * SAMPLE_RATE / BLOCK_FRAMES)):
            self._sink(self._next_block())

    def _play(self, sink: Sink) -> None:
        due = time.monotonic()
        while not self._stopping.is_set():
            sink(self._next_block())
            due += BLOCK_FRAMES / SAMPLE_RATE
            self._stopping.wait(max(0.0, due - time.monotonic()))

    def _next_block(self) -> np.ndarray:
        block = self.audio[self._position : self._position + BLOCK_FRAMES]
        self._position += len(block)
        return np.pad(block, (0, BLOCK_FRAMES - len(block)))

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join()
        self._sink = None


class Recorder:
    """Records the steps of one session into `folder` (see `recordings`).

    Call start_step(i) when step i's clock starts or resumes after moving between steps,
    pause()/resume() with the clock, finish_step() when the step ends (its Future resolves
    once the file is complete), restart_step() when the step's clock restarts from zero.
    None of these waits on the disk. level() is cheap: poll it for a meter."""

    def __init__(self, source: AudioSource, folder: Path) -> None:
        self.source = source
        self.folder = folder
        self._queue: queue.SimpleQueue[tuple[str, int | None, Any]] = queue.SimpleQueue()
        self._gate: int | None = None  # the step whose audio is kept; None while paused
        self._step: int | None = None
        self._level = Level()
        self._writer: threading.Thread | None = None
        self.error: Exception | None = None  # the writer's failure (a full disk), if any

    def open(self) -> None:
        """Start listening (the microphone opens here: NoMicrophone, PortAudioMissing)."""
        recordings.make_private_folder(self.folder.parent)  # recordings/: ours, private
        recordings.make_private_folder(self.folder)
        self._writer = threading.Thread(target=self._write, name="voice-recorder", daemon=True)
        self._writer.start()
        try:
            self.source.start(self._capture)
        except BaseException:
            self._queue.put(("quit", None, None))
            self._writer.join()
            raise

    def close(self) -> None:
        """Stop listening; an unfinished step's file is completed and kept."""
        self._gate = None
        self.source.stop()
        if self._step is not None:
            self.finish_step()
        self._queue.put(("quit", None, None))
        if self._writer is not None:
            self._writer.join()

    @property
    def recording(self) -> bool:
        return self._gate is not None

    def start_step(self, index: int) -> None:
        if self._step is not None:
            self.finish_step()
        self._queue.put(("open", index, None))
        self._step = self._gate = index

    def pause(self) -> None:
        self._gate = None

    def resume(self) -> None:
        self._gate = self._step

    def finish_step(self) -> Future[StepAudio]:
        if self._step is None:
            raise RuntimeError("no step is being recorded")
        done: Future[StepAudio] = Future()
        self._gate = None
        self._queue.put(("close", self._step, done))
        self._step = None
        return done

    def restart_step(self) -> None:
        """The step's clock went back to zero: so does its audio, every part of it. Blocks
        queued before this call go to the old file, which is then deleted."""
        if self._step is not None:
            self._queue.put(("restart", self._step, None))

    def level(self) -> Level:
        return self._level

    # --- the source's thread ---------------------------------------------------------

    def _capture(self, block: np.ndarray) -> None:
        self._queue.put(("audio", self._gate, block))

    # --- the writer's thread ---------------------------------------------------------

    def _write(self) -> None:
        # The Ogg Opus writer puts out a page about every second by itself: a killed app
        # keeps all but the last second of the open step (tested with SIGKILL).
        part: _Part | None = None
        while True:
            kind, index, payload = self._queue.get()
            if kind == "quit":
                _finish(part)
                return
            try:
                if kind == "audio":
                    self._level = _level(payload)
                    if part is not None and index == part.step:
                        part.write(payload)
                elif index is None:
                    continue  # only audio can be untagged; every other message names its step
                elif kind == "open":
                    part = _Part(self.folder, index)
                elif kind == "restart":
                    _finish(part)
                    recordings.delete_step_audio(self.folder, index)
                    part = _Part(self.folder, index)
                else:  # close
                    _finish(part)
                    part = None
                    payload.set_result(step_audio(self.folder, index))
            except Exception as error:  # a full or vanished disk: keep listening, report it
                self.error = error
                if kind == "close" and not payload.done():
                    payload.set_exception(error)


class _Part:
    """One stretch of a step's recording: an Ogg Opus file being written."""

    def __init__(self, folder: Path, step: int) -> None:
        self.step = step
        self.path = recordings.new_part(folder, step)
        self.file = soundfile.SoundFile(self.path, "w", SAMPLE_RATE, 1, format="OGG", subtype="OPUS")
        self.frames = 0

    def write(self, block: np.ndarray) -> None:
        self.file.write(block)
        self.frames += len(block)


def _finish(part: _Part | None) -> None:
    """Complete the part's file; a part that got no audio is no file at all."""
    if part is None:
        return
    part.file.close()
    if not part.frames:
        part.path.unlink(missing_ok=True)


def step_audio(folder: Path, index: int) -> StepAudio:
    """The step's readable parts (one cut short at its very start by a crash holds nothing)."""
    parts = [(path, _seconds(path)) for path in recordings.step_parts(folder, index)]
    kept = tuple((path, seconds) for path, seconds in parts if seconds > 0)
    return StepAudio(index, tuple(path for path, _ in kept), sum(seconds for _, seconds in kept))


def _seconds(path: Path) -> float:
    try:
        return float(soundfile.info(path).duration)
    except (RuntimeError, OSError):  # libsndfile's error for an empty or unreadable file
        return 0.0


def _level(block: np.ndarray) -> Level:
    if not len(block):
        return Level()
    return Level(rms=float(np.sqrt(np.mean(np.square(block)))), peak=float(np.max(np.abs(block))))


def read_audio(parts: tuple[Path, ...] | list[Path]) -> np.ndarray:
    """A step's parts joined into one float32 array at SAMPLE_RATE."""
    chunks = [soundfile.read(p, dtype="float32", always_2d=True)[0][:, 0] for p in parts]
    return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)
