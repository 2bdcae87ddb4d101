"""A cache of parsed content files, so the app starts without re-reading Markdown that
has not changed. An entry is used only when the file's bytes and the parser's own source
are exactly what they were; anything unreadable in the cache is ignored and rebuilt."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from systemcraft_tui.content.model import ParsedFile

_CONTENT_PACKAGE = Path(__file__).resolve().parent


def _parser_fingerprint() -> str:
    """Changes whenever any module of the content engine changes."""
    digest = hashlib.sha256()
    for source in sorted(_CONTENT_PACKAGE.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


class ParseCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fingerprint = _parser_fingerprint()
        self._entries: dict[tuple[str, str], ParsedFile] = self._read()
        self._used: dict[tuple[str, str], ParsedFile] = {}

    def _read(self) -> dict[tuple[str, str], ParsedFile]:
        try:
            with self.path.open("rb") as handle:
                fingerprint, entries = pickle.load(handle)
        except Exception:  # a missing, old or damaged cache is simply rebuilt
            return {}
        return entries if fingerprint == self._fingerprint and isinstance(entries, dict) else {}

    def get(self, path: Path, data: bytes) -> ParsedFile | None:
        key = (str(path), hashlib.sha256(data).hexdigest())
        found = self._entries.get(key)
        if found is not None:
            self._used[key] = found
        return found

    def put(self, path: Path, data: bytes, parsed: ParsedFile) -> None:
        self._used[(str(path), hashlib.sha256(data).hexdigest())] = parsed

    def save(self) -> None:
        """Keep what this load used (entries of deleted or changed files drop out)."""
        if self._used.keys() == self._entries.keys():
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".content-cache-")
            with os.fdopen(handle, "wb") as out:
                pickle.dump((self._fingerprint, self._used), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
        except OSError:
            pass  # a cache that cannot be written only costs the next start some time
