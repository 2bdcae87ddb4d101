"""Rehearsals under way in a window: each holds the operating system's lock (flock) on a
file named for its session, so that another window, another process, never offers to
resume a draft that is still being rehearsed, which would end with two windows saving one
session and the later save replacing the earlier. The lock goes with the process however
it ends (a killed window's draft is offered again at once), and where there is no flock
(Windows) nothing is held and every draft is offered, as before."""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LIVE_FOLDER = "live"
_SAFE_ID = re.compile(r"^[\w-]{1,100}$")  # a session id (a UUID): nothing else names a file here


class LiveSessions:
    """The locks this process holds on the sessions it rehearses, in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._held: dict[str, int] = {}  # session id -> the open file whose lock is held

    def hold(self, session_id: str) -> bool:
        """Lock the session for this process; False when another process holds it. A lock
        that cannot be taken for another reason (a read-only folder, a full disk) is not
        held, and True: the rehearsal goes on as it did before locks."""
        if fcntl is None or session_id in self._held or not _SAFE_ID.match(session_id):
            return True
        try:
            self.folder.mkdir(mode=0o700, exist_ok=True)
            descriptor = os.open(self.folder / f"{session_id}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return True
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            return False
        except OSError:
            os.close(descriptor)
            return True
        self._held[session_id] = descriptor
        return True

    def release(self, session_id: str) -> None:
        """Let the session go: its file is removed while still locked, so a window that
        looks next finds no file and nothing held."""
        descriptor = self._held.pop(session_id, None)
        if descriptor is None:
            return
        with contextlib.suppress(OSError):
            (self.folder / f"{session_id}.lock").unlink()
        os.close(descriptor)  # the lock goes with the last descriptor

    def release_all(self) -> None:
        """Let every session go: the window closes (its drafts are the next start's to offer)."""
        for session_id in list(self._held):
            self.release(session_id)

    def held_elsewhere(self, session_id: str) -> bool:
        """Whether another process rehearses the session now (holds its lock)."""
        if fcntl is None or session_id in self._held or not _SAFE_ID.match(session_id):
            return False
        try:
            descriptor = os.open(self.folder / f"{session_id}.lock", os.O_RDONLY)
        except OSError:  # no file: nobody holds it
            return False
        try:
            fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError:
            return False
        finally:
            os.close(descriptor)
        return False
