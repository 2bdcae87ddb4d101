"""Where a session's audio lives: `recordings/<session>/` beside the practice log, one
folder per session (mode 0700), one Ogg Opus file per step and stretch of recording (mode
0600). Standard library only, so history can list and delete audio without the extra.

A step recorded in one go is `step-02.ogg`; coming back to it (or resuming a draft) adds
`step-02.1.ogg`, `step-02.2.ogg`, ... and the step's audio is its parts in that order.
File names carry only the step's index: no user text reaches the file system."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

from systemcraft_tui.locations import data_dir as resolve_data_dir

FOLDER = "recordings"
SUFFIX = ".ogg"
_PART = re.compile(r"^step-(\d+)(?:\.(\d+))?\.ogg$")
_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def recordings_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    return resolve_data_dir(data_dir) / FOLDER


def session_folder(session_id: str, data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The session's folder (not created). An id that is not a plain name (an imported log
    may hold anything) is replaced by its hash, so it can never leave `recordings/`."""
    name = session_id if _SAFE_ID.match(session_id) else "id-" + hashlib.sha256(session_id.encode()).hexdigest()[:32]
    return recordings_dir(data_dir) / name


def make_private_folder(folder: Path) -> Path:
    """`folder` with mode 0700; any folder above it that is missing is created 0700 too
    (existing ones, such as a data folder the user chose, are left as they are)."""
    for missing in reversed([p for p in (folder, *folder.parents) if not p.exists()]):
        missing.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def _numbered_parts(folder: Path, index: int) -> list[tuple[int, Path]]:
    if not folder.is_dir():
        return []
    return sorted((int(m[2] or 0), p) for p in folder.iterdir() if (m := _PART.match(p.name)) and int(m[1]) == index)


def step_parts(folder: Path, index: int) -> list[Path]:
    """The step's audio files, in the order they were recorded."""
    return [path for _, path in _numbered_parts(folder, index)]


def new_part(folder: Path, index: int) -> Path:
    """Create the step's next audio file, empty and private (0600), and return its path."""
    parts = _numbered_parts(folder, index)
    number = parts[-1][0] + 1 if parts else 0
    path = folder / (f"step-{index:02d}" + (f".{number}" if number else "") + SUFFIX)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return path


def session_bytes(session_id: str, data_dir: str | os.PathLike[str] | None = None) -> int:
    folder = session_folder(session_id, data_dir)
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) if folder.is_dir() else 0


def delete_session_audio(session_id: str, data_dir: str | os.PathLike[str] | None = None) -> bool:
    """Remove every recording of the session; False when it had none."""
    folder = session_folder(session_id, data_dir)
    if not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True


def delete_step_audio(folder: Path, index: int) -> None:
    for part in step_parts(folder, index):
        part.unlink(missing_ok=True)
