"""The content library read on a thread of its own, begun before the app's screens are even
imported: a warm read is done by the app's first frame, which then shows the library
itself; a longer one shows its progress (screens/loading.py). Only the content engine is
imported here, never Textual."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.library import Library, Progress, default_workers, load_library
from systemcraft_tui.locations import bundled_content_dir, cache_dir, user_content_dir


@dataclass(frozen=True)
class LibrarySource:
    """Content the app reads itself, so that the first frame never waits for it however
    big the library."""

    paths: Sequence[Path]
    cache: ParseCache | None = None


class LibraryRead:
    """`source` being read from the moment this is made."""

    def __init__(self, source: LibrarySource) -> None:
        self._lock = threading.Lock()
        self._read = (0, 0)  # files read, files in all
        self._listener: Progress | None = None
        self._library: Future[Library] = Future()
        threading.Thread(target=self._run, args=(source,), name="library-read", daemon=True).start()

    def _run(self, source: LibrarySource) -> None:
        try:
            library = load_library(source.paths, source.cache, self._progress, workers=default_workers())
        except BaseException as error:  # raised again where the app waits for the library
            self._library.set_exception(error)
        else:
            self._library.set_result(library)

    def _progress(self, done: int, total: int) -> None:
        with self._lock:  # in order with follow's first call
            self._read = (done, total)
            if self._listener is not None:
                self._listener(done, total)

    def follow(self, listener: Progress) -> None:
        """Tell `listener` (from the reading thread) of the files read so far and then of each next one."""
        with self._lock:
            self._listener = listener
            if self._read[1]:
                listener(*self._read)

    def done(self) -> bool:
        return self._library.done()

    def library(self) -> Library:
        """The library read (waiting for it: call from a worker unless `done`)."""
        return self._library.result()

    async def wait(self) -> Library:
        """The library read, awaited on the app's event loop: unlike a thread waiting for
        it, an await is cancelled when the app quits, so quitting mid-read does not wait
        for the rest of the library to be read."""
        return await asyncio.wrap_future(self._library)


def library_paths(extra: Sequence[Path] = ()) -> list[Path]:
    """The bundled library, then --content folders, then the user's own content folder."""
    paths = [bundled_content_dir(), *extra]
    try:
        if user_content_dir().is_dir():
            paths.append(user_content_dir())
    except OSError:  # there but not ours to look at: the library reports it
        paths.append(user_content_dir())
    return paths


def read_library(content: Sequence[Path] = ()) -> LibraryRead:
    """The bundled library, `content` and the user's own, read through the user's parse cache."""
    return LibraryRead(LibrarySource(library_paths(content), ParseCache(cache_dir() / "content")))
