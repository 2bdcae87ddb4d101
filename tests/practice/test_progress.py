"""Practice per week, the streak, the principle table and STAR timing, from summaries."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from systemcraft_tui.content.principles import PRINCIPLES
from systemcraft_tui.core.records import Story
from systemcraft_tui.practice.progress import (
    last_practised,
    practice_weeks,
    principle_standings,
    section_timing,
    star_timing,
)
from tests.full_pass import current_streak
from tests.practice.summaries import at, summary

TODAY = date(2026, 11, 4)  # a Wednesday


def _story(*principles: str) -> Story:
    return Story("s", created=at("2026-10-01 00:00"), updated=at("2026-10-01 00:00"), principles=principles)


# --- weeks ---------------------------------------------------------------------------


def test_weeks_are_always_the_last_twelve_with_empty_weeks_kept():
    summaries = [
        summary("2026-10-13 08:00", score=60, times={"Situation": 60, "Action": 120}),  # week of 12 Oct
        summary("2026-10-14 08:00", score=80, times={"Action": 60}),
        summary("2026-10-15 08:00", status="abandoned", times={"Situation": 30}),
        summary("2026-11-03 08:00", score=50, times={"Task": 30}),  # week of 2 Nov
        summary("2026-11-04 07:00", status="draft", times={"Task": 999}),  # a draft never counts
    ]
    weeks = practice_weeks(summaries, TODAY, UTC)[-4:]
    assert [w.start for w in weeks] == [date(2026, 10, 12), date(2026, 10, 19), date(2026, 10, 26), date(2026, 11, 2)]
    assert [w.sessions for w in weeks] == [3, 0, 0, 1]
    assert weeks[0].minutes == pytest.approx((180 + 60 + 30) / 60)  # abandoned time is practice time
    assert weeks[0].mean_score == 70  # the abandoned session has no score
    assert weeks[1].mean_score is None and weeks[1].minutes == 0
    assert weeks[3].mean_score == 50
    # Before the first practice: empty weeks, so a chart of one week's practice is still 12 weeks wide.
    everything = practice_weeks(summaries, TODAY, UTC)
    assert len(everything) == 12 and everything[0].start == date(2026, 8, 17)
    assert [w.sessions for w in everything[:8]] == [0] * 8


def test_weeks_keep_only_the_last_twelve_and_ignore_the_future():
    summaries = [summary("2025-01-06 08:00"), summary("2026-11-03 08:00"), summary("2026-12-01 08:00")]
    weeks = practice_weeks(summaries, TODAY, UTC)
    assert len(weeks) == 12
    assert weeks[0].start == date(2026, 8, 17) and weeks[-1].start == date(2026, 11, 2)
    assert sum(w.sessions for w in weeks) == 1


def test_no_practice_means_no_weeks():
    assert practice_weeks([summary("2026-11-03 08:00", status="draft")], TODAY, UTC) == []


def test_weeks_use_the_local_day():
    # Sunday 23:30 UTC is already Monday in UTC+2: it belongs to the next week there.
    late = [summary("2026-11-01 23:30")]
    def practised_week(tz):
        return next(w.start for w in practice_weeks(late, TODAY, tz) if w.sessions)

    assert practised_week(UTC) == date(2026, 10, 26)
    assert practised_week(timezone(timedelta(hours=2))) == date(2026, 11, 2)


# --- streak --------------------------------------------------------------------------


def test_streak_counts_consecutive_days_up_to_today():
    days = ["2026-11-04 07:00", "2026-11-03 21:00", "2026-11-03 08:00", "2026-11-02 08:00", "2026-10-31 08:00"]
    assert current_streak([summary(d) for d in days], TODAY, UTC) == 3


def test_streak_is_still_alive_when_today_is_not_practised_yet():
    days = ["2026-11-03 08:00", "2026-11-02 08:00"]
    assert current_streak([summary(d) for d in days], TODAY, UTC) == 2


def test_streak_is_broken_by_a_missed_day():
    assert current_streak([summary("2026-11-02 08:00")], TODAY, UTC) == 0


def test_only_completed_sessions_keep_a_streak():
    sessions = [summary("2026-11-04 08:00", status="abandoned"), summary("2026-11-03 08:00", status="draft")]
    assert current_streak(sessions, TODAY, UTC) == 0
    assert current_streak([], TODAY, UTC) == 0


# --- principles ----------------------------------------------------------------------


def test_principle_table_has_all_sixteen_with_stories_sessions_scores_and_gaps():
    summaries = [
        summary("2026-11-03 08:00", score=80, principles=("Ownership", "Dive Deep")),
        summary("2026-11-01 08:00", score=60, principles=("Ownership",)),
        summary("2026-11-02 08:00", status="abandoned", principles=("Ownership", "Frugality")),
        summary("2026-11-04 08:00", status="draft", principles=("Think Big",)),
    ]
    stories = [_story("Ownership", "Earn Trust"), _story("ownership"), _story("Not a principle")]
    table = {row.name: row for row in principle_standings(summaries, stories)}
    assert list(table) == list(PRINCIPLES)
    own = table["Ownership"]
    assert (own.stories, own.sessions, own.mean_score) == (2, 3, 70)
    assert own.last_practised == at("2026-11-03 08:00")
    assert own.gaps == ()
    assert table["Frugality"].mean_score is None and table["Frugality"].gaps == ("no story",)
    assert table["Earn Trust"].gaps == ("never practised",)
    assert table["Think Big"].sessions == 0  # drafts are not practice
    assert table["Customer Obsession"].gaps == ("no story", "never practised")


# --- timing ----------------------------------------------------------------------------


def test_star_timing_takes_the_median_miss_per_section_of_completed_star_sessions():
    summaries = [
        summary("2026-11-01 08:00", times={"Situation": 50, "Action": 100, "Result": 20}),
        summary("2026-11-02 08:00", times={"Situation": 70, "Action": 110}),
        summary("2026-11-03 08:00", kind="story", times={"Situation": 40, "Action": 150}),
        summary("2026-11-03 09:00", status="abandoned", times={"Situation": 500}),
        summary("2026-11-03 10:00", kind="system_design", times={"Situation": 500}),
    ]
    timing = {t.name: t for t in star_timing(summaries)}
    assert list(timing) == ["Situation", "Action", "Result"]  # Task was never timed
    assert (timing["Situation"].attempts, timing["Situation"].on_time, timing["Situation"].median_miss) == (3, 1, 5)
    assert timing["Action"].median_miss == 0 and timing["Action"].on_time_share == pytest.approx(2 / 3)
    assert timing["Result"].median_miss == -10
    situation = timing["Situation"]  # 50 s (5 over a 30–45 window), 70 s (25 over), 40 s inside
    assert (situation.over, situation.median_over, situation.short, situation.median_short) == (2, 15, 0, 0)


def test_a_section_missed_as_often_over_as_short_is_not_on_time():
    # The median of every miss is 0 here, as if on time: over and short are kept apart.
    timing = section_timing("Action", [(-40, 2), (0, 1), (20, 1), (60, 1)])
    assert (timing.attempts, timing.on_time, timing.median_miss) == (5, 1, 0)
    assert (timing.over, timing.median_over, timing.short, timing.median_short) == (2, 40, 2, 40)


def test_every_median_of_a_section_is_the_same_figure():
    # Two answers short by 1:31 and by 0:13: the weakest area read the first, the table the second.
    timing = section_timing("Action", [(-91, 1), (-13, 1)])
    assert (timing.median_miss, timing.median_short) == (-52, 52)
    assert section_timing("Result", [(-12, 1), (-1, 1)]).median_short == 7  # 6.5 s, a half second up
    assert section_timing("Task", [(3, 2), (10, 1)]).median_over == 3


def test_last_practised_per_scenario():
    summaries = [
        summary("2026-11-01 08:00", scenario="a"),
        summary("2026-11-03 08:00", scenario="a", status="abandoned"),
        summary("2026-11-04 08:00", scenario="b", status="draft"),
    ]
    assert last_practised(summaries) == {"a": datetime(2026, 11, 3, 8, 0, tzinfo=UTC)}
