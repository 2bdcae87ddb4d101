"""A big file's items read on two cores: the second half in a forked copy of the reading
process, the first half here at the same time.

The copy is forked once the file's outline is built and its items are found, so it holds
all the reading needs, and sends back only what it made. The reading is the same as one
process's because reading an item takes its heading and the file's outline, which no
reading changes, and adds its warnings to the file's list: the copy's items follow this
process's, and its warnings follow theirs, as they would have come in one read."""

from __future__ import annotations

import os
import pickle
import signal
from collections.abc import Callable, Sequence
from typing import NoReturn, TypeVar

T = TypeVar("T")
R = TypeVar("R")
P = TypeVar("P")

# Items from which a second core pays: the fork, sending the copy's items back and its
# copies of the pages it writes cost it some 40 ms in a big file's process, as much as
# reading 100 items; an item takes about half a millisecond to read (tests/benchmarks/scale.py).
FORK_FROM = 200


def read_on_two_cores(found: Sequence[T], read: Callable[[T], R], said: list[P]) -> list[R]:
    """`read` of each of `found`, in order, as one process reads them, `said` (the list
    `read` adds its problems to) growing as it would; on two cores when there are enough."""
    if len(found) < FORK_FROM or not _idle_core():
        return [read(one) for one in found]
    half = len(found) // 2
    before = len(said)
    try:
        incoming, outgoing = os.pipe()
    except OSError:  # no descriptors left: one core it is
        return [read(one) for one in found]
    try:
        child = os.fork()
    except OSError:  # no memory or processes left for a copy
        os.close(incoming)
        os.close(outgoing)
        return [read(one) for one in found]
    if child == 0:  # the copy: reads the second half, sends it, and ends without cleaning up the parent's state
        os.close(incoming)
        _send(outgoing, lambda: ([read(one) for one in found[half:]], said[before:]))
    os.close(outgoing)
    with os.fdopen(incoming, "rb") as pipe:
        try:
            first = [read(one) for one in found[:half]]
            sent = pipe.read()
        except BaseException:
            os.kill(child, signal.SIGKILL)
            raise
        finally:
            _, status = os.waitpid(child, 0)
    if os.waitstatus_to_exitcode(status) != 0:  # the copy failed: the second half is read here, raising what failed
        return first + [read(one) for one in found[half:]]
    rest: list[R]
    rest, problems = pickle.loads(sent)
    said.extend(problems)
    return first + rest


def _idle_core() -> bool:
    """Whether this process may use two cores or more and fewer are busy, by the last
    minute's load: on cores all busy the copy only waits its turn, and its own cost (its
    pages copied, its items sent) makes the read slower than one process's."""
    if not hasattr(os, "sched_getaffinity"):
        return False
    cores = len(os.sched_getaffinity(0))
    try:
        return cores >= 2 and os.getloadavg()[0] < cores
    except OSError:  # no load average to be had
        return False


def _send(outgoing: int, made: Callable[[], object]) -> NoReturn:
    """In the forked copy: what `made` returns, pickled down `outgoing`; the copy then ends
    at once, its exit status saying whether all was sent."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
        data = pickle.dumps(made(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(outgoing, "wb") as pipe:
            pipe.write(data)
    except BaseException:
        os._exit(1)  # the parent reads this half again and raises what failed
    os._exit(0)
