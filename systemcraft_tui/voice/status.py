"""Can this machine hear an answer? One finding per thing voice needs, each with the
sentence to show: the extra, PortAudio, a microphone, the speech model. `systemcraft
voice check` prints them; the app can show the first problem and carry on without voice.

Checking the model hashes its 145 MB (about half a second): call this from a worker."""

from __future__ import annotations

import os
from dataclasses import dataclass

from systemcraft_tui.voice import model as models
from systemcraft_tui.voice import support
from systemcraft_tui.voice.errors import VoiceUnavailable
from systemcraft_tui.voice.recordings import recordings_dir


@dataclass(frozen=True)
class Finding:
    topic: str
    ok: bool
    message: str


@dataclass(frozen=True)
class VoiceStatus:
    findings: tuple[Finding, ...]

    @property
    def can_record(self) -> bool:
        return all(f.ok for f in self.findings if f.topic in ("Voice extra", "PortAudio", "Microphone"))

    @property
    def can_transcribe(self) -> bool:
        return all(f.ok for f in self.findings if f.topic in ("Voice extra", "Speech model"))

    @property
    def ready(self) -> bool:
        return all(f.ok for f in self.findings)

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(f.message for f in self.findings if not f.ok)


def check_voice(data_dir: str | os.PathLike[str] | None = None) -> VoiceStatus:
    findings = [_extra()]
    if findings[0].ok:
        findings += _audio()
    else:
        findings += [Finding(t, False, "Not checked: the voice extra is not installed") for t in ("PortAudio", "Microphone")]
    findings.append(_model(data_dir))
    findings.append(Finding("Recordings", True, f"Kept on this machine only, in {recordings_dir(data_dir)}"))
    return VoiceStatus(tuple(findings))


def _extra() -> Finding:
    try:
        support.require_extra()
    except VoiceUnavailable as problem:
        return Finding("Voice extra", False, str(problem))
    versions = ", ".join(f"{name} {version}" for name, version in support.extra_versions().items() if name != "numpy")
    return Finding("Voice extra", True, f"Installed ({versions})")


def _audio() -> list[Finding]:
    try:
        sounddevice = support.sounddevice_module()
    except VoiceUnavailable as problem:
        return [
            Finding("PortAudio", False, str(problem)),
            Finding("Microphone", False, "Not checked: PortAudio is missing"),
        ]
    portaudio = Finding("PortAudio", True, sounddevice.get_portaudio_version()[1])
    devices = support.input_devices()
    if not devices:
        return [portaudio, Finding("Microphone", False, "No microphone found")]
    names = "; ".join(d.name + (" (default)" if d.is_default else "") for d in devices)
    return [portaudio, Finding("Microphone", True, names)]


def _model(data_dir: str | os.PathLike[str] | None) -> Finding:
    try:
        chosen = models.current_model(data_dir)
    except VoiceUnavailable as problem:
        return Finding("Speech model", False, str(problem))
    return Finding("Speech model", True, f"{chosen.describe()}; sha256 checked")
