"""The parse cache's entries of a big first read, made by the parse processes once the
read has every file rather than as each file is parsed. Making an entry (the parse as
JSON) costs about a sixth of a file's parse, and on cores all busy parsing, the whole
library's first frame waited for every entry. The library is shown from the index's
entries (content/index.py), which need no cache entry; an item opened before its
entry comes is read from its file again.

Each process keeps what it parsed. Once the last file is in, the read asks the pool for
the entries, a request per process, in rounds until every file kept has been answered
for: a pool hands a request to whichever process is free, so one process may take two
while another has taken none yet."""

from __future__ import annotations

import contextlib
import functools
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from systemcraft_tui.content.cache import Coming, ParseCache
from systemcraft_tui.content.model import ParsedFile

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

# How long the read waits for all the entries, and for any at all: rounds that bring none go
# on for a while (a process the machine is slow to run has taken no request yet, so it is
# asked again) before the rest are given up on (a process that died took its entries along).
MADE_WITHIN = 60.0
NONE_FOR = 5.0
# How long a process with no entries left holds a request: while it holds one, the pool hands
# the round's other requests to the processes still holding entries, not back to it.
_HOLD_EMPTY = 0.05
# Below the app's own process: its whole library's frame is drawn while the entries are made.
_BELOW_THE_APP = 10

_kept: list[tuple[Path, os.stat_result, ParsedFile]] = []  # in a parse process: its files parsed, entries unmade


def keep(path: Path, status: os.stat_result, parsed: ParsedFile) -> None:
    """In a parse process: `parsed`, the file as `status` describes it, to make an entry of later."""
    _kept.append((path, status, parsed))


def ask(pool: Pool, processes: int, cache: ParseCache, kept: int) -> Coming:
    """The entries of the `kept` files `pool`'s `processes` parsed, collected when first
    asked for (ParseCache.write_held asks once); the pool is ended once they are in (or
    the wait for them is over)."""

    def collect(seconds: float | None) -> list[tuple[Path, bytes]]:
        deadline = time.monotonic() + (MADE_WITHIN if seconds is None else seconds)
        answered: list[tuple[Path, bytes | None]] = []
        try:
            last_came = time.monotonic()
            while len(answered) < kept and time.monotonic() - last_came < NONE_FOR and time.monotonic() < deadline:
                asked = pool.map_async(functools.partial(_entries, cache=cache), range(processes), chunksize=1)
                came = [made for each in asked.get(max(0.0, deadline - time.monotonic())) for made in each]
                answered += came
                if came:
                    last_came = time.monotonic()
        except Exception:  # too slow, or a process failed: the files left are parsed again on the next start
            pass
        finally:
            pool.terminate()
        return [(path, entry) for path, entry in answered if entry is not None]

    return collect


def _entries(_: int, cache: ParseCache) -> list[tuple[Path, bytes | None]]:
    """In a parse process: an entry for each file it kept (None where it cannot be kept)."""
    if not _kept:
        time.sleep(_HOLD_EMPTY)
        return []
    with contextlib.suppress(OSError):
        os.nice(_BELOW_THE_APP)
    made = [(path, cache.entry(path, status, parsed)) for path, status, parsed in _kept]
    _kept.clear()
    return made
