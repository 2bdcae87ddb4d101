"""An importer process for the crash tests: merges a JSON export into a log, saying when
it starts and when it is done.

    python tests/store/importer.py DATA_DIR EXPORT_FILE [--die-at N] [--tell]

Session files hold 20 sessions each here, so an import touches many files. With
--die-at N the process ends at once (os._exit, as a kill would: no cleanup runs) just
before the import's Nth call that changes the disk (fsync, rename, unlink); the number of
such calls is printed at the end when it does not die. With --tell, "call N" is printed
as the Nth such call begins, so a test can kill the import part-way however fast it runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from systemcraft_tui.store import PracticeLog
from systemcraft_tui.store import log as log_module
from systemcraft_tui.store.importing import import_file

SESSIONS_PER_FILE = 20
DISK_CALLS = ("fsync", "replace", "unlink")


def die_at(limit: int, tell: bool = False) -> list[int]:
    """Count the disk-changing calls from now on (saying each when `tell`), and end the
    process before the limit-th."""
    count = [0]
    for name in DISK_CALLS:
        real = getattr(os, name)

        def counted(*args, _real=real, **kwargs):
            count[0] += 1
            if count[0] == limit:
                os._exit(137)
            if tell:
                print(f"call {count[0]}", flush=True)
            return _real(*args, **kwargs)

        setattr(os, name, counted)
    return count


def main() -> None:
    log_module.SEGMENT_SESSIONS = SESSIONS_PER_FILE
    log = PracticeLog.open(sys.argv[1])
    print("start", flush=True)
    limit = int(sys.argv[sys.argv.index("--die-at") + 1]) if "--die-at" in sys.argv else 0
    count = die_at(limit, tell="--tell" in sys.argv)
    import_file(log, Path(sys.argv[2]))
    print(f"done {count[0]}", flush=True)


if __name__ == "__main__":
    main()
