"""Regenerate the speech fixtures: each `*.txt` script here is spoken by espeak-ng,
resampled by sox to 16 kHz mono, and saved beside it as Ogg Opus (`*.ogg`).

    apt-get install espeak-ng sox          # Debian packages
    uv run --extra voice python tests/voice/speech/make_speech.py

A script is plain text; `[pause 2.5]` inserts 2.5 seconds of silence. The committed
fixtures were made once with espeak-ng 1.51 and sox 14.4.2; the tests read the `.ogg`
files and the scripts, never these tools. Without dither (`sox -D`) a run gives the same
audio each time (only the Ogg stream's serial number differs).
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import soundfile

HERE = Path(__file__).resolve().parent
PAUSE = re.compile(r"\[pause (\d+(?:\.\d+)?)\]")
VOICE, WORDS_PER_MINUTE, SAMPLE_RATE = "en-us", 150, 16000
PADDING_SECONDS = 0.5  # silence before and after, as a real recording starts and ends


def ssml(script: str) -> str:
    """The script as SSML: its text escaped, each pause marker a <break/>."""
    parts = PAUSE.split(script.strip())
    spoken = [
        html.escape(text) if i % 2 == 0 else f'<break time="{int(float(text) * 1000)}ms"/>'
        for i, text in enumerate(parts)
    ]
    return "<speak>" + "".join(spoken) + "</speak>"


def make(script_path: Path) -> Path:
    out = script_path.with_suffix(".ogg")
    with tempfile.TemporaryDirectory() as tmp:
        spoken, resampled = Path(tmp, "spoken.wav"), Path(tmp, "16k.wav")
        speak = ["espeak-ng", "-m", "-v", VOICE, "-s", str(WORDS_PER_MINUTE), "-w", str(spoken)]
        subprocess.run([*speak, ssml(script_path.read_text())], check=True)
        pad = str(PADDING_SECONDS)
        to_16k_mono = ["sox", "-D", str(spoken), "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", str(resampled)]
        subprocess.run([*to_16k_mono, "pad", pad, pad], check=True)
        audio, rate = soundfile.read(resampled, dtype="float32")
    soundfile.write(out, audio, rate, format="OGG", subtype="OPUS")
    return out


def main() -> int:
    for script in sorted(HERE.glob("*.txt")):
        out = make(script)
        info = soundfile.info(out)
        print(f"{out.name}: {info.duration:.1f} s, {out.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
