"""The TinyDB side of the log: a `Storage` that reads a log file strictly and writes it
durably, and the folder layout that keeps each save small.

Layout, inside `<data dir>/practice-log/` (mode 0700, every file 0600):

- `practice.json`: stories, review cards, weekly assessments, plan progress. Its size
  follows the user's content (a story, a card per scenario), not the number of sessions.
- `sessions-000001.json`, `sessions-000002.json`, ...: sessions, at most
  SEGMENT_SESSIONS (or SEGMENT_BYTES) per file. A new session goes to the newest file
  with room; a saved session stays in its file. Each save rewrites one bounded file, so
  its cost does not grow with the history.
- `summaries/sessions-000001.json`, ...: derived data (each session file's sessions
  without their notes) so that stats need not parse every note; rebuilt whenever it
  does not match its session file.
- `.lock`: the lock every writer holds while it re-reads, changes and replaces a file."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from systemcraft_tui.store import schema
from systemcraft_tui.store.damage import Unreadable, parse_tables
from systemcraft_tui.store.durable import atomic_write, write_new
from systemcraft_tui.store.jsonio import encode
from systemcraft_tui.store.schema import Tables, new_tables

LOG_FOLDER = "practice-log"
PRACTICE_FILE = "practice.json"
PRACTICE_TABLES = ("stories", "review_cards", "assessments", "plans")
SESSION_TABLE = "sessions"
SUMMARY_FOLDER = "summaries"
LOCK_FILE = ".lock"
SEGMENT_SESSIONS = 100
SEGMENT_BYTES = 1 << 20
_SEGMENT_NAME = re.compile(r"^sessions-(\d{6})\.json$")


def is_segment_name(name: str) -> bool:
    """A session file's name (and its summary file's)."""
    return bool(_SEGMENT_NAME.match(name))


class LogFileStorage(Storage):
    """One log file for one locked operation: read once (strictly, upgraded to the
    current schema); TinyDB's writes stay in memory until `flush()` replaces the file
    atomically, so an operation costs one read and one write however many records it
    touches, and an operation that fails half-way writes nothing.

    A missing file reads as a new, empty one. When the file was from an older schema,
    its original bytes are kept beside it before the first upgraded write."""

    def __init__(self, path: Path, table_names: tuple[str, ...]) -> None:
        self.path = path
        self._table_names = table_names
        self._tables: Tables | None = None
        self._read_version = schema.SCHEMA_VERSION
        self._dirty = False

    def read(self) -> Tables:
        if self._tables is None:
            try:
                raw = self.path.read_bytes()
            except FileNotFoundError:
                self._tables = new_tables(*self._table_names)
            else:
                try:
                    self._tables, self._read_version = parse_tables(raw)
                except Unreadable as error:
                    error.path = self.path
                    raise
        return self._tables

    def write(self, data: Tables) -> None:
        self._tables = data
        self._dirty = True

    def flush(self) -> None:
        if not self._dirty:
            return
        if self._read_version < schema.SCHEMA_VERSION:
            backup = self.path.with_name(f"{self.path.name}.schema-{self._read_version}")
            if not backup.exists():
                write_new(backup, self.path.read_bytes())
            self._read_version = schema.SCHEMA_VERSION
        atomic_write(self.path, encode(self._tables))
        self._dirty = False

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0


def open_file(path: Path, table_names: tuple[str, ...]) -> TinyDB:
    """A TinyDB over one log file, for one operation while holding the log's lock;
    nothing reaches the disk until `db.storage.flush()`."""
    return TinyDB(path, table_names, storage=LogFileStorage)


class LogFolder:
    """Where each file of the log lives."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.practice = root / PRACTICE_FILE
        self.summaries = root / SUMMARY_FOLDER
        self.lock = root / LOCK_FILE

    def ensure(self) -> None:
        """Create the folder (and the data folder above it) private to the user."""
        self.root.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.root.mkdir(mode=0o700, exist_ok=True)
        os.chmod(self.root, 0o700)

    def segment(self, number: int) -> Path:
        return self.root / f"sessions-{number:06d}.json"

    def segment_files(self) -> list[tuple[str, Signature]]:
        """Each session file's name and signature, oldest first (zero-padded numbers sort)."""
        with os.scandir(self.root) as entries:
            found = [(e.name, _signature(e.stat())) for e in entries if _SEGMENT_NAME.match(e.name)]
        return sorted(found)

    def segment_after(self, newest: Path | None) -> Path:
        return self.segment(int(_SEGMENT_NAME.match(newest.name).group(1)) + 1 if newest else 1)


Signature = tuple[int, int, int]


def signature(path: Path) -> Signature:
    """Changes whenever the file is replaced (every write makes a new file) or edited."""
    return _signature(path.stat())


def _signature(status: os.stat_result) -> Signature:
    return status.st_ino, status.st_size, status.st_mtime_ns
