"""The processes that parse a big library on several cores never outlast the read, and
never write to the terminal the app draws on; of those forked ahead of the app's first
frame, one parses only once the app lets it."""

import contextlib
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from systemcraft_tui.content.gated_pool import GatedPool
from systemcraft_tui.locations import bundled_content_dir

READ = """
import sys
from pathlib import Path
from systemcraft_tui.content.library import load_library

def reading(done, total):
    if done == 1:
        print("reading", flush=True)

load_library([Path(sys.argv[1])], progress=reading, workers=2)
"""
# As the app reads: its processes forked ahead, one of them held at the gate all along.
READ_AHEAD = """
import sys
from pathlib import Path
from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.library import fork_ahead, load_library

def reading(done, total):
    if done == 1:
        print("reading", flush=True)

cache = ParseCache(Path(sys.argv[2]))
load_library([Path(sys.argv[1])], cache, reading, 2, forked=fork_ahead([Path(sys.argv[1])], cache, 2))
"""

# As the app reads: its cache holds the new entries, which the processes make once every file
# is read; the parent is killed before it asks for them.
READ_HELD = """
import sys, time
from pathlib import Path
from systemcraft_tui.content import cache as cache_module
from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.library import fork_ahead, load_library

cache_module.RACY_SECONDS = 0  # the copies just made may be kept
cache = ParseCache(Path(sys.argv[2]))
cache.hold()
forked = fork_ahead([Path(sys.argv[1])], cache, 2)
forked.open_gate()
load_library([Path(sys.argv[1])], cache, None, 2, forked=forked)
print("read", flush=True)
time.sleep(60)
"""


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process table in /proc")
@pytest.mark.parametrize("read", [READ, READ_AHEAD], ids=["forked by the read", "forked ahead"])
def test_parse_processes_ignore_ctrl_c_and_end_with_a_parent_killed_mid_read(tmp_path, read):
    largest = max(bundled_content_dir().rglob("*.md"), key=lambda path: path.stat().st_size)
    library = tmp_path / "library"
    library.mkdir()
    for n in range(150):  # a few seconds of parsing: the read is under way when the parent is killed
        shutil.copy(largest, library / f"copy-{n}.md")
    with _read_by(read, library, tmp_path / "cache", "reading") as (parent, workers):
        assert len(workers) == 2
        for worker in workers:
            os.kill(worker, signal.SIGINT)  # Ctrl+C reaches the whole process group
        assert _killed(parent, workers) == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process table in /proc")
def test_parse_processes_holding_entries_still_to_make_end_with_a_parent_killed_after_the_read(tmp_path):
    library = tmp_path / "library"
    library.mkdir()
    for n, path in enumerate(sorted(bundled_content_dir().rglob("*.md"))[:20]):
        shutil.copy(path, library / f"copy-{n}.md")
    with _read_by(READ_HELD, library, tmp_path / "cache", "read") as (parent, workers):
        assert len(workers) == 2 and all(_alive(worker) for worker in workers)  # each still keeps what it parsed
        assert _killed(parent, workers) == ""
        assert not list((tmp_path / "cache").glob("*.json"))  # nothing half written


@contextlib.contextmanager
def _read_by(script: str, library: Path, cache: Path, says: str) -> Iterator[tuple[subprocess.Popen[str], list[int]]]:
    """`script` reading `library` through a parse cache in `cache`, in a process of its own,
    once it `says` so, and its parse processes; none outlasts the test."""
    command = [sys.executable, "-c", script, str(library), str(cache)]
    parent = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    workers: list[int] = []
    try:
        assert parent.stdout is not None and parent.stdout.readline() == f"{says}\n"
        workers += _children(parent.pid)
        yield parent, workers
    finally:
        parent.kill()
        for worker in workers:
            if _alive(worker):
                os.kill(worker, signal.SIGKILL)


def _killed(parent: subprocess.Popen[str], workers: list[int]) -> str:
    """What `parent` wrote to stderr, killed: every one of its `workers` ends with it."""
    parent.kill()
    _, errors = parent.communicate(timeout=10)
    deadline = time.monotonic() + 5
    while any(_alive(worker) for worker in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [worker for worker in workers if _alive(worker)]
    return errors


BOTH = multiprocessing.get_context("fork").Barrier(2)  # the processes' own, from the fork


def _with_another_process(timeout: float) -> int:
    BOTH.wait(timeout)  # passed only by two processes working at once
    return os.getpid()


def test_of_the_processes_forked_ahead_one_works_only_once_the_gate_opens():
    pool = GatedPool(2, lambda: None, lambda: None)
    try:
        with pytest.raises(threading.BrokenBarrierError):
            pool.map(_with_another_process, [1.0, 1.0], chunksize=1)  # one process let in: it waits alone
        BOTH.reset()
        pool.open_gate()
        assert len(set(pool.map(_with_another_process, [30.0, 30.0], chunksize=1))) == 2
    finally:
        pool.terminate()


def _result_then_time(task: tuple[float, int]) -> object:
    """Wait `seconds`, then return `size` bytes; with no size, the time now (the process's next task)."""
    seconds, size = task
    time.sleep(seconds)
    return bytes(size) if size else time.monotonic()


def test_a_process_sends_a_chunks_results_without_waiting_for_the_app_to_read_them():
    """A chunk's results (its files' cache entries: some 200 KB) go into the pipe at once,
    while the app's thread that reads them waits for the interpreter lock: the process
    takes its next task meanwhile."""
    pool = GatedPool(2, lambda: None, lambda: None)  # one process let in: it takes both tasks, in turn
    switching = sys.getswitchinterval()
    try:
        sent = pool.map_async(_result_then_time, [(1.0, 512 << 10), (0.0, 0)], chunksize=1)
        time.sleep(0.5)  # the tasks are sent; the first is under way
        sys.setswitchinterval(1000)  # this thread keeps the lock while it runs Python code...
        held_until = time.monotonic() + 3.0
        while time.monotonic() < held_until:  # ...here, with no call that lets go of it
            pass
        sys.setswitchinterval(switching)
        big, next_taken = sent.get(30)
        assert len(big) == 512 << 10
        assert next_taken < held_until
    finally:
        sys.setswitchinterval(switching)
        pool.terminate()
