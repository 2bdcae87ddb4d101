"""The figures the screens show come from the log's digest (running totals and pages kept
beside the log) and must be the very figures a full pass over every session gives: random
logs, saved, imported and re-saved, in several time zones, with the totals kept up to date
by the saves and imports, summed again when the digest is built again from the files, and
in a copy of the log."""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systemcraft_tui.content.library import Library
from systemcraft_tui.core.records import Session
from systemcraft_tui.core.summaries import summarize
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.practice.history import RANGES, HistoryFilters, filter_history
from systemcraft_tui.practice.progress import (
    delivery_trend,
    last_practised,
    practice_weeks,
    principle_standings,
    star_timing,
)
from systemcraft_tui.service import Practice, Settings
from systemcraft_tui.store import PracticeLog
from tests.clock import FakeClock
from tests.full_pass import current_streak, practice_stats
from tests.store import factories
from tests.store.factories import reopened_without_digest

ZONES = ("UTC", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati", "Pacific/Pago_Pago")
STATUSES = ("completed", "completed", "abandoned", "draft")

attempt = st.tuples(
    st.integers(0, 40),  # which scenario and story of the factories
    st.sampled_from(STATUSES),
    st.booleans(),  # heard with voice
)
log_shape = st.tuples(
    st.lists(st.integers(0, 60 * 24 * 120), min_size=0, max_size=30, unique=True),  # minutes after T0: distinct starts
    st.lists(attempt, min_size=30, max_size=30),
    st.lists(st.integers(0, 29), max_size=6),  # sessions saved again as completed
    st.integers(0, 60 * 24 * 130),  # now, in minutes after T0
    st.sampled_from(ZONES),
)


def _sessions(starts: list[int], attempts: list[tuple[int, str, bool]]) -> list[Session]:
    sessions = []
    for number, (minutes, (which, status, heard)) in enumerate(zip(starts, attempts, strict=False)):
        session = factories.session(random.Random(number), which, notes_chars=40, status=status)
        started = factories.T0 + timedelta(minutes=minutes)
        finished = started + timedelta(minutes=9) if session.finished else None
        session = replace(session, id=f"00000000-0000-4000-8000-{number:012d}", started=started, finished=finished)
        sessions.append(factories.heard(session) if heard else session)
    return sessions


def _assert_same_figures(practice: Practice, log: PracticeLog, truth: list[Session]) -> None:
    summaries = sorted((summarize(s) for s in truth), key=lambda s: s.started, reverse=True)
    now = practice.now()
    local = now.astimezone()
    tz, today = local.tzinfo, local.date()
    facts = practice.progress()
    assert facts.stats == practice_stats(summaries, now)
    assert list(facts.standings) == principle_standings(summaries, log.stories())
    assert list(facts.timing) == star_timing(summaries)
    assert list(facts.weeks) == practice_weeks(summaries, today, tz)
    assert facts.streak == current_streak(summaries, today, tz)
    assert list(facts.heard) == delivery_trend(summaries)
    assert dict(facts.last_practised) == last_practised(summaries)
    completed = {}
    for s in summaries:
        if s.status == SessionStatus.COMPLETED:
            completed.setdefault(s.scenario.id, s)
    assert practice.last_completed() == completed
    assert practice.history().sessions == len(summaries)
    for kind in (None, "behavioral", "system_design"):
        for _, days in RANGES:
            for text in ("", "design", "an OUT", "owning", "designs limiting"):  # as typed, in other forms
                filters = HistoryFilters(text, kind, days)
                kept = filter_history(summaries, filters, now)
                page = practice.history_page(filters, now, 2, 5)
                assert (page.summaries, page.matching) == (kept[2:7], len(kept))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(log_shape)
def test_the_digest_gives_the_figures_of_a_full_pass(shape):
    starts, attempts, again, now_minutes, zone = shape
    sessions = _sessions(starts, attempts)
    was = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            log = PracticeLog.open(Path(scratch) / "log")
            half = len(sessions) // 2  # saved; the rest imported, so the running totals follow both
            log.save_all([*sessions[:half], factories.story(random.Random(1), 1), factories.story(random.Random(2), 2)])
            log.merge(sessions[half:], "import")
            for number in again:  # a draft or an abandoned attempt saved again, completed
                if number < len(sessions):
                    done = sessions[number]
                    sessions[number] = replace(
                        done, status="completed", score=50 + number, finished=done.started + timedelta(minutes=9)
                    )
                    log.save(sessions[number])
            clock = FakeClock(factories.T0 + timedelta(minutes=now_minutes))
            _assert_same_figures(Practice(log, Library(), clock, Settings()), log, sessions)
            rebuilt = reopened_without_digest(log)
            _assert_same_figures(Practice(rebuilt, Library(), clock, Settings()), rebuilt, sessions)
            shutil.copytree(Path(scratch) / "log", Path(scratch) / "copy")  # new inodes: signed again, not rebuilt
            copied = PracticeLog.open(Path(scratch) / "copy")
            _assert_same_figures(Practice(copied, Library(), clock, Settings()), copied, sessions)
    finally:
        if was is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = was
        time.tzset()
