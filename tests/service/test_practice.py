"""The practice service over a real log in a temporary folder, with a frozen clock."""

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from systemcraft_tui.content.library import load_library
from systemcraft_tui.content.model import PracticePlan
from systemcraft_tui.core.records import PlanProgress, ReviewCard
from systemcraft_tui.core.vocabulary import CardSubject
from systemcraft_tui.service import Practice, Settings
from systemcraft_tui.store import PracticeLog
from systemcraft_tui.store import log as log_module
from tests.clock import FakeClock
from tests.store import factories

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


@pytest.fixture
def log(tmp_path):
    return PracticeLog.open(tmp_path / "data")


@pytest.fixture
def practice(log, tmp_path):
    return Practice(log, load_library([FIXTURES]), FakeClock(), Settings(data_dir=tmp_path / "data"))


def _reopened(practice: Practice) -> PracticeLog:
    return PracticeLog.open(practice.settings.data_dir)


def _plan(practice: Practice) -> PracticePlan:
    [plan] = practice.plans()
    return plan


def test_deleting_a_story_removes_its_review_card_in_the_same_change(practice, log, monkeypatch):
    story = factories.story(random.Random(1), 1)
    card = ReviewCard(CardSubject.STORY, story.id, due=story.created)
    other = factories.story(random.Random(2), 2)
    log.save_all([story, card, other])
    commits = []
    commit = log_module.Changes.commit
    monkeypatch.setattr(log_module.Changes, "commit", lambda self, root, what: commits.append(what) or commit(self, root, what))
    practice.delete_story(story)
    assert len(commits) == 1  # a kill between two writes can no longer leave a card without its story
    again = _reopened(practice)
    assert [s.id for s in again.stories()] == [other.id] and again.review_cards() == []


def test_following_a_plan_replaces_another_and_a_new_start_keeps_the_ticks(practice):
    plan = _plan(practice)
    other = PlanProgress("another-plan", "Another plan", "sha256:x", date(2026, 1, 5), practice.now(), ("week 1/x",))
    practice.save_plan(other)
    followed = practice.follow(plan, date(2026, 10, 26))
    assert [p.plan_id for p in _reopened(practice).plans()] == [plan.id]
    ticked = practice.tick(followed, "week 1/a deliverable", True)
    practice.save_plan(ticked)
    again = practice.follow(plan, date(2026, 11, 2))
    assert again.done == ("week 1/a deliverable",) and again.start_date == date(2026, 11, 2)
    assert _reopened(practice).plans() == [again]
    practice.stop(again)
    assert practice.followed() is None and _reopened(practice).plans() == []


def test_items_come_due_as_their_cards_and_the_clock_say(practice, log):
    due = practice.due_ids()
    assert due and due == {item.id for item in practice.library.items if item.id in due}  # never rehearsed: due
    some = sorted(due)[0]
    later = practice.now() + timedelta(days=3)
    card = ReviewCard(CardSubject.SCENARIO, some, due=later, state="review", stability=3.0, difficulty=5.0, last_review=practice.now())
    log.save(card)
    assert some not in practice.due_ids()
    practice.clock.advance(3 * 86400)
    assert some in practice.due_ids()
