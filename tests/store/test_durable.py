from __future__ import annotations

import os
import stat

import pytest

from systemcraft_tui.store import durable, journal


def test_atomic_write_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "log.json"
    target.write_bytes(b"old")
    durable.atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["log.json"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_write_that_fails_before_the_rename_keeps_the_old_bytes(tmp_path, monkeypatch):
    target = tmp_path / "log.json"
    target.write_bytes(b"old")

    def broken_fsync(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        durable.atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert durable.leftover_temporaries(tmp_path) == []


def test_write_new_makes_a_private_file_and_never_replaces_one(tmp_path):
    durable.write_new(tmp_path / "b", b"bytes")
    assert (tmp_path / "b").read_bytes() == b"bytes"
    assert stat.S_IMODE((tmp_path / "b").stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        durable.write_new(tmp_path / "b", b"other")
    assert (tmp_path / "b").read_bytes() == b"bytes"


def test_a_change_of_several_files_that_runs_out_of_room_is_undone_at_once(tmp_path, monkeypatch):
    """A full disk half-way through an import's temporaries: the old files stay, and
    neither the temporaries written so far nor the pending journal are left for the next start."""
    first, second = tmp_path / "practice.json", tmp_path / "sessions-000001.json"
    first.write_bytes(b"old 1")
    second.write_bytes(b"old 2")
    written = []

    def filling(path, data):
        if written:
            raise OSError(28, "No space left on device")
        written.append(path)
        real_write_new(path, data)

    real_write_new = journal.write_new
    monkeypatch.setattr(journal, "write_new", filling)
    with pytest.raises(OSError, match="No space"):
        journal.write_together(tmp_path, {first: b"new 1", second: b"new 2"}, "import of x.json")
    assert written and sorted(p.name for p in tmp_path.iterdir()) == ["practice.json", "sessions-000001.json"]
    assert (first.read_bytes(), second.read_bytes()) == (b"old 1", b"old 2")
    assert journal.recover(tmp_path) is None
