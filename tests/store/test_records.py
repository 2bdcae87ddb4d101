from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from systemcraft_tui.core.errors import RecordError
from systemcraft_tui.core.records import RECORD_TYPES, ReviewCard, Session, decode_records
from systemcraft_tui.core.vocabulary import CardState, CardSubject, ItemKind, SessionStatus
from systemcraft_tui.store.damage import parse_tables
from systemcraft_tui.store.jsonio import encode
from systemcraft_tui.store.schema import new_tables
from tests.store import factories

EXAMPLES = factories.one_of_each()


@pytest.mark.parametrize("record", EXAMPLES, ids=lambda r: type(r).__name__)
def test_every_record_reads_back_equal(record):
    assert type(record).from_dict(record.to_dict(), "x") == record


def test_every_record_type_has_an_example():
    assert {type(r) for r in EXAMPLES} == set(RECORD_TYPES)


def _session_dict(**changes):
    doc = factories.session(random.Random(1), 2).to_dict()
    doc.update(changes)
    return doc


@pytest.mark.parametrize(
    ("changes", "where", "message"),
    [
        ({"score": 140}, "s.score", "must be 0 to 100, found 140"),
        ({"score": True}, "s.score", "expected a whole number"),
        ({"status": "done"}, "s.status", "must be one of completed, abandoned, draft"),
        ({"started": "2025-01-01T10:00:00"}, "s.started", "has no time zone"),
        ({"started": "yesterday"}, "s.started", "expected a UTC time"),
        ({"finished": "2020-01-01T00:00:00Z"}, "s.finished", "is before started"),
        ({"finished": None}, "s.finished", "is missing for a completed session"),
        ({"ratings": {"Structure": 6}}, "s.ratings['Structure']", "must be 1 to 5, found 6"),
        ({"mode": ""}, "s.mode", "must not be empty"),
        ({"extra": 1}, "s", "unknown field 'extra'"),
        ({"sections": [{"name": "Task"}]}, "s.sections[0].planned_min_seconds", "is missing"),
        ({"red_flags": ["ok", 3]}, "s.red_flags[1]", "expected text, found the number 3"),
    ],
)
def test_a_malformed_session_names_the_field(changes, where, message):
    with pytest.raises(RecordError) as caught:
        Session.from_dict(_session_dict(**changes), "s")
    assert caught.value.where == where
    assert message in caught.value.message


def test_a_planned_window_must_not_be_upside_down():
    doc = _session_dict()
    doc["sections"][0]["planned_max_seconds"] = doc["sections"][0]["planned_min_seconds"] - 1
    with pytest.raises(RecordError, match=r"s\.sections\[0\]\.planned_max_seconds: must be at least"):
        Session.from_dict(doc, "s")


def test_a_naive_datetime_is_refused_when_writing():
    session = replace(factories.session(random.Random(1), 2), started=datetime(2025, 1, 1, 9, 0))
    with pytest.raises(RecordError, match="started: expected a datetime with a time zone"):
        session.to_dict()


def test_times_are_kept_in_utc():
    east = datetime(2025, 3, 1, 12, 0, tzinfo=UTC).astimezone(tz=None)
    session = replace(factories.session(random.Random(1), 2), started=east, finished=east + timedelta(minutes=5))
    doc = session.to_dict()
    assert doc["started"] == "2025-03-01T12:00:00Z"
    assert Session.from_dict(doc, "s").started == east


def test_practice_time_counts_sections_and_probes():
    session = factories.session(random.Random(1), 2)
    expected = sum(s.actual_seconds for s in session.sections) + sum(p.actual_seconds for p in session.probes)
    assert session.practice_seconds == pytest.approx(expected)


def test_a_malformed_record_is_skipped_with_a_warning_and_the_rest_kept():
    good = [factories.session(random.Random(n), n).to_dict() for n in range(3)]
    docs = {"1": good[0], "2": {"id": "broken"}, "3": good[1], "4": "not an object", "5": good[2]}
    records, warnings = decode_records(docs, Session, "f.json")
    assert [r.id for r in records] == [d["id"] for d in good]
    assert len(warnings) == 2
    assert warnings[0].startswith("f.json: skipped sessions record 2")
    assert "sessions[4]: expected an object, found text 'not an object'" in warnings[1]


# Any character at all, lone surrogates and control characters included.
user_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=300)


@given(notes=st.lists(user_text, min_size=4, max_size=4), red_flag=user_text, rating_item=user_text)
def test_any_text_a_user_types_survives_the_round_trip(notes, red_flag, rating_item):
    base = factories.session(random.Random(5), 1)
    sections = [replace(s, notes=n) for s, n in zip(base.sections, notes, strict=True)]
    session = replace(base, sections=sections, red_flags=(red_flag,), ratings={rating_item: 3})
    tables, _ = parse_tables(encode(new_tables("sessions") | {"sessions": {"1": session.to_dict()}}))
    assert Session.from_dict(tables["sessions"]["1"], "s") == session


def test_vocabularies_read_as_members_and_write_as_the_same_strings():
    """StrEnum members in memory, the very strings they were in the file."""
    session_doc = _session_dict(status="abandoned")
    card_doc = factories.card(1).to_dict() | {"subject": "story", "state": "relearning"}
    session = Session.from_dict(session_doc, "s")
    card = ReviewCard.from_dict(card_doc, "c")
    assert session.status is SessionStatus.ABANDONED and session.scenario.kind is ItemKind.BEHAVIORAL
    assert card.subject is CardSubject.STORY and card.state is CardState.RELEARNING
    assert encode(session.to_dict()) == encode(session_doc)
    assert encode(card.to_dict()) == encode(card_doc)


def test_a_session_of_a_plan_is_refused():
    """A plan is followed, not rehearsed: no session records one."""
    doc = _session_dict()
    doc["scenario"] = doc["scenario"] | {"kind": "plan"}
    with pytest.raises(RecordError, match="must be one of behavioral, system_design, deep_dive, story, found 'plan'"):
        Session.from_dict(doc, "s")
