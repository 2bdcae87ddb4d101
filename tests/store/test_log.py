from __future__ import annotations

import json
import os
import random
import shutil
import stat
from dataclasses import replace
from datetime import timedelta

import pytest
from filelock import FileLock

from systemcraft_tui.core.errors import RecordError
from systemcraft_tui.core.summaries import summarize
from systemcraft_tui.core.vocabulary import ItemKind, SessionStatus
from systemcraft_tui.store import KeptUnsaved, LogBusy, PracticeLog
from systemcraft_tui.store import log as log_module
from systemcraft_tui.store.summaries import SUMMARY_FORMAT
from tests.store import factories
from tests.store.factories import reopened_without_digest, segments


def test_a_new_log_is_empty_and_creates_nothing_but_its_folder(log):
    assert log.summaries() == [] and log.stories() == [] and log.warnings == []
    assert sorted(p.name for p in log.path.iterdir()) == []


def test_saved_records_are_there_after_reopening(seeded, data_dir):
    again = PracticeLog.open(data_dir)
    assert again.sessions() == seeded.sessions()
    assert len(again.sessions()) == 130
    assert again.stories() == seeded.stories() and len(again.stories()) == 3
    assert again.review_cards() == seeded.review_cards() and len(again.review_cards()) == 4
    assert again.assessments() == seeded.assessments() and len(again.assessments()) == 2
    assert again.plans() == [factories.plan_progress()]
    assert again.warnings == []


def test_summaries_are_the_sessions_without_notes_newest_first(seeded):
    sessions = seeded.sessions()
    assert seeded.summaries() == [summarize(s) for s in reversed(sessions)]


def test_saving_a_session_again_replaces_it(log):
    draft = factories.session(random.Random(1), 1, status="draft")
    log.save(draft)
    done = replace(draft, status="completed", finished=draft.started + timedelta(minutes=6), score=71)
    log.save(done)
    assert log.session(draft.id) == done
    assert [s.id for s in log.summaries()] == [draft.id]
    assert log.drafts() == []


def test_drafts_are_offered_newest_first(log):
    rng = random.Random(2)
    old, new = (factories.session(rng, n, status="draft") for n in (1, 2))
    log.save_all([old, new, factories.session(rng, 3)])
    assert log.drafts() == [new, old]


def test_session_files_hold_a_bounded_number_of_sessions(log, monkeypatch):
    monkeypatch.setattr("systemcraft_tui.store.log.SEGMENT_SESSIONS", 4)
    history = factories.history(10, notes_chars=100)
    for session in history[:6]:
        log.save(session)
    log.save_all(history[6:])
    counts = [len(json.loads(p.read_bytes())["sessions"]) for p in segments(log)]
    assert counts == [4, 4, 2]
    # An update stays in the file that holds the session.
    log.save(replace(history[0], score=1))
    assert [len(json.loads(p.read_bytes())["sessions"]) for p in segments(log)] == [4, 4, 2]
    assert PracticeLog.open(log.path.parent).session(history[0].id).score == 1


def test_a_record_that_would_not_read_back_is_refused_and_nothing_is_written(log):
    session = replace(factories.session(random.Random(1), 1), score=250)
    with pytest.raises(RecordError, match=r"sessions\.score: must be 0 to 100"):
        log.save_all([factories.story(random.Random(1), 1), session])
    assert log.stories() == [] and list(log.path.iterdir()) == []


def test_stories_cards_and_plans_are_replaced_by_their_identity(log):
    rng = random.Random(4)
    story = factories.story(rng, 1)
    log.save(story)
    log.save(replace(story, title="Renamed"))
    card = factories.card(1)
    log.save(card)
    log.save(replace(card, state="relearning"))
    assert [s.title for s in log.stories()] == ["Renamed"]
    assert [c.state for c in log.review_cards()] == ["relearning"]


def test_deleting_a_story_and_refusing_to_delete_a_session(log):
    story = factories.story(random.Random(4), 1)
    log.save(story)
    assert log.delete(story) is True
    assert log.delete(story) is False
    assert PracticeLog.open(log.path.parent).stories() == []
    with pytest.raises(TypeError):
        log.delete(factories.session(random.Random(1), 1))


