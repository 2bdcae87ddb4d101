"""Real processes: a writer killed with SIGKILL at random instants, and four writers at once."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from systemcraft_tui.store import PracticeLog
from systemcraft_tui.store.durable import leftover_temporaries
from tests.store import factories, importer, writer
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
        lines.append(process.stdout.readline().strip())  # and has completed one save, however loaded the machine
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
    assert len(log.summaries()) >= len(acknowledged) >= KILLS  # every kill came after an acknowledged save
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


IMPORTER = WRITER.with_name("importer.py")
IMPORT_KILLS = 25


def _import_fixture(tmp_path: Path, monkeypatch, sessions: int) -> tuple[Path, Path, set[str]]:
    """A log of 30 sessions and 2 stories, and an export of other sessions and 5 stories."""
    monkeypatch.setattr("systemcraft_tui.store.log.SEGMENT_SESSIONS", importer.SESSIONS_PER_FILE)
    baseline = tmp_path / "baseline"
    log = PracticeLog.open(baseline)
    log.save_all(factories.history(30, notes_chars=100) + [factories.story(random.Random(n), n) for n in range(2)])
    rng = random.Random(5)
    incoming = [factories.session(rng, 1000 + n, notes_chars=300) for n in range(sessions)]
    stories = [factories.story(rng, 100 + n) for n in range(5)]
    export = tmp_path / "export.json"
    document = {"format": "systemcraft-log", "schema_version": 1, "sessions": [s.to_dict() for s in incoming], "stories": [s.to_dict() for s in stories]}
    export.write_text(json.dumps(document))
    return baseline, export, {s.id for s in incoming} | {s.id for s in stories}


def _run_import(data_dir: Path, export: Path, *extra: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, str(IMPORTER), str(data_dir), str(export), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout.readline() == "start\n", process.stderr.read()
    return process


def _outcome(data_dir: Path, wanted: set[str]) -> tuple[str, list[str]]:
    """"all" or "none" of the import in the log once reopened (anything else is a failure),
    and what the reopening said it finished or undid."""
    log = PracticeLog.open(data_dir)  # finishes or undoes what a killed import left
    assert log.warnings == []
    assert len([s for s in log.summaries() if s.id not in wanted]) == 30 and len(log.stories()) >= 2
    found = wanted & ({s.id for s in log.summaries()} | {s.id for s in log.stories()})
    assert found in (set(), wanted), f"{len(found)} of {len(wanted)} records imported"
    assert not list(data_dir.rglob("*.systemcraft-tmp")) and not (log.path / ".journal.json").exists()
    assert PracticeLog.open(data_dir).recovered == [], "a second opening has nothing left to do"
    return ("all" if found else "none"), log.recovered


def test_an_import_killed_before_any_of_its_disk_calls_leaves_all_of_it_or_none(tmp_path, monkeypatch):
    baseline, export, wanted = _import_fixture(tmp_path, monkeypatch, 70)
    whole = tmp_path / "whole"
    shutil.copytree(baseline, whole)
    process = _run_import(whole, export)
    calls = int(process.communicate()[0].split()[-1])
    assert _outcome(whole, wanted) == ("all", [])
    seen = {}
    for limit in range(1, calls + 1):
        target = tmp_path / f"die-at-{limit}"
        shutil.copytree(baseline, target)
        process = _run_import(target, export, "--die-at", str(limit))
        process.communicate()
        assert process.returncode == 137
        found, notes = _outcome(target, wanted)
        seen[limit] = found
        if notes:
            [note] = notes
            assert f"An interrupted import of {export} (started " in note
            assert note.endswith("was finished: all of it is in the practice log now." if found == "all" else "Run it again to make it.")
        shutil.rmtree(target)
    print(f"{calls} disk calls in the import: {seen}")
    assert set(seen.values()) == {"none", "all"}
    assert list(seen.values()) == sorted(seen.values(), reverse=True), "once made, the change stays made"


def test_a_killed_import_leaves_all_of_it_or_none_of_it(tmp_path, monkeypatch):
    baseline, export, wanted = _import_fixture(tmp_path, monkeypatch, 300)
    whole = tmp_path / "whole"
    shutil.copytree(baseline, whole)
    process = _run_import(whole, export)
    calls = int(process.communicate()[0].split()[-1])
    assert _outcome(whole, wanted) == ("all", [])

    rng = random.Random(20250301)
    outcomes: dict[str, int] = {"none": 0, "all": 0}
    for kill in range(IMPORT_KILLS):
        target = tmp_path / f"kill-{kill}"
        shutil.copytree(baseline, target)
        process = _run_import(target, export, "--tell")
        # SIGKILL once the import says it has begun a random one of its disk calls: the kill
        # lands wherever the import has got to by then, and the instants are spread over the
        # whole import however fast or loaded the machine (a fixed delay is not).
        said = f"call {rng.randint(1, calls)}\n"
        for line in process.stdout:
            if line == said:
                break
        os.kill(process.pid, signal.SIGKILL)
        process.communicate()
        outcomes[_outcome(target, wanted)[0]] += 1
        shutil.rmtree(target)
    print(f"{IMPORT_KILLS} kills of an import: {outcomes}")
    assert outcomes["none"] and outcomes["all"], "the kills did not land both before and after the import"
