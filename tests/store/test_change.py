"""One log change that saves some records and removes others, all or none; and reads that
never wait for a save stuck behind another process's lock."""

from __future__ import annotations

import random
import threading
from dataclasses import replace

import pytest

from systemcraft_tui.core.records import ReviewCard
from systemcraft_tui.core.vocabulary import CardSubject
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.store import log as log_module
from tests.store import factories, lock_holder


def _story_and_card(number: int):
    story = factories.story(random.Random(number), number)
    card = ReviewCard(CardSubject.STORY, story.id, due=story.created)
    return story, card


def test_a_change_saves_and_removes_in_one_step(log, data_dir):
    story, card = _story_and_card(1)
    other, _ = _story_and_card(2)
    log.save_all([story, card])
    log.change(save=[other], delete=[story, card])
    for seen in (log, PracticeLog.open(data_dir)):
        assert [s.id for s in seen.stories()] == [other.id]
        assert seen.review_cards() == []


def test_a_change_with_sessions_and_removals_lands_together(log, data_dir):
    story, card = _story_and_card(1)
    log.save_all([story, card])
    session = factories.session(random.Random(3), 3)
    log.change(save=[session], delete=[card])
    again = PracticeLog.open(data_dir)
    assert [s.id for s in again.sessions()] == [session.id]
    assert again.review_cards() == [] and again.stories() == [story]


def test_a_change_that_fails_to_write_changes_nothing(log, data_dir, monkeypatch):
    story, card = _story_and_card(1)
    log.save_all([story, card])

    def full_disk(self, root, description):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(log_module.Changes, "commit", full_disk)
    with pytest.raises(OSError):
        log.change(save=[replace(story, title="Renamed")], delete=[card])
    assert log.stories() == [story] and log.review_cards() == [card]
    monkeypatch.undo()
    again = PracticeLog.open(data_dir)
    assert again.stories() == [story] and again.review_cards() == [card]


def test_removing_what_is_not_there_is_no_error(log):
    story, card = _story_and_card(1)
    log.change(save=[story], delete=[card])
    assert log.stories() == [story]


def test_sessions_cannot_be_removed(log):
    with pytest.raises(TypeError):
        log.change(delete=[factories.session(random.Random(1), 1)])


def test_reads_do_not_wait_for_a_save_waiting_on_another_process(seeded):
    """The app saves in worker threads; the screens read meanwhile. A save that waits for
    the lock another window holds must not hold the readers up with it."""
    story, _ = _story_and_card(500)
    holder = lock_holder.start(seeded.folder.lock)
    errors: list[BaseException] = []

    def save() -> None:
        try:
            seeded.save(story)
        except BaseException as error:  # the test reports it below
            errors.append(error)

    writer = threading.Thread(target=save)
    try:
        writer.start()
        writer.join(0.3)  # well into its wait for the lock
        assert writer.is_alive()
        summaries, stories, cards = seeded.summaries(), seeded.stories(), seeded.review_cards()
        assert len(summaries) == 130 and story.id not in {s.id for s in stories} and cards
        assert writer.is_alive(), "the reads above finished only after the save got the lock"
    finally:
        lock_holder.release(holder)
        writer.join(30)
    assert not errors
    assert story.id in {s.id for s in seeded.stories()}
