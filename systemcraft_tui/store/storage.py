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
- `.lock`: the lock every writer holds while it re-reads, changes and replaces a file.
- `.changes`: a token every writer replaces as it takes the lock. A process that finds
  the token it left, and the folder's listing as it left it, knows that nobody changed a
  session file since, and saves without looking at each of them again.
- `.journal.json`: there only while a change to several files is being made, or after a
  process was killed making one (journal.py finishes or undoes it).

Something other than a file where a log file should be (a folder, a FIFO, a dangling
link) stops the log with LogUnavailable. A log file the user made read-only, a folder
they may not write, or a log file that is a symbolic link (which an atomic save would
replace by a plain file) make the whole log read-only; nothing is ever chmodded back."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from tinydb import TinyDB
from tinydb.storages import Storage

from systemcraft_tui.regular_files import NotRegular, TooLarge, kind_of, read_regular
from systemcraft_tui.store import schema
from systemcraft_tui.store.damage import Unreadable, parse_tables
from systemcraft_tui.store.durable import write_new
from systemcraft_tui.store.errors import LogUnavailable
from systemcraft_tui.store.journal import write_together
from systemcraft_tui.store.jsonio import encode
from systemcraft_tui.store.schema import Tables, new_tables

LOG_FOLDER = "practice-log"
PRACTICE_FILE = "practice.json"
PRACTICE_TABLES = ("stories", "review_cards", "assessments", "plans", "mocks")
SESSION_TABLE = "sessions"
SUMMARY_FOLDER = "summaries"
LOCK_FILE = ".lock"
CHANGES_FILE = ".changes"
UNSAVED_FOLDER = "unsaved"  # saves the log could not take (store/unsaved.py)
SEGMENT_SESSIONS = 100
SEGMENT_BYTES = 1 << 20
# A session file holds about 1 MB and practice.json grows with stories; a log file past
# this is treated as damaged rather than read into memory.
LOG_FILE_LIMIT = 256 << 20
_SEGMENT_NAME = re.compile(r"^sessions-(\d{6})\.json$")


def is_segment_name(name: str) -> bool:
    """A session file's name (and its summary file's)."""
    return bool(_SEGMENT_NAME.match(name))


def read_log_file(path: Path) -> bytes | None:
    """A log file's bytes, or None when there is none yet. Raises LogUnavailable when
    something else stands in its place and Unreadable when it is too large to be one."""
    try:
        return read_regular(path, LOG_FILE_LIMIT, "a log file")
    except FileNotFoundError:
        if os.path.islink(path):
            raise dangling(path) from None
        return None
    except NotRegular as refused:
        raise LogUnavailable(path, refused.reason) from None
    except TooLarge as refused:
        raise Unreadable(refused.reason, path) from None


def dangling(path: Path) -> LogUnavailable:
    return LogUnavailable(path, f"is a symbolic link to {os.readlink(path)}, which does not exist")


class Changes:
    """The log files one locked operation changes, held in memory until `commit` writes
    them all at once (all or none, see journal.py). An operation costs one read and one
    write per file however many records it touches, and one that fails half-way writes
    nothing."""

    def __init__(self) -> None:
        self.tables: dict[Path, Tables] = {}
        self._read_versions: dict[Path, int] = {}

    def open(self, path: Path, table_names: tuple[str, ...]) -> TinyDB:
        """A TinyDB over one log file, seeing this operation's changes to it so far."""
        return TinyDB(path, table_names, self, storage=LogFileStorage)

    def put(self, path: Path, tables: Tables, read_version: int) -> None:
        self.tables[path] = tables
        self._read_versions.setdefault(path, read_version)

    def commit(self, root: Path, description: str) -> dict[Path, bytes]:
        """Write every changed file; returns what was written. A file from an older schema
        gets its original bytes kept beside it (`practice.json.schema-1`) before its first
        upgraded write."""
        for path, version in self._read_versions.items():
            backup = path.with_name(f"{path.name}.schema-{version}")
            if version < schema.SCHEMA_VERSION and not backup.exists():
                write_new(backup, path.read_bytes())
        written = {path: encode(tables) for path, tables in self.tables.items()}
        write_together(root, written, description)
        return written


class LogFileStorage(Storage):
    """One log file for one locked operation: read once (strictly, upgraded to the
    current schema); TinyDB's writes go to the operation's `Changes`. A missing file
    reads as a new, empty one."""

    def __init__(self, path: Path, table_names: tuple[str, ...], changes: Changes) -> None:
        self.path = path
        self._table_names = table_names
        self._changes = changes
        self._tables: Tables | None = None
        self._read_version = schema.SCHEMA_VERSION

    def read(self) -> Tables:
        if self.path in self._changes.tables:
            return self._changes.tables[self.path]
        if self._tables is None:
            raw = read_log_file(self.path)
            if raw is None:
                self._tables = new_tables(*self._table_names)
            else:
                try:
                    self._tables, self._read_version = parse_tables(raw)
                except Unreadable as error:
                    error.path = self.path
                    raise
        return self._tables

    def write(self, data: Tables) -> None:
        self._changes.put(self.path, data, self._read_version)

    @property
    def size(self) -> int:
        """The file's size once this operation's changes are written."""
        if self.path in self._changes.tables:
            return len(encode(self._changes.tables[self.path]))
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0


