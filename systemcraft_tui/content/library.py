"""The library: every content file under the given paths, parsed, with all problems."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.ids import with_unique_ids
from systemcraft_tui.content.model import ContentItem, ParsedFile, Problem
from systemcraft_tui.regular_files import Refused, read_regular, regular_status

MARKDOWN_SUFFIXES = (".md", ".markdown")
# Far above any real content file (the largest bundled one is about 32 KB); a file past
# it is reported as a problem rather than read into memory.
CONTENT_FILE_LIMIT = 16 << 20


@dataclass
class Library:
    items: list[ContentItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def get(self, item_id: str) -> ContentItem | None:
        return next((item for item in self.items if item.id == item_id), None)


def content_files(paths: Iterable[Path]) -> list[Path]:
    """Markdown files named directly, or found in folders (recursively, sorted). A path
    that cannot be looked at is kept, so that reading it reports why."""
    files: list[Path] = []
    for path in paths:
        if _is(Path.is_dir, path, unknown=False):
            files.extend(
                sorted(p for p in path.rglob("*") if p.suffix.lower() in MARKDOWN_SUFFIXES and _is(Path.is_file, p, unknown=True))
            )
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def _is(test: Callable[[Path], bool], path: Path, *, unknown: bool) -> bool:
    try:
        return bool(test(path))
    except OSError:  # no permission to look
        return unknown


def load_library(paths: Iterable[Path], cache: ParseCache | None = None) -> Library:
    library = Library(files=content_files(paths))
    taken: dict[str, ContentItem] = {}
    for path in library.files:
        parsed = _parse(path, cache)
        # A file's own ids are already unique; one that another file has taken is renamed, not dropped.
        items, renamed = with_unique_ids(parsed.items, taken)
        library.items.extend(items)
        library.problems.extend(parsed.problems + renamed)
    return library


def _parse(path: Path, cache: ParseCache | None) -> ParsedFile:
    try:
        status = regular_status(path, CONTENT_FILE_LIMIT, "a content file")
        # The parser (and markdown-it) load only when a file is not in the cache: a warm
        # start of the app never imports them, nor reads the files themselves.
        if cache is not None and (parsed := cache.get(path, status)) is not None:
            return parsed
        data = read_regular(path, CONTENT_FILE_LIMIT, "a content file")
    except Refused as refused:
        return _unreadable(path, f"it {refused.reason}")
    except OSError as error:
        return _unreadable(path, error.strerror or str(error))
    from systemcraft_tui.content.parser import parse_bytes

    parsed = parse_bytes(data, path)
    if cache is not None:
        cache.put(path, status, parsed)
    return parsed


def _unreadable(path: Path, reason: str) -> ParsedFile:
    return ParsedFile(path, problems=[Problem(path, 1, "error", f"cannot read the file: {reason}")])
