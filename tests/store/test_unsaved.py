"""Saves the log cannot take are kept beside it and brought back (store/unsaved.py): a
session file damaged while a rehearsal runs, or a lock held too long, costs no answer."""

from __future__ import annotations

import errno
import random
from dataclasses import replace

import pytest
from filelock import FileLock

from systemcraft_tui.store import KeptUnsaved, LogDamaged, LogWriteFailed, PracticeLog
from systemcraft_tui.store.unsaved import waiting
from tests.store import factories
from tests.store.factories import segments


def _draft(number: int, notes: str):
    session = factories.session(random.Random(number), number, notes_chars=50, status="draft")
    return replace(session, sections=[replace(session.sections[0], notes=notes), *session.sections[1:]])


def test_a_rehearsal_saved_over_a_damaged_file_comes_back_when_the_log_starts_fresh(seeded, data_dir):
    first = _draft(500, "first words")
    seeded.save(first)
    damaged = segments(seeded)[-1]
    damaged.write_bytes(b'{"sessions": {"1": ')  # cut short by something outside the app
    for notes in ("more words", "the whole answer"):  # each autosave kept, the newer in place of the older
        with pytest.raises(KeptUnsaved, match="is cut short"):
            seeded.save(_draft(500, notes))
    other = _draft(501, "another rehearsal")
    with pytest.raises(KeptUnsaved):
        seeded.save(other)
    assert len(waiting(seeded.folder.unsaved)) == 2

    with pytest.raises(LogDamaged) as caught:  # the next start shows the damage first; the kept saves wait
        PracticeLog.open(data_dir)
    assert len(caught.value.unsaved) == 2
    assert f"2 saved records are kept in {seeded.folder.unsaved} meanwhile" in str(caught.value)
    assert len(waiting(seeded.folder.unsaved)) == 2
    again = PracticeLog.open(data_dir, start_fresh=True)
    assert again.session(first.id) == _draft(500, "the whole answer")
    assert again.session(other.id) == other
    assert waiting(again.folder.unsaved) == []
    assert again.brought_back == [
        f"What was saved while the log could not take it is now in it (2 records, from {again.folder.unsaved})."
    ]


def test_a_rehearsal_saved_while_a_folder_stands_where_its_file_was_is_kept_and_comes_back(seeded, data_dir):
    """Another program put a folder (or a link to nothing) in place of a session file while
    the app was open: the rehearsal's saves wait beside the log, as over a damaged file."""
    draft = _draft(500, "first words")
    seeded.save(draft)
    newest = segments(seeded)[-1]
    kept_bytes = newest.read_bytes()
    newest.unlink()
    newest.mkdir()
    with pytest.raises(KeptUnsaved, match="is a folder, not a regular file") as caught:
        seeded.save(_draft(500, "the whole answer"))
    assert caught.value.notice == (
        f"Not in the practice log yet: {newest.name} is a folder, not a regular file. "
        "It is kept in the log's unsaved folder and goes in once the log can take it."
    )
    assert len(waiting(seeded.folder.unsaved)) == 1
    newest.rmdir()
    newest.write_bytes(kept_bytes)
    again = PracticeLog.open(data_dir)
    assert again.session(draft.id) == _draft(500, "the whole answer")
    assert waiting(again.folder.unsaved) == []


def test_a_save_kept_while_the_lock_was_held_goes_in_with_the_next_save_that_works(data_dir):
    log = PracticeLog.open(data_dir, lock_timeout=0.1)
    story = factories.story(random.Random(1), 1)
    with FileLock(str(log.folder.lock)), pytest.raises(KeptUnsaved, match="locked"):
        log.save(story)
    assert log.stories() == []
    later = factories.story(random.Random(2), 2)
    log.save(later)
    assert sorted(s.id for s in log.stories()) == sorted([story.id, later.id])
    assert waiting(log.folder.unsaved) == []


def test_a_kept_save_never_comes_back_over_a_newer_one(data_dir):
    log = PracticeLog.open(data_dir, lock_timeout=0.1)
    with FileLock(str(log.folder.lock)), pytest.raises(KeptUnsaved):
        log.save(_draft(7, "older"))
    log.save(_draft(7, "newer"))
    assert PracticeLog.open(data_dir).session(_draft(7, "").id) == _draft(7, "newer")


def test_a_kept_file_that_cannot_be_read_is_left_and_named(data_dir):
    log = PracticeLog.open(data_dir, lock_timeout=0.1)
    with FileLock(str(log.folder.lock)), pytest.raises(KeptUnsaved):
        log.save_all([_draft(1, "one"), _draft(2, "two")])
    broken = waiting(log.folder.unsaved)[0]
    broken.write_bytes(b"not json")
    again = PracticeLog.open(data_dir)
    assert len(again.summaries()) == 1
    assert waiting(again.folder.unsaved) == [broken]
    assert (
        again.brought_back[0]
        == f"A save kept aside in {broken} cannot be read back (is not valid JSON (Expecting value at line 1, column 1)); it is left there."
    )


def test_a_read_only_log_leaves_kept_saves_where_they_are(data_dir):
    log = PracticeLog.open(data_dir, lock_timeout=0.1)
    with FileLock(str(log.folder.lock)), pytest.raises(KeptUnsaved):
        log.save(_draft(3, "kept"))
    log.folder.root.chmod(0o500)
    try:
        read_only = PracticeLog.open(data_dir)
        assert read_only.read_only and read_only.summaries() == []
        assert len(waiting(log.folder.unsaved)) == 1
    finally:
        log.folder.root.chmod(0o700)


def test_a_save_the_full_disk_refuses_is_kept_aside_and_goes_in_with_the_next_save_that_works(seeded, monkeypatch):
    from systemcraft_tui.store import storage

    draft = _draft(500, "first words")
    seeded.save(draft)

    def full_disk(root, files, description):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(storage, "write_together", full_disk)
        with pytest.raises(KeptUnsaved) as caught:
            seeded.save(_draft(500, "the whole answer"))
    assert caught.value.notice == (
        f"Not in the practice log yet: saving to {seeded.path} failed: no space left on device. "
        "It is kept in the log's unsaved folder and goes in once the log can take it."
    )
    assert len(waiting(seeded.folder.unsaved)) == 1
    seeded.save(_draft(501, "room again"))
    assert seeded.session(draft.id) == _draft(500, "the whole answer")
    assert waiting(seeded.folder.unsaved) == []


def test_a_save_refused_by_a_full_disk_is_the_disk_s_words_when_it_cannot_be_kept_aside_either(seeded, monkeypatch):
    from systemcraft_tui.store import storage, unsaved

    def full_disk(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "write_together", full_disk)
    monkeypatch.setattr(unsaved, "atomic_write", full_disk)
    with pytest.raises(LogWriteFailed) as caught:
        seeded.save(_draft(500, "the whole answer"))
    assert str(caught.value) == f"Could not save to {seeded.path}: no space left on device."
