"""Writing a file so that a crash at any instant leaves either the old bytes or the new
ones under its name, never a mix, and a write that returned is on disk.

Temporary files carry a suffix only SystemCraft uses, so that clearing up after a killed
writer never touches a file of the user's, and the writer's process id, so that one beside
a file of the user's (an export) is removed only once its writer has ended."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

TEMP_SUFFIX = ".systemcraft-tmp"
_OWN_TEMPORARY = re.compile(rf"^\..+\.[a-z0-9_]+{re.escape(TEMP_SUFFIX)}$")


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Temporary file in the same folder (mode 0600), fsync, rename over `path`, fsync the
    folder. `data` may come in pieces, so that a big file is never whole in memory."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}_", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as out:
            for piece in [data] if isinstance(data, bytes) else data:
                out.write(piece)
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


def is_own_temporary(name: str) -> bool:
    return bool(_OWN_TEMPORARY.match(name))


def leftover_temporaries(folder: Path) -> list[Path]:
    """Temporary files a killed writer left behind; safe to remove while holding the lock."""
    if not folder.is_dir():
        return []
    with os.scandir(folder) as entries:  # no Path made for each of a big log's files
        return [Path(entry.path) for entry in entries if is_own_temporary(entry.name) and entry.is_file()]


def stale_temporaries(path: Path) -> list[Path]:
    """`atomic_write`'s temporaries for `path` whose writer is no longer running (killed
    mid-write): none of another file's, none of a writer still at work."""
    prefix = f".{path.name}."
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:
        return [
            Path(entry.path)
            for entry in entries
            if entry.name.startswith(prefix)
            and (writer := _WRITER.fullmatch(entry.name[len(prefix) :])) is not None
            and not _running(int(writer[1]))
            and entry.is_file(follow_symlinks=False)
        ]
    return []


_WRITER = re.compile(rf"(\d+)_[a-z0-9_]+{re.escape(TEMP_SUFFIX)}")


def _running(pid: int) -> bool:
    if os.name == "nt":
        return True  # there os.kill would end the process: its temporaries are left
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):  # another user's (EPERM), or no such id: left alone
        return True
    return True


def write_new(path: Path, data: bytes) -> None:
    """A new file (mode 0600) holding exactly `data`, on disk when this returns;
    FileExistsError if the name is taken. Always a copy, never a link: a link would
    change with the file it was made from."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
