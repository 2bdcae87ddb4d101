"""The digest beside the log (store/digest.py): built in the background without reading a
copy's unchanged files again, rebuilt when damaged, of another format or killed half-way,
and never a reason to touch the log itself."""

from __future__ import annotations

import gc
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from systemcraft_tui.core.summaries import SessionSummary, summarize
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.store import digest as digest_module
from systemcraft_tui.store import log as log_module
from systemcraft_tui.store import storage as storage_module
from systemcraft_tui.store.digest import DIGEST_FILE, DIGEST_FOLDER, Digest
from systemcraft_tui.store.stats import digest_stats
from systemcraft_tui.store.storage import CHANGES_FILE
from tests.full_pass import practice_stats
from tests.store import builder, factories
from tests.store.factories import segments

NOW = datetime(2026, 12, 1, tzinfo=UTC)
BUILDER = Path(builder.__file__)


def _log_bytes(folder: Path) -> dict[str, str]:
    """Every file of the log proper (not the derived digest and summaries, nor the token a
    writer leaves as it takes the lock: opening after a kill takes it to tidy), hashed."""
    return {
        p.name: hashlib.sha1(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file() and p.name != CHANGES_FILE
    }


def _same_figures(log: PracticeLog) -> None:
    summaries = sorted(log.summaries(), key=lambda s: s.started, reverse=True)
    assert log.look(lambda digest: digest_stats(digest, NOW)) == practice_stats(summaries, NOW)


def _taken_in(monkeypatch) -> list[str]:
    """The session files the digest reads whole from now on."""
    names: list[str] = []
    take_in = Digest.take_in

    def counted(self, name, *args):
        names.append(name)
        return take_in(self, name, *args)

    monkeypatch.setattr(Digest, "take_in", counted)
    return names


def test_a_copied_log_is_not_read_again_but_a_changed_file_is(seeded, data_dir, tmp_path, monkeypatch):
    copy = tmp_path / "copy"
    shutil.copytree(data_dir, copy)  # new inodes and times, the same bytes
    changed = copy / "practice-log" / segments(seeded)[0].name
    changed.write_bytes(changed.read_bytes().replace(b'"score":', b'"score": '))  # same records, other bytes
    taken = _taken_in(monkeypatch)
    log = PracticeLog.open(copy, prepare=False)
    assert not log.ready
    assert log.prepare() and log.ready
    assert taken == [changed.name]
    assert log.summaries() == seeded.summaries()
    _same_figures(log)


def _seeded_and_closed(data_dir: Path) -> tuple[Path, list[SessionSummary]]:
    """The `seeded` log written, then let go, so no connection of this process holds its
    digest: damage lands between two runs of the app. (With the writer's connection still
    open, an emptied digest's WAL cannot be recovered and SQLite waits out its 30 s busy
    timeout before the digest is started again.) The log's folder and its summaries."""
    log = PracticeLog.open(data_dir)
    factories.seed(log, 130, notes_chars=300)
    folder, summaries = log.path, log.summaries()
    del log
    gc.collect()
    return folder, summaries


@pytest.mark.parametrize("damage", [b"", b"not a database at all" * 100, "truncated", "other format"])
def test_a_damaged_digest_is_built_again_and_the_log_is_never_touched(data_dir, damage):
    folder, summaries = _seeded_and_closed(data_dir)
    path = folder / DIGEST_FOLDER / DIGEST_FILE
    assert not path.with_name(path.name + "-wal").exists(), "the seeding connection is closed"
    before = _log_bytes(folder)
    if damage == "truncated":
        os.truncate(path, path.stat().st_size // 2)
    elif damage == "other format":
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE meta SET value = '2' WHERE key = 'format'")
    else:
        path.write_bytes(damage)
    again = PracticeLog.open(data_dir)
    assert again.summaries() == summaries
    _same_figures(again)
    assert _log_bytes(again.path) == before


def test_a_digest_locked_by_another_process_is_in_use_not_damaged(data_dir, monkeypatch):
    """SQLite's "database is locked" once the wait is over says the file is busy: the digest
    is left to whoever holds it (never removed under them) and this log works from memory."""
    folder, summaries = _seeded_and_closed(data_dir)
    path = folder / DIGEST_FOLDER / DIGEST_FILE
    inode, content = path.stat().st_ino, path.read_bytes()
    monkeypatch.setattr(digest_module, "BUSY_WAIT_SECONDS", 0.05)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            Digest.open(folder / DIGEST_FOLDER)
        meanwhile = PracticeLog.open(data_dir)
        assert meanwhile.summaries() == summaries
        assert path.stat().st_ino == inode and path.read_bytes() == content
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_build_stopped_half_way_keeps_what_it_did_and_is_carried_on(seeded, data_dir, monkeypatch):
    shutil.rmtree(seeded.path / DIGEST_FOLDER)
    monkeypatch.setattr(log_module, "_BATCH", 1)
    log = PracticeLog.open(data_dir, prepare=False)
    seen: list[int] = []
    assert not log.prepare(lambda done, of: seen.append(done), stopped=lambda: len(seen) >= 1)
    assert not log.ready and not PracticeLog.open(data_dir, prepare=False).ready
    taken = _taken_in(monkeypatch)
    assert log.prepare() and log.ready
    assert len(taken) == len(segments(seeded)) - 1  # the first file was kept
    assert log.summaries() == seeded.summaries()
    _same_figures(log)


def test_a_build_killed_at_random_instants_leaves_a_log_that_opens_right(tmp_path):
    data_dir = tmp_path / "data"
    log = PracticeLog.open(data_dir)
    factories.seed(log, 1200, notes_chars=200)
    shutil.rmtree(log.path / DIGEST_FOLDER)
    shutil.rmtree(log.folder.summaries, ignore_errors=True)
    before = _log_bytes(log.path)
    rng = random.Random(16)
    kills = 0
    for _ in range(8):
        process = subprocess.Popen(
            [sys.executable, str(BUILDER), str(data_dir)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        first = process.stdout.readline()
        assert first, process.stderr.read()
        if first.strip() == "ready":
            break
        time.sleep(rng.random() * 0.05)
        os.kill(process.pid, signal.SIGKILL)
        process.communicate()
        kills += 1
        assert _log_bytes(log.path) == before
    assert kills >= 2, "the build finished before it could be killed"
    again = PracticeLog.open(data_dir)
    assert again.ready and len(again.summaries()) == 1200
    assert again.summaries() == PracticeLog.open(data_dir).summaries()
    _same_figures(again)
    shutil.rmtree(again.path / DIGEST_FOLDER)
    assert PracticeLog.open(data_dir).summaries() == again.summaries()
    assert _log_bytes(again.path) == before


def test_two_processes_finishing_one_build_keep_the_running_totals(tmp_path):
    """Two processes that both found the digest new build it side by side; each finishes
    the build it started, the second after the first has put the triggers back."""
    folder = tmp_path / DIGEST_FOLDER
    first, second = Digest.open(folder), Digest.open(folder)
    rng = random.Random(3)
    sessions = [summarize(factories.session(rng, n, notes_chars=50)) for n in range(6)]
    first.start_building()
    second.start_building()
    first.take_in("a.json", (1, 1), "a", sessions[:3], [])
    first.finish_building()
    second.take_in("b.json", (2, 2), "b", sessions[3:], [])
    second.finish_building()
    assert not first.building()
    assert sum(first.status_counts().values()) == 6
    first.take_in("c.json", (3, 3), "c", [summarize(factories.session(rng, 9, notes_chars=50))], [])
    assert sum(second.status_counts().values()) == 7, "the triggers keep the totals once the build is over"


def _segment_path(log: PracticeLog) -> Path:
    [(name, _)] = log.folder.segment_files()
    return log.folder.root / name


def test_an_open_reading_a_session_file_while_a_save_changes_it_keeps_the_save_in_the_digest(data_dir, monkeypatch):
    """Opening takes changed session files into the shared digest without the log's lock. A
    save that took in a newer copy of a file meanwhile (under the lock) is not undone by the
    older copy the open read: every session stays listed where it was saved."""
    writer = PracticeLog.open(data_dir)
    first, second = (factories.session(random.Random(n), n) for n in (1, 2))
    writer.save(first)
    path = _segment_path(writer)
    behind = Digest.open(data_dir / "practice-log" / DIGEST_FOLDER)  # the digest, made to lag the file
    with behind.transaction():
        behind._db.execute("UPDATE segments SET seen = 'behind', content = 'behind' WHERE name = ?", (path.name,))
    scan = log_module.SummaryFiles.scan
    saved = []

    def saving_meanwhile(self, scanned, raw, hexdigest):
        if not saved:  # the open has read the file's bytes: a save replaces it now
            saved.append(second)
            writer.save(second)
        return scan(self, scanned, raw, hexdigest)

    monkeypatch.setattr(log_module.SummaryFiles, "scan", saving_meanwhile)
    PracticeLog.open(data_dir)
    assert saved
    assert behind.homes([first.id, second.id]) == {first.id: path.name, second.id: path.name}


def test_a_save_into_a_file_the_digest_holds_an_older_copy_of_takes_the_file_in_whole(data_dir, monkeypatch):
    """A save adds its sessions to the digest's rows for a file only when the digest held the
    file as the save read it; a digest holding an older copy (written meanwhile by another
    process) has the file read whole, so no session saved before drops out of the listing."""
    log = PracticeLog.open(data_dir)
    sessions = [factories.session(random.Random(n), n) for n in range(3)]
    log.save(sessions[0])
    path = _segment_path(log)
    older = path.read_bytes()
    older_seen = digest_module.signed(log_module.signature(path))
    log.save(sessions[1])
    commit = log_module.Changes.commit

    def regressed_meanwhile(self, root, description):
        written = commit(self, root, description)
        other = Digest.open(root / DIGEST_FOLDER)  # another process's late write of the older copy
        with other.transaction():
            other._db.execute(
                "UPDATE segments SET seen = ?, content = ? WHERE name = ?",
                (older_seen, digest_module.content_of(older, hashlib.sha1(older).hexdigest()), path.name),
            )
            other._db.execute("DELETE FROM sessions WHERE id = ?", (sessions[1].id,))
        other.close()
        return written

    monkeypatch.setattr(log_module.Changes, "commit", regressed_meanwhile)
    log.save(sessions[2])
    monkeypatch.undo()
    listed = {summary.id for summary in PracticeLog.open(data_dir).summaries()}
    assert listed == {session.id for session in sessions}


def test_an_open_listing_the_files_before_a_save_made_a_new_one_keeps_the_new_file_in_the_digest(data_dir, monkeypatch):
    """A session file missing from an open's listing because a save made it after the listing
    was taken is not dropped from the digest as gone: its sessions stay listed."""
    monkeypatch.setattr(log_module, "SEGMENT_SESSIONS", 1)  # each session a file of its own
    writer = PracticeLog.open(data_dir)
    first, second = (factories.session(random.Random(n), n) for n in (1, 2))
    writer.save(first)
    listed = writer.folder.segment_files()  # one file, as the open lists it
    segment_files = storage_module.LogFolder.segment_files
    behind = Digest.open(data_dir / "practice-log" / DIGEST_FOLDER)
    with behind.transaction():  # the first file changed since the digest took it in: the open reads it
        behind._db.execute("UPDATE segments SET seen = 'behind', content = 'behind'")

    def listed_before_the_save(self):
        if self is not writer.folder and not getattr(self, "saved", False):
            self.saved = True
            writer.save(second)  # a new file, taken into the digest by the save
            return listed
        return segment_files(self)

    monkeypatch.setattr(storage_module.LogFolder, "segment_files", listed_before_the_save)
    PracticeLog.open(data_dir)
    assert set(behind.homes([first.id, second.id])) == {first.id, second.id}
