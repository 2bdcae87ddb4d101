"""A library read hands over each file's items as soon as it and every file before it are
read (the app shows them as they come): in the library's order, with the ids a whole read
gives them, whether the files come from the parse cache, from one process or from several."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from systemcraft_tui.content import library as library_module
from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.library import PARALLEL_FROM, Library, fork_ahead, load_library
from systemcraft_tui.locations import bundled_content_dir

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


def test_files_surely_missing_are_sent_to_be_parsed_before_any_file_is_read_from_the_cache(tmp_path, settled_files, parses):
    folder = _copies(tmp_path / "library", 2)
    cache = ParseCache(tmp_path / "cache")
    files = load_library([folder]).files
    load_library(files[:1], cache)  # the first file's entry: looked for, it no longer holds the file
    files[0].write_text(files[0].read_text() + "\n")
    parses.clear()
    library, arrived = _arrivals([folder], cache, workers=1)
    assert parses == [*files[1:], files[0]]  # those the cache's listing does not name first
    assert arrived == library == load_library([folder])


def test_processes_forked_ahead_parse_the_files_found_missing_and_end_with_the_read(tmp_path):
    folder = _copies(tmp_path / "library", 5)
    cache = ParseCache(tmp_path / "cache")
    forked = fork_ahead([folder], cache, 2)  # no index of the folder: a first read
    assert forked is not None
    processes = list(forked._pool)  # type: ignore[attr-defined]
    arrived = Library()
    library = load_library([folder], cache, workers=2, arrived=lambda items, problems: arrived.items.extend(items), forked=forked)
    assert library == load_library([folder]) and arrived.items == library.items
    assert all(not process.is_alive() for process in processes)


def test_a_read_goes_on_when_a_process_forked_ahead_cannot_load_the_parser_as_it_starts(tmp_path, monkeypatch):
    def fails() -> None:
        raise ImportError("no parser to be had")

    monkeypatch.setattr(library_module, "_load_parser", fails)  # the processes' copy too: forked
    folder = _copies(tmp_path / "library", 1)
    cache = ParseCache(tmp_path / "cache")
    read: list[Library] = []
    reading = threading.Thread(
        target=lambda: read.append(load_library([folder], cache, workers=2, forked=fork_ahead([folder], cache, 2)))
    )
    reading.start()
    reading.join(timeout=60)  # a process failing as it starts was forked again, and again: the read never ended
    assert read == [load_library([folder])]  # each file's parse loads the parser itself


def test_a_read_folder_forks_nothing_ahead_even_with_nothing_in_it(tmp_path):
    folder, empty = _copies(tmp_path / "library", 1), tmp_path / "empty"
    empty.mkdir()
    cache = ParseCache(tmp_path / "cache")
    load_library([folder, empty], cache)
    assert fork_ahead([folder, empty], cache, 2) is None  # each has its index now
    assert fork_ahead([bundled_content_dir()], ParseCache(tmp_path / "new"), 2) is None  # read from the shipped read
