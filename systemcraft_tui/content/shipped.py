"""The bundled library as this release reads it, shipped in the package
(`shipped_read.json`), so that a first start does not parse files that are the same on
every install: data only, like a parse cache entry (serialize.py's round trip), with each
file's path relative to the bundled folder.

A file's shipped read is used only when the user's parse cache lacks the file and the file
is byte for byte what it was built from (its SHA-256), read by the same reader: the
content package's sources hash to the fingerprint the read was built with (the Markdown
parsers are the project's dependencies, as for the parse cache). Anything else, or a shipped read that is missing or damaged, is a
miss: the file is parsed. After a change to the content package or to data/, build it
again: `uv run python -m systemcraft_tui.content.shipped` (tests/content/test_shipped.py
fails until then)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

from systemcraft_tui.content.model import Origin, ParsedFile
from systemcraft_tui.content.serialize import NotTheModel, parsed_file_from_data, parsed_file_to_data
from systemcraft_tui.locations import bundled_content_dir
from systemcraft_tui.regular_files import Refused, read_regular

SHIPPED = Path(__file__).with_name("shipped_read.json")
FORMAT = 1
_LIMIT = 64 << 20  # far above the read of the bundled library (about half a megabyte)
_FILE_LIMIT = 16 << 20  # the library's own limit for a content file


def reader_fingerprint() -> str:
    """Changes whenever the content package's source does: computed only when a shipped
    read is wanted (a first start), never on a warm one."""
    digest = hashlib.sha256()
    for source in sorted(Path(__file__).parent.glob("*.py")):
        data = source.read_bytes()
        digest.update(f"{source.name}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()


class ShippedRead:
    """The shipped read of the files in `folder` (the bundled library), loaded when first asked."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or bundled_content_dir()
        self._files: dict[str, Any] | None = None

    def may_hold(self, path: Path) -> bool:
        """Whether the file is in the bundled folder, the only one a shipped read holds files of (nothing is loaded)."""
        return path.is_relative_to(self.folder)

    def get(self, path: Path) -> ParsedFile | None:
        """The file at `path` as the reader reads it, when the shipped read holds its bytes."""
        try:
            relative = path.relative_to(self.folder).as_posix()  # first: the shipped read is loaded only for a bundled file
            entry = self._shipped().get(relative)
            if type(entry) is not dict or hashlib.sha256(read_regular(path, _FILE_LIMIT, "a content file")).hexdigest() != entry.get("sha256"):
                return None
            return placed(parsed_file_from_data(entry["parsed"]), path)
        except (ValueError, TypeError, KeyError, OSError, Refused, NotTheModel, RecursionError):
            return None  # outside the bundled folder, unreadable, changed, damaged: parsed

    def _shipped(self) -> dict[str, Any]:
        if self._files is None:
            self._files = {}
            try:
                data = json.loads(read_regular(SHIPPED, _LIMIT, "the shipped read"))
                if type(data) is dict and data.get("format") == FORMAT and data.get("reader") == reader_fingerprint():
                    files = data.get("files")
                    self._files = files if type(files) is dict else {}
            except (ValueError, OSError, Refused, RecursionError):
                pass  # no shipped read: every file is parsed
        return self._files


def placed(parsed: ParsedFile, path: Path) -> ParsedFile:
    """`parsed` as the file at `path`: its items' origins and its problems there."""
    return ParsedFile(
        path,
        [dataclasses.replace(item, origin=Origin(path, item.origin.line)) for item in parsed.items],
        [dataclasses.replace(problem, path=path) for problem in parsed.problems],
    )


def build(folder: Path | None = None) -> str:
    """The shipped read of `folder` (the bundled library) as parsed now: one line a file."""
    from systemcraft_tui.content.library import content_files
    from systemcraft_tui.content.parser import parse_bytes

    folder = folder or bundled_content_dir()
    lines = []
    for path in content_files([folder]):
        data = read_regular(path, _FILE_LIMIT, "a content file")
        relative = path.relative_to(folder).as_posix()
        entry = {"sha256": hashlib.sha256(data).hexdigest(), "parsed": parsed_file_to_data(placed(parse_bytes(data, path), Path(relative)))}
        lines.append(f"{json.dumps(relative)}:{json.dumps(entry, ensure_ascii=False, separators=(',', ':'))}")
    head = json.dumps({"format": FORMAT, "reader": reader_fingerprint()})[:-1]
    return head + ',"files":{\n' + ",\n".join(lines) + "\n}}\n"


if __name__ == "__main__":
    SHIPPED.write_text(build(), encoding="utf-8")
    print(f"wrote {SHIPPED}")
