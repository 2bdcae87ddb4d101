"""The library: every content file under the given paths, parsed, with all problems."""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import stat
import sys
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from queue import SimpleQueue
from typing import TYPE_CHECKING

from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.ids import with_unique_ids
from systemcraft_tui.content.index import Entry, LibraryIndex, entry_of
from systemcraft_tui.content.model import ContentItem, ParsedFile, Problem
from systemcraft_tui.content.shipped import ShippedRead
from systemcraft_tui.core.allocation import bulk_allocation
from systemcraft_tui.locations import bundled_content_dir
from systemcraft_tui.regular_files import Refused, check_regular, read_regular, regular_status

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from systemcraft_tui.content.gated_pool import GatedPool

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
    return list(_distinct(_files_under(paths)))


Found = tuple[Path, "os.stat_result | None"]  # a file, and its status as it was found (None: not to be had)


def _files_under(paths: Iterable[Path]) -> list[list[Found]]:
    """The Markdown files under each of `paths`, in the paths' own order, each with the
    status that tells its cache entry (one stat a file: the listing says which are
    folders)."""
    under: list[list[Found]] = []
    for path in paths:
        status = _status(path)
        under.append(_markdown_in(path) if status is not None and stat.S_ISDIR(status.st_mode) else [(path, status)])
    return under


def _markdown_in(folder: Path) -> list[Found]:
    """The Markdown files under `folder`, sorted by their parts (a walk in name order gives
    that order); a linked folder is not followed, and one that cannot be listed is passed over."""
    found: list[Found] = []
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return found
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            found += _markdown_in(folder / entry.name)
        elif os.path.splitext(entry.name)[1].lower() in MARKDOWN_SUFFIXES:
            try:
                status: os.stat_result | None = entry.stat()
            except OSError:  # a broken link, no permission to look: kept, so that reading it says why
                status = None
            found.append((folder / entry.name, status))  # a FIFO or device too: reading it refuses it, named
    return found


