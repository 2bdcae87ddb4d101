"""The content library read on a thread of its own, begun before the app's screens are even
imported: a warm read is done by the app's first frame, which then shows the library
itself; during a longer one the library screen shows what is read so far (`take`). Only
the content engine is imported here, never Textual."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.library import Library, default_workers, fork_ahead, load_library
from systemcraft_tui.content.model import ContentItem, Problem
from systemcraft_tui.locations import bundled_content_dir, cache_dir, user_content_dir

if TYPE_CHECKING:
    from systemcraft_tui.content.gated_pool import GatedPool

# How long a read's new cache entries wait for the app to show the library it read before
# they are written anyway (a read with no app to show it).
WRITE_WAITS_AT_MOST = 2.0


@dataclass(frozen=True)
class LibrarySource:
    """Content the app reads itself, so that the first frame never waits for it however
    big the library."""

    paths: Sequence[Path]
    cache: ParseCache | None = None


@dataclass(frozen=True)
class ReadSoFar:
    """What a read added since it was last asked: items and problems in the library's order."""

    files: tuple[int, int]  # files read, files in all (0 until they are counted)
    items: list[ContentItem]
    problems: list[Problem]


class LibraryRead:
    """`source` being read from the moment this is made."""

    def __init__(self, source: LibrarySource) -> None:
        self._lock = threading.Lock()
        self._read = (0, 0)  # files read, files in all
        self._items: list[ContentItem] = []  # read since the last `take`
        self._problems: list[Problem] = []
        self._library: Future[Library] = Future()
        self._kept: Future[None] = Future()  # the read's new cache entries are kept: each item's whole is at hand
        self._cache = source.cache
        self._on_screen = threading.Event()  # the whole library is shown: its new cache entries may be written
        workers = default_workers()
        self._forked: GatedPool | None = None
        failed: Exception | None = None
        try:
            self._forked = fork_ahead(source.paths, source.cache, workers)  # before the read's thread starts
        except Exception as error:  # raised where the app waits for the library, as the read's own errors are
            failed = error
        self._thread = threading.Thread(target=self._run, args=(source, workers, failed), name="library-read", daemon=True)
        self._thread.start()

    def _run(self, source: LibrarySource, workers: int, failed: Exception | None) -> None:
        # Running, the future is not cancelled with the await of an app that quits
        # mid-read (`wait`), so setting its result later raises no error on the terminal.
        self._library.set_running_or_notify_cancel()
        self._kept.set_running_or_notify_cancel()
        if source.cache is not None:  # the cache's new entries written once the app has the library (ParseCache.hold)
            source.cache.hold()
        try:
            if failed is not None:
                raise failed
            library = load_library(source.paths, source.cache, self._progress, workers, self._arrived, self._forked)
        except BaseException as error:  # raised again where the app waits for the library
            self._library.set_exception(error)
        else:
            self._library.set_result(library)
            # Written once the app has drawn the library: creating a thousand entries took ~0.4 s
            # of this process, the thread holding the interpreter lock in turn with the one
            # drawing the whole library's first frame.
            self._on_screen.wait(WRITE_WAITS_AT_MOST)
        finally:
            try:
                if source.cache is not None:  # the entries its processes make after the read, too
                    source.cache.write_held()
            finally:
                self._kept.set_result(None)
                if self._forked is not None:  # ended by the read, unless it failed before parsing
                    self._forked.terminate()

    def on_screen(self) -> None:
        """The app shows the whole library: the read's new cache entries are written now."""
        self._on_screen.set()

    def shown(self) -> None:
        """The app has drawn its first frame: every parse process may parse now (fork_ahead)."""
        if self._forked is not None:
            self._forked.open_gate()

    def _progress(self, done: int, total: int) -> None:
        with self._lock:
            self._read = (done, total)

    def _arrived(self, items: list[ContentItem], problems: list[Problem]) -> None:
        with self._lock:
            self._items += items
            self._problems += problems

    def take(self) -> ReadSoFar:
        """The items and problems read since the last take (from any thread), and the files read."""
        with self._lock:
            taken = ReadSoFar(self._read, self._items, self._problems)
            self._items, self._problems = [], []
        return taken

    def done(self) -> bool:
        return self._library.done()

    def keep_read_so_far(self, seconds: float) -> None:
        """As the app quits: write the parse cache's entries made so far and not written yet
        (mid-read, or read but not yet written: `on_screen`), for at most `seconds`, so
        that the next start reads only the rest (on a big library's first read, minutes of
        work). The read's own thread writes beside this one, each entry once."""
        self._on_screen.set()
        if self._cache is not None:
            deadline = time.monotonic() + seconds
            self._cache.write_held(deadline)
            if self.done():  # the entries the read's thread took are being written: a daemon, it would end mid-write
                self._thread.join(max(0.0, deadline - time.monotonic()))

    def library(self) -> Library:
        """The library read, whole (waiting for it: call from a worker unless `done`)."""
        return self._library.result()

    async def wait(self) -> Library:
        """The library read, awaited on the app's event loop: unlike a thread waiting for
        it, an await is cancelled when the app quits, so quitting mid-read does not wait
        for the rest of the library to be read."""
        return await asyncio.wrap_future(self._library)

    async def entries_kept(self) -> None:
        """Awaited until the read's new cache entries are kept (written, or failed to be):
        from then on an item's whole is read from the cache, not parsed (index.rest_at_hand)."""
        await asyncio.wrap_future(self._kept)


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
