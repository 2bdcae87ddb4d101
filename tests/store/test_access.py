"""What stands where the log expects its files, and what the user allows: a folder, a
FIFO or a dangling link in place of a log file cannot be opened (a clear error, nothing
changed); a read-only file or folder, or a symbolic link, makes the log read-only (it
reads, it refuses to save, and it never chmods or replaces the user's files)."""

from __future__ import annotations

import os
import random
import stat
from pathlib import Path

import pytest

from systemcraft_tui.store import LogReadOnly, LogUnavailable, PracticeLog
from tests.store import factories
from tests.store.factories import segments


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes | str]]:
    """Every name in the folder with its mode and bytes (or link target)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        status = path.lstat()
        if stat.S_ISLNK(status.st_mode):
            found[str(path)] = (status.st_mode, os.readlink(path))
        elif stat.S_ISREG(status.st_mode):
            found[str(path)] = (status.st_mode, path.read_bytes())
        else:
            found[str(path)] = (status.st_mode, "")
    return found


def _in_place_of_practice(seeded, make) -> Path:
    target = seeded.folder.practice
    target.unlink()
    make(target)
    return target


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.mkdir(), "is a folder, not a regular file"),
        (lambda p: os.mkfifo(p), "is a FIFO (named pipe), not a regular file"),
        (lambda p: p.symlink_to(p.parent / "gone.json"), "is a symbolic link to {parent}/gone.json, which does not exist"),
    ],
    ids=["folder", "fifo", "dangling-link"],
)
def test_what_cannot_be_a_log_file_stops_the_log_with_a_clear_error_and_changes_nothing(seeded, data_dir, make, reason):
    target = _in_place_of_practice(seeded, make)
    before = _snapshot(data_dir)
    with pytest.raises(LogUnavailable) as caught:
        PracticeLog.open(data_dir)
    assert str(caught.value) == f"{target} {reason.format(parent=target.parent)}"
    with pytest.raises(LogUnavailable):
        PracticeLog.open(data_dir, start_fresh=True)
    assert _snapshot(data_dir) == before


def test_a_dangling_link_in_place_of_a_session_file_stops_the_log(seeded, data_dir):
    segment = segments(seeded)[0]
    segment.unlink()
    segment.symlink_to("/nonexistent/sessions.json")
    with pytest.raises(LogUnavailable, match=f"{segment} is a symbolic link to /nonexistent/sessions.json, which does not exist"):
        PracticeLog.open(data_dir)


def test_a_file_where_the_data_folder_should_be_stops_the_log(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(LogUnavailable, match="Not a directory"):
        PracticeLog.open(blocker / "data")


def _read_only_folder(seeded) -> None:
    os.chmod(seeded.path, 0o500)


def _read_only_file(seeded) -> None:
    os.chmod(seeded.folder.practice, 0o400)


def _linked_file(seeded) -> None:
    real = seeded.path.parent / "elsewhere.json"
    seeded.folder.practice.rename(real)
    seeded.folder.practice.symlink_to(real)


@pytest.mark.parametrize(
    ("make_read_only", "reason"),
    [
        (_read_only_folder, "its folder {root} is not writable"),
        (_read_only_file, "{root}/practice.json is read-only"),
        (_linked_file, "{root}/practice.json is a symbolic link, which saving would replace with a file"),
    ],
    ids=["folder-0500", "file-0400", "symlinked-file"],
)
def test_a_log_the_user_made_read_only_is_read_and_never_changed(seeded, data_dir, make_read_only, reason):
    PracticeLog.open(data_dir)  # summaries written while it could be
    make_read_only(seeded)
    before = _snapshot(data_dir)
    try:
        log = PracticeLog.open(data_dir)
        assert log.read_only and log.read_only_reason == reason.format(root=seeded.path)
        assert log.sessions() == seeded.sessions() and log.stories() == seeded.stories()
        with pytest.raises(LogReadOnly, match="the practice log is read-only") as refused:
            log.save(factories.story(random.Random(1), 50))
        assert log.read_only_reason in str(refused.value)
        with pytest.raises(LogReadOnly):
            log.merge([factories.session(random.Random(2), 999)])
        with pytest.raises(LogReadOnly):
            log.delete(log.stories()[0])
        assert _snapshot(data_dir) == before, "no file or mode changed, nothing created"
    finally:
        os.chmod(seeded.path, 0o700)


def test_a_writable_log_is_not_read_only(seeded, data_dir):
    log = PracticeLog.open(data_dir)
    assert not log.read_only and log.read_only_reason is None


def test_a_folder_this_user_may_not_write_makes_the_log_read_only(seeded, data_dir, monkeypatch):
    """As another user sees a folder it may read but not write (root may write anywhere,
    so the answer of access() is what is changed here)."""
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if Path(path) == seeded.path and mode & os.W_OK else real_access(path, mode, **kw))
    log = PracticeLog.open(data_dir)
    assert log.read_only_reason == f"its folder {seeded.path} is not writable"


def test_a_damaged_file_in_a_read_only_log_is_reported_without_a_copy(seeded, data_dir):
    seeded.folder.practice.write_bytes(b"{")
    os.chmod(seeded.path, 0o500)
    try:
        from systemcraft_tui.store import LogDamaged

        with pytest.raises(LogDamaged) as caught:
            PracticeLog.open(data_dir)
        assert caught.value.files[0].kept_at is None
        assert "not copied aside: the practice log is read-only" in str(caught.value)
        with pytest.raises(LogReadOnly):
            PracticeLog.open(data_dir, start_fresh=True)
        assert sorted(p.name for p in seeded.path.iterdir()) == [".changes", ".lock", "digest", "practice.json", *[s.name for s in segments(seeded)]]
    finally:
        os.chmod(seeded.path, 0o700)
