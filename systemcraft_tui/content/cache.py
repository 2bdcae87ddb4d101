"""A cache of parsed content files, so the app starts without re-reading Markdown that
has not changed.

One JSON file per content file, named by a hash of its path, in a folder private to the
user (0700) under their cache folder: loading with `--content X` and without it keep
each other's entries. An entry holds the content file's fingerprint (path, size,
modification and change times, inode), the parser's own (its modules' sizes, times
and inodes) and the parsed model as plain data (serialize.py's round trip). It is used only
when both fingerprints match; a missing, old, damaged or foreign entry is a cache miss,
never an exception, and is only ever read as data. Beside the entries, one index per
content folder (content/index.py) holds what the library's first screen needs of each
item, read and checked the same way.

A file changed within RACY_SECONDS of being read is not cached: an edit in the same
clock tick could leave its times and size as they were.

The app's read holds the entries it makes in memory (`hold`) and writes them once the
library is read (`write_held`), off the way to its first whole frame: creating a thousand
files took 0.8-1.4 s of system time in the parse processes. A parse process only makes an
entry's bytes (`entry`), for the app's read once it has parsed every file (`expect`,
content/entries_later.py); the process reading the library keeps them (`store`)."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import stat
import threading
import time
from collections.abc import Callable, Container
from pathlib import Path
from typing import Any

from systemcraft_tui.content.model import ParsedFile
from systemcraft_tui.content.serialize import NotTheModel, parsed_file_from_data, parsed_file_to_data
from systemcraft_tui.regular_files import Refused, read_regular

FORMAT = 1
RACY_SECONDS = 2.0
_ENTRY_LIMIT = 64 << 20  # far above any entry (a 30 KB content file makes about 40 KB)
_CONTENT_PACKAGE = Path(__file__).resolve().parent
_WRITES = itertools.count()  # numbers this process's temporary files
# Entries still being made elsewhere (content/entries_later.py): each file and its entry,
# waited for at most the seconds given (None: as long as it takes).
Coming = Callable[[float | None], list[tuple[Path, bytes]]]
_TAKING = threading.Lock()


def _parser_fingerprint() -> str:
    """Changes whenever any module of the content engine changes: each module's name, size,
    times and inode, as Python's bytecode cache judges a source: as safe as the content
    files' own check, and far cheaper at each start than hashing every module."""
    digest = hashlib.sha256()
    for source in sorted(_CONTENT_PACKAGE.glob("*.py")):
        status = source.stat()
        digest.update(f"{source.name}\0{status.st_size}\0{status.st_mtime_ns}\0{status.st_ctime_ns}\0{status.st_ino}\0".encode())
    return digest.hexdigest()


