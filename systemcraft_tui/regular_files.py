"""Reading a file that a user named, or that sits where the app expects one, only when it
is a regular file of a sane size.

A path may name a folder, a FIFO (opening one for reading waits for a writer, forever), a
device such as /dev/zero (endless) or a file far larger than any real one. `read_regular`
refuses each with a reason a person can act on, and never blocks: it looks with `stat`
first, then opens without waiting and checks the opened file again (the name may have
been swapped in between)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISLNK, "a symbolic link"),
)


class Refused(Exception):
    """The path is not a regular file, or too large; `reason` reads after the path."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NotRegular(Refused):
    """A folder, a FIFO, a device or a socket."""


class TooLarge(Refused):
    """Over the size limit given."""


def kind_of(mode: int) -> str:
    """What a non-regular file is, for a message: "a FIFO (named pipe)", "a folder", ..."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def size_text(size: int) -> str:
    return f"{size / (1 << 20):.1f} MB" if size % (1 << 20) else f"{size >> 20} MB"


def check_regular(status: os.stat_result, limit: int, what: str) -> None:
    """Refused unless `status` is a regular file of at most `limit` bytes; `what` names
    the kind of file for the message ("a content file")."""
    if not stat.S_ISREG(status.st_mode):
        raise NotRegular(f"is {kind_of(status.st_mode)}, not a regular file")
    if status.st_size > limit:
        raise TooLarge(f"is {size_text(status.st_size)}, more than the {size_text(limit)} {what} may be")


def regular_status(path: Path, limit: int, what: str) -> os.stat_result:
    """The file's status (links followed); OSError when it cannot be looked at."""
    status = os.stat(path)
    check_regular(status, limit, what)
    return status


def read_regular(path: Path, limit: int, what: str) -> bytes:
    """The file's bytes; Refused when it is not a regular file of at most `limit` bytes,
    OSError when it cannot be read."""
    regular_status(path, limit, what)  # a FIFO is refused before it is opened
    fd = os.open(path, _OPEN_FLAGS)
    try:
        status = os.fstat(fd)
        check_regular(status, limit, what)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(status.st_size + 1)
            if len(data) > status.st_size:  # it grew since (or, like /proc files, reports no size)
                data += handle.read(limit + 1 - len(data))
    finally:
        os.close(fd)
    if len(data) > limit:
        raise TooLarge(f"is more than the {size_text(limit)} {what} may be")
    return data
