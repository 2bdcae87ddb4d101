"""What the user chose on the command line for this run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from systemcraft_tui.core.windows import DEFAULT_PROBE_SECONDS


@dataclass
class Settings:
    bell: bool = True
    probe_seconds: tuple[int, int] = DEFAULT_PROBE_SECONDS
    data_dir: Path | None = None  # None: $SYSTEMCRAFT_DATA_DIR, else the platform's data folder
    voice_file: Path | None = None  # heard in place of the microphone (--voice-input); turns voice on
    mock: tuple[str, int | None] | None = None  # open straight into this mock: format key, seed (`systemcraft mock`)
    content: tuple[Path, ...] = ()  # the --content files and folders read beside the bundled library