def _status(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (OSError, ValueError):  # no permission to look, or not a path at all: reading it says why
        return None


def _distinct(under: list[list[Found]]) -> dict[Path, os.stat_result | None]:
    distinct: dict[Path, os.stat_result | None] = {}
    for found in under:
        for path, status in found:
            distinct.setdefault(path, status)
    return distinct


# Files left to parse (not in the cache) from which a second process pays for itself: a
# forked worker costs a few milliseconds, a file about six to parse.
PARALLEL_FROM = 16

# A file's parse (or, when the cache may keep it, its index entry), its status before it
# was read, and the cache entry a parse process made of it, to keep.
Sent = tuple[ParsedFile | Entry, "os.stat_result | None", bytes | None]
Progress = Callable[[int, int], None]  # (files read, files in all), called as files are read
# The items (their ids already made unique) and problems of the files read since the last
# call, in the library's order: called as soon as a file and every file before it are read.
Arrived = Callable[[list[ContentItem], list[Problem]], None]


def load_library(
    paths: Iterable[Path],
    cache: ParseCache | None = None,
    progress: Progress | None = None,
    workers: int = 1,
    arrived: Arrived | None = None,
    forked: GatedPool | None = None,
) -> Library:
    """Every content file under `paths`: from the cache where it holds the file (each
    folder's index first: content/index.py), else parsed, on up to `workers` processes
    when there are many to parse (those `fork_ahead` made, when given: ended once the
    last file is parsed). The items are taken in file order as files are read,
    so ids (a later item that would share one is renamed) never depend on timing."""
    paths = list(paths)
    under = _files_under(paths)
    found = _distinct(under)
    library = Library(files=list(found))
    report = progress or (lambda done, total: None)
    index_of: dict[Path, LibraryIndex] = {}  # each file's: that of the first path it was found under
    indexes = [] if cache is None else [LibraryIndex(cache, root, functools.partial(_parse, cache=cache)) for root in paths]
    for files, indexed in zip(under, indexes, strict=False):  # no indexes without a cache
        for path, _ in files:
            index_of.setdefault(path, indexed)
    parsed: list[ParsedFile | None] = [None] * len(library.files)
    missed: list[int] = []  # the files to parse, in the order they are sent to be parsed
    later: list[int] = []  # files their index lacks that the cache or the shipped read may hold
    lookup = None if cache is None else _Lookup(cache, index_of, ShippedRead(), functools.cache(cache.listed))
    # Processes forked ahead parse each file as soon as it is found missing, while the rest
    # are looked up (the pool's own thread takes them from `misses` as they come).
    misses: SimpleQueue[Path | None] | None = None
    if forked is not None:
        misses = SimpleQueue()
        streamed = _parsed_by(forked, workers, iter(misses.get, None), cache, _chunk(len(library.files), workers))

    def miss(position: int) -> None:
        missed.append(position)
        if misses is not None:
            misses.put(library.files[position])

    done = 0  # files read so far
    try:
        for position, path in enumerate(library.files):
            looked = lookup.indexed(path, found[path]) if lookup is not None else False
            if isinstance(looked, ParsedFile):
                parsed[position], done = looked, done + 1
                report(done, len(library.files))
            elif looked:
                later.append(position)
            else:
                miss(position)
        # Read from the cache or the shipped read once every file surely missing is sent to
        # be parsed: a first start's bundled files, whose shipped read is loaded, each file
        # hashed and its entry made, kept the parse processes waiting ~0.1-0.2 s.
        for position in later:
            path = library.files[position]
            assert lookup is not None  # only a file it may hold is read later
            if (held := lookup.kept(path, found[path])) is not None:
                parsed[position], done = held, done + 1
                report(done, len(library.files))
            else:
                miss(position)
    finally:
        if misses is not None:
            misses.put(None)  # no more to come
    taken: dict[str, ContentItem] = {}
    next_file = 0  # the first file whose items are not taken yet

    def take_read() -> None:
        """The files from `next_file` on, up to the first one still to be parsed."""
        nonlocal next_file
        items, problems = len(library.items), len(library.problems)
        while next_file < len(parsed) and (file := parsed[next_file]) is not None:
            next_file += 1
            # A file's own ids are already unique; one that another file has taken is renamed, not dropped.
            kept, renamed = with_unique_ids(file.items, taken)
            library.items.extend(kept)
            library.problems.extend(file.problems + renamed)
        if arrived is not None and (len(library.items) > items or len(library.problems) > problems):
            arrived(library.items[items:], library.problems[problems:])

    take_read()
    if forked is None:
        streamed = _parse_all([library.files[i] for i in missed], cache, workers)
    for index, (result, status, entry) in zip(missed, streamed, strict=True):
        path, kept = library.files[index], index_of.get(library.files[index])
        if entry is not None:  # made by a parse process: kept here (in the app, held until the library is read)
            assert cache is not None
            cache.store(path, entry)
        if isinstance(result, Entry):  # its parse is in the cache: the items are made as a warm start makes them
            assert kept is not None and status is not None  # a parse process sends one only then
            result = kept.adopt(path, status, result)
        elif kept is not None:
            kept.keep(path, status, result)
        parsed[index] = result
        done += 1
        report(done, len(library.files))
        take_read()
    for kept in indexes:
        kept.save()
    return library


@dataclass
class _Lookup:
    """Where a read looks for a file's parse before parsing it: the index of the folder it
    was found under (`index_of`), the cache, whose entries `listed()` names (listed once a
    file is missing from its index), and for a bundled file, the read the package ships
    (loaded only when a bundled file is missing from the cache)."""

    cache: ParseCache
    index_of: dict[Path, LibraryIndex]
    shipped: ShippedRead
    listed: Callable[[], Container[str] | None]

    def indexed(self, path: Path, status: os.stat_result | None) -> ParsedFile | bool:
        """The file's parse, as `status` (taken as it was found) describes it, from its index;
        else whether the cache or the shipped read may hold it (`kept`): False when it must be
        parsed (or read to say why not). Nothing is read but the listing."""
        index = self.index_of.get(path)
        if index is None or status is None:
            return False
        try:
            check_regular(status, CONTENT_FILE_LIMIT, "a content file")
        except Refused:
            return False  # _parse reports why
        if (indexed := index.get(path, status)) is not None:
            return indexed
        return self.cache.may_hold(path, self.listed()) or self.shipped.may_hold(path)

    def kept(self, path: Path, status: os.stat_result | None) -> ParsedFile | None:
        """The file's parse from the cache, or for a bundled file the cache lacks, from the
        shipped read, indexed; None when it must be parsed. For a file `indexed` says may be kept."""
        index = self.index_of[path]
        assert status is not None
        with bulk_allocation():
            parsed = self.cache.get(path, status, self.listed())
            if parsed is None and (parsed := self.shipped.get(path)) is not None:  # a first start
                self.cache.put(path, status, parsed)
        if parsed is not None:
            index.keep(path, status, parsed)
        return parsed


def fork_ahead(paths: Sequence[Path], cache: ParseCache | None, workers: int) -> GatedPool | None:
    """Parse processes for a read of `paths`, forked now, before the read looks its files
    up, when the cache holds no index of one of them (a first read of that folder: most of
    its files are to be parsed; the bundled library's first read is the shipped one); None
    for a warm start, which forks nothing and never loads the parser. One of them parses
    only once the app lets it (GatedPool.open_gate: after its first frame).

    Call it before any other thread of the process starts: each process loads the parser
    itself (while the app loads Textual), and a module lock that another thread held as
    the process forked would never be let go in it. Forked from the read's own thread once
    it had loaded the parser, the first parse began ~0.5 s into a start."""
    if workers < 2 or cache is None or sys.platform == "win32":
        return None
    bundled = bundled_content_dir()
    if all(cache.has_index(root) for root in paths if root != bundled):
        return None
    from systemcraft_tui.content.gated_pool import GatedPool

    return GatedPool(workers, _quiet_worker, _parser_ahead)


def _load_parser() -> None:
    """The parser's modules (both Markdown readers: see parse_markdown), loaded before the
    read forks its processes (_parse_all), so that none loads one itself (and waits on an
    import lock that another thread of the parent held as it forked), nor each its own copy."""
    import systemcraft_tui.content.markdown_nodes
    import systemcraft_tui.content.markdown_tokens
    import systemcraft_tui.content.parser  # noqa: F401


def _parser_ahead() -> None:
    """A process forked ahead loads the parser before its first file. Should that fail, it
    takes files all the same, and each one's parse raises what failed, for the read to
    report: a process whose start failed would be forked again, and again."""
    with contextlib.suppress(Exception):
        _load_parser()


def _parse_all(files: list[Path], cache: ParseCache | None, workers: int) -> Iterator[Sent]:
    """Each file parsed, in order; split over forked processes when there are enough, which
    send the index's and the cache's entries for a file the cache may keep (_sent), not
    its whole parse.

    The processes never outlast the read: a Pool's workers stop when the parent is gone
    (they close their copy of the pipe they wait on, so a parent killed mid-read leaves
    none behind), and they are daemons the parent ends as it exits, so quitting mid-read
    does not wait for the rest to be parsed. They print nothing to the terminal the app
    draws on (_quiet_worker)."""
    if workers < 2 or len(files) < PARALLEL_FROM or sys.platform == "win32":
        return ((*_parse(path, cache), None) for path in files)
    import multiprocessing

    _load_parser()
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_quiet_worker)
    return _parsed_by(pool, workers, files, cache, _chunk(len(files), workers))


