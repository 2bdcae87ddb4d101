"""Recording through the same queue as the microphone, fed from a file: pauses honoured,
steps kept apart, files private and compressed; and the microphone's failures as sentences."""

import signal
import stat
import subprocess
import sys
import threading
import time

import pytest

from tests.voice.conftest import EXTRA_REASON, a_microphone

np = pytest.importorskip("numpy", reason=EXTRA_REASON)
soundfile = pytest.importorskip("soundfile", reason=EXTRA_REASON)

from systemcraft_tui.voice.errors import NoMicrophone, PortAudioMissing  # noqa: E402
from systemcraft_tui.voice.recorder import (  # noqa: E402
    SAMPLE_RATE,
    FileSource,
    MicrophoneSource,
    Recorder,
    read_audio,
)
from systemcraft_tui.voice.recordings import session_folder  # noqa: E402

TONES = (300.0, 600.0, 900.0, 1200.0)  # one second of each, so what was kept can be told apart


@pytest.fixture
def tones(tmp_path):
    seconds = np.arange(SAMPLE_RATE) / SAMPLE_RATE
    audio = np.concatenate([0.5 * np.sin(2 * np.pi * f * seconds) for f in TONES]).astype("float32")
    path = tmp_path / "tones.wav"
    soundfile.write(path, audio, SAMPLE_RATE)
    return path


@pytest.fixture
def recording(tones):
    source = FileSource(tones, realtime=False)
    recorder = Recorder(source, session_folder("session-1"))
    recorder.open()
    yield source, recorder
    recorder.close()


def pitch(audio) -> float:
    """The strongest frequency in the audio, in Hz."""
    spectrum = np.abs(np.fft.rfft(audio))
    return float(np.fft.rfftfreq(len(audio), 1 / SAMPLE_RATE)[np.argmax(spectrum)])


def pitches(audio) -> list[float]:
    return [round(pitch(audio[i : i + SAMPLE_RATE]), -2) for i in range(0, len(audio) - SAMPLE_RATE + 1, SAMPLE_RATE)]


def test_a_pause_keeps_out_what_was_said_meanwhile(recording, private_data_dir):
    source, recorder = recording
    recorder.start_step(0)
    source.feed(1)  # 300 Hz: kept
    recorder.pause()
    source.feed(1)  # 600 Hz: said while the clock was paused
    recorder.resume()
    source.feed(2)  # 900 and 1200 Hz: kept
    audio = recorder.finish_step().result(timeout=10)
    assert audio.index == 0 and audio.seconds == pytest.approx(3.0, abs=0.02)
    assert pitches(read_audio(audio.parts)) == [300, 900, 1200]


def test_step_files_are_private_and_compressed(recording, private_data_dir):
    source, recorder = recording
    recorder.start_step(0)
    source.feed(4)
    (path,) = recorder.finish_step().result(timeout=10).parts
    folder = private_data_dir / "recordings" / "session-1"
    assert path == folder / "step-00.ogg"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    info = soundfile.info(path)
    assert (info.format, info.subtype, info.samplerate, info.channels) == ("OGG", "OPUS", SAMPLE_RATE, 1)
    assert path.stat().st_size < 4 * SAMPLE_RATE * 2 / 8  # under an eighth of 16-bit PCM


def test_steps_are_kept_apart_and_a_step_returned_to_gains_a_part(recording):
    source, recorder = recording
    recorder.start_step(0)
    source.feed(1)
    recorder.start_step(1)  # moving on finishes the step before
    source.feed(1)
    second = recorder.finish_step().result(timeout=10)
    recorder.start_step(0)  # back to the first step
    source.feed(1)
    first = recorder.finish_step().result(timeout=10)
    assert [p.name for p in first.parts] == ["step-00.ogg", "step-00.1.ogg"]
    assert pitches(read_audio(first.parts)) == [300, 900]
    assert pitches(read_audio(second.parts)) == [600]
    assert first.seconds == pytest.approx(2.0, abs=0.02)


def test_restarting_a_step_drops_its_audio_so_far(recording):
    source, recorder = recording
    recorder.start_step(0)
    source.feed(1)
    recorder.start_step(1)
    recorder.start_step(0)
    source.feed(1)
    recorder.restart_step()  # the section's clock went back to zero
    source.feed(1)
    audio = recorder.finish_step().result(timeout=10)
    assert [p.name for p in audio.parts] == ["step-00.ogg"]  # both earlier parts are gone
    assert pitches(read_audio(audio.parts)) == [900]


def test_a_step_without_audio_leaves_no_file(recording):
    source, recorder = recording
    recorder.start_step(0)
    empty = recorder.finish_step().result(timeout=10)
    assert (empty.parts, empty.seconds) == ((), 0)
    recorder.start_step(0)
    recorder.pause()
    source.feed(1)  # all of it while paused
    assert recorder.finish_step().result(timeout=10).parts == ()
    assert not list(recorder.folder.iterdir())


