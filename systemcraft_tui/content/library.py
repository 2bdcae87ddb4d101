"""The library: every content file under the given paths, parsed, with all problems."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.ids import with_unique_ids
from systemcraft_tui.content.model import ContentItem, ParsedFile, Problem

MARKDOWN_SUFFIXES = (".md", ".markdown")


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
    """Markdown files named directly, or found in folders (recursively, sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.suffix.lower() in MARKDOWN_SUFFIXES and p.is_file())
            )
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def load_library(paths: Iterable[Path], cache: ParseCache | None = None) -> Library:
    library = Library(files=content_files(paths))
    taken: dict[str, ContentItem] = {}
    for path in library.files:
        parsed = _parse(path, cache)
        # A file's own ids are already unique; one that another file has taken is renamed, not dropped.
        items, renamed = with_unique_ids(parsed.items, taken)
        library.items.extend(items)
        library.problems.extend(parsed.problems + renamed)
    if cache is not None:
        cache.save()
    return library


def _parse(path: Path, cache: ParseCache | None) -> ParsedFile:
    # The parser (and markdown-it) load only when a file is not in the cache: a warm
    # start of the app never imports them.
    if cache is not None:
        try:
            data = path.read_bytes()
        except OSError:
            data = None  # parse_file reports it the same way an uncached load does
        if data is not None and (parsed := cache.get(path, data)) is not None:
            return parsed
    from systemcraft_tui.content.parser import parse_bytes, parse_file

    if cache is None or data is None:
        return parse_file(path)
    parsed = parse_bytes(data, path)
    cache.put(path, data, parsed)
    return parsed