def test_refresh_shows_what_another_window_saved(data_dir):
    first, second = PracticeLog.open(data_dir), PracticeLog.open(data_dir)
    rng = random.Random(5)
    first.save(factories.session(rng, 1))
    second.save(factories.session(rng, 2))
    second.save(factories.story(rng, 1))
    first.refresh()
    assert len(first.summaries()) == 2 and len(first.stories()) == 1


def test_a_window_opened_on_an_empty_log_sees_the_sessions_another_window_saves(data_dir):
    first, second = PracticeLog.open(data_dir), PracticeLog.open(data_dir)  # no session file yet
    rng = random.Random(8)
    assert first.read_others() is False
    second.save(factories.session(rng, 1))  # the log's first: the digest goes on disk
    assert first.read_others() is True  # the app asks in a worker, and repaints when told
    assert len(first.summaries()) == 1
    second.save(factories.session(rng, 2))
    assert len(first.summaries()) == 2  # from then on, as on a log that held sessions at open: the digest is shared
    assert first.read_others() is True and first.read_others() is False


def test_a_mock_saved_by_another_window_is_listed_as_its_sessions_are_counted(data_dir, monkeypatch):
    first, second = PracticeLog.open(data_dir), PracticeLog.open(data_dir)
    rng = random.Random(5)
    mock, story = factories.mock_record(), factories.story(rng, 1)
    first.save(factories.session(rng, 3))
    second.save(story)
    assert first.stories() == []  # a read never looks at the disk: read_others(), in a worker, does
    assert first.read_others() is True and first.stories() == [story]
    second.save_all([factories.session(rng, 1), factories.session(rng, 2), mock])
    assert len(first.summaries()) == 3  # sessions come from the digest, which both windows keep
    assert first.read_others() is True and first.mocks() == [mock]  # and the mock that links them, from the practice file
    second.delete(story)
    assert first.read_others() is True and first.stories() == []
    reads: list[object] = []
    monkeypatch.setattr(log_module, "read_log_file", lambda path: reads.append(path))
    assert first.read_others() is False and reads == []  # the file is read again only once it changed


def test_writes_re_read_the_file_so_two_windows_keep_each_others_records(data_dir):
    first, second = PracticeLog.open(data_dir), PracticeLog.open(data_dir)
    rng = random.Random(6)
    first.save(factories.story(rng, 1))
    second.save(factories.story(rng, 2))  # second never saw story 1
    first.save(factories.card(1))
    assert len(PracticeLog.open(data_dir).stories()) == 2
    assert len(first.stories()) == 2  # a write also shows what the others saved


def test_summaries_follow_a_session_file_changed_behind_the_cache(seeded, data_dir):
    session = seeded.sessions()[0]
    path = next(p for p in segments(seeded) if session.id in p.read_text())
    tables = json.loads(path.read_bytes())
    for doc in tables["sessions"].values():
        if doc["id"] == session.id:
            doc["score"] = 3
    path.write_text(json.dumps(tables))
    assert {s.id: s.score for s in PracticeLog.open(data_dir).summaries()}[session.id] == 3


def _summary_file(log: PracticeLog):
    reopened_without_digest(log)  # writes the summaries
    return log.folder.summaries / segments(log)[0].name


@pytest.mark.parametrize(
    "summary",
    [b"", b"{not json", b"[]", b'{"format": 2}', b'{"format": 3, "sha1": "0", "scenarios": [], "rows": []}'],
)
def test_a_damaged_or_stale_summary_file_is_rebuilt(seeded, data_dir, summary):
    path = _summary_file(seeded)
    path.write_bytes(summary)
    again = reopened_without_digest(seeded)
    assert again.summaries() == seeded.summaries() and again.warnings == []
    assert json.loads(path.read_bytes())["format"] == SUMMARY_FORMAT


def test_a_summary_file_of_the_wrong_shape_is_rebuilt(seeded, data_dir):
    path = _summary_file(seeded)
    document = json.loads(path.read_bytes())
    document["rows"][0] = ["too", "short"]
    path.write_text(json.dumps(document))
    assert reopened_without_digest(seeded).summaries() == seeded.summaries()


