from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import timedelta

import pytest

from systemcraft_tui.core.summaries import summarize
from tests.full_pass import practice_stats
from tests.store import factories


def _summaries(count: int):
    return [summarize(s) for s in factories.history(count, notes_chars=50)]


def test_counts_time_and_scores_come_from_the_sessions():
    summaries = _summaries(40)
    completed = [s for s in summaries if s.status == "completed"]
    abandoned = [s for s in summaries if s.status == "abandoned"]
    stats = practice_stats(summaries, now=summaries[-1].started)
    assert (stats.completed, stats.abandoned, stats.drafts) == (len(completed), len(abandoned), 0)
    assert stats.overall.sessions == 40
    # Each part as its clock shows it (whole seconds, floored), added up.
    assert stats.overall.seconds == sum(math.floor(p.actual_seconds) for s in summaries for p in (*s.sections, *s.probes))
    assert stats.overall.mean_score == pytest.approx(sum(s.score for s in completed) / len(completed))
    assert sum(t.sessions for t in stats.by_kind.values()) == 40
    assert sum(t.sessions for t in stats.by_level.values()) == 40
    behavioral = [s for s in summaries if s.scenario.kind == "behavioral"]
    assert stats.by_kind["behavioral"].sessions == len(behavioral)
    assert (stats.first, stats.last) == (summaries[0].started, summaries[-1].started)


def test_recent_windows_count_only_recent_sessions():
    summaries = _summaries(60)  # one every seven hours or so
    now = summaries[-1].started + timedelta(minutes=1)
    stats = practice_stats(summaries, now)
    assert stats.last_7_days.sessions == sum(s.started >= now - timedelta(days=7) for s in summaries)
    assert 0 < stats.last_7_days.sessions < stats.last_30_days.sessions <= 60


def test_each_principle_gets_its_sessions_and_mean_score():
    summaries = _summaries(80)
    stats = practice_stats(summaries, summaries[-1].started)
    for principle, tally in stats.by_principle.items():
        touching = [s for s in summaries if principle in s.principles]
        scored = [s.score for s in touching if s.score is not None]
        assert tally.sessions == len(touching)
        assert tally.mean_score == pytest.approx(sum(scored) / len(scored) if scored else None)


def test_drafts_are_counted_apart_and_an_empty_log_has_no_figures():
    draft = summarize(factories.session(random.Random(1), 1, status="draft"))
    stats = practice_stats([draft], draft.started)
    assert stats.drafts == 1 and stats.overall.sessions == 0 and stats.overall.mean_score is None
    assert stats.by_kind == {} and stats.first is None


def test_a_session_without_a_level_is_grouped_as_such():
    session = factories.session(random.Random(1), 1)
    session = replace(session, scenario=replace(session.scenario, level=None))
    assert list(practice_stats([summarize(session)], session.started).by_level) == ["no level"]
