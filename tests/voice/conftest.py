"""What the voice tests share: the speech fixtures, the model joined once per run, and
stand-ins for a machine without PortAudio or without a microphone."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

SPEECH = Path(__file__).resolve().parent / "speech"
_PAUSE = re.compile(r"\[pause (\d+(?:\.\d+)?)\]")
EXTRA_REASON = "needs the voice extra (uv sync --extra voice)"
MODEL_REASON = "needs the voice-model extra (uv sync --extra voice --extra voice-model)"


def speech_fixtures() -> list[Path]:
    return sorted(SPEECH.glob("*.ogg"))


def script_text(fixture: Path) -> str:
    """What the fixture says, without its pause markers."""
    return " ".join(_PAUSE.sub(" ", fixture.with_suffix(".txt").read_text()).split())


def script_pauses(fixture: Path) -> list[float]:
    return [float(seconds) for seconds in _PAUSE.findall(fixture.with_suffix(".txt").read_text())]


@pytest.fixture(scope="session")
def whisper_model(tmp_path_factory):
    """Whisper base joined from the pinned packages (and checked against its sha256) once."""
    pytest.importorskip("faster_whisper", reason=EXTRA_REASON)
    from systemcraft_tui.voice import model as models

    if not models.packages_installed():
        pytest.skip(MODEL_REASON)
    return models.from_packages(tmp_path_factory.mktemp("model") / "whisper-base")


@pytest.fixture(scope="session")
def transcriber(whisper_model):
    from systemcraft_tui.voice.transcriber import Transcriber

    return Transcriber(chosen=whisper_model)


class _NoPortAudio(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds `sounddevice` and fails to load it as the real one does without libportaudio2."""

    def find_spec(self, name, path=None, target=None):
        return importlib.machinery.ModuleSpec(name, self) if name == "sounddevice" else None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        raise OSError("PortAudio library not found")


@pytest.fixture
def no_portaudio(monkeypatch):
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_NoPortAudio(), *sys.meta_path])


class FakePortAudioError(Exception):
    pass


def fake_sounddevice(devices: list[dict]) -> SimpleNamespace:
    """sounddevice on a machine with these devices; opening a stream fails as it does with none."""

    def input_stream(**kwargs):
        raise FakePortAudioError("Error querying device -1")

    default_input = next((d["index"] for d in devices if d["max_input_channels"] > 0), -1)
    return SimpleNamespace(
        __spec__=importlib.machinery.ModuleSpec("sounddevice", None),
        PortAudioError=FakePortAudioError,
        default=SimpleNamespace(device=[default_input, -1]),
        query_devices=lambda: list(devices),
        InputStream=input_stream,
        get_portaudio_version=lambda: (1246720, "PortAudio V19.6.0-devel (stand-in)"),
    )


@pytest.fixture
def audio_devices(monkeypatch):
    """Replace sounddevice by a stand-in holding the devices given to the returned function."""
    pytest.importorskip("soundfile", reason=EXTRA_REASON)

    def install(devices: list[dict]) -> SimpleNamespace:
        module = fake_sounddevice(devices)
        monkeypatch.setitem(sys.modules, "sounddevice", module)
        return module

    return install


def a_microphone(name: str = "Stand-in USB microphone", index: int = 0) -> dict:
    return {"index": index, "name": name, "max_input_channels": 1, "default_samplerate": 48000.0}
