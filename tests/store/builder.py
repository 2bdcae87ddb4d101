"""A digest builder process for the kill tests: opens a log without reading its session
files and brings its digest up to date, printing a line after each file it took in.

    python tests/store/builder.py DATA_DIR"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from systemcraft_tui.store import PracticeLog
from systemcraft_tui.store import log as log_module


def main() -> None:
    log_module._BATCH = 1  # a transaction per file: kills land inside and between them
    log = PracticeLog.open(sys.argv[1], prepare=False)
    log.prepare(lambda done, of: print(f"{done} {of}", flush=True))
    print("ready", flush=True)


if __name__ == "__main__":
    main()
