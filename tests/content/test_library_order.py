"""A library read hands over each file's items as soon as it and every file before it are
read (the app shows them as they come): in the library's order, with the ids a whole read
gives them, whether the files come from the parse cache, from one process or from several."""

from __future__ import annotations

import shutil
from pathlib import Path

from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.library import PARALLEL_FROM, Library, load_library

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "content"


def _copies(folder: Path, copies: int) -> Path:
    """The fixture files in `copies` folders: every id after the first copy's collides and is renamed."""
    for copy in range(copies):
        shutil.copytree(FIXTURES, folder / f"copy{copy}")
    return folder


def _arrivals(paths: list[Path], cache: ParseCache | None, workers: int) -> tuple[Library, Library]:
    """The library read, and the library made of what it handed over as it read."""
    arrived = Library()

    def take(items, problems) -> None:
        arrived.items.extend(items)
        arrived.problems.extend(problems)

    library = load_library(paths, cache, workers=workers, arrived=take)
    arrived.files = library.files
    return library, arrived


def test_what_arrives_is_the_library_in_its_order_on_several_processes(tmp_path):
    folder = _copies(tmp_path / "library", 5)
    library, arrived = _arrivals([folder], None, workers=2)
    assert len(library.files) >= PARALLEL_FROM  # parsed on two processes
    assert any("is already used by the item at" in p.message for p in library.problems)  # renamed ids
    assert arrived == library == load_library([folder])


def test_cached_files_wait_for_the_files_before_them(tmp_path, settled_files, parses):
    folder = _copies(tmp_path / "library", 4)
    cache = ParseCache(tmp_path / "cache")
    files = load_library([folder]).files
    load_library(files[1::2], cache)  # every other file in the cache: the rest are parsed after them
    parses.clear()
    library, arrived = _arrivals([folder], cache, workers=1)
    assert parses == files[::2]
    assert arrived == library == load_library([folder])
