"""Another window rehearsing a session, for the tests: a process holding its lock (store/live.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HOLDER = """
import sys, time
from pathlib import Path
from systemcraft_tui.store.live import LiveSessions
live = LiveSessions(Path(sys.argv[1]))
print("held" if live.hold(sys.argv[2]) else "refused", flush=True)
time.sleep(60)
"""


def held_in_another_process(folder: Path, session_id: str) -> subprocess.Popen:
    """A process that holds the session's lock in `folder` (the log's live folder) until killed."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder), session_id], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    return process