def test_summaries_read_from_their_files_hold_vocabulary_members(seeded, data_dir):
    _summary_file(seeded)
    summaries = reopened_without_digest(seeded).summaries()
    assert {type(s.status) for s in summaries} == {SessionStatus}
    assert {type(s.scenario.kind) for s in summaries} == {ItemKind}


def test_a_summary_with_a_status_outside_the_vocabulary_is_rebuilt(seeded, data_dir):
    path = _summary_file(seeded)
    document = json.loads(path.read_bytes())
    document["rows"][0][3] = "finished"
    path.write_text(json.dumps(document))
    assert reopened_without_digest(seeded).summaries() == seeded.summaries()


def test_summaries_are_rebuilt_when_their_folder_is_gone(seeded, data_dir):
    _summary_file(seeded)
    shutil.rmtree(seeded.folder.summaries)
    assert reopened_without_digest(seeded).summaries() == seeded.summaries()
    assert sorted(p.name for p in seeded.folder.summaries.iterdir()) == [p.name for p in segments(seeded)]


def test_a_summary_without_its_session_file_is_dropped(seeded, data_dir):
    orphan = seeded.folder.summaries / "sessions-000077.json"
    _summary_file(seeded)
    orphan.write_bytes(b"{}")
    reopened_without_digest(seeded)
    assert not orphan.exists()


def test_opening_never_waits_for_a_busy_lock_just_to_write_summaries(seeded, data_dir):
    with FileLock(str(seeded.folder.lock)):
        again = PracticeLog.open(data_dir, lock_timeout=60)
    assert again.summaries() == seeded.summaries()
    assert not seeded.folder.summaries.exists()  # written next time instead


def test_a_busy_lock_gives_a_clear_error(data_dir):
    log = PracticeLog.open(data_dir, lock_timeout=0.1)
    with FileLock(str(log.folder.lock)), pytest.raises(KeptUnsaved, match="kept the practice log locked") as caught:
        log.save(factories.story(random.Random(1), 1))
    assert isinstance(caught.value.cause, LogBusy)
    assert log.stories() == []


def test_temporary_files_of_a_killed_writer_are_removed(data_dir, log):
    log.save(factories.story(random.Random(1), 1))
    leftover = log.path / ".practice.json.abc123.systemcraft-tmp"
    leftover.write_bytes(b"half a log")
    log.folder.unsaved.mkdir()
    kept_half = log.folder.unsaved / ".stories-0123.json.abc123.systemcraft-tmp"  # killed keeping a save aside
    kept_half.write_bytes(b"half a save")
    PracticeLog.open(data_dir)
    assert not leftover.exists() and not kept_half.exists()


def test_the_folder_is_private_and_every_file_is_0600(data_dir):
    old = os.umask(0)  # even a permissive umask must not widen them
    try:
        log = PracticeLog.open(data_dir)
        log.save(factories.session(random.Random(1), 1))
        log.save(factories.story(random.Random(1), 1))
        reopened_without_digest(log).save(factories.session(random.Random(2), 2))  # the summaries; the digest again
    finally:
        os.umask(old)
    digest = log.path / "digest"
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(log.path.stat().st_mode) == 0o700
    assert stat.S_IMODE(log.folder.summaries.stat().st_mode) == stat.S_IMODE(digest.stat().st_mode) == 0o700
    files = [p for p in (*log.path.iterdir(), *log.folder.summaries.iterdir(), *digest.iterdir()) if p.is_file()]
    assert {p.name for p in files} >= {".lock", "practice.json", "sessions-000001.json", "digest.sqlite"}
    assert {str(p): stat.S_IMODE(p.stat().st_mode) for p in files} == {str(p): 0o600 for p in files}


def test_an_existing_folder_with_loose_permissions_is_made_private(data_dir):
    (data_dir / "practice-log").mkdir(parents=True, mode=0o755)
    os.chmod(data_dir / "practice-log", 0o755)
    log = PracticeLog.open(data_dir)
    assert stat.S_IMODE(log.path.stat().st_mode) == 0o700


def test_the_data_folder_comes_from_the_environment_when_not_given(tmp_path):
    log = PracticeLog.open()
    assert log.path == tmp_path / "env-data" / "practice-log"


