"""Parse processes forked at the very start of the app, one of which takes no work (nor
any CPU) until the app has drawn its first frame: until then the app's own start
(loading Textual, building the first screen) keeps a core of its own, and the other
cores parse. Forked ahead with none held, they took their share of that core, and the
first frame came later.

Each process passes the gate once, as it starts: a pipe holding a byte for each process
let in, that the processes read one each. A process forked again later (the pool replaces
one that ended) reads its byte as any other does, from the same pipe. One waiting at the
gate when the app's process ends (killed mid-read) ends too: only that process could
write to the pipe."""

from __future__ import annotations

import contextlib
import fcntl
import multiprocessing
import os
import threading
from collections.abc import Callable
from multiprocessing.pool import Pool

# Room in the pipe that brings the processes' results back for a chunk's results at once
# (some 200 KB: each file's cache entry). Through the default 64 KB, a process that had
# parsed a chunk waited for the app's thread that reads the pipe, itself waiting its turn
# for the interpreter lock, to take each 64 KB (and the other process, for the pipe's lock).
RESULTS_PIPE_BYTES = 1 << 20


class GatedPool(Pool):
    """`processes` processes (two or more), forked now: each runs `before` as it starts,
    then `after` once through the gate, where one of them waits until `open_gate`."""

    def __init__(self, processes: int, before: Callable[[], None], after: Callable[[], None]) -> None:
        self._gate: tuple[int, int] | None = os.pipe()
        self._count = processes
        self._closing = threading.Lock()  # the gate opened by the app's thread, closed by the read's
        try:
            os.write(self._gate[1], b"\0" * (processes - 1))
            super().__init__(processes, _through_gate, (self._gate, before, after), context=multiprocessing.get_context("fork"))
        except BaseException:  # no processes to let in
            for end in self._gate:
                os.close(end)
            raise

    def _setup_queues(self) -> None:
        super()._setup_queues()  # type: ignore[misc]
        with contextlib.suppress(OSError, AttributeError):  # not Linux, or over the user's pipe allowance: as it was
            fcntl.fcntl(self._outqueue._writer.fileno(), fcntl.F_SETPIPE_SZ, RESULTS_PIPE_BYTES)  # type: ignore[attr-defined]

    def open_gate(self) -> None:
        """Let the waiting process in (and any later one)."""
        with self._closing:
            if self._gate is not None:
                with contextlib.suppress(OSError):  # the pipe is full: plenty are let in already
                    os.write(self._gate[1], b"\0" * self._count)

    def terminate(self) -> None:
        super().terminate()
        with self._closing:
            gate, self._gate = self._gate, None
        for end in gate or ():
            os.close(end)


def _through_gate(gate: tuple[int, int], before: Callable[[], None], after: Callable[[], None]) -> None:
    before()
    os.close(gate[1])  # the parent's is then the gate's only way in: gone with it, the wait ends
    if not os.read(gate[0], 1):  # the parent is gone
        os._exit(0)
    after()
