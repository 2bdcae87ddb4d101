"""Timing windows and their rounding: every figure shown beside another agrees with it."""

import re

from hypothesis import given
from hypothesis import strategies as st

from systemcraft_tui.core.windows import (
    Phase,
    Standing,
    change,
    clock,
    countdown,
    duration,
    kept,
    phase,
    span,
    total,
    verdict,
    words,
)

elapsed_times = st.floats(min_value=0, max_value=4 * 3600, allow_nan=False)


@st.composite
def windows(draw):
    low = draw(st.integers(min_value=0, max_value=3600))
    return low, draw(st.integers(min_value=low, max_value=low + 3600))


def seconds_of(text: str) -> int:
    """What a reader takes from an m:ss figure on the screen."""
    minutes, seconds = re.fullmatch(r"(\d+):(\d\d)", text).groups()
    return int(minutes) * 60 + int(seconds)


def test_the_review_row_that_contradicted_itself_now_adds_up():
    # 8.6 s against 9-12 s showed "0:08" and "0:00 short".
    assert (clock(8.6), verdict(8.6, 9, 12).text) == ("0:08", "0:01 short")
    assert verdict(12.9, 9, 12).text == "on time" and verdict(13, 9, 12).text == "0:01 over"


@given(elapsed_times, windows())
def test_time_window_and_verdict_shown_side_by_side_agree(elapsed, window):
    low, high = window
    you, found = seconds_of(clock(elapsed)), verdict(elapsed, low, high)
    if found.standing is Standing.SHORT:
        assert found.by > 0 and you + seconds_of(found.text.split()[0]) == low
    elif found.standing is Standing.OVER:
        assert found.by > 0 and you - seconds_of(found.text.split()[0]) == high
    else:
        assert low <= you <= high and found.text == "on time"


@given(elapsed_times, windows())
def test_the_countdown_and_its_colour_agree_with_the_section_clock(elapsed, window):
    low, high = window
    amount, word = countdown(elapsed, high).split()
    you = seconds_of(clock(elapsed))
    assert you + seconds_of(amount) == high if word == "left" else you - seconds_of(amount) == high
    assert (word == "over") == (phase(elapsed, low, high) is Phase.OVER) == (verdict(elapsed, low, high).standing is Standing.OVER)


@given(st.lists(elapsed_times, max_size=12))
def test_a_total_is_the_sum_of_the_parts_shown(parts):
    assert seconds_of(clock(total(parts))) == sum(seconds_of(clock(p)) for p in parts)


@given(elapsed_times, elapsed_times)
def test_a_change_is_the_difference_of_the_two_times_shown(before, after):
    moved = change(before, after)
    difference = seconds_of(clock(after)) - seconds_of(clock(before))
    if moved == "same":
        assert difference == 0
    else:
        assert difference == (1 if moved[0] == "+" else -1) * seconds_of(moved[1:])


@given(elapsed_times)
def test_a_kept_time_shows_the_seconds_its_clock_showed(elapsed):
    assert clock(kept(elapsed)) == clock(elapsed)


@given(windows())
def test_amber_is_the_last_stretch_never_the_first_second(window):
    low, high = window
    amber = [s for s in range(high + 2) if phase(s, low, high) is Phase.CLOSING]
    if high > 0:
        assert phase(0, low, high) is not Phase.CLOSING
    assert amber == list(range(high - len(amber) + 1, high + 1))  # ends with the window
    assert len(amber) <= min(11, high // 4 + 1)


def test_the_elevator_sections_are_green_before_amber():
    # A 4-6 s section of the 30-second version: amber only in its last second.
    assert [phase(s, 4, 6).value for s in range(8)] == [
        "early", "early", "early", "early", "on_time", "closing", "closing", "over",
    ]
    assert phase(34, 30, 45) is Phase.ON_TIME and phase(35, 30, 45) is Phase.CLOSING


def test_formats():
    assert [clock(s) for s in (0, 9.9, 75, -75, 3600)] == ["0:00", "0:09", "1:15", "1:15", "60:00"]
    assert span(240, 360) == "4:00–6:00" and span(120, 120) == "2:00" and span(120.4, 120.9) == "2:00"
    assert (words(20, 30), words(120, 180), words(300, 300), words(90, 120)) == ("20–30 s", "2–3 min", "5 min", "90–120 s")
    assert countdown(9.5, 12) == "0:03 left" and countdown(15.2, 12) == "0:03 over"


def test_a_duration_in_words_is_floored_like_the_clocks():
    assert [duration(s) for s in (0.4, 41.9, 59.99, 60, 372.5, 3599.9, 3600, 11159.9)] == [
        "0 s", "41 s", "59 s", "1 min 00 s", "6 min 12 s", "59 min 59 s", "1 h 00 min", "3 h 05 min",
    ]


@given(elapsed_times)
def test_a_duration_in_words_says_what_the_clock_says(seconds):
    minutes, secs = divmod(seconds_of(clock(seconds)), 60)
    if minutes < 60:
        assert duration(seconds) == (f"{minutes} min {secs:02d} s" if minutes else f"{secs} s")


def test_a_window_of_odd_seconds_from_two_minutes_reads_as_the_clock_shows_it():
    assert words(165, 240) == "2:45–4:00"
    assert words(120, 180) == "2–3 min"
    assert words(90, 150) == "90–150 s"
    assert words(30, 45) == "30–45 s"