def test_a_part_cut_short_before_its_first_page_is_left_out(recording):
    source, recorder = recording
    recorder.start_step(0)
    source.feed(1)
    recorder.finish_step().result(timeout=10)
    (recorder.folder / "step-00.1.ogg").write_bytes(b"")  # a crash right after the file was made
    recorder.start_step(0)
    source.feed(1)
    audio = recorder.finish_step().result(timeout=10)
    assert [p.name for p in audio.parts] == ["step-00.ogg", "step-00.2.ogg"]
    assert audio.seconds == pytest.approx(2.0, abs=0.02)


def test_the_level_follows_the_latest_audio(recording):
    source, recorder = recording
    recorder.start_step(0)
    source.feed(1)
    recorder.finish_step().result(timeout=10)  # the writer has seen every block fed so far
    level = recorder.level()
    assert level.peak == pytest.approx(0.5, abs=0.01)
    assert level.rms == pytest.approx(0.5 / 2**0.5, abs=0.01)
    assert level.dbfs == pytest.approx(-9.0, abs=0.1)


def test_closing_completes_the_unfinished_step(tones, private_data_dir):
    source = FileSource(tones, realtime=False)
    recorder = Recorder(source, session_folder("session-2"))
    recorder.open()
    recorder.start_step(3)
    source.feed(2)
    recorder.close()
    (path,) = (private_data_dir / "recordings" / "session-2").iterdir()
    assert path.name == "step-03.ogg" and soundfile.info(path).duration == pytest.approx(2.0, abs=0.02)


def test_a_real_time_source_records_while_the_clock_runs(tones):
    source = FileSource(tones, realtime=True)
    recorder = Recorder(source, session_folder("session-3"))
    recorder.open()
    started = time.monotonic()
    recorder.start_step(0)
    threading.Event().wait(0.5)
    audio = recorder.finish_step().result(timeout=10)
    elapsed = time.monotonic() - started
    recorder.close()
    assert 0 < audio.seconds <= elapsed + 0.2
    assert not any(t.name == "voice-file-source" for t in threading.enumerate())


def test_no_portaudio_is_a_sentence(no_portaudio, tmp_path):
    with pytest.raises(PortAudioMissing, match=r"^PortAudio is not installed \(install libportaudio2\)$"):
        Recorder(MicrophoneSource(), tmp_path / "s").open()


def test_no_microphone_is_a_sentence(audio_devices, tmp_path):
    audio_devices([{"index": 0, "name": "HDMI out", "max_input_channels": 0, "default_samplerate": 48000.0}])
    recorder = Recorder(MicrophoneSource(), tmp_path / "s")
    with pytest.raises(NoMicrophone, match=r"^No microphone found$"):
        recorder.open()
    assert not any(t.name == "voice-recorder" for t in threading.enumerate())  # nothing left running


def test_a_microphone_that_will_not_open_is_a_sentence(audio_devices, tmp_path):
    audio_devices([a_microphone()])
    with pytest.raises(NoMicrophone, match=r"^No microphone found \(the input device could not be opened at 16 kHz: "):
        Recorder(MicrophoneSource(), tmp_path / "s").open()


def test_a_file_at_another_rate_is_refused(tmp_path):
    path = tmp_path / "cd.wav"
    soundfile.write(path, np.zeros(44100, dtype="float32"), 44100)
    with pytest.raises(ValueError, match="44100 Hz"):
        FileSource(path)


def test_the_real_portaudio_answers_with_a_sentence(tmp_path):
    """On this machine's own PortAudio: a microphone opens, or "No microphone found" (CI's
    machines have no audio hardware, where opening a stream raises PortAudioError)."""
    try:
        import sounddevice  # noqa: F401
    except OSError:
        pytest.skip("needs PortAudio (apt-get install libportaudio2)")
    recorder = Recorder(MicrophoneSource(), tmp_path / "s")
    try:
        recorder.open()
    except NoMicrophone as none:
        assert str(none).startswith("No microphone found")
    else:
        recorder.close()


def test_a_killed_app_keeps_the_audio_written_so_far(tones, tmp_path):
    """kill -9 in the middle of a step: the Ogg file still reads, missing at most its last second."""
    folder = tmp_path / "killed"
    script = f"""
import os, signal, time
from pathlib import Path
from systemcraft_tui.voice import recorder as recording
from systemcraft_tui.voice.recorder import BLOCK_FRAMES, FileSource, Recorder
written = [0]  # frames the writer thread has handed to the file
write = recording._Part.write
def counted(part, block):
    write(part, block)
    written[0] += len(block)
recording._Part.write = counted
source = FileSource(Path({str(tones)!r}), realtime=False)
recorder = Recorder(source, Path({str(folder)!r}))
recorder.open()
recorder.start_step(0)
source.feed(3.5)
while written[0] < 35 * BLOCK_FRAMES:  # the writer has taken all that was fed, however slowly; the step stays open
    time.sleep(0.01)
os.kill(os.getpid(), signal.SIGKILL)
"""
    died = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert died.returncode == -signal.SIGKILL, died.stderr
    (path,) = folder.iterdir()
    assert 2.5 <= soundfile.info(path).duration <= 3.5
    assert pitches(read_audio([path]))[:2] == [300, 600]