def _key(path: Path) -> str:
    return hashlib.sha256(f"{os.path.abspath(path)}\0{path}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def source_of(path: Path, status: os.stat_result) -> dict[str, Any]:
    """What changes whenever the file's bytes may have (ctime cannot be set back by anyone)."""
    return {
        "path": str(path),
        "absolute": os.path.abspath(path),
        "size": status.st_size,
        "mtime_ns": status.st_mtime_ns,
        "ctime_ns": status.st_ctime_ns,
        "inode": [status.st_dev, status.st_ino],
    }


class ParseCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._engine = _parser_fingerprint()
        self._private: bool | None = None  # decided on first use
        self._held: dict[Path, bytes] | None = None  # entries not written yet, by where they go
        self._coming: Coming | None = None  # entries still being made, to hold

    def __getstate__(self) -> dict[str, Any]:
        """As sent to a parse process, which holds nothing (it only makes entries)."""
        return self.__dict__ | {"_held": None, "_coming": None}

    def hold(self) -> None:
        """Keep the entries stored from now on in memory (read from there) until `write_held`."""
        if self._held is None:
            self._held = {}

    def holds(self) -> bool:
        return self._held is not None

    def expect(self, coming: Coming) -> None:
        """Entries still being made (content/entries_later.py): held, and written with the
        rest, once `write_held` has them."""
        self._coming = coming

    def write_held(self, deadline: float | None = None) -> None:
        """Write the entries held, and hold no more. With a `deadline` (`time.monotonic()`),
        as an app quits mid-read: write those the time allows and go on holding, so that
        the read, still running as the process ends, leaves no file half made. Two threads
        may write at once (see below). The entries `expect`ed are waited for first (until
        the `deadline`): the thread that takes them stores them."""
        with _TAKING:  # a thread that finds them taken waits until they are stored (their pool ends then)
            coming, self._coming = self._coming, None
            if coming is not None:
                for path, made in coming(None if deadline is None else max(0.0, deadline - time.monotonic())):
                    self.store(path, made)
        held = self._held or {}
        for entry in list(held):
            if deadline is not None and time.monotonic() > deadline:
                return
            # Taken as it is written, so that two threads writing at once (the read's, and the
            # app's as it quits) write each entry once; one taken is no longer looked up in
            # memory, and until its last byte is written it reads as a miss.
            if (body := held.pop(entry, None)) is not None:
                self._write_body(entry, body)
        if deadline is None:
            self._held = None

    def get(self, path: Path, status: os.stat_result, listed: Container[str] | None = None) -> ParsedFile | None:
        """The cached parse of the file at `path` as `status` describes it, if there is one;
        not looked for when `listed` (`listed()`) does not name its entry."""
        return self.parsed(path, source_of(path, status)) if self.may_hold(path, listed) else None

    def may_hold(self, path: Path, listed: Container[str] | None) -> bool:
        """Whether the file's entry may be there: `listed` (`listed()`; None: not known) names it, or it is held."""
        entry = self._entry(path)
        return listed is None or entry.name in listed or entry in (self._held or ())

    def holds_entry(self, path: Path) -> bool:
        """Whether the file's entry is here to read now, held or written (as it may be, not read)."""
        entry = self._entry(path)
        return entry in (self._held or ()) or entry.exists()

    def listed(self) -> frozenset[str] | None:
        """The names of the entries in the cache now, for a read that looks many files up
        (`get`): on a first read, each file looked for on its own cost a system call, and
        from the read's thread, as the app started, a wait for the GIL (~0.3 s at 1,000
        files). None when the folder cannot be listed (each file is looked for then)."""
        if not self._usable():
            return None
        try:
            return frozenset(os.listdir(self.folder))
        except OSError:
            return None

    def parsed(self, path: Path, source: dict[str, Any]) -> ParsedFile | None:
        """The cached parse of the file at `path` when it was as `source` (`source_of`) describes it."""
        entry = self._read(self._entry(path))
        try:
            if entry is None or entry["source"] != source:
                return None
            return parsed_file_from_data(entry["parsed"])
        except (ValueError, TypeError, KeyError, RecursionError, NotTheModel):
            return None  # damaged or foreign: parsed again and replaced

    def put(self, path: Path, status: os.stat_result, parsed: ParsedFile) -> bool:
        """Keep `parsed` for the file `status` describes (taken before its bytes were read);
        whether it is kept."""
        body = self.entry(path, status, parsed)
        return body is not None and self.store(path, body)

    def entry(self, path: Path, status: os.stat_result, parsed: ParsedFile) -> bytes | None:
        """The entry keeping `parsed` (see `put`), to `store`; None when it may not be kept."""
        if not self.keeps(status):
            return None
        with contextlib.suppress(ValueError):  # text JSON cannot hold: not kept
            return self._body({"source": source_of(path, status), "parsed": parsed_file_to_data(parsed)})
        return None

    def store(self, path: Path, body: bytes) -> bool:
        """Keep the file's `entry`: held, or written now; whether it is kept."""
        if self._held is not None:
            self._held[self._entry(path)] = body
            return True
        return self._write_body(self._entry(path), body)

    def keeps(self, status: os.stat_result) -> bool:
        """Whether what is read of a file in this `status` may be kept."""
        return time.time_ns() - max(status.st_mtime_ns, status.st_ctime_ns) >= RACY_SECONDS * 1e9 and self._usable()

    def read_index(self, root: Path) -> dict[str, Any] | None:
        """What `write_index` kept for the content folder (or file) `root`, as JSON values."""
        return self._read(self._index(root))

    def has_index(self, root: Path) -> bool:
        """Whether an index of `root` is there (as it may be, not read)."""
        return self._index(root).exists()

    def write_index(self, root: Path, index: dict[str, Any]) -> None:
        if self._usable():
            with contextlib.suppress(ValueError):
                self._write_body(self._index(root), self._body(index))

    def _read(self, entry: Path) -> dict[str, Any] | None:
        """An entry or index of this format and this parser's, as JSON values; None when
        there is none, or it is damaged, old or foreign."""
        if not self._usable():
            return None
        held = self._held.get(entry) if self._held is not None else None
        try:
            data = json.loads(held if held is not None else read_regular(entry, _ENTRY_LIMIT, "a cache entry"))
            if type(data) is not dict or data.get("format") != FORMAT or data.get("engine") != self._engine:
                return None
            return data
        except (OSError, Refused, ValueError, RecursionError):
            return None

    def _body(self, data: dict[str, Any]) -> bytes:
        """`data` as an entry or index: JSON, with the format and the parser's fingerprint."""
        data = {"format": FORMAT, "engine": self._engine} | data
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def _write_body(self, entry: Path, body: bytes) -> bool:
        """`body` (`_body`) as `entry`, never read half written. A new entry is written in
        place (creating a file is most of a write's cost: a first start's thousand entries
        make one file each, not two): until its last byte
        it is a JSON object without its closing brace, which reads as damaged, a miss, and
        only its one writer ever writes to it (O_EXCL). One already there is replaced at
        once: written beside it, then renamed over it. Whether it was written."""
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs the next start time
            try:
                _write_new(entry, body)
            except FileExistsError:
                self._replace(entry, body)
            return True
        return False

    def _replace(self, entry: Path, body: bytes) -> None:
        # A name no other writer uses (the folder is this user's alone): no random names tried.
        temporary = self.folder / f".entry-{os.getpid()}-{next(_WRITES)}.tmp"
        _write_new(temporary, body)
        try:
            os.replace(temporary, entry)
        except BaseException:
            os.unlink(temporary)
            raise

    def _entry(self, path: Path) -> Path:
        return self.folder / f"{_key(path)}.json"

    def _index(self, root: Path) -> Path:
        return self.folder / f"{_key(root)}.index"

    def _usable(self) -> bool:
        if self._private is None:
            self._private = all(_private_folder(folder) for folder in (self.folder.parent, self.folder))
        return self._private


def _write_new(path: Path, body: bytes) -> None:
    """`body` as the new file `path` (FileExistsError when there is one already), with no
    buffered file object (a first start writes a thousand); removed if not all written."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try:
            left = memoryview(body)
            while left:  # a write may take only part of it
                left = left[os.write(handle, left) :]
        finally:
            os.close(handle)
    except BaseException:
        os.unlink(path)
        raise


def _private_folder(folder: Path) -> bool:
    """Make `folder` (0700) when missing; True when it is a real folder of this user's
    that no one else may change. One of ours left open (an older version made them under
    the umask) is closed; one of someone else's, or a link, is never used."""
    with contextlib.suppress(FileExistsError, FileNotFoundError, PermissionError):
        folder.mkdir(mode=0o700, parents=True)  # parents (~/.cache) as the system makes them
        os.chmod(folder, 0o700)
    try:
        status = os.lstat(folder)
        if not stat.S_ISDIR(status.st_mode) or (hasattr(os, "geteuid") and status.st_uid != os.geteuid()):
            return False
        if status.st_mode & stat.S_ISVTX:
            return True  # a shared folder (/tmp) over the cache's own: no one may move what is ours in it, and it is not ours to close
        if status.st_mode & 0o077:
            os.chmod(folder, 0o700)
    except OSError:
        return False
    return True
