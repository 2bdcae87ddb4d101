"""Another process holding a practice log's file lock, as a second SystemCraft window
does while it saves:

    python tests/store/lock_holder.py LOCK_FILE [SECONDS]

Prints "held" once it has the lock, then keeps it for SECONDS (default: until a line
arrives on stdin or stdin closes) and prints "released" as it lets go."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from filelock import FileLock


def main() -> None:
    lock = FileLock(sys.argv[1], mode=0o600)
    with lock:
        print("held", flush=True)
        if len(sys.argv) > 2:
            time.sleep(float(sys.argv[2]))
        else:
            sys.stdin.readline()
    print("released", flush=True)


def start(lock_file: Path, seconds: float | None = None):
    """The holder as a child process, once it holds the lock (its stdin releases it)."""
    import subprocess

    args = [sys.executable, __file__, str(lock_file), *([] if seconds is None else [str(seconds)])]
    process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def release(process) -> None:
    process.stdin.write("\n")
    process.stdin.close()
    assert process.stdout.readline().strip() == "released"
    process.wait(10)


if __name__ == "__main__":
    main()
