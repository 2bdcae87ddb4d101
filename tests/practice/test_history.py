"""History filters and the comparison of two attempts of one scenario."""

from datetime import UTC, datetime

import pytest

from systemcraft_tui.practice.history import HistoryFilters, compare, filter_history
from tests.practice.summaries import summary

NOW = datetime(2026, 11, 4, 12, 0, tzinfo=UTC)
LOG = [
    summary("2026-11-04 08:00", status="draft", title="Owned an outage", scenario="own"),
    summary("2026-11-01 08:00", kind="system_design", title="Design an API rate limiter", scenario="rate"),
    summary("2026-10-20 08:00", status="abandoned", title="Owned an outage", scenario="own"),
    summary("2026-08-01 08:00", title="Cut costs [bold]fast[/]", scenario="frugal"),
]


def _titles(filters: HistoryFilters) -> list[str]:
    return [s.scenario.title for s in filter_history(LOG, filters, NOW)]


def test_no_filter_keeps_every_status_in_order():
    assert [s.status for s in filter_history(LOG, HistoryFilters(), NOW)] == ["draft", "completed", "abandoned", "completed"]


def test_filters_by_text_kind_and_range():
    assert _titles(HistoryFilters(text="OUTAGE owned")) == ["Owned an outage", "Owned an outage"]
    assert _titles(HistoryFilters(text="rate")) == ["Design an API rate limiter"]  # title or id
    assert _titles(HistoryFilters(text="[bold]")) == ["Cut costs [bold]fast[/]"]
    assert _titles(HistoryFilters(kind="system_design")) == ["Design an API rate limiter"]
    assert len(_titles(HistoryFilters(days=7))) == 2
    assert len(_titles(HistoryFilters(days=30))) == 3
    assert _titles(HistoryFilters(text="outage", days=7)) == ["Owned an outage"]


def test_a_word_finds_its_other_forms_as_the_library_search_does():
    assert _titles(HistoryFilters(text="outages")) == ["Owned an outage", "Owned an outage"]
    assert _titles(HistoryFilters(text="owning limiting")) == []
    assert _titles(HistoryFilters(text="limiting design")) == ["Design an API rate limiter"]
    assert _titles(HistoryFilters(text="costing")) == ["Cut costs [bold]fast[/]"]
    assert _titles(HistoryFilters(text="outer")) == []  # a stem shared with no word of the title


def test_compare_orders_the_attempts_and_matches_parts_by_name():
    later = summary("2026-11-02 08:00", score=75, times={"Situation": 40, "Task": 20, "Action": 100}, probes={"Why?": 70})
    earlier = summary("2026-10-02 08:00", score=60, times={"Situation": 55, "Action": 130, "Result": 30}, probes={"Why?": 90})
    result = compare(later, earlier)
    assert result.earlier is earlier and result.later is later
    parts = {p.name: (p.before, p.after) for p in result.parts}
    assert list(parts) == ["Situation", "Action", "Result", "Why?", "Task"]
    assert parts["Situation"] == (55, 40)
    assert parts["Result"] == (30, None) and parts["Task"] == (None, 20)
    assert result.score_delta == 15
    assert (result.earlier_seconds, result.later_seconds) == (55 + 130 + 30 + 90, 40 + 20 + 100 + 70)


def test_compare_without_a_score_and_across_scenarios():
    abandoned = summary("2026-10-02 08:00", status="abandoned")
    assert compare(abandoned, summary("2026-11-02 08:00")).score_delta is None
    with pytest.raises(ValueError, match="different scenarios"):
        compare(summary("2026-11-02 08:00", scenario="a"), summary("2026-11-02 09:00", scenario="b"))


def test_parts_an_abandoned_attempt_never_reached_are_not_reached_not_zero():
    done = summary("2026-11-02 08:00", times={"Situation": 40, "Task": 20, "Action": 100, "Result": 35}, probes={"Why?": 70})
    left = summary(
        "2026-10-02 08:00", status="abandoned", times={"Situation": 0, "Task": 25, "Action": 0, "Result": 0}, probes={"Why?": 0}
    )
    parts = {p.name: (p.before, p.after, p.reached) for p in compare(done, left).parts}
    assert parts["Situation"] == (0, 40, True)  # passed through in no time, before the part it left in
    assert parts["Task"] == (25, 20, True)
    assert (parts["Action"], parts["Result"]) == ((None, 100, False), (None, 35, False))
    assert parts["Why?"] == (None, 70, False)
    # A completed attempt went through every part, however quickly.
    quick = summary("2026-10-02 08:00", times={"Situation": 40, "Task": 0, "Action": 0, "Result": 0})
    assert all(p.reached for p in compare(done, quick).parts)
