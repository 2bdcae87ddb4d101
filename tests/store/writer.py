"""A writer process for the crash and concurrency tests: saves records to a log, one at a
time, and prints a line only after each save has returned.

    python tests/store/writer.py DATA_DIR FIRST COUNT [--wait-for FILE]

Session FIRST + n is saved as a draft ("draft N"), then as completed ("done N"); every
fifth session also saves a story ("story N"). Files hold 5 sessions each here, so new
session files are created often. With --wait-for, writing starts once FILE exists."""

from __future__ import annotations

import random
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from systemcraft_tui.store import PracticeLog
from systemcraft_tui.store import log as log_module
from tests.store import factories

SESSIONS_PER_FILE = 5


def draft(number: int):
    return factories.session(random.Random(number), number, notes_chars=600, status="draft")


def done(number: int):
    session = draft(number)
    return replace(session, status="completed", finished=session.started, score=number % 101)


def story(number: int):
    return factories.story(random.Random(number), number)


def main() -> None:
    data_dir, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if "--wait-for" in sys.argv:
        go = Path(sys.argv[sys.argv.index("--wait-for") + 1])
        while not go.exists():
            time.sleep(0.005)
    log_module.SEGMENT_SESSIONS = SESSIONS_PER_FILE
    log = PracticeLog.open(data_dir)
    for number in range(first, first + count):
        log.save(draft(number))
        print(f"draft {number}", flush=True)
        log.save(done(number))
        print(f"done {number}", flush=True)
        if number % 5 == 0:
            log.save(story(number))
            print(f"story {number}", flush=True)


if __name__ == "__main__":
    main()
