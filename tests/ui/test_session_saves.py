"""Saves of one session from the UI thread and from worker threads: the newest snapshot wins."""

import dataclasses
import random
import threading

import pytest

from systemcraft_tui.service.sessions import SessionSaves
from tests.store import factories


def _session(status: str, notes: str = ""):
    session = factories.session(random.Random(1), 1, status=status)
    return dataclasses.replace(session, sections=[dataclasses.replace(session.sections[0], notes=notes)])


def test_an_older_snapshot_written_late_is_skipped():
    written = []
    saves = SessionSaves(lambda session: written.append(session.status) or True)
    draft = saves.take(_session("draft"))
    completed = saves.take(_session("completed"))
    saves.write(completed)
    saves.write(draft)
    assert written == ["completed"]


def test_a_draft_being_written_when_the_session_completes_is_followed_not_overtaken():
    written = []
    writing, release = threading.Event(), threading.Event()

    def save(session):
        if session.status == "draft":
            writing.set()
            release.wait(5)
        written.append(session.status)
        return True

    saves = SessionSaves(save)
    draft = saves.take(_session("draft"))
    worker = threading.Thread(target=saves.write, args=(draft,))
    worker.start()
    writing.wait(5)
    completed = saves.take(_session("completed"))
    finisher = threading.Thread(target=saves.write, args=(completed,))
    finisher.start()  # waits for the draft's write to end, then writes over it
    release.set()
    worker.join(5)
    finisher.join(5)
    assert written == ["draft", "completed"]


def test_a_failed_save_is_tried_again_by_the_next_snapshot():
    written = []

    def save(session):
        written.append(session.sections[0].notes)
        if len(written) == 1:
            raise OSError(28, "No space left on device")

    saves = SessionSaves(save)
    first = saves.take(_session("draft", "a"))
    second = saves.take(_session("draft", "ab"))
    with pytest.raises(OSError):
        saves.write(first)
    saves.write(second)
    assert written == ["a", "ab"]
