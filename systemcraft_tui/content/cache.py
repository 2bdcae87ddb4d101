"""A cache of parsed content files, so the app starts without re-reading Markdown that
has not changed.

One JSON file per content file, named by a hash of its path, in a folder private to the
user (0700) under their cache folder: loading with `--content X` and without it keep
each other's entries. An entry holds the content file's fingerprint (path, size,
modification and change times, inode), the parser's own (a hash of this package's
source) and the parsed model as plain data (serialize.py's round trip). It is used only
when both fingerprints match; a missing, old, damaged or foreign entry is a cache miss,
never an exception, and is only ever read as data.

A file changed within RACY_SECONDS of being read is not cached: an edit in the same
clock tick could leave its times and size as they were."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import tempfile
import time
from pathlib import Path
from typing import Any

from systemcraft_tui.content.model import ParsedFile
from systemcraft_tui.content.serialize import NotTheModel, parsed_file_from_data, parsed_file_to_data
from systemcraft_tui.regular_files import Refused, read_regular

FORMAT = 1
RACY_SECONDS = 2.0
_ENTRY_LIMIT = 64 << 20  # far above any entry (a 30 KB content file makes about 40 KB)
_CONTENT_PACKAGE = Path(__file__).resolve().parent


def _parser_fingerprint() -> str:
    """Changes whenever any module of the content engine changes."""
    digest = hashlib.sha256()
    for source in sorted(_CONTENT_PACKAGE.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _source(path: Path, status: os.stat_result) -> dict[str, Any]:
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

    def get(self, path: Path, status: os.stat_result) -> ParsedFile | None:
        """The cached parse of the file at `path` as `status` describes it, if there is one."""
        if not self._usable():
            return None
        try:
            entry = json.loads(read_regular(self._entry(path), _ENTRY_LIMIT, "a cache entry"))
            if entry["format"] != FORMAT or entry["engine"] != self._engine or entry["source"] != _source(path, status):
                return None
            return parsed_file_from_data(entry["parsed"])
        except (OSError, Refused, ValueError, TypeError, KeyError, RecursionError, NotTheModel):
            return None  # missing, old, damaged or foreign: parsed again and replaced

    def put(self, path: Path, status: os.stat_result, parsed: ParsedFile) -> None:
        """Keep `parsed` for the file `status` describes (taken before its bytes were read)."""
        if time.time_ns() - max(status.st_mtime_ns, status.st_ctime_ns) < RACY_SECONDS * 1e9 or not self._usable():
            return
        entry = {"format": FORMAT, "engine": self._engine, "source": _source(path, status), "parsed": parsed_file_to_data(parsed)}
        with contextlib.suppress(OSError, ValueError):  # a cache that cannot be written only costs the next start time
            data = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".entry-", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temporary, self._entry(path))
            except BaseException:
                os.unlink(temporary)
                raise

    def _entry(self, path: Path) -> Path:
        key = hashlib.sha256(f"{os.path.abspath(path)}\0{path}".encode("utf-8", "surrogatepass")).hexdigest()
        return self.folder / f"{key[:32]}.json"

    def _usable(self) -> bool:
        if self._private is None:
            self._private = all(_private_folder(folder) for folder in (self.folder.parent, self.folder))
        return self._private


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
        if status.st_mode & 0o077:
            os.chmod(folder, 0o700)
    except OSError:
        return False
    return True
