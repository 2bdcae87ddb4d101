from __future__ import annotations

import os
import stat

import pytest

from systemcraft_tui.store import durable


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
