"""Real processes: a writer killed with SIGKILL at random instants, and four writers at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from systemcraft_tui.store import PracticeLog
from systemcraft_tui.store.durable import leftover_temporaries
from tests.store import writer
from tests.store.factories import segments

WRITER = Path(writer.__file__)
ROOT = WRITER.parents[2]
KILLS = 60


def _start(data_dir: Path, first: int, count: int, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir), str(first), str(count), *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _acknowledged(lines: list[str]) -> tuple[dict[int, str], set[int]]:
    """The strongest save each session got an acknowledgement for, and the stories acknowledged."""
    sessions: dict[int, str] = {}
    stories: set[int] = set()
    for line in lines:
        what, number = line.split()
        if what == "story":
            stories.add(int(number))
        elif sessions.get(int(number)) != "done":
            sessions[int(number)] = what
    return sessions, stories


def _check(data_dir: Path, sessions: dict[int, str], stories: set[int]) -> PracticeLog:
    log = PracticeLog.open(data_dir)  # raises LogDamaged if a kill left a torn file
    assert log.warnings == []
    saved = {session.id: session for session in log.sessions()}
    for number, what in sessions.items():
        found = saved.get(writer.draft(number).id)
        if what == "done":
            assert found == writer.done(number)
        else:  # the completed save may also have landed before the kill, unacknowledged
            assert found in (writer.draft(number), writer.done(number))
    assert {writer.story(n).id for n in stories} <= {s.id for s in log.stories()}
    return log


def test_a_writer_killed_mid_save_never_loses_an_acknowledged_save(tmp_path):
    data_dir = tmp_path / "data"
    rng = random.Random(20240101)
    acknowledged: dict[int, str] = {}
    stories: set[int] = set()
    first = 0
    torn_writes = 0
    for _ in range(KILLS):
        process = _start(data_dir, first, 1000)
        lines = [process.stdout.readline().strip()]  # the writer is up and saving
        assert lines[0], process.stderr.read()
        time.sleep(rng.random() * 0.03)  # then a random instant of its writing
        os.kill(process.pid, signal.SIGKILL)
        rest, errors = process.communicate()
        assert process.returncode == -signal.SIGKILL, errors
        lines += rest.splitlines()
        torn_writes += bool(leftover_temporaries(data_dir / "practice-log"))
        sessions, new_stories = _acknowledged(lines)
        acknowledged.update(sessions)
        stories |= new_stories
        _check(data_dir, acknowledged, stories)
        first = max(acknowledged) + 1
    log = PracticeLog.open(data_dir)
    assert len(log.summaries()) >= len(acknowledged) > 60
    assert len(segments(log)) > 10  # so kills also landed while new session files were being started
    assert torn_writes > 0, "no kill landed while a file was being written"
    print(f"{KILLS} kills, {torn_writes} of them mid-write, {len(acknowledged)} sessions")


def test_four_processes_saving_at_once_lose_nothing(tmp_path):
    data_dir = tmp_path / "data"
    go = tmp_path / "go"
    processes = [_start(data_dir, n * 100, 30, "--wait-for", str(go)) for n in range(4)]
    go.touch()
    outputs = [p.communicate() for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0, 0], [err for _, err in outputs]
    sessions, stories = _acknowledged([line for out, _ in outputs for line in out.splitlines()])
    assert sessions == {n * 100 + k: "done" for n in range(4) for k in range(30)}
    log = _check(data_dir, sessions, stories)
    assert len(log.summaries()) == 120 and len(log.stories()) == 4 * 6
