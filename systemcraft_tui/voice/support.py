"""What this machine offers for voice, found at run time: the optional extra's packages,
the PortAudio library, the input devices. Nothing here imports a voice package unless it
is asked to, and every failure is one of the sentences in `errors`."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from importlib import metadata
from types import ModuleType

from systemcraft_tui.voice.errors import ExtraMissing, NoMicrophone, PortAudioMissing

# Import name -> distribution name, for the voice extra in pyproject.toml.
EXTRA_PACKAGES = {
    "faster_whisper": "faster-whisper",
    "sounddevice": "sounddevice",
    "soundfile": "soundfile",
    "numpy": "numpy",
}


def missing_packages() -> list[str]:
    """The voice extra's distributions that cannot be imported here."""
    return [dist for module, dist in EXTRA_PACKAGES.items() if importlib.util.find_spec(module) is None]


def require_extra() -> None:
    if missing := missing_packages():
        raise ExtraMissing(missing)


def extra_versions() -> dict[str, str]:
    return {dist: metadata.version(dist) for dist in EXTRA_PACKAGES.values()}


def sounddevice_module() -> ModuleType:
    """sounddevice, whose import itself fails (OSError) when PortAudio is missing."""
    require_extra()
    try:
        import sounddevice
    except OSError:
        raise PortAudioMissing() from None
    module: ModuleType = sounddevice
    return module


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    channels: int
    default_samplerate: float
    is_default: bool


def input_devices() -> list[InputDevice]:
    """Every device that can record, the system's default first. Empty without audio hardware."""
    sounddevice = sounddevice_module()
    try:
        default = sounddevice.default.device[0]
        devices = sounddevice.query_devices()
    except sounddevice.PortAudioError:
        return []
    found = [
        InputDevice(d["index"], d["name"], d["max_input_channels"], d["default_samplerate"], d["index"] == default)
        for d in devices
        if d["max_input_channels"] > 0
    ]
    return sorted(found, key=lambda d: not d.is_default)


def default_input() -> InputDevice:
    devices = input_devices()
    if not devices:
        raise NoMicrophone()
    return devices[0]