def test_a_session_saved_by_another_window_is_updated_in_its_own_file_not_duplicated(data_dir, monkeypatch):
    monkeypatch.setattr("systemcraft_tui.store.log.SEGMENT_SESSIONS", 2)
    first, second = PracticeLog.open(data_dir), PracticeLog.open(data_dir)
    draft = factories.session(random.Random(1), 50, status="draft")
    first.save(draft)  # second has never seen it
    first.save_all(factories.history(3, notes_chars=50))  # and it is no longer in the newest file
    done = replace(draft, status="completed", finished=draft.started + timedelta(minutes=5), score=50)
    second.save(done)
    again = PracticeLog.open(data_dir)
    assert again.warnings == []
    assert again.session(draft.id) == done and len(again.summaries()) == 4
    assert len(second.summaries()) == 4  # a save also takes in what the other window wrote


def test_a_save_takes_in_what_another_writer_left_out_of_the_digest_even_when_this_window_saved_last(
    data_dir, tmp_path, monkeypatch
):
    """A window that has saved (and so knows the session files) still finds a session
    another writer put in a file and was killed before the shared digest knew it: the
    writer's change token tells the window to look again, even when the folder's
    timestamps are too coarse to show the writer's rename."""
    monkeypatch.setattr("systemcraft_tui.store.log.SEGMENT_SESSIONS", 2)
    first = PracticeLog.open(data_dir)
    monkeypatch.setattr(first.folder, "listing", lambda: (1, 2, 3))
    saved = factories.session(random.Random(2), 60)
    first.save(saved)
    draft = factories.session(random.Random(1), 50, status="draft")
    elsewhere = PracticeLog.open(tmp_path / "elsewhere")
    elsewhere.save_all([saved, draft])
    os.replace(segments(elsewhere)[0], segments(first)[0])  # the killed writer's file: full now
    first.folder.new_change_token()  # as that writer did when it took the lock
    done = replace(draft, status="completed", finished=draft.started + timedelta(minutes=5), score=50)
    first.save(done)  # in the draft's own file, not as a new session in a next one
    again = PracticeLog.open(data_dir)
    assert again.session(draft.id) == done and len(again.summaries()) == 2
    assert sum(len(json.loads(path.read_text())["sessions"]) for path in segments(again)) == 2  # one copy of each


def test_a_save_looks_at_the_session_files_again_only_when_someone_changed_them(data_dir, monkeypatch):
    """One window saving on its own lists the session files once, at its first save; a file
    renamed into the folder by another program is taken in at the next save."""
    log = PracticeLog.open(data_dir)
    log.save_all(factories.history(3, notes_chars=50))
    listed = []
    real = log.folder.segment_files
    monkeypatch.setattr(log.folder, "segment_files", lambda: listed.append(1) or real())
    for n in range(3):
        log.save(factories.session(random.Random(n), 20 + n))
    assert listed == []
    other = PracticeLog.open(data_dir / "other")
    other.save(factories.session(random.Random(9), 90))
    os.replace(segments(other)[0], log.folder.segment(7))  # a new name: the folder's listing changes
    later = os.stat(log.path).st_mtime_ns + 10**9  # as a clock tick later (timestamps are coarse)
    os.utime(log.path, ns=(later, later))
    log.save(factories.session(random.Random(8), 80))
    assert listed and len(log.summaries()) == 8


def test_a_save_looks_again_when_another_connection_changed_the_digest(data_dir, monkeypatch):
    """A log being opened elsewhere takes session files into the shared digest without the
    lock, and may write what it read a moment before a save: the next save here looks at
    the files again rather than trust its view."""
    from systemcraft_tui.store.digest import DIGEST_FOLDER, Digest

    log = PracticeLog.open(data_dir)
    log.save_all(factories.history(3, notes_chars=50))
    listed = []
    real = log.folder.segment_files
    monkeypatch.setattr(log.folder, "segment_files", lambda: listed.append(1) or real())
    log.save(factories.session(random.Random(1), 20))
    assert listed == []
    other = Digest.open(log.path / DIGEST_FOLDER)
    with other.transaction():
        other.seen_again(segments(log)[0].name, (0, 0, 0))  # as read before a save here replaced it
    other.close()
    log.save(factories.session(random.Random(2), 21))
    assert listed