def storage_of(db: TinyDB) -> LogFileStorage:
    """The log file under a TinyDB that `Changes.open` made."""
    storage = db.storage
    assert isinstance(storage, LogFileStorage)
    return storage


class LogFolder:
    """Where each file of the log lives."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.practice = root / PRACTICE_FILE
        self.summaries = root / SUMMARY_FOLDER
        self.lock = root / LOCK_FILE
        self.changes = root / CHANGES_FILE
        self.unsaved = root / UNSAVED_FOLDER

    def ensure(self) -> None:
        """Create the folder (and the data folder above it) private to the user when
        missing. An existing folder is never given more access than it has."""
        for folder in (self.root.parent, self.root):
            try:
                folder.mkdir(mode=0o700, parents=True)
            except FileExistsError:
                continue
            os.chmod(folder, 0o700)  # the umask may have narrowed it further

    def make_private(self) -> None:
        """Take group and other access away from a writable log folder (never add any)."""
        mode = stat.S_IMODE(os.stat(self.root).st_mode)
        if mode & 0o077 and _owned(os.stat(self.root)):
            os.chmod(self.root, mode & 0o700)

    def read_only_reason(self, segments: list[tuple[str, Signature]] | None = None) -> str | None:
        """Why saving would change what the user did not allow, or None when it may save:
        a folder it may not write, a read-only log file, a log file that is a link.
        `segments`: segment_files() just listed, when the caller has them."""
        if not _writable(self.root, os.stat(self.root)):
            return f"its folder {self.root} is not writable"
        listed = self.segment_files() if segments is None else segments
        names = [PRACTICE_FILE, *(name for name, _ in listed), LOCK_FILE]
        for path in (os.path.join(self.root, name) for name in names):  # a big log's thousands: no Path each
            try:
                status = os.lstat(path)
            except FileNotFoundError:
                continue
            if stat.S_ISLNK(status.st_mode):
                return f"{path} is a symbolic link, which saving would replace with a file"
            if not _writable(path, status):
                return f"{path} is read-only"
        return None

    def change_token(self) -> bytes:
        """Under the lock: the token the last writer left (empty when there is none)."""
        try:
            fd = os.open(self.changes, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return b""
        try:
            return os.read(fd, 64) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
        finally:
            os.close(fd)

    def new_change_token(self) -> bytes:
        """Under the lock: a token of this change, written in place (no new name in the
        folder, so the listing stays as it was). None of it need survive a crash: a token
        lost or torn only makes the next save look at every session file."""
        token = os.urandom(16).hex().encode()
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(self.changes, flags, 0o600)
        try:
            os.write(fd, token)
        finally:
            os.close(fd)
        return token

    def listing(self) -> tuple[int, int, int]:
        """Changes when a name in the folder is added, removed or replaced (every write
        of a log file replaces it), whoever made the change."""
        status = os.stat(self.root)
        return status.st_ino, status.st_mtime_ns, status.st_ctime_ns

    def segment(self, number: int) -> Path:
        return self.root / f"sessions-{number:06d}.json"

    def segment_files(self) -> list[tuple[str, Signature]]:
        """Each session file's name and signature, oldest first (zero-padded numbers sort)."""
        found = []
        with os.scandir(self.root) as entries:
            for entry in entries:
                if not _SEGMENT_NAME.match(entry.name):
                    continue
                try:
                    status = entry.stat()
                except FileNotFoundError:
                    raise dangling(Path(entry.path)) from None
                if not stat.S_ISREG(status.st_mode):  # said at open, before any file is read
                    raise LogUnavailable(Path(entry.path), f"is {kind_of(status.st_mode)}, not a regular file")
                found.append((entry.name, _signature(status)))
        return sorted(found)

    def segment_after(self, newest: Path | None) -> Path:
        if newest is None:
            return self.segment(1)
        number = _SEGMENT_NAME.match(newest.name)
        assert number is not None, newest  # the newest of segment_files()
        return self.segment(int(number.group(1)) + 1)


Signature = tuple[int, int, int]


def signature(path: Path) -> Signature:
    """Changes whenever the file is replaced (every write makes a new file) or edited."""
    return _signature(path.stat())


def _signature(status: os.stat_result) -> Signature:
    return status.st_ino, status.st_size, status.st_mtime_ns


def _owned(status: os.stat_result) -> bool:
    return not hasattr(os, "geteuid") or status.st_uid == os.geteuid()


def _writable(path: str | Path, status: os.stat_result) -> bool:
    """This user may change it, and its owner has not taken away their own write access
    (a file a user made 0400 stays read-only even to root)."""
    wanted = os.W_OK | (os.X_OK if stat.S_ISDIR(status.st_mode) else 0)
    return os.access(path, wanted) and not (_owned(status) and not status.st_mode & stat.S_IWUSR)
