"""Making many objects that live on at once: paused cyclic garbage collection."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def bulk_allocation() -> Iterator[None]:
    """Reading 10,000 summaries, or parsing a content file, makes ~100,000 objects that all
    live on: the collector's passes over them meanwhile cost about a third of the time and
    free nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_paused_for_start = False


def pause_for_start() -> None:
    """Opening the app imports a few hundred modules and builds the library and its screen:
    objects that all live on, which the collector would otherwise pass over about a hundred
    times before the first frame, and over and over during a long first read of the library
    (a tenth of that read's CPU at 1,000 files). `started` resumes it."""
    global _paused_for_start
    if gc.isenabled():
        gc.disable()
        _paused_for_start = True


def started() -> None:
    """The whole library is shown: collect from now on, past what start-up made (frozen: it
    lives as long as the app, so later passes need not walk it; at 5,000 items a full pass
    over it took ~180 ms, a keystroke's stall whenever one fell)."""
    global _paused_for_start
    if _paused_for_start:
        _paused_for_start = False
        gc.freeze()
        gc.enable()
