"""Writing a file so that a crash at any instant leaves either the old bytes or the new
ones under its name, never a mix, and a write that returned is on disk."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def atomic_write(path: Path, data: bytes) -> None:
    """Temporary file in the same folder (mode 0600), fsync, rename over `path`, fsync the folder."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new name in `folder` durable."""
    if os.name == "nt":
        return  # Windows cannot open a folder to fsync it; there the rename rests on NTFS journaling
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def leftover_temporaries(folder: Path) -> list[Path]:
    """Temporary files a killed writer left behind; safe to remove while holding the lock."""
    return [p for p in folder.glob(f".*{TEMP_SUFFIX}") if p.is_file()] if folder.is_dir() else []


def preserve(path: Path, aside: Path, raw: bytes) -> None:
    """Give `raw` (the bytes now at `path`) the new name `aside`; FileExistsError if taken."""
    try:
        os.link(path, aside)
        return
    except FileExistsError:
        raise
    except OSError:
        pass  # no hard links here (some network and removable file systems): copy instead
    fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(raw)
        out.flush()
        os.fsync(out.fileno())