def _chunk(files: int, workers: int) -> int:
    """Files sent to a process at a time: a few chunks each, so none waits long at the end."""
    return max(1, min(16, files // (workers * 8)))


def _parsed_by(pool: Pool, processes: int, files: Iterable[Path], cache: ParseCache | None, chunk: int) -> Iterator[Sent]:
    """What `pool`'s `processes` send (_sent) of each of `files`, in order, taken as they
    come; the processes end once the last is read, or the read stops. For a cache that
    holds its new entries until the library is shown (the app's), they make them once
    the last file is read (content/entries_later.py) and end when the cache has them."""
    later = cache is not None and cache.holds()
    sent = pool.imap(functools.partial(_sent, cache=cache, later=later), files, chunksize=chunk)

    def results() -> Iterator[Sent]:
        kept = 0  # files whose entries are to be made later
        try:
            for result in sent:
                kept += result[2] is None and isinstance(result[0], Entry)
                yield result
        except BaseException:
            pool.terminate()
            raise
        if kept:
            from systemcraft_tui.content import entries_later

            assert cache is not None
            cache.expect(entries_later.ask(pool, processes, cache, kept))
        else:
            pool.terminate()

    return results()


def _quiet_worker() -> None:
    """A parse process: Ctrl+C is the parent's to handle (a worker interrupted while it
    waits would print a traceback), and what it would print (a Rust panic's message
    before the fallback parser reads the file) does not land on the app's screen."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 2)  # the terminal's descriptor: sys.stderr may be the app's stand-in


def default_workers() -> int:
    """The cores this process may use, for parsing."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _parse(path: Path, cache: ParseCache | None) -> tuple[ParsedFile, os.stat_result | None]:
    """The file parsed (and kept in the cache) and its status before it was read, or the
    problem that it cannot be read."""
    # A big file's trees, its items, and the cache entry's dicts made of them: with the collector
    # running, its passes over them (freeing nothing) cost a third of a parse, and after the
    # parse, its first passes walked every object the parse had made, for 3 % of a big file's read.
    with bulk_allocation():
        parsed, status = _parsed(path)
        if cache is not None and status is not None:
            cache.put(path, status, parsed)
    return parsed, status


def _sent(path: Path, cache: ParseCache | None, later: bool = False) -> Sent:
    """What a parse process sends the library of a file: when the cache may keep its parse,
    the index's entry for it (the library's items made from their summaries, the rest read
    from the cache when first used, as on a warm start) and the cache's entry, which the
    library keeps (ParseCache.store: in the app, written once the library is read), or
    with `later`, none: the process makes it once the read is done (entries_later.py).
    Pickling the whole parse there and back cost a tenth of the parse, half of it in the
    app's own process."""
    with bulk_allocation():  # see _parse
        parsed, status = _parsed(path)
        if cache is None or status is None or not cache.keeps(status):
            return parsed, status, None
        if later:
            from systemcraft_tui.content import entries_later

            entries_later.keep(path, status, parsed)
            return entry_of(path, status, parsed), status, None
        entry = cache.entry(path, status, parsed)
    return (parsed, status, None) if entry is None else (entry_of(path, status, parsed), status, entry)


def _parsed(path: Path) -> tuple[ParsedFile, os.stat_result | None]:
    """The file parsed and its status before it was read, or the problem that it cannot be read."""
    try:
        status = regular_status(path, CONTENT_FILE_LIMIT, "a content file")
        data = read_regular(path, CONTENT_FILE_LIMIT, "a content file")
    except Refused as refused:
        return _unreadable(path, f"it {refused.reason}"), None
    except FileNotFoundError as error:
        return _unreadable(path, _missing(path) or error.strerror or str(error)), None
    except OSError as error:
        return _unreadable(path, error.strerror or str(error)), None
    # The parser (and markdown-it) load only when a file is not in the cache: a warm
    # start of the app never imports them, nor reads the files themselves.
    from systemcraft_tui.content.parser import parse_bytes

    return parse_bytes(data, path), status


def _missing(path: Path) -> str | None:
    """Why a file listed a moment ago is not there: a link whose target is gone."""
    try:
        return f"it is a link to {os.readlink(path)}, which does not exist"
    except OSError:
        return None


def _unreadable(path: Path, reason: str) -> ParsedFile:
    return ParsedFile(path, problems=[Problem(path, 1, "error", f"cannot read the file: {reason}")])
